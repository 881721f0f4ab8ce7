#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MuqabalaAlign
import MuqabalaSegment
import MuqabalaText

/// What one version of a document has that the other lacks, for a translator to act on.
///
/// Built from an `Alignment`: coverage on each side, every sentence with no counterpart
/// (with its position and the aligned sentences around it), every partial translation with
/// the span the other side lacks, and numbers and dates that disagree inside aligned pairs.
/// Web boilerplate and repeated copies of the document's own body are listed apart and
/// left out of the coverage figures.
public struct GapReport: Sendable, Codable {
    /// Sentence coverage (the lower side's) below which a pair is called out in the corpus
    /// report, its page and the command's summary line.
    public static let lowCoverage = 0.9

    /// The English and Arabic file names.
    public var english: String
    public var arabic: String
    public var coverage: Coverage
    /// English sentences with no Arabic counterpart (omitted from the translation).
    public var omissions: [Gap]
    /// Arabic sentences with no English counterpart (added in the translation).
    public var additions: [Gap]
    public var partials: [Partial]
    public var inconsistencies: [Inconsistency]
    /// Unaligned boilerplate and repeated sentences, reported but not counted as gaps.
    public var setAside: [Gap]
    /// What ingestion noticed besides boilerplate (a repeated body), per file.
    public var notices: [String]
    /// The confidence a flag needed to be listed (0: every flag is listed).
    public var minimumConfidence: Double = 0
    /// Flags left out because their confidence is below `minimumConfidence`, by kind.
    public var heldBack = HeldBack()

    /// The confidence a flag needs to be listed unless every flag is asked for. Chosen with
    /// `muqabala eval qa --calibration` (clean professional translations against injected
    /// defects): below it lie mostly sentences whose words a neighbouring translation holds
    /// (the translator moved them, as with speech tags in fiction), which held back half
    /// the false omissions for 2% of the deleted sentences.
    public static let defaultMinimumConfidence = 0.15

    /// Counts of flags held back, by kind.
    public struct HeldBack: Sendable, Codable, Equatable {
        public var omissions = 0
        public var additions = 0
        public var partials = 0
        public var inconsistencies = 0
        public var total: Int { omissions + additions + partials + inconsistencies }

        public init(omissions: Int = 0, additions: Int = 0, partials: Int = 0, inconsistencies: Int = 0) {
            self.omissions = omissions
            self.additions = additions
            self.partials = partials
            self.inconsistencies = inconsistencies
        }
    }

    /// Share of sentences and characters that have a counterpart.
    public struct Coverage: Sendable, Codable, Equatable {
        public var englishSentences: Int
        public var englishAligned: Int
        public var arabicSentences: Int
        public var arabicAligned: Int
        public var englishCharacters: Int
        public var englishAlignedCharacters: Int
        public var arabicCharacters: Int
        public var arabicAlignedCharacters: Int

        public var englishSentenceShare: Double { share(englishAligned, englishSentences) }
        public var arabicSentenceShare: Double { share(arabicAligned, arabicSentences) }
        public var englishCharacterShare: Double { share(englishAlignedCharacters, englishCharacters) }
        public var arabicCharacterShare: Double { share(arabicAlignedCharacters, arabicCharacters) }
        /// The lower of the two sides' sentence coverage (what `--fail-under` checks).
        public var minimum: Double { min(englishSentenceShare, arabicSentenceShare) }

        private func share(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
    }

    /// A run of sentences on one side with no counterpart.
    public struct Gap: Sendable, Codable, Equatable {
        /// The side the sentences are on ("en" or "ar" in JSON).
        public var side: Side
        /// Sentence indices (0-based) and the 1-based line of the first.
        public var sentences: [Int]
        public var line: Int
        public var text: String
        /// The aligned pair before and after, as context (nil at the start or end).
        public var before: Context?
        public var after: Context?
        /// Why set-aside sentences are set aside (boilerplate, repeat).
        public var reason: BeadFlag?
        /// How sure the aligner is that the sentences have no counterpart (0…1).
        public var confidence: Double
    }

    /// A neighbouring aligned pair.
    public struct Context: Sendable, Codable, Equatable {
        public var english: String
        public var arabic: String
    }

    /// An aligned pair where one side carries content the other lacks.
    public struct Partial: Sendable, Codable, Equatable {
        public var englishSentences: [Int]
        public var arabicSentences: [Int]
        public var englishText: String
        public var arabicText: String
        /// The side with the extra content (English: the Arabic lacks it; Arabic: the Arabic
        /// adds it; "en" or "ar" in JSON).
        public var side: Side
        /// The span the other side lacks, when it could be named.
        public var missing: String?
        /// Numbers, dates and names only on `side`.
        public var anchors: [String]
        /// Length disagreement in standard deviations.
        public var lengthResidual: Double
        /// How strongly the words say `missing` is untranslated, in nats (0: numbers or dates only).
        public var evidence: Double
        /// How likely the flag is real (0…1), from `evidence` (``GapReport/partialConfidence(evidence:)``).
        public var confidence: Double
    }

    /// Numbers or dates that disagree inside an aligned pair.
    public struct Inconsistency: Sendable, Codable, Equatable {
        public var englishSentences: [Int]
        public var arabicSentences: [Int]
        public var englishText: String
        public var arabicText: String
        /// Values only in the English, and only in the Arabic.
        public var englishOnly: [String]
        public var arabicOnly: [String]
        /// How likely the flag is real (0…1; ``GapReport/valueConfidence``).
        public var confidence: Double
    }
}

extension GapReport {
    /// Builds the report of an alignment, listing the flags of `minimumConfidence` or more
    /// (0 lists every flag); the others are counted in ``heldBack``.
    public init(_ alignment: Alignment, minimumConfidence: Double = GapReport.defaultMinimumConfidence) {
        self.init(everyFlagOf: alignment)
        if minimumConfidence > 0 { self = keeping(minimumConfidence: minimumConfidence) }
    }

    private init(everyFlagOf alignment: Alignment) {
        english = alignment.english.source
        arabic = alignment.arabic.source
        // Boilerplate lines are listed in `setAside` with their text; notices keep the rest.
        notices = alignment.english.notices.filter { $0.kind != .boilerplate }.map { "\(alignment.english.source): \($0)" }
            + alignment.arabic.notices.filter { $0.kind != .boilerplate }.map { "\(alignment.arabic.source): \($0)" }
        omissions = []
        additions = []
        partials = []
        inconsistencies = []
        setAside = []
        let beads = alignment.beads
        let aligned = beads.indices.filter { !beads[$0].en.isEmpty && !beads[$0].ar.isEmpty }
        coverage = Coverage(alignment)

        func context(_ index: Int?) -> Context? {
            guard let index else { return nil }
            return Context(english: alignment.englishText(beads[index]), arabic: alignment.arabicText(beads[index]))
        }
        for (b, bead) in beads.enumerated() where bead.en.isEmpty || bead.ar.isEmpty {
            let isEnglish = !bead.en.isEmpty
            let indices = isEnglish ? bead.en : bead.ar
            guard let first = indices.first else { continue }
            let document = isEnglish ? alignment.english : alignment.arabic
            let gap = Gap(side: isEnglish ? .english : .arabic, sentences: indices, line: document.sentences[first].line,
                          text: isEnglish ? alignment.englishText(bead) : alignment.arabicText(bead),
                          before: context(aligned.last { $0 < b }), after: context(aligned.first { $0 > b }),
                          reason: bead.flags.first, confidence: bead.score)
            if !bead.flags.isEmpty { setAside.append(gap) } else if isEnglish { omissions.append(gap) } else { additions.append(gap) }
        }
        for b in aligned {
            let bead = beads[b]
            let englishText = alignment.englishText(bead), arabicText = alignment.arabicText(bead)
            if let missing = bead.missing, bead.kind == .partial {
                partials.append(Partial(englishSentences: bead.en, arabicSentences: bead.ar,
                                        englishText: englishText, arabicText: arabicText,
                                        side: missing.side, missing: missing.text,
                                        anchors: missing.unmatchedAnchors, lengthResidual: missing.lengthResidual,
                                        evidence: missing.evidence,
                                        confidence: missing.text == nil ? Self.valueConfidence : Self.partialConfidence(evidence: missing.evidence)))
            }
            // Disagreement: each side has numbers or dates the other lacks.
            let englishAnchors = alignment.englishAnchors(bead), arabicAnchors = alignment.arabicAnchors(bead)
            let englishOnly = Self.difference(englishAnchors, arabicAnchors)
            let arabicOnly = Self.difference(arabicAnchors, englishAnchors)
            if !englishOnly.isEmpty && !arabicOnly.isEmpty {
                inconsistencies.append(Inconsistency(englishSentences: bead.en, arabicSentences: bead.ar,
                                                     englishText: englishText, arabicText: arabicText,
                                                     englishOnly: englishOnly.map(\.description),
                                                     arabicOnly: arabicOnly.map(\.description), confidence: Self.valueConfidence))
            }
        }
    }

    /// The confidence of a partial translation whose missing span has `evidence` nats of
    /// lexical evidence: a logistic curve through 0.5 at `partialEvidenceMidpoint` (the
    /// evidence log-odds are calibrated on `muqabala eval qa`: clean translations' false
    /// partials against injected cut-short lines).
    public static func partialConfidence(evidence: Double) -> Double {
        ((1 / (1 + exp(-(evidence - partialEvidenceMidpoint) / partialEvidenceScale))) * 1000).rounded() / 1000
    }
    static let partialEvidenceMidpoint = 8.0
    static let partialEvidenceScale = 2.0

    /// The confidence of a number or date that disagrees across an aligned pair. Values
    /// are compared as values (30,000 = «30،000» = «30 ألف»), so what still disagrees is
    /// almost always worth reading: on the development data most such flags on "clean"
    /// translations were real errors (1.8 billion → «1.8 مليون»).
    public static let valueConfidence = 0.9

    /// The report with only the flags of `minimumConfidence` or more; the others are
    /// counted in ``heldBack``, never dropped silently.
    public func keeping(minimumConfidence: Double) -> GapReport {
        var report = self
        report.minimumConfidence = minimumConfidence
        report.omissions = omissions.filter { $0.confidence >= minimumConfidence }
        report.additions = additions.filter { $0.confidence >= minimumConfidence }
        report.partials = partials.filter { $0.confidence >= minimumConfidence }
        report.inconsistencies = inconsistencies.filter { $0.confidence >= minimumConfidence }
        report.heldBack.omissions += omissions.count - report.omissions.count
        report.heldBack.additions += additions.count - report.additions.count
        report.heldBack.partials += partials.count - report.partials.count
        report.heldBack.inconsistencies += inconsistencies.count - report.inconsistencies.count
        return report
    }

    /// How many things a translator should look at: gaps, partial translations and
    /// disagreements (what the HTML page sorts pairs by, worst first).
    public var findings: Int { omissions.count + additions.count + partials.count + inconsistencies.count }

    /// Anchors of `a` not matched one-for-one in `b`.
    static func difference(_ a: [Anchor], _ b: [Anchor]) -> [Anchor] {
        var remaining = b
        var result: [Anchor] = []
        for anchor in a {
            let k: Int?
            if case .number(let quantity) = anchor {
                // Numbers agree by value: 30,000 and «30،000», 300,000 and «300 ألف».
                k = remaining.firstIndex { if case .number(let other) = $0 { quantity.agrees(with: other) } else { false } }
            } else {
                k = remaining.firstIndex(of: anchor)
            }
            if let k { remaining.remove(at: k) } else { result.append(anchor) }
        }
        return result
    }
}

extension GapReport.Coverage {
    /// The coverage of an alignment, without boilerplate and repeats (what the report
    /// states; cheap on its own, for callers that need no more than this).
    public init(_ alignment: Alignment) {
        self.init(englishSentences: 0, englishAligned: 0, arabicSentences: 0, arabicAligned: 0,
                  englishCharacters: 0, englishAlignedCharacters: 0, arabicCharacters: 0, arabicAlignedCharacters: 0)
        for bead in alignment.beads where bead.flags.isEmpty {
            let isAligned = !bead.en.isEmpty && !bead.ar.isEmpty
            for k in bead.en {
                let length = alignment.english.sentences[k].text.count
                englishSentences += 1
                englishCharacters += length
                if isAligned { englishAligned += 1; englishAlignedCharacters += length }
            }
            for k in bead.ar {
                let length = alignment.arabic.sentences[k].text.count
                arabicSentences += 1
                arabicCharacters += length
                if isAligned { arabicAligned += 1; arabicAlignedCharacters += length }
            }
        }
    }
}
