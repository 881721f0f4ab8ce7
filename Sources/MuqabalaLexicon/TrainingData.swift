import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MuqabalaText
import MuqabalaIO

/// Reading what ``LexiconTrainer`` learns from: line-aligned parallel files, translation
/// memories (TMX, two-column TSV), lemma lists and name lists.
public enum TrainingData {
    /// What a file holds.
    public enum Kind: Sendable, Equatable {
        /// Sentence pairs: a TMX, or a TSV of English and Arabic columns (either order).
        case sentencePairs
        /// Lemma pairs: a TSV with the header `arabic english …` (a bilingual wordnet).
        case lemmaPairs
        /// Name words: a TSV with the header `arabic latin count`.
        case nameWords
    }

    /// Adds every training source under `path` to `trainer`:
    /// - a folder: line-aligned `NAME.en` + `NAME.ar` files anywhere below it, and the TSV files
    ///   below it (lemma pairs or name words by their header) — the layout of `../shared/corpora`;
    /// - `NAME.en` or `NAME.ar`: that line-aligned pair;
    /// - a `.tmx` file: a translation memory;
    /// - a `.tsv` file: sentence pairs, lemma pairs or name words by its header.
    /// - Throws: `TextInputError` naming the file and the problem.
    public static func add(_ path: String, to trainer: inout LexiconTrainer) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw TextInputError(source: path, problem: .unreadable("no such file or directory"))
        }
        if isDirectory.boolValue {
            let files = filesBelow(path)
            var found = false
            for pair in lineAlignedFiles(under: path, files: files) {
                try add(pair.english, to: &trainer)
                found = true
            }
            for file in files where file.hasSuffix(".tsv") || file.hasSuffix(".tmx") {
                try add(path + "/" + file, to: &trainer)
                found = true
            }
            if !found { throw TextInputError(source: path, problem: .unreadable("no training data (NAME.en + NAME.ar, .tmx or .tsv files)")) }
            return
        }
        let name = (path as NSString).lastPathComponent
        if path.hasSuffix(".en") || path.hasSuffix(".ar") {
            let base = String(path.dropLast(3))
            trainer.addSentencePairs(try lineAligned(english: base + ".en", arabic: base + ".ar"), source: (base as NSString).lastPathComponent)
        } else if path.hasSuffix(".tmx") {
            trainer.addSentencePairs(try tmx(path), source: name)
        } else {
            let (kind, rows) = try tsv(path)
            switch kind {
            case .sentencePairs: trainer.addSentencePairs(rows.map { ($0[0], $0[1]) }, source: name)
            case .lemmaPairs: trainer.addLemmaPairs(rows.map { ($0[1], $0[0]) }, source: name)
            case .nameWords: trainer.addNameWords(rows.map { ($0[0], $0[1], Int($0.count > 2 ? $0[2] : "1") ?? 1) }, source: name)
            }
        }
    }

    /// The paths (relative, sorted) of everything below a folder.
    static func filesBelow(_ folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).sorted()
    }

    /// Line-aligned file pairs below a folder: `NAME.en` + `NAME.ar` anywhere below it, and,
    /// with `documentFolders`, the `NAME/en.txt` + `NAME/ar.txt` of document folders.
    public static func lineAlignedFiles(under folder: String, documentFolders: Bool = false) -> [(english: String, arabic: String)] {
        lineAlignedFiles(under: folder, files: filesBelow(folder), documentFolders: documentFolders)
    }

    static func lineAlignedFiles(under folder: String, files: [String], documentFolders: Bool = false) -> [(english: String, arabic: String)] {
        let present = Set(files)
        var pairs: [(english: String, arabic: String)] = []
        for file in files {
            if file.hasSuffix(".en"), present.contains(String(file.dropLast(3)) + ".ar") {
                pairs.append((folder + "/" + file, folder + "/" + String(file.dropLast(3)) + ".ar"))
            } else if documentFolders, file.hasSuffix("/en.txt"), present.contains(String(file.dropLast(6)) + "ar.txt") {
                pairs.append((folder + "/" + file, folder + "/" + String(file.dropLast(6)) + "ar.txt"))
            }
        }
        return pairs
    }

    /// Sentence pairs from two line-aligned files (line i translates line i).
    public static func lineAligned(english: String, arabic: String) throws -> [(english: String, arabic: String)] {
        let (en, ar) = try lineAlignedLines(english: english, arabic: arabic)
        return zip(en, ar).filter { !$0.0.isEmpty && !$0.1.isEmpty }.map { ($0.0, $0.1) }
    }

    /// Every line of two line-aligned files, blank ones included (line i of one is line i of
    /// the other). - Throws: if a file is unreadable, in the wrong script, or the counts differ.
    package static func lineAlignedLines(english: String, arabic: String) throws -> (english: [String], arabic: [String]) {
        let en = try lines(english, expecting: .latin), ar = try lines(arabic, expecting: .arabic)
        guard en.count == ar.count else {
            throw TextInputError(source: english, problem: .unreadable("has \(en.count) lines but \(arabic) has \(ar.count): not line-aligned"))
        }
        return (en, ar)
    }

    static func lines(_ path: String, expecting script: Script) throws -> [String] {
        let text = try TextInput.readDocument(path, expecting: script)
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A TSV's kind (by its header) and rows: sentence pairs as [english, arabic] whichever
    /// order the columns are in.
    public static func tsv(_ path: String) throws -> (Kind, [[String]]) {
        var rows: [[String]] = []
        var kind: Kind = .sentencePairs
        var arabicFirst: Bool?
        var headerChecked = false
        try TextInput.forEachLine(of: path) { line, number in
            if line.isEmpty || line.hasPrefix("#") { return }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !headerChecked {
                headerChecked = true
                let header = fields.map { $0.lowercased() }
                if header.starts(with: ["arabic", "english"]) { kind = .lemmaPairs; return }
                if header.starts(with: ["arabic", "latin"]) { kind = .nameWords; return }
            }
            guard fields.count >= 2 else {
                throw TextInputError(source: path, problem: .unreadable("line \(number): expected two tab-separated columns"))
            }
            if kind == .sentencePairs {
                let firstIsArabic = ScriptCounts(fields[0]).dominant == .arabic
                if arabicFirst == nil { arabicFirst = firstIsArabic }
                rows.append(arabicFirst! ? [fields[1], fields[0]] : [fields[0], fields[1]])
            } else {
                rows.append(fields)
            }
        }
        if rows.isEmpty { throw TextInputError(source: path, problem: .empty) }
        return (kind, rows)
    }

    /// Sentence pairs of a TMX translation memory: every `<tu>` with an English and an Arabic
    /// variant (`xml:lang` en… and ar…); inline markup is dropped, its text kept.
    public static func tmx(_ path: String) throws -> [(english: String, arabic: String)] {
        let text = try TextInput.readDocument(path)
        let parser = XMLParser(data: Data(text.utf8))
        let delegate = TMXReader()
        parser.delegate = delegate
        guard parser.parse() else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            throw TextInputError(source: path, problem: .unreadable("not a readable TMX file (line \(parser.lineNumber): \(reason))"))
        }
        if delegate.pairs.isEmpty {
            throw TextInputError(source: path, problem: .unreadable("no translation units with both an English and an Arabic variant"))
        }
        return delegate.pairs
    }

    private final class TMXReader: NSObject, XMLParserDelegate {
        var pairs: [(english: String, arabic: String)] = []
        private var english: String?, arabic: String?
        private var language: String?
        private var segment: String?
        /// Depth inside inline native codes (`bpt`, `ept`, `ph`, `it`, `ut`), whose text is markup, not content.
        private var inlineCode = 0
        private static let inlineCodes: Set<String> = ["bpt", "ept", "ph", "it", "ut"]

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "tu": english = nil; arabic = nil
            case "tuv": language = (attributes["xml:lang"] ?? attributes["lang"])?.lowercased()
            case "seg": segment = ""; inlineCode = 0
            default: if Self.inlineCodes.contains(name) { inlineCode += 1 }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inlineCode == 0 { segment? += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "seg":
                let text = (segment ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
                if language?.hasPrefix("en") == true { english = text }
                if language?.hasPrefix("ar") == true { arabic = text }
                segment = nil
            case "tu":
                if let english, let arabic, !english.isEmpty, !arabic.isEmpty { pairs.append((english, arabic)) }
            default: if Self.inlineCodes.contains(name) { inlineCode -= 1 }
            }
        }
    }
}
