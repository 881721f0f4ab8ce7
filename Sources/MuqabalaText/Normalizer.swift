import MuqabalaICU

/// A named list of normalization steps.
public enum NormalizationProfile: String, CaseIterable, Sendable, Codable {
    /// Only what never changes meaning: format controls, tatweel, NFC. For showing text to people.
    case display
    /// CAMeL-Tools-style orthographic folding of Arabic plus Latin case and diacritic folding.
    /// For search indexes: two spellings a reader would call the same letters fold together.
    case search
    /// `search`, then apostrophes removed, punctuation turned into spaces and spaces collapsed.
    /// The matching key the aligner and the glossary compare.
    case key

    /// The steps of the profile, in the order they apply.
    public var steps: [NormalizationStep] {
        switch self {
        case .display:
            return [.removeDirectionControls, .removeTatweel, .nfc]
        case .search:
            return [
                .removeFormatControls, .arabicPresentationForms, .removeTatweel,
                .removeTashkeel, .removeQuranicMarks, .foldPersianLetters, .foldAlef,
                .foldAlefMaqsura, .foldTaMarbuta, .foldHamzaCarriers, .arabicDigits,
                .arabicPunctuation, .foldSpaces, .foldDashes, .foldQuotes, .caseFold,
                .removeLatinDiacritics,
            ]
        case .key:
            return NormalizationProfile.search.steps + [
                .removeApostrophes, .punctuationToSpace, .collapseWhitespace,
            ]
        }
    }
}

/// Which script's steps a normalizer applies.
public enum NormalizationLanguage: String, CaseIterable, Sendable, Codable {
    /// Arabic text: Latin-only steps (case folding, Latin diacritics, apostrophes) are skipped.
    case arabic = "ar"
    /// English text: Arabic-only steps are skipped.
    case english = "en"
    /// Mixed or unknown: every step applies (each only touches its own script's characters).
    case auto

    func includes(_ step: NormalizationStep) -> Bool {
        switch (self, step.script) {
        case (.auto, _), (_, .any): return true
        case (.arabic, .arabic), (.english, .latin): return true
        default: return false
        }
    }
}

/// A compiled normalizer: a profile (or any list of steps) turned into a lookup table.
///
/// Build one once and reuse it: building costs a few milliseconds (the table covers the
/// whole Basic Multilingual Plane); normalizing then runs at memory speed. Values are
/// immutable and safe to share between tasks.
///
/// ```swift
/// let key = Normalizer(profile: .key)
/// key.normalize("Abu Ala’ al-Wala’i")   // "abu ala al walai"
/// ```
public struct Normalizer: Sendable {
    /// The steps this normalizer applies, in order (after language filtering).
    public let steps: [NormalizationStep]
    let table: ScalarTable

    /// Compiles the steps of `profile` for `language`.
    public init(profile: NormalizationProfile, language: NormalizationLanguage = .auto) {
        self.init(steps: profile.steps, language: language)
    }

    /// Compiles an arbitrary list of steps.
    public init(steps: [NormalizationStep], language: NormalizationLanguage = .auto) {
        let kept = steps.filter { language.includes($0) }
        self.steps = kept
        self.table = ScalarTable(steps: kept)
    }

    /// Whether the steps include NFC (which needs whole lines, see `NormalizationStream`).
    public var composes: Bool { steps.contains(.nfc) }

    /// Normalizes a string. Line structure is kept; CRLF and lone CR become LF.
    public func normalize(_ text: String) -> String {
        var stream = NormalizationStream(normalizer: self, rejectNUL: false)
        var output: [UInt8] = []
        // A Swift String is valid UTF-8, so the stream cannot fail here.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            try? stream.process(bytes, into: &output)
        }
        if done == nil {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { try? stream.process($0, into: &output) }
        }
        try? stream.finish(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// The shared, lazily built normalizers of the three profiles (mixed-language).
    public static let display = Normalizer(profile: .display)
    public static let search = Normalizer(profile: .search)
    public static let key = Normalizer(profile: .key)
}

/// The per-scalar steps of a normalizer, composed and tabulated.
///
/// For every BMP scalar the table holds `identity`, `delete`, or the UTF-8 bytes of its
/// replacement (in `pool`). Scalars beyond the BMP are rare and mapped on demand.
final class ScalarTable: Sendable {
    static let identity: UInt32 = 0
    static let delete: UInt32 = 1

    /// For ASCII input: the output byte, or one of the `ascii*` codes below.
    let ascii: [UInt8]
    static let asciiDelete: UInt8 = 0xFF
    static let asciiNewline: UInt8 = 0xFE
    static let asciiReturn: UInt8 = 0xFD
    static let asciiNUL: UInt8 = 0xFC
    static let asciiExpand: UInt8 = 0xFB

    /// For BMP scalars: identity, delete, or `(offset + 2) << 8 | length` into `pool`.
    let entries: [UInt32]
    let pool: [UInt8]
    let scalarSteps: [NormalizationStep]
    let collapsesWhitespace: Bool

    init(steps: [NormalizationStep]) {
        let scalarSteps = steps.filter { !$0.isLineLevel }
        self.scalarSteps = scalarSteps
        self.collapsesWhitespace = steps.contains(.collapseWhitespace)
        // Compiled before by this build of the tool: read it back (a quarter of a megabyte).
        let cache = ScalarTable.cachePath(scalarSteps)
        if let cache, let stored = ScalarTable.read(cache) {
            (ascii, entries, pool) = stored
            return
        }
        var entries = [UInt32](repeating: ScalarTable.identity, count: 0x10000)
        var pool: [UInt8] = []
        var ascii = [UInt8](repeating: 0, count: 128)
        for v in 0..<0x80 { ascii[v] = UInt8(v) }
        // Only scalars some step may change need the steps run on them; a replacement may
        // bring scalars later steps change, which `apply` follows.
        var candidates = [Bool](repeating: false, count: 0x10000)
        for step in scalarSteps { step.candidates(into: &candidates) }
        let scalars = (0..<UInt32(0x10000)).compactMap { candidates[Int($0)] ? Unicode.Scalar($0) : nil }
        // The ICU-backed steps, computed for all candidates in one call each (by step position).
        let batched = scalarSteps.map { $0.usesICU ? $0.batchMap(scalars) : nil }
        for scalar in scalars {
            let v = scalar.value
            guard let mapped = ScalarTable.apply(scalarSteps, to: scalar, batched: batched) else { continue }
            let bytes = Array(mapped.utf8)
            if v < 0x80 {
                if bytes.isEmpty { ascii[Int(v)] = ScalarTable.asciiDelete }
                else if bytes.count == 1 { ascii[Int(v)] = bytes[0] }
                else { ascii[Int(v)] = ScalarTable.asciiExpand }
            }
            if bytes.isEmpty {
                entries[Int(v)] = ScalarTable.delete
            } else {
                precondition(bytes.count < 256, "replacement too long")
                entries[Int(v)] = UInt32(pool.count + 2) << 8 | UInt32(bytes.count)
                pool.append(contentsOf: bytes)
            }
        }
        ascii[0x0A] = ScalarTable.asciiNewline
        ascii[0x0D] = ScalarTable.asciiReturn
        ascii[0x00] = ScalarTable.asciiNUL
        self.entries = entries
        self.pool = pool
        self.ascii = ascii
        if let cache { ScalarTable.write(ascii: ascii, entries: entries, pool: pool, to: cache) }
    }

    // MARK: The compiled-table cache

    static let cacheMagic: [UInt8] = Array("MQNT\u{0}\u{0}\u{0}\u{1}".utf8)

    /// Where a table for these steps is cached: keyed by the steps, the ICU version and the
    /// executable (its size and time: a rebuild may change Swift's Unicode data). Nil when
    /// no cache folder can be used.
    static func cachePath(_ steps: [NormalizationStep]) -> String? {
        guard let folder = DataFiles.cacheDirectory() else { return nil }
        var key: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) { for byte in text.utf8 { key = (key ^ UInt64(byte)) &* 0x100_0000_01b3 } }
        mix(steps.map(\.rawValue).joined(separator: ","))
        mix(ICU.version)
        mix(DataFiles.executableFingerprint())
        return folder + "/normalizer-\(String(key, radix: 16)).bin"
    }

    /// A cached table, or nil if there is none or it is damaged.
    static func read(_ path: String) -> (ascii: [UInt8], entries: [UInt32], pool: [UInt8])? {
        guard let data = DataFiles.readAll(path), data.count >= 8 + 128 + 0x10000 * 4 + 4,
              data.prefix(8).elementsEqual(cacheMagic) else { return nil }
        return data.withUnsafeBytes { raw in
            let ascii = Array(raw[8..<136])
            var entries = [UInt32](repeating: 0, count: 0x10000)
            entries.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[136..<(136 + 0x40000)])) }
            let poolCount = Int(raw.loadUnaligned(fromByteOffset: 136 + 0x40000, as: UInt32.self))
            let poolStart = 136 + 0x40000 + 4
            guard poolStart + poolCount == raw.count else { return nil }
            let pool = Array(raw[poolStart...])
            // Every entry must point inside the pool.
            for e in entries where e > ScalarTable.delete {
                if Int(e >> 8) - 2 + Int(e & 0xFF) > pool.count { return nil }
            }
            return (ascii, entries, pool)
        }
    }

    static func write(ascii: [UInt8], entries: [UInt32], pool: [UInt8], to path: String) {
        var bytes = cacheMagic + ascii
        entries.withUnsafeBytes { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(pool.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes += pool
        DataFiles.writeWhole(bytes, to: path)
        DataFiles.removeStale(prefix: "normalizer-", in: DataFiles.parent(path), olderThanDays: 7)
    }

    /// Runs the per-scalar steps on one scalar; nil if nothing changed.
    static func apply(_ steps: [NormalizationStep], to scalar: Unicode.Scalar,
                      batched: [[UInt32: ScalarMapping]?] = []) -> String? {
        func map(_ k: Int, _ s: Unicode.Scalar) -> ScalarMapping {
            (k < batched.count ? batched[k]?[s.value] : nil) ?? steps[k].map(s)
        }
        // Fast path: most scalars pass every step unchanged.
        var first = 0
        while first < steps.count, map(first, scalar) == .keep { first += 1 }
        if first == steps.count { return nil }
        var current: [Unicode.Scalar] = [scalar]
        var changed = false
        for k in first..<steps.count {
            var next: [Unicode.Scalar] = []
            for s in current {
                switch map(k, s) {
                case .keep: next.append(s)
                case .delete: changed = true
                case .replace(let text):
                    changed = true
                    next.append(contentsOf: text.unicodeScalars)
                }
            }
            current = next
        }
        guard changed else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: current)
        return text == String(scalar) ? nil : text
    }

    /// The replacement of a scalar beyond the BMP, computed on demand.
    func astral(_ scalar: Unicode.Scalar) -> String? {
        ScalarTable.apply(scalarSteps, to: scalar)
    }
}

extension Normalizer {
    /// A 64-bit FNV-1a hash of the normalized form of one token, computed from its UTF-8
    /// bytes without building strings (spaces the normalization produces are skipped).
    /// Two tokens with the same normalized form hash the same; use it to look words up
    /// at memory speed (`Canonicalizer` does). Invalid UTF-8 hashes the raw bytes.
    public func hash(token bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ byte: UInt8) {
            if byte != 0x20 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let ascii = table.ascii, entries = table.entries, pool = table.pool
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let m = ascii[Int(b)]
                if m < 0x80 { mix(m) } else if m == ScalarTable.asciiExpand {
                    let e = entries[Int(b)], offset = Int(e >> 8) - 2
                    for k in 0..<Int(e & 0xFF) { mix(pool[offset + k]) }
                }
                i += 1
                continue
            }
            let length = ScalarDecoding.sequenceLength(b)
            guard length > 0, i + length <= n, let v = ScalarDecoding.decode(bytes, at: i, length: length) else {
                mix(b); i += 1; continue
            }
            if v < 0x10000 {
                let e = entries[Int(v)]
                if e == ScalarTable.identity {
                    for k in 0..<length { mix(bytes[i + k]) }
                } else if e != ScalarTable.delete {
                    let offset = Int(e >> 8) - 2
                    for k in 0..<Int(e & 0xFF) { mix(pool[offset + k]) }
                }
            } else {
                for k in 0..<length { mix(bytes[i + k]) }
            }
            i += length
        }
        return hash
    }
}
