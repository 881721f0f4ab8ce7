import ArgumentParser
import MuqabalaAlign
import MuqabalaEvaluation
import MuqabalaReport

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
    @Flag(help: "Print, per confidence threshold, the clean flags kept and the recall left (to calibrate the report's threshold).")
    var calibration = false

    @OptionGroup(visibility: .hidden) var tuning: TuningOptions

    func run() throws {
        try reportingErrors("eval qa") {
            let pairs = try LineAlignedPair.read(directory: directory, including: split.includes(position:))
            let aligner = Aligner(lexicon: try lexicon.load(command: "eval qa"), options: tuning.alignerOptions)
            let result = QAEvaluation.evaluate(pairs, aligner: aligner, seeds: (1...UInt64(max(1, seeds))).map { $0 },
                                               perKind: max(1, perKind), longLine: max(2, longLine))
            let clean = result.clean
            func rate(_ count: Int) -> String { "\(count)\t(\(threeDecimals(clean.per500(count))) per 500 sentences)" }
            let shown = GapReport.defaultMinimumConfidence
            var output = Output()
            output.line("documents\t\(clean.documents)\tenglish sentences\t\(clean.englishSentences)\tseeds\t\(seeds)")
            // Every flag, then the flags the default report lists (those of the default confidence or more).
            let kinds: [(String, QAEvaluation.FlagKind, Int)] = [("omitted or added sentences", .gap, clean.omitted + clean.added),
                                                                ("partial translations", .partial, clean.partials),
                                                                ("number or date disagreements", .number, clean.numbers)]
            for (title, kind, count) in kinds {
                output.line("clean\t\(title)\t" + rate(count) + "\tshown\t" + rate(result.kept(kind, at: shown)))
            }
            for defect in QAEvaluation.Defect.allCases {
                let recall = result.recall[defect] ?? .init(), kept = result.recall(defect, at: shown)
                output.line("injected\t\(defect.rawValue)\tfound \(recall.found)/\(recall.injected)\trecall \(threeDecimals(recall.rate))"
                            + "\tshown \(kept.found)/\(kept.injected)\trecall \(threeDecimals(kept.rate))")
            }
            if calibration {
                // What each threshold would keep: false flags on clean text against defects found.
                output.line("threshold\tclean gaps\tclean partials\tclean numbers\t" + QAEvaluation.Defect.allCases.map(\.rawValue).joined(separator: "\t"))
                for step in 0...19 {
                    let t = Double(step) * 0.05
                    let kept = QAEvaluation.FlagKind.allCases.map { String(result.kept($0, at: t)) }
                    let recalls = QAEvaluation.Defect.allCases.map { threeDecimals(result.recall($0, at: t).rate) }
                    output.line(threeDecimals(t) + "\t" + (kept + recalls).joined(separator: "\t"))
                }
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
