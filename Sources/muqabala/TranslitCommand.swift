import ArgumentParser
import MuqabalaText
import MuqabalaIO

struct Translit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Transliterate Arabic to Latin script, line by line.",
        discussion: """
            Schemes:
              news        readable news style, article kept as al- (lossy)
              buckwalter  one-to-one ASCII (reversible with --reverse)

            Examples:
              $ echo 'أبو علاء الولائي' | muqabala translit
              Abu Ala al-Walai
              $ echo 'الكاظمي' | muqabala translit --scheme buckwalter
              AlkAZmy
            """
    )

    @Option(help: "news or buckwalter.")
    var scheme: TransliterationScheme = .news

    @Flag(help: "Buckwalter back to Arabic script.")
    var reverse = false

    @Argument(help: "Input file, or - for standard input.")
    var file: String = "-"

    func run() throws {
        try reportingErrors("translit") {
            if reverse && scheme != .buckwalter {
                throw CLIError("--reverse needs --scheme buckwalter (the news scheme is not reversible)")
            }
            let transliterator = try ArabicTransliterator(scheme: scheme)
            var output = Output()
            defer { output.flush() }   // the lines before a bad one are kept
            let bytes = try TextInput.forEachLine(of: file) { line, _ in
                if reverse {
                    output.line(try transliterator.arabize(line) ?? line)
                } else {
                    output.line(try transliterator.romanize(line))
                }
            }
            output.flush()
            if bytes == 0 { throw TextInputError(source: TextInput.displayName(file), problem: .empty) }
        }
    }
}
