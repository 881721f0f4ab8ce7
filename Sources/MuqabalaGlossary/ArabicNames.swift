import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// A word of an Arabic sentence as the name finders read it.
struct ArabicToken {
    /// The word as written, letters only (no marks or tatweel).
    var letters: String
    /// The readings of the word that name finders consider: the whole word, and the word
    /// model's best reading with proclitics off if it has some.
    var readings: [ArabicWordAnalysis]
    /// The model's best reading.
    var best: ArabicWordAnalysis
    /// Punctuation right after the word.
    var breakAfter: Bool
    /// A Latin-script word left untranslated in the Arabic (Blackrock, AT&T).
    var isLatin: Bool
    /// `search` normalization of the best reading's form.
    var folded: String

    /// The form a reading gives the word (conjunction and preposition off; ل + ال → ال).
    func form(_ reading: ArabicWordAnalysis?) -> String { isLatin ? letters : (reading ?? best).form }

    /// The kind of thing the word names as a head noun (حزب, وكالة, الجمعية), with or without
    /// the article, or nil.
    var headNounKind: EntityKind? {
        if let kind = NameData.arabicHeads[folded] { return kind }
        return folded.hasPrefix("ال") ? NameData.arabicHeads[String(folded.unicodeScalars.dropFirst(2))] : nil
    }
}

/// Reads the words of an Arabic sentence through the word model (with the document's words
/// as evidence), keeping Latin-script words too.
func arabicTokens(_ sentence: String, model: ArabicWordModel, document: ArabicWordCounts?) -> [ArabicToken] {
    var tokens = readTokens(sentence, model: model, document: document)
    // ل before a stem that opens with ل is ل + ال when a definite adjective follows (للجنة
    // الثانية: «اللجنة الثانية»), and bare ل before a noun it is in construct with (للجنة
    // البرنامج: «لجنة البرنامج»); the word model, reading one word, cannot tell.
    for k in tokens.indices where !tokens[k].isLatin && tokens[k].best.particle == .li && tokens[k].best.stem.hasPrefix("ل") {
        let next = k + 1 < tokens.count && !tokens[k].breakAfter ? tokens[k + 1].folded : ""
        // Only a stem whose definite form the vocabulary knows (لليبيا is ل + ليبيا); and a
        // name the vocabulary knows only with the article (للاذقية: «اللاذقية») keeps it.
        let stem = Normalizer.search.normalize(tokens[k].best.stem)
        let attested = { (form: String) in (model.vocabulary?.count(ofFolded: form) ?? 0) > 0 }
        let adjective = next.hasPrefix("ال") && (NamePairer.isNisba(next) || NameData.arabicNameAdjectives.contains(next))
        let definite = attested("ال" + stem) && (adjective || !attested(stem))
        guard definite != tokens[k].best.hasArticle else { continue }
        var reading = tokens[k].best
        reading.hasArticle = definite
        tokens[k].best = reading
        if !tokens[k].readings.contains(reading) { tokens[k].readings.append(reading) }
        tokens[k].folded = Normalizer.search.normalize(reading.form)
    }
    return tokens
}

/// The words of an Arabic sentence, each read alone.
private func readTokens(_ sentence: String, model: ArabicWordModel, document: ArabicWordCounts?) -> [ArabicToken] {
    nameTokens(sentence).flatMap(splittingScripts).compactMap { token in
        let text = token.text
        if ScriptCounts(text).dominant == .latin || text.first?.isNumber == true {
            return ArabicToken(letters: text, readings: [], best: ArabicWordAnalysis(stem: text), breakAfter: token.breakAfter,
                               isLatin: true, folded: Normalizer.search.normalize(text))
        }
        guard ScriptCounts(text).dominant == .arabic else { return nil }
        let letters = ArabicScript.letters(text)
        let whole = ArabicWordAnalysis(stem: letters)
        let best = model.analyze(letters, document: document) ?? whole
        var readings = [whole]
        if best != whole { readings.append(best) }
        // Every proclitic reading the grammar allows, for matching a known English name.
        for reading in ArabicClitics.analyses(of: letters) where reading.hasProclitics && !readings.contains(reading) {
            readings.append(reading)
        }
        return ArabicToken(letters: letters, readings: readings, best: best, breakAfter: token.breakAfter, isLatin: false,
                           folded: Normalizer.search.normalize(best.form))
    }
}

/// A word written in two scripts split into one word per script: a proclitic written onto a
/// Latin name (وFidelity) is dropped, the name kept.
func splittingScripts(_ token: NameToken) -> [NameToken] {
    var runs: [(script: Script?, text: String)] = []
    for character in token.text {
        let script = character.unicodeScalars.first.flatMap { ScriptCounts.script(of: $0) }
        if let last = runs.last, last.script == script || script == nil || last.script == nil {
            runs[runs.count - 1].text.append(character)
            if runs[runs.count - 1].script == nil { runs[runs.count - 1].script = script }
        } else {
            runs.append((script, String(character)))
        }
    }
    guard runs.count > 1 else { return [token] }
    var result: [NameToken] = []
    for (k, run) in runs.enumerated() {
        // A proclitic in front of a Latin word.
        if run.script == .arabic, k + 1 < runs.count, run.text.count <= 2, run.text.allSatisfy({ "وفبلك".contains($0) }) { continue }
        var piece = token
        piece.text = run.text
        piece.breakBefore = k == 0 ? token.breakBefore : false
        piece.breakAfter = k == runs.count - 1 ? token.breakAfter : false
        result.append(piece)
    }
    return result
}

/// Finds names in Arabic sentences, where there is no capitalization to go by: after words
/// that open a name and belong to it (كتائب، حركة، أبو…) or titles that do not (الشيخ،
/// الرئيس، محافظة…).
package struct ArabicNameFinder: Sendable {
    /// Reads the clitics on Arabic words.
    let wordModel: ArabicWordModel

    package init(wordModel: ArabicWordModel) {
        self.wordModel = wordModel
    }

    /// Names introduced by an opener or a title.
    package func names(in sentence: String, document: ArabicWordCounts? = nil) -> [FoundName] {
        let words = arabicTokens(sentence, model: wordModel, document: document).filter { !$0.isLatin }
        var found: [FoundName] = []
        var k = 0
        while k < words.count {
            let word = words[k]
            if let kind = NameData.arabicNameOpeners[word.folded] {
                let span = nameSpan(words, from: k + 1, max: kind == .person ? 2 : 3)
                if span > 0 {
                    found.append(FoundName(form: words[k...(k + span)].enumerated().map { $0.offset == 0 ? $0.element.form(nil) : $0.element.letters }
                        .joined(separator: " "), kind: kind))
                    k += span + 1
                    continue
                }
            } else if let kind = NameData.arabicTitles[word.folded], !word.breakAfter {
                // رئيس الوزراء, المتحدث باسم: the title goes on.
                var start = k + 1
                while start < words.count, NameData.arabicTitleContinuations.contains(words[start].folded) { start += 1 }
                if start < words.count, NameData.arabicNameOpeners[words[start].folded] == nil {
                    let span = kind == .place ? placeSpan(words, from: start) : personSpan(words, from: start)
                    if span > 0 {
                        let form = words[start..<(start + span)].enumerated().map { $0.offset == 0 ? $0.element.form(nil) : $0.element.letters }
                        found.append(FoundName(form: form.joined(separator: " "), kind: kind))
                        k = start + span
                        continue
                    }
                }
            }
            k += 1
        }
        return found
    }

    private func isFunctionWord(_ word: ArabicToken) -> Bool {
        ArabicWordForm.isStopword(Normalizer.search.normalize(word.letters)) || ArabicWordForm.isStopword(word.folded)
    }

    /// How many words after an opener belong to the name (0: none), stopping at punctuation,
    /// function words and a new conjunction.
    private func nameSpan(_ words: [ArabicToken], from start: Int, max: Int) -> Int {
        var length = 0
        while start + length < words.count, length < max {
            let word = words[start + length]
            if isFunctionWord(word) || NameData.arabicTitles[word.folded] != nil || word.best.conjunction != nil { break }
            length += 1
            if word.breakAfter { break }
        }
        return length
    }

    /// A person's name after a title: a first name and a family name (كاظم الفرتوسي), or one
    /// word when the next one cannot continue a name.
    private func personSpan(_ words: [ArabicToken], from start: Int) -> Int {
        guard start < words.count, !isFunctionWord(words[start]), !words[start].folded.hasPrefix("ال") else { return 0 }
        if !words[start].breakAfter, start + 1 < words.count {
            let next = words[start + 1]
            if !isFunctionWord(next), next.best.conjunction == nil, NameData.arabicTitles[next.folded] == nil,
               NameData.arabicNameOpeners[next.folded] == nil {
                return 2
            }
        }
        return 1
    }

    /// A place after a title word: one word (محافظة الأنبار), or two when the second carries
    /// the article and is not a nisba adjective (قاعدة عين الأسد, but not مطار أربيل الدولي).
    private func placeSpan(_ words: [ArabicToken], from start: Int) -> Int {
        guard start < words.count, !isFunctionWord(words[start]) else { return 0 }
        let first = words[start]
        if !first.folded.hasPrefix("ال"), !first.breakAfter, start + 1 < words.count {
            let next = words[start + 1].folded
            if next.hasPrefix("ال"), !next.hasSuffix("ي"), !next.hasSuffix("يه"), !isFunctionWord(words[start + 1]),
               words[start + 1].best.conjunction == nil {
                return 2
            }
        }
        return 1
    }
}

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
        let function = tokens.indices.map { k in
            guard isFunctionWord(tokens[k]) else { return false }
            let spelled = matcher.parse(tokens[k].best.form)
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
            }
        }
        if let result, isPartOfExonym(result.form, of: name) { return nil }
        return result ?? (expansion == nil ? translatedAcronymSpan(name, in: tokens, context: context) : nil)
    }

    /// An acronym the translation writes out in words (ECB ⇄ «البنك المركزي الأوروبي», EPA ⇄
    /// «وكالة حماية البيئة», NHS ⇄ «هيئة الخدمات الصحية الوطنية»), when the document never
    /// gives its expansion: the one run of as many Arabic content words as the acronym has
    /// letters (3 to 6) whose translations' initials are its letters, one word to a letter in
    /// any order, opening on the English head (the acronym's last letter: Arabic puts the head
    /// first, Bank Central European) or on an Arabic head noun (الجمعية الملكية لحماية الطيور,
    /// RSPB), and closing on a word with the article, as a definite name's phrase does (not
    /// «تحت ضغط هائل»). A head noun just before the run (هيئة) belongs to it. Only a name
    /// nothing else renders is tried, and two runs that fit make no rendering: initials alone
    /// are weak evidence. Strong translations only (see `weakTranslationShare`), or any of
    /// `acronymTranslationFloor` or more («لائحة»: regulation 0.38 beside pricelist 1.0), of
    /// three letters or more.
    func translatedAcronymSpan(_ name: String, in tokens: [ArabicToken], context: Set<String>) -> Rendering? {
        guard let upper = Self.acronymLetters(name), upper.count >= 3, upper.count <= tokens.count else { return nil }
        let letters = upper.map { Character($0.lowercased()) }
        var initials: [Set<Character>?] = Array(repeating: nil, count: tokens.count)
        func initialsOf(_ k: Int) -> Set<Character> {
            if let known = initials[k] { return known }
            var found = Set<Character>()
            if !tokens[k].isLatin, !isFunctionWord(tokens[k]) {
                let translations = lexicon.translations(ofArabic: tokens[k].letters)
                let strongest = Double(translations.first?.weight ?? 0)
                let strong = translations.filter { Double($0.weight) >= min(weights.weakTranslationShare * strongest, weights.acronymTranslationFloor) }
                // A word that translates another word of the pair, one the acronym cannot stand
                // for (its initial is none of the acronym's letters), is that word's: «مرافق»,
                // facilities, is not the D of AUD.
                if !strong.contains(where: { context.contains($0.stem) && !letters.contains($0.stem.first ?? " ") }) {
                    for translation in strong where translation.stem.count >= 3 && !EnglishWordForm.isStopword(translation.stem) {
                        if let first = translation.stem.first { found.insert(first) }
                    }
                }
            }
            initials[k] = found
            return found
        }
        func spells(_ span: Range<Int>) -> Bool {
            var used = Set<Int>()
            func place(_ i: Int) -> Bool {
                if i == letters.count { return true }
                for k in span where !used.contains(k) && initialsOf(k).contains(letters[i]) {
                    used.insert(k)
                    if place(i + 1) { return true }
                    used.remove(k)
                }
                return false
            }
            return place(0)
        }
        var found: Range<Int>?
        for start in 0...(tokens.count - letters.count) {
            let span = start..<(start + letters.count)
            guard !span.dropLast().contains(where: { tokens[$0].breakAfter }), span.allSatisfy({ !initialsOf($0).isEmpty }),
                  initialsOf(start).contains(letters.last!) || tokens[start].headNounKind != nil,
                  tokens[span.upperBound - 1].folded.hasPrefix("ال"),
                  spells(span) else { continue }
            if found != nil { return nil }
            found = span
        }
        guard let span = found else { return nil }
        return acronymRendering(span, in: tokens, context: context)
    }

    /// An acronym the learned model links to words of its expansion, each weakly, having seen
    /// the two side by side (UNODC ⇄ «مكتب الأمم المتحدة المعني بالمخدرات والجريمة», ICU ⇄
    /// «وحدة العناية المركزة»): the run from the first linked word to the last, inside one
    /// clause, at most three words longer than the acronym, half of its content words linked
    /// (a head noun just before it belongs to it). With one word linked by translation alone,
    /// that word is a piece of the expansion, not the acronym («بالمخدرات» is not UNODC): the
    /// rendering is the one its initials give, or none. Not linked when no word links, or when
    /// one sounds like the acronym (UNICEF ⇄ «اليونيسيف» is a transliteration, rendered as any
    /// name is).
    func linkedAcronymSpan(_ name: String, letters: Int, in tokens: [ArabicToken], strength: [Double],
                           context: Set<String>) -> AcronymLinks {
        // The acronym read letter by letter and as a word (NATO ⇄ «الناتو», CRISPR ⇄ «كريسبر»).
        let readings = [matcher.parse(name), matcher.parse(name.lowercased())]
        // A transliteration in the pair is the rendering, found as any name's is: a word that
        // sounds like the acronym, surely, or somewhat when it is no dictionary word other than
        // the acronym's own («الكبد», liver, is not COPD).
        let stem = EnglishWordForm.stem(name)
        if tokens.contains(where: { token in
            guard !token.isLatin else { return false }
            let sound = readings.map { matcher.similarity($0, matcher.parse(token.best.form)) }.max() ?? 0
            guard sound >= weights.soundFloor else { return false }
            let translations = lexicon.translations(ofArabic: token.letters)
            return sound >= weights.sureSound || translations.isEmpty || translations.contains { $0.stem == stem }
        }) { return .notLinked }
        // Links either way: the model may list «مكتب» under UNODC but not UNODC under «مكتب».
        let targets = Set(lexicon.arabicStems(forEnglish: name).map(\.stem))
        let linked = tokens.indices.filter { k in
            (strength[k] > 0 || !targets.isEmpty && lexicon.lookupForms(tokens[k].letters).contains(where: targets.contains))
                && !tokens[k].isLatin && !isFunctionWord(tokens[k])
        }
        guard let first = linked.first, let last = linked.last else { return .notLinked }
        if linked.count == 1 { return .decided(translatedAcronymSpan(name, in: tokens, context: context)) }
        let span = first..<(last + 1)
        let content = span.filter { !isFunctionWord(tokens[$0]) }.count
        // No clause inside: no break, and no function word but a preposition («في»، «إلى»; not
        // «أن»، «أيضا»).
        let clause = span.allSatisfy { k in
            (k == span.upperBound - 1 || !tokens[k].breakAfter)
                && (!isFunctionWord(tokens[k]) || NameData.arabicNamePrepositions.contains(tokens[k].folded))
        }
        guard span.count <= letters + 3, clause, 2 * linked.count >= content else {
            return .decided(translatedAcronymSpan(name, in: tokens, context: context))
        }
        return .decided(acronymRendering(span, in: tokens, context: context))
    }

    /// An acronym's rendering written out in words over `span`, with a head noun just before
    /// it (هيئة before «الخدمات الصحية الوطنية» for NHS).
    func acronymRendering(_ span: Range<Int>, in tokens: [ArabicToken], context: Set<String>) -> Rendering {
        var span = span
        if span.lowerBound > 0, !tokens[span.lowerBound - 1].breakAfter, !tokens[span.lowerBound - 1].isLatin,
           tokens[span.lowerBound - 1].headNounKind != nil {
            span = (span.lowerBound - 1)..<span.upperBound
        }
        let form = ([tokens[span.lowerBound].form(nil)] + span.dropFirst().map { tokens[$0].letters }).joined(separator: " ")
        return Rendering(form: form, score: weights.translatedAcronym, headKind: headKind(tokens, span, context: context))
    }

    /// What the learned links say of an acronym's rendering: nothing (no word links by
    /// translation), or the rendering, if any.
    enum AcronymLinks {
        case notLinked
        case decided(Rendering?)
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

    /// A CLDR exonym of the name, written in the Arabic.
    func exonymSpan(_ name: String, in tokens: [ArabicToken]) -> Rendering? {
        exonymOccurrence(name, in: tokens).map { Rendering(form: $0.form, score: 1, headKind: $0.kind == .organization ? .organization : .place) }
    }

    /// Where a CLDR exonym of the name (not a language's name) stands in the Arabic, its form
    /// there (the first word's proclitics off) and its kind; the first found.
    func exonymOccurrence(_ name: String, in tokens: [ArabicToken]) -> (range: Range<Int>, form: String, kind: Exonyms.Kind)? {
        let entries = exonyms.entries(english: name).filter { $0.kind != .language }
        guard !entries.isEmpty else { return nil }
        for entry in entries {
            for arabic in entry.arabic {
                let target = Exonyms.arabicKey(arabic).split(separator: " ").map(String.init)
                guard !target.isEmpty, target.count <= tokens.count else { continue }
                for start in 0...(tokens.count - target.count) {
                    var matched = true
                    for (k, word) in target.enumerated() {
                        let token = tokens[start + k]
                        let forms = k == 0 ? [token.letters] + token.readings.map { token.form($0) } : [token.letters]
                        if !forms.contains(where: { Exonyms.arabicKey($0) == word }) { matched = false; break }
                    }
                    if matched {
                        let first = tokens[start]
                        let firstForm = ([first.letters] + first.readings.map { first.form($0) }).first { Exonyms.arabicKey($0) == target[0] } ?? first.letters
                        let form = ([firstForm] + tokens[(start + 1)..<(start + target.count)].map(\.letters)).joined(separator: " ")
                        return (start..<(start + target.count), form, entry.kind)
                    }
                }
            }
        }
        return nil
    }

    /// The letters of an acronym of capital ASCII letters only (2 to 6, dots ignored: F.B.I.),
    /// or nil: what the Arabic may spell letter by letter or write out in words.
    static func acronymLetters(_ name: String) -> [Character]? {
        let letters = Array(name.filter { $0 != "." })
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter && $0.isASCII }) else { return nil }
        return letters
    }

    /// The Arabic spellings of each letter (``NameData/arabicLetterNames``), `search`-normalized.
    static let letterNames: [Character: Set<String>] = NameData.arabicLetterNames.mapValues { Set($0.map { Normalizer.search.normalize($0) }) }

    /// An acronym spelled out letter by letter in the Arabic (FBI ⇄ «إف بي آي», PCR ⇄ «بي سي
    /// آر»): its letters' names, in order, as separate words, at least one of them no
    /// function word (V and O are spelled like «في» and «أو»).
    func spelledSpan(_ name: String, in tokens: [ArabicToken], context: Set<String> = []) -> Rendering? {
        guard let letters = Self.acronymLetters(name), letters.count <= tokens.count else { return nil }
        let folded = tokens.map { $0.isLatin ? "" : Normalizer.search.normalize($0.letters) }
        for start in 0...(tokens.count - letters.count) {
            let span = start..<(start + letters.count)
            let spelled = span.allSatisfy { k in
                Self.letterNames[letters[k - start]]?.contains(folded[k]) == true && (k == span.lowerBound || !tokens[k - 1].breakAfter)
            }
            if spelled, span.contains(where: { !isFunctionWord(tokens[$0]) }) {
                return Rendering(form: span.map { tokens[$0].letters }.joined(separator: " "), score: 1,
                                 headKind: headKind(tokens, span, context: context))
            }
        }
        return nil
    }

    /// The name copied in Latin script into the Arabic: as written, or else with a typing slip
    /// in a long word (Home Assistant ⇄ "Home Assistance", Traansformers ⇄ "Traanformers";
    /// see ``isTypingSlip(_:_:)``), which scores `weights.slippedCopy`.
    func copySpan(_ name: String, in tokens: [ArabicToken], context: Set<String> = []) -> Rendering? {
        let words = name.split(separator: " ").map { Normalizer.key.normalize(String($0)) }
        guard !words.isEmpty, words.count <= tokens.count else { return nil }
        var slipped: Rendering?
        for start in 0...(tokens.count - words.count) {
            let span = tokens[start..<(start + words.count)]
            guard span.allSatisfy(\.isLatin) else { continue }
            let copied = span.map { Normalizer.key.normalize($0.letters) }
            let rendering = { (score: Double) in
                Rendering(form: span.map(\.letters).joined(separator: " "), score: score,
                          headKind: self.headKind(tokens, start..<(start + words.count), context: context))
            }
            if copied == words { return rendering(1) }
            if slipped == nil, zip(copied, words).allSatisfy({ $0 == $1 || Self.isTypingSlip($0, $1) }) {
                slipped = rendering(weights.slippedCopy)
            }
        }
        return slipped
    }

    /// Whether two words differ by a typing slip: one edit (a letter added, dropped, changed,
    /// or two neighbours swapped) in a word of six to eight letters, two in a longer one
    /// (Assistant / Assistance, Craith / Criath); shorter words must match.
    static func isTypingSlip(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let shorter = min(x.count, y.count)
        guard shorter >= 6, shorter <= 64 else { return false }
        let allowed = shorter >= 9 ? 2 : 1
        guard abs(x.count - y.count) <= allowed else { return false }
        // Edit distance with swaps of neighbours (optimal string alignment), three rows.
        var before = [Int](repeating: 0, count: y.count + 1), previous = Array(0...y.count)
        var row = previous
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                row[j] = min(previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), previous[j] + 1, row[j - 1] + 1)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { row[j] = min(row[j], before[j - 2] + 1) }
            }
            (before, previous) = (previous, row)
        }
        return previous[y.count] <= allowed
    }
}
