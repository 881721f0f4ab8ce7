import MuqabalaLexicon
import MuqabalaSegment
import MuqabalaText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns searched spans into beads: kind (match, partial, one-sided), confidence, and for
/// partial translations the content one side lacks.
struct BeadClassifier {
    /// The partial-translation knobs (`AlignerOptions.partial…`, each with its reason).
    let options: AlignerOptions
    let english: [Sentence]
    let arabic: [Sentence]
    let enFeatures: [SentenceFeature]
    let arFeatures: [SentenceFeature]
    var extractor: FeatureExtractor
    let model: LengthModel
    /// Each concept's ``stemPrefix(_:length:)`` by id, filled as concepts are met.
    var prefixKeys: [Int32: Int?] = [:]

    mutating func bead(_ span: BeadSpan, scorer: BeadScorer, englishIndices: [Int], arabicIndices: [Int]) -> Bead {
        let (i0, i1, j0, j1) = span.bounds
        let en = (i0..<i1).map { englishIndices[$0] }, ar = (j0..<j1).map { arabicIndices[$0] }
        if en.isEmpty || ar.isEmpty {
            let confidence = oneSidedConfidence(span, scorer: scorer)
            return Bead(en: en, ar: ar, kind: en.isEmpty ? .arOnly : .enOnly, score: confidence)
        }
        let sim = scorer.similarity(i0, i1, j0, j1)
        let (e, a) = scorer.lengths(i0, i1, j0, j1)
        let missing = missingContent(i0..<i1, j0..<j1, lengths: (e, a))
        // A partial translation's lengths are expected to disagree; they do not lower its confidence
        // below what the search allowed such a pair.
        var lengthScore = model.logProbability(english: e, arabic: a)
        if missing != nil { lengthScore = max(lengthScore, scorer.options.partialLengthFloor) }
        let confidence = 1 / (1 + exp(-(options.confidenceSimilarityWeight * sim + options.confidenceLengthWeight * lengthScore
                                          + options.confidenceBias)))
        return Bead(en: en, ar: ar, kind: missing == nil ? .match : .partial,
                    score: rounded(confidence), missing: missing)
    }

    private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// How sure we are a sentence has no counterpart: the lower its best lexical match
    /// with the nearby sentences of the other side, the surer.
    private func oneSidedConfidence(_ span: BeadSpan, scorer: BeadScorer) -> Double {
        let (i0, i1, j0, j1) = span.bounds
        var best = 0.0
        if i1 > i0 {
            for j in max(0, j0 - 3)..<min(arabic.count, j0 + 3) { best = max(best, scorer.similarity(i0, i1, j, j + 1)) }
        } else {
            for i in max(0, i0 - 3)..<min(english.count, i0 + 3) { best = max(best, scorer.similarity(i, i + 1, j0, j1)) }
        }
        return rounded(max(0.05, min(0.99, 1 - options.oneSidedSimilarityWeight * best)))
    }

    /// Content one side of an aligned pair has and the other lacks, or nil for a full match.
    mutating func missingContent(_ enRange: Range<Int>, _ arRange: Range<Int>, lengths: (english: Int, arabic: Int)) -> MissingSpan? {
        let residual = model.residual(english: lengths.english, arabic: lengths.arabic)
        let side: Side
        if residual <= -options.partialRunResidual { side = .english } else if residual >= options.partialRunResidual { side = .arabic } else { return nil }
        let enConcepts = Set(enRange.flatMap { enFeatures[$0].concepts })
        let arConcepts = Set(arRange.flatMap { arFeatures[$0].concepts })
        let unmatched: Set<Int32> = side == .english
            ? Set(enRange.flatMap { enFeatures[$0].anchors }).subtracting(arConcepts)
            : Set(arRange.flatMap { arFeatures[$0].anchors }).subtracting(enConcepts)
        let englishSentences = enRange.map { (english[$0].text, extractor.englishTokens[$0]) }
        let arabicSentences = arRange.map { (arabic[$0].text, extractor.arabicTokens[$0]) }
        // Length evidence of a run: how much closer to agreement the lengths come without it.
        let excess = side == .english ? -residual : residual
        let model = model
        func lengthEvidence(_ length: Int) -> Double {
            let rest = side == .english
                ? -model.residual(english: max(0, lengths.english - length), arabic: lengths.arabic)
                : model.residual(english: lengths.english, arabic: max(0, lengths.arabic - length))
            return (excess * excess - rest * rest) / 2
        }
        var (englishWords, englishWordConcepts) = contentWords(sentences: englishSentences, english: true)
        var (arabicWords, arabicWordConcepts) = contentWords(sentences: arabicSentences, english: false)
        if side == .english {
            Self.matchOneForOne(&englishWords, englishWordConcepts, &arabicWords, arabicWordConcepts)
        } else {
            Self.matchOneForOne(&arabicWords, arabicWordConcepts, &englishWords, englishWordConcepts)
        }
        // A second chance for what is left, on stems that begin alike.
        let englishPrefixes = stemPrefixKeys(englishWordConcepts, of: englishWords)
        let arabicPrefixes = stemPrefixKeys(arabicWordConcepts, of: arabicWords)
        if side == .english {
            Self.matchOneForOne(&englishWords, englishPrefixes, &arabicWords, arabicPrefixes)
        } else {
            Self.matchOneForOne(&arabicWords, arabicPrefixes, &englishWords, englishPrefixes)
        }
        if options.acronymExpansions {
            Self.explainExpansions(&englishWords, sentences: englishSentences, otherSide: arabicSentences)
            Self.explainExpansions(&arabicWords, sentences: arabicSentences, otherSide: englishSentences)
        }
        let run = side == .english
            ? unmatchedRun(englishWords, sentences: englishSentences,
                           counter: unexplainedWeight(arabicWords, sentences: arabicSentences), lengthEvidence: lengthEvidence)
            : unmatchedRun(arabicWords, sentences: arabicSentences,
                           counter: unexplainedWeight(englishWords, sentences: englishSentences), lengthEvidence: lengthEvidence)
        // A number or date only on the longer side is evidence of its own; a name alone is
        // not (translators add a speaker's name or spell out what a pronoun stands for).
        let unmatchedValues = unmatched.contains { Anchor(concept: extractor.conceptNames[Int($0)]) != nil }
        guard run != nil || (abs(residual) >= options.partialAnchorResidual && unmatchedValues) else { return nil }
        return MissingSpan(side: side, text: run?.text, evidence: ((run?.evidence ?? 0) * 100).rounded() / 100,
                           unmatchedAnchors: unmatched.map { Self.readable(extractor.conceptNames[Int($0)]) }.sorted(),
                           lengthResidual: (residual * 100).rounded() / 100)
    }

    /// "#45000" → "45000", "@m2" → "February", names as their stem.
    static func readable(_ concept: String) -> String {
        Anchor(concept: concept)?.description ?? concept
    }

    /// A content word of one side: where it is, and whether the other side translates it.
    struct ContentWord {
        var sentence: Int
        var token: Token
        var isExplained: Bool
    }

    /// The content words of one side, in order, with their concepts (stems, translations,
    /// numbers, dates, linked names); none marked explained yet.
    private mutating func contentWords(sentences: [(text: String, tokens: [Token])], english isEnglish: Bool)
        -> (words: [ContentWord], concepts: [[Int32]]) {
        var words: [ContentWord] = [], concepts: [[Int32]] = []
        for (s, sentence) in sentences.enumerated() {
            for token in sentence.tokens {
                if isEnglish {
                    if case .stopword = englishRole(token) { continue }
                    concepts.append(extractor.englishConcepts(of: token))
                } else {
                    if case .stopword = arabicRole(token) { continue }
                    concepts.append(extractor.arabicConcepts(of: token))
                }
                words.append(ContentWord(sentence: s, token: token, isExplained: false))
            }
        }
        return (words, concepts)
    }

    /// Marks the words of each side that have a counterpart on the other, one for one and in
    /// order: a word of the other side explains one word here, so "forces" twice in English
    /// is not explained twice by one «القوات».
    static func matchOneForOne<Concept: Hashable>(_ a: inout [ContentWord], _ aConcepts: [[Concept]],
                                                  _ b: inout [ContentWord], _ bConcepts: [[Concept]]) {
        guard a.contains(where: { !$0.isExplained }), b.contains(where: { !$0.isExplained }) else { return }
        var bySide: [Concept: [Int]] = [:]   // concept → words of b holding it, in order
        for (k, concepts) in bConcepts.enumerated() where !b[k].isExplained { for c in Set(concepts) { bySide[c, default: []].append(k) } }
        for k in a.indices where !a[k].isExplained {
            var chosen: Int? = nil
            for c in aConcepts[k] {
                guard let candidates = bySide[c] else { continue }
                if let j = candidates.first(where: { !b[$0].isExplained }), chosen.map({ j < $0 }) ?? true { chosen = j }
            }
            if let j = chosen {
                a[k].isExplained = true
                b[j].isExplained = true
            }
        }
    }

    /// A translator who spells an acronym out keeps it in brackets after the expansion
    /// («اللائحة العامة لحماية البيانات (GDPR)» for "GDPR"): when the other side writes the
    /// acronym, the content words just before the bracket, as many as it has letters at most,
    /// are its translation.
    static func explainExpansions(_ words: inout [ContentWord], sentences: [(text: String, tokens: [Token])],
                                  otherSide: [(text: String, tokens: [Token])]) {
        let bracketed = sentences.map { $0.text.utf8.contains(UInt8(ascii: "(")) }
        guard bracketed.contains(true) else { return }
        for k in words.indices where bracketed[words[k].sentence] {
            let text = sentences[words[k].sentence].text
            let range = words[k].token.range(in: text)
            let acronym = text[range]
            guard acronym.count <= 8, Self.isAcronym(acronym),
                  range.lowerBound > text.startIndex, text[text.index(before: range.lowerBound)] == "(",
                  range.upperBound < text.endIndex, text[range.upperBound] == ")",
                  otherSide.contains(where: { $0.text.contains(acronym) }) else { continue }
            var j = k - 1, left = acronym.count
            while j >= 0, left > 0, words[j].sentence == words[k].sentence {
                words[j].isExplained = true
                j -= 1
                left -= 1
            }
        }
    }

    /// The stem prefixes of each word's concepts (numbers, dates and short stems give none):
    /// a second chance for words whose stems the lexicon lists in another derivation
    /// (smart ⇄ smartness, provider ⇄ provid).
    /// (Explained words need none: the second pass only pairs words the first left alone.)
    private mutating func stemPrefixKeys(_ concepts: [[Int32]], of words: [ContentWord]) -> [[Int]] {
        zip(concepts, words).map { ids, word in
            word.isExplained ? [] : ids.compactMap { id in
                if let known = prefixKeys[id] { return known }
                let key = Self.stemPrefix(extractor.conceptNames[Int(id)], length: options.partialStemPrefix)
                prefixKeys[id] = key
                return key
            }
        }
    }

    /// A key for the first `length` letters of a stem; nil for a number or date and for a
    /// stem shorter than that.
    static func stemPrefix(_ stem: String, length: Int) -> Int? {
        guard let first = stem.unicodeScalars.first, first.properties.isAlphabetic, Anchor(concept: stem) == nil else { return nil }
        var hasher = Hasher(), letters = 0
        for scalar in stem.unicodeScalars.prefix(length) {
            hasher.combine(scalar.value)
            letters += 1
        }
        return letters == length ? hasher.finalize() : nil
    }

    /// A word written in capitals, two or more (EPA, GDPR).
    static func isAcronym(_ written: Substring) -> Bool {
        written.count >= 2 && written.allSatisfy { $0.isUppercase }
    }

    /// How much of the shorter side the longer side leaves unexplained, in words (each
    /// counting `unexplainedWeight`); an acronym counts as the words it abbreviates.
    private func unexplainedWeight(_ words: [ContentWord], sentences: [(text: String, tokens: [Token])]) -> Double {
        words.reduce(0.0) { total, word in
            guard !word.isExplained else { return total }
            let written = sentences[word.sentence].text[word.token.range(in: sentences[word.sentence].text)]
            return total + (Self.isAcronym(written) ? min(options.partialAcronymCap, options.partialAcronymWeight * Double(written.count)) : options.partialUnexplainedWeight)
        }
    }

    /// The span of the longer side most likely left untranslated, as its text; nil when the
    /// evidence is too weak.
    ///
    /// Each content word scores what it says, in nats, for "untranslated" against
    /// "translated": a word the other side does not explain is a miss where a translated word
    /// is explained at the rate the rest of the pair shows (against `chanceRate` for
    /// untranslated text); an explained word counts against. The span is the run of words
    /// with the highest total (function words inside it belong to it; a chance match inside a
    /// long untranslated clause does not cut it). Its evidence is that total, less what the
    /// other side's own unexplained words (`counter`) would score, plus what taking the span
    /// out does for the length agreement (`lengthEvidence` of its length).
    func unmatchedRun(_ words: [ContentWord], sentences: [(text: String, tokens: [Token])],
                      counter: Double, lengthEvidence: (Int) -> Double) -> (text: String, evidence: Double)? {
        guard !words.isEmpty else { return nil }
        func scores(rate: Double) -> (miss: Double, hit: Double) {
            let rate = min(options.partialExplainedRateCap, max(options.partialSupportedShare, rate))
            return (log((1 - options.partialChanceRate) / (1 - rate)), log(options.partialChanceRate / rate))
        }
        // The best-scoring run (Kadane), at the pair's overall rate of explained words…
        var weights = scores(rate: Double(words.filter(\.isExplained).count) / Double(words.count))
        var best = 0..<0, bestTotal = 0.0, start = 0, total = 0.0
        for (k, word) in words.enumerated() {
            if total <= 0 { start = k; total = 0 }
            total += word.isExplained ? weights.hit : weights.miss
            if total > bestTotal { bestTotal = total; best = start..<(k + 1) }
        }
        guard !best.isEmpty else { return nil }
        // …then scored at the rate of the rest, which is the translated part if the run is not.
        let rest = words.count - best.count
        let explainedRest = words.indices.filter { !best.contains($0) && words[$0].isExplained }.count
        guard rest > 0, Double(explainedRest) >= options.partialSupportedShare * Double(rest) else { return nil }
        weights = scores(rate: Double(explainedRest) / Double(rest))
        let runTotal = best.reduce(0.0) { $0 + (words[$1].isExplained ? weights.hit : weights.miss) }
        let text = spanText(from: best, of: words, sentences: sentences)
        let evidence = runTotal - counter * weights.miss + lengthEvidence(text.unicodeScalars.count)
        return evidence >= options.partialRunEvidence ? (text, evidence) : nil
    }

    /// The text of a run of content words: from the start of its clause when only function
    /// words come between (“but that they would no longer be…”), to its last word, with a
    /// closing quote or full stop that ends the sentence right after it.
    private func spanText(from run: Range<Int>, of words: [ContentWord], sentences: [(text: String, tokens: [Token])]) -> String {
        let first = words[run.lowerBound], last = words[run.upperBound - 1]
        let firstText = sentences[first.sentence].text, lastText = sentences[last.sentence].text
        let tokens = sentences[first.sentence].tokens
        let previousStart: Int32 = run.lowerBound > 0 && words[run.lowerBound - 1].sentence == first.sentence
            ? words[run.lowerBound - 1].token.start : -1
        var k = tokens.firstIndex { $0.start == first.token.start }!   // the word is one of its sentence's tokens
        while k > 0, !tokens[k].startsClause, tokens[k - 1].start > previousStart { k -= 1 }
        let start = tokens[k].range(in: firstText).lowerBound
        var end = last.token.range(in: lastText).upperBound
        if lastText.distance(from: end, to: lastText.endIndex) <= 3 { end = lastText.endIndex }
        if first.sentence == last.sentence { return String(firstText[start..<end]) }
        var pieces = [String(firstText[start...])]
        for s in (first.sentence + 1)..<last.sentence { pieces.append(sentences[s].text) }
        pieces.append(String(lastText[..<end]))
        return pieces.joined(separator: " ")
    }

    private mutating func englishRole(_ token: Token) -> TypeRole { extractor.englishRole(token) }
    private mutating func arabicRole(_ token: Token) -> TypeRole { extractor.arabicRole(token) }
}
