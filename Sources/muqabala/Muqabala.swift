import ArgumentParser

@main
struct Muqabala: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "muqabala",
        abstract: "Collate the Arabic and English versions of a text.",
        discussion: """
            Normalize and transliterate Arabic and English text, and match names across \
            scripts. Every command reads a file or `-` (standard input) and writes to \
            standard output; errors go to standard error with a nonzero exit status.
            """,
        subcommands: [Report.self, Align.self, Gaps.self, GlossaryCommand.self, Canonicalize.self, Normalize.self, Translit.self, Match.self, Lexicon.self, Evaluate.self, Bench.self]
    )
}
