import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// Finds, in the Arabic of an aligned pair, the span that renders an English name, on all the
/// evidence there is:
/// - **transliteration**: the name matcher, word by word and over the whole name, reading
///   the first Arabic word with or without its proclitics (Palin ↔ بالين keeps its ب,
///   Lindsey ↔ وليندسي loses its و);
/// - **translation**: the bilingual lexicon, for names made of words (Supreme Court ↔
///   المحكمة العليا, Labour Party ↔ حزب العمال);
/// - **exonyms** from CLDR (China ↔ الصين, UK ↔ المملكة المتحدة);
/// - **copies**: the name left in Latin script in the Arabic (Blackrock);
/// - an acronym's expansion, when the document defines it.
///
/// A span is scored by how much of the name it explains and how much of it the name
/// explains, so it never runs past the name («فاراج» not «فاراج نظيرًا») and a common word
/// that only sounds alike (الفريق for Furyk) loses to the rendering (فيوريك).
public struct NamePairer: Sendable {
    public let matcher: NameMatcher
    public let lexicon: BilingualLexicon
    public let exonyms: Exonyms
    /// The scores and weights of the pairing, each with its reason.
    public var weights = Weights()
    /// The lowest score a span needs (``Weights/threshold``).
    public var threshold: Double {
        get { weights.threshold }
        set { weights.threshold = newValue }
    }

    /// The pairing's tuned numbers (set on the glossary development documents' tune split).
    public struct Weights: Sendable, Equatable, Tunable {
        /// The lowest score a span needs to be a name's rendering.
        public var threshold = 0.62
        /// A transliteration link weaker than this is no link (sound-alikes by chance).
        public var soundFloor = 0.6
        /// A dictionary word that only sounds like the name, below `sureSound`, keeps this
        /// share of its score (الفريق for Furyk loses to فيوريك).
        public var commonWordFactor = 0.85
        public var sureSound = 0.9
        /// What reading an Arabic word other than the word model's choice costs: the
        /// model's reading wins unless another is clearly better.
        public var otherReadingCost = 0.03
        /// The link of a word with its translation (Court ↔ المحكمة), with a translation of
        /// another form of it (criminal ↔ الجرائم), and of equal ordinals (2nd ↔ الثاني).
        public var translationLink = 0.9
        public var derivationLink = 0.75
        /// A translation weighing less than this share of the word's strongest links it as
        /// another form would (`derivationLink`).
        public var weakTranslationShare = 0.5
        /// An Arabic stem the English word translates to with this probability or more, in
        /// the English-to-Arabic direction, links the two as another form would
        /// (`derivationLink`): the learned model keeps an Arabic word's strongest English
        /// translations only (إدارة: management), the English word's own list holds the rest
        /// (department: إدارة 0.27).
        public var reverseTranslationFloor = 0.15
        /// The score of an acronym's rendering found by its words' initials (ECB ⇄ «البنك
        /// المركزي الأوروبي»): below a transliteration's, above the threshold.
        public var translatedAcronym = 0.7
        /// How much less a rendering that spells a name's particles («دي نيرو») may score than
        /// one without them («نيرو») and still be chosen, when it holds it.
        public var particleMargin = 0.06
        /// The score of a Latin copy with a typing slip (Home Assistant ⇄ "Home Assistance"):
        /// sure, but below an exact copy.
        public var slippedCopy = 0.9
        /// A translation this strong always counts for those initials, however strong the
        /// word's strongest.
        public var acronymTranslationFloor = 0.3
        public var ordinalLink = 0.9
        /// Links weaker than this take no part in the one-to-one linking of a span.
        public var matchingFloor = 0.5
        /// What one word left over on each side of a longer name counts for on each side
        /// (Labour ↔ العمال: likely a translation the lexicon lacks).
        public var leftoverPair = 0.5
        /// What an unlinked Arabic word between two linked words of the span counts for on
        /// the Arabic side (part of the name's translation the lexicon cannot link).
        public var interiorWord = 0.5
        /// The similarity a whole span must reach when read as one transliteration
        /// (Mustafa al-Kadhimi ↔ مصطفى الكاظمي) to score by it.
        public var wholeName = 0.7

        public init() {}
    }

    public init(matcher: NameMatcher, lexicon: BilingualLexicon, exonyms: Exonyms) {
        self.matcher = matcher
        self.lexicon = lexicon
        self.exonyms = exonyms
    }

    /// A rendering found for a name.
    public struct Rendering: Equatable, Sendable {
        /// The Arabic as a glossary lists it (proclitics off the first word).
        public var form: String
        /// 0…1: how well the span and the name explain each other.
        public var score: Double
        /// What the Arabic word before the span, or the span's first word, says the name is
        /// (ولاية واشنطن: a place; شركة جرايسكيل: an organization).
        public var headKind: EntityKind?
        /// Whether that word comes before the span and translates nothing of the English: the
        /// translator added it to say what the name is, so the name is a name, not a phrase.
        public var isClassified = false
    }

    /// How strongly English word i and Arabic word j stand for each other, and through which
    /// reading of the Arabic word.
    struct Links {
        var strength: [[Double]]
        var reading: [[Int]]
    }

    /// Links of every English word with every Arabic word: transliteration over the word's
    /// readings (the word model's choice preferred), translation through the lexicon, equal
    /// numbers (14th ↔ 14, 2nd ↔ الثاني).
    func links(_ englishWords: [String], _ tokens: [ArabicToken]) -> Links {
        let parsedWords = englishWords.map { matcher.parse($0) }
        let stems = englishWords.map { EnglishWordForm.stem($0) }
        let numbers = englishWords.map(Self.numberValue)
        let keys = englishWords.map { Normalizer.key.normalize($0) }
        // Only a dictionary word's: a name's list is co-occurrence noise (Leive: «قالت», "said").
        let reverse = englishWords.map { word -> Set<String> in
            guard word != word.uppercased(), lexicon.evidence(.headword, ofEnglish: word) > 0, !lexicon.isNameWord(word) else { return [] }
            return Set(lexicon.arabicStems(forEnglish: word).filter { Double($0.weight) >= weights.reverseTranslationFloor }.map(\.stem))
        }
        var strength = [[Double]](repeating: [Double](repeating: 0, count: tokens.count), count: englishWords.count)
        var reading = [[Int]](repeating: [Int](repeating: 0, count: tokens.count), count: englishWords.count)
        for (j, token) in tokens.enumerated() {
            if token.isLatin {
                // The same number, or the word copied as written (Airbus A350 ⇄ «آيرباص A350»).
                let copied = Normalizer.key.normalize(token.letters)
                for i in englishWords.indices
                where numbers[i] != nil && numbers[i] == Self.numberValue(token.letters)
                    || !copied.isEmpty && keys[i] == copied {
                    strength[i][j] = 1
                }
                continue
            }
            let found = lexicon.translations(ofArabic: token.letters)
            let translations = Set(found.map(\.stem))
            // A translation far weaker than the word's strongest is co-occurrence noise more
            // often than not (the learned model gives «بوغد» bogd 0.30, khaan 0.30, qing 0.12):
            // it links the word, less surely than a transliteration would.
            let strongest = found.first?.weight ?? 0
            let weak = Set(found.filter { Double($0.weight) < weights.weakTranslationShare * Double(strongest) }.map(\.stem))
            let isCommonWord = !translations.isEmpty
            let ordinal = LanguageData.arabicOrdinals[Normalizer.search.normalize(token.best.form)]
                ?? LanguageData.arabicOrdinals[Normalizer.search.normalize(token.best.stem)]
            let preferred = token.readings.firstIndex(of: token.best) ?? 0
            // A word that spells one of the names it translates (سانتا: santa) renders that
            // name; the other names the learned model gives it are names it stood beside in
            // training (albuquerque, fe), not translations. Abbreviations (St.) and short words
            // are left to the lexicon.
            var soundAlikes: Set<String>?
            func isOtherNamesRendering(_ i: Int) -> Bool {
                guard englishWords[i].count >= 4, !englishWords[i].contains("."), !lexicon.isCommonEnglishWord(englishWords[i]) else { return false }
                if soundAlikes == nil {
                    let spelled = matcher.parse(token.best.form)
                    soundAlikes = Set(found.prefix(12).map(\.stem).filter { matcher.similarity(matcher.parse($0), spelled) >= weights.sureSound })
                }
                return !soundAlikes!.isEmpty && !soundAlikes!.contains(stems[i])
            }
            for i in englishWords.indices {
                var best = 0.0, bestReading = preferred
                for (r, candidate) in token.readings.enumerated() {
                    var score = matcher.similarity(parsedWords[i], matcher.parse(candidate.form))
                    if score < weights.soundFloor { score = 0 }
                    // A dictionary word that only sounds like the name is not its rendering.
                    if isCommonWord && score < weights.sureSound { score *= weights.commonWordFactor }
                    // The word model's reading unless another one is clearly better.
                    if candidate != token.best { score -= weights.otherReadingCost }
                    if score > best { best = score; bestReading = r }
                }
                if translations.contains(stems[i]), !isOtherNamesRendering(i) {
                    // The lexicon lists the word with its first letter (بكين, Beijing): that
                    // letter is no preposition, whatever the word model read.
                    let link = weak.contains(stems[i]) ? weights.derivationLink : weights.translationLink
                    if best < link { bestReading = translatedReading(token, stem: stems[i], preferred: bestReading) }
                    best = max(best, link)
                } else if stems[i].count >= 4, translations.contains(where: { Self.isDerivation($0, of: stems[i]) }) {
                    // Another form of the word (criminal ↔ الجرائم "crimes"): a translation, less sure.
                    best = max(best, weights.derivationLink)
                } else if !reverse[i].isEmpty, best < weights.derivationLink,
                          let r = token.readings.firstIndex(where: { reverse[i].contains(Normalizer.search.normalize($0.stem)) }) {
                    // The English word's own translations (department: إدارة).
                    best = weights.derivationLink
                    bestReading = r
                }
                if let n = numbers[i], n == ordinal { best = max(best, weights.ordinalLink) }
                strength[i][j] = best
                reading[i][j] = bestReading
            }
        }
        return Links(strength: strength, reading: reading)
    }

    /// The reading of a token whose stem, as it stands (or without a plural ending), the
    /// lexicon translates to `stem` most strongly (the preferred one on a tie, or when none
    /// does): a dictionary lists «بكين» for Beijing, and the learned model, trained on words read
    /// as «ب+كين», lists «كين» less surely; «للديانات» is «ل+ال+ديانات», religions.
    func translatedReading(_ token: ArabicToken, stem: String, preferred: Int) -> Int {
        func weight(_ r: Int) -> Float {
            BilingualLexicon.inflectedForms(ofStem: Normalizer.search.normalize(token.readings[r].stem)).lazy
                .compactMap { form in self.lexicon.translations(ofForm: form).first { $0.stem == stem }?.weight }.max() ?? 0
        }
        var chosen = preferred, best = weight(preferred)
        for r in token.readings.indices where r != preferred {
            let w = weight(r)
            if w > best { chosen = r; best = w }
        }
        return chosen
    }

    /// Whether two English stems are forms of one word: one, of four letters or more, begins
    /// the other, which is at most four letters longer (crim / criminal, industri / industrial).
    static func isDerivation(_ a: String, of b: String) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return short.count >= 4 && long.count - short.count <= 4 && long.hasPrefix(short)
    }

    /// The maximum-weight one-to-one linking of English words with Arabic words (links of
    /// strength `floor` or more only). Names are short, so a depth-first search over the
    /// English words finds it exactly.
    static func bestMatching(_ strength: [[Double]], english: Int, arabic: [Int], floor: Double = Weights().matchingFloor)
        -> (weight: Double, pairs: [(english: Int, arabic: Int)]) {
        let options = (0..<english).map { i in arabic.filter { strength[i][$0] >= floor } }
        var best: (Double, [(english: Int, arabic: Int)]) = (0, [])
        var used = Set<Int>()
        var current: [(english: Int, arabic: Int)] = []
        var steps = 0
        func search(_ i: Int, _ weight: Double) {
            steps += 1
            if i == english || steps > 20_000 {
                if weight > best.0 + 1e-9 { best = (weight, current) }
                return
            }
            // What the remaining words could add at most: prune hopeless branches.
            var bound = weight
            for k in i..<english { bound += options[k].map { strength[k][$0] }.max() ?? 0 }
            if bound <= best.0 + 1e-9 { return }
            for j in options[i] where !used.contains(j) {
                used.insert(j); current.append((i, j))
                search(i + 1, weight + strength[i][j])
                used.remove(j); current.removeLast()
            }
            search(i + 1, weight)
        }
        search(0, 0)
        return best
    }

    /// An adjective of nationality or origin (Scottish, Nigerian, Japanese)…
    static func isDemonym(_ word: String) -> Bool {
        let lower = word.lowercased()
        return lower.count >= 5 && ["ish", "ian", "ese", "an", "ic", "i"].contains { lower.hasSuffix($0) }
    }

    /// …and its Arabic rendering, a nisba adjective (الإسكتلندية، النيجيري).
    static func isNisba(_ folded: String) -> Bool {
        folded.unicodeScalars.count >= 4 && ["ي", "يه", "يون", "يين", "يات"].contains { folded.hasSuffix($0) }
    }

    /// The value of a number or ordinal written in digits, or of a Roman numeral: "14th" → 14,
    /// "2nd" → 2, "II" → 2 (Elizabeth II ⇄ «إليزابيث الثانية»).
    static func numberValue(_ word: String) -> Int? {
        if word.count >= 2, let roman = RomanNumeral.value(word) { return roman }
        var digits = word.lowercased()
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits.removeLast(2) }
        return digits.allSatisfy(\.isNumber) ? Int(digits) : nil
    }

    /// The best rendering of `name` among `tokens` (an aligned pair's Arabic), or nil.
    /// - Parameters:
    ///   - expansion: the words an acronym stands for, if known.
    ///   - context: stems of the other English words of the pair: an Arabic word that
    ///     translates one of them belongs to it, not to this name.
    func rendering(of name: String, expansion: String? = nil, in tokens: [ArabicToken], context: Set<String> = []) -> Rendering? {
        // A name's own "The" (The Lancet ⇄ «لانسيت») is no word of its Arabic, unless the
        // Arabic copies the name in Latin letters ("The Office").
        let bare = EnglishNameFinder.withoutThe(name)
        if bare != name {
            return copySpan(name, in: tokens, context: context) ?? rendering(of: bare, expansion: expansion, in: tokens, context: context)
        }
        var whole = spanRendering(of: name, expansion: expansion, in: tokens, context: context)
        // A name's particles are transliterated in a person's name (De Niro ⇄ «دي نيرو», La Liga
        // ⇄ «لا ليغا», Van Dijk ⇄ «فان دايك») and left out of a translated one (Comité des
        // Vins): both readings are tried. The spelled one wins when it scores better, or nearly
        // as well and holds the other (a perfect «نيرو» for Niro alone leaves out «دي»).
        if expansion == nil, name.split(separator: " ").contains(where: { NameData.englishNameParticles.contains($0.lowercased()) }),
           let spelled = spanRendering(of: name, expansion: nil, in: tokens, context: context, keepingParticles: true),
           spelled.score > (whole?.score ?? 0) + 1e-9
            || whole.map({ spelled.score >= $0.score - weights.particleMargin && spelled.form.contains($0.form) }) == true {
            whole = spelled
        }
        // A compound the lexicon does not know is also read as its two words, each translated
        // (Firestorm ⇄ «العاصفة النارية», Taskforce ⇄ «فريق عمل»); the better reading wins.
        let words = (expansion ?? name).split(separator: " ").map(String.init)
        let split = words.map { word in Self.compoundParts(word, lexicon: lexicon).map { "\($0.0) \($0.1)" } ?? word }
        guard split != words, let parts = spanRendering(of: name, expansion: split.joined(separator: " "), in: tokens, context: context)
        else { return whole }
        return parts.score > (whole?.score ?? 0) + 1e-9 ? parts : whole
    }

    /// A word the lexicon does not translate, made of two common words it does (task + force,
    /// fire + storm, pawn + shop), or nil. Of several splits, the one with the longer shorter part.
    static func compoundParts(_ word: String, lexicon: BilingualLexicon) -> (String, String)? {
        let lower = word.lowercased()
        guard lower.count >= 7, lower.allSatisfy({ $0.isASCII && $0.isLetter }), !lexicon.isNameWord(lower),
              !lexicon.hasArabicTranslation(forEnglish: lower) else { return nil }
        var best: (String, String)?
        let letters = Array(lower)
        for cut in 3...(letters.count - 3) {
            let left = String(letters[..<cut]), right = String(letters[cut...])
            guard lexicon.isCommonEnglishWord(left), lexicon.isCommonEnglishWord(right),
                  lexicon.hasArabicTranslation(forEnglish: left), lexicon.hasArabicTranslation(forEnglish: right) else { continue }
            if min(left.count, right.count) > best.map({ min($0.0.count, $0.1.count) }) ?? 0 { best = (left, right) }
        }
        return best
    }

    /// The best rendering of the name's words (or the expansion's) as one span of `tokens`.
    func spanRendering(of name: String, expansion: String?, in tokens: [ArabicToken], context: Set<String>,
                       keepingParticles: Bool = false) -> Rendering? {
        guard !tokens.isEmpty else { return nil }
        let englishWords = (expansion ?? name).split(whereSeparator: { $0 == " " }).map(String.init)
            .filter { !NameData.englishConnectors.contains($0.lowercased()) || $0 == "&"
                || keepingParticles && NameData.englishNameParticles.contains($0.lowercased()) }
        guard !englishWords.isEmpty else { return nil }
        // Exonyms and copies first: they are certain when present.
        if let found = exonymSpan(name, in: tokens) ?? copySpan(name, in: tokens, context: context)
            ?? spelledSpan(name, in: tokens, context: context) { return found }
        let table = links(englishWords, tokens)
        if expansion == nil, englishWords.count == 1, let letters = Self.acronymLetters(name), letters.count >= 3,
           case .decided(let rendering) = linkedAcronymSpan(name, letters: letters.count, in: tokens, strength: table.strength[0], context: context) {
            return rendering
        }
        let parsedName = matcher.parse(expansion ?? name)
        let belongsElsewhere = tokens.map { token in
            !token.isLatin && !context.isEmpty && lexicon.translations(ofArabic: token.letters).prefix(12).contains { context.contains($0.stem) }
        }
        var result: Rendering?
        var resultEnd: Int?
        // A word of the name written as a CLDR exonym of several words («الولايات المتحدة» for
        // the U.S. of U.S. Army) is rendered whole or not at all: no span cuts through it.
        let exonymRanges = englishWords.count > 1 ? englishWords.compactMap { exonymOccurrence($0, in: tokens)?.range }.filter { $0.count > 1 } : []
        let maxLength = min(tokens.count, englishWords.count * 2 + 2)
        let ofName = (expansion ?? name).split(separator: " ").contains { $0.lowercased() == "of" }
        // A function word that spells a word of the name is that word (Santa Fe ⇄ «سانتا في»).
        // Only a word of two letters or more, not an acronym, and by its sound.
        let soundWords = englishWords.filter {
            $0.count >= 2 && $0 != $0.uppercased()
                && (!EnglishWordForm.isStopword($0.lowercased()) || keepingParticles && NameData.englishNameParticles.contains($0.lowercased()))
        }
            .map { matcher.parse($0) }
        // So is one the lexicon gives as a given name of the name, before the word that renders
        // the next (Anne Horton ⇄ «آن هورتون»; «آن» is also "now").
        let function = tokens.indices.map { k in
            guard isFunctionWord(tokens[k]) else { return false }
            let spelled = matcher.parse(tokens[k].best.form)
            if k + 1 < tokens.count, englishWords.indices.dropLast().contains(where: { i in
                englishWords[i].count >= 3 && table.strength[i][k] >= weights.translationLink && lexicon.isNameWord(englishWords[i])
                    && !lexicon.isCommonEnglishWord(englishWords[i]) && table.strength[i + 1][k + 1] >= weights.matchingFloor
            }) { return false }
            return !soundWords.contains { matcher.similarity($0, spelled) >= weights.sureSound }
        }
        // A word that repeats an earlier word's stem behind "و" opens the next of two names
        // joined («البحر المتوسط والبحر الأحمر»): no span runs over it, unless the name has an
        // "and" of its own (Public Administration and Development Management ⇄ «الإدارة العامة
        // وإدارة التنمية»).
        let joinsTwo = !(expansion ?? name).split(separator: " ").contains { $0.lowercased() == "and" || $0 == "&" }
        func bare(_ stem: String) -> String { stem.hasPrefix("ال") && stem.count > 3 ? String(stem.dropFirst(2)) : stem }
        let stems = tokens.map { Set(([$0.best] + $0.readings).map { bare($0.stem) }) }
        func opensAnother(_ k: Int, after start: Int) -> Bool {
            tokens[k].readings.contains { reading in
                reading.conjunction == .wa && (start..<k).contains { stems[$0].contains(bare(reading.stem)) }
            }
        }
        for start in tokens.indices where !tokens[start].isLatin && !function[start] {
            for length in 1...maxLength where start + length <= tokens.count {
                let span = start..<(start + length)
                if span.dropLast().contains(where: { tokens[$0].breakAfter }) { break }
                if joinsTwo, length > 1, opensAnother(span.last!, after: start) { break }
                if exonymRanges.contains(where: { $0.overlaps(span) && !($0.lowerBound >= span.lowerBound && $0.upperBound <= span.upperBound) }) {
                    continue
                }
                // A span ends on an Arabic content word, or on a number or Latin word the name
                // holds (Boeing 787 ⇄ «بوينغ 787»).
                if function[span.last!] { continue }
                if tokens[span.last!].isLatin, !englishWords.indices.contains(where: { table.strength[$0][span.last!] > 0 }) { continue }
                let content = span.filter { !function[$0] }
                // The best one-to-one linking of the name's words with the span's.
                let matching = Self.bestMatching(table.strength, english: englishWords.count, arabic: content, floor: weights.matchingFloor)
                let firstLink = matching.pairs.first { $0.arabic == start }?.english
                var score = coverage(matching, englishWords: englishWords, content: content, tokens: tokens, exonymRanges: exonymRanges,
                                     strength: table.strength, belongsElsewhere: belongsElsewhere, ofName: ofName)
                var firstForm = tokens[start].form(firstLink.map { tokens[start].readings[table.reading[$0][start]] })
                // The whole name transliterated (Mustafa al-Kadhimi ↔ مصطفى الكاظمي).
                if length <= englishWords.count + 1 {
                    for candidate in [tokens[start].best] + tokens[start].readings where !tokens[start].readings.isEmpty {
                        let first = tokens[start].form(candidate)
                        let text = ([first] + span.dropFirst().map { tokens[$0].letters }).joined(separator: " ")
                        let whole = matcher.similarity(parsedName, matcher.parse(text)) - (candidate == tokens[start].best ? 0 : weights.otherReadingCost)
                        if whole >= weights.wholeName, whole > score { score = whole; firstForm = first }
                    }
                }
                guard score >= threshold, score > (result?.score ?? 0) + 1e-9 else { continue }
                var form = ([firstForm] + span.dropFirst().map { tokens[$0].letters }).joined(separator: " ")
                var named = span   // the words the rendering holds
                if let head = headNoun(before: start, in: tokens, belongsElsewhere: belongsElsewhere) {
                    form = tokens[head].form(nil) + " " + form
                    named = head..<span.upperBound
                } else if let firstLink, let head = untranslatedHead(before: start, firstLink: firstLink, englishWords: englishWords,
                                                                    tokens: tokens, strength: table.strength, belongsElsewhere: belongsElsewhere) {
                    form = ([tokens[head.lowerBound].form(nil)] + head.dropFirst().map { tokens[$0].letters } + [form]).joined(separator: " ")
                    named = head.lowerBound..<span.upperBound
                }
                result = Rendering(form: form, score: score, headKind: headKind(tokens, named, context: context),
                                   isClassified: classifierKind(tokens, named, context: context) != nil)
                resultEnd = span.upperBound
            }
        }
        // A rendering does not end on a noun in construct: a translated word without the
        // article before a definite word is that word's head («لجنة بناء السلام», «مجلس
        // مراجعي الحسابات»), the phrase one rendering. (Not a transliterated name before a
        // title: «ترامب الرئيس».)
        if var found = result, let end = resultEnd, end < tokens.count, !tokens[end - 1].breakAfter,
           !tokens[end - 1].isLatin, !tokens[end - 1].folded.hasPrefix("ال"), tokens[end - 1].best.enclitic == nil,
           tokens[end - 1].best.conjunction == nil, tokens[end - 1].best.particle == nil,
           englishWords.indices.contains(where: { i in
               table.strength[i][end - 1] >= weights.derivationLink && lexicon.isCommonEnglishWordOrPlural(englishWords[i])
                   && !matcher.compare(englishWords[i], tokens[end - 1].best.form).isSame
           }),
           !tokens[end].isLatin, !function[end], !belongsElsewhere[end],
           tokens[end].folded.hasPrefix("ال"), tokens[end].best.conjunction == nil, tokens[end].best.particle == nil,
           !lexicon.translations(ofArabic: tokens[end].letters).contains(where: { context.contains($0.stem) }) {   // («كولونيا العام القادم»: next year)
            found.form += " " + tokens[end].letters
            result = found
        }
        if let result, isPartOfExonym(result.form, of: name) { return nil }
        return result ?? (expansion == nil ? translatedAcronymSpan(name, in: tokens, context: context) : nil)
    }

    /// Whether an Arabic form is some words of, not all of, the name's CLDR rendering: «الولايات»
    /// for U.S. in «الولايات الأمريكية» ("U.S. states") is the states, not the country.
    func isPartOfExonym(_ form: String, of name: String) -> Bool {
        let words = Set(Exonyms.arabicKey(form).split(separator: " "))
        return exonyms.entries(english: name).contains { entry in
            entry.arabic.contains { arabic in
                let whole = Set(Exonyms.arabicKey(arabic).split(separator: " "))
                return words.count < whole.count && words.isSubset(of: whole)
            }
        }
    }

    /// How well a span's content words and the name's words explain each other, given their
    /// best one-to-one linking: the harmonic mean of the share of each side covered (0…1).
    func coverage(_ matching: (weight: Double, pairs: [(english: Int, arabic: Int)]), englishWords: [String], content: [Int],
                  tokens: [ArabicToken], exonymRanges: [Range<Int>], strength: [[Double]], belongsElsewhere: [Bool], ofName: Bool) -> Double {
        let usedEnglish = Set(matching.pairs.map(\.english)), usedArabic = Set(matching.pairs.map(\.arabic))
        var englishCovered = matching.weight, arabicCovered = matching.weight
        // A word the name repeats (Packaging and Packaging Waste Regulation) is rendered once:
        // the repeat is covered by its twin's link, not left over.
        func twin(of i: Int) -> (english: Int, arabic: Int)? {
            matching.pairs.first { englishWords[$0.english].lowercased() == englishWords[i].lowercased() }
        }
        var leftEnglish: [Int] = []
        for i in englishWords.indices where !usedEnglish.contains(i) {
            if let twin = twin(of: i) { englishCovered += strength[twin.english][twin.arabic] } else { leftEnglish.append(i) }
        }
        // The other words of an exonym one of whose words is linked render the same English
        // word («المتحدة» beside «الولايات» for U.S.): covered by that link, not left over.
        var leftArabic: [Int] = []
        for k in content where !usedArabic.contains(k) {
            if let range = exonymRanges.first(where: { $0.contains(k) }),
               let link = matching.pairs.first(where: { range.contains($0.arabic) }) {
                arabicCovered += strength[link.english][link.arabic]
            } else if let link = matching.pairs.first(where: { abs($0.arabic - k) == 1 && strength[$0.english][k] >= weights.matchingFloor }) {
                // A word Arabic renders in two (Basketball ⇄ «كرة السلة», Senate ⇄ «مجلس
                // الشيوخ»): the second word beside the first links the same English word. When
                // both are full translation links and two words (not the name twice: «كيبيك
                // بكيبيك»), a hair more than that, so the rendering holds both rather than
                // tying with the first alone.
                let pair = strength[link.english][k] >= weights.translationLink && strength[link.english][link.arabic] >= weights.translationLink
                    && tokens[k].best.stem != tokens[link.arabic].best.stem
                arabicCovered += strength[link.english][k] + (pair ? 1e-6 : 0)
            } else {
                leftArabic.append(k)
            }
        }
        // One word left over on each side of a longer name: likely each other's translation
        // the lexicon lacks (Labour ↔ العمال) — when the English word is a common word (a name
        // word is transliterated, not translated) or a demonym or place rendered as a nisba
        // (U.S. ↔ الأمريكي), the Arabic word does not translate another
        // word of the sentence, and an "X of Y" name's order is kept. A word after the linked
        // ones that opens with a conjunction («ويشارك», "and takes part") starts a clause of its
        // own (before them, the conjunction is the sentence's: «وقانون الطاقة النووية»).
        if englishWords.count >= 2, leftEnglish.count == 1, leftArabic.count == 1, !belongsElsewhere[leftArabic[0]],
           tokens[leftArabic[0]].best.conjunction == nil || leftArabic[0] < usedArabic.min() ?? 0,
           ofName ? Self.keepsOrder(english: leftEnglish[0], linked: usedEnglish, arabic: leftArabic[0], linkedArabic: usedArabic)
               : Self.headFirstOrder(english: englishWords[leftEnglish[0]], at: leftEnglish[0], linked: usedEnglish,
                                     arabic: leftArabic[0], linkedArabic: usedArabic),
           lexicon.isCommonEnglishWord(englishWords[leftEnglish[0]])
            || (Self.isDemonym(englishWords[leftEnglish[0]]) || isPlace(englishWords[leftEnglish[0]]))
                && Self.isNisba(tokens[leftArabic[0]].folded) {
            englishCovered += weights.leftoverPair
            arabicCovered += weights.leftoverPair
        } else if let first = usedArabic.min(), let last = usedArabic.max() {
            // A word between two linked words of a translated name is part of it (علم in
            // «مؤسسة علم الاجتماع» for Institute of Sociology; ذوي in «حقوق ذوي الإعاقة»): a
            // name's translation is contiguous, and its phrases hold words the English has no
            // word for.
            let interior = leftArabic.filter { $0 > first && $0 < last && !belongsElsewhere[$0] }
            arabicCovered += weights.interiorWord * Double(interior.count)
        }
        let e = englishCovered / Double(englishWords.count), a = content.isEmpty ? 0 : arabicCovered / Double(content.count)
        return e + a == 0 ? 0 : 2 * e * a / (e + a)
    }

    /// Whether CLDR knows the word as a place (U.S., Britain): a place that modifies a name is
    /// often rendered as its adjective (U.S. Occupational Safety and Health Administration ⇄
    /// «إدارة السلامة والصحة المهنية الأمريكية»), which no lexicon links to it.
    func isPlace(_ word: String) -> Bool {
        exonyms.entries(english: word).contains { $0.kind == .place }
    }

    /// Whether a leftover Arabic word stands where an "X of Y" name's leftover English word
    /// does: Arabic keeps the order of such a name's parts (Bank of England ⇄ «بنك إنجلترا»,
    /// Brewers of Europe ⇄ «منتجو الجعة في أوروبا»), so a word left over before the linked
    /// words in English is left over before them in Arabic, and after them after.
    static func keepsOrder(english: Int, linked: Set<Int>, arabic: Int, linkedArabic: Set<Int>) -> Bool {
        guard let low = linkedArabic.min(), let high = linkedArabic.max() else { return true }
        if linked.allSatisfy({ english < $0 }) { return arabic < low }
        if linked.allSatisfy({ english > $0 }) { return arabic > high }
        return true
    }

    /// Whether a leftover Arabic word may be the modifier of an English name without "of":
    /// Arabic puts the head first and its adjective or complement after (High Court ⇄
    /// «المحكمة العليا», Labour Party ⇄ «حزب العمال»), so a word left over before the linked
    /// words in English is not left over before them in Arabic — not the «وفي» before
    /// «المحكمة». A verb's -ing form keeps its object after it in both (Trimming the Herbs ⇄
    /// «تقليم الأعشاب»), and a word left over after the linked ones may go either way (a head,
    /// Resources Division ⇄ «قسم … الموارد», or an object).
    static func headFirstOrder(english: String, at index: Int, linked: Set<Int>, arabic: Int, linkedArabic: Set<Int>) -> Bool {
        guard let low = linkedArabic.min(), linked.allSatisfy({ index < $0 }), !english.lowercased().hasSuffix("ing") else { return true }
        return arabic > low
    }

    /// Arabic renders some one-word names as a head noun and a nisba adjective (Legislature ⇄
    /// «الهيئة التشريعية», Judiciary ⇄ «السلطة القضائية»): when a span opens on such an
    /// adjective, the head noun right before it (one of ``NameData/arabicHeads``, with the
    /// article like its adjective, translating no other word of the pair) belongs to it.
    func headNoun(before start: Int, in tokens: [ArabicToken], belongsElsewhere: [Bool]) -> Int? {
        guard start > 0, !tokens[start - 1].breakAfter, !tokens[start - 1].isLatin, !belongsElsewhere[start - 1] else { return nil }
        let adjective = tokens[start].folded
        guard adjective.hasPrefix("ال"), tokens[start - 1].folded.hasPrefix("ال"), Self.isNisba(adjective),
              tokens[start - 1].headNounKind != nil else { return nil }
        return start - 1
    }

    /// Arabic puts a name's head first (Urban Taskforce Australia ⇄ «لفريق عمل المناطق
    /// الحضرية بأستراليا»). When an English word of the name that no Arabic word of the pair
    /// renders comes after the word the span opens on (Taskforce after Urban), its rendering is
    /// the words right before the span: up to two per such word and one more, content words
    /// that render nothing else of the name or the pair, stopping at one that carries a
    /// preposition (ل, ب: the name's first word) or at punctuation. Returns their range, or nil.
    func untranslatedHead(before start: Int, firstLink: Int, englishWords: [String], tokens: [ArabicToken],
                          strength: [[Double]], belongsElsewhere: [Bool]) -> Range<Int>? {
        let unrendered = englishWords.indices.filter { i in
            i > firstLink && !EnglishWordForm.isStopword(englishWords[i].lowercased())
                && !tokens.indices.contains { strength[i][$0] >= weights.matchingFloor }
        }
        guard !unrendered.isEmpty else { return nil }
        var first = start
        while first > 0, start - first < 2 * unrendered.count + 1 {
            let k = first - 1
            let token = tokens[k]
            guard !token.breakAfter, !token.isLatin, !isFunctionWord(token), !belongsElsewhere[k],
                  !englishWords.indices.contains(where: { strength[$0][k] >= weights.matchingFloor }) else { break }
            first = k
            if token.best.particle != nil { break }
        }
        // Only a head that opens on its preposition or on the article is a whole phrase.
        guard first < start, tokens[first].best.particle != nil || tokens[first].best.hasArticle else { return nil }
        return first..<start
    }

    /// Explains `rendering(of:expansion:in:)` for one name and one Arabic text: each Arabic
    /// word's readings and its link to each English word, then the chosen rendering.
    public func explain(_ name: String, in arabic: String, document: ArabicWordCounts? = nil) -> String {
        let tokens = arabicTokens(arabic, model: lexicon.wordModel, document: document)
        let englishWords = name.split(separator: " ").map(String.init).filter { !NameData.englishConnectors.contains($0.lowercased()) }
        var lines: [String] = []
        let table = links(englishWords, tokens)
        for (j, token) in tokens.enumerated() {
            let translations = lexicon.translations(ofArabic: token.letters).prefix(6).map(\.stem).joined(separator: ",")
            let links = englishWords.indices.map { i -> String in
                "\(englishWords[i])=\(String(format: "%.2f", table.strength[i][j]))"
                    + (token.readings.isEmpty || token.readings[table.reading[i][j]] == token.best ? "" : "(\(token.readings[table.reading[i][j]]))")
            }.joined(separator: " ")
            lines.append("\(token.letters)\tbest \(token.best)\treadings \(token.readings.map(\.description).joined(separator: "|"))\t\(token.isLatin ? "latin" : "")\t[\(translations)]\t\(links)\(isFunctionWord(token) ? "\tfunction word" : "")")
        }
        let result = rendering(of: name, in: tokens)
        lines.append("rendering\t\(result.map { "\($0.form)\t\(String(format: "%.3f", $0.score))\t\($0.headKind?.rawValue ?? "-")" } ?? "none")")
        return lines.joined(separator: "\n")
    }

    /// What an Arabic head word says about the span: its own first word (حزب العمال) or the
    /// word before it (ولاية واشنطن).
    /// The word before the span counts only if it does not translate a word of the English
    /// outside the name: «قانون» before ريشي سوناك is "Rishi Sunak's law", «إدارة» before بايدن
    /// "the Biden administration" — words about the name, not its kind.
    func headKind(_ tokens: [ArabicToken], _ span: Range<Int>, context: Set<String> = []) -> EntityKind? {
        if let kind = NameData.arabicHeads[tokens[span.lowerBound].folded], span.count > 1 { return kind }
        return classifierKind(tokens, span, context: context)
    }

    /// What the Arabic word just before the span says the name is, when it translates
    /// nothing of the English around the name: a word the translator added to tell the reader
    /// what kind of thing the name is («منظمة» before «الموظفين العموميين للمسؤولية البيئية»).
    func classifierKind(_ tokens: [ArabicToken], _ span: Range<Int>, context: Set<String>) -> EntityKind? {
        if span.lowerBound > 0, !tokens[span.lowerBound - 1].breakAfter {
            let before = tokens[span.lowerBound - 1]
            if let kind = NameData.arabicHeads[before.folded], !NameData.arabicGoverningHeads.contains(before.folded),
               !lexicon.translations(ofArabic: before.letters).prefix(12).contains(where: { context.contains($0.stem) }) {
                return kind
            }
        }
        return nil
    }

    func isFunctionWord(_ token: ArabicToken) -> Bool {
        !token.isLatin && (token.folded.isEmpty || ArabicWordForm.isStopword(Normalizer.search.normalize(token.letters))
            || ArabicWordForm.isStopword(token.folded))
    }
}
