import MuqabalaText
import MuqabalaIO

/// One entity of the curated glossary.
public struct CuratedEntry: Equatable, Sendable, Codable {
    public var kind: EntityKind?
    /// Canonical English and Arabic forms (either may be empty).
    public var english: String
    public var arabic: String
    /// Other spellings, including translations that are not transliterations (IS / داعش).
    public var englishVariants: [String]
    public var arabicVariants: [String]
    public var acronyms: [String]
    public var note: String

    public init(kind: EntityKind?, english: String, arabic: String, englishVariants: [String] = [],
                arabicVariants: [String] = [], acronyms: [String] = [], note: String = "") {
        self.kind = kind
        self.english = english
        self.arabic = arabic
        self.englishVariants = englishVariants
        self.arabicVariants = arabicVariants
        self.acronyms = acronyms
        self.note = note
    }

    /// Every form of the entry, with its script.
    public var allForms: [(form: String, script: Script)] {
        var forms: [(String, Script)] = []
        if !english.isEmpty { forms.append((english, .latin)) }
        forms += englishVariants.map { ($0, .latin) } + acronyms.map { ($0, .latin) }
        if !arabic.isEmpty { forms.append((arabic, .arabic)) }
        forms += arabicVariants.map { ($0, .arabic) }
        return forms
    }
}

/// The curated glossary in `Glossary/glossary.tsv`: one entity per line, reviewable in a
/// text editor or a spreadsheet, diffable in version control.
///
/// Columns (tab-separated): `type  en  ar  en_variants  ar_variants  acronyms  note`.
/// Lists inside a column are separated by ` | `. Lines starting with `#` are comments.
public struct CuratedGlossary: Equatable, Sendable {
    public var entries: [CuratedEntry]

    public init(entries: [CuratedEntry] = []) {
        self.entries = entries
    }

    public static let header = "type\ten\tar\ten_variants\tar_variants\tacronyms\tnote"

    /// The curated glossary's path inside the data folder (see `DataFiles`).
    public static let shippedPath = "Glossary/glossary.tsv"

    /// Reads the TSV format.
    /// - Throws: `TextInputError` naming the file and line of a malformed record.
    public static func read(_ path: String) throws -> CuratedGlossary {
        var entries: [CuratedEntry] = []
        let name = TextInput.displayName(path)
        // Columns a line may have: the curated 7, or as many as its header names (the TSV
        // that `muqabala glossary --format tsv` writes adds status, count, confidence, documents).
        var columns = 7
        try TextInput.forEachLine(of: path) { line, number in
            func fail(_ problem: String) -> TextInputError {
                TextInputError(source: name, problem: .unusable("line \(number): \(problem)"))
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix(header) {
                columns = max(7, line.split(separator: "\t", omittingEmptySubsequences: false).count)
                return
            }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while fields.count > 7, fields.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { fields.removeLast() }
            guard fields.count >= 3 else {
                throw fail("expected at least type, en and ar separated by tabs")
            }
            guard fields.count <= columns else {
                throw fail("\(fields.count) columns, expected at most \(columns) (\(header.replacing("\t", with: ", ")))")
            }
            func list(_ k: Int) -> [String] {
                k < fields.count ? fields[k].split(separator: "|").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } : []
            }
            let kindText = fields[0].trimmingCharacters(in: .whitespaces)
            guard kindText.isEmpty || EntityKind(rawValue: kindText) != nil else {
                throw fail("unknown type '\(kindText)' (person, organization, place or other)")
            }
            let entry = CuratedEntry(
                kind: EntityKind(rawValue: kindText), english: fields[1].trimmingCharacters(in: .whitespaces),
                arabic: fields[2].trimmingCharacters(in: .whitespaces), englishVariants: list(3), arabicVariants: list(4),
                acronyms: list(5), note: fields.count > 6 ? fields[6] : "")
            guard !entry.english.isEmpty || !entry.arabic.isEmpty else {
                throw fail("an entry needs an English or an Arabic form")
            }
            // Shifted columns show as a script in the wrong column.
            for (form, column) in [(entry.english, "en")] + entry.englishVariants.map({ ($0, "en_variants") })
                where ScriptCounts(form).dominant == .arabic {
                throw fail("the \(column) column holds Arabic text (\(form)); are the columns shifted?")
            }
            for (form, column) in [(entry.arabic, "ar")] + entry.arabicVariants.map({ ($0, "ar_variants") })
                where ScriptCounts(form).dominant == .latin {
                throw fail("the \(column) column holds Latin text (\(form)); are the columns shifted?")
            }
            entries.append(entry)
        }
        return CuratedGlossary(entries: entries)
    }

    /// The TSV text of the glossary.
    public func tsv() -> String {
        var out = "# Muqabala glossary: one entity per line. Lists are separated by \" | \".\n" + Self.header + "\n"
        for e in entries {
            out += [e.kind?.rawValue ?? "", e.english, e.arabic, e.englishVariants.joined(separator: " | "),
                    e.arabicVariants.joined(separator: " | "), e.acronyms.joined(separator: " | "), e.note]
                .map { $0.replacing("\t", with: " ") }.joined(separator: "\t") + "\n"
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: CharacterClass) -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }

    enum CharacterClass { case whitespaces }
}
