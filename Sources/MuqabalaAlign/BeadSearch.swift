import MuqabalaText

/// The search space of the dynamic program: for each English position `i` (0…n), the
/// Arabic positions `lo[i]…hi[i]` it may be paired with. Both bounds never decrease.
struct Band {
    var lo: [Int]
    var hi: [Int]

    /// Every cell (small documents).
    static func full(n: Int, m: Int) -> Band {
        Band(lo: [Int](repeating: 0, count: n + 1), hi: [Int](repeating: m, count: n + 1))
    }

    /// Cells within `width` of a monotone path through `points` (sorted (i, j) anchors),
    /// interpolated linearly between them and to the corners.
    static func around(points: [(Int, Int)], n: Int, m: Int, width: Int) -> Band {
        var path = [(0, 0)] + points + [(n, m)]
        path.sort { $0.0 < $1.0 }
        var center = [Double](repeating: 0, count: n + 1)
        for k in 0..<(path.count - 1) {
            let (i0, j0) = path[k], (i1, j1) = path[k + 1]
            guard i1 > i0 else { continue }
            for i in i0...i1 {
                center[i] = Double(j0) + Double(j1 - j0) * Double(i - i0) / Double(i1 - i0)
            }
        }
        var lo = [Int](repeating: 0, count: n + 1), hi = [Int](repeating: m, count: n + 1)
        for i in 0...n {
            lo[i] = max(0, min(m, Int(center[i].rounded(.down)) - width))
            hi[i] = max(0, min(m, Int(center[i].rounded(.up)) + width))
        }
        // Monotone bounds keep every transition inside the band reachable.
        for i in 1...max(1, n) where i <= n { lo[i] = max(lo[i], lo[i - 1]); }
        if n > 0 { for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) } }
        lo[0] = 0; hi[n] = m
        for i in 0...n where hi[i] < lo[i] { hi[i] = lo[i] }
        return Band(lo: lo, hi: hi)
    }

    /// Cells within `width` of a path of beads (in order): every
    /// Arabic position the path visits at row `i` lies inside, however long a one-sided run.
    static func around(path spans: [BeadSpan], n: Int, m: Int, width: Int) -> Band {
        var low = [Int](repeating: .max, count: n + 1), high = [Int](repeating: .min, count: n + 1)
        func visit(_ i: Int, _ j: Int) {
            guard i >= 0, i <= n else { return }
            low[i] = min(low[i], j)
            high[i] = max(high[i], j)
        }
        visit(0, 0)
        visit(n, m)
        for span in spans {
            visit(span.englishStart, span.arabicStart)
            visit(span.englishEnd, span.arabicEnd)
        }
        // Rows the path skips (none for a complete path) take their neighbours' bounds.
        for i in 1...max(1, n) where i <= n && low[i] == .max { low[i] = low[i - 1]; high[i] = high[i - 1] }
        var lo = low.map { max(0, $0 - width) }, hi = high.map { min(m, $0 + width) }
        for i in 1...max(1, n) where i <= n { lo[i] = max(lo[i], lo[i - 1]) }
        if n > 0 { for i in stride(from: n - 1, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) } }
        lo[0] = 0; hi[n] = m
        for i in 0...n where hi[i] < lo[i] { hi[i] = lo[i] }
        return Band(lo: lo, hi: hi)
    }

    var cellCount: Int { zip(lo, hi).reduce(0) { $0 + $1.1 - $1.0 + 1 } }

    /// Whether a path of beads runs along the band's edge somewhere (other than at the
    /// document's corners): then the best path may lie outside and the band must widen.
    func isTouched(by spans: [BeadSpan], m: Int) -> Bool {
        for span in spans {
            let i1 = span.englishEnd, j1 = span.arabicEnd
            if j1 == lo[i1] && lo[i1] > 0 { return true }
            if j1 == hi[i1] && hi[i1] < m { return true }
        }
        return false
    }
}

/// Lexical overlap of English sentence i and Arabic sentence j, stored for the cells a
/// band can pair, in both directions:
/// - `english`: the weight of i's concepts that some word of j may translate;
/// - `arabic`: the weight of j's words that translate some concept of i.
struct OverlapTable {
    var columnLo: [Int]
    var columnHi: [Int]
    var rowStart: [Int]
    var english: [Float]
    var arabic: [Float]
    /// Whether the two sentences share an anchor (number, date, linked name).
    var anchorShared: [Bool]

    @inline(__always) func sharesAnchor(_ i: Int, _ j: Int) -> Bool {
        guard j >= columnLo[i], j <= columnHi[i] else { return false }
        return anchorShared[rowStart[i] + j - columnLo[i]]
    }

    @inline(__always) func value(_ i: Int, _ j: Int) -> (english: Float, arabic: Float) {
        guard j >= columnLo[i], j <= columnHi[i] else { return (0, 0) }
        let k = rowStart[i] + j - columnLo[i]
        return (english[k], arabic[k])
    }

    /// English rows are processed in blocks, on all cores; postings are built only for the
    /// Arabic window a block can reach, so their memory does not grow with the document.
    static let blockRows = 1000

    init(english features: [SentenceFeature], arabic arabicFeatures: [SentenceFeature], band: Band,
         anchorWeight: Float, reach: Int = 3) {
        let n = features.count, m = arabicFeatures.count
        var columnLo = [Int](repeating: 0, count: n), columnHi = [Int](repeating: -1, count: n)
        var rowStart = [Int](repeating: 0, count: n + 1)
        var total = 0
        for i in 0..<n {
            columnLo[i] = max(0, min(band.lo[i], band.lo[i + 1]) - reach)
            columnHi[i] = min(m - 1, max(band.hi[i], band.hi[i + 1]) + reach)
            rowStart[i] = total
            total += max(0, columnHi[i] - columnLo[i] + 1)
        }
        rowStart[n] = total
        var conceptCount = 0
        for feature in arabicFeatures { for c in feature.wordConcepts { conceptCount = max(conceptCount, Int(c) + 1) } }
        var blocks = parallelRanges(count: n, chunk: Self.blockRows) { [columnLo, columnHi, rowStart, conceptCount] rows in
            Self.block(rows, english: features, arabic: arabicFeatures, columnLo: columnLo, columnHi: columnHi,
                       rowStart: rowStart, conceptCount: conceptCount, anchorWeight: anchorWeight)
        }
        // Joined block by block, each released once copied (the table is held about once).
        var english: [Float] = [], arabic: [Float] = [], anchorShared: [Bool] = []
        english.reserveCapacity(total); arabic.reserveCapacity(total); anchorShared.reserveCapacity(total)
        for k in blocks.indices {
            english += blocks[k].english
            arabic += blocks[k].arabic
            anchorShared += blocks[k].anchorShared
            blocks[k] = ([], [], [])
        }
        self.columnLo = columnLo
        self.columnHi = columnHi
        self.rowStart = Array(rowStart.dropLast())
        self.english = english
        self.arabic = arabic
        self.anchorShared = anchorShared
    }

    /// The cells of English rows `rows` (from `rowStart[rows.lowerBound]`), in order.
    private static func block(_ rows: Range<Int>, english features: [SentenceFeature], arabic arabicFeatures: [SentenceFeature],
                              columnLo: [Int], columnHi: [Int], rowStart: [Int], conceptCount: Int,
                              anchorWeight: Float) -> (english: [Float], arabic: [Float], anchorShared: [Bool]) {
        let base = rowStart[rows.lowerBound], cells = rowStart[rows.upperBound] - base
        var englishOverlap = [Float](repeating: 0, count: cells)
        var arabicOverlap = [Float](repeating: 0, count: cells)
        var anchorShared = [Bool](repeating: false, count: cells)
        let windowLo = rows.map { columnLo[$0] }.min() ?? 0
        let windowHi = rows.map { columnHi[$0] }.max() ?? -1
        guard windowHi >= windowLo else { return (englishOverlap, arabicOverlap, anchorShared) }

        // Postings of the window: concept → (Arabic sentence, word slot), in sentence order,
        // in compressed rows over dense arrays (concept ids are dense).
        var count = [Int32](repeating: 0, count: conceptCount)
        var start = [Int32](repeating: 0, count: conceptCount)
        var cursor = [Int32](repeating: 0, count: conceptCount)
        var touched: [Int32] = []
        var slotWeight: [Float] = []
        // Count, then place, the word concepts of the window.
        for j in windowLo...windowHi {
            for c in arabicFeatures[j].wordConcepts {
                if count[Int(c)] == 0 { touched.append(c) }
                count[Int(c)] += 1
            }
        }
        var running: Int32 = 0
        for c in touched {
            start[Int(c)] = running
            cursor[Int(c)] = running
            running += count[Int(c)]
        }
        var postingSentence = [Int32](repeating: 0, count: Int(running))
        var postingSlot = [Int32](repeating: 0, count: Int(running))
        for j in windowLo...windowHi {
            let feature = arabicFeatures[j]
            for w in feature.wordWeights.indices {
                let slot = Int32(slotWeight.count)
                slotWeight.append(feature.wordWeights[w])
                for k in Int(feature.wordStarts[w])..<Int(feature.wordStarts[w + 1]) {
                    let c = Int(feature.wordConcepts[k])
                    postingSentence[Int(cursor[c])] = Int32(j)
                    postingSlot[Int(cursor[c])] = slot
                    cursor[c] += 1
                }
            }
        }
        var slotStamp = [Int32](repeating: -1, count: slotWeight.count)
        for i in rows where columnHi[i] >= columnLo[i] {
            let anchors = features[i].anchors
            for c in features[i].concepts where Int(c) < conceptCount && count[Int(c)] > 0 {
                let first = Int(start[Int(c)]), end = first + Int(count[Int(c)])
                let isAnchor = BeadScorer.sortedContains(anchors, c)
                let weight: Float = isAnchor ? anchorWeight : 1
                var a = first, b = end
                while a < b {
                    let mid = (a + b) / 2
                    if Int(postingSentence[mid]) < columnLo[i] { a = mid + 1 } else { b = mid }
                }
                var lastSentence: Int32 = -1
                var k = a
                while k < end, Int(postingSentence[k]) <= columnHi[i] {
                    let j = postingSentence[k], slot = postingSlot[k]
                    let cell = rowStart[i] - base + Int(j) - columnLo[i]
                    if j != lastSentence {
                        englishOverlap[cell] += weight
                        lastSentence = j
                        if isAnchor, BeadScorer.sortedContains(arabicFeatures[Int(j)].anchors, c) { anchorShared[cell] = true }
                    }
                    if slotStamp[Int(slot)] != Int32(i) {
                        slotStamp[Int(slot)] = Int32(i)
                        arabicOverlap[cell] += slotWeight[Int(slot)]
                    }
                    k += 1
                }
            }
        }
        return (englishOverlap, arabicOverlap, anchorShared)
    }
}

/// Bead shapes (English count, Arabic count) the search considers.
let beadShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (1, 3), (3, 1)]

/// Scores beads from features, the length model and the overlap table.
struct BeadScorer {
    let english: [SentenceFeature]
    let arabic: [SentenceFeature]
    let overlaps: OverlapTable
    let lengthModel: LengthModel
    let options: AlignerOptions
    let englishMass: [Float]    // prefix sums
    let arabicMass: [Float]
    let englishLength: [Int]
    let arabicLength: [Int]
    let englishBoilerplate: [Int]   // prefix counts
    let arabicBoilerplate: [Int]
    let englishAnchored: [Int]      // prefix counts of sentences with anchors
    let arabicAnchored: [Int]
    /// Paragraphs the first pass linked (second pass only).
    let paragraphs: ParagraphLinks?

    init(english: [SentenceFeature], arabic: [SentenceFeature], overlaps: OverlapTable,
         lengthModel: LengthModel, options: AlignerOptions, paragraphs: ParagraphLinks? = nil) {
        self.paragraphs = paragraphs
        self.english = english
        self.arabic = arabic
        self.overlaps = overlaps
        self.lengthModel = lengthModel
        self.options = options
        func prefix<T: AdditiveArithmetic>(_ values: [T]) -> [T] {
            var sums = [T.zero]
            for v in values { sums.append(sums.last! + v) }
            return sums
        }
        englishMass = prefix(english.map(\.mass))
        arabicMass = prefix(arabic.map(\.mass))
        englishLength = prefix(english.map(\.length))
        arabicLength = prefix(arabic.map(\.length))
        englishBoilerplate = prefix(english.map { $0.isBoilerplate ? 1 : 0 })
        arabicBoilerplate = prefix(arabic.map { $0.isBoilerplate ? 1 : 0 })
        englishAnchored = prefix(english.map { $0.anchors.isEmpty ? 0 : 1 })
        arabicAnchored = prefix(arabic.map { $0.anchors.isEmpty ? 0 : 1 })
    }

    /// Lexical similarity of a span pair in 0…1: the F-measure of the share of English
    /// content the Arabic explains and the share of Arabic words the English explains.
    func similarity(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        let (e, a) = coverage(i0, i1, j0, j1)
        return e + a == 0 ? 0 : 2 * e * a / (e + a)
    }

    /// The share of English content explained by the Arabic span, and the share of Arabic
    /// words explained by the English span.
    func coverage(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> (english: Double, arabic: Double) {
        var englishHits: Float = 0, arabicHits: Float = 0
        for i in i0..<i1 {
            for j in j0..<j1 {
                let v = overlaps.value(i, j)
                englishHits += v.english
                arabicHits += v.arabic
            }
        }
        let englishMass = englishMass[i1] - englishMass[i0], arabicMass = arabicMass[j1] - arabicMass[j0]
        guard englishMass > 0, arabicMass > 0 else { return (0, 0) }
        return (Double(min(1, englishHits / englishMass)), Double(min(1, arabicHits / arabicMass)))
    }

    /// Character lengths of a span pair (spaces between joined sentences counted).
    func lengths(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> (Int, Int) {
        (englishLength[i1] - englishLength[i0] + max(0, i1 - i0 - 1),
         arabicLength[j1] - arabicLength[j0] + max(0, j1 - j0 - 1))
    }

    /// The content (evidence mass) of a one-sided span's sentences.
    func oneSidedMass(_ span: BeadSpan) -> Double {
        Double(span.englishCount > 0 ? englishMass[span.englishEnd] - englishMass[span.englishStart]
                                     : arabicMass[span.arabicEnd] - arabicMass[span.arabicStart])
    }

    /// The log-score of a bead: prior of its shape, length agreement and lexical evidence.
    func score(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        let base = scoreWithoutSupport(i0, i1, j0, j1)
        return supportPenalty(base: base, i0, i1, j0, j1, threshold: -.infinity)
    }

    /// Applies the merge-support penalty, unless the bead cannot beat `threshold` anyway
    /// (the penalty only lowers scores, and it is the costly part of scoring a merge).
    @inline(__always)
    func supportPenalty(base: Double, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int, threshold: Double) -> Double {
        guard i1 - i0 + j1 - j0 > 2, i1 > i0, j1 > j0, base > threshold else { return base }
        return base + options.unsupportedPenalty * unsupportedSentences(i0, i1, j0, j1)
    }

    /// The bead's log-score before the merge-support penalty.
    func scoreWithoutSupport(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        let di = i1 - i0, dj = j1 - j0
        if di == 0 || dj == 0 { return options.skipScore * Double(di + dj) }
        return scoreWithoutSupport(i0, i1, j0, j1, length: lengthScore(i0, i1, j0, j1))
    }

    /// The length log-probability of a two-sided bead (floored) and its standardized residual.
    @inline(__always)
    func lengthScore(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> (logProbability: Double, residual: Double) {
        let (e, a) = lengths(i0, i1, j0, j1)
        let residual = lengthModel.residual(english: e, arabic: a)
        return (max(options.lengthFloor, LengthModel.logTail(abs(residual))), residual)
    }

    /// The most a two-sided bead with this length score can score, whatever its lexical
    /// evidence: the search skips the costly lexical part of beads that cannot win.
    @inline(__always)
    func upperBound(_ di: Int, _ dj: Int, length: (logProbability: Double, residual: Double)) -> Double {
        let lexical = max(0, 1 - options.lexicalOffset * Double(di + dj) / 2)
        return options.prior(di, dj) + options.lengthWeight * max(length.logProbability, options.partialLengthFloor)
            + options.lexicalWeight * lexical + max(0, options.boilerplatePenalty) * Double(di + dj)
            + max(0, options.anchorConflictPenalty)
            + (paragraphs == nil ? 0 : max(0, options.paragraphBonus) + max(0, options.paragraphMergeRelief))
    }

    /// ``scoreWithoutSupport(_:_:_:_:)`` of a two-sided bead whose length score is known.
    @inline(__always)
    func scoreWithoutSupport(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int,
                             length lengthScore: (logProbability: Double, residual: Double)) -> Double {
        let di = i1 - i0, dj = j1 - j0
        let residual = lengthScore.residual
        var length = lengthScore.logProbability
        let (englishCoverage, arabicCoverage) = coverage(i0, i1, j0, j1)
        let sim = englishCoverage + arabicCoverage == 0 ? 0
            : 2 * englishCoverage * arabicCoverage / (englishCoverage + arabicCoverage)
        // A partial translation: the shorter side is well explained by the longer one, so a
        // bad length ratio is expected, not evidence against the pair.
        let shorterCoverage = residual < 0 ? arabicCoverage : englishCoverage
        if shorterCoverage >= options.partialCoverage { length = max(length, options.partialLengthFloor) }
        // Similarity below `lexicalOffset` is evidence against the pair; it is charged per
        // sentence, so merging cannot dodge it.
        // Little content proves little: evidence against a short pair is scaled down.
        var lexical = sim - options.lexicalOffset * Double(di + dj) / 2
        if lexical < 0 {
            let mass = Double(englishMass[i1] - englishMass[i0] + arabicMass[j1] - arabicMass[j0]) / 2
            lexical *= min(1, mass / options.lexicalEvidenceMass)
        }
        var score = options.prior(di, dj) + options.lengthWeight * length + options.lexicalWeight * lexical
        // Web boilerplate (a site's "Also Read:" links, a translator's credit) is rarely a
        // translation of anything on the other side.
        let boilerplate = englishBoilerplate[i1] - englishBoilerplate[i0] + arabicBoilerplate[j1] - arabicBoilerplate[j0]
        score += options.boilerplatePenalty * Double(boilerplate)
        if anchorsConflict(i0, i1, j0, j1) { score += options.anchorConflictPenalty }
        if let paragraphs, paragraphs.isInside(i0, i1, j0, j1) {
            score += options.paragraphBonus
            if di + dj > 2 { score += options.paragraphMergeRelief }
        }
        return score
    }

    /// Whether both sides of a span pair carry anchors and share none.
    func anchorsConflict(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Bool {
        guard englishAnchored[i1] > englishAnchored[i0], arabicAnchored[j1] > arabicAnchored[j0] else { return false }
        for i in i0..<i1 {
            for j in j0..<j1 where overlaps.sharesAnchor(i, j) { return false }
        }
        return true
    }

    @inline(__always) static func sortedContains(_ sorted: [Int32], _ value: Int32) -> Bool {
        var a = 0, b = sorted.count
        while a < b {
            let mid = (a + b) / 2
            if sorted[mid] < value { a = mid + 1 } else { b = mid }
        }
        return a < sorted.count && sorted[a] == value
    }

    /// In a merge bead, the sentences with content but no lexical support of their own: a
    /// sentence with no counterpart should be its own one-sided bead, not ride along.
    ///
    /// A sentence is unsupported when the other side explains less than `supportThreshold`
    /// of it, or when it is weakly explained (< 3 × that) and also explains much less of
    /// the other side than its share of its own side (< 40 %): in a genuine merge each
    /// sentence carries its part of the translation.
    /// A sentence with little content (a footnote "*freezer", "Yay") proves little either way:
    /// it counts in proportion to its content, up to `lexicalEvidenceMass` words.
    func unsupportedSentences(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        var count = Double(conflictingAnchors(i0, i1, j0, j1))
        let full = Float(options.lexicalEvidenceMass)
        if i1 - i0 > 1 {
            // English sentences of the span: their own coverage and what they explain of the Arabic.
            var totalExplained: Float = 0
            for i in i0..<i1 { for j in j0..<j1 { totalExplained += overlaps.value(i, j).arabic } }
            let totalMass = englishMass[i1] - englishMass[i0]
            for i in i0..<i1 where english[i].mass >= 1 {
                var own: Float = 0, explains: Float = 0
                for j in j0..<j1 { let v = overlaps.value(i, j); own += v.english; explains += v.arabic }
                if isUnsupported(mass: english[i].mass, own: own, explains: explains,
                                 totalMass: totalMass, totalExplained: totalExplained) { count += Double(min(1, english[i].mass / full)) }
            }
        }
        if j1 - j0 > 1 {
            var totalExplained: Float = 0
            for i in i0..<i1 { for j in j0..<j1 { totalExplained += overlaps.value(i, j).english } }
            let totalMass = arabicMass[j1] - arabicMass[j0]
            for j in j0..<j1 where arabic[j].mass >= 1 {
                var own: Float = 0, explains: Float = 0
                for i in i0..<i1 { let v = overlaps.value(i, j); own += v.arabic; explains += v.english }
                if isUnsupported(mass: arabic[j].mass, own: own, explains: explains,
                                 totalMass: totalMass, totalExplained: totalExplained) { count += Double(min(1, arabic[j].mass / full)) }
            }
        }
        return count
    }

    /// Sentences of a merge bead whose anchors (numbers, dates, names) all fail to match
    /// while the other side has anchors of its own: "meeting 17" does not merge with
    /// "meeting 15" and "meeting 16". Such a sentence may also fail the coverage test and
    /// then counts twice: contradicting numbers are strong evidence.
    private func conflictingAnchors(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Int {
        let englishHasAnchors = (i0..<i1).contains { !english[$0].anchors.isEmpty }
        let arabicHasAnchors = (j0..<j1).contains { !arabic[$0].anchors.isEmpty }
        guard englishHasAnchors && arabicHasAnchors else { return 0 }
        func contains(_ sorted: [Int32], _ value: Int32) -> Bool {
            var a = 0, b = sorted.count
            while a < b {
                let mid = (a + b) / 2
                if sorted[mid] < value { a = mid + 1 } else { b = mid }
            }
            return a < sorted.count && sorted[a] == value
        }
        var count = 0
        if i1 - i0 > 1 {
            for i in i0..<i1 where !english[i].anchors.isEmpty {
                let matched = english[i].anchors.contains { a in (j0..<j1).contains { contains(arabic[$0].concepts, a) } }
                if !matched { count += 1 }
            }
        }
        if j1 - j0 > 1 {
            for j in j0..<j1 where !arabic[j].anchors.isEmpty {
                let matched = arabic[j].anchors.contains { a in (i0..<i1).contains { contains(english[$0].concepts, a) } }
                if !matched { count += 1 }
            }
        }
        return count
    }

    @inline(__always)
    private func isUnsupported(mass: Float, own: Float, explains: Float, totalMass: Float, totalExplained: Float) -> Bool {
        let threshold = Float(options.supportThreshold)
        let coverage = own / mass
        let share = mass / max(1, totalMass)
        let contribution = totalExplained > 0 ? explains / totalExplained : 0
        return coverage < threshold || (coverage < Float(options.supportCoverageFactor) * threshold
                                        && contribution < Float(options.supportContributionShare) * share)
    }
}

/// What the bead search asks of a scorer: ``BeadScorer`` is the aligner's; a test can write
/// its own to check the search alone.
protocol BeadScoring {
    /// The score of leaving one sentence without a counterpart.
    var skipScore: Double { get }
    /// The length log-probability of a two-sided bead and its standardized residual.
    func lengthScore(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> (logProbability: Double, residual: Double)
    /// At least what any two-sided bead of this shape and length score can score.
    func upperBound(_ di: Int, _ dj: Int, length: (logProbability: Double, residual: Double)) -> Double
    /// A two-sided bead's score before the merge-support penalty.
    func scoreWithoutSupport(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int,
                             length: (logProbability: Double, residual: Double)) -> Double
    /// `base` with the merge-support penalty, which only lowers it (skipped when the bead
    /// cannot beat `threshold` anyway).
    func supportPenalty(base: Double, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int, threshold: Double) -> Double
}

extension BeadScorer: BeadScoring {
    var skipScore: Double { options.skipScore }
}

/// Finds the best-scoring sequence of beads through the band (dynamic programming over the
/// shapes in `beadShapes`; ties keep the first shape).
func searchBeads<Scorer: BeadScoring>(n: Int, m: Int, band: Band, scorer: Scorer) -> [BeadSpan] {
    var rowStart = [Int](repeating: 0, count: n + 1)
    var total = 0
    for i in 0...n {
        rowStart[i] = total
        total += band.hi[i] - band.lo[i] + 1
    }
    var best = [Float](repeating: -.infinity, count: total)
    var back = [UInt8](repeating: 255, count: total)
    let lo = band.lo, hi = band.hi
    @inline(__always) func cell(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= n, j >= lo[i], j <= hi[i] else { return nil }
        return rowStart[i] + j - lo[i]
    }
    let shapeI = beadShapes.map(\.0), shapeJ = beadShapes.map(\.1)
    best.withUnsafeMutableBufferPointer { best in
        back.withUnsafeMutableBufferPointer { back in
            best[0] = 0
            for i in 0...n {
                for j in lo[i]...hi[i] where i > 0 || j > 0 {
                    var bestScore = -Float.infinity
                    var bestShape: UInt8 = 255
                    for s in 0..<shapeI.count {
                        let di = shapeI[s], dj = shapeJ[s]
                        let pi = i - di, pj = j - dj
                        guard pi >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                        let base = best[rowStart[pi] + pj - lo[pi]]
                        if base == -.infinity { continue }
                        let bead: Double
                        if di == 0 || dj == 0 {
                            bead = scorer.skipScore * Double(di + dj)
                        } else {
                            let length = scorer.lengthScore(pi, i, pj, j)
                            if base + Float(scorer.upperBound(di, dj, length: length)) <= bestScore { continue }
                            bead = scorer.scoreWithoutSupport(pi, i, pj, j, length: length)
                        }
                        // Cheap bound first: the support penalty can only lower the score.
                        if base + Float(bead) <= bestScore { continue }
                        let candidate = base + Float(scorer.supportPenalty(base: bead, pi, i, pj, j,
                                                                           threshold: Double(bestScore - base)))
                        if candidate > bestScore {
                            bestScore = candidate
                            bestShape = UInt8(s)
                        }
                    }
                    let here = rowStart[i] + j - lo[i]
                    best[here] = bestScore
                    back[here] = bestShape
                }
            }
        }
    }
    var beads: [BeadSpan] = []
    var i = n, j = m
    while i > 0 || j > 0 {
        guard let here = cell(i, j), back[here] != 255 else { break }
        let (di, dj) = beadShapes[Int(back[here])]
        beads.append(BeadSpan(i - di, i, j - dj, j))
        i -= di
        j -= dj
    }
    return beads.reversed()
}
