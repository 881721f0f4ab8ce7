import MuqabalaAlign
import MuqabalaGlossary
import MuqabalaSegment
import MuqabalaText

/// The corpus report: every translation pair aligned with its gap report, a glossary over
/// all documents, and one HTML page for people, written to an output folder.
///
/// Output folder:
/// - `index.html` — the page: pair summary, aligned pairs side by side, documents, glossary;
/// - `summary.json` — coverage and gap counts per pair, errors, glossary counts;
/// - `glossary.json`, `glossary.tsv`, `glossary.tbx`;
/// - `pairs/NAME.alignment.jsonl`, `.tmx`, `.gaps.json`, `.gaps.md` for each pair.
///
/// Documents are processed in parallel on all cores; each pair's outputs are written as
/// soon as it is done, and only its glossary observations stay in memory.
///
/// The folder is replaced as a whole (``StagedFolder``): the run writes a hidden staging
/// folder beside it and swaps it in when everything is written, so the previous report stays
/// intact until the new one is complete; a second run into the same folder is refused while
/// one is writing; an existing folder that muqabala did not write is never replaced.
public struct CorpusReport: Sendable {
    public let aligner: Aligner
    public let collector: NameCollector
    public let curated: CuratedGlossary?

    public init(aligner: Aligner, collector: NameCollector, curated: CuratedGlossary?) {
        self.aligner = aligner
        self.collector = collector
        self.curated = curated
    }

    /// What the run produced.
    public struct Summary: Sendable {
        public var documents: Int
        public var pairs: Int
        public var entries: Int
        public var newEntries: Int
        /// Documents that could not be read, with the one-line reason.
        public var errors: [String]
        /// Pairs whose lower sentence coverage is below ``GapReport/lowCoverage``.
        public var lowCoverage: [String]
        public var output: String
    }

    /// One document's results.
    struct DocumentResult: Sendable {
        var name: String
        var observations = GlossaryObservations()
        var error: String?
        var report: GapReport?
        /// The file holding the pair's HTML section, and its anchor on the page.
        var section: String?
        var anchor: String?
        var notices: [String] = []
        var languages: [String] = []
    }

    /// Runs the report over `documents` into `output`, replacing it as a whole when done.
    /// - Parameter progress: called after each document (from any thread) with the number done.
    /// - Throws: ``TextInputError`` for an output folder that cannot be used or written.
    public func run(_ documents: [CorpusDocument], output: String,
                    progress: @Sendable (Int, Int, String) -> Void = { _, _, _ in }) throws -> Summary {
        let folder = try StagedFolder(output)
        do {
            var summary = try write(documents, into: folder.staging, progress: progress)
            try folder.commit()
            summary.output = folder.target
            return summary
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Writes the report's files into `output` (an existing, empty folder).
    private func write(_ documents: [CorpusDocument], into output: String,
                       progress: @Sendable (Int, Int, String) -> Void) throws -> Summary {
        let pairsFolder = output + "/pairs"
        try FileSystem.makeFolders(pairsFolder)
        let fileNames = Self.uniqueFileNames(documents.map(\.name))
        let jobs = zip(documents, fileNames).map { ($0, $1) }
        let results = try parallelMap(jobs, progress: { progress($0, documents.count, $1.0.name) }) { document, fileName in
            try self.process(document, base: pairsFolder + "/" + fileName, anchor: "pair-" + fileName)
        }
        var observations = GlossaryObservations()
        for result in results { observations.merge(result.observations) }
        let glossary = GlossaryBuilder(lexicon: aligner.lexicon, curated: curated, matcher: collector.matcher).build(observations)
        try FileWriter.write(glossary.json(), to: output + "/glossary.json")
        try FileWriter.write(glossary.tsv(), to: output + "/glossary.tsv")
        try FileWriter.write(glossary.tbx(), to: output + "/glossary.tbx")
        try writePage(results, glossary: glossary, to: output + "/index.html")
        let summary = Summary(
            documents: documents.count, pairs: results.filter { $0.report != nil }.count,
            entries: glossary.entries.count, newEntries: glossary.entries.filter(\.isNew).count,
            errors: results.compactMap(\.error),
            lowCoverage: results.filter { ($0.report?.coverage.minimum ?? 1) < GapReport.lowCoverage }.map(\.name), output: output)
        try FileWriter.write(summaryJSON(results, summary), to: output + "/summary.json")
        return summary
    }

    /// File names for documents, one per document however their names collide once made
    /// safe for a file system ("doc one" and "doc_one" become doc_one and doc_one-2).
    static func uniqueFileNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            let base = fileName(name)
            var candidate = base, k = 1
            while !used.insert(candidate.lowercased()).inserted {
                k += 1
                candidate = base + "-\(k)"
            }
            return candidate
        }
    }

    /// Aligns and reports one pair, or reads one single-language document. A document that
    /// cannot be read is an error of that document; an output that cannot be written ends
    /// the run (throws).
    private func process(_ document: CorpusDocument, base: String, anchor: String) throws(TextInputError) -> DocumentResult {
        var result = DocumentResult(name: document.name)
        result.languages = [document.english.map { _ in "en" }, document.arabic.map { _ in "ar" }].compactMap { $0 }
        if let problem = document.problem {
            result.error = problem
            return result
        }
        do {
            let reader = DocumentReader()
            let english = try document.english.map { try reader.read($0, language: .english) }
            let arabic = try document.arabic.map { try reader.read($0, language: .arabic) }
            result.notices = (english?.notices.map { "\(document.label(.english)): \($0)" } ?? [])
                + (arabic?.notices.map { "\(document.label(.arabic)): \($0)" } ?? [])
            if let english, let arabic {
                let alignment = aligner.align(english, arabic)
                let report = GapReport(alignment)
                do {
                    try FileWriter.write(alignment.jsonLines(), to: base + ".alignment.jsonl")
                    try FileWriter.write(alignment.tmx(), to: base + ".tmx")
                    try FileWriter.write(report.json(), to: base + ".gaps.json")
                    try FileWriter.write(report.markdown(), to: base + ".gaps.md")
                    // The page's section of this pair waits on disk, so memory does not grow with the corpus.
                    let section = HTMLReport.pairSection(alignment, report: report, document: document.name, anchor: anchor)
                    try FileWriter.write(section, to: base + ".section.html")
                } catch {
                    throw WriteFailure(error: error)
                }
                result.report = report
                result.anchor = anchor
                result.section = base + ".section.html"
                result.observations = collector.observe(alignment, english: document.label(.english), arabic: document.label(.arabic))
            } else if let english {
                result.observations = collector.observe(english: english, as: document.label(.english))
            } else if let arabic {
                result.observations = collector.observe(arabic: arabic, as: document.label(.arabic))
            }
        } catch let failure as WriteFailure {
            throw failure.error
        } catch {
            result.error = "\(error)"
        }
        return result
    }

    /// An output that could not be written, kept apart from input errors (which only skip
    /// their document).
    private struct WriteFailure: Error { var error: TextInputError }

    /// "1 document", "4 documents".
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    static func fileName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }

    private func writePage(_ results: [DocumentResult], glossary: Glossary, to path: String) throws(TextInputError) {
        let file = try FileWriter(path)
        func write(_ text: String) throws(TextInputError) { try file.write(text) }
        let h = HTMLReport.h
        // Worst first: most findings, then lowest coverage, then name.
        let pairs = results.filter { $0.report != nil }.sorted { a, b in
            let (x, y) = (a.report!, b.report!)
            if x.findings != y.findings { return x.findings > y.findings }
            if x.coverage.minimum != y.coverage.minimum { return x.coverage.minimum < y.coverage.minimum }
            return a.name < b.name
        }
        var page = """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Muqabala corpus report</title>
            <style>
            \(HTMLReport.styles)
            </style>
            </head>
            <body>
            <h1>Muqabala corpus report</h1>
            <p>\(Self.count(results.count, "document")), \(Self.count(pairs.count, "translation pair")), \(Self.count(glossary.entries.count, "glossary entry", "glossary entries")) (\(glossary.entries.filter(\.isNew).count) new).
            <a href="#pairs">Pairs</a> · <a href="#documents">Documents</a> · <a href="#glossary">Glossary</a></p>
            <p class="legend"><span style="background:#fde2e1">no counterpart</span><span style="background:#fff4d6">partial translation (<mark>missing part</mark>)</span><span style="background:#f0f0f0">boilerplate or repeat</span><span style="outline:2px solid #d33">numbers disagree</span></p>

            """
        let errors = results.compactMap(\.error)
        if !errors.isEmpty {
            page += "<h2>Documents that could not be read</h2>\n<ul>\n" + errors.map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
        }
        page += "<h2 id=\"pairs\">Translation pairs</h2>\n"
        page += "<p><label><input type=\"checkbox\" onchange=\"document.body.classList.toggle('findings-only', this.checked)\"> only pairs with findings</label> (pairs are listed worst first)</p>\n"
        page += "<table class=\"summary\"><thead><tr><th>document</th><th>English aligned</th><th>Arabic aligned</th><th>omitted</th><th>added</th><th>partial</th><th>numbers</th></tr></thead><tbody>\n"
        for result in pairs {
            page += HTMLReport.summaryRow(document: result.name, anchor: result.anchor ?? "", report: result.report!)
        }
        page += "</tbody></table>\n"
        try write(page)
        page = ""
        for result in pairs {
            guard let section = result.section else { continue }
            try file.write(bytes: try TextInput.readBytes(section))
            FileSystem.removeTree(section)
        }
        page += "<h2 id=\"documents\">Documents</h2>\n<table><thead><tr><th>document</th><th>versions</th><th>names found</th><th>notes</th></tr></thead><tbody>\n"
        for result in results {
            let names = result.observations.forms.values.reduce(0) { $0 + $1.count }
            page += "<tr><td>\(h(result.name))</td><td>\(result.languages.joined(separator: ", "))</td><td>\(names)</td><td class=\"note\">\((result.notices + [result.error].compactMap { $0 }).map(h).joined(separator: "<br>"))</td></tr>\n"
        }
        page += "</tbody></table>\n<h2 id=\"glossary\">Glossary</h2>\n" + HTMLReport.glossaryTable(glossary)
        page += "<p class=\"note\">Made by muqabala. Machine-readable files are beside this page: summary.json, glossary.json/.tsv/.tbx, pairs/.</p>\n</body>\n</html>\n"
        try write(page)
        try file.close()
    }

    private func summaryJSON(_ results: [DocumentResult], _ summary: Summary) -> String {
        var documents: [String] = []
        for result in results {
            var fields: [(String, String)] = [("name", JSON.string(result.name)), ("versions", JSON.array(result.languages))]
            if let report = result.report {
                let c = report.coverage
                fields += [("english_sentence_share", JSON.number(c.englishSentenceShare)),
                           ("arabic_sentence_share", JSON.number(c.arabicSentenceShare)),
                           ("omissions", String(report.omissions.count)), ("additions", String(report.additions.count)),
                           ("partials", String(report.partials.count)), ("inconsistencies", String(report.inconsistencies.count))]
            }
            if let error = result.error { fields.append(("error", JSON.string(error))) }
            if !result.notices.isEmpty { fields.append(("notes", JSON.array(result.notices))) }
            documents.append("    " + JSON.object(fields))
        }
        return "{\n  \"documents\": [\n" + documents.joined(separator: ",\n") + "\n  ],\n  \"glossary\": "
            + JSON.object([("entries", String(summary.entries)), ("new", String(summary.newEntries))]) + "\n}\n"
    }
}
