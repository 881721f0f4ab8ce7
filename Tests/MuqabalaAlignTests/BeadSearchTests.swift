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
