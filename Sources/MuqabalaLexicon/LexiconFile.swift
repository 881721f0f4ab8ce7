#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MuqabalaText
import MuqabalaIO

/// A lexicon in Muqabala's binary format (`.mqlx`), memory-mapped: opening one costs
/// microseconds whatever its size, and processes share its pages.
///
/// It holds two word tables, Arabic forms (`search`-normalized letters, without clitics or
/// article) and English stems (``EnglishWordForm/stem(_:)``), each word with a count (how
/// often it is attested) and weighted translations into the other table, plus a JSON
/// description of where the data came from.
///
/// Layout (little-endian): the 8-byte magic `MQLX\0\0\0\1`, a `UInt32` section count and
/// padding, then per section a 4-byte tag, a `UInt32` length and a `UInt64` offset. Sections:
/// `META` (JSON), `STRS` (UTF-8 words), `AWRD`/`EWRD` (words: string offset and length, count,
/// first translation and number of translations, 5 × `UInt32`), `AHSH`/`EHSH` (open-addressing
/// hash tables of word index + 1, FNV-1a 64 of the bytes, linear probing), `A2E`/`E2A`
/// (translations: target word index `UInt32`, weight `Float32`, best first).
/// Immutable after opening (read-only memory), so it is safe to share between tasks.
public final class LexiconFile: @unchecked Sendable {
    /// Where the data came from: a description, sources with their licences, how it was built.
    public struct Description: Codable, Sendable, Equatable {
        public var name: String
        public var sources: [String]
        public var notes: String

        public init(name: String, sources: [String] = [], notes: String = "") {
            self.name = name
            self.sources = sources
            self.notes = notes
        }
    }

    /// One side's word table.
    public enum Side: Sendable { case arabic, english }

    static let magic: [UInt8] = [0x4D, 0x51, 0x4C, 0x58, 0, 0, 0, 1]   // "MQLX" format 1

    private let storage: Storage
    /// The file the lexicon was read from (empty for one built in memory).
    public let path: String
    public let description: Description
    let strings: UnsafeRawBufferPointer
    let arabicWords: UnsafeRawBufferPointer
    let englishWords: UnsafeRawBufferPointer
    let arabicHash: UnsafeRawBufferPointer
    let englishHash: UnsafeRawBufferPointer
    let arabicToEnglish: UnsafeRawBufferPointer
    let englishToArabic: UnsafeRawBufferPointer

    /// Opens and maps a lexicon file.
    /// - Throws: ``LexiconError`` when the file cannot be read or is not a valid lexicon.
    public convenience init(path: String) throws(LexiconError) {
        try self.init(storage: try Storage(mapping: path), path: path)
    }

    /// Reads a lexicon from bytes (as ``LexiconFileWriter`` produces them).
    public convenience init(bytes: [UInt8]) throws(LexiconError) {
        try self.init(storage: Storage(copying: bytes), path: "")
    }

    private init(storage: Storage, path: String) throws(LexiconError) {
        self.storage = storage
        self.path = path
        let name = path.isEmpty ? "<lexicon>" : path
        func fail(_ reason: String) -> LexiconError { LexiconError(description: "\(name): \(reason)") }
        let data = storage.bytes
        guard data.count >= 16, data.prefix(8).elementsEqual(Self.magic) else {
            throw fail("not a Muqabala lexicon (.mqlx) of this version; rebuild it with `muqabala lexicon train`")
        }
        let count = Int(data.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard count < 64, 16 + count * 16 <= data.count else { throw fail("corrupt section table") }
        var sections: [String: UnsafeRawBufferPointer] = [:]
        for k in 0..<count {
            let base = 16 + k * 16
            let tag = String(decoding: UnsafeRawBufferPointer(rebasing: data[base..<(base + 4)]), as: UTF8.self)
            let length = Int(data.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self))
            let offset = Int(data.loadUnaligned(fromByteOffset: base + 8, as: UInt64.self))
            guard offset >= 0, length >= 0, offset <= data.count, length <= data.count - offset else {
                throw fail("section \(tag) lies outside the file")
            }
            sections[tag] = UnsafeRawBufferPointer(rebasing: data[offset..<(offset + length)])
        }
        func section(_ tag: String, stride: Int) throws(LexiconError) -> UnsafeRawBufferPointer {
            guard let s = sections[tag], s.count % stride == 0 else { throw fail("section \(tag) is missing or corrupt") }
            return s
        }
        strings = try section("STRS", stride: 1)
        arabicWords = try section("AWRD", stride: 20)
        englishWords = try section("EWRD", stride: 20)
        arabicHash = try section("AHSH", stride: 4)
        englishHash = try section("EHSH", stride: 4)
        arabicToEnglish = try section("A2E ", stride: 8)
        englishToArabic = try section("E2A ", stride: 8)
        let meta = try section("META", stride: 1)
        guard let parsed = try? JSONCoding.decode(Description.self, from: Array(meta)) else { throw fail("unreadable META section") }
        description = parsed
        // Every reference must point inside its table: a damaged file fails here, not later.
        for (words, postings, targets) in [(arabicWords, arabicToEnglish, englishWords), (englishWords, englishToArabic, arabicWords)] {
            for w in 0..<(words.count / 20) {
                let offset = Int(Self.load(words, w * 5)), length = Int(Self.load(words, w * 5 + 1))
                let first = Int(Self.load(words, w * 5 + 3)), n = Int(Self.load(words, w * 5 + 4))
                guard length > 0, offset + length <= strings.count, first + n <= postings.count / 8 else {
                    throw fail("word \(w) points outside the file")
                }
                for p in first..<(first + n) where Int(Self.load(postings, p * 2)) >= targets.count / 20 {
                    throw fail("translation \(p) points outside the word table")
                }
            }
        }
        for (hash, words) in [(arabicHash, arabicWords), (englishHash, englishWords)] {
            guard hash.count / 4 >= 1, (hash.count / 4) & (hash.count / 4 - 1) == 0 else { throw fail("hash table size is not a power of two") }
            for k in 0..<(hash.count / 4) where Int(Self.load(hash, k)) > words.count / 20 { throw fail("hash slot \(k) points outside the word table") }
        }
    }

    @inline(__always) static func load(_ buffer: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        buffer.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)
    }

    /// The number of words on a side.
    package func wordCount(_ side: Side) -> Int { (side == .arabic ? arabicWords : englishWords).count / 20 }

    /// A word's text.
    package func word(_ index: Int, side: Side) -> String {
        let table = side == .arabic ? arabicWords : englishWords
        let offset = Int(Self.load(table, index * 5)), length = Int(Self.load(table, index * 5 + 1))
        return String(decoding: UnsafeRawBufferPointer(rebasing: strings[offset..<(offset + length)]), as: UTF8.self)
    }

    /// How often a word is attested in the data the lexicon was built from.
    package func count(_ index: Int, side: Side) -> Int {
        Int(Self.load(side == .arabic ? arabicWords : englishWords, index * 5 + 2))
    }

    /// The index of a word (Arabic: `search`-normalized letters; English: a stem), or nil.
    package func index(of word: String, side: Side) -> Int? {
        var word = word
        return word.withUTF8 { index(ofBytes: $0, side: side) }
    }

    /// ``index(of:side:)`` on UTF-8 bytes.
    package func index(ofBytes bytes: UnsafeBufferPointer<UInt8>, side: Side) -> Int? {
        guard !bytes.isEmpty else { return nil }
        let (hash, table) = side == .arabic ? (arabicHash, arabicWords) : (englishHash, englishWords)
        let mask = hash.count / 4 - 1
        var slot = Int(truncatingIfNeeded: Self.fnv(bytes)) & mask
        while true {
            let entry = Int(Self.load(hash, slot))
            if entry == 0 { return nil }
            let w = entry - 1
            let offset = Int(Self.load(table, w * 5)), length = Int(Self.load(table, w * 5 + 1))
            if length == bytes.count, memcmp(strings.baseAddress! + offset, bytes.baseAddress!, length) == 0 { return w }
            slot = (slot + 1) & mask
        }
    }

    /// The translations of a word into the other side, best first.
    package func translations(of index: Int, side: Side) -> [(word: Int, weight: Float)] {
        let (table, postings) = side == .arabic ? (arabicWords, arabicToEnglish) : (englishWords, englishToArabic)
        let first = Int(Self.load(table, index * 5 + 3)), n = Int(Self.load(table, index * 5 + 4))
        return (first..<(first + n)).map { p in
            (Int(Self.load(postings, p * 2)), postings.loadUnaligned(fromByteOffset: p * 8 + 4, as: Float.self))
        }
    }

    /// What the data says of an English word form (not its stem: Tim is not "time"), kept in
    /// the English table under marked keys.
    public enum WordEvidence: String, CaseIterable, Sendable {
        /// Seen written in lowercase in text: a common word.
        case lowercase = "="
        /// A lowercase dictionary headword (dictionaries list some names so: mitch, belgium).
        case headword = "%"
        /// Seen capitalized inside a sentence: a name.
        case capitalized = "^"
        /// A word of people's names (from a name list).
        case nameWord = "@"
    }

    /// How often an English word form (any case) has the given evidence in the data.
    public func evidence(_ kind: WordEvidence, ofEnglish word: String) -> Int {
        index(of: kind.rawValue + word.lowercased(), side: .english).map { count($0, side: .english) } ?? 0
    }

    /// FNV-1a, 64 bits.
    @inline(__always) static func fnv(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The bytes behind a lexicon: a read-only memory map, or a copy in memory.
    private final class Storage: @unchecked Sendable {
        let base: UnsafeMutableRawPointer?
        let length: Int
        let mapped: Bool

        var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: length) }

        init(mapping path: String) throws(LexiconError) {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw LexiconError(description: "\(path): cannot open (\(String(cString: strerror(errno))))") }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
                throw LexiconError(description: "\(path): not a regular file")
            }
            length = Int(info.st_size)
            guard length > 0 else { throw LexiconError(description: "\(path): empty file, not a lexicon") }
            let address = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0)
            guard let address, address != MAP_FAILED else {
                throw LexiconError(description: "\(path): cannot map (\(String(cString: strerror(errno))))")
            }
            base = address
            mapped = true
        }

        init(copying bytes: [UInt8]) {
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 16)
            bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
            base = buffer
            length = bytes.count
            mapped = false
        }

        deinit {
            guard let base else { return }
            if mapped { munmap(base, length) } else { base.deallocate() }
        }
    }
}

/// Builds a ``LexiconFile``: add words with counts and translations, then write.
public struct LexiconFileWriter: Sendable {
    struct Word {
        var text: String
        var count: Int
        var translations: [(String, Float)] = []
    }

    private var words: [LexiconFile.Side: [String: Word]] = [.arabic: [:], .english: [:]]
    public var description: LexiconFile.Description

    public init(description: LexiconFile.Description) {
        self.description = description
    }

    /// Adds a word (or adds to its count).
    public mutating func add(_ word: String, side: LexiconFile.Side, count: Int = 1) {
        guard !word.isEmpty else { return }
        words[side]![word, default: Word(text: word, count: 0)].count += count
    }

    /// Records evidence about an English word form (see ``LexiconFile/evidence(_:ofEnglish:)``).
    public mutating func add(_ kind: LexiconFile.WordEvidence, english word: String, count: Int = 1) {
        add(kind.rawValue + word.lowercased(), side: .english, count: count)
    }

    /// Adds a translation of `word` into the other side, with a weight (kept best first).
    public mutating func addTranslation(_ word: String, side: LexiconFile.Side, to target: String, weight: Float) {
        guard !word.isEmpty, !target.isEmpty else { return }
        let other: LexiconFile.Side = side == .arabic ? .english : .arabic
        if words[other]![target] == nil { words[other]![target] = Word(text: target, count: 0) }
        var entry = words[side]![word] ?? Word(text: word, count: 0)
        if let k = entry.translations.firstIndex(where: { $0.0 == target }) {
            entry.translations[k].1 = max(entry.translations[k].1, weight)
        } else {
            entry.translations.append((target, weight))
        }
        words[side]![word] = entry
    }

    /// The file's bytes. Deterministic: the same content gives the same bytes.
    public func bytes() -> [UInt8] {
        var strings: [UInt8] = []
        var stringOffset: [String: Int] = [:]
        func intern(_ text: String) -> (Int, Int) {
            if let offset = stringOffset[text] { return (offset, text.utf8.count) }
            let offset = strings.count
            strings.append(contentsOf: text.utf8)
            stringOffset[text] = offset
            return (offset, text.utf8.count)
        }
        let arabic = words[.arabic]!.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let english = words[.english]!.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let arabicIndex = Dictionary(uniqueKeysWithValues: arabic.enumerated().map { ($1, $0) })
        let englishIndex = Dictionary(uniqueKeysWithValues: english.enumerated().map { ($1, $0) })
        func table(_ keys: [String], _ side: LexiconFile.Side, targets: [String: Int]) -> (words: [UInt32], postings: [UInt8]) {
            var table: [UInt32] = []
            var postings: [UInt8] = []
            for key in keys {
                let word = words[side]![key]!
                let (offset, length) = intern(key)
                let sorted = word.translations.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
                table += [UInt32(offset), UInt32(length), UInt32(min(word.count, Int(UInt32.max))),
                          UInt32(postings.count / 8), UInt32(sorted.count)]
                for (target, weight) in sorted {
                    Self.append(UInt32(targets[target]!), to: &postings)
                    Self.append(weight.bitPattern, to: &postings)
                }
            }
            return (table, postings)
        }
        let a = table(arabic, .arabic, targets: englishIndex)
        let e = table(english, .english, targets: arabicIndex)
        func hashTable(_ keys: [String]) -> [UInt32] {
            var size = 8
            while size < keys.count * 2 { size *= 2 }
            var slots = [UInt32](repeating: 0, count: size)
            for (k, key) in keys.enumerated() {
                var key = key
                var slot = Int(truncatingIfNeeded: key.withUTF8 { LexiconFile.fnv($0) }) & (size - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
                slots[slot] = UInt32(k + 1)
            }
            return slots
        }
        func raw(_ values: [UInt32]) -> [UInt8] {
            var out: [UInt8] = []
            out.reserveCapacity(values.count * 4)
            for v in values { Self.append(v, to: &out) }
            return out
        }
        let meta = (try? JSONCoding.encode(description)) ?? Array("{}".utf8)
        let sections: [(String, [UInt8])] = [
            ("META", meta), ("STRS", strings), ("AWRD", raw(a.words)), ("EWRD", raw(e.words)),
            ("AHSH", raw(hashTable(arabic))), ("EHSH", raw(hashTable(english))), ("A2E ", a.postings), ("E2A ", e.postings),
        ]
        var out = LexiconFile.magic
        Self.append(UInt32(sections.count), to: &out)
        Self.append(UInt32(0), to: &out)
        var offset = 16 + sections.count * 16
        var bodies: [UInt8] = []
        for (tag, body) in sections {
            offset += (8 - offset % 8) % 8
            out += Array(tag.utf8)
            Self.append(UInt32(body.count), to: &out)
            for shift in stride(from: 0, to: 64, by: 8) { out.append(UInt8(truncatingIfNeeded: UInt64(offset) >> UInt64(shift))) }
            bodies += [UInt8](repeating: 0, count: offset - (16 + sections.count * 16) - bodies.count)
            bodies += body
            offset += body.count
        }
        return out + bodies
    }

    static func append(_ value: UInt32, to out: inout [UInt8]) {
        for shift in [0, 8, 16, 24] { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
