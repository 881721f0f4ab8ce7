import ArgumentParser
import MuqabalaLexicon
import MuqabalaText

struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look Arabic words up in the lexicon the aligner uses (FreeDict where installed).",
        discussion: """
            Prints, for each word, the English stems the aligner would match it with.
            Example:
              $ muqabala lexicon والمتطوعين الحكومة
              والمتطوعين	voluntee volunteer
              الحكومة	govern government
            """
    )

    @Argument(help: "Arabic words.")
    var words: [String] = []

    @Option(help: "The dictd directory holding freedict-ara-eng and freedict-eng-ara.")
    var directory = BilingualLexicon.defaultDictionaryDirectory

    func run() throws {
        try reportingErrors("lexicon") {
            var lexicon: BilingualLexicon!
            let seconds = try measure { lexicon = try BilingualLexicon.freeDict(directory: directory) }
            StandardError.write("muqabala lexicon: \(lexicon.count) Arabic forms loaded from \(directory) in \(threeDecimals(seconds)) s\n")
            var output = Output()
            for word in words { output.line(word + "\t" + lexicon.englishStems(forArabic: word).joined(separator: " ")) }
            output.flush()
        }
    }
}
