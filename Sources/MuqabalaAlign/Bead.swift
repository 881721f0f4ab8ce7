import MuqabalaSegment

/// What a bead says about its sentences.
public enum BeadKind: String, Sendable, Codable, CaseIterable {
    /// The sentences translate each other.
    case match
    /// Aligned, but one side carries content the other lacks (see ``Bead/missing``).
    case partial
    /// English sentences with no Arabic counterpart.
    case enOnly = "en-only"
    /// Arabic sentences with no English counterpart.
    case arOnly = "ar-only"
}

/// Which side of a partial bead has the extra content.
public enum Side: String, Sendable, Codable {
    case english = "en"
    case arabic = "ar"
}

/// A note from reading the documents on a bead whose sentences are not the translation's
/// content: reports set such beads aside instead of counting them as gaps.
public enum BeadFlag: String, Sendable, Codable, CaseIterable {
    /// Web boilerplate: a byline, a share prompt, "Read more".
    case boilerplate
    /// A repeated copy of the document's body, aligned once; its repeats are one-sided beads.
    case `repeat`
}

/// One unit of an alignment: some English sentences and the Arabic sentences that
/// translate them (either side may be empty).
public struct Bead: Equatable, Sendable, Codable {
    /// Indices into the English document's sentences (0-based).
    public var en: [Int]
    /// Indices into the Arabic document's sentences.
    public var ar: [Int]
    public var kind: BeadKind
    /// Confidence in 0…1 that the bead is right.
    public var score: Double
    /// For partial beads: the side with extra content and the span it has that the other lacks.
    public var missing: MissingSpan?
    /// Notes from reading the documents (boilerplate, repeat).
    public var flags: [BeadFlag]

    public init(en: [Int], ar: [Int], kind: BeadKind, score: Double, missing: MissingSpan? = nil, flags: [BeadFlag] = []) {
        self.en = en
        self.ar = ar
        self.kind = kind
        self.score = score
        self.missing = missing
        self.flags = flags
    }

    /// "1-1", "2-1", "1-0"… (English count first).
    public var shape: String { "\(en.count)-\(ar.count)" }
}

/// Content one side of an aligned pair has and the other lacks.
public struct MissingSpan: Equatable, Sendable, Codable {
    /// The side that has it.
    public var side: Side
    /// The text the other side lacks (a clause of the longer side), when it can be named.
    public var text: String?
    /// How strongly the words say `text` is untranslated, in nats (log-odds against the
    /// run being chance misses; reported from 5.5); 0 when only numbers or dates say so.
    public var evidence: Double = 0
    /// Numbers, dates and names on `side` with no counterpart on the other side.
    public var unmatchedAnchors: [String]
    /// How far the lengths disagree, in standard deviations of the length model.
    public var lengthResidual: Double

    public init(side: Side, text: String?, evidence: Double = 0, unmatchedAnchors: [String], lengthResidual: Double) {
        self.side = side
        self.text = text
        self.evidence = evidence
        self.unmatchedAnchors = unmatchedAnchors
        self.lengthResidual = lengthResidual
    }
}

/// The alignment of two documents.
public struct Alignment: Sendable, Codable {
    public let english: SegmentedDocument
    public let arabic: SegmentedDocument
    /// Beads in document order, covering every sentence of both sides exactly once.
    public let beads: [Bead]
    /// The length model estimated from this pair.
    public let lengthModel: LengthModel
    /// The numbers, months and weekdays of each sentence (by sentence index), as the aligner
    /// read them (none for the sentences it set aside, which no aligned bead holds); nil for
    /// an alignment made without them (they are then read from the text).
    public let englishAnchors: [[Anchor]]?
    public let arabicAnchors: [[Anchor]]?

    public init(english: SegmentedDocument, arabic: SegmentedDocument, beads: [Bead], lengthModel: LengthModel,
                englishAnchors: [[Anchor]]? = nil, arabicAnchors: [[Anchor]]? = nil) {
        self.english = english
        self.arabic = arabic
        self.beads = beads
        self.lengthModel = lengthModel
        self.englishAnchors = englishAnchors
        self.arabicAnchors = arabicAnchors
    }

    /// The English text of a bead (sentences joined with a space).
    public func englishText(_ bead: Bead) -> String { bead.en.map { english.sentences[$0].text }.joined(separator: " ") }
    /// The Arabic text of a bead.
    public func arabicText(_ bead: Bead) -> String { bead.ar.map { arabic.sentences[$0].text }.joined(separator: " ") }

    /// The anchors of a bead's English side, in order: as the aligner read them, or from its text.
    public func englishAnchors(_ bead: Bead) -> [Anchor] {
        guard let englishAnchors else { return Anchor.english(englishText(bead)) }
        return bead.en.flatMap { englishAnchors[$0] }
    }
    /// The anchors of a bead's Arabic side, in order.
    public func arabicAnchors(_ bead: Bead) -> [Anchor] {
        guard let arabicAnchors else { return Anchor.arabic(arabicText(bead)) }
        return bead.ar.flatMap { arabicAnchors[$0] }
    }
}

/// Gale–Church length model: Arabic characters per English character, and the variance
/// of the difference, both estimated from the document pair.
public struct LengthModel: Equatable, Sendable, Codable {
    /// Arabic characters per English character.
    public var ratio: Double
    /// Variance per character of the (ratio-scaled) length difference.
    public var variance: Double
    /// The variance never assumes a bead shorter than this many characters: short segments
    /// ("Yay." / «ياي.», "Thank you." / «شكراً جزيلاً لك.») vary far more in proportion.
    public var minimumLength: Double

    public init(ratio: Double, variance: Double, minimumLength: Double = 1) {
        self.ratio = ratio
        self.variance = variance
        self.minimumLength = minimumLength
    }

    /// Standardized length difference of a bead (positive: Arabic longer than expected).
    public func residual(english: Int, arabic: Int) -> Double {
        let a = Double(arabic) / ratio, e = Double(english)
        let mean = max(minimumLength, max(1, (a + e) / 2))
        return (a - e) / (variance * mean).squareRoot()
    }

    /// log P(|δ| ≥ observed) under a standard normal, floored at −12.
    public func logProbability(english: Int, arabic: Int) -> Double {
        Self.logTail(abs(residual(english: english, arabic: arabic)))
    }

    /// log of the two-sided normal tail 2(1 − Φ(x)), from a table (the search calls this
    /// millions of times), linearly interpolated; −12 beyond its end.
    static func logTail(_ x: Double) -> Double {
        let position = x / tailStep
        let k = Int(position)
        guard k + 1 < tailTable.count else { return -12 }
        let fraction = position - Double(k)
        return tailTable[k] + (tailTable[k + 1] - tailTable[k]) * fraction
    }

    private static let tailStep = 0.01
    private static let tailTable: [Double] = (0...1200).map { k in
        max(-12, log(max(erfc(Double(k) * tailStep / 2.0.squareRoot()), 1e-12)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
