import ArgumentParser
import MuqabalaAlign
import MuqabalaLexicon
import MuqabalaReport
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

extension AlignmentFormat: ExpressibleByArgument {}

/// Options shared by the commands that align documents.
struct AlignmentOptions: ParsableArguments {
    @Flag(help: "Input is one sentence per line (Moses/OPUS); indices are line numbers.")
    var presegmented = false

    @OptionGroup var lexicon: LexiconOptions

    @Flag(help: "Do not print ingestion notes (repeated body, boilerplate) on standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("What leaving a sentence unaligned costs (default 3.5): higher reports fewer sentences as untranslated.",
                               valueName: "cost"))
    var skipCost: Double?

    @Option(help: ArgumentHelp("Many pairs in one process: a TSV file of en_path<TAB>ar_path<TAB>out_prefix lines, or a corpus folder (with --output-dir).",
                               valueName: "file-or-folder"))
    var manifest: String?

    @Option(help: ArgumentHelp("With --manifest: the folder the outputs go to (prefixes are taken inside it).", valueName: "folder"))
    var outputDir: String?

    /// Checks the document arguments against --manifest.
    func validate(english: String?, arabic: String?) throws {
        if manifest != nil {
            if english != nil || arabic != nil { throw ValidationError("--manifest takes no document arguments") }
        } else {
            if english == nil || arabic == nil { throw ValidationError("give the English and the Arabic document, or --manifest") }
            if outputDir != nil { throw ValidationError("--output-dir goes with --manifest") }
        }
    }

    /// The aligner with the lexicon loaded once and the skip cost applied.
    func aligner(command: String, tuning: AlignerOptions = AlignerOptions()) throws -> Aligner {
        var options = tuning
        if let skipCost { options.skipCost = skipCost }
        return Aligner(lexicon: try lexicon.load(command: command, quiet: quiet), options: options)
    }

    /// Runs a manifest: each pair's alignment goes to `write`. Exits 1 if a pair failed.
    func runManifest(command: String, write: @Sendable (Alignment, ManifestPair) throws -> (coverage: Double, files: [String])) throws {
        var failed = 0
        try reportingErrors(command) {
            let pairs = try Manifest.pairs(manifest!, outputDirectory: outputDir)
            failed = try Manifest.run(pairs, aligner: try aligner(command: command), presegmented: presegmented, write: write)
        }
        if failed > 0 {
            StandardError.write("muqabala \(command): \(failed) of the pairs failed (see the status lines)\n")
            throw ExitCode(1)
        }
    }

    /// Reads both documents (checking each is in its language) and aligns them.
    /// - Parameter quietNotes: the caller reports ingestion notes itself (as `gaps` does).
    func align(english: String, arabic: String, command: String, tuning: AlignerOptions = AlignerOptions(),
               quietNotes: Bool = false) throws -> Alignment {
        if english == "-" && arabic == "-" { throw CLIError("only one of the two documents can be standard input") }
        let alignment = try aligner(command: command, tuning: tuning).align(englishFile: english, arabicFile: arabic, presegmented: presegmented)
        if !quiet && !quietNotes {
            for document in [alignment.english, alignment.arabic] {
                for notice in document.notices { StandardError.write("muqabala \(command): note: \(document.source): \(notice)\n") }
            }
        }
        return alignment
    }
}

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the sentences of an English document and its Arabic translation.",
        discussion: """
            Formats: tsv (en, ar, kind, score), jsonl (one bead per line, the documented \
            contract), tmx (TMX 1.4 for CAT tools), ladder (hunalign-style indices).
            Kinds: match, partial (one side has content the other lacks), en-only, ar-only.

            Example:
              $ muqabala align --format jsonl Corpus/kss-volunteers-call/en.txt Corpus/kss-volunteers-call/ar.txt
              {"en": [], "ar": [0], "en_text": [], "ar_text": ["حث فصيل مسلح …"], "kind": "ar-only", "score": 0.446}
              {"en": [0], "ar": [1], "en_text": ["Little more than a month …"], "ar_text": ["قبل أكثر من شهر …"], "kind": "match", "score": 0.983}

            Many pairs in one process (the lexicon is loaded once; each pair is written to \
            PREFIX.alignment.FORMAT and a status line is printed per pair):
              $ muqabala align --format jsonl --manifest pairs.tsv      # en_path<TAB>ar_path<TAB>out_prefix
              $ muqabala align --manifest Corpus/ --output-dir aligned/
            """
    )

    @Option(help: "tsv, jsonl, tmx or ladder.")
    var format: AlignmentFormat = .tsv

    @OptionGroup var options: AlignmentOptions

    @Argument(help: "The English document.")
    var english: String?

    @Argument(help: "The Arabic document.")
    var arabic: String?

    func validate() throws { try options.validate(english: english, arabic: arabic) }

    func run() throws {
        if options.manifest != nil {
            let format = format
            try options.runManifest(command: "align") { alignment, pair in
                let path = pair.prefix + ".alignment." + format.rawValue
                try AtomicFile.write(alignment.render(format), to: path)
                return (GapReport.Coverage(alignment).minimum, [path])
            }
            return
        }
        try reportingErrors("align") {
            let alignment = try options.align(english: english!, arabic: arabic!, command: "align")
            var output = Output()
            output.write(alignment.render(format))
            output.flush()
        }
    }
}
