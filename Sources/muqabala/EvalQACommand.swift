import ArgumentParser
import MuqabalaAlign
import MuqabalaEvaluation

struct QAEvaluationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qa",
        abstract: "False flags of the gap report on clean translations, and recall on injected defects.",
        discussion: """
            Each NAME/en.txt + NAME/ar.txt pair (a professional translation, line i translating \
            line i, one paragraph per line) is read as raw text and reported on as `gaps` does; \
            every flag on it is a false alarm, counted per kind per 500 English sentences. Then, \
            per seed, defects of each kind are injected into one side (the side alternates with \
            the seed) on lines the clean report left alone, and the report must find them: a \
            number with one digit changed, a long line (--long-line words or more on both sides) with its last 45% cut off, a \
            one-sentence line deleted.
            Example:
              $ muqabala eval qa ../shared/dev/wmt24pp --seeds 4
              $ muqabala eval qa ../shared/dev/wmt24pp --split holdout --show-flags
            """
    )

    @Argument(help: "Directory of NAME/en.txt and NAME/ar.txt pairs.")
    var directory: String

    @Option(help: "Number of injection rounds per document (each injects every kind of defect).")
    var seeds = 2

    @Option(help: "Defects of each kind injected per document and round.")
    var perKind = 2

    @Option(help: "Words a line needs on both sides to be cut short.")
    var longLine = 20

    @Option(help: "all, tune (two documents in three) or holdout (every third document, by name), as in eval glossary.")
    var split: DevelopmentSplit = .all

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Print every flag raised on the clean translations.")
    var showFlags = false

    @Flag(help: "Print every injected defect the report missed.")
    var showMisses = false

    @OptionGroup(visibility: .hidden) var tuning: TuningOptions

    func run() throws {
        try reportingErrors("eval qa") {
            let pairs = try LineAlignedPair.read(directory: directory, including: split.includes(position:))
            let aligner = Aligner(lexicon: try lexicon.load(command: "eval qa"), options: tuning.alignerOptions)
            let result = QAEvaluation.evaluate(pairs, aligner: aligner, seeds: (1...UInt64(max(1, seeds))).map { $0 },
                                               perKind: max(1, perKind), longLine: max(2, longLine))
            let clean = result.clean
            func rate(_ count: Int) -> String { "\(count)\t(\(threeDecimals(clean.per500(count))) per 500 sentences)" }
            var output = Output()
            output.line("documents\t\(clean.documents)\tenglish sentences\t\(clean.englishSentences)\tseeds\t\(seeds)")
            output.line("clean\tomitted or added sentences\t" + rate(clean.omitted + clean.added))
            output.line("clean\tpartial translations\t" + rate(clean.partials))
            output.line("clean\tnumber or date disagreements\t" + rate(clean.numbers))
            for defect in QAEvaluation.Defect.allCases {
                let recall = result.recall[defect] ?? .init()
                output.line("injected\t\(defect.rawValue)\tfound \(recall.found)/\(recall.injected)\trecall \(threeDecimals(recall.rate))")
            }
            if showFlags {
                for note in result.cleanFlags { output.line("flag\t\(note.document):\(note.line)\t\(note.kind)\t\(note.text)") }
            }
            if showMisses {
                for note in result.misses { output.line("miss\t\(note.document):\(note.line)\t\(note.kind)\t\(note.text)") }
            }
            output.flush()
        }
    }
}
