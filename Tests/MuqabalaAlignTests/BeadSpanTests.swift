import Testing
@testable import MuqabalaAlign

@Suite("Bead spans and the search band") struct BeadSpanTests {
    @Test func spanShapes() {
        let pair = BeadSpan(3, 4, 5, 6), merge = BeadSpan(3, 5, 5, 6)
        let englishOnly = BeadSpan(4, 5, 6, 6), arabicOnly = BeadSpan(5, 5, 6, 8)
        #expect(pair.isOneToOne && pair.isTwoSided && !pair.isEnglishOnly && !pair.isArabicOnly)
        #expect(!merge.isOneToOne && merge.isTwoSided && merge.englishCount == 2)
        #expect(englishOnly.isEnglishOnly && !englishOnly.isTwoSided && !englishOnly.isArabicOnly)
        #expect(arabicOnly.isArabicOnly && arabicOnly.arabicCount == 2)
        #expect(pair.joined(with: englishOnly) == BeadSpan(3, 5, 5, 6))
        #expect(englishOnly.joined(with: pair) == BeadSpan(3, 5, 5, 6))
        #expect(pair.joined(with: arabicOnly) == BeadSpan(3, 5, 5, 8))
    }

    @Test func bandAroundAPathHoldsEveryCellItVisits() {
        // A path with a long one-sided run: row 2 spans Arabic 2…7.
        let path = [BeadSpan(0, 1, 0, 1), BeadSpan(1, 2, 1, 2), BeadSpan(2, 2, 2, 7), BeadSpan(2, 4, 7, 8)]
        let band = Band.around(path: path, n: 4, m: 8, width: 1)
        for span in path {
            #expect(band.lo[span.englishStart] <= span.arabicStart && span.arabicStart <= band.hi[span.englishStart])
            #expect(band.lo[span.englishEnd] <= span.arabicEnd && span.arabicEnd <= band.hi[span.englishEnd])
        }
        #expect(band.lo[2] <= 2 && band.hi[2] >= 7)
        #expect(band.lo[0] == 0 && band.hi[4] == 8)
        // Narrow elsewhere: row 0 does not reach the far end.
        #expect(band.hi[0] < 8)
    }

    @Test func aPathAlongTheEdgeTouchesTheBand() {
        let band = Band.around(path: [BeadSpan(0, 1, 0, 1), BeadSpan(1, 2, 1, 2)], n: 4, m: 8, width: 1)
        // Inside: a path through the band's middle.
        #expect(!band.isTouched(by: [BeadSpan(0, 1, 0, 1), BeadSpan(1, 2, 1, 2)], m: 8))
        // On the upper edge of row 1 (not the document's corner): the best path may lie outside.
        #expect(band.isTouched(by: [BeadSpan(0, 1, 0, band.hi[1])], m: 8))
    }
}
