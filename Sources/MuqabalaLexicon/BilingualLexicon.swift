import CZlib
import MuqabalaText

/// An Arabic → English word lexicon: Arabic word forms (`search`-normalized, without the
/// article) mapped to English stems (``EnglishWordForm/stem(_:)``).
///
/// Built from Debian's FreeDict dictionaries (`dict-freedict-ara-eng` and
/// `dict-freedict-eng-ara`, read at run time where installed), from explicit pairs (a
/// glossary), or both merged.
public struct BilingualLexicon: Sendable {
    /// Arabic form → English stems.
    public private(set) var entries: [String: [String]]
    /// Every English stem the lexicon knows (to tell dictionary words from names).
    public private(set) var englishStems: Set<String>

    public init(entries: [String: [String]] = [:]) {
        self.entries = entries
        self.englishStems = Set(entries.values.joined())
    }

    /// A lexicon from (English word, Arabic word) pairs.
    public init(pairs: [(english: String, arabic: String)]) {
        self.init()
        for (english, arabic) in pairs { add(english: english, arabic: arabic) }
    }

    public var isEmpty: Bool { entries.isEmpty }
    public var count: Int { entries.count }

    /// Adds a translation; both sides are normalized here.
    public mutating func add(english: String, arabic: String) {
        add(stem: EnglishWordForm.stem(english), folded: Normalizer.search.normalize(arabic))
    }

    /// Adds a translation from an English stem and a `search`-normalized Arabic word.
    mutating func add(stem: String, folded arabic: String) {
        guard stem.count >= 2 else { return }
        let key = ArabicWordForm.withoutProclitics(arabic)
        guard key.count >= 2 else { return }
        if entries[key]?.contains(stem) != true { entries[key, default: []].append(stem) }
        englishStems.insert(stem)
    }

    /// Adds every entry of another lexicon.
    public mutating func merge(_ other: BilingualLexicon) {
        for (key, stems) in other.entries {
            for stem in stems where entries[key]?.contains(stem) != true { entries[key, default: []].append(stem) }
        }
        englishStems.formUnion(other.englishStems)
    }

    /// English stems for an Arabic word (any normalization; clitics are tried off).
    public func englishStems(forArabic word: String) -> [String] {
        let normalized = Normalizer.search.normalize(word)
        for form in ArabicWordForm.lookupForms(normalized) {
            if let stems = entries[form] { return stems }
            if form.hasPrefix("ال"), let stems = entries[String(form.dropFirst(2))] { return stems }
        }
        return []
    }

    // MARK: FreeDict

    /// Where Debian installs the dictd databases.
    public static let defaultDictionaryDirectory = "/usr/share/dictd"

    /// The FreeDict lexicon if the Debian packages are installed, else nil. Loaded once per process.
    public static let installedFreeDict: BilingualLexicon? = try? freeDict(directory: defaultDictionaryDirectory)

    /// Reads `freedict-ara-eng` and `freedict-eng-ara` from a dictd directory.
    /// - Throws: ``LexiconError`` when the files are missing or unreadable.
    public static func freeDict(directory: String) throws(LexiconError) -> BilingualLexicon {
        var lexicon = BilingualLexicon()
        let araEng = try DictdDatabase(directory: directory, name: "freedict-ara-eng")
        var stems: [String: String] = [:]   // English word → stem, computed once
        func stem(_ word: String) -> String {
            if let known = stems[word] { return known }
            let value = EnglishWordForm.stem(word)
            stems[word] = value
            return value
        }
        for entry in araEng.entries() {
            guard let arabic = singleWord(entry.headword) else { continue }
            let folded = Normalizer.search.normalize(arabic)
            for definition in entry.definitions {
                for english in contentWords(definition, maxWords: 3) { lexicon.add(stem: stem(english), folded: folded) }
            }
        }
        let engAra = try DictdDatabase(directory: directory, name: "freedict-eng-ara")
        for entry in engAra.entries() {
            guard let english = singleWord(entry.headword), english.unicodeScalars.allSatisfy({ $0.isASCII }) else { continue }
            let englishStem = stem(english)
            for definition in entry.definitions {
                for piece in definition.split(whereSeparator: { $0 == "،" || $0 == "," || $0 == "-" || $0 == "؛" }) {
                    for arabic in contentWords(String(piece), maxWords: 2) { lexicon.add(stem: englishStem, folded: arabic) }
                }
            }
        }
        return lexicon
    }

    /// The headword if it is one word.
    private static func singleWord(_ text: String) -> String? {
        let words = text.split(separator: " ")
        return words.count == 1 ? String(words[0]) : nil
    }

    /// The content words of a short definition (longer ones explain rather than translate),
    /// `search`-normalized.
    private static func contentWords(_ text: String, maxWords: Int) -> [String] {
        let words = text.split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty, words.count <= maxWords else { return [] }
        return words.map { Normalizer.search.normalize(String($0)) }.filter { folded in
            folded.count >= 2 && !EnglishWordForm.isStopword(folded) && !ArabicWordForm.isStopword(folded)
        }
    }
}

/// Why a lexicon could not be read.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// A dictd database: a `.index` (headword, base64 offset, base64 length) and a gzip'd `.dict`.
struct DictdDatabase {
    struct Entry {
        var headword: String
        var definitions: [String]
    }

    let index: [UInt8]
    let data: [UInt8]

    init(directory: String, name: String) throws(LexiconError) {
        func read(_ path: String) throws(LexiconError) -> [UInt8] {
            var bytes: [UInt8] = []
            do {
                try TextInput.forEachChunk(of: path) { bytes.append(contentsOf: $0) }
            } catch {
                throw LexiconError(description: "\(path): cannot read (\(error))")
            }
            return bytes
        }
        index = try read("\(directory)/\(name).index")
        let compressed = try read("\(directory)/\(name).dict.dz")
        var output: UnsafeMutablePointer<UInt8>?
        var length = 0
        let status = compressed.withUnsafeBufferPointer { mq_gunzip($0.baseAddress, $0.count, &output, &length) }
        guard status == 0, let output else {
            throw LexiconError(description: "\(directory)/\(name).dict.dz: cannot decompress (zlib \(status))")
        }
        data = Array(UnsafeBufferPointer(start: output, count: length))
        mq_free(output)
    }

    /// dictd's base64 digits.
    private static let digits: [UInt8: Int] = {
        var table: [UInt8: Int] = [:]
        for (k, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { table[c] = k }
        return table
    }()

    private static func number(_ field: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in field {
            guard let digit = digits[byte] else { return nil }
            value = value * 64 + digit
        }
        return value
    }

    /// Every entry, skipping the database's own metadata entries (00database…).
    func entries() -> [Entry] {
        var result: [Entry] = []
        for line in index.split(separator: 0x0A) {
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            guard fields.count >= 3, let offset = Self.number(fields[1]), let length = Self.number(fields[2]),
                  offset + length <= data.count else { continue }
            let headword = String(decoding: fields[0], as: UTF8.self)
            if headword.hasPrefix("00database") || headword.hasPrefix("00-database") { continue }
            let body = String(decoding: data[offset..<(offset + length)], as: UTF8.self)
            var lines = body.split(separator: "\n").map(String.init)
            guard !lines.isEmpty else { continue }
            lines.removeFirst()   // "headword /pronunciation/"
            let definitions = lines.map { line -> String in
                // Strip "1. " numbering.
                if let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty {
                    return String(line[line.index(after: dot)...]).trimmingPrefix(" ").description
                }
                return line
            }
            result.append(Entry(headword: headword, definitions: definitions))
        }
        return result
    }
}
