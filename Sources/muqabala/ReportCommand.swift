import ArgumentParser
import MuqabalaAlign
import MuqabalaCorpus
import MuqabalaGlossary
import MuqabalaLexicon
import MuqabalaReport
import MuqabalaSegment

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The corpus report: align every pair, report its gaps, build the glossary, write HTML.",
        discussion: """
            Writes to the output folder: index.html (one page: pair summary, aligned sentences \
            side by side with gaps and partial translations marked, documents, glossary), \
            summary.json, glossary.json/.tsv/.tbx, and pairs/NAME.alignment.jsonl, .tmx, \
            .gaps.json, .gaps.md. Documents run in parallel on all cores; progress goes to \
            standard error when it is a terminal. A document that cannot be read is reported \
            and the others go on; the exit status is then 1.

            Example:
              $ muqabala report Corpus/
              wrote muqabala-report/index.html: 4 documents, 1 translation pair, 58 glossary entries (47 new)

            On a cluster (see spark/), each worker writes a shard of the documents and one \
            process merges the shards into the report, the same report as one run over all \
            the documents:
              $ muqabala report --shard --output shard-1 Corpus/doc1 Corpus/doc2
              $ muqabala report --shard --output shard-2 Corpus/doc3
              $ muqabala report --merge --output muqabala-report shard-1 shard-2
            """
    )

    @Option(help: "The output folder.")
    var output = "muqabala-report"

    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: ArgumentHelp("What leaving a sentence unaligned costs (default 3.5): higher reports fewer sentences as untranslated.",
                               valueName: "cost"))
    var skipCost: Double?

    @OptionGroup var curatedOptions: CuratedOptions

    @OptionGroup var flags: FlagOptions

    @Flag(help: "Write a shard of the report (pair files, page sections, records, glossary) for --merge.")
    var shard = false

    @Flag(help: "PATHs are shard folders written by --shard: merge them into the report.")
    var merge = false

    @Argument(help: "Corpus folders, document folders or files (with --merge: shard folders).")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError(merge ? "give the shard folders to merge" : "give the corpus folder, e.g. Corpus/") }
        if shard && merge { throw ValidationError("--shard and --merge are two steps: give one") }
    }

    func run() throws {
        var failed = false
        try reportingErrors("report") {
            let lexicon = try lexiconOptions.load(command: "report")
            var options = AlignerOptions()
            if let skipCost { options.skipCost = skipCost }
            var report = CorpusReport(aligner: Aligner(lexicon: lexicon, options: options), collector: NameCollector(lexicon: lexicon, exonyms: .standard),
                                      curated: try curatedOptions.load(command: "report"))
            report.minimumConfidence = flags.minimumConfidence
            let summary: CorpusReport.Summary
            if merge {
                summary = try report.merge(shards: paths, output: output)
            } else if shard {
                summary = try report.shard(try CorpusReader.documents(in: paths), output: output, progress: progressReporter("report"))
            } else {
                summary = try report.run(try CorpusReader.documents(in: paths), output: output, progress: progressReporter("report"))
            }
            for error in summary.errors { StandardError.write("muqabala report: \(error)\n") }
            var out = Output()
            out.line("wrote \(output)\(shard ? " (a shard)" : "/index.html"): \(CorpusReport.count(summary.documents, "document")), "
                + "\(CorpusReport.count(summary.pairs, "translation pair")), "
                + "\(CorpusReport.count(summary.entries, "glossary entry", "glossary entries")) (\(summary.newEntries) new)")
            if !summary.lowCoverage.isEmpty {
                // Name at most ten pairs here; the page and summary.json list every pair's coverage.
                let shown = summary.lowCoverage.prefix(10).joined(separator: ", ")
                let more = summary.lowCoverage.count > 10 ? " and \(summary.lowCoverage.count - 10) more (see summary.json)" : ""
                out.line("coverage below \(Int(GapReport.lowCoverage * 100))% in \(CorpusReport.count(summary.lowCoverage.count, "pair")): \(shown)\(more)")
            }
            out.flush()
            failed = !summary.errors.isEmpty
        }
        if failed { throw ExitCode(1) }
    }
}
