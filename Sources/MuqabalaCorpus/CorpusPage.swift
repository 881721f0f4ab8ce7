import MuqabalaGlossary
import MuqabalaReport
import MuqabalaText
import MuqabalaIO

/// The corpus report's page (`index.html`) and `summary.json`, written from the documents'
/// records, their pair sections and the glossary.
enum CorpusPage {
    static let h = HTMLReport.h
    static let percent = HTMLReport.percent

    /// Writes the page; pairs are listed worst first (most findings, then lowest coverage,
    /// then name), each pair's section read through `section` as it is written.
    static func write(_ records: [DocumentRecord], glossary: Glossary, to path: String,
                      section: (DocumentRecord) throws -> [UInt8]) throws {
        let file = try FileWriter(path)
        let pairs = records.filter { $0.pair != nil }.sorted { a, b in
            let (x, y) = (a.pair!, b.pair!)
            if x.findings != y.findings { return x.findings > y.findings }
            if x.minimum != y.minimum { return x.minimum < y.minimum }
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
            <p>\(CorpusReport.count(records.count, "document")), \(CorpusReport.count(pairs.count, "translation pair")), \(CorpusReport.count(glossary.entries.count, "glossary entry", "glossary entries")) (\(glossary.entries.filter(\.isNew).count) new).
            <a href="#pairs">Pairs</a> · <a href="#documents">Documents</a> · <a href="#glossary">Glossary</a></p>
            <p class="legend"><span style="background:#fde2e1">no counterpart</span><span style="background:#fff4d6">partial translation (<mark>missing part</mark>)</span><span style="background:#f0f0f0">boilerplate or repeat</span><span style="outline:2px solid #d33">numbers disagree</span></p>

            """
        let errors = records.compactMap(\.error)
        if !errors.isEmpty {
            page += "<h2>Documents that could not be read</h2>\n<ul>\n" + errors.map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
        }
        page += "<h2 id=\"pairs\">Translation pairs</h2>\n"
        page += "<p><label><input type=\"checkbox\" onchange=\"document.body.classList.toggle('findings-only', this.checked)\"> only pairs with findings</label> (pairs are listed worst first)</p>\n"
        page += "<table class=\"summary\"><thead><tr><th>document</th><th>English aligned</th><th>Arabic aligned</th><th>omitted</th><th>added</th><th>partial</th><th>numbers</th></tr></thead><tbody>\n"
        for record in pairs { page += summaryRow(record) }
        page += "</tbody></table>\n"
        try file.write(page)
        for record in pairs { try file.write(bytes: try section(record)) }
        page = "<h2 id=\"documents\">Documents</h2>\n<table><thead><tr><th>document</th><th>versions</th><th>names found</th><th>notes</th></tr></thead><tbody>\n"
        for record in records {
            page += "<tr><td>\(h(record.name))</td><td>\(record.versions.joined(separator: ", "))</td><td>\(record.names)</td><td class=\"note\">\((record.notes + [record.error].compactMap { $0 }).map(h).joined(separator: "<br>"))</td></tr>\n"
        }
        page += "</tbody></table>\n<h2 id=\"glossary\">Glossary</h2>\n" + HTMLReport.glossaryTable(glossary)
        page += "<p class=\"note\">Made by muqabala. Machine-readable files are beside this page: summary.json, glossary.json/.tsv/.tbx, pairs/.</p>\n</body>\n</html>\n"
        try file.write(page)
        try file.close()
    }

    /// A row of the pair summary table.
    static func summaryRow(_ record: DocumentRecord) -> String {
        guard let c = record.pair else { return "" }
        let classes = (c.minimum < GapReport.lowCoverage ? ["low"] : []) + (c.findings == 0 ? ["clean"] : [])
        let attribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        return "<tr\(attribute)><td><a href=\"#\(h(record.anchor))\">\(h(record.name))</a></td><td>\(percent(c.englishSentenceShare))</td><td>\(percent(c.arabicSentenceShare))</td>"
            + "<td>\(c.omissions)</td><td>\(c.additions)</td><td>\(c.partials)</td><td>\(c.inconsistencies)</td></tr>\n"
    }

    /// `summary.json`: coverage and gap counts per document, errors, notes, glossary counts.
    static func summaryJSON(_ records: [DocumentRecord], _ summary: CorpusReport.Summary) -> String {
        var documents: [String] = []
        for record in records {
            var fields: [(String, String)] = [("name", JSON.string(record.name)), ("versions", JSON.array(record.versions))]
            if let c = record.pair {
                fields += [("english_sentence_share", JSON.number(c.englishSentenceShare)),
                           ("arabic_sentence_share", JSON.number(c.arabicSentenceShare)),
                           ("omissions", String(c.omissions)), ("additions", String(c.additions)),
                           ("partials", String(c.partials)), ("inconsistencies", String(c.inconsistencies))]
            }
            if let error = record.error { fields.append(("error", JSON.string(error))) }
            if !record.notes.isEmpty { fields.append(("notes", JSON.array(record.notes))) }
            documents.append("    " + JSON.object(fields))
        }
        return "{\n  \"documents\": [\n" + documents.joined(separator: ",\n") + "\n  ],\n  \"glossary\": "
            + JSON.object([("entries", String(summary.entries)), ("new", String(summary.newEntries))]) + "\n}\n"
    }
}
