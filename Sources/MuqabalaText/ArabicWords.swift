/// The Arabic word model every target uses: what an Arabic letter and mark are, and how a
/// written word splits into clitics around a stem.
///
/// Arabic writes conjunctions (و ف), prepositions (ب ك ل), the future marker (س) and the
/// article (ال) as part of the next word, and pronouns (ه ها هم…) as part of the previous one:
/// وبالمدرسة is و + ب + ال + مدرسة. Whether a leading letter is such a clitic or part of the word
/// cannot be read off the letters (بموسكو is ب + موسكو, but بالين is Palin); ``ArabicClitics``
/// lists the readings the grammar allows and ``ArabicWordModel`` chooses one on evidence:
/// how often each reading's form is attested, in a reference vocabulary and in the document at hand.
public enum ArabicScript {
    /// Whether a scalar is an Arabic-script letter (Arabic, Persian and Urdu letters, Arabic
    /// Supplement and Extended-A, presentation forms); tatweel and marks are not letters.
    @inlinable
    public static func isLetter(_ v: UInt32) -> Bool {
        switch v {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF,
             0x06FA...0x06FC, 0x06FF, 0x0750...0x077F, 0x08A0...0x08C9, 0xFB50...0xFDFB, 0xFE70...0xFEFC:
            return !isMark(v)
        default:
            return false
        }
    }

    /// Whether a scalar is an Arabic mark: tashkeel (U+064B–065F), the dagger alef (U+0670),
    /// Quranic annotation marks (U+06D6–06ED, U+08CA–08FF) and honorifics (U+0610–061A).
    @inlinable
    public static func isMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x06D6...0x06ED, 0x0610...0x061A, 0x08CA...0x08FF, 0xFC5E...0xFC63:
            return true
        default:
            return false
        }
    }

    /// Tatweel (kashida), the elongation stroke.
    public static let tatweel: UInt32 = 0x0640

    /// Whether a scalar belongs inside an Arabic word: a letter, a mark or tatweel.
    @inlinable
    public static func isWordScalar(_ v: UInt32) -> Bool { isLetter(v) || isMark(v) || v == tatweel }

    /// The letters of a word without marks and tatweel: مُحَمَّد → محمد, بـغداد → بغداد.
    public static func letters(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { isMark($0.value) || $0.value == tatweel }) else { return word }
        var out = String.UnicodeScalarView()
        for scalar in word.unicodeScalars where !isMark(scalar.value) && scalar.value != tatweel { out.append(scalar) }
        return String(out)
    }
}

/// One reading of an Arabic word: proclitics, an optional article, a stem and an optional
/// pronoun suffix. Strings are letters only (no marks or tatweel).
public struct ArabicWordAnalysis: Hashable, Sendable, CustomStringConvertible {
    /// A conjunction written onto the word.
    public enum Conjunction: String, Hashable, Sendable { case wa = "و", fa = "ف" }
    /// A preposition (or the future marker) written onto the word, after any conjunction.
    public enum Particle: String, Hashable, Sendable { case bi = "ب", li = "ل", ka = "ك", sa = "س" }

    public var conjunction: Conjunction?
    public var particle: Particle?
    /// The article ال (written ل after the preposition ل: للجيش is ل + ال + جيش).
    public var hasArticle: Bool
    /// The word without clitics, article or pronoun suffix.
    public var stem: String
    /// A pronoun suffix (ه ها هم…) split off, if any.
    public var enclitic: String?

    public init(conjunction: Conjunction? = nil, particle: Particle? = nil, hasArticle: Bool = false,
                stem: String, enclitic: String? = nil) {
        self.conjunction = conjunction
        self.particle = particle
        self.hasArticle = hasArticle
        self.stem = stem
        self.enclitic = enclitic
    }

    /// Whether the reading splits a conjunction or preposition off the word.
    public var hasProclitics: Bool { conjunction != nil || particle != nil }

    /// The proclitics as written before the word's own letters: "وب", "ل"…
    public var prefix: String { (conjunction?.rawValue ?? "") + (particle?.rawValue ?? "") }

    /// The word as a glossary lists it: without conjunction and preposition, with its
    /// article (restored after ل: للجيش → الجيش) and its suffix.
    public var form: String { (hasArticle ? "ال" : "") + stem + (enclitic ?? "") }

    /// How many clitics the reading splits off (the article not counted).
    public var cliticCount: Int { (conjunction == nil ? 0 : 1) + (particle == nil ? 0 : 1) + (enclitic == nil ? 0 : 1) }

    /// The same reading with a leading article split off its stem (الحكومة → ال + حكومة), when
    /// the stem keeps two letters: how dictionaries and translation models list words.
    public var articleSplit: ArabicWordAnalysis {
        guard !hasArticle, enclitic == nil else { return self }
        let letters = Array(stem.unicodeScalars)
        guard letters.count >= 4, letters[0] == "ا" || letters[0] == "ٱ", letters[1] == "ل" else { return self }
        var split = self
        split.hasArticle = true
        split.stem = String(String.UnicodeScalarView(letters.dropFirst(2)))
        return split
    }

    public var description: String {
        [conjunction?.rawValue, particle?.rawValue, hasArticle ? "ال" : nil, stem, enclitic].compactMap { $0 }.joined(separator: "+")
    }
}

/// The readings of an Arabic word that the grammar of clitics allows.
///
/// `[و|ف]? [ب|ك|ل|س]? [ال]? STEM [pronoun]?`, where
/// - ل before the article drops the article's alef (للجيش),
/// - س (future) only stands before an imperfect verb (ي ت ن أ/ا),
/// - a pronoun suffix only follows a stem without the article, and a stem that ends in ت
///   before it may be a ة (حكومته → حكومة + ه),
/// - every stem keeps at least two letters (three after a lone preposition or conjunction).
public enum ArabicClitics {
    /// Pronoun suffixes, longest first.
    public static let enclitics: [String] = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"]
    static let encliticScalars = enclitics.map { ($0, Array($0.unicodeScalars)) }

    static let waw: Unicode.Scalar = "و", fa: Unicode.Scalar = "ف", ba: Unicode.Scalar = "ب", lam: Unicode.Scalar = "ل"
    static let kaf: Unicode.Scalar = "ك", sin: Unicode.Scalar = "س", alef: Unicode.Scalar = "ا", alefWasla: Unicode.Scalar = "ٱ"
    static let ta: Unicode.Scalar = "ت"
    /// Letters that open an imperfect verb (after the future marker س).
    static let imperfectPrefixes: Set<Unicode.Scalar> = ["ي", "ت", "ن", "أ", "ا"]

    /// Every reading of `word` (marks and tatweel are ignored), the whole word first, then
    /// readings with fewer clitics before readings with more.
    /// - Parameters:
    ///   - word: an Arabic word.
    ///   - enclitics: also split pronoun suffixes (for dictionary lookup; names never carry them).
    public static func analyses(of word: String, enclitics: Bool = false) -> [ArabicWordAnalysis] {
        let text = ArabicScript.letters(word)
        let letters = Array(text.unicodeScalars)
        guard !letters.isEmpty else { return [] }
        var result: [ArabicWordAnalysis] = []
        // Stems are cut from the word's UTF-8 bytes (far cheaper than appending scalars):
        // `byteStarts[k]` is where letter k starts.
        let bytes = Array(text.utf8)
        var byteStarts: [Int] = []
        byteStarts.reserveCapacity(letters.count + 1)
        var offset = 0
        for letter in letters { byteStarts.append(offset); offset += UTF8.width(letter) }
        byteStarts.append(offset)
        func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
            String(decoding: bytes[byteStarts[slice.startIndex]..<byteStarts[slice.endIndex]], as: UTF8.self)
        }
        for prefix in prefixes(letters.prefix(5), count: letters.count) {
            let stem = letters[prefix.stemStart...]
            let analysis = ArabicWordAnalysis(conjunction: prefix.conjunction, particle: prefix.particle,
                                              hasArticle: prefix.hasArticle, stem: string(stem))
            if !result.contains(analysis) { result.append(analysis) }
            guard enclitics, !prefix.hasArticle else { continue }
            for (suffix, s) in encliticScalars {
                guard stem.count >= s.count + 2, stem.suffix(s.count).elementsEqual(s) else { continue }
                let base = stem.dropLast(s.count)
                let split = ArabicWordAnalysis(conjunction: prefix.conjunction, particle: prefix.particle, hasArticle: false,
                                               stem: string(base), enclitic: suffix)
                if !result.contains(split) { result.append(split) }
                if base.last == ta {
                    result.append(ArabicWordAnalysis(conjunction: prefix.conjunction, particle: prefix.particle, hasArticle: false,
                                                     stem: string(base.dropLast()) + "ة", enclitic: suffix))
                }
            }
        }
        // The whole word first; then fewer clitics before more (stable otherwise).
        // (Readings are distinct, so they are told apart by index.)
        let whole = result.firstIndex { $0.cliticCount == 0 && !$0.hasArticle }
        let rest = result.indices.filter { $0 != whole }
            .sorted { (result[$0].cliticCount, $0) < (result[$1].cliticCount, $1) }
        return (whole.map { [result[$0]] } ?? []) + rest.map { result[$0] }
    }

    /// One way the front of a word splits into proclitics and an article.
    public struct Prefix: Equatable, Sendable {
        public var conjunction: ArabicWordAnalysis.Conjunction?
        public var particle: ArabicWordAnalysis.Particle?
        public var hasArticle: Bool
        /// Where the stem starts, in letters (with the article: after it; ل + ال written لل
        /// starts the stem after the two lams, or at the second before a stem that opens with
        /// ل: للائحة is ل + ال + لائحة).
        public var stemStart: Int
    }

    /// The ways the grammar lets the front of a word split: the grammar of clitics, in one
    /// place (``analyses(of:enclitics:)`` and the canonicalizer's byte-level matching use it).
    /// - Parameters:
    ///   - first: the word's first letters (five are enough: و + ب + ال + two).
    ///   - count: how many letters the whole word has (every stem keeps two or three).
    public static func prefixes<Letters: Collection<Unicode.Scalar>>(_ first: Letters, count: Int) -> [Prefix] {
        let letters = Array(first)
        var result: [Prefix] = []
        func add(_ conjunction: ArabicWordAnalysis.Conjunction?, _ particle: ArabicWordAnalysis.Particle?, article: Bool, from start: Int) {
            let minimum = article || (conjunction == nil && particle == nil) ? 2 : 3
            guard count - start >= minimum else { return }
            result.append(Prefix(conjunction: conjunction, particle: particle, hasArticle: article, stemStart: start))
        }
        func letter(_ k: Int) -> Unicode.Scalar? { k < letters.count ? letters[k] : nil }
        /// Readings after the given proclitics, which end at `start`: with or without the article.
        func afterProclitics(_ conjunction: ArabicWordAnalysis.Conjunction?, _ particle: ArabicWordAnalysis.Particle?, from start: Int) {
            add(conjunction, particle, article: false, from: start)
            if particle == .li {
                // ل + ال is written لل; before a stem that opens with ل, the three lams are
                // written two (ل + اللائحة → للائحة: the stem starts at the second).
                if letter(start) == lam {
                    add(conjunction, particle, article: true, from: start + 1)
                    add(conjunction, particle, article: true, from: start)
                }
            } else if particle != .sa, letter(start) == alef || letter(start) == alefWasla, letter(start + 1) == lam {
                add(conjunction, particle, article: true, from: start + 2)
            }
        }
        /// Readings after an optional conjunction that ends at `start`.
        func afterConjunction(_ conjunction: ArabicWordAnalysis.Conjunction?, from start: Int) {
            afterProclitics(conjunction, nil, from: start)
            let particle: ArabicWordAnalysis.Particle?
            switch letter(start) {
            case ba?: particle = .bi
            case lam?: particle = .li
            case kaf?: particle = .ka
            case sin? where letter(start + 1).map(imperfectPrefixes.contains) == true: particle = .sa
            default: particle = nil
            }
            if let particle { afterProclitics(conjunction, particle, from: start + 1) }
        }
        guard let opening = letter(0) else { return [] }
        afterConjunction(nil, from: 0)
        switch opening {
        case waw: afterConjunction(.wa, from: 1)
        case fa: afterConjunction(.fa, from: 1)
        default: break
        }
        return result
    }
}

/// How often Arabic word forms are attested: a reference vocabulary, the words of a document…
/// Forms are looked up in the `search` normalization.
public protocol ArabicAttestation: Sendable {
    /// How many times the `search`-normalized form occurs.
    func count(ofFolded form: String) -> Int
}

/// Word counts held in a dictionary (a document's words, a small vocabulary).
public struct ArabicWordCounts: ArabicAttestation, Sendable {
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    /// Counts the Arabic words of `texts`.
    public init(texts: [String]) {
        for text in texts { add(text: text) }
    }

    public mutating func add(text: String) {
        for word in ArabicWordModel.arabicWords(in: text) { counts[Normalizer.search.normalize(word), default: 0] += 1 }
    }

    public mutating func add(folded form: String, count: Int = 1) { counts[form, default: 0] += count }

    public func count(ofFolded form: String) -> Int { counts[form] ?? 0 }
}

/// Chooses the reading of an Arabic word on evidence (see ``ArabicClitics`` for the readings).
///
/// A reading that splits proclitics off is chosen when its form (article + stem) is better
/// attested than the whole word, by enough to pay for the split:
/// `log(1 + attested(form)) + prior(clitics)` against `log(1 + attested(word))`. Attestation
/// adds a reference vocabulary (the shipped one: parallel text, lexicons and name lists) and,
/// weighted up, the other occurrences in the document at hand. The priors say what a reader
/// expects of a word nobody has seen: و and ف are usually conjunctions; ب ك ل start many
/// foreign names (Palin بالين, California كاليفورنيا, London لندن), so they need evidence.
public struct ArabicWordModel: Sendable {
    public let vocabulary: (any ArabicAttestation)?

    /// The prior log-odds of splitting each clitic off a word, before evidence.
    public static let conjunctionPrior = 0.5
    public static let prepositionPrior = -1.0
    public static let futurePrior = -0.5
    /// How much one occurrence in the document at hand counts against one in the vocabulary.
    public static let documentWeight = 20.0

    public init(vocabulary: (any ArabicAttestation)?) {
        self.vocabulary = vocabulary
    }

    /// How well attested a letters-only form is: the vocabulary plus the document's other
    /// occurrences (`exclude` occurrences of it are the word being read itself).
    func attestation(_ form: String, document: (any ArabicAttestation)?, exclude: Int = 0, isFolded: Bool = false) -> Double {
        let folded = isFolded ? form : Normalizer.search.normalize(form)
        let reference = Double(vocabulary?.count(ofFolded: folded) ?? 0)
        let local = Double(max(0, (document?.count(ofFolded: folded) ?? 0) - exclude))
        return reference + Self.documentWeight * local
    }

    /// The evidence score of a reading (higher is more likely).
    public func score(_ analysis: ArabicWordAnalysis, of word: String, document: (any ArabicAttestation)? = nil) -> Double {
        score(analysis, of: word, document: document, isFolded: false)
    }

    /// ``score(_:of:document:)``; `isFolded`: the word is already `search`-normalized (so are its readings).
    func score(_ analysis: ArabicWordAnalysis, of word: String, document: (any ArabicAttestation)?, isFolded: Bool) -> Double {
        let isWhole = !analysis.hasProclitics && analysis.enclitic == nil
        var prior = 0.0
        if analysis.conjunction != nil { prior += Self.conjunctionPrior }
        switch analysis.particle {
        case .bi?, .li?, .ka?: prior += Self.prepositionPrior
        case .sa?: prior += Self.futurePrior
        case nil: break
        }
        if analysis.enclitic != nil { prior += Self.prepositionPrior }
        let form = isWhole ? ArabicScript.letters(word) : analysis.form
        return log1p(attestation(form, document: document, exclude: isWhole ? 1 : 0, isFolded: isFolded)) + prior
    }

    /// The most likely reading of `word`. Pronoun suffixes are split only when asked.
    /// - Parameters:
    ///   - word: an Arabic word.
    ///   - document: counts of the words of the document the word is read in.
    ///   - enclitics: also split pronoun suffixes.
    public func analyze(_ word: String, document: (any ArabicAttestation)? = nil, enclitics: Bool = false) -> ArabicWordAnalysis? {
        // A word already in the search normalization has its readings in it too.
        let isFolded = Normalizer.search.normalize(word).utf8.elementsEqual(word.utf8)
        return best(of: ArabicClitics.analyses(of: word, enclitics: enclitics), word: word, document: document, isFolded: isFolded)
    }

    /// The most likely of `candidates`, the readings ``ArabicClitics/analyses(of:enclitics:)``
    /// gives `word` (for callers that need the readings too).
    /// - Parameter isFolded: `word` is `search`-normalized.
    package func best(of candidates: [ArabicWordAnalysis], word: String, document: (any ArabicAttestation)?,
                      isFolded: Bool) -> ArabicWordAnalysis? {
        guard var best = candidates.first else { return nil }
        // The whole word as one stem: its article stays part of its form.
        var bestScore = score(best, of: word, document: document, isFolded: isFolded)
        for candidate in candidates.dropFirst() where candidate.hasProclitics || candidate.enclitic != nil {
            // A preposition does not attach to a function word (بولا is not ب + ولا).
            if candidate.particle != nil,
               LanguageData.arabicStopwords.contains(isFolded ? candidate.form : Normalizer.search.normalize(candidate.form)) { continue }
            let s = score(candidate, of: word, document: document, isFolded: isFolded)
            if s > bestScore { best = candidate; bestScore = s }
        }
        return best
    }

    /// The word as a glossary lists it: conjunction and preposition removed when the evidence
    /// says they are clitics (وبموسكو → موسكو, للجيش → الجيش; بالين stays).
    public func nameForm(_ word: String, document: (any ArabicAttestation)? = nil) -> String {
        analyze(word, document: document)?.form ?? ArabicScript.letters(word)
    }

    /// The Arabic-script words of a text (letters, marks and tatweel), in order.
    public static func arabicWords(in text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ArabicScript.isWordScalar(scalar.value) {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
