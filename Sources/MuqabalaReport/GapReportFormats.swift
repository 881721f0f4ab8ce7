import Foundation
import MuqabalaText
import MuqabalaIO

/// Output formats of a gap report.
public enum GapReportFormat: String, CaseIterable, Sendable {
    /// Readable text for a terminal.
    case text
    /// Markdown, for a ticket or a review.
    case markdown
    /// JSON, for programs.
    case json
}

extension GapReport {
    /// Renders the report.
    public func render(_ format: GapReportFormat) -> String {
        switch format {
        case .text: return text()
        case .markdown: return markdown()
        case .json: return json()
        }
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    static func clip(_ text: String, _ limit: Int = 160) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private func coverageLines() -> [String] {
        let c = coverage
        return [
            "English: \(c.englishAligned)/\(c.englishSentences) sentences (\(Self.percent(c.englishSentenceShare))), "
                + "\(c.englishAlignedCharacters)/\(c.englishCharacters) characters (\(Self.percent(c.englishCharacterShare))) have an Arabic counterpart",
            "Arabic:  \(c.arabicAligned)/\(c.arabicSentences) sentences (\(Self.percent(c.arabicSentenceShare))), "
                + "\(c.arabicAlignedCharacters)/\(c.arabicCharacters) characters (\(Self.percent(c.arabicCharacterShare))) have an English counterpart",
        ]
    }

    private func where_(_ gap: Gap) -> String {
        let side = gap.side == .english ? "EN" : "AR"
        let sentences = gap.sentences.count == 1 ? "sentence \(gap.sentences[0] + 1)" : "sentences \(gap.sentences[0] + 1)–\(gap.sentences.last! + 1)"
        return "\(side) line \(gap.line), \(sentences)"
    }

    /// Plain text for the terminal.
    public func text() -> String {
        var out = "Translation gaps: \(english) ↔ \(arabic)\n\n"
        out += "Coverage\n" + coverageLines().map { "  " + $0 }.joined(separator: "\n") + "\n"
        func gaps(_ title: String, _ list: [Gap]) {
            out += "\n\(title) (\(list.count))\n"
            if list.isEmpty { out += "  none\n" }
            for gap in list {
                out += "  \(where_(gap)), confidence \(JSON.number(gap.confidence)):\n"
                out += "    \(Self.clip(gap.text))\n"
                if let before = gap.before { out += "    preceded by: \(Self.clip(before.english, 70)) ↔ \(Self.clip(before.arabic, 70))\n" }
                if let after = gap.after { out += "    followed by: \(Self.clip(after.english, 70)) ↔ \(Self.clip(after.arabic, 70))\n" }
            }
        }
        gaps("Omitted from the Arabic: English sentences with no counterpart", omissions)
        gaps("Added in the Arabic: Arabic sentences with no counterpart", additions)
        out += "\nPartial translations (\(partials.count))\n"
        if partials.isEmpty { out += "  none\n" }
        for partial in partials {
            let lacking = partial.side == .english ? "the Arabic lacks" : "the Arabic adds"
            out += "  EN sentence \(partial.englishSentences.map { String($0 + 1) }.joined(separator: ",")) ↔ AR sentence \(partial.arabicSentences.map { String($0 + 1) }.joined(separator: ","))"
            out += " (confidence \(JSON.number(partial.confidence)), lengths \(JSON.number(partial.lengthResidual))σ apart)\n"
            if let missing = partial.missing { out += "    \(lacking): \(Self.clip(missing, 200))\n" }
            if !partial.anchors.isEmpty { out += "    only on one side: \(partial.anchors.joined(separator: ", "))\n" }
            out += "    EN: \(Self.clip(partial.englishText))\n    AR: \(Self.clip(partial.arabicText))\n"
        }
        out += "\nNumbers and dates that disagree (\(inconsistencies.count))\n"
        if inconsistencies.isEmpty { out += "  none\n" }
        for item in inconsistencies {
            out += "  EN sentence \(item.englishSentences.map { String($0 + 1) }.joined(separator: ",")): \(item.englishOnly.joined(separator: ", "))"
            out += "  ≠  AR sentence \(item.arabicSentences.map { String($0 + 1) }.joined(separator: ",")): \(item.arabicOnly.joined(separator: ", "))\n"
            out += "    EN: \(Self.clip(item.englishText))\n    AR: \(Self.clip(item.arabicText))\n"
        }
        if let line = heldBackLine() { out += "\n\(line)\n" }
        if !setAside.isEmpty || !notices.isEmpty {
            out += "\nSet aside (not counted as gaps)\n"
            for note in notices { out += "  \(note)\n" }
            for gap in setAside where gap.reason == .boilerplate {
                out += "  \(where_(gap)), web boilerplate: \(Self.clip(gap.text, 100))\n"
            }
            let repeats = setAside.filter { $0.reason == .repeat }.count
            if repeats > 0 { out += "  \(repeats) sentences repeat the document's own body (not aligned)\n" }
        }
        return out
    }

    /// One sentence on the flags held back under ``minimumConfidence``, or nil when none were.
    func heldBackLine() -> String? {
        guard heldBack.total > 0 else { return nil }
        let parts = [(heldBack.omissions, "omitted"), (heldBack.additions, "added"),
                     (heldBack.partials, "partial"), (heldBack.inconsistencies, "number or date")]
            .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
        let flags = heldBack.total == 1 ? "flag" : "flags"
        return "Held back: \(heldBack.total) \(flags) with confidence below \(JSON.number(minimumConfidence)) "
            + "(\(parts.joined(separator: ", "))), likely false alarms; --all lists them."
    }

    /// Markdown, with tables.
    public func markdown() -> String {
        func cell(_ text: String, _ limit: Int = 200) -> String {
            Self.clip(text, limit).replacing("|", with: "\\|").replacing("\n", with: " ")
        }
        var out = "# Translation gaps: `\(english)` ↔ `\(arabic)`\n\n## Coverage\n\n"
        out += "| side | sentences | characters |\n|---|---|---|\n"
        out += "| English | \(coverage.englishAligned)/\(coverage.englishSentences) (\(Self.percent(coverage.englishSentenceShare))) | \(coverage.englishAlignedCharacters)/\(coverage.englishCharacters) (\(Self.percent(coverage.englishCharacterShare))) |\n"
        out += "| Arabic | \(coverage.arabicAligned)/\(coverage.arabicSentences) (\(Self.percent(coverage.arabicSentenceShare))) | \(coverage.arabicAlignedCharacters)/\(coverage.arabicCharacters) (\(Self.percent(coverage.arabicCharacterShare))) |\n"
        func gaps(_ title: String, _ list: [Gap]) {
            out += "\n## \(title) (\(list.count))\n\n"
            if list.isEmpty { out += "None.\n"; return }
            out += "| where | sentence | confidence | preceded by (EN ↔ AR) |\n|---|---|---|---|\n"
            for gap in list {
                let after = gap.before.map { "\(cell($0.english, 60)) ↔ \(cell($0.arabic, 60))" } ?? "(start)"
                out += "| \(where_(gap)) | \(cell(gap.text)) | \(JSON.number(gap.confidence)) | \(after) |\n"
            }
        }
        gaps("Omitted from the Arabic", omissions)
        gaps("Added in the Arabic", additions)
        out += "\n## Partial translations (\(partials.count))\n\n"
        if partials.isEmpty { out += "None.\n" } else {
            out += "| English | Arabic | one side only | confidence |\n|---|---|---|---|\n"
            for partial in partials {
                let missing = (partial.side == .english ? "Arabic lacks: " : "Arabic adds: ") + (partial.missing.map { "“\(cell($0))”" } ?? "content")
                let anchors = partial.anchors.isEmpty ? "" : " (\(partial.anchors.joined(separator: ", ")))"
                out += "| \(cell(partial.englishText)) | \(cell(partial.arabicText)) | \(missing)\(anchors) | \(JSON.number(partial.confidence)) |\n"
            }
        }
        out += "\n## Numbers and dates that disagree (\(inconsistencies.count))\n\n"
        if inconsistencies.isEmpty { out += "None.\n" } else {
            out += "| English | Arabic | English only | Arabic only |\n|---|---|---|---|\n"
            for item in inconsistencies {
                out += "| \(cell(item.englishText)) | \(cell(item.arabicText)) | \(item.englishOnly.joined(separator: ", ")) | \(item.arabicOnly.joined(separator: ", ")) |\n"
            }
        }
        if let line = heldBackLine() { out += "\n\(line)\n" }
        if !notices.isEmpty || !setAside.isEmpty {
            out += "\n## Set aside\n\n"
            for note in notices { out += "- \(cell(note, 300))\n" }
            for gap in setAside where gap.reason == .boilerplate { out += "- \(where_(gap)), web boilerplate: \(cell(gap.text, 120))\n" }
        }
        return out
    }

    /// JSON (pretty-printed, keys sorted), with coverage shares included.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension GapReport.Coverage {
    enum ShareKeys: String, CodingKey {
        case englishSentenceShare, arabicSentenceShare, englishCharacterShare, arabicCharacterShare
    }

    enum CodingKeys: String, CodingKey {
        case englishSentences, englishAligned, arabicSentences, arabicAligned
        case englishCharacters, englishAlignedCharacters, arabicCharacters, arabicAlignedCharacters
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(englishSentences, forKey: .englishSentences)
        try container.encode(englishAligned, forKey: .englishAligned)
        try container.encode(arabicSentences, forKey: .arabicSentences)
        try container.encode(arabicAligned, forKey: .arabicAligned)
        try container.encode(englishCharacters, forKey: .englishCharacters)
        try container.encode(englishAlignedCharacters, forKey: .englishAlignedCharacters)
        try container.encode(arabicCharacters, forKey: .arabicCharacters)
        try container.encode(arabicAlignedCharacters, forKey: .arabicAlignedCharacters)
        var shares = encoder.container(keyedBy: ShareKeys.self)
        try shares.encode((englishSentenceShare * 1000).rounded() / 1000, forKey: .englishSentenceShare)
        try shares.encode((arabicSentenceShare * 1000).rounded() / 1000, forKey: .arabicSentenceShare)
        try shares.encode((englishCharacterShare * 1000).rounded() / 1000, forKey: .englishCharacterShare)
        try shares.encode((arabicCharacterShare * 1000).rounded() / 1000, forKey: .arabicCharacterShare)
    }
}
