/// Where a bead lies in the aligner's two sentence lists while it is searched and refined:
/// English sentences `englishStart..<englishEnd`, Arabic `arabicStart..<arabicEnd`, in the
/// aligner's own numbering of the alignable sentences (a ``Bead`` holds the documents' indices).
/// Either side may be empty: that bead is one-sided.
struct BeadSpan: Equatable, Sendable {
    var englishStart: Int
    var englishEnd: Int
    var arabicStart: Int
    var arabicEnd: Int

    init(_ englishStart: Int, _ englishEnd: Int, _ arabicStart: Int, _ arabicEnd: Int) {
        self.englishStart = englishStart
        self.englishEnd = englishEnd
        self.arabicStart = arabicStart
        self.arabicEnd = arabicEnd
    }

    /// The four bounds, for the scorer's `(i0, i1, j0, j1)` calls.
    var bounds: (Int, Int, Int, Int) { (englishStart, englishEnd, arabicStart, arabicEnd) }

    var englishCount: Int { englishEnd - englishStart }
    var arabicCount: Int { arabicEnd - arabicStart }
    /// Sentences on both sides.
    var isTwoSided: Bool { englishCount > 0 && arabicCount > 0 }
    /// One English and one Arabic sentence.
    var isOneToOne: Bool { englishCount == 1 && arabicCount == 1 }
    var isEnglishOnly: Bool { englishCount > 0 && arabicCount == 0 }
    var isArabicOnly: Bool { englishCount == 0 && arabicCount > 0 }
    /// The side holding sentences, for a one-sided span.
    var onlySide: Side? { isEnglishOnly ? .english : isArabicOnly ? .arabic : nil }

    /// The smallest span holding both (two beads joined into one).
    func joined(with other: BeadSpan) -> BeadSpan {
        BeadSpan(min(englishStart, other.englishStart), max(englishEnd, other.englishEnd),
                 min(arabicStart, other.arabicStart), max(arabicEnd, other.arabicEnd))
    }
}
