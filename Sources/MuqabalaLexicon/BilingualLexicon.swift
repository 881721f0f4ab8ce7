import CZlib
import Foundation
import MuqabalaText
import MuqabalaIO

/// The Arabic–English lexicon the aligner and the glossary read: layers of ``LexiconFile``s
/// (Debian's FreeDict dictionaries compiled once, the learned model the project ships, a
/// user's own translation memory), looked up together.
///
/// Arabic words are read through the project's `ArabicWordModel`: وبالمدرسة is looked up as
/// مدرسة, its pronoun suffixes and plural endings are tried off, and the layers' word counts
/// are the model's evidence of which readings are words. English words are compared as
/// ``EnglishWordForm/stem(_:)``s.
public struct BilingualLexicon: Sendable {
    /// The lexicon files, in lookup order.
    public let layers: [LexiconFile]
    /// Translations weaker than this are ignored (dictionary translations weigh 1; learned
    /// ones their probability).
    public var minimumWeight: Float

    public init(layers: [LexiconFile], minimumWeight: Float = 0.1) {
        self.layers = layers
        self.minimumWeight = minimumWeight
    }

    /// A lexicon that knows nothing.
    public static let empty = BilingualLexicon(layers: [])

    /// A lexicon from (English word, Arabic word) pairs, held in memory.
    public init(pairs: [(english: String, arabic: String)], name: String = "word pairs") {
        var writer = LexiconFileWriter(description: .init(name: name))
        for (english, arabic) in pairs { Self.addDictionaryPair(english: english, arabic: arabic, to: &writer) }
        self.init(layers: [try! LexiconFile(bytes: writer.bytes())])
    }

    /// This lexicon with another lexicon's layers after its own.
    public func adding(_ other: BilingualLexicon) -> BilingualLexicon {
        BilingualLexicon(layers: layers + other.layers, minimumWeight: minimumWeight)
    }

    public var isEmpty: Bool { layers.allSatisfy { $0.wordCount(.arabic) == 0 } }
    /// The number of Arabic words over all layers.
    public var count: Int { layers.reduce(0) { $0 + $1.wordCount(.arabic) } }

    /// The word model reading Arabic with this lexicon's word counts as evidence.
    public var wordModel: ArabicWordModel { ArabicWordModel(vocabulary: self) }

    // MARK: Lookup

    /// Plural and dual endings tried off a stem, with what they leave (ات → ة, written ه).
    static let inflectionEndings: [(String, String)] = [
        ("ات", "ه"), ("ون", ""), ("ين", ""), ("ان", ""), ("يه", ""), ("ه", ""), ("ي", ""), ("ا", ""),
    ]

    /// The `search`-normalized stems to look an Arabic word up by, most likely first: the
    /// word model's best reading, then the grammar's other readings, each also without a
    /// plural or dual ending.
    package func lookupForms(_ word: String) -> [String] {
        let folded = Normalizer.search.normalize(ArabicScript.letters(word))
        var readings = ArabicClitics.analyses(of: folded, enclitics: true)
        if let best = wordModel.best(of: readings, word: folded, document: nil, isFolded: true)?.articleSplit,
           let k = readings.firstIndex(of: best), k > 0 {
            readings.remove(at: k)
            readings.insert(best, at: 0)
        }
        var forms: [String] = []
        // Forms are compared byte-wise: they are all in one normalization.
        func add(_ form: String) {
            if form.unicodeScalars.count >= 2, !forms.contains(where: { $0.utf8.elementsEqual(form.utf8) }) { forms.append(form) }
        }
        for reading in readings { for form in Self.inflectedForms(ofStem: reading.stem) { add(form) } }
        return forms
    }

    /// A stem (`search`-normalized, no clitics) and the same stem without a plural or dual
    /// ending (ديانات → ديانه, مهندسون → مهندس): the forms to look it up by, as it stands.
    package static func inflectedForms(ofStem stem: String) -> [String] {
        var forms = [stem]
        let utf8 = stem.utf8
        for (ending, replacement) in inflectionEndings where utf8.count > ending.utf8.count && utf8.reversed().starts(with: ending.utf8.reversed()) {
            let base = String(stem.unicodeScalars.dropLast(ending.unicodeScalars.count))
            if base.unicodeScalars.count >= 3 { forms.append(base + replacement) }
        }
        return forms
    }

    /// English stems an Arabic word may translate to, with weights, strongest first: those of
    /// its first lookup form any layer knows.
    /// - Parameters:
    ///   - word: an Arabic word, in any normalization; clitics are read off.
    ///   - readingVerbs: when nothing else translates the word, read it as an imperfect verb
    ///     too, in the third person and without its prefix (أتوقف → يتوقف, توقف). The aligner
    ///     does; the glossary does not, since names would read as verbs (أحمد as يحمد, "praises").
    public func translations(ofArabic word: String, readingVerbs: Bool = false) -> [(stem: String, weight: Float)] {
        // Most words are looked up as they stand (a stem the lexicon lists): no readings needed.
        let folded = Normalizer.search.normalize(ArabicScript.letters(word))
        let direct = translations(ofForm: folded)
        if !direct.isEmpty { return direct }
        let forms = lookupForms(word)
        for form in forms where form != folded {
            let found = translations(ofForm: form)
            if !found.isEmpty { return found }
        }
        guard readingVerbs else { return [] }
        for form in forms.prefix(1).flatMap(Self.imperfectVerbForms) {
            let found = translations(ofForm: form)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// A stem (`search`-normalized) read as an imperfect verb, in the forms dictionaries and
    /// text list most: the third person (أتوقف, نتوقف, تتوقف → يتوقف) and the stem without
    /// its prefix (→ توقف). None for a stem of fewer than four letters or with no such prefix.
    package static func imperfectVerbForms(_ stem: String) -> [String] {
        guard stem.unicodeScalars.count >= 4, let first = stem.unicodeScalars.first, "اتني".unicodeScalars.contains(first) else { return [] }
        let bare = String(stem.unicodeScalars.dropFirst())
        return first == "ي" ? [bare] : ["ي" + bare, bare]
    }

    /// The translations of one `search`-normalized form, over all layers, strongest first
    /// (the form as it stands: no clitics are read off).
    package func translations(ofForm form: String) -> [(stem: String, weight: Float)] {
        var found: [(stem: String, weight: Float)] = []
        var layersFound = 0
        for layer in layers {
            guard let index = layer.index(of: form, side: .arabic) else { continue }
            layersFound += 1
            for (target, weight) in layer.translations(of: index, side: .arabic) where weight >= minimumWeight {
                let stem = layer.word(target, side: .english)
                // Stems are unique within a layer: only a second layer can repeat one.
                if layersFound > 1, let k = found.firstIndex(where: { $0.stem.utf8.elementsEqual(stem.utf8) }) {
                    found[k].weight = max(found[k].weight, weight)
                } else {
                    found.append((stem, weight))
                }
            }
        }
        // Byte order breaks ties: deterministic, and far cheaper than String's Unicode-aware order.
        found.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.stem.utf8.lexicographicallyPrecedes($1.stem.utf8) }
        return found
    }

    /// English stems for an Arabic word (any normalization; clitics are read off).
    public func englishStems(forArabic word: String, readingVerbs: Bool = false) -> [String] {
        translations(ofArabic: word, readingVerbs: readingVerbs).map(\.stem)
    }

    /// Arabic stems (`search`-normalized, without article) an English word may translate to.
    public func arabicStems(forEnglish word: String) -> [(stem: String, weight: Float)] {
        let stem = EnglishWordForm.stem(word)
        var found: [String: Float] = [:]
        for layer in layers {
            guard let index = layer.index(of: stem, side: .english) else { continue }
            for (target, weight) in layer.translations(of: index, side: .english) where weight >= minimumWeight {
                let arabic = layer.word(target, side: .arabic)
                found[arabic] = max(found[arabic] ?? 0, weight)
            }
        }
        return found.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Whether some layer translates an English word (``arabicStems(forEnglish:)`` is not empty).
    public func hasArabicTranslation(forEnglish word: String) -> Bool {
        let stem = EnglishWordForm.stem(word)
        return layers.contains { layer in
            guard let index = layer.index(of: stem, side: .english) else { return false }
            return layer.translations(of: index, side: .english).contains { $0.weight >= minimumWeight }
        }
    }

    /// How often the layers saw an English word form with some evidence.
    public func evidence(_ kind: LexiconFile.WordEvidence, ofEnglish word: String) -> Int {
        layers.reduce(0) { $0 + $1.evidence(kind, ofEnglish: word) }
    }

    /// Whether an English word is a common word rather than a name: written in lowercase in
    /// text and not capitalized inside sentences three times as often (Chris is capitalized;
    /// formal text's "the Government" stays common); or, never seen in lowercase, a dictionary
    /// headword that is neither a word of people's names nor ever capitalized inside a
    /// sentence (dictionaries list mitch, mcconnell and belgium too; "republican" is common).
    public func isCommonEnglishWord(_ word: String) -> Bool {
        let lowercase = evidence(.lowercase, ofEnglish: word)
        if lowercase > 0 { return evidence(.capitalized, ofEnglish: word) < 3 * lowercase }
        return evidence(.headword, ofEnglish: word) > 0 && !isNameWord(word) && evidence(.capitalized, ofEnglish: word) == 0
    }

    /// Whether an English word is a common word or the plural of one (States: capitalized in
    /// United States, but "state" is common).
    public func isCommonEnglishWordOrPlural(_ word: String) -> Bool {
        if isCommonEnglishWord(word) { return true }
        guard word.count > 3, word.hasSuffix("s") else { return false }
        if isCommonEnglishWord(String(word.dropLast())) { return true }   // cobras
        let lower = word.lowercased()
        if lower.hasSuffix("ies"), word.count > 4 { return isCommonEnglishWord(String(word.dropLast(3)) + "y") }   // autopsies
        if ["ses", "xes", "zes", "ches", "shes"].contains(where: { lower.hasSuffix($0) }) {
            return isCommonEnglishWord(String(word.dropLast(2)))   // foxes, churches
        }
        return false
    }

    /// Whether an English word is a word of people's names (Chris, Bill, Lindsey).
    public func isNameWord(_ word: String) -> Bool {
        evidence(.nameWord, ofEnglish: word) > 0
    }

    // MARK: Building

    /// Adds a dictionary translation: the Arabic side without its article, both normalized.
    static func addDictionaryPair(english: String, arabic: String, to writer: inout LexiconFileWriter) {
        let stem = EnglishWordForm.stem(english)
        var folded = Normalizer.search.normalize(ArabicScript.letters(arabic))
        if folded.hasPrefix("ال"), folded.unicodeScalars.count >= 4 { folded = String(folded.unicodeScalars.dropFirst(2)) }
        guard stem.count >= 2, folded.unicodeScalars.count >= 2 else { return }
        writer.add(folded, side: .arabic)
        writer.add(stem, side: .english, count: 0)
        writer.addTranslation(folded, side: .arabic, to: stem, weight: 1)
        writer.addTranslation(stem, side: .english, to: folded, weight: 1)
    }

    // MARK: FreeDict

    /// Where Debian installs the dictd databases.
    public static let defaultDictionaryDirectory = "/usr/share/dictd"
    static let freeDictNames = ["freedict-ara-eng", "freedict-eng-ara"]

    /// Whether FreeDict's Arabic–English dictionaries are in `directory`.
    public static func hasFreeDict(directory: String = defaultDictionaryDirectory) -> Bool {
        freeDictNames.allSatisfy { DataFiles.exists("\(directory)/\($0).index") && DataFiles.exists("\(directory)/\($0).dict.dz") }
    }

    /// FreeDict compiled to a lexicon file: from the cache when the dictionaries have not
    /// changed since it was compiled, else compiled now (about 2 s) and cached.
    /// - Parameter cache: the cache folder (nil: compile in memory, every time).
    /// - Throws: ``LexiconError`` when the dictionaries are missing or unreadable.
    package static func compiledFreeDict(directory: String = defaultDictionaryDirectory,
                                        cache: String? = DataFiles.cacheDirectory()) throws(LexiconError) -> LexiconFile {
        // The cache key: the sources' sizes and times, and this reader's format.
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        for name in freeDictNames {
            for suffix in [".index", ".dict.dz"] {
                var info = stat()
                guard stat("\(directory)/\(name)\(suffix)", &info) == 0 else {
                    throw LexiconError(description: "\(directory)/\(name)\(suffix): missing; install dict-freedict-ara-eng and dict-freedict-eng-ara (scripts/setup)")
                }
                for value in [UInt64(info.st_size), UInt64(info.st_mtim.tv_sec), UInt64(info.st_mtim.tv_nsec), Self.freeDictFormat] {
                    for shift in stride(from: 0, to: 64, by: 8) { key = (key ^ (value >> UInt64(shift) & 0xFF)) &* 0x100_0000_01b3 }
                }
            }
        }
        let cached = cache.map { "\($0)/freedict-ara-eng-\(String(key, radix: 16)).mqlx" }
        if let cached, DataFiles.exists(cached), let file = try? LexiconFile(path: cached) { return file }
        let bytes = try freeDict(directory: directory).bytes()
        if let cached, (try? AtomicFile.write(bytes, to: cached)) != nil, let file = try? LexiconFile(path: cached) {
            // Caches of dictionaries or formats since replaced are of no use any more.
            if let cache, let names = try? FileManager.default.contentsOfDirectory(atPath: cache) {
                for name in names where name.hasPrefix("freedict-ara-eng-") && name.hasSuffix(".mqlx") && cache + "/" + name != cached {
                    try? FileManager.default.removeItem(atPath: cache + "/" + name)
                }
            }
            return file
        }
        return try LexiconFile(bytes: bytes)
    }

    /// Bumped when ``freeDict(directory:)`` compiles differently, so caches are rebuilt.
    static let freeDictFormat: UInt64 = 5

    /// Reads `freedict-ara-eng` and `freedict-eng-ara` from a dictd directory into a lexicon.
    /// - Throws: ``LexiconError`` when the files are missing or unreadable.
    package static func freeDict(directory: String) throws(LexiconError) -> LexiconFileWriter {
        var writer = LexiconFileWriter(description: .init(
            name: "FreeDict Arabic-English and English-Arabic (Debian dict-freedict-ara-eng, dict-freedict-eng-ara)",
            sources: freeDictNames.map { "\(directory)/\($0)" },
            notes: "Read from the installed dictionaries; GPL-licensed data, not shipped with Muqabala."))
        let araEng = try DictdDatabase(directory: directory, name: "freedict-ara-eng")
        for entry in araEng.entries() {
            guard let arabic = singleWord(entry.headword) else { continue }
            for definition in entry.definitions {
                for english in contentWords(definition, maxWords: 3) { addDictionaryPair(english: english, arabic: arabic, to: &writer) }
            }
        }
        let engAra = try DictdDatabase(directory: directory, name: "freedict-eng-ara")
        for entry in engAra.entries() {
            guard let english = singleWord(entry.headword), english.unicodeScalars.allSatisfy({ $0.isASCII }) else { continue }
            if english.first?.isLowercase == true { writer.add(.headword, english: english) }
            for definition in entry.definitions {
                for piece in definition.split(whereSeparator: { $0 == "،" || $0 == "," || $0 == "-" || $0 == "؛" }) {
                    for arabic in contentWords(String(piece), maxWords: 2) { addDictionaryPair(english: english, arabic: arabic, to: &writer) }
                }
            }
        }
        return writer
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

    // MARK: The standard lexicon

    /// The shipped learned model's path inside the data folder.
    public static let learnedModelPath = "Data/lexicon/ar-en.mqlx"

    /// The standard lexicon: FreeDict where installed (compiled once and cached), then the
    /// learned model the project ships, then `extra` lexicon files (a user's own).
    /// - Parameters:
    ///   - extra: lexicon files to add on top (a user's own, from `muqabala lexicon train`).
    ///   - freeDict: false leaves the FreeDict layer out (to compare).
    ///   - learned: false leaves the learned layer out (to compare).
    ///   - freeDictDirectory: where the dictd files are installed.
    ///   - note: told about a missing part (the lexicon works without it, less well).
    /// - Throws: ``LexiconError`` for an `extra` file that cannot be read.
    public static func standard(extra: [String] = [], freeDict: Bool = true, learned: Bool = true,
                                freeDictDirectory: String = defaultDictionaryDirectory,
                                note: (String) -> Void = { _ in }) throws(LexiconError) -> BilingualLexicon {
        var layers: [LexiconFile] = []
        if freeDict {
            if hasFreeDict(directory: freeDictDirectory) {
                do { layers.append(try compiledFreeDict(directory: freeDictDirectory)) } catch { note("\(error)") }
            } else {
                note("FreeDict is not installed in \(freeDictDirectory) (scripts/setup installs it); the lexicon has the learned model only")
            }
        }
        if learned {
            if let path = DataFiles.path(learnedModelPath) {
                do { layers.append(try LexiconFile(path: path)) } catch { note("\(error)") }
            } else {
                note("the learned lexicon \(learnedModelPath) was not found (set MUQABALA_DATA to the folder holding Data/)")
            }
        }
        for path in extra { layers.append(try LexiconFile(path: path)) }
        return BilingualLexicon(layers: layers)
    }
}

extension BilingualLexicon: ArabicAttestation {
    /// How often a `search`-normalized Arabic form is attested over all layers.
    public func count(ofFolded form: String) -> Int {
        var total = 0
        for layer in layers { if let index = layer.index(of: form, side: .arabic) { total += layer.count(index, side: .arabic) } }
        return total
    }
}

/// Why a lexicon could not be read.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(description: String) { self.description = description }
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
            guard let digit = digits[byte], value < Int.max / 64 else { return nil }
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
                  offset <= data.count, length <= data.count - offset else { continue }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
