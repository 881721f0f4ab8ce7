import ArgumentParser
import Foundation
import MuqabalaAlign
import MuqabalaGlossary
import MuqabalaLexicon
import MuqabalaReport
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

extension GlossaryFormat: ExpressibleByArgument {}

/// Options for reading the curated glossary.
struct CuratedOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The curated glossary (TSV); default: the one shipped with muqabala, found from any directory.",
                               valueName: "file.tsv"))
    var curated: String?

    @Flag(help: "Build from the texts alone, ignoring the curated glossary.")
    var noCurated = false

    /// The curated glossary: the one given, or the shipped one (a warning when it cannot be
    /// found, never silence); nil with --no-curated.
    func load(command: String) throws -> CuratedGlossary? {
        if noCurated { return nil }
        if let curated { return try CuratedGlossary.read(curated) }
        guard let path = DataFiles.path(CuratedGlossary.shippedPath) else {
            StandardError.write("muqabala \(command): warning: the curated glossary \(CuratedGlossary.shippedPath) was not found "
                + "(set MUQABALA_DATA to the folder holding Glossary/, or pass --curated FILE); building from the texts alone\n")
            return nil
        }
        return try CuratedGlossary.read(path)
    }
}

/// Progress on standard error, only when it is a terminal.
func progressReporter(_ verb: String) -> @Sendable (Int, Int, String) -> Void {
    guard StandardError.isTerminal else { return { _, _, _ in } }
    return { done, total, name in
        StandardError.write("\r\u{1B}[K\(verb) \(done)/\(total) \(name.prefix(50))" + (done == total ? "\n" : ""))
    }
}

struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Build a glossary of the people, groups and places named in documents.",
        discussion: """
            PATHs are corpus folders (a folder per document with en.txt and/or ar.txt), \
            document folders or text files. Translation pairs are aligned so Arabic names are \
            found through their English counterparts. Entries join every spelling seen in \
            either script; the curated glossary (Glossary/glossary.tsv) supplies canonical forms \
            and translations, and entries it lacks are marked new.

            Glossaries built on shards merge into the glossary of all documents:
              $ muqabala glossary --format json shard1/ > a.json
              $ muqabala glossary --format json shard2/ > b.json
              $ muqabala glossary --merge --format json a.json b.json > all.json

            Example:
              $ muqabala glossary --format tsv Corpus/
            """
    )

    @Option(help: "json, tsv or tbx.")
    var format: GlossaryFormat = .json

    @Flag(help: "PATHs are JSON glossaries to merge.")
    var merge = false

    @OptionGroup var lexiconOptions: LexiconOptions

    @OptionGroup var curatedOptions: CuratedOptions

    @Argument(help: "Corpus folders, document folders or files (with --merge: JSON glossaries).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one path") }
    }

    func run() throws {
        try reportingErrors("glossary") {
            let curated = try curatedOptions.load(command: "glossary")
            let lexicon = try lexiconOptions.load(command: "glossary")
            // CLDR's and iso-codes' place names, read once for finding names and for typing them.
            let exonyms = Exonyms.standard
            var observations = GlossaryObservations()
            if merge {
                for path in paths {
                    observations.merge(try Glossary.observations(fromJSON: try TextInput.readDocument(path), source: path))
                }
            } else {
                let documents = try CorpusReader.documents(in: paths)
                let aligner = Aligner(lexicon: lexicon)
                let collector = NameCollector(lexicon: lexicon, exonyms: exonyms)
                let report = progressReporter("glossary")
                let results = try parallelMap(documents, progress: { report($0, documents.count, $1.name) }) { document in
                    try collector.observe(document, aligner: aligner)
                }
                for result in results { observations.merge(result) }
            }
            let glossary = GlossaryBuilder(lexicon: lexicon, exonyms: exonyms, curated: curated).build(observations)
            var output = Output()
            output.write(glossary.render(format))
            output.flush()
        }
    }
}
