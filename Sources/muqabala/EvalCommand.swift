import ArgumentParser
import MuqabalaAlign
import MuqabalaEvaluation
import MuqabalaNames
import MuqabalaText
import MuqabalaIO

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure quality on labelled development data.",
        subcommands: [NamePairs.self, NameRetrieval.self, AlignEvaluation.self, GoldEvaluation.self, GlossaryEvaluationCommand.self, QAEvaluationCommand.self, PairExplanation.self, MentionExplanation.self]
    )
}

/// Reads a TSV file, skipping blank lines and `#` comments.
func readTSV(_ path: String) throws -> [(fields: [String], line: Int)] {
    var rows: [(fields: [String], line: Int)] = []
    try TextInput.forEachLine(of: path) { line, number in
        if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { return }
        rows.append((line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), number))
    }
    if rows.isEmpty { throw TextInputError(source: TextInput.displayName(path), problem: .empty) }
    return rows
}

struct NamePairs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Precision, recall and F1 of the same/different verdict on labelled name pairs.",
        discussion: """
            Input: label<TAB>a<TAB>b[<TAB>note], label 1 (same) or 0 (different).
            Example:
              $ muqabala eval names ../shared/gold/names.dev.tsv
            """
    )

    @Argument(help: "Labelled pairs (TSV).")
    var file: String

    @Option(help: "Verdict threshold.")
    var threshold: Double = NameMatcher.defaultThreshold

    func run() throws {
        try reportingErrors("eval names") {
            var pairs: [NameEvaluation.LabelledPair] = []
            for (fields, line) in try readTSV(file) {
                guard fields.count >= 3, fields[0] == "0" || fields[0] == "1" else {
                    throw CLIError("\(file):\(line): expected label (0 or 1)<TAB>a<TAB>b")
                }
                pairs.append(.init(a: fields[1], b: fields[2], same: fields[0] == "1"))
            }
            let metrics = NameEvaluation.evaluatePairs(pairs, matcher: NameMatcher(threshold: threshold))
            var output = Output()
            output.line("pairs\t\(pairs.count)\tthreshold\t\(threeDecimals(threshold))")
            output.line("precision\t\(threeDecimals(metrics.precision))")
            output.line("recall\t\(threeDecimals(metrics.recall))")
            output.line("f1\t\(threeDecimals(metrics.f1))")
            for (pair, score) in metrics.errors {
                output.line("error\t\(pair.same ? "missed" : "false-match")\t\(threeDecimals(score))\t\(pair.a)\t\(pair.b)")
            }
            output.flush()
        }
    }
}

struct NameRetrieval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrieval",
        abstract: "Top-1 retrieval: each source name against all target names of the file.",
        discussion: """
            Input: source<TAB>target per line (e.g. Arabic<TAB>English).
            Example:
              $ muqabala eval retrieval ../shared/dev/names/ar2en-eval.tsv
            """
    )

    @Argument(help: "Name pairs (TSV).")
    var file: String

    @Flag(help: "Print every miss.")
    var showMisses = false

    func run() throws {
        try reportingErrors("eval retrieval") {
            let rows = try readTSV(file)
            let pairs = try rows.map { fields, line in
                guard fields.count >= 2 else { throw CLIError("\(file):\(line): expected source<TAB>target") }
                return (source: fields[0], target: fields[1])
            }
            let metrics = NameEvaluation.evaluateRetrieval(pairs: pairs)
            var output = Output()
            output.line("queries\t\(metrics.queries)\tcandidates\t\(Set(pairs.map(\.target)).count)")
            output.line("top1\t\(threeDecimals(metrics.accuracy))")
            if showMisses {
                for miss in metrics.misses { output.line("miss\t\(miss.query)\t\(miss.expected)\t\(miss.found)") }
            }
            output.flush()
        }
    }
}

struct AlignEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Bead and gap precision/recall/F1 on perturbed line-aligned document pairs.",
        discussion: """
            Each NAME/en.txt + NAME/ar.txt pair (line i translates line i) is perturbed: about \
            8% of lines deleted on one side (gold 1-0 / 0-1) and 8% of adjacent lines merged on \
            one side (gold 2-1 / 1-2); the pre-segmented result is aligned and scored. Beads are \
            scored strictly (exact sentence sets, both sides non-empty); gaps are the unaligned lines.
            Example:
              $ muqabala eval align ../shared/dev/wmt24pp --seeds 5
              $ muqabala eval align ../shared/dev/wmt24pp --seeds 8 --split holdout
            """
    )

    @Argument(help: "Directory of NAME/en.txt and NAME/ar.txt pairs.")
    var directory: String

    @Option(help: "Number of random perturbations per document.")
    var seeds = 3

    @Option(help: "all, tune (two documents in three) or holdout (every third document, by name), as in eval glossary.")
    var split: DevelopmentSplit = .all

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print scores per document.")
    var perDocument = false

    @Flag(help: "Print the beads that differ from the gold (spurious and missed).")
    var showErrors = false

    @OptionGroup(visibility: .hidden) var tuning: TuningOptions

    /// A document's domain from a WMT-style folder name ("test-en-news_pa.52742" → news).
    static func domain(of name: String) -> String {
        guard let underscore = name.firstIndex(of: "_") else { return "all" }
        let head = name[..<underscore]
        return head.split(separator: "-").last.map(String.init) ?? "all"
    }

    func run() throws {
        try reportingErrors("eval align") {
            let options = tuning.alignerOptions
            let aligner = Aligner(lexicon: try lexicon.load(command: "eval align"), options: options)
            let (total, documents) = try AlignmentEvaluation.evaluateDirectory(
                directory, aligner: aligner, seeds: (1...UInt64(max(1, seeds))).map { $0 }, collectErrors: showErrors,
                including: split.includes(position:))
            var output = Output()
            output.line("documents\t\(documents.count)\tseeds\t\(seeds)\tlexicon\t\(aligner.lexicon.count) Arabic words")
            output.line(countsLine("beads", total.beads))
            output.line(countsLine("gaps", total.gaps))
            // Per domain, as WMT-style folder names say it ("test-en-news_…" → news).
            var byDomain: [String: AlignmentEvaluation.Scores] = [:]
            for document in documents { byDomain[Self.domain(of: document.name), default: .init()] = byDomain[Self.domain(of: document.name), default: .init()] + document.scores }
            if byDomain.count > 1 {
                for (domain, scores) in byDomain.sorted(by: { $0.key < $1.key }) {
                    output.line("\(domain)\t" + countsLine("beads", scores.beads) + "\t" + countsLine("gaps", scores.gaps))
                }
            }
            for document in documents {
                if perDocument {
                    output.line("\(document.name)\tbeads F1 \(threeDecimals(document.scores.beads.f1))\tgaps F1 \(threeDecimals(document.scores.gaps.f1))")
                }
                for error in document.errors { output.line("\(document.name)\t\(error)") }
            }
            output.flush()
        }
    }
}

struct GoldEvaluation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gold",
        abstract: "Bead precision/recall of the aligner against a gold alignment of two raw documents.",
        discussion: """
            The gold file is JSON Lines with en/ar sentence texts (or indices) and kind per bead.
            Beads match when both sentence sets are equal; kinds are compared separately.
            Example:
              $ muqabala eval gold ../shared/gold/seed-000-002.alignment.jsonl \\
                  Corpus/kss-volunteers-call/en.txt Corpus/kss-volunteers-call/ar.txt
            """
    )

    @Argument(help: "Gold alignment (JSON Lines).")
    var gold: String
    @Argument(help: "English document.")
    var english: String
    @Argument(help: "Arabic document.")
    var arabic: String

    @OptionGroup var options: AlignmentOptions
    @OptionGroup(visibility: .hidden) var tuning: TuningOptions

    func run() throws {
        try reportingErrors("eval gold") {
            let alignment = try options.align(english: english, arabic: arabic, command: "eval gold", tuning: tuning.alignerOptions)
            let gold = try AlignmentEvaluation.readGold(gold, english: alignment.english, arabic: alignment.arabic)
            let comparison = AlignmentEvaluation.compare(alignment.beads, gold: gold)
            var output = Output()
            output.line(countsLine("beads", comparison.beads))
            output.line("kinds\t\(comparison.kindsRight)/\(comparison.beads.truePositives) matched beads have the gold kind")
            for bead in comparison.missed { output.line("missed\t\(bead.kind.rawValue)\ten \(bead.en)\tar \(bead.ar)") }
            for bead in comparison.spurious { output.line("spurious\t\(bead.kind.rawValue)\ten \(bead.en)\tar \(bead.ar)\t\(threeDecimals(bead.score))") }
            for (bead, goldKind) in comparison.wrongKind { output.line("kind\t\(bead.kind.rawValue) (gold \(goldKind.rawValue))\ten \(bead.en)\tar \(bead.ar)") }
            output.flush()
        }
    }
}

/// Overrides of the aligner's parameters, for tuning on development data (hidden from --help).
struct TuningOptions: ParsableArguments {
    @Option(help: "Log-score of an unaligned sentence.") var skipScore: Double?
    @Option(help: "Weight of lexical similarity.") var lexicalWeight: Double?
    @Option(help: "Similarity at which lexical evidence is neutral.") var lexicalOffset: Double?
    @Option(help: "Second pass: nats between typical translation and chance similarity.") var lexicalSeparation: Double?
    @Option(help: "Second pass: neutral point between chance and translation similarity.") var neutralPoint: Double?
    @Option(help: "Second pass: score of an unaligned sentence.") var estimatedSkipScore: Double?
    @Option(help: "Log-prior of 2-1 and 1-2 beads.") var mergePrior: Double?
    @Option(help: "Weight of the length model.") var lengthWeight: Double?
    @Option(help: "Lowest length log-probability.") var lengthFloor: Double?
    @Option(help: "Support share below which a merged sentence is unsupported.") var supportThreshold: Double?
    @Option(help: "Penalty per unsupported merged sentence.") var unsupportedPenalty: Double?
    @Option(help: "Length floor of possible partial translations.") var partialLengthFloor: Double?
    @Option(help: "Coverage of the shorter side that allows a partial translation.") var partialCoverage: Double?
    @Option(help: "Shortest bead length the length model assumes.") var shortSegmentLength: Double?
    @Option(help: "Content (words) at which lexical evidence against a bead counts in full.") var lexicalEvidenceMass: Double?
    @Option(help: "Penalty for a bead whose anchors all conflict.") var anchorConflictPenalty: Double?
    @Option(help: "Second pass: bonus of a bead inside linked paragraphs.") var paragraphBonus: Double?
    @Option(help: "Second pass: prior relief of a merge inside linked paragraphs.") var paragraphMergeRelief: Double?
    @Option(help: "Content (words) below which a fragment in linked paragraphs joins its neighbour.") var paragraphFragmentMass: Double?
    @Option(help: "Content (words) up to which a one-sided sentence beside a partial joins it.") var partialFragmentMass: Double?
    @Option(help: "Nats of evidence an untranslated run needs to make a partial.") var partialRunEvidence: Double?
    @Option(help: "Length disagreement (sd) a partial needs.") var partialRunResidual: Double?
    @Option(help: "What an unexplained word of the shorter side takes off a run's evidence.") var partialUnexplainedWeight: Double?
    @Option(help: "Length residual a fragment must bring its neighbour within to join it.") var paragraphLengthFit: Double?
    @Option(help: "How much a joining fragment must lower its neighbour's length residual.") var paragraphLengthGain: Double?
    @Option(help: "Length lean (sd) a full translation needs to join a neighbouring partial.") var crossedLean: Double?
    @Option(name: .customLong("set"), parsing: .singleValue,
            help: ArgumentHelp("Any aligner option by name, after the options above (the fields of AlignerOptions).", valueName: "name=value"))
    var settings: [String] = []

    func validate() throws {
        _ = try Self.applying(settings, to: AlignerOptions())
    }

    /// `options` with each `name=value` setting applied.
    static func applying(_ settings: [String], to options: AlignerOptions) throws -> AlignerOptions {
        var options = options
        for setting in settings {
            do {
                options = try options.setting(setting)
            } catch let error as TuningError {
                throw ValidationError("--set \(setting): \(error)")
            }
        }
        return options
    }

    var alignerOptions: AlignerOptions {
        var options = AlignerOptions()
        if let skipScore { options.skipScore = skipScore }
        if let crossedLean { options.crossedLean = crossedLean }
        if let lexicalWeight { options.lexicalWeight = lexicalWeight }
        if let lexicalOffset { options.lexicalOffset = lexicalOffset }
        if let lexicalSeparation { options.lexicalSeparation = lexicalSeparation }
        if let neutralPoint { options.neutralPoint = neutralPoint }
        if let estimatedSkipScore { options.estimatedSkipScore = estimatedSkipScore }
        if let mergePrior { options.mergePrior = mergePrior }
        if let lengthWeight { options.lengthWeight = lengthWeight }
        if let lengthFloor { options.lengthFloor = lengthFloor }
        if let supportThreshold { options.supportThreshold = supportThreshold }
        if let unsupportedPenalty { options.unsupportedPenalty = unsupportedPenalty }
        if let partialLengthFloor { options.partialLengthFloor = partialLengthFloor }
        if let partialCoverage { options.partialCoverage = partialCoverage }
        if let shortSegmentLength { options.shortSegmentLength = shortSegmentLength }
        if let lexicalEvidenceMass { options.lexicalEvidenceMass = lexicalEvidenceMass }
        if let anchorConflictPenalty { options.anchorConflictPenalty = anchorConflictPenalty }
        if let paragraphBonus { options.paragraphBonus = paragraphBonus }
        if let paragraphMergeRelief { options.paragraphMergeRelief = paragraphMergeRelief }
        if let paragraphFragmentMass { options.paragraphFragmentMass = paragraphFragmentMass }
        if let partialFragmentMass { options.partialFragmentMass = partialFragmentMass }
        if let partialRunEvidence { options.partialRunEvidence = partialRunEvidence }
        if let partialRunResidual { options.partialRunResidual = partialRunResidual }
        if let partialUnexplainedWeight { options.partialUnexplainedWeight = partialUnexplainedWeight }
        if let paragraphLengthFit { options.paragraphLengthFit = paragraphLengthFit }
        if let paragraphLengthGain { options.paragraphLengthGain = paragraphLengthGain }
        return (try? Self.applying(settings, to: options)) ?? options   // checked in validate()
    }
}

/// `name<TAB>P …<TAB>R …<TAB>F1 …<TAB>(tp/predicted predicted, gold gold)`.
func countsLine(_ name: String, _ c: AlignmentEvaluation.Counts) -> String {
    "\(name)\tP \(threeDecimals(c.precision))\tR \(threeDecimals(c.recall))\tF1 \(threeDecimals(c.f1))"
        + "\t(\(c.truePositives)/\(c.predicted) predicted, \(c.gold) gold)"
}
