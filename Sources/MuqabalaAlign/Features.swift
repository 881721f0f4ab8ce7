import MuqabalaLexicon
import MuqabalaNames
import MuqabalaSegment
import MuqabalaText

/// A token of a sentence, as the aligner sees it. Its text lives in the pair's
/// ``TokenTypes`` (kept out of the token so millions of tokens stay small and cheap).
struct Token {
    /// The token's type: equal tokens of a document pair share it.
    var type: Int32
    /// Where it is in its sentence, as UTF-8 offsets.
    var start: Int32
    var end: Int32
    var isNumber: Bool
    /// Whether clause punctuation (, ; : — – ، ؛) separates it from the previous token.
    var startsClause: Bool

    /// Its place in `text` (the sentence it was read from).
    func range(in text: String) -> Range<String.Index> {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(start))
        return lower..<utf8.index(lower, offsetBy: Int(end - start))
    }
}

/// The distinct tokens of a document pair, interned by their UTF-8 bytes (hashing Swift
/// strings byte-wise avoids the canonical-equivalence work of `String` hashing, which
/// dominated alignment time on large documents).
struct TokenTypes {
    private(set) var raw: [String] = []
    private(set) var folded: [String] = []
    /// Whether the token as written starts with an uppercase letter.
    private(set) var capitalized: [Bool] = []
    private var buckets: [UInt64: [Int32]] = [:]

    var count: Int { raw.count }

    /// The id of a token's type, added when new. `folding: false` leaves a new type's folded
    /// form empty, for ``foldTypes(from:)`` to fill in later (once per type, on all cores).
    mutating func intern(_ token: Substring, folding: Bool = true) -> Int32 {
        let (hash, known) = lookup(token.utf8)
        if let known { return known }
        let text = String(token)
        return add(text, hash: hash, folded: folding ? Normalizer.search.normalize(text) : "",
                   capitalized: text.unicodeScalars.first?.properties.isUppercase ?? false)
    }

    /// Fills in the folded forms of the types from `first` on (interned with `folding: false`).
    mutating func foldTypes(from first: Int) {
        let raw = self.raw
        let forms = parallelMap(count: raw.count - first, chunk: 1024) { Normalizer.search.normalize(raw[first + $0]) }
        folded.replaceSubrange(first..., with: forms)
    }

    /// The id in this table of type `k` of another table (added when new).
    mutating func adopt(_ k: Int, of other: TokenTypes) -> Int32 {
        let text = other.raw[k]
        let (hash, known) = lookup(text.utf8)
        if let known { return known }
        return add(text, hash: hash, folded: other.folded[k], capitalized: other.capitalized[k])
    }

    /// The FNV-1a hash of a token's bytes, and its id if the table holds it.
    private func lookup<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (hash: UInt64, id: Int32?) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = buckets[hash] {
            for id in candidates where raw[Int(id)].utf8.elementsEqual(bytes) { return (hash, id) }
        }
        return (hash, nil)
    }

    private mutating func add(_ text: String, hash: UInt64, folded form: String, capitalized isCapitalized: Bool) -> Int32 {
        let id = Int32(raw.count)
        raw.append(text)
        folded.append(form)
        capitalized.append(isCapitalized)
        buckets[hash, default: []].append(id)
        return id
    }
}

/// Splits text into word and number tokens (``TextToken``: numbers keep their inner
/// separators, 45,000 · 1.5 · ٤٥٬٠٠٠). Token types are interned, so a document pair pays for
/// each distinct word once.
struct Tokenizer {
    var types = TokenTypes()

    mutating func tokens(_ text: String, folding: Bool = true) -> [Token] {
        let utf8 = text.utf8
        return TextToken.tokens(in: text).map { token in
            let lower = utf8.distance(from: utf8.startIndex, to: token.range.lowerBound)
            let upper = lower + utf8.distance(from: token.range.lowerBound, to: token.range.upperBound)
            return Token(type: types.intern(text[token.range], folding: folding), start: Int32(lower), end: Int32(upper),
                         isNumber: token.isNumber, startsClause: token.startsClause)
        }
    }

    /// The tokens of many texts, read on all cores: each range of texts interns its types in
    /// a table of its own, and the tables merge in text order (so type ids are what reading
    /// the texts one by one would give); the new types are then folded, each once.
    mutating func tokens(_ texts: [String]) -> [[Token]] {
        let parts = parallelRanges(count: texts.count, chunk: 512) { range -> (tokens: [[Token]], types: TokenTypes) in
            var local = Tokenizer()
            return (range.map { local.tokens(texts[$0], folding: false) }, local.types)
        }
        let firstNew = types.count
        defer { types.foldTypes(from: firstNew) }
        var result: [[Token]] = []
        result.reserveCapacity(texts.count)
        for part in parts {
            let ids = part.types.raw.indices.map { types.adopt($0, of: part.types) }
            for var sentence in part.tokens {
                for k in sentence.indices { sentence[k].type = ids[Int(sentence[k].type)] }
                result.append(sentence)
            }
        }
        return result
    }
}

/// A number written as a canonical string: thousands separators removed, a decimal point
/// kept ("45,000" → "45000", "1.5" → "1.5", "٤٥٬٠٠٠" → "45000").
func canonicalNumber(_ folded: String) -> String {
    let parts = folded.split(separator: ",", omittingEmptySubsequences: false)
    if parts.count > 1, parts.dropFirst().allSatisfy({ $0.count == 3 }) {
        return parts.joined()
    }
    return folded.replacing(",", with: ".")
}

/// Marks a translation carries over from one language to the other: question and
/// exclamation marks, quotes, colons, parentheses, ellipses, emoji. Each kind present in
/// a sentence is one shared concept ("p?", "e😀"…).
func symbolConcepts(_ text: String) -> [String] {
    var mask = 0
    var emoji: [String] = []
    for scalar in text.unicodeScalars {
        switch scalar {
        case "?", "؟": mask |= 1
        case "!": mask |= 2
        case "\"", "“", "”", "«", "»", "„": mask |= 4
        case ":": mask |= 8
        case "(", ")", "[", "]": mask |= 16
        case "…": mask |= 32
        case "#": mask |= 64
        case "@": mask |= 128
        default:
            if scalar.value >= 0x2300, scalar.properties.isEmojiPresentation {
                let name = "e\(scalar.value)"
                if !emoji.contains(name) { emoji.append(name) }
            }
        }
    }
    var result = emoji
    for (bit, name) in symbolNames.enumerated() where mask & (1 << bit) != 0 { result.append(name) }
    return result
}

private let symbolNames = ["p?", "p!", "p\"", "p:", "p(", "p…", "p#", "p@"]

/// The values sorted, without repeats.
func sortedUnique(_ values: [Int32]) -> [Int32] {
    guard values.count > 1 else { return values }
    var sorted = values.sorted()
    var write = 1
    for k in 1..<sorted.count where sorted[k] != sorted[write - 1] {
        sorted[write] = sorted[k]
        write += 1
    }
    sorted.removeLast(sorted.count - write)
    return sorted
}

/// What a sentence offers the bead scorer.
struct SentenceFeature {
    /// Sorted, unique concept ids. English: the stems of its content words and its anchors.
    /// Arabic: every English stem its words may translate to, and its anchors.
    var concepts: [Int32] = []
    /// The subset of concepts that are anchors (numbers, months, weekdays, linked names).
    var anchors: [Int32] = []
    /// Arabic only: the concepts of each content word, flattened (word k's concepts are
    /// `wordConcepts[wordStarts[k]..<wordStarts[k + 1]]`), and each word's weight.
    var wordConcepts: [Int32] = []
    var wordStarts: [Int32] = [0]
    var wordWeights: [Float] = []

    mutating func addWord(_ concepts: [Int32], weight: Float) {
        wordConcepts.append(contentsOf: concepts)
        wordStarts.append(Int32(wordConcepts.count))
        wordWeights.append(weight)
        mass += weight
    }
    /// Evidence mass: English, the weights of its unique concepts; Arabic, of its content
    /// words. Anchors weigh more than ordinary words.
    var mass: Float = 0
    /// Length in Unicode scalars (for the length model).
    var length: Int = 0
    /// Ingestion judged the sentence web boilerplate.
    var isBoilerplate = false
}

/// What a token type means to the aligner, worked out once per type.
enum TypeRole {
    /// A function word.
    case stopword
    /// A number, month or weekday: an anchor concept.
    case anchor(Int32)
    /// Arabic كانون / تشرين: a month whose number depends on the next word.
    case monthHead
    /// Arabic اب / مارس: a month only next to a number.
    case ambiguousMonth(Int32)
    /// A content word and the concepts it stands for (English: its stem; Arabic: its translations).
    case content([Int32])
}

/// What a token type's letters and the lexicon say about it being a name, for
/// ``FeatureExtractor/linkNames(matcher:minimumScore:)``.
struct NameHints: OptionSet, Sendable {
    let rawValue: UInt8
    /// English: three letters or more, not a stopword.
    static let nameShaped = NameHints(rawValue: 1)
    /// English, capitalized: a common word (not a name) when it starts a sentence.
    static let commonWord = NameHints(rawValue: 2)
    /// English, lowercase, four letters or more: the lexicon has no Arabic translation for it.
    static let untranslated = NameHints(rawValue: 4)
    /// Arabic: a stopword.
    static let arabicStopword = NameHints(rawValue: 8)

    /// The hints of an English word type.
    static func english(folded: String, raw: String, capitalized: Bool, lexicon: BilingualLexicon) -> NameHints {
        let letters = folded.unicodeScalars.count
        guard letters >= 3, !EnglishWordForm.isStopword(folded) else { return [] }
        if capitalized { return lexicon.isCommonEnglishWord(folded) ? [.nameShaped, .commonWord] : .nameShaped }
        return letters >= 4 && !lexicon.hasArabicTranslation(forEnglish: raw) ? [.nameShaped, .untranslated] : .nameShaped
    }
}

/// A token type's role before its concepts are interned (``TypeRole`` with concept names):
/// what the type's own letters say, worked out for all types at once on all cores.
enum TypeReading: Sendable {
    case stopword
    case anchor(String)
    case monthHead
    case ambiguousMonth(String)
    /// A word that stands for itself (English; a Latin word in Arabic text): its stem.
    case word(String)
    /// An Arabic word: the English stems the lexicon translates it to (name links join later).
    case translation([String])

    /// An English token type.
    static func english(folded: String, isNumber: Bool, capitalized: Bool) -> TypeReading {
        if let anchor = englishAnchor(folded: folded, isNumber: isNumber, capitalized: capitalized) { return .anchor(anchor) }
        if EnglishWordForm.isStopword(folded) || folded.unicodeScalars.count < 2 { return .stopword }
        let stem = EnglishWordForm.stem(folded)
        return stem.isEmpty ? .stopword : .word(stem)
    }

    /// An Arabic token type (`search`-normalized).
    static func arabic(folded word: String, isNumber: Bool, lexicon: BilingualLexicon) -> TypeReading {
        if isNumber { return .anchor("#" + canonicalNumber(word)) }
        if LanguageData.arabicMonthHeads[word] != nil { return .monthHead }
        if let month = LanguageData.arabicMonths[word] {
            return (word == "اب" || word == "مارس") ? .ambiguousMonth("@m\(month)") : .anchor("@m\(month)")
        }
        if let day = LanguageData.arabicWeekdays[word] { return .anchor("@d\(day)") }
        if ArabicWordForm.isFunctionWord(word) || word.unicodeScalars.count < 2 { return .stopword }
        if ScriptCounts(word).dominant == .latin {
            // English left in the Arabic reads as English ("AT" of AT&T is as silent as on its side).
            let stem = EnglishWordForm.stem(word)
            return stem.isEmpty || EnglishWordForm.isStopword(word) ? .stopword : .word(stem)
        }
        return .translation(lexicon.englishStems(forArabic: word, readingVerbs: true))
    }

    /// Numbers, months and weekdays in English ("May" and "March" only capitalized).
    static func englishAnchor(folded lower: String, isNumber: Bool, capitalized: Bool) -> String? {
        if isNumber { return "#" + canonicalNumber(lower) }
        guard let first = lower.utf8.first, first >= 0x61, first <= 0x7A else { return nil }
        if let month = LanguageData.englishMonths[lower] {
            if (lower == "may" || lower == "march" || lower == "mar") && !capitalized { return nil }
            return "@m\(month)"
        }
        if let day = LanguageData.englishWeekdays[lower] { return "@d\(day)" }
        return nil
    }
}

/// Turns the sentences of a document pair into features in one shared concept space.
struct FeatureExtractor {
    var vocabulary: [String: Int32] = [:]
    var lexicon: BilingualLexicon
    /// Reads Arabic words: which leading letters are clitics (with the document's words as evidence).
    let wordModel: ArabicWordModel
    let arabicWordCounts: ArabicWordCounts
    /// Each Arabic token type's form without conjunction and preposition (names are linked by it).
    private var bareForms: [String?] = []
    /// What each token type says about being a name (computed up front with the readings).
    private var nameHints: [NameHints] = []
    /// Each token type's reading on each side (computed up front; nil: not on that side).
    private var englishReadings: [TypeReading?] = []
    private var arabicReadings: [TypeReading?] = []
    /// Extra Arabic form → English stem links (names found in this pair; learned links).
    private(set) var links: [String: [String]] = [:]

    /// Adds links (Arabic bare form → English stems) and forgets the roles of the Arabic
    /// token types they change. Returns those types.
    mutating func addLinks(_ added: [String: [String]]) -> Set<Int32> {
        for (form, stems) in added {
            for stem in stems where links[form]?.contains(stem) != true { links[form, default: []].append(stem) }
        }
        var changed = Set<Int32>()
        for t in arabicRoles.indices where arabicRoles[t] != nil {
            let folded = tokenizer.types.folded[t]
            if added[folded] != nil || added[bareForm(Int32(t))] != nil {
                arabicRoles[t] = nil
                changed.insert(Int32(t))
            }
        }
        return changed
    }
    /// English stems that name links point to (names count as anchors), by concept id.
    private(set) var linkedEnglishStems: [Bool] = []

    func isLinked(_ concept: Int32) -> Bool {
        Int(concept) < linkedEnglishStems.count && linkedEnglishStems[Int(concept)]
    }

    mutating func markLinked(_ concept: Int32) {
        if Int(concept) >= linkedEnglishStems.count {
            linkedEnglishStems.append(contentsOf: repeatElement(false, count: Int(concept) + 1 - linkedEnglishStems.count))
        }
        linkedEnglishStems[Int(concept)] = true
    }
    /// Anchor weight relative to an ordinary content word.
    let anchorWeight: Float = 3
    /// The tokens of every sentence, computed once.
    let englishTokens: [[Token]]
    let arabicTokens: [[Token]]
    /// The tokenizer (and its token types) of this pair.
    var tokenizer: Tokenizer
    /// Roles by token type (types are dense ids), computed on first use.
    private var englishRoles: [TypeRole?] = []
    private var arabicRoles: [TypeRole?] = []

    init(lexicon: BilingualLexicon, english: [Sentence], arabic: [Sentence]) {
        self.lexicon = lexicon
        self.wordModel = lexicon.wordModel
        var tokenizer = Tokenizer()
        englishTokens = tokenizer.tokens(english.map(\.text))
        arabicTokens = tokenizer.tokens(arabic.map(\.text))
        self.tokenizer = tokenizer
        // The document's word counts (the word model's local evidence), by token type.
        var typeCounts = [Int](repeating: 0, count: tokenizer.types.count)
        for tokens in arabicTokens { for token in tokens where !token.isNumber { typeCounts[Int(token.type)] += 1 } }
        var counts = ArabicWordCounts()
        for (t, n) in typeCounts.enumerated() where n > 0 { counts.add(folded: tokenizer.types.folded[t], count: n) }
        self.arabicWordCounts = counts
        prepareTypes()
    }

    /// What each token type reads as on its side(s), and each Arabic word type's bare form,
    /// worked out for all types at once on all cores (the lexicon and the word model are
    /// pure; this is most of the work of reading a large document).
    private mutating func prepareTypes() {
        /// Bit 0: on the English side, bit 1: on the Arabic side, bit 2: a number.
        var sides = [UInt8](repeating: 0, count: tokenizer.types.count)
        for tokens in englishTokens { for token in tokens { sides[Int(token.type)] |= token.isNumber ? 5 : 1 } }
        for tokens in arabicTokens { for token in tokens { sides[Int(token.type)] |= token.isNumber ? 6 : 2 } }
        let folded = tokenizer.types.folded, capitalized = tokenizer.types.capitalized
        let lexicon = self.lexicon, model = self.wordModel, counts = self.arabicWordCounts, flags = sides
        let raw = tokenizer.types.raw
        let prepared = parallelMap(count: flags.count, chunk: 512) { t -> (english: TypeReading?, arabic: TypeReading?, bare: String?, hints: NameHints) in
            let side = flags[t], isNumber = side & 4 != 0
            var hints = NameHints()
            var english: TypeReading?
            if side & 1 != 0 {
                english = TypeReading.english(folded: folded[t], isNumber: isNumber, capitalized: capitalized[t])
                if !isNumber { hints.formUnion(.english(folded: folded[t], raw: raw[t], capitalized: capitalized[t], lexicon: lexicon)) }
            }
            guard side & 2 != 0 else { return (english, nil, nil, hints) }
            let arabic = TypeReading.arabic(folded: folded[t], isNumber: isNumber, lexicon: lexicon)
            let bare = isNumber ? nil : Normalizer.search.normalize(model.nameForm(folded[t], document: counts))
            if !isNumber, ArabicWordForm.isFunctionWord(folded[t]) { hints.insert(.arabicStopword) }
            return (english, arabic, bare, hints)
        }
        englishReadings = prepared.map(\.english)
        arabicReadings = prepared.map(\.arabic)
        bareForms = prepared.map(\.bare)
        nameHints = prepared.map(\.hints)
        englishRoles = Array(repeating: nil, count: flags.count)
        arabicRoles = Array(repeating: nil, count: flags.count)
    }

    /// Concept names by id (the inverse of `vocabulary`).
    private(set) var conceptNames: [String] = []

    mutating func id(_ concept: String) -> Int32 {
        if let id = vocabulary[concept] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[concept] = id
        conceptNames.append(concept)
        return id
    }

    // MARK: Token roles

    /// The text of a token, `search`-normalized, and as written.
    func folded(_ token: Token) -> String { tokenizer.types.folded[Int(token.type)] }
    func raw(_ token: Token) -> String { tokenizer.types.raw[Int(token.type)] }
    func isCapitalized(_ token: Token) -> Bool { tokenizer.types.capitalized[Int(token.type)] }

    /// An Arabic token type without the conjunction or preposition the word model reads on it
    /// (وبالكاظمي → الكاظمي), `search`-normalized.
    mutating func bareForm(_ type: Int32) -> String {
        let t = Int(type)
        coverNewTypes()
        if let known = bareForms[t] { return known }
        let folded = tokenizer.types.folded[t]
        let bare = Normalizer.search.normalize(wordModel.nameForm(folded, document: arabicWordCounts))
        bareForms[t] = bare
        return bare
    }

    /// Grows the per-type tables over types the tokenizer met after `init` (text tokenized
    /// later, as `Anchor.arabic` does); their readings are worked out on first use.
    private mutating func coverNewTypes() {
        let missing = tokenizer.types.count - bareForms.count
        guard missing > 0 else { return }
        bareForms.append(contentsOf: repeatElement(nil, count: missing))
        englishReadings.append(contentsOf: repeatElement(nil, count: missing))
        arabicReadings.append(contentsOf: repeatElement(nil, count: missing))
        englishRoles.append(contentsOf: repeatElement(nil, count: missing))
        arabicRoles.append(contentsOf: repeatElement(nil, count: missing))
    }

    mutating func englishRole(_ token: Token) -> TypeRole {
        let t = Int(token.type)
        coverNewTypes()
        if let role = englishRoles[t] { return role }
        let reading = englishReadings[t]
            ?? .english(folded: folded(token), isNumber: token.isNumber, capitalized: isCapitalized(token))
        let role = role(of: reading, links: [])
        englishRoles[t] = role
        return role
    }

    /// The role of an Arabic token type (Latin words inside Arabic text match themselves).
    mutating func arabicRole(_ token: Token) -> TypeRole {
        let t = Int(token.type)
        coverNewTypes()
        if let role = arabicRoles[t] { return role }
        let reading = arabicReadings[t] ?? .arabic(folded: folded(token), isNumber: token.isNumber, lexicon: lexicon)
        var linked: [String] = []
        if case .translation = reading, !links.isEmpty { linked = links[bareForm(token.type)] ?? links[folded(token)] ?? [] }
        let role = role(of: reading, links: linked)
        arabicRoles[t] = role
        return role
    }

    /// A reading with its concepts interned (and an Arabic word's name links added).
    private mutating func role(of reading: TypeReading, links: [String]) -> TypeRole {
        switch reading {
        case .stopword: return .stopword
        case .anchor(let concept): return .anchor(id(concept))
        case .monthHead: return .monthHead
        case .ambiguousMonth(let concept): return .ambiguousMonth(id(concept))
        case .word(let stem): return .content([id(stem)])
        case .translation(let stems): return .content((stems + links).map { id($0) })
        }
    }

    /// The anchor concepts of the Arabic token at `k` (context decides two-word and ambiguous months).
    mutating func arabicAnchors(_ tokens: [Token], at k: Int) -> [Int32] {
        arabicAnchors(tokens, at: k, role: arabicRole(tokens[k]))
    }

    /// ``arabicAnchors(_:at:)`` for a token whose role the caller has.
    private mutating func arabicAnchors(_ tokens: [Token], at k: Int, role: TypeRole) -> [Int32] {
        switch role {
        case .anchor(let a):
            return [a]
        case .monthHead:
            let word = folded(tokens[k])
            let next = k + 1 < tokens.count ? folded(tokens[k + 1]) : ""
            if let month = LanguageData.arabicMonths[word + " " + next] { return [id("@m\(month)")] }
            return (LanguageData.arabicMonthHeads[word] ?? []).map { id("@m\($0)") }
        case .ambiguousMonth(let a):
            let nearNumber = (k > 0 && tokens[k - 1].isNumber) || (k + 1 < tokens.count && tokens[k + 1].isNumber)
            return nearNumber ? [a] : []
        case .stopword, .content:
            return []
        }
    }

    /// Concept ids of one English token (its stem or its anchor).
    mutating func englishConcepts(of token: Token) -> [Int32] {
        switch englishRole(token) {
        case .anchor(let a): return [a]
        case .content(let ids): return ids
        default: return []
        }
    }

    /// Concept ids one Arabic token may stand for.
    mutating func arabicConcepts(of token: Token) -> [Int32] {
        switch arabicRole(token) {
        case .anchor(let a), .ambiguousMonth(let a): return [a]
        case .content(let ids): return ids
        case .monthHead: return arabicAnchors([token], at: 0)
        case .stopword: return []
        }
    }

    // MARK: Sentence features

    /// Features of English sentences.
    mutating func english(_ sentences: [Sentence]) -> [SentenceFeature] {
        sentences.indices.map { n in
            var feature = SentenceFeature(length: sentences[n].text.unicodeScalars.count,
                                          isBoilerplate: sentences[n].isBoilerplate)
            var concepts: [Int32] = [], anchors: [Int32] = []
            for token in englishTokens[n] {
                switch englishRole(token) {
                case .anchor(let a):
                    concepts.append(a); anchors.append(a)
                case .content(let ids):
                    for c in ids {
                        concepts.append(c)
                        if isLinked(c), isCapitalized(token) { anchors.append(c) }
                    }
                default:
                    break
                }
            }
            for symbol in symbolConcepts(sentences[n].text) { concepts.append(id(symbol)) }
            feature.concepts = sortedUnique(concepts)
            feature.anchors = sortedUnique(anchors)
            feature.mass = Float(feature.concepts.count - feature.anchors.count) + anchorWeight * Float(feature.anchors.count)
            return feature
        }
    }

    /// Features of Arabic sentences.
    /// - Parameter first: the index of `sentences[0]` among the pair's Arabic sentences.
    mutating func arabic(_ sentences: [Sentence], at first: Int = 0) -> [SentenceFeature] {
        sentences.indices.map { n in
            var feature = SentenceFeature(length: sentences[n].text.unicodeScalars.count,
                                          isBoilerplate: sentences[n].isBoilerplate)
            let tokens = arabicTokens[first + n]
            var concepts: [Int32] = [], anchors: [Int32] = []
            for k in tokens.indices {
                let role = arabicRole(tokens[k])
                guard case .content(let ids) = role else {
                    let anchorsHere = arabicAnchors(tokens, at: k, role: role)
                    if !anchorsHere.isEmpty {
                        concepts.append(contentsOf: anchorsHere); anchors.append(contentsOf: anchorsHere)
                        feature.addWord(anchorsHere, weight: anchorWeight)
                    }
                    continue
                }
                let isName = ids.contains(where: isLinked)
                for concept in ids {
                    concepts.append(concept)
                    if isLinked(concept) { anchors.append(concept) }
                }
                feature.addWord(ids, weight: isName ? anchorWeight : 1)
            }
            for symbol in symbolConcepts(sentences[n].text) {
                let c = id(symbol)
                concepts.append(c)
                feature.addWord([c], weight: 1)
            }
            feature.concepts = sortedUnique(concepts)
            feature.anchors = sortedUnique(anchors)
            return feature
        }
    }

    // MARK: Speech tags

    /// Where each sentence attributes speech (``LanguageData/englishSpeechVerbs``,
    /// ``LanguageData/arabicSpeechVerbs``).
    mutating func speechMarks() -> SpeechMarks {
        func marks(_ tokens: [[Token]], isVerb: (Token) -> Bool) -> (tags: [Bool], verbs: [Bool]) {
            let words = tokens.map { $0.filter { !$0.isNumber } }
            let verbs = words.map { $0.contains(where: isVerb) }
            let tags = words.map { $0.count <= SpeechMarks.tagWords && $0.prefix(3).contains(where: isVerb) }
            return (tags, verbs)
        }
        let english = marks(englishTokens) { LanguageData.englishSpeechVerbs.contains(folded($0)) }
        var arabicVerb = [Bool?](repeating: nil, count: tokenizer.types.count)
        for tokens in arabicTokens {
            for token in tokens where !token.isNumber && arabicVerb[Int(token.type)] == nil {
                arabicVerb[Int(token.type)] = LanguageData.arabicSpeechVerbs.contains(bareForm(token.type))
            }
        }
        let arabic = marks(arabicTokens) { arabicVerb[Int($0.type)] ?? false }
        return SpeechMarks(englishTag: english.tags, englishVerb: english.verbs, arabicTag: arabic.tags, arabicVerb: arabic.verbs)
    }

    // MARK: Names

    /// Links capitalized English words to Arabic words that spell the same name
    /// (Kadhimi ↔ الكاظمي, Biden ↔ بايدن), type by type, with the `NameMatcher`, at
    /// `minimumScore` or more (``AlignerOptions/nameLinkScore``).
    mutating func linkNames(matcher: NameMatcher, minimumScore: Double) {
        var englishNames = Set<Int32>()
        for tokens in englishTokens {
            for (k, token) in tokens.enumerated() where !token.isNumber && !englishNames.contains(token.type) {
                let hints = nameHints[Int(token.type)]
                guard hints.contains(.nameShaped) else { continue }
                if isCapitalized(token) {
                    // A sentence-initial capital is a name only if it is not a dictionary word.
                    if k == 0, hints.contains(.commonWord) { continue }
                    englishNames.insert(token.type)
                } else if hints.contains(.untranslated) {
                    // A word the lexicon cannot translate is often carried over by sound: a
                    // loanword (freezer ↔ الفريزر) or a name written in lowercase.
                    englishNames.insert(token.type)
                }
            }
        }
        var arabicTypes = [Bool](repeating: false, count: tokenizer.types.count)
        for tokens in arabicTokens {
            for token in tokens where !token.isNumber { arabicTypes[Int(token.type)] = true }
        }
        var arabicWords = Set<String>()
        for (type, isArabic) in arabicTypes.enumerated() where isArabic && !nameHints[type].contains(.arabicStopword) {
            let bare = bareForm(Int32(type))
            if bare.unicodeScalars.count >= 3 { arabicWords.insert(bare) }
        }
        guard !englishNames.isEmpty, !arabicWords.isEmpty else { return }
        // Byte order: deterministic, and far cheaper than String's Unicode-aware comparison.
        let candidates = arabicWords.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let index = CandidateIndex(names: candidates, matcher: matcher, shortlist: 12, bigramSelection: true)
        let names = englishNames.sorted().map { tokenizer.types.raw[Int($0)] }
        let matches = parallelChunks(count: names.count, chunk: 128) { range in
            let scratch = CandidateIndex.Scratch()
            return range.map { index.best(for: matcher.parse(names[$0]), top: 2, scratch: scratch) }
        }
        for (name, found) in zip(names, matches) {
            for found in found where found.score >= minimumScore {
                let stem = EnglishWordForm.stem(name.lowercased())
                guard !stem.isEmpty else { continue }
                if links[found.name]?.contains(stem) != true { links[found.name, default: []].append(stem) }
                markLinked(id(stem))
            }
        }
    }
}
