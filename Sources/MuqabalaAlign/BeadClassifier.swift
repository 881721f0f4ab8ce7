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
    let english: [Sentence]
    let arabic: [Sentence]
    let enFeatures: [SentenceFeature]
    let arFeatures: [SentenceFeature]
    var extractor: FeatureExtractor
    let model: LengthModel

    /// A pair is partial when the longer side has unmatched anchors and the lengths
    /// disagree this much (standard deviations)…
    static let partialResidual = 2.0
    /// …or when they disagree this much alone…
    static let strongResidual = 3.0
    /// …or when the longer side ends or starts with a clause run with no lexical
    /// counterpart and the lengths disagree at least this much in the same direction.
    static let clauseResidual = 1.2

    mutating func bead(_ span: (Int, Int, Int, Int), scorer: BeadScorer, englishIndices: [Int], arabicIndices: [Int]) -> Bead {
        let (i0, i1, j0, j1) = span
        let en = (i0..<i1).map { englishIndices[$0] }, ar = (j0..<j1).map { arabicIndices[$0] }
        if en.isEmpty || ar.isEmpty {
            let confidence = oneSidedConfidence(span, scorer: scorer)
            return Bead(en: en, ar: ar, kind: en.isEmpty ? .arOnly : .enOnly, score: confidence)
        }
        let sim = scorer.similarity(i0, i1, j0, j1)
        let (e, a) = scorer.lengths(i0, i1, j0, j1)
        let missing = missingContent(i0..<i1, j0..<j1, residual: model.residual(english: e, arabic: a))
        // A partial translation's lengths are expected to disagree; they do not lower its confidence
        // below what the search allowed such a pair.
        var lengthScore = model.logProbability(english: e, arabic: a)
        if missing != nil { lengthScore = max(lengthScore, scorer.options.partialLengthFloor) }
        let confidence = 1 / (1 + exp(-(6 * sim + 0.6 * lengthScore + 0.5)))
        return Bead(en: en, ar: ar, kind: missing == nil ? .match : .partial,
                    score: rounded(confidence), missing: missing)
    }

    private func rounded(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }

    /// How sure we are a sentence has no counterpart: the lower its best lexical match
    /// with the nearby sentences of the other side, the surer.
    private func oneSidedConfidence(_ span: (Int, Int, Int, Int), scorer: BeadScorer) -> Double {
        let (i0, i1, j0, j1) = span
        var best = 0.0
        if i1 > i0 {
            for j in max(0, j0 - 3)..<min(arabic.count, j0 + 3) { best = max(best, scorer.similarity(i0, i1, j, j + 1)) }
        } else {
            for i in max(0, i0 - 3)..<min(english.count, i0 + 3) { best = max(best, scorer.similarity(i, i + 1, j0, j1)) }
        }
        return rounded(max(0.05, min(0.99, 1 - 1.5 * best)))
    }

    /// Content one side of an aligned pair has and the other lacks, or nil for a full match.
    mutating func missingContent(_ enRange: Range<Int>, _ arRange: Range<Int>, residual: Double) -> MissingSpan? {
        let side: Side
        if residual <= -Self.clauseResidual { side = .english } else if residual >= Self.clauseResidual { side = .arabic } else { return nil }
        let enConcepts = Set(enRange.flatMap { enFeatures[$0].concepts })
        let arConcepts = Set(arRange.flatMap { arFeatures[$0].concepts })
        let unmatched: Set<Int32> = side == .english
            ? Set(enRange.flatMap { enFeatures[$0].anchors }).subtracting(arConcepts)
            : Set(arRange.flatMap { arFeatures[$0].anchors }).subtracting(enConcepts)
        let text = side == .english
            ? unmatchedClauses(sentences: enRange.map { (english[$0].text, extractor.englishTokens[$0]) }, english: true, other: arConcepts)
            : unmatchedClauses(sentences: arRange.map { (arabic[$0].text, extractor.arabicTokens[$0]) }, english: false, other: enConcepts)
        let size = abs(residual)
        guard size >= Self.strongResidual || (size >= Self.partialResidual && !unmatched.isEmpty) || text != nil else {
            return nil
        }
        return MissingSpan(side: side, text: text,
                           unmatchedAnchors: unmatched.map { Self.readable(extractor.conceptNames[Int($0)]) }.sorted(),
                           lengthResidual: (residual * 100).rounded() / 100)
    }

    /// "#45000" → "45000", "@m2" → "February", names as their stem.
    static func readable(_ concept: String) -> String {
        Anchor(concept: concept)?.description ?? concept
    }

    /// A clause: tokens of one sentence between clause punctuation.
    struct Clause {
        var sentence: Int
        var tokens: ArraySlice<Token>
    }

    /// The longest run of clauses at the start or the end of the longer side whose content
    /// words lack a counterpart on the other side; nil when that run is short or the rest is
    /// not well supported (then the lexicon simply does not cover this pair).
    mutating func unmatchedClauses(sentences: [(text: String, tokens: [Token])], english isEnglish: Bool,
                                   other: Set<Int32>) -> String? {
        var clauses: [Clause] = []
        for (s, sentence) in sentences.enumerated() {
            var start = 0
            for (k, token) in sentence.tokens.enumerated() where token.startsClause && k > start {
                clauses.append(Clause(sentence: s, tokens: sentence.tokens[start..<k]))
                start = k
            }
            if start < sentence.tokens.count { clauses.append(Clause(sentence: s, tokens: sentence.tokens[start...])) }
        }
        guard clauses.count > 1 else { return nil }
        // For each clause: content tokens, and how many of them the other side explains.
        var counts: [(content: Int, hits: Int)] = []
        for clause in clauses {
            var content = 0, hits = 0
            for token in clause.tokens {
                let concepts: [Int32]
                if isEnglish {
                    if case .stopword = englishRole(token) { continue }
                    concepts = extractor.englishConcepts(of: token)
                } else {
                    if case .stopword = arabicRole(token) { continue }
                    concepts = extractor.arabicConcepts(of: token)
                }
                content += 1
                if concepts.contains(where: other.contains) { hits += 1 }
            }
            counts.append((content, hits))
        }
        let unmatchedFlags = counts.map { Double($0.hits) <= 0.2 * Double($0.content) }
        let supported = counts.enumerated().filter { !unmatchedFlags[$0.offset] }.map(\.element)
        let supportedContent = supported.reduce(0) { $0 + $1.content }
        let supportedHits = supported.reduce(0) { $0 + $1.hits }
        guard supportedContent > 0, Double(supportedHits) >= 0.25 * Double(supportedContent) else { return nil }
        var suffix = 0
        while suffix < clauses.count - 1, unmatchedFlags[clauses.count - 1 - suffix] { suffix += 1 }
        var prefix = 0
        while prefix < clauses.count - 1, unmatchedFlags[prefix] { prefix += 1 }
        func text(_ run: ArraySlice<Clause>) -> String {
            guard let first = run.first, let last = run.last,
                  let start = first.tokens.first?.range(in: sentences[first.sentence].text).lowerBound,
                  let end = last.tokens.last?.range(in: sentences[last.sentence].text).upperBound else { return "" }
            if first.sentence == last.sentence { return String(sentences[first.sentence].text[start..<end]) }
            var pieces = [String(sentences[first.sentence].text[start...])]
            for s in (first.sentence + 1)..<last.sentence { pieces.append(sentences[s].text) }
            pieces.append(String(sentences[last.sentence].text[..<end]))
            return pieces.joined(separator: " ")
        }
        let suffixText = text(clauses.suffix(suffix)), prefixText = text(clauses.prefix(prefix))
        var chosen = suffixText.count >= prefixText.count ? suffixText : prefixText
        // Keep a closing quote or full stop that belongs to the clause.
        if chosen == suffixText, let last = clauses.last,
           let end = last.tokens.last?.range(in: sentences[last.sentence].text).upperBound {
            let tail = sentences[last.sentence].text[end...]
            if tail.count <= 3 { chosen += tail }
        }
        let total = sentences.reduce(0) { $0 + $1.text.count }
        return chosen.count >= max(40, total / 5) ? chosen : nil
    }

    private mutating func englishRole(_ token: Token) -> TypeRole { extractor.englishRole(token) }
    private mutating func arabicRole(_ token: Token) -> TypeRole { extractor.arabicRole(token) }
}
