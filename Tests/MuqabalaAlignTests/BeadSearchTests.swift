import Testing
@testable import MuqabalaAlign

/// A scorer written by hand: the beads in `good` score `reward`, every other two-sided bead
/// `penalty`, a sentence left alone `skip`.
struct TableScorer: BeadScoring {
    var good: [BeadSpan]
    var reward = 2.0, penalty = -5.0, skip = -1.0

    var skipScore: Double { skip }
    func lengthScore(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> (logProbability: Double, residual: Double) { (0, 0) }
    func upperBound(_ di: Int, _ dj: Int, length: (logProbability: Double, residual: Double)) -> Double { reward }
    func scoreWithoutSupport(_ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int,
                             length: (logProbability: Double, residual: Double)) -> Double {
        good.contains(BeadSpan(i0, i1, j0, j1)) ? reward : penalty
    }
    func supportPenalty(base: Double, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int, threshold: Double) -> Double { base }
}

@Suite("Bead search") struct BeadSearchTests {
    @Test func findsTheBestPathThroughEveryShape() {
        // 1-1, 2-1, an English sentence alone, 1-2, an Arabic sentence alone, 1-3, 3-1.
        let path = [BeadSpan(0, 1, 0, 1), BeadSpan(1, 3, 1, 2), BeadSpan(3, 4, 2, 2), BeadSpan(4, 5, 2, 4),
                    BeadSpan(5, 5, 4, 5), BeadSpan(5, 6, 5, 8), BeadSpan(6, 9, 8, 9)]
        let found = searchBeads(n: 9, m: 9, band: .full(n: 9, m: 9), scorer: TableScorer(good: path))
        #expect(found == path)
    }

    @Test func skipsWhenNothingPairs() {
        let found = searchBeads(n: 2, m: 1, band: .full(n: 2, m: 1), scorer: TableScorer(good: []))
        #expect(found.allSatisfy { !$0.isTwoSided })
        #expect(found.reduce(0) { $0 + $1.englishCount } == 2 && found.reduce(0) { $0 + $1.arabicCount } == 1)
    }

    @Test func aPairIsWorthTwoSkipsOnlyWhenItScoresMore() {
        // A pair scoring -1.5 beats two skips (-2); one scoring -2.5 does not.
        for (reward, paired) in [(-1.5, true), (-2.5, false)] {
            let scorer = TableScorer(good: [BeadSpan(0, 1, 0, 1)], reward: reward)
            let found = searchBeads(n: 1, m: 1, band: .full(n: 1, m: 1), scorer: scorer)
            #expect((found == [BeadSpan(0, 1, 0, 1)]) == paired, "reward \(reward)")
        }
    }

    @Test func theBandLimitsThePath() {
        // The good pair lies outside a band of width 0 around the diagonal: it cannot be used.
        let scorer = TableScorer(good: [BeadSpan(0, 1, 2, 3)], reward: 10)
        let narrow = Band.around(path: [BeadSpan(0, 1, 0, 1), BeadSpan(1, 2, 1, 2), BeadSpan(2, 3, 2, 3)], n: 3, m: 3, width: 0)
        #expect(!searchBeads(n: 3, m: 3, band: narrow, scorer: scorer).contains(BeadSpan(0, 1, 2, 3)))
        #expect(searchBeads(n: 3, m: 3, band: .full(n: 3, m: 3), scorer: scorer).contains(BeadSpan(0, 1, 2, 3)))
    }
}

@Suite("Overlap table") struct OverlapTableTests {
    /// Random sentences over a small concept space (a fixed-seed generator: the same every run).
    static func features(count: Int, seed: UInt64, arabic: Bool) -> [SentenceFeature] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            var feature = SentenceFeature()
            var concepts: [Int32] = []
            for _ in 0..<(1 + next(6)) {
                let word = (0..<(1 + next(3))).map { _ in Int32(next(300)) }
                concepts += word
                if arabic { feature.addWord(word, weight: Float(1 + next(3))) }
            }
            feature.concepts = Array(Set(concepts)).sorted()
            feature.anchors = feature.concepts.filter { $0 < 20 }
            return feature
        }
    }

    @Test func cellsSpanningSeveralBlocksMatchADirectCount() {
        let n = OverlapTable.blockRows * 2 + 345, m = n + 17
        let english = Self.features(count: n, seed: 1, arabic: false)
        let arabic = Self.features(count: m, seed: 2, arabic: true)
        let band = Band.around(points: [], n: n, m: m, width: 4)
        let table = OverlapTable(english: english, arabic: arabic, band: band, anchorWeight: 3)
        var checked = 0
        for i in stride(from: 0, to: n, by: 7) {
            for j in max(0, band.lo[i] - 3)...min(m - 1, band.hi[i + 1] + 3) {
                let words = arabic[j].wordWeights.indices.map {
                    Set(arabic[j].wordConcepts[Int(arabic[j].wordStarts[$0])..<Int(arabic[j].wordStarts[$0 + 1])])
                }
                let arabicConcepts = words.reduce(into: Set<Int32>()) { $0.formUnion($1) }
                let shared = english[i].concepts.filter(arabicConcepts.contains)
                let englishSide = shared.reduce(Float(0)) { $0 + (english[i].anchors.contains($1) ? 3 : 1) }
                let arabicSide = words.indices.filter { !words[$0].isDisjoint(with: english[i].concepts) }
                    .reduce(Float(0)) { $0 + arabic[j].wordWeights[$1] }
                let anchor = shared.contains { english[i].anchors.contains($0) && arabic[j].anchors.contains($0) }
                #expect(table.value(i, j) == (englishSide, arabicSide), "cell \(i), \(j)")
                #expect(table.sharesAnchor(i, j) == anchor, "cell \(i), \(j)")
                checked += 1
            }
        }
        #expect(checked > 3000)
    }
}
