import MuqabalaIO
#if canImport(Glibc)
import Glibc
#endif
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaSegment
import MuqabalaText

/// Parameters of the aligner. The defaults were set on development data
/// (`muqabala eval align`); see DEVELOPERS.md.
public struct AlignerOptions: Sendable, Equatable, Tunable {
    /// Weight of lexical similarity (0…1) in a bead's log-score.
    public var lexicalWeight = 12.0
    /// The similarity at which lexical evidence is neutral: below it, it speaks against a
    /// pair (translations average about 0.45 on development data, unrelated neighbours 0.07).
    public var lexicalOffset = 0.0
    /// Second pass: how many nats separate a typical translation pair from a typical
    /// unrelated pair in the estimated lexical channel…
    public var lexicalSeparation = 6.0
    /// …where between the two medians lexical evidence is neutral (0: at chance)…
    public var neutralPoint = 0.35
    /// …and the score of an unaligned sentence then.
    public var estimatedSkipScore = -3.5
    /// Weight of the Gale–Church length log-probability.
    public var lengthWeight = 1.0
    /// Log-score of leaving one sentence unaligned.
    public var skipScore = -2.5
    /// Log-priors of the bead shapes, relative to 1-1.
    public var mergePrior = -2.5       // 2-1, 1-2
    public var doubleMergePrior = -5.0 // 2-2, 1-3, 3-1
    /// Added for each sentence of a merge bead that has no lexical support of its own…
    public var unsupportedPenalty = -3.0
    /// …that is, whose overlap with the other side is below this share of its content.
    /// (0.15: at 0.1 too many sentences a translator dropped inside a paragraph joined a
    /// neighbour on a chance word or two; 0.15 finds 2 more of 129 such omissions and 5 more
    /// cut-short lines of 409 with the same clean flags; 0.2 costs gap precision.)
    public var supportThreshold = 0.15
    /// Added for each boilerplate sentence in an aligned bead.
    public var boilerplatePenalty = -2.0
    /// The length model treats beads shorter than this many characters as this long: short
    /// segments' lengths vary too much in proportion to say they are not translations.
    public var shortSegmentLength = 20.0
    /// Lexical evidence against a bead counts in full only when its sentences carry at least
    /// this much content (words); absent matches in two or three words prove little.
    public var lexicalEvidenceMass = 4.0
    /// Added to a bead whose two sides both carry anchors (numbers, dates, linked names) and
    /// share none: "Item 100" is not the translation of «البند 107», however alike the rest.
    public var anchorConflictPenalty = -3.0
    /// The lowest length log-probability a bead can get: a partial translation is badly
    /// out of proportion but still a pair.
    public var lengthFloor = -12.0
    /// When the shorter side of a pair is at least this well explained by the longer side,
    /// the pair may be a partial translation…
    public var partialCoverage = 0.5
    /// …and its length log-probability is at least this (log of the share of partial pairs).
    public var partialLengthFloor = -2.5
    /// After alignment, a pair is partial on lexical evidence, never on length alone: the
    /// longer side holds a run of content words none of which the other side translates,
    /// with `partialRunEvidence` nats of evidence that it is untranslated, while the rest of
    /// the pair is translated (at least `partialSupportedShare` of the longer side's other
    /// content words have a counterpart) and the lengths disagree in the same direction by
    /// at least `partialRunResidual` standard deviations.
    public var partialRunResidual = 1.0
    public var partialSupportedShare = 0.3
    /// Nats of evidence a run needs to be reported (set on the tuning two thirds of the
    /// development documents with `muqabala eval qa`: clean flags against injected cut-short
    /// lines).
    public var partialRunEvidence = 5.5
    /// The rate at which the lexicon "explains" words of text that is not a translation
    /// (chance matches of common words).
    public var partialChanceRate = 0.1
    /// The other side's own unexplained words are set against the run: what an unexplained
    /// word of the shorter side takes off (a paraphrase leaves words unexplained on both
    /// sides), and what an acronym does per letter, up to a cap (an acronym spelled out on
    /// the other side: BST, «بالتوقيت الصيفي البريطاني»).
    public var partialUnexplainedWeight = 0.5
    public var partialAcronymWeight = 3.0
    public var partialAcronymCap = 10.0
    /// Numbers or dates only on the longer side make a pair partial when the lengths
    /// disagree this many standard deviations (the values are the lexical evidence).
    public var partialAnchorResidual = 2.0
    /// Second pass: use the paragraph layout as evidence (`ParagraphLinks`): beads inside
    /// linked paragraphs are favoured, fragments there join their neighbours.
    public var paragraphEvidence = true
    /// …and a speech tag there joins a neighbour whose other side attributes speech (`SpeechMarks`).
    public var speechTagEvidence = true
    /// Second pass: added to a two-sided bead inside a pair of paragraphs the first pass
    /// linked (`ParagraphLinks`): a sentence there is more likely paired or merged than
    /// untranslated…
    public var paragraphBonus = 1.5
    /// …and a merge bead there has this much of its shape's prior taken off.
    public var paragraphMergeRelief = 3.0
    /// After the second pass, a one-sided fragment there joins a neighbouring bead when the
    /// neighbour explains some of it (`supportThreshold`), or its content is below this many
    /// words (“Nope.”, «اللعنة...»)…
    public var paragraphFragmentMass = 2.0
    /// A sentence with no counterpart beside a partial translation whose extra is on the
    /// other side joins it when the two make a full translation (or a partial one with weaker
    /// evidence of missing content) and the sentence has at most
    /// this many content words: a short sentence the translator ran into its neighbour ("I
    /// couldn't bring myself to stay longer."). A longer one stays a gap: beside a partial
    /// its words would only drown the partial's evidence.
    public var partialFragmentMass = 8.0
    /// A one-sided fragment joins a bead beyond its neighbour, up to `movedFragmentReach`
    /// beads away inside one linked pair of paragraphs (with the beads between), when that
    /// bead's other side explains this share of the fragment's content: the translator moved
    /// it ("…" Kayel shrugged. ⇄ «هز كايل كتفيه وأجاب: "…»).
    public var movedFragmentSupport = 0.5
    public var movedFragmentReach = 4
    /// …or joining it brings the neighbour's length residual within this many standard
    /// deviations, by at least `paragraphLengthGain` (the fragment is the part the
    /// neighbour's other side was too long for).
    public var paragraphLengthFit = 1.5
    public var paragraphLengthGain = 1.0
    /// Run a second pass with the length model re-estimated and a lexical table learned
    /// from the first pass (hunalign's "realign").
    public var secondPass = true
    /// Above this many cells (n × m) the search runs in a band around anchor points.
    public var fullSearchLimit = 250_000
    /// Half-width of the band, in sentences.
    public var bandWidth = 20
    /// While the best path runs along the band's edge, the band is centred on it and the
    /// search repeated, up to this many searches in all (from the third, the width doubles,
    /// up to 8 × `bandWidth`).
    public var bandRounds = 5
    /// Half-width of the second pass's band around the first pass's path, in sentences, for
    /// documents searched in a band (the refined scores move the path locally; where it
    /// runs along this band's edge, the second pass is repeated in the first pass's band).
    public var secondPassBandWidth = 8
    /// A partial translation beside a full one joins it when the two together are a full
    /// translation, up to this many sentences per side in the joined bead (5: literary
    /// dialogue crosses boundaries over four English sentences, a quote split around a speech
    /// tag the translator moved; on the tuning documents 5 took clean partial flags from 7 to
    /// 4 for one cut-short line of 294, where 3 had been set before).
    public var crossedJoinLimit = 5
    /// How many beads the partial's join may reach: 1, its neighbour only; 2, also the two
    /// beads on one side of it together.
    public var crossedJoinReach = 2
    /// …and when the full one's lengths lean the other way by this many standard deviations.
    public var crossedLean = 0.0

    // The models the passes estimate.

    /// The length model before the first pass: Gale and Church's variance per character
    /// (6.8), and the Arabic/English length ratio of the document's totals, kept within
    /// these bounds (a document whose sides differ more is not a translation pair).
    public var initialLengthVariance = 6.8
    public var minimumLengthRatio = 0.33
    public var maximumLengthRatio = 3.0
    /// The refined length model reads the first pass's 1-1 beads with at least this lexical
    /// similarity (translations, not chance pairs), and keeps its variance within these
    /// bounds so that a few pairs cannot make it brittle.
    public var lengthModelSimilarity = 0.15
    public var minimumLengthVariance = 2.0
    public var maximumLengthVariance = 20.0
    /// The lexical channel is re-estimated only when translations and neighbours differ in
    /// median similarity by at least this much (otherwise the first pass found too little).
    public var lexicalModelSeparation = 0.1
    /// Links learned from the first pass: word pairs co-occurring in beads of at least this
    /// similarity, at least `linkLearningCount` times, with a Dice coefficient of at least
    /// `linkLearningDice`.
    public var linkLearningSimilarity = 0.1
    public var linkLearningCount = 3
    public var linkLearningDice = 0.7
    /// Anchor pairs (equal numbers, names) farther off the diagonal than this share of the
    /// longer side plus this many sentences are coincidences, not anchors.
    public var anchorReachShare = 0.1
    public var anchorReachMinimum = 50.0
    /// An English name and an Arabic word of the document are linked (a lexical link the
    /// bead scores count) when the name matcher scores them at least this.
    public var nameLinkScore = 0.8

    // Confidence of the beads the report shows.

    /// A bead's confidence: logistic(similarity weight × lexical similarity + length weight ×
    /// length log-probability + bias), set so that a typical translation (similarity 0.45,
    /// lengths agreeing) reads about 0.95 and a chance pair under 0.5.
    public var confidenceSimilarityWeight = 6.0
    public var confidenceLengthWeight = 0.6
    public var confidenceBias = 0.5
    /// A one-sided sentence's confidence: 1 − this × its best similarity with the nearby
    /// sentences of the other side (a near-translation nearby makes the gap doubtful).
    public var oneSidedSimilarityWeight = 1.5
    /// The partial detector's rate of explained words in a translated part is capped here
    /// (a rate of 1 would make a single unexplained word infinitely telling).
    public var partialExplainedRateCap = 0.9
    /// A content word the lexicon's exact stems leave unexplained is explained by a word of
    /// the other side whose stem shares its first this many letters with one of its own
    /// (the lexicon lists "smartness" for «الذكاء», the text says "smart").
    public var partialStemPrefix = 5
    /// Words just before an acronym in brackets that the other side writes are its
    /// expansion, so translated («اللائحة العامة لحماية البيانات (GDPR)» for "GDPR").
    public var acronymExpansions = true
    /// A merged sentence is unsupported when the other side explains less than
    /// `supportThreshold` of it, or less than this factor times that with a contribution
    /// under `supportContributionShare` of its share of the bead.
    public var supportCoverageFactor = 3.0
    public var supportContributionShare = 0.4

    public init() {}

    /// What leaving a sentence unaligned costs (in the second pass; the first pass charges one
    /// less). Higher: fewer sentences reported as untranslated; lower: more.
    public var skipCost: Double {
        get { -estimatedSkipScore }
        set {
            estimatedSkipScore = -newValue
            skipScore = -(newValue - 1)
        }
    }

    func prior(_ di: Int, _ dj: Int) -> Double {
        switch (di, dj) {
        case (1, 1): return 0
        case (2, 1), (1, 2): return mergePrior
        default: return doubleMergePrior
        }
    }
}

/// Aligns the sentences of an English document and its Arabic translation.
///
/// Beads (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 1-3, 3-1) are scored by
/// - length: Gale–Church, with the Arabic/English character ratio and the variance
///   estimated from the document pair (the ratio from the totals, both refined from the
///   first pass's confident beads);
/// - lexical evidence: shared concepts — words through the Arabic–English lexicon (FreeDict
///   where installed, plus any glossary), numbers in any digit system, month and weekday
///   names in both calendars' Arabic names, and names matched across scripts with the
///   `NameMatcher`; in the second pass also word pairs learned from the first pass.
///
/// Small documents are searched exhaustively; large ones in a band around anchor points
/// (sentences sharing rare numbers or names), so time and memory grow linearly.
public struct Aligner: Sendable {
    public let lexicon: BilingualLexicon
    public let matcher: NameMatcher
    public let options: AlignerOptions

    /// - Parameters:
    ///   - lexicon: the Arabic–English lexicon (`BilingualLexicon.standard(extra:freeDictDirectory:note:)`
    ///     is FreeDict plus the shipped learned model; `BilingualLexicon.empty` aligns on length, numbers and names alone).
    ///   - matcher: the cross-script name matcher that links names across the two sides.
    ///   - options: the aligner's tuned numbers (``AlignerOptions``).
    public init(lexicon: BilingualLexicon,
                matcher: NameMatcher = NameMatcher(), options: AlignerOptions = AlignerOptions()) {
        self.lexicon = lexicon
        self.matcher = matcher
        self.options = options
    }

    /// Reads an English document and its Arabic translation and aligns them: the one call
    /// for "align these two files". Each file is validated and checked to be in its language;
    /// what reading noticed (blank lines, boilerplate, a BOM) is in the alignment's
    /// documents' `notices`.
    /// - Parameters:
    ///   - englishFile: the English document (`-` for standard input).
    ///   - arabicFile: the Arabic document (`-` for standard input; not both).
    ///   - presegmented: one sentence per line (Moses/OPUS) instead of running text.
    /// - Throws: `TextInputError` naming the file and its problem.
    public func align(englishFile: String, arabicFile: String, presegmented: Bool = false) throws(TextInputError) -> Alignment {
        let reader = DocumentReader()
        let english = try reader.read(englishFile, language: .english, presegmented: presegmented)
        let arabic = try reader.read(arabicFile, language: .arabic, presegmented: presegmented)
        return align(english, arabic)
    }

    /// Aligns two segmented documents. Sentences that repeat the document's own body are
    /// not aligned; they appear as one-sided beads flagged `repeat`.
    public func align(_ english: SegmentedDocument, _ arabic: SegmentedDocument) -> Alignment {
        var timer = PhaseTimer()
        defer { timer.report() }
        let en = english.alignable, ar = arabic.alignable
        var extractor = FeatureExtractor(lexicon: lexicon, english: en, arabic: ar)
        timer.lap("tokens and lexicon")
        extractor.linkNames(matcher: matcher, minimumScore: options.nameLinkScore)
        timer.lap("names")
        let enFeatures = extractor.english(en)
        var arFeatures = extractor.arabic(ar)
        timer.lap("features")

        var model = initialLengthModel(enFeatures, arFeatures)
        // A pass holds large tables; each is released before the next is computed (`nil`).
        var pass: Pass?
        let band: Band
        do {
            let first = firstPass(enFeatures, arFeatures, model: model, anchorWeight: extractor.anchorWeight)
            timer.lap(first.label)
            (pass, band) = (first.pass, first.band)
        }
        var secondPassLabel = "second pass"
        if options.secondPass && !en.isEmpty && !ar.isEmpty {
            model = refinedLengthModel(pass!, fallback: model)
            secondPassLabel = secondPass(&pass, band: band, english: en, arabic: ar, enFeatures: enFeatures,
                                         arFeatures: &arFeatures, model: model, extractor: &extractor, timer: &timer)
        }
        timer.lap(secondPassLabel)
        var beads = classifiedBeads(pass!, english: en, arabic: ar, enFeatures: enFeatures, arFeatures: arFeatures,
                                    extractor: extractor, model: model)
        timer.lap("beads")
        beads = withFlags(beads, english: english, arabic: arabic)
        let anchors = sentenceAnchors(en, ar, counts: (english.sentences.count, arabic.sentences.count), extractor: &extractor)
        return Alignment(english: english, arabic: arabic, beads: beads, lengthModel: model,
                         englishAnchors: anchors.english, arabicAnchors: anchors.arabic)
    }

    /// The first pass: the best path in a band around the diagonal. A path along the band's
    /// edge may have been cut off: centre the band on the path found and search again (the
    /// path moves by up to the width each round); widen when re-centring alone does not free it.
    private func firstPass(_ enFeatures: [SentenceFeature], _ arFeatures: [SentenceFeature], model: LengthModel,
                           anchorWeight: Float) -> (pass: Pass, band: Band, label: String) {
        let n = enFeatures.count, m = arFeatures.count
        var width = options.bandWidth
        var band = searchBand(enFeatures, arFeatures, width: width)
        var pass: Pass! = runPass(enFeatures, arFeatures, band: band, model: model, anchorWeight: anchorWeight)
        var rounds = 1
        while band.cellCount < (n + 1) * (m + 1), band.isTouched(by: pass.spans, m: m), rounds < options.bandRounds {
            if rounds >= 2 { width = min(width * 2, options.bandWidth * 8) }
            rounds += 1
            band = .around(path: pass.spans, n: n, m: m, width: width)
            pass = nil
            pass = runPass(enFeatures, arFeatures, band: band, model: model, anchorWeight: anchorWeight)
        }
        return (pass, band, "first pass (\(rounds) rounds, band \(width))")
    }

    /// The second pass, with what the first taught: word links learned from its beads (the
    /// Arabic sentences holding a word that gained one are read again), its lexical score
    /// model, paragraph and speech-tag evidence; searched in a narrow band around the first
    /// path (and again in the first pass's band if the path touches the narrow one's edge),
    /// then short fragments joined to their paragraph's beads. Returns the timing label.
    private func secondPass(_ pass: inout Pass?, band: Band, english en: [Sentence], arabic ar: [Sentence],
                            enFeatures: [SentenceFeature], arFeatures: inout [SentenceFeature], model: LengthModel,
                            extractor: inout FeatureExtractor, timer: inout PhaseTimer) -> String {
        // The first pass is read here and released before the next search (`pass = nil`).
        let lexical = lexicalModel(pass!)
        let changed = learnLinks(from: pass!, english: en, arabic: ar, extractor: &extractor)
        if !changed.isEmpty {
            // Only the sentences holding a word that gained a link change.
            for j in ar.indices where extractor.arabicTokens[j].contains(where: { changed.contains($0.type) }) {
                arFeatures[j] = extractor.arabic([ar[j]], at: j)[0]
            }
        }
        timer.lap("links learned")
        var paragraphs = options.paragraphEvidence
            ? ParagraphLinks(english: en.map(\.paragraph), arabic: ar.map(\.paragraph), spans: pass!.spans) : nil
        if paragraphs != nil && options.speechTagEvidence { paragraphs?.speech = extractor.speechMarks() }
        let anchorWeight = extractor.anchorWeight, features = arFeatures
        func search(_ band: Band) -> Pass {
            runPass(enFeatures, features, band: band, model: model, anchorWeight: anchorWeight, lexical: lexical, paragraphs: paragraphs)
        }
        var label = "second pass"
        let isBanded = band.cellCount < (en.count + 1) * (ar.count + 1)
        let narrow = isBanded ? Band.around(path: pass!.spans, n: en.count, m: ar.count, width: options.secondPassBandWidth) : band
        pass = nil
        pass = search(narrow)
        if isBanded { label += " (band \(options.secondPassBandWidth))" }
        if isBanded, narrow.isTouched(by: pass!.spans, m: ar.count) {
            label += " and again in the first pass's band"
            pass = nil
            pass = search(band)
        }
        if let paragraphs {
            pass!.spans = paragraphs.joiningFragments(pass!.spans, scorer: pass!.scorer, options: options)
        }
        return label
    }

    /// Each bead of the path classified on its own (the features have read every token
    /// already, so the classifiers' copies agree): all at once on all cores, then the merges
    /// of crossed partial translations in order.
    private func classifiedBeads(_ pass: Pass, english en: [Sentence], arabic ar: [Sentence], enFeatures: [SentenceFeature],
                                 arFeatures: [SentenceFeature], extractor: FeatureExtractor, model: LengthModel) -> [Bead] {
        let classifier = BeadClassifier(options: options, english: en, arabic: ar, enFeatures: enFeatures, arFeatures: arFeatures,
                                        extractor: extractor, model: model)
        let englishIndices = en.map(\.index), arabicIndices = ar.map(\.index)
        let spans = pass.spans, scorer = pass.scorer
        let classified = parallelChunks(count: spans.count, chunk: 128) { range in
            var local = classifier
            return range.map { local.bead(spans[$0], scorer: scorer, englishIndices: englishIndices, arabicIndices: arabicIndices) }
        }
        var merger = classifier
        return mergingCrossedPartials(spans, classified: classified, scorer: scorer, model: model, english: en, arabic: ar) { span in
            merger.bead(span, scorer: scorer, englishIndices: englishIndices, arabicIndices: arabicIndices)
        }
    }

    /// Each alignable sentence's numbers and dates, from the tokens read once (reports use
    /// them), indexed by sentence; `counts` are the documents' sentence counts.
    private func sentenceAnchors(_ en: [Sentence], _ ar: [Sentence], counts: (english: Int, arabic: Int),
                                 extractor: inout FeatureExtractor) -> (english: [[Anchor]], arabic: [[Anchor]]) {
        var englishAnchors = [[Anchor]](repeating: [], count: counts.english)
        var arabicAnchors = [[Anchor]](repeating: [], count: counts.arabic)
        for (k, sentence) in en.enumerated() {
            englishAnchors[sentence.index] = Anchor.english(extractor.englishTokens[k], in: sentence.text, types: extractor.tokenizer.types)
        }
        for (k, sentence) in ar.enumerated() {
            arabicAnchors[sentence.index] = Anchor.arabic(extractor.arabicTokens[k], in: sentence.text, extractor: &extractor)
        }
        return (englishAnchors, arabicAnchors)
    }

    /// The beads of `spans` (`classified`, one per span; joined spans are made by `bead`),
    /// with two neighbouring partial translations whose extras lie on opposite sides merged
    /// into one bead: they are one translation whose
    /// sentence boundaries fall differently in the two languages ("“Quick!” ⇄ «قال بصوت عاجل:
    /// "بسرعة عودي إلى الفتحة"», then "Get back in the vent." ⇄ …). Likewise a sentence with no
    /// counterpart beside a partial translation whose extra is on the other side, when the two
    /// together are one full translation, or a partial one with weaker evidence ("Listening to
    /// his advice." ⇄ «استمعت إلى نصيحته ولم أتمكن من البقاء أكثر.», then "I couldn't bring
    /// myself to stay longer." alone): the translator joined two sentences, and nothing (or
    /// less) is missing.
    private func mergingCrossedPartials(_ spans: [BeadSpan], classified: [Bead], scorer: BeadScorer, model: LengthModel,
                                        english: [Sentence], arabic: [Sentence], bead: (BeadSpan) -> Bead) -> [Bead] {
        var spans = spans
        var beads = classified
        /// Beads k and k + 1 become `merged`, of their joined span.
        func join(_ k: Int, as merged: Bead) {
            spans[k] = spans[k].joined(with: spans[k + 1])
            spans.remove(at: k + 1)
            beads[k] = merged
            beads.remove(at: k + 1)
        }
        var k = 0
        while k + 1 < beads.count {
            let joined = spans[k].joined(with: spans[k + 1])
            if let a = beads[k].missing, let b = beads[k + 1].missing, a.side != b.side {
                join(k, as: bead(joined))
                continue
            }
            // A one-sided fragment beside a partial whose extra is on the other side.
            let (partial, fragment) = beads[k].missing != nil ? (k, k + 1) : (k + 1, k)
            if let missing = beads[partial].missing, let side = spans[fragment].onlySide, side != missing.side,
               scorer.oneSidedMass(spans[fragment]) <= options.partialFragmentMass {
                let merged = bead(joined)
                // Joined, it is a full translation, or a partial one with less evidence of
                // missing content than the partial had alone: the sentence is (loosely) what
                // the partial seemed to lack, and one weaker flag replaces two.
                let weaker = merged.kind == .partial && (merged.missing?.evidence ?? .infinity) < missing.evidence
                if (merged.missing == nil && merged.kind == .match) || weaker {
                    join(k, as: merged)
                    continue
                }
            }
            k += 1
        }
        // Then a partial beside a full translation, the two together one full translation:
        // the sentence boundary falls elsewhere in each language («… إلى أين؟» then «لا فكرة
        // لدي، …» for "… to where I had no clue, but …." then "Those outfits …"). The full
        // one must lean the other way (its other side longer than expected), and a paragraph
        // break on both sides between them keeps them apart.
        k = 0
        while k + 1 < beads.count {
            let joined = spans[k].joined(with: spans[k + 1])
            if (beads[k].missing != nil) != (beads[k + 1].missing != nil), spans[k].isTwoSided, spans[k + 1].isTwoSided,
               joined.englishCount <= options.crossedJoinLimit, joined.arabicCount <= options.crossedJoinLimit,
               english[spans[k].englishEnd - 1].paragraph == english[spans[k + 1].englishStart].paragraph
                || arabic[spans[k].arabicEnd - 1].paragraph == arabic[spans[k + 1].arabicStart].paragraph {
                let (partial, full) = beads[k].missing != nil ? (k, k + 1) : (k + 1, k)
                let (i0, i1, j0, j1) = spans[full].bounds
                let (e, a) = scorer.lengths(i0, i1, j0, j1)
                let lean = model.residual(english: e, arabic: a)
                let leansAway = beads[partial].missing!.side == .english ? lean >= options.crossedLean : lean <= -options.crossedLean
                let merged = leansAway ? bead(joined) : beads[partial]
                if merged.missing == nil && merged.kind == .match {
                    join(k, as: merged)
                    continue
                }
            }
            k += 1
        }
        // The same across three beads: a partial, and two full translations on one side of it
        // that hold what it lacks (a sentence the translator moved past its neighbour, then
        // merged with the next one: "…MORE." "Thassalin … patted him on the head." ⇄
        // «تقدم ثاسالين نحو كايل وربت على رأسه وأجابه: "نعم…»).
        if options.crossedJoinReach >= 2 {
            k = 0
            while k + 2 < beads.count {
                let three = spans[k].joined(with: spans[k + 1]).joined(with: spans[k + 2])
                let partials = (k...(k + 2)).filter { beads[$0].missing != nil }
                if partials.count == 1, partials[0] != k + 1, (k...(k + 2)).allSatisfy({ spans[$0].isTwoSided }),
                   three.englishCount <= options.crossedJoinLimit, three.arabicCount <= options.crossedJoinLimit,
                   english[three.englishStart].paragraph == english[three.englishEnd - 1].paragraph
                    || arabic[three.arabicStart].paragraph == arabic[three.arabicEnd - 1].paragraph {
                    let merged = bead(three)
                    if merged.missing == nil && merged.kind == .match {
                        join(k, as: merged)
                        join(k, as: merged)
                        continue
                    }
                }
                k += 1
            }
        }
        return beads
    }

    struct Pass {
        var spans: [BeadSpan]
        var scorer: BeadScorer
    }

    private func runPass(_ en: [SentenceFeature], _ ar: [SentenceFeature], band: Band,
                         model: LengthModel, anchorWeight: Float, lexical: (weight: Double, offset: Double)? = nil,
                         paragraphs: ParagraphLinks? = nil) -> Pass {
        let overlaps = OverlapTable(english: en, arabic: ar, band: band, anchorWeight: anchorWeight)
        var passOptions = options
        if let lexical {
            passOptions.lexicalWeight = lexical.weight
            passOptions.lexicalOffset = lexical.offset
            passOptions.skipScore = options.estimatedSkipScore
        }
        let scorer = BeadScorer(english: en, arabic: ar, overlaps: overlaps, lengthModel: model, options: passOptions,
                                paragraphs: paragraphs)
        return Pass(spans: searchBeads(n: en.count, m: ar.count, band: band, scorer: scorer), scorer: scorer)
    }

    /// Ratio from the document totals; Gale and Church's variance until the first pass refines it.
    private func initialLengthModel(_ en: [SentenceFeature], _ ar: [SentenceFeature]) -> LengthModel {
        let e = en.reduce(0) { $0 + $1.length }, a = ar.reduce(0) { $0 + $1.length }
        let ratio = (e > 0 && a > 0) ? min(options.maximumLengthRatio, max(options.minimumLengthRatio, Double(a) / Double(e))) : 1
        return LengthModel(ratio: ratio, variance: options.initialLengthVariance, minimumLength: options.shortSegmentLength)
    }

    /// Ratio and variance re-estimated from the first pass's 1-1 beads with lexical support.
    private func refinedLengthModel(_ pass: Pass, fallback: LengthModel) -> LengthModel {
        var pairs: [(Double, Double)] = []
        for span in pass.spans where span.isOneToOne {
            let (i0, i1, j0, j1) = span.bounds
            guard pass.scorer.similarity(i0, i1, j0, j1) >= options.lengthModelSimilarity else { continue }
            let (e, a) = pass.scorer.lengths(i0, i1, j0, j1)
            if e > 0 && a > 0 { pairs.append((Double(e), Double(a))) }
        }
        guard pairs.count >= 3 else { return fallback }
        let ratio = min(options.maximumLengthRatio, max(options.minimumLengthRatio, pairs.reduce(0) { $0 + $1.1 } / pairs.reduce(0) { $0 + $1.0 }))
        // Robust variance: the median squared residual over the median of χ²(1) (0.455), so
        // partial translations among the pairs do not inflate it.
        let squares = pairs.map { e, a -> Double in
            let scaled = a / ratio
            return (scaled - e) * (scaled - e) / max(1, (scaled + e) / 2)
        }.sorted()
        let median = squares[squares.count / 2]
        // Keep the variance within a sane range so a few pairs cannot make the model brittle.
        let variance = min(options.maximumLengthVariance, max(options.minimumLengthVariance, median / 0.455))
        return LengthModel(ratio: ratio, variance: variance, minimumLength: options.shortSegmentLength)
    }

    /// The lexical channel estimated from the first pass, as Gale–Church estimate the length
    /// channel: the median similarity of its 1-1 beads (translations) and of their diagonal
    /// neighbours (non-translations). The neutral point sits between them and the weight
    /// makes their separation worth `lexicalSeparation` nats. Nil when the pass has too few
    /// beads or no separation (the defaults stay).
    func lexicalModel(_ pass: Pass) -> (weight: Double, offset: Double)? {
        var matched: [Double] = [], unrelated: [Double] = []
        let n = pass.scorer.english.count, m = pass.scorer.arabic.count
        for span in pass.spans where span.isOneToOne {
            let (i0, i1, j0, j1) = span.bounds
            matched.append(pass.scorer.similarity(i0, i1, j0, j1))
            if j1 < m { unrelated.append(pass.scorer.similarity(i0, i1, j1, j1 + 1)) }
            if i1 < n { unrelated.append(pass.scorer.similarity(i1, i1 + 1, j0, j1)) }
        }
        guard matched.count >= 3, unrelated.count >= 3 else { return nil }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let translation = median(matched), chance = median(unrelated)
        guard translation - chance >= options.lexicalModelSeparation else { return nil }
        return (options.lexicalSeparation / (translation - chance),
                chance + options.neutralPoint * (translation - chance))
    }

    /// Learns Arabic word → English stem links from word pairs that co-occur in the first
    /// pass's aligned beads (Dice ≥ 0.7, at least three times). Only words the lexicon
    /// cannot translate are linked: learning fills gaps, it does not add noise to known words.
    /// Returns the Arabic token types whose meaning changed.
    private func learnLinks(from pass: Pass, english: [Sentence], arabic: [Sentence],
                            extractor: inout FeatureExtractor) -> Set<Int32> {
        // Counted by Arabic token type and English concept id; strings only for the result.
        var joint: [Int32: [Int32: Int]] = [:]
        var englishCount: [Int32: Int] = [:], arabicCount: [Int32: Int] = [:]
        for span in pass.spans where span.isTwoSided {
            let (i0, i1, j0, j1) = span.bounds
            guard pass.scorer.similarity(i0, i1, j0, j1) >= options.linkLearningSimilarity else { continue }
            var englishWords = Set<Int32>(), arabicWords = Set<Int32>()
            for i in i0..<i1 {
                for token in extractor.englishTokens[i] {
                    if case .content(let ids) = extractor.englishRole(token) { englishWords.formUnion(ids) }
                }
            }
            for j in j0..<j1 {
                for token in extractor.arabicTokens[j] {
                    // Only words the lexicon cannot translate.
                    if case .content(let ids) = extractor.arabicRole(token), ids.isEmpty { arabicWords.insert(token.type) }
                }
            }
            for e in englishWords { englishCount[e, default: 0] += 1 }
            for a in arabicWords {
                arabicCount[a, default: 0] += 1
                for e in englishWords { joint[a, default: [:]][e, default: 0] += 1 }
            }
        }
        guard !joint.isEmpty else { return [] }
        let names = extractor.conceptNames
        var learned: [String: [String]] = [:]
        for (type, pairs) in joint {
            let a = extractor.bareForm(type)
            for (e, count) in pairs where count >= options.linkLearningCount {
                let dice = 2 * Double(count) / Double(englishCount[e]! + arabicCount[type]!)
                let stem = names[Int(e)]
                guard dice >= options.linkLearningDice, stem.count >= 2 else { continue }
                if extractor.links[a]?.contains(stem) != true, learned[a]?.contains(stem) != true {
                    learned[a, default: []].append(stem)
                }
            }
        }
        guard !learned.isEmpty else { return [] }
        return extractor.addLinks(learned)
    }

    /// The band: everything for small documents; around rare shared anchors for large ones.
    private func searchBand(_ en: [SentenceFeature], _ ar: [SentenceFeature], width: Int) -> Band {
        let n = en.count, m = ar.count
        if n * m <= options.fullSearchLimit { return .full(n: n, m: m) }
        return .around(points: anchorChain(en, ar), n: n, m: m, width: width)
    }

    /// A monotone chain of sentence pairs sharing anchors that are rare on both sides:
    /// an anchor occurring once within reach of the diagonal on each side (a large
    /// document repeats numbers and names, but rarely close together).
    func anchorChain(_ en: [SentenceFeature], _ ar: [SentenceFeature]) -> [(Int, Int)] {
        var arabicPositions: [Int32: [Int]] = [:], englishPositions: [Int32: [Int]] = [:]
        for (j, feature) in ar.enumerated() { for c in feature.anchors { arabicPositions[c, default: []].append(j) } }
        for (i, feature) in en.enumerated() { for c in feature.anchors { englishPositions[c, default: []].append(i) } }
        var candidates: [(Int, Int)] = []
        let n = en.count, m = ar.count
        let slope = Double(m) / Double(max(1, n))
        // Pairs farther off the diagonal than this are coincidences, not anchors.
        let reach = options.anchorReachShare * Double(max(n, m)) + options.anchorReachMinimum
        /// The positions in `sorted` within lo…hi.
        func within(_ sorted: [Int], _ lo: Double, _ hi: Double) -> ArraySlice<Int> {
            var a = 0, b = sorted.count
            while a < b { let mid = (a + b) / 2; if Double(sorted[mid]) < lo { a = mid + 1 } else { b = mid } }
            var end = a
            while end < sorted.count, Double(sorted[end]) <= hi { end += 1 }
            return sorted[a..<end]
        }
        for (c, englishSide) in englishPositions {
            guard let arabicSide = arabicPositions[c] else { continue }
            for i in englishSide {
                let arabicNear = within(arabicSide, Double(i) * slope - reach, Double(i) * slope + reach)
                guard arabicNear.count == 1, let j = arabicNear.first else { continue }
                let englishNear = within(englishSide, Double(j) / slope - reach / slope, Double(j) / slope + reach / slope)
                if englishNear.count == 1 { candidates.append((i, j)) }
            }
        }
        // Longest chain increasing in both coordinates (patience sorting, O(k log k)).
        candidates.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        var tails: [Int] = []          // indices into candidates
        var previous = [Int](repeating: -1, count: candidates.count)
        for (k, candidate) in candidates.enumerated() {
            var a = 0, b = tails.count
            while a < b {
                let mid = (a + b) / 2
                if candidates[tails[mid]].1 < candidate.1 { a = mid + 1 } else { b = mid }
            }
            if a > 0 { previous[k] = tails[a - 1] }
            if a == tails.count { tails.append(k) } else { tails[a] = k }
        }
        var chain: [(Int, Int)] = []
        var k = tails.last ?? -1
        while k >= 0 {
            chain.append(candidates[k])
            k = previous[k]
        }
        chain.reverse()
        // A monotone chain can still hold a coincidence: keep anchors whose offset from the
        // diagonal agrees with the median offset of their neighbours in the chain.
        let offsets = chain.map { Double($0.1) - Double($0.0) * slope }
        let tolerance = Double(max(options.bandWidth, n / 50))
        return chain.indices.compactMap { k -> (Int, Int)? in
            let neighbours = (max(0, k - 5)...min(chain.count - 1, k + 5)).filter { $0 != k }.map { offsets[$0] }.sorted()
            guard !neighbours.isEmpty else { return chain[k] }
            let median = neighbours[neighbours.count / 2]
            return abs(offsets[k] - median) <= tolerance ? chain[k] : nil
        }
    }

    /// Adds ingestion flags, and the repeated sentences as one-sided beads in document order.
    private func withFlags(_ beads: [Bead], english: SegmentedDocument, arabic: SegmentedDocument) -> [Bead] {
        var result: [Bead] = []
        func flags(_ bead: Bead) -> [BeadFlag] {
            let sentences = bead.en.map { english.sentences[$0] } + bead.ar.map { arabic.sentences[$0] }
            return sentences.contains(where: \.isBoilerplate) ? [.boilerplate] : []
        }
        var pendingEnglish = english.sentences.filter { $0.repeatOf != nil }.map(\.index)[...]
        var pendingArabic = arabic.sentences.filter { $0.repeatOf != nil }.map(\.index)[...]
        /// Emits the repeats that come before the given sentence indices (nil: that side is not concerned).
        func flushRepeats(english limit: Int?, arabic arabicLimit: Int?) {
            while let limit, let k = pendingEnglish.first, k < limit {
                result.append(Bead(en: [k], ar: [], kind: .enOnly, score: 1, flags: [.repeat]))
                pendingEnglish.removeFirst()
            }
            while let arabicLimit, let k = pendingArabic.first, k < arabicLimit {
                result.append(Bead(en: [], ar: [k], kind: .arOnly, score: 1, flags: [.repeat]))
                pendingArabic.removeFirst()
            }
        }
        for var bead in beads {
            flushRepeats(english: bead.en.first, arabic: bead.ar.first)
            bead.flags = flags(bead)
            result.append(bead)
        }
        flushRepeats(english: .max, arabic: .max)
        return result
    }
}


/// Phase timings of an alignment on standard error, when `MUQABALA_TIMINGS` is set (for
/// finding where time goes; the benchmarks report totals). Each lap shows its wall time and,
/// in brackets, the process CPU time it used: CPU well above wall time means the phase ran
/// on several cores.
struct PhaseTimer {
    let enabled = getenv("MUQABALA_TIMINGS") != nil
    let clock = ContinuousClock()
    var last: ContinuousClock.Instant
    var laps: [(String, Duration)] = []
    var lastCPU = 0.0

    init() { last = clock.now; lastCPU = enabled ? Self.cpu() : 0 }

    /// CPU time used by the whole process so far, in milliseconds.
    static func cpu() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
    }

    mutating func lap(_ name: String) {
        guard enabled else { return }
        let now = clock.now
        let cpu = Self.cpu()
        laps.append((name + " (cpu \(Int(cpu - lastCPU)))", now - last))
        last = now
        lastCPU = cpu
    }

    func report() {
        guard enabled else { return }
        let text = laps.map { "\($0.0) \(Double($0.1.components.attoseconds) / 1e15 + Double($0.1.components.seconds) * 1000) ms" }
        let line = Array(("timings: " + text.joined(separator: ", ") + "\n").utf8)
        _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
