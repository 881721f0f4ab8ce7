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

    mutating func intern(_ token: Substring) -> Int32 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        if let candidates = buckets[hash] {
            for id in candidates where raw[Int(id)].utf8.elementsEqual(token.utf8) { return id }
        }
        let id = Int32(raw.count)
        let text = String(token)
        raw.append(text)
        folded.append(Normalizer.search.normalize(text))
        capitalized.append(text.unicodeScalars.first?.properties.isUppercase ?? false)
        buckets[hash, default: []].append(id)
        return id
    }
}

/// Splits text into word and number tokens (``TextToken``: numbers keep their inner
/// separators, 45,000 · 1.5 · ٤٥٬٠٠٠). Token types are interned, so a document pair pays for
/// each distinct word once.
struct Tokenizer {
    var types = TokenTypes()

    mutating func tokens(_ text: String) -> [Token] {
        let utf8 = text.utf8
        return TextToken.tokens(in: text).map { token in
            let lower = utf8.distance(from: utf8.startIndex, to: token.range.lowerBound)
            let upper = lower + utf8.distance(from: token.range.lowerBound, to: token.range.upperBound)
            return Token(type: types.intern(text[token.range]), start: Int32(lower), end: Int32(upper),
                         isNumber: token.isNumber, startsClause: token.startsClause)
        }
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

/// Turns the sentences of a document pair into features in one shared concept space.
struct FeatureExtractor {
    var vocabulary: [String: Int32] = [:]
    var lexicon: BilingualLexicon
    /// Reads Arabic words: which leading letters are clitics (with the document's words as evidence).
    let wordModel: ArabicWordModel
    let arabicWordCounts: ArabicWordCounts
    /// Each Arabic token type's form without conjunction and preposition (names are linked by it).
    private var bareForms: [String?] = []
    /// Each Arabic token type's English stems from the lexicon (computed up front).
    private var translatedStems: [[String]?] = []
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
        englishTokens = english.map { tokenizer.tokens($0.text) }
        arabicTokens = arabic.map { tokenizer.tokens($0.text) }
        self.tokenizer = tokenizer
        // The document's word counts (the word model's local evidence), by token type.
        var typeCounts = [Int](repeating: 0, count: tokenizer.types.count)
        for tokens in arabicTokens { for token in tokens where !token.isNumber { typeCounts[Int(token.type)] += 1 } }
        var counts = ArabicWordCounts()
        for (t, n) in typeCounts.enumerated() where n > 0 { counts.add(folded: tokenizer.types.folded[t], count: n) }
        self.arabicWordCounts = counts
        prepareArabicTypes()
    }

    /// What each Arabic word type translates to and its bare form, worked out for all types at
    /// once on all cores (the lexicon and the word model are pure; this is most of the work
    /// of reading a large document).
    private mutating func prepareArabicTypes() {
        var isArabic = [Bool](repeating: false, count: tokenizer.types.count)
        for tokens in arabicTokens { for token in tokens where !token.isNumber { isArabic[Int(token.type)] = true } }
        let types = isArabic.indices.filter { isArabic[$0] }
        let folded = tokenizer.types.folded
        let lexicon = self.lexicon, model = self.wordModel, counts = self.arabicWordCounts
        let prepared = parallelMap(count: types.count) { k -> (stems: [String]?, bare: String) in
            let word = folded[types[k]]
            let bare = Normalizer.search.normalize(model.nameForm(word, document: counts))
            let needsLexicon = !(ArabicWordForm.isStopword(word) || word.unicodeScalars.count < 2
                || LanguageData.arabicMonths[word] != nil || LanguageData.arabicMonthHeads[word] != nil
                || LanguageData.arabicWeekdays[word] != nil || ScriptCounts(word).dominant == .latin)
            return (needsLexicon ? lexicon.englishStems(forArabic: word) : nil, bare)
        }
        translatedStems = [[String]?](repeating: nil, count: tokenizer.types.count)
        bareForms = [String?](repeating: nil, count: tokenizer.types.count)
        for (k, t) in types.enumerated() {
            translatedStems[t] = prepared[k].stems
            bareForms[t] = prepared[k].bare
        }
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

    /// The role of an English token type.
    /// The text of a token, `search`-normalized, and as written.
    func folded(_ token: Token) -> String { tokenizer.types.folded[Int(token.type)] }
    func raw(_ token: Token) -> String { tokenizer.types.raw[Int(token.type)] }
    func isCapitalized(_ token: Token) -> Bool { tokenizer.types.capitalized[Int(token.type)] }

    /// An Arabic token type without the conjunction or preposition the word model reads on it
    /// (وبالكاظمي → الكاظمي), `search`-normalized.
    mutating func bareForm(_ type: Int32) -> String {
        let t = Int(type)
        if t < bareForms.count, let known = bareForms[t] { return known }
        if t >= bareForms.count { bareForms.append(contentsOf: repeatElement(nil, count: tokenizer.types.count - bareForms.count)) }
        let folded = tokenizer.types.folded[t]
        let bare = Normalizer.search.normalize(wordModel.nameForm(folded, document: arabicWordCounts))
        bareForms[t] = bare
        return bare
    }

    mutating func englishRole(_ token: Token) -> TypeRole {
        let t = Int(token.type)
        if t < englishRoles.count, let role = englishRoles[t] { return role }
        let role: TypeRole
        let folded = folded(token)
        if let anchor = Self.englishAnchor(folded: folded, isNumber: token.isNumber, capitalized: isCapitalized(token)) {
            role = .anchor(id(anchor))
        } else if EnglishWordForm.isStopword(folded) || folded.unicodeScalars.count < 2 {
            role = .stopword
        } else {
            let stem = EnglishWordForm.stem(folded)
            role = stem.isEmpty ? .stopword : .content([id(stem)])
        }
        if t >= englishRoles.count { englishRoles.append(contentsOf: repeatElement(nil, count: tokenizer.types.count - englishRoles.count)) }
        englishRoles[t] = role
        return role
    }

    /// The role of an Arabic token type (Latin words inside Arabic text match themselves).
    mutating func arabicRole(_ token: Token) -> TypeRole {
        let t = Int(token.type)
        if t < arabicRoles.count, let role = arabicRoles[t] { return role }
        let word = folded(token)
        let role: TypeRole
        if token.isNumber {
            role = .anchor(id("#" + canonicalNumber(word)))
        } else if LanguageData.arabicMonthHeads[word] != nil {
            role = .monthHead
        } else if let month = LanguageData.arabicMonths[word] {
            role = (word == "اب" || word == "مارس") ? .ambiguousMonth(id("@m\(month)")) : .anchor(id("@m\(month)"))
        } else if let day = LanguageData.arabicWeekdays[word] {
            role = .anchor(id("@d\(day)"))
        } else if ArabicWordForm.isStopword(word) || word.unicodeScalars.count < 2 {
            role = .stopword
        } else if ScriptCounts(word).dominant == .latin {
            let stem = EnglishWordForm.stem(word)
            role = stem.isEmpty ? .stopword : .content([id(stem)])
        } else {
            var stems = (t < translatedStems.count ? translatedStems[t] : nil) ?? lexicon.englishStems(forArabic: word)
            stems += links[bareForm(token.type)] ?? links[word] ?? []
            role = .content(stems.map { id($0) })
        }
        if t >= arabicRoles.count { arabicRoles.append(contentsOf: repeatElement(nil, count: tokenizer.types.count - arabicRoles.count)) }
        arabicRoles[t] = role
        return role
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

    /// The anchor concepts of the Arabic token at `k` (context decides two-word and ambiguous months).
    mutating func arabicAnchors(_ tokens: [Token], at k: Int) -> [Int32] {
        switch arabicRole(tokens[k]) {
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
                let anchorsHere = arabicAnchors(tokens, at: k)
                if !anchorsHere.isEmpty {
                    concepts.append(contentsOf: anchorsHere); anchors.append(contentsOf: anchorsHere)
                    feature.addWord(anchorsHere, weight: anchorWeight)
                    continue
                }
                guard case .content(let ids) = arabicRole(tokens[k]) else { continue }
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

    // MARK: Names

    /// Links capitalized English words to Arabic words that spell the same name
    /// (Kadhimi ↔ الكاظمي, Biden ↔ بايدن), type by type, with the ``NameMatcher``.
    /// Whether the lexicon has an Arabic translation for an English token.
    func englishKnowsTranslation(_ token: Token) -> Bool {
        lexicon.hasArabicTranslation(forEnglish: tokenizer.types.raw[Int(token.type)])
    }

    mutating func linkNames(matcher: NameMatcher) {
        var englishNames = Set<Int32>()
        var decided = Set<Int32>()
        for tokens in englishTokens {
            for (k, token) in tokens.enumerated() where !token.isNumber && !englishNames.contains(token.type) {
                let folded = folded(token)
                guard folded.unicodeScalars.count >= 3, !EnglishWordForm.isStopword(folded) else { continue }
                if isCapitalized(token) {
                    // A sentence-initial capital is a name only if it is not a dictionary word.
                    if k == 0, lexicon.isCommonEnglishWord(folded) { continue }
                    englishNames.insert(token.type)
                } else if decided.insert(token.type).inserted, folded.unicodeScalars.count >= 4, !englishKnowsTranslation(token) {
                    // A word the lexicon cannot translate is often carried over by sound: a
                    // loanword (freezer ↔ الفريزر) or a name written in lowercase.
                    englishNames.insert(token.type)
                }
            }
        }
        var arabicTypes = Set<Int32>()
        for tokens in arabicTokens {
            for token in tokens where !token.isNumber { arabicTypes.insert(token.type) }
        }
        var arabicWords = Set<String>()
        for type in arabicTypes {
            let folded = tokenizer.types.folded[Int(type)]
            guard !ArabicWordForm.isStopword(folded) else { continue }
            let bare = bareForm(type)
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
            for found in found where found.score >= 0.8 {
                let stem = EnglishWordForm.stem(name.lowercased())
                guard !stem.isEmpty else { continue }
                if links[found.name]?.contains(stem) != true { links[found.name, default: []].append(stem) }
                markLinked(id(stem))
            }
        }
    }
}
