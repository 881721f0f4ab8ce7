import ArgumentParser
import MuqabalaReport

/// Which flags a gap report lists: those likely to be real (the default), or every one.
struct FlagOptions: ParsableArguments {
    @Flag(help: "List every flag, however weak (by default flags below confidence \(GapReport.defaultMinimumConfidence) are counted, not listed).")
    var all = false

    @Option(help: ArgumentHelp("The confidence (0 to 1) a flag needs to be listed.", valueName: "share"))
    var minConfidence: Double?

    func validate() throws {
        if all && minConfidence != nil { throw ValidationError("--all lists every flag; give --all or --min-confidence") }
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence takes a share between 0 and 1")
        }
    }

    /// The confidence a flag needs (``GapReport/defaultMinimumConfidence`` unless told).
    var minimumConfidence: Double { all ? 0 : minConfidence ?? GapReport.defaultMinimumConfidence }
}
