import ArgumentParser
import MuqabalaGlossary
import MuqabalaLexicon
import MuqabalaText
import MuqabalaIO

extension Canonicalizer.Target: ExpressibleByArgument {}

struct Canonicalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rewrite every known spelling of a name to its canonical form, streaming.",
        discussion: """
            The glossary is the curated TSV (Glossary/glossary.tsv) or a JSON glossary made \
            by `muqabala glossary`. Whole words only, in either script; an Arabic proclitic \
            stays in front of the name; acronyms and short forms are left alone unless asked.
            With --field, each input line is a JSON object and only that string field changes.

            Examples:
              $ echo "Kata'ib Hizballah and the Hashd al-Shaabi" | muqabala canonicalize --glossary Glossary/glossary.tsv
              Kataib Hezbollah and the Popular Mobilization Forces
              $ muqabala canonicalize --glossary glossary.json --field text posts.jsonl > clean.jsonl
            """
    )

    @Option(help: ArgumentHelp("The glossary: curated TSV or built JSON; default: the shipped curated glossary.", valueName: "file"))
    var glossary: String?

    @Option(help: "In JSON Lines, the string field to rewrite.")
    var field: String?

    @Option(help: "script (the spelling's own script), en or ar.")
    var to: Canonicalizer.Target = .script

    @Flag(help: "Rewrite acronyms (KSS) to the full name.")
    var expandAcronyms = false

    @Flag(help: "Rewrite short forms (Kadhimi) to the full canonical name.")
    var expandShortForms = false

    @Argument(help: "Input file, or - for standard input.")
    var file: String = "-"

    func run() throws {
        try reportingErrors("canonicalize") {
            var options = Canonicalizer.Options()
            options.target = to
            options.expandAcronyms = expandAcronyms
            options.expandShortForms = expandShortForms
            guard let path = glossary ?? DataFiles.path(CuratedGlossary.shippedPath) else {
                throw CLIError("the curated glossary \(CuratedGlossary.shippedPath) was not found; pass --glossary FILE (or set MUQABALA_DATA)")
            }
            let canonicalizer = try Self.load(path, options: options)
            if canonicalizer.ambiguous > 0 {
                StandardError.write("muqabala canonicalize: note: \(canonicalizer.ambiguous) spellings belong to two entries and are left as they are\n")
            }
            var output = Output()
            defer { output.flush() }   // the lines before a bad one are kept
            var missing = 0
            let source = TextInput.displayName(file)
            var fieldRewriter = field.map { JSONFieldRewriter(canonicalizer, field: $0) }
            var rewritten: [UInt8] = []
            let bytes = try TextInput.forEachLineOfBytes(of: file) { line, number in
                rewritten.removeAll(keepingCapacity: true)
                if fieldRewriter != nil {
                    do {
                        if try fieldRewriter!.rewrite(line, into: &rewritten) == nil { missing += 1 }
                    } catch {
                        throw CLIError("\(source):\(number): not a JSON object line (\(error))")
                    }
                } else {
                    canonicalizer.rewrite(line, into: &rewritten)
                }
                rewritten.append(0x0A)
                output.write(bytes: rewritten)
            }
            output.flush()
            if bytes == 0 { throw TextInputError(source: source, problem: .empty) }
            if missing > 0, let field {
                StandardError.write("muqabala canonicalize: note: \(missing) lines have no string field \"\(field)\" and were copied unchanged\n")
            }
        }
    }

    /// A canonicalizer from a curated TSV or a built JSON glossary.
    static func load(_ path: String, options: Canonicalizer.Options) throws -> Canonicalizer {
        let text = try TextInput.readDocument(path)
        if text.drop(while: \.isWhitespace).first == "{" {
            let observations = try Glossary.observations(fromJSON: text, source: path)
            let lexicon = try BilingualLexicon.standard()
            return Canonicalizer(glossary: GlossaryBuilder(lexicon: lexicon, exonyms: .standard).build(observations), options: options)
        }
        return Canonicalizer(curated: try CuratedGlossary.read(path), options: options)
    }
}
