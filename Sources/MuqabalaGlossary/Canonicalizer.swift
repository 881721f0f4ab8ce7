import MuqabalaText

/// Rewrites every known spelling of a name to its canonical spelling, in either script.
///
/// Matching is by whole words, compared in the `key` normalization (case, diacritics,
/// apostrophes, alef and ya forms fold), so text that only looks similar inside a longer
/// word is never touched. An Arabic proclitic (و ف ب ك ل) stays in front of the canonical
/// form (بكتائب → بـ + canonical). Acronyms match only as written (IS, not "is"). The
/// longest known spelling wins.
///
/// By default a spelling is rewritten to the canonical form of its own script, acronyms are
/// left as they are, and so are short forms that are the tail of the canonical name
/// ("Kadhimi" is not expanded to "Mustafa al-Kadhimi"); options change each.
public struct Canonicalizer: Sendable {
    /// Which canonical form a spelling becomes.
    public enum Target: String, Sendable, CaseIterable {
        /// The canonical form in the spelling's own script.
        case script
        /// Always the English canonical form.
        case english = "en"
        /// Always the Arabic canonical form.
        case arabic = "ar"
    }

    /// What to rewrite beyond spellings of the same length.
    public struct Options: Sendable {
        public var target: Target = .script
        /// Rewrite acronyms (KSS) to the full canonical name.
        public var expandAcronyms = false
        /// Rewrite one-word short forms (Kadhimi) to a longer canonical name.
        public var expandShortForms = false
        public init() {}
    }

    struct Pattern {
        /// Key hashes of the pattern's words.
        var words: [UInt64]
        /// For acronyms: the exact bytes the word must have.
        var exact: [UInt8]?
        var replacement: [UInt8]
    }

    private let patterns: [Pattern]
    /// First word's key hash → patterns, longest first.
    private let byFirstWord: [UInt64: [Int]]
    private let key = Normalizer.key
    /// How many spellings were left out because they map to two different canonical forms.
    public let ambiguous: Int

    /// Builds from (spelling, canonical) pairs.
    public init(pairs: [(spelling: String, canonical: String)]) {
        var byKey: [String: (String, Pattern)] = [:]
        var conflicts = Set<String>()
        let key = Normalizer.key
        for (spelling, canonical) in pairs {
            let words = Canonicalizer.words(of: spelling)
            guard !words.isEmpty else { continue }
            let isAcronym = words.count == 1 && spelling.count >= 2 && spelling.allSatisfy { $0.isUppercase || $0 == "." }
            let hashes = words.map { word in Array(word.utf8).withUnsafeBufferPointer { key.hash(token: $0) } }
            let id = hashes.map(String.init).joined(separator: " ") + (isAcronym ? "|" + spelling : "")
            let pattern = Pattern(words: hashes, exact: isAcronym ? Array(spelling.utf8) : nil, replacement: Array(canonical.utf8))
            if let existing = byKey[id], existing.0 != canonical { conflicts.insert(id) }
            byKey[id] = (canonical, pattern)
        }
        let kept = byKey.filter { !conflicts.contains($0.key) }.sorted { $0.key < $1.key }.map(\.value.1)
        var byFirstWord: [UInt64: [Int]] = [:]
        for (k, pattern) in kept.enumerated() { byFirstWord[pattern.words[0], default: []].append(k) }
        for (first, list) in byFirstWord { byFirstWord[first] = list.sorted { kept[$0].words.count > kept[$1].words.count } }
        self.patterns = kept
        self.byFirstWord = byFirstWord
        self.ambiguous = conflicts.count
    }

    /// Builds from the curated glossary.
    public init(curated: CuratedGlossary, options: Options = Options()) {
        self.init(pairs: curated.entries.flatMap { entry in
            Self.pairs(english: entry.english.isEmpty ? nil : entry.english, arabic: entry.arabic.isEmpty ? nil : entry.arabic,
                       latin: [entry.english] + entry.englishVariants, arabicForms: [entry.arabic] + entry.arabicVariants,
                       acronyms: entry.acronyms, options: options)
        })
    }

    /// Builds from a glossary built from texts.
    public init(glossary: Glossary, options: Options = Options()) {
        self.init(pairs: glossary.entries.flatMap { entry in
            Self.pairs(english: entry.english, arabic: entry.arabic,
                       latin: entry.variants.filter { $0.script == .latin && !entry.acronyms.contains($0.form) }.map(\.form),
                       arabicForms: entry.variants.filter { $0.script == .arabic }.map(\.form),
                       acronyms: entry.acronyms, options: options)
        })
    }

    private static func pairs(english: String?, arabic: String?, latin: [String], arabicForms: [String],
                              acronyms: [String], options: Options) -> [(spelling: String, canonical: String)] {
        let latinTarget = options.target == .arabic ? arabic : english
        let arabicTarget = options.target == .english ? english : arabic
        var result: [(String, String)] = []
        func keys(_ text: String) -> [String] { words(of: text).map { Normalizer.key.normalize($0) } }
        func add(_ forms: [String], _ target: String?) {
            guard let target else { return }
            let targetKeys = keys(target)
            for form in forms where !form.isEmpty {
                // A short form is the tail of the canonical name (Kadhimi, al-Walai).
                let formKeys = keys(form)
                let isShortForm = formKeys.count < targetKeys.count && targetKeys.suffix(formKeys.count).elementsEqual(formKeys)
                if isShortForm && !options.expandShortForms { continue }
                if form != target || options.target != .script { result.append((form, target)) }
            }
        }
        add(latin, latinTarget)
        add(arabicForms, arabicTarget)
        if options.expandAcronyms, let english { for acronym in acronyms { result.append((acronym, english)) } }
        return result
    }

    // MARK: Words

    /// Whether a scalar belongs to a word (letters, digits, combining marks, Arabic marks).
    @inline(__always)
    static func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A)
        }
        if v >= 0x0600 && v <= 0x06FF {
            switch v {
            case 0x060C, 0x061B, 0x061F, 0x066A, 0x066B, 0x066C, 0x066D, 0x06D4, 0x0600...0x0605, 0x0609...0x060D:
                return false
            default: return true
            }
        }
        if (0x00C0...0x024F).contains(v) { return v != 0xD7 && v != 0xF7 }
        if (0x0300...0x036F).contains(v) || (0x1E00...0x1EFF).contains(v) || (0x0750...0x077F).contains(v)
            || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v) || v == 0x200C || v == 0x200D {
            return true
        }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// Apostrophes inside a word (Wala’i, Kata'ib) belong to it.
    @inline(__always)
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0x02BC || v == 0x2018 }

    /// Between two words of one name: spaces, hyphens, no-break spaces.
    @inline(__always)
    static func isJoiner(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x2D || v == 0xA0 || v == 0x2010 || v == 0x2011 || isApostrophe(v)   // Ala’ al-Wala’i
    }

    static func words(of text: String) -> [String] {
        var result: [String] = []
        Array(text.utf8).withUnsafeBufferPointer { bytes in
            for span in wordSpans(bytes) { result.append(String(decoding: bytes[span.start..<span.end], as: UTF8.self)) }
        }
        return result
    }

    struct Span {
        var start: Int
        var end: Int
        /// Only joiners (spaces, hyphens) between this word and the previous one.
        var joined: Bool
    }

    static func wordSpans(_ bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        var spans: [Span] = []
        var i = 0
        let n = bytes.count
        var start = -1
        var onlyJoiners = false
        var lastEnd = -1
        func scalar(at i: Int) -> (UInt32, Int) {
            let b = bytes[i]
            if b < 0x80 { return (UInt32(b), 1) }
            let length = ScalarDecoding.sequenceLength(b)
            guard length > 0, i + length <= n, let v = ScalarDecoding.decode(bytes, at: i, length: length) else { return (0xFFFD, 1) }
            return (v, length)
        }
        while i < n {
            let (v, length) = scalar(at: i)
            if isWordScalar(v) {
                if start < 0 {
                    start = i
                }
            } else if start >= 0, isApostrophe(v), i + length < n, isWordScalar(scalar(at: i + length).0) {
                // inside the word
            } else {
                if start >= 0 {
                    spans.append(Span(start: start, end: i, joined: lastEnd >= 0 && onlyJoiners))
                    lastEnd = i
                    onlyJoiners = true
                    start = -1
                }
                if !isJoiner(v) { onlyJoiners = false }
            }
            i += length
        }
        if start >= 0 { spans.append(Span(start: start, end: n, joined: lastEnd >= 0 && onlyJoiners)) }
        return spans
    }

    // MARK: Rewriting

    private static let alef: [UInt8] = Array("ا".utf8)

    /// Rewrites UTF-8 text (usually one line) into `output`; returns how many names were
    /// rewritten. A name never spans a line end: only spaces, hyphens and apostrophes join words.
    @discardableResult
    public func rewrite(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
        let spans = Self.wordSpans(line)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(spans.count)
        for span in spans { hashes.append(key.hash(token: UnsafeBufferPointer(rebasing: line[span.start..<span.end]))) }
        var written = 0, replacements = 0
        var k = 0
        while k < spans.count {
            var matched: (pattern: Int, cliticLength: Int, lamAlef: Bool)?
            if let candidates = byFirstWord[hashes[k]] {
                matched = firstMatch(candidates, at: k, spans, hashes, line).map { ($0, 0, false) }
            }
            if matched == nil, line[spans[k].start] >= 0xD8 {
                matched = cliticMatch(at: k, spans, hashes, line)
            }
            guard let (p, clitic, lamAlef) = matched else { k += 1; continue }
            let pattern = patterns[p]
            let start = spans[k].start + clitic
            output.append(contentsOf: UnsafeBufferPointer(rebasing: line[written..<start]))
            // ل + الحشد → للحشد: the proclitic lam absorbs the article's alef.
            if lamAlef, pattern.replacement.starts(with: Self.alef) {
                output.append(contentsOf: pattern.replacement.dropFirst(Self.alef.count))
            } else {
                output.append(contentsOf: pattern.replacement)
            }
            written = spans[k + pattern.words.count - 1].end
            replacements += 1
            k += pattern.words.count
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: line[written...]))
        return replacements
    }

    /// The first (longest) pattern among `candidates` whose words follow, joined, from word `k`.
    private func firstMatch(_ candidates: [Int], at k: Int, _ spans: [Span], _ hashes: [UInt64],
                            _ line: UnsafeBufferPointer<UInt8>) -> Int? {
        for p in candidates {
            let pattern = patterns[p]
            guard k + pattern.words.count <= spans.count else { continue }
            if let exact = pattern.exact {
                guard spans[k].end - spans[k].start == exact.count,
                      line[spans[k].start..<spans[k].end].elementsEqual(exact) else { continue }
            }
            var ok = true
            for j in 1..<max(1, pattern.words.count) where ok {
                ok = spans[k + j].joined && hashes[k + j] == pattern.words[j]
            }
            if ok { return p }
        }
        return nil
    }

    /// A match whose first word carries an Arabic proclitic.
    /// A match whose first word carries proclitics, split as the word model's grammar allows
    /// (``ArabicClitics/prefixes(_:count:)``): the glossary's own spellings are the evidence.
    private func cliticMatch(at k: Int, _ spans: [Span], _ hashes: [UInt64],
                             _ line: UnsafeBufferPointer<UInt8>) -> (Int, Int, Bool)? {
        let word = UnsafeBufferPointer(rebasing: line[spans[k].start..<spans[k].end])
        // The word's first letters and where each starts (marks and tatweel are not letters).
        var letters: [Unicode.Scalar] = [], offsets: [Int] = [], count = 0
        var i = 0
        while i < word.count {
            let length = max(1, ScalarDecoding.sequenceLength(word[i]))
            guard i + length <= word.count, let v = ScalarDecoding.decode(word, at: i, length: length), length > 1 || v < 0x80,
                  let scalar = Unicode.Scalar(v) else { return nil }
            if ArabicScript.isLetter(v) {
                if letters.count < 5 { letters.append(scalar); offsets.append(i) }
                count += 1
            }
            i += length
        }
        var tried = Set<Int>()
        for prefix in ArabicClitics.prefixes(letters, count: count) {
            let proclitics = (prefix.conjunction == nil ? 0 : 1) + (prefix.particle == nil ? 0 : 1)
            guard proclitics > 0, proclitics < offsets.count else { continue }
            // ل + الحشد is written للحشد: the article's alef comes back for the lookup.
            let lamAlef = prefix.particle == .li && prefix.hasArticle
            guard tried.insert(proclitics * 2 + (lamAlef ? 1 : 0)).inserted else { continue }
            let rest = UnsafeBufferPointer(rebasing: word[offsets[proclitics]...])
            let restHash = lamAlef ? (Self.alef + Array(rest)).withUnsafeBufferPointer { key.hash(token: $0) } : key.hash(token: rest)
            if let candidates = byFirstWord[restHash], let p = firstMatch(candidates, at: k, spans, hashes, line) {
                return (p, offsets[proclitics], lamAlef)
            }
        }
        return nil
    }

    /// Rewrites a string of any number of lines (a name never spans a line end).
    public func rewrite(_ text: String) -> String {
        var output: [UInt8] = []
        Array(text.utf8).withUnsafeBufferPointer { _ = rewrite($0, into: &output) }
        return String(decoding: output, as: UTF8.self)
    }
}
