import ArgumentParser
import MuqabalaReport
import MuqabalaText
import MuqabalaIO

extension GapReportFormat: ExpressibleByArgument {}

struct Gaps: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report what the Arabic version drops, adds or only partly translates.",
        discussion: """
            Aligns the two documents, then lists: coverage on each side; English sentences \
            with no Arabic counterpart (omissions) and Arabic ones with no English counterpart \
            (additions), with their position and neighbours; partial translations with the span \
            the other side lacks; numbers and dates that disagree inside aligned pairs. Web \
            boilerplate and repeated copies of a document's body are listed apart. Each flag \
            has a confidence; those below 0.15 (mostly sentences a neighbouring translation \
            holds) are counted, not listed, unless --all or --min-confidence says otherwise.

            Exit status: 0, or 2 with --fail-under when the lower side's sentence coverage is \
            below the threshold (1 is an input error).

            Example:
              $ muqabala gaps --format markdown Corpus/kss-volunteers-call/en.txt Corpus/kss-volunteers-call/ar.txt
              $ muqabala gaps --fail-under 0.9 en.txt ar.txt > report.txt || echo "coverage too low"
              $ muqabala gaps --format json --manifest Corpus/ --output-dir gaps/   # many pairs, one process
            """
    )

    @Option(help: "text, markdown or json.")
    var format: GapReportFormat = .text

    @Option(help: ArgumentHelp("Exit with status 2 when sentence coverage (the lower side) is below this share.", valueName: "share"))
    var failUnder: Double?

    @OptionGroup var flags: FlagOptions

    @OptionGroup var options: AlignmentOptions

    @Argument(help: "The English document.")
    var english: String?

    @Argument(help: "The Arabic document.")
    var arabic: String?

    func validate() throws {
        try options.validate(english: english, arabic: arabic)
        if options.manifest != nil && failUnder != nil {
            throw ValidationError("--fail-under works on one pair; with --manifest read the coverage column of the status lines")
        }
        if let failUnder, !(0...1).contains(failUnder) { throw ValidationError("--fail-under takes a share between 0 and 1") }
    }

    func run() throws {
        if options.manifest != nil {
            let format = format, minimumConfidence = flags.minimumConfidence, extensions: [GapReportFormat: String] = [.text: "txt", .markdown: "md", .json: "json"]
            try options.runManifest(command: "gaps") { alignment, pair in
                let report = GapReport(alignment, minimumConfidence: minimumConfidence)
                let path = pair.prefix + ".gaps." + extensions[format, default: format.rawValue]
                try AtomicFile.write(report.render(format), to: path)
                return (report.coverage.minimum, [path])
            }
            return
        }
        var report: GapReport!
        try reportingErrors("gaps") {
            report = GapReport(try options.align(english: english!, arabic: arabic!, command: "gaps", quietNotes: true),
                               minimumConfidence: flags.minimumConfidence)
            var output = Output()
            output.write(report.render(format))
            output.flush()
        }
        if let failUnder, report.coverage.minimum < failUnder {
            StandardError.write("muqabala gaps: coverage \(threeDecimals(report.coverage.minimum)) is below \(threeDecimals(failUnder))\n")
            throw ExitCode(2)
        }
    }
}
