import MuqabalaAlign
import MuqabalaGlossary
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

/// The single-page HTML report: pieces written as the corpus is processed, joined at the end.
public enum HTMLReport {
    package static func h(_ text: String) -> String { XML.escape(text) }

    package static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// The section of one translation pair: coverage, then the aligned sentences side by
    /// side (Arabic right to left), with gaps and partial translations marked.
    public static func pairSection(_ alignment: Alignment, report: GapReport, document: String, anchor: String) -> String {
        let c = report.coverage
        let clean = report.findings == 0
        var out = "<details class=\"pair\(clean ? " clean" : "")\" id=\"\(h(anchor))\"\(clean ? "" : " open")>\n"
        out += "<summary><b>\(h(document))</b> — English \(percent(c.englishSentenceShare)), Arabic \(percent(c.arabicSentenceShare)) of sentences aligned; "
        out += "\(report.omissions.count) omitted, \(report.additions.count) added, \(report.partials.count) partial, \(report.inconsistencies.count) number/date disagreements"
        if report.heldBack.total > 0 { out += " (\(report.heldBack.total) more held back: confidence below \(JSON.number(report.minimumConfidence)))" }
        out += "</summary>\n"
        for note in report.notices { out += "<p class=\"note\">\(h(note))</p>\n" }
        // Each finding the report lists links to its row of the side-by-side table.
        let disagreements = Set(report.inconsistencies.map(\.englishSentences))
        let omitted = Set(report.omissions.flatMap(\.sentences)), added = Set(report.additions.flatMap(\.sentences))
        let partials = Set(report.partials.map(\.englishSentences))
        /// Whether the report lists the bead (nil: the bead is no gap or partial at all).
        func isListed(_ bead: Bead) -> Bool? {
            if !bead.flags.isEmpty { return nil }
            if bead.ar.isEmpty { return bead.en.allSatisfy(omitted.contains) }
            if bead.en.isEmpty { return bead.ar.allSatisfy(added.contains) }
            if bead.kind == .partial { return partials.contains(bead.en) }
            return nil
        }
        let findingRows = alignment.beads.indices.filter { k in
            let bead = alignment.beads[k]
            return isListed(bead) == true || (!bead.en.isEmpty && disagreements.contains(bead.en))
        }
        if !findingRows.isEmpty {
            out += "<p class=\"findings\">Findings: " + findingRows.map { "<a href=\"#\(h(anchor))-\($0 + 1)\">\($0 + 1)</a>" }.joined(separator: " ") + "</p>\n"
        }
        out += "<table class=\"alignment\">\n<thead><tr><th>#</th><th>English</th><th lang=\"ar\" dir=\"rtl\">العربية</th><th>bead</th></tr></thead>\n<tbody>\n"
        for (k, bead) in alignment.beads.enumerated() {
            var english = h(alignment.englishText(bead)), arabic = h(alignment.arabicText(bead))
            var classes = [bead.kind.rawValue] + bead.flags.map(\.rawValue)
            if let missing = bead.missing, let text = missing.text {
                // Mark the span the other side lacks.
                if missing.side == .english { english = english.replacing(h(text), with: "<mark>\(h(text))</mark>") }
                else { arabic = arabic.replacing(h(text), with: "<mark>\(h(text))</mark>") }
            }
            if disagreements.contains(bead.en) && !bead.en.isEmpty { classes.append("disagree") }
            let label: String
            switch bead.kind {
            case .match: label = "match"
            case .partial: label = bead.missing?.side == .english ? "partial: Arabic lacks the marked part" : "partial: Arabic adds the marked part"
            case .enOnly: label = bead.flags.contains(.repeat) ? "repeat of the body" : bead.flags.contains(.boilerplate) ? "boilerplate" : "omitted in Arabic"
            case .arOnly: label = bead.flags.contains(.repeat) ? "repeat of the body" : bead.flags.contains(.boilerplate) ? "boilerplate" : "added in Arabic"
            }
            var heldBack = ""
            if isListed(bead) == false { classes.append("held"); heldBack = " (held back: low confidence)" }
            out += "<tr class=\"\(classes.joined(separator: " "))\" id=\"\(h(anchor))-\(k + 1)\"><td class=\"n\">\(k + 1)</td>"
            out += "<td class=\"en\" lang=\"en\">\(english)</td><td class=\"ar\" lang=\"ar\" dir=\"rtl\">\(arabic)</td>"
            out += "<td class=\"kind\">\(h(label + heldBack))<br><span class=\"score\">\(JSON.number(bead.score))</span></td></tr>\n"
        }
        out += "</tbody></table>\n"
        if !report.inconsistencies.isEmpty {
            out += "<p class=\"note\">Numbers or dates that disagree: "
            out += report.inconsistencies.map { "English \(h($0.englishOnly.joined(separator: ", "))) ≠ Arabic \(h($0.arabicOnly.joined(separator: ", ")))" }.joined(separator: "; ")
            out += "</p>\n"
        }
        return out + "</details>\n"
    }

    /// The glossary table: canonical forms, type, every spelling with its count, documents.
    public static func glossaryTable(_ glossary: Glossary) -> String {
        var out = "<table class=\"glossary\">\n<thead><tr><th>English</th><th lang=\"ar\" dir=\"rtl\">العربية</th><th>type</th><th>spellings seen</th><th>documents</th><th>status</th></tr></thead>\n<tbody>\n"
        for entry in glossary.entries {
            let variants = entry.variants.map { v -> String in
                let text = v.script == .arabic ? "<bdi lang=\"ar\" dir=\"rtl\">\(h(v.form))</bdi>" : "<bdi>\(h(v.form))</bdi>"
                return "\(text)&nbsp;×\(v.count)"
            }.joined(separator: ", ")
            let documents = Set(entry.variants.flatMap(\.documents)).sorted()
            out += "<tr id=\"entry-\(h(entry.id))\"><td>\(h(entry.english ?? ""))\(entry.acronyms.isEmpty ? "" : " <span class=\"acr\">(\(h(entry.acronyms.joined(separator: ", "))))</span>")</td>"
            out += "<td lang=\"ar\" dir=\"rtl\">\(h(entry.arabic ?? ""))</td><td>\(entry.kind?.rawValue ?? "")</td>"
            out += "<td class=\"variants\">\(variants)</td><td class=\"docs\">\(documents.map(h).joined(separator: "<br>"))</td>"
            out += "<td>\(entry.isNew ? "<span class=\"new\">new</span>" : "curated") \(JSON.number(entry.confidence))</td></tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    public static let styles = """
        body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; margin: 1.5rem; color: #1d1d1f; line-height: 1.45; }
        h1 { font-size: 1.5rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
        th, td { border: 1px solid #ddd; padding: .35rem .5rem; vertical-align: top; text-align: start; }
        th { background: #f3f3f5; }
        td.ar, [dir=rtl] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-size: 1.05rem; }
        td.ar { text-align: right; } td.n { color: #888; width: 2rem; } td.kind { width: 9rem; font-size: .8rem; color: #555; }
        .score { color: #999; }
        tr.en-only td.en, tr.ar-only td.ar { background: #fde2e1; }
        tr.partial td { background: #fff4d6; } mark { background: #ffc96b; }
        tr.boilerplate td, tr.repeat td, tr.boilerplate td.en, tr.boilerplate td.ar, tr.repeat td.en, tr.repeat td.ar { background: #f0f0f0; color: #777; }
        tr.disagree td { outline: 2px solid #d33; }
        tr.held td, tr.held td.en, tr.held td.ar { background: #f7f7f7; }
        tr.low td { background: #fff1f0; }
        .findings-only .clean { display: none; }
        p.findings a { margin-right: .3rem; }
        details.pair { margin: .8rem 0; } details.pair summary { cursor: pointer; padding: .3rem 0; }
        .note { color: #8a5300; font-size: .9rem; } .new { color: #0a6d2b; font-weight: bold; } .acr { color: #666; }
        .legend span { display: inline-block; padding: .1rem .4rem; margin-right: .4rem; border: 1px solid #ddd; }
        td.variants { max-width: 28rem; } td.docs { font-size: .8rem; color: #555; }
        """
}
