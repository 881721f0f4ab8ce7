/// Which sentences attribute speech, per side: a speech tag ("He said, slurring his words.")
/// and a sentence holding a speech verb anywhere («قال وهو يتلعثم: "…"»).
struct SpeechMarks: Sendable {
    /// Words a speech tag has at most (its speech verb among the first three).
    static let tagWords = 12
    var englishTag: [Bool]
    var englishVerb: [Bool]
    var arabicTag: [Bool]
    var arabicVerb: [Bool]
}

/// Which paragraphs of the two documents translate each other, as the first pass found them.
///
/// Translators merge and split sentences freely inside a paragraph but rarely drop one, and
/// keep the paragraph layout of the original. So once the first pass has paired most of a
/// paragraph with a paragraph of the other side, a sentence of either that found no partner
/// is more likely merged into a neighbour (a split the two languages' punctuation did not
/// share: "No response. Figures." ⇄ «ولكن لا رد كما توقعت.») or translated too freely for
/// the lexicon to see, than untranslated. The second pass favours beads that stay inside
/// such a linked pair of paragraphs (position is evidence, as length and words are).
///
/// Documents read one sentence per line have one sentence per paragraph; the links then
/// add nothing the sentence alignment does not already say, and are not used.
struct ParagraphLinks: Sendable {
    /// Paragraph of each alignable sentence.
    let englishParagraph: [Int]
    let arabicParagraph: [Int]
    /// Whether the sentence's paragraph holds more than one alignable sentence.
    let englishShared: [Bool]
    let arabicShared: [Bool]
    /// Linked (English paragraph, Arabic paragraph) pairs.
    let links: Set<Pair>

    struct Pair: Hashable, Sendable { var english: Int; var arabic: Int }
    /// Speech tags and verbs of each side's sentences (nil: speech tags are no evidence).
    var speech: SpeechMarks?

    /// Links from a pass's two-sided beads; nil when no paragraph on either side holds
    /// two sentences (one sentence per line).
    init?(english: [Int], arabic: [Int], spans: [BeadSpan]) {
        func shared(_ paragraphs: [Int]) -> [Bool] {
            var count: [Int: Int] = [:]
            for p in paragraphs { count[p, default: 0] += 1 }
            return paragraphs.map { count[$0]! > 1 }
        }
        englishShared = shared(english)
        arabicShared = shared(arabic)
        guard englishShared.contains(true) || arabicShared.contains(true) else { return nil }
        englishParagraph = english
        arabicParagraph = arabic
        var links = Set<Pair>()
        for span in spans where span.isTwoSided {
            for i in span.englishStart..<span.englishEnd { for j in span.arabicStart..<span.arabicEnd { links.insert(Pair(english: english[i], arabic: arabic[j])) } }
        }
        self.links = links
    }

    /// The spans with each one-sided fragment joined to an adjacent two-sided bead of the
    /// same linked paragraph pair, when the fragment has little content (mass below
    /// `paragraphFragmentMass`: “Nope.”, «اللعنة...»), or the neighbour's other side explains
    /// some of it (`supportThreshold`, a share of its content), or the neighbour's lengths
    /// disagree and the fragment makes them agree (its residual falls by `paragraphLengthGain`
    /// to within `paragraphLengthFit`):
    /// or the fragment is a speech tag and the neighbour's other side attributes speech
    /// (`SpeechMarks`):
    /// a 1-0 beside a 1-1 becomes a 2-1, however many sentences the bead then holds (a
    /// translator may join four short English sentences into one Arabic one). A fragment no
    /// neighbour takes joins a bead a few beads away whose other side explains it, with the
    /// beads between (the translator moved it: `movedCounterpart`). A fragment nothing on the
    /// other side explains stays one-sided: that is evidence it is untranslated.
    func joiningFragments(_ spans: [BeadSpan], scorer: BeadScorer, options: AlignerOptions) -> [BeadSpan] {
        var result = pairingCrossedFragments(spans)
        var k = 0
        while k < result.count {
            let (i0, i1, j0, j1) = result[k].bounds
            let isEnglish = i1 > i0
            guard (i1 > i0) != (j1 > j0) else { k += 1; continue }
            // Whether joining neighbour n is supported: the neighbour's other side explains some
            // of the fragment, or the fragment has little content (“Nope.”, «اللعنة...»), or
            // the neighbour is out of proportion and the fragment makes up the difference.
            func supports(_ n: Int) -> Double? {
                guard n >= 0, n < result.count else { return nil }
                let (a0, a1, b0, b1) = result[n].bounds
                guard a1 > a0, b1 > b0, isInside(a0, a1, b0, b1) else { return nil }
                let explained: Double
                if isEnglish {
                    guard englishParagraph[i0] == englishParagraph[a0], englishParagraph[i1 - 1] == englishParagraph[a0] else { return nil }
                    explained = scorer.coverage(i0, i1, b0, b1).english
                } else {
                    guard arabicParagraph[j0] == arabicParagraph[b0], arabicParagraph[j1 - 1] == arabicParagraph[b0] else { return nil }
                    explained = scorer.coverage(a0, a1, j0, j1).arabic
                }
                let alone = abs(scorer.lengthScore(a0, a1, b0, b1).residual)
                let joined = abs(scorer.lengthScore(min(a0, i0), max(a1, i1), min(b0, j0), max(b1, j1)).residual)
                let fillsGap = joined <= options.paragraphLengthFit && alone - joined >= options.paragraphLengthGain
                // A speech tag beside a sentence whose translation attributes speech: the
                // translator moved the tag around the quote.
                let movedTag = speech.map { speech in
                    isEnglish ? (i0..<i1).allSatisfy { speech.englishTag[$0] } && (b0..<b1).contains { speech.arabicVerb[$0] }
                              : (j0..<j1).allSatisfy { speech.arabicTag[$0] } && (a0..<a1).contains { speech.englishVerb[$0] }
                } ?? false
                return explained >= options.supportThreshold || mass < options.paragraphFragmentMass || fillsGap || movedTag
                    ? explained : nil
            }
            let mass = scorer.oneSidedMass(result[k])
            let previous = supports(k - 1), next = supports(k + 1)
            if previous == nil, next == nil, let far = movedCounterpart(k, in: result, scorer: scorer, options: options) {
                // The fragment, the beads between and its counterpart's bead become one bead.
                let range = min(k, far)...max(k, far)
                let joined = result[range].dropFirst().reduce(result[range.lowerBound]) { $0.joined(with: $1) }
                result.replaceSubrange(range, with: [joined])
                k = max(0, range.lowerBound - 1)
                continue
            }
            guard previous != nil || next != nil else { k += 1; continue }
            let target = (previous ?? -1) >= (next ?? -1) ? k - 1 : k + 1
            result[min(k, target)] = result[target].joined(with: result[k])
            result.remove(at: max(k, target))
            k = max(0, min(k, target) - 1)   // a fragment before may now border the joined bead
        }
        return result
    }

    /// A fragment whose counterpart the translator moved past its neighbours ("…" Kayel
    /// shrugged. ⇄ «هز كايل كتفيه وأجاب: "…»): a bead up to `movedFragmentReach` beads away
    /// (two-sided, or a fragment of the other side left one-sided too), with only two-sided
    /// beads between and all of them inside one linked pair of paragraphs,
    /// whose other side explains at least `movedFragmentSupport` of the fragment's content.
    /// Returns that bead's index (the best explanation; the nearer on a tie), or nil.
    private func movedCounterpart(_ k: Int, in spans: [BeadSpan], scorer: BeadScorer, options: AlignerOptions) -> Int? {
        let (i0, i1, j0, j1) = spans[k].bounds
        let isEnglish = i1 > i0
        var best: (index: Int, explained: Double)?
        for distance in 2...max(2, options.movedFragmentReach) {
            for far in [k - distance, k + distance] where far >= 0 && far < spans.count {
                let range = min(k, far)...max(k, far)
                // The counterpart may be a fragment of the other side, left one-sided too.
                let farFits = spans[far].isTwoSided || (isEnglish ? spans[far].isArabicOnly : spans[far].isEnglishOnly)
                guard farFits, range.allSatisfy({ $0 == k || $0 == far || spans[$0].isTwoSided }) else { continue }
                let joined = spans[range].dropFirst().reduce(spans[range.lowerBound]) { $0.joined(with: $1) }
                let (a0, a1, b0, b1) = joined.bounds
                guard isInside(a0, a1, b0, b1) else { continue }
                let (f0, f1, g0, g1) = spans[far].bounds
                let explained = isEnglish ? scorer.coverage(i0, i1, g0, g1).english : scorer.coverage(f0, f1, j0, j1).arabic
                if explained >= options.movedFragmentSupport, explained > (best?.explained ?? 0) { best = (far, explained) }
            }
        }
        return best?.index
    }

    /// An English fragment next to an Arabic one, inside one linked pair of paragraphs, are one
    /// pair the lexicon could not see ("FAA isn't a fan of ADHD." ⇄ «إن إدارة الطيران
    /// الفيدرالية ليست من معجبي…»): the paragraph around them is translated, and a translator
    /// who drops a sentence rarely writes a new one in its place.
    func pairingCrossedFragments(_ spans: [BeadSpan]) -> [BeadSpan] {
        var result: [BeadSpan] = []
        for span in spans {
            if let last = result.last {
                if (last.isEnglishOnly && span.isArabicOnly) || (last.isArabicOnly && span.isEnglishOnly) {
                    let joined = last.joined(with: span)
                    let (i0, i1, j0, j1) = joined.bounds
                    if isInside(i0, i1, j0, j1) {
                        result[result.count - 1] = joined
                        continue
                    }
                }
            }
            result.append(span)
        }
        return result
    }

    /// Whether a two-sided bead lies inside one linked pair of paragraphs of which at least
    /// one holds several sentences.
    @inline(__always)
    func isInside(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Bool {
        let p = englishParagraph[i0], q = arabicParagraph[j0]
        guard englishParagraph[i1 - 1] == p, arabicParagraph[j1 - 1] == q else { return false }
        guard englishShared[i0] || arabicShared[j0] else { return false }
        return links.contains(Pair(english: p, arabic: q))
    }
}
