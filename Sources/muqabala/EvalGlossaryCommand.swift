import ArgumentParser
import MuqabalaAlign
import MuqabalaEvaluation
import MuqabalaGlossary
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaReport
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

/// Which documents of a development set a run uses: tuning and held-out parts are fixed
/// (every third document, in name order, is held out), so figures on the held-out part come
/// from documents no rule was tuned on.
enum DevelopmentSplit: String, ExpressibleByArgument, CaseIterable {
    case all, tune, holdout

    func includes(position: Int) -> Bool {
        switch self {
        case .all: return true
        case .tune: return position % 3 != 2
        case .holdout: return position % 3 == 2
        }
    }
}

struct GlossaryEvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Score the glossary of a corpus against a hand-annotated gold glossary.",
        discussion: """
            GOLD is a folder with entities.tsv and apart.tsv (the format of \
            ../shared/gold/glossary.dev, whose README defines the measures); CORPUS the document \
            folders the gold annotates. The glossary is built from the corpus (or read with \
            --glossary) and scored: found, paired, joined and typed per entity and per type; \
            good, merged and junk per entry; apart pairs held by one entry.
            Example:
              $ muqabala eval glossary ../shared/gold/glossary.dev ../shared/dev/wmt24pp --split holdout
            """
    )

    @Argument(help: "The gold folder (entities.tsv, apart.tsv).")
    var gold: String

    @Argument(help: "The corpus folder the gold annotates.")
    var corpus: String

    @Option(help: "all, tune (two documents in three) or holdout (every third document).")
    var split: DevelopmentSplit = .all

    @Option(help: "Only documents whose folder name contains this text (e.g. -news_ for one domain).")
    var only: String?

    @Flag(help: "Print the misses, wrong pairings and types, merged and junk entries.")
    var showErrors = false

    @Option(name: .customLong("weight"), parsing: .singleValue,
            help: ArgumentHelp("Try another value for a tuned number: pair.NAME, build.NAME or type.NAME = VALUE (the fields of NamePairer.Weights, GlossaryBuilder.Weights, EntityTyper.Weights).",
                               valueName: "part.name=value", visibility: .hidden))
    var weights: [String] = []

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var curatedOptions: CuratedOptions

    /// The weights with the `--weight` settings applied.
    func tunedWeights() throws -> (pair: NamePairer.Weights, build: GlossaryBuilder.Weights, type: EntityTyper.Weights) {
        var pair = NamePairer.Weights(), build = GlossaryBuilder.Weights(), type = EntityTyper.Weights()
        for setting in weights {
            let path = setting.split(separator: ".", maxSplits: 1).map(String.init)
            guard path.count == 2 else { throw ValidationError("--weight \(setting): expected part.name=number, e.g. type.cldr=4") }
            do {
                switch path[0] {
                case "pair": pair = try pair.setting(path[1])
                case "build": build = try build.setting(path[1])
                case "type": type = try type.setting(path[1])
                default: throw ValidationError("--weight \(setting): the part is pair, build or type")
                }
            } catch let error as TuningError {
                throw ValidationError("--weight \(setting): \(error)")
            }
        }
        return (pair, build, type)
    }

    func run() throws {
        try reportingErrors("eval glossary") {
            let tuned = try tunedWeights()
            let all = try CorpusReader.documents(in: [corpus])
            let documents = all.enumerated().filter { split.includes(position: $0.offset) }.map(\.element)
                .filter { only.map($0.name.contains) ?? true }
            let names = Set(documents.map(\.name))
            let evaluation = try GlossaryEvaluation.read(directory: gold).restricted(to: names)
            let lexicon = try lexiconOptions.load(command: "eval glossary")
            let aligner = Aligner(lexicon: lexicon)
            let collector = {
                var collector = NameCollector(lexicon: lexicon, exonyms: .standard)
                collector.pairingWeights = tuned.pair
                return collector
            }()
            var observations = GlossaryObservations()
            let seconds = try measure {
                let results = try parallelMap(documents) { try collector.observe($0, aligner: aligner) }
                for result in results { observations.merge(result) }
            }
            var builder = GlossaryBuilder(lexicon: lexicon, exonyms: collector.exonyms, curated: try curatedOptions.load(command: "eval glossary"))
            builder.weights = tuned.build
            builder.typing = tuned.type
            let glossary = builder.build(observations)
            var texts: [String: String] = [:]
            for document in documents {
                if let path = document.english { texts[document.name] = try TextInput.readDocument(path) }
            }
            let report = evaluation.score(glossary) { texts[$0] }
            var output = Output()
            output.line("documents\t\(documents.count)\tentities\t\(evaluation.entities.count)\tentries\t\(report.entries)\tseconds\t\(threeDecimals(seconds))")
            func line(_ name: String, _ s: GlossaryEvaluation.EntityScores) {
                output.line("\(name)\tfound \(s.found)\tfound(ar) \(s.foundWithArabic)\tpaired \(s.paired)\tpaired(folded) \(s.pairedFolded)\tjoined \(s.joined)\ttyped \(s.typed)\ttyped(found) \(s.typedFound)")
            }
            line("all", report.overall)
            for kind in EntityKind.allCases { if let s = report.byKind[kind] { line(kind.rawValue, s) } }
            output.line("entries\tgood \(threeDecimals(report.goodShare)) (\(report.good)/\(report.entries), \(report.goodWithExtras) with extra variants)\tmerged \(report.merged)\tjunk \(report.junk)")
            output.line("apart pairs in one entry\t\(report.apartMerged.count)" + report.apartMerged.map { "\t\($0.0)+\($0.1) (\($0.2))" }.joined())
            if showErrors { for error in report.errors { output.line(error) } }
            output.flush()
        }
    }
}

/// Shows how a name pairs with an Arabic text (for developers; hidden).
struct PairExplanation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pair",
        abstract: "Explain how an English name is paired with a span of an Arabic text.",
        shouldDisplay: false
    )

    @Argument(help: "The English name.") var name: String
    @Argument(help: "The Arabic text.") var arabic: String
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        try reportingErrors("eval pair") {
            let lexicon = try lexiconOptions.load(command: "eval pair")
            let pairer = NamePairer(matcher: NameMatcher(), lexicon: lexicon, exonyms: .standard)
            print(pairer.explain(name, in: arabic))
        }
    }
}

/// Shows the names the English finder reads in a sentence (for developers; hidden).
struct MentionExplanation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions",
        abstract: "Print the names the English name finder finds in sentences.",
        shouldDisplay: false
    )

    @Argument(help: "English sentences.") var sentences: [String]
    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        try reportingErrors("eval mentions") {
            let finder = EnglishNameFinder(lexicon: try lexiconOptions.load(command: "eval mentions"), exonyms: .standard)
            let context = EnglishDocumentContext(sentences: sentences)
            for sentence in sentences {
                let found = finder.names(in: sentence, context: context)
                print(found.names.map { "\($0.form) [\($0.kind?.rawValue ?? "-")\($0.cues.isEmpty ? "" : " " + $0.cues.joined(separator: ","))]" }.joined(separator: " | "))
            }
        }
    }
}
