import ArgumentParser
import MuqabalaLexicon

/// How a command gets its Arabic–English lexicon.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A lexicon made by `muqabala lexicon train` (e.g. from your translation memory), added to the built-in one. Repeatable.",
        valueName: "file.mqlx"))
    var extra: [String] = []

    @Flag(help: "Use no lexicon at all (length, numbers, dates and names only).")
    var noLexicon = false

    @Flag(help: "Leave FreeDict out of the built-in lexicon.")
    var noFreedict = false

    @Flag(help: "Leave the shipped learned model out of the built-in lexicon.")
    var noLearnedLexicon = false

    /// Loads the lexicon; notes about missing parts go to standard error unless `quiet`.
    func load(command: String, quiet: Bool = false) throws -> BilingualLexicon {
        if noLexicon {
            return try BilingualLexicon(layers: extra.map { try LexiconFile(path: $0) })
        }
        return try BilingualLexicon.standard(extra: extra, freeDict: !noFreedict, learned: !noLearnedLexicon) { note in
            if !quiet { StandardError.write("muqabala \(command): note: \(note)\n") }
        }
    }
}
