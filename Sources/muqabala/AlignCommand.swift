import ArgumentParser
import MuqabalaAlign
import MuqabalaLexicon
import MuqabalaSegment
import MuqabalaText

extension AlignmentFormat: ExpressibleByArgument {}

/// Options shared by the commands that align documents.
struct AlignmentOptions: ParsableArguments {
    @Flag(help: "Input is one sentence per line (Moses/OPUS); indices are line numbers.")
    var presegmented = false

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Do not print ingestion notes (repeated body, boilerplate) on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("What leaving a sentence unaligned costs (default 3.5): higher reports fewer sentences as untranslated.",
                               valueName: "cost"))
    var skipCost: Double?

    /// Reads both documents (checking each is in its language) and aligns them.
    /// - Parameter quietNotes: the caller reports ingestion notes itself (as `gaps` does).
    func align(english: String, arabic: String, command: String, tuning: AlignerOptions = AlignerOptions(),
               quietNotes: Bool = false) throws -> Alignment {
        if english == "-" && arabic == "-" { throw CLIError("only one of the two documents can be standard input") }
        let reader = DocumentReader()
        let en = try reader.read(english, language: .english, presegmented: presegmented)
        let ar = try reader.read(arabic, language: .arabic, presegmented: presegmented)
        if !quiet && !quietNotes {
            for (document, notices) in [(en.source, en.notices), (ar.source, ar.notices)] {
                for notice in notices { StandardError.write("muqabala \(command): note: \(document): \(notice)\n") }
            }
        }
        var options = tuning
        if let skipCost { options.skipCost = skipCost }
        let aligner = Aligner(lexicon: try lexicon.load(command: command, quiet: quiet), options: options)
        return aligner.align(en, ar)
    }
}

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the sentences of an English document and its Arabic translation.",
        discussion: """
            Formats: tsv (en, ar, kind, score), jsonl (one bead per line, the documented \
            contract), tmx (TMX 1.4 for CAT tools), ladder (hunalign-style indices).
            Kinds: match, partial (one side has content the other lacks), en-only, ar-only.

            Example:
              $ muqabala align --format jsonl Corpus/kss-volunteers-call/en.txt Corpus/kss-volunteers-call/ar.txt
              {"en": [], "ar": [0], "en_text": [], "ar_text": ["حث فصيل مسلح …"], "kind": "ar-only", "score": 0.585}
              {"en": [0], "ar": [1], "en_text": ["Little more than a month …"], "ar_text": ["قبل أكثر من شهر …"], "kind": "match", "score": 0.983}
            """
    )

    @Option(help: "tsv, jsonl, tmx or ladder.")
    var format: AlignmentFormat = .tsv

    @OptionGroup var options: AlignmentOptions

    @Argument(help: "The English document.")
    var english: String

    @Argument(help: "The Arabic document.")
    var arabic: String

    func run() throws {
        try reportingErrors("align") {
            let alignment = try options.align(english: english, arabic: arabic, command: "align")
            var output = Output()
            output.write(alignment.render(format))
            output.flush()
        }
    }
}
