import MuqabalaSegment
import MuqabalaText
import Testing
@testable import MuqabalaAlign
import TestSupport

/// Paragraph layout as evidence, and partial translations on lexical evidence.
@Suite("Paragraphs and partial translations") struct ParagraphTests {
    let reader = DocumentReader()

    /// Four paragraphs; in the third, the translator joined four English sentences into one
    /// Arabic sentence (more than a bead of the search holds: 3-1 at most).
    let english = """
        The government announced a new plan for schools on Monday. The minister said the plan would cost two million dollars.
        Teachers welcomed the decision. Parents asked for more details about the new classes.
        The inspectors visited the old building in the morning. Silence. Nobody answered. Nothing moved. They wrote a short report for the ministry.
        The schools will open again in September. The minister promised to visit every city before the winter.
        """
    let arabic = """
        أعلنت الحكومة يوم الاثنين خطة جديدة للمدارس. وقال الوزير إن الخطة ستكلف مليوني دولار.
        رحب المعلمون بالقرار. وطلب الآباء مزيدا من التفاصيل عن الفصول الجديدة.
        زار المفتشون المبنى القديم في الصباح فلم يجدوا إلا الصمت ولم يجب أحد ولم يتحرك شيء. وكتبوا تقريرا قصيرا للوزارة.
        ستفتح المدارس مرة أخرى في سبتمبر. ووعد الوزير بزيارة كل مدينة قبل الشتاء.
        """

    func align(_ english: String, _ arabic: String, options: AlignerOptions = AlignerOptions()) -> Alignment {
        Aligner(lexicon: TestSupport.lexicon, options: options).align(
            reader.segment(english, source: "en", language: .english),
            reader.segment(arabic, source: "ar", language: .arabic))
    }

    @Test func sentencesJoinedInsideATranslatedParagraphAreNotOmissions() {
        let alignment = align(english, arabic)
        let oneSided = alignment.beads.filter { $0.en.isEmpty || $0.ar.isEmpty }
        #expect(oneSided.isEmpty, "one-sided: \(oneSided.map { alignment.englishText($0) + alignment.arabicText($0) })")
    }

    @Test func aParagraphLeftOutIsStillAnOmission() {
        let dropped = arabic.split(separator: "\n").enumerated().filter { $0.offset != 1 }.map(\.element).joined(separator: "\n")
        let alignment = align(english, dropped)
        let omitted = alignment.beads.filter { $0.ar.isEmpty }.flatMap(\.en)
        #expect(omitted.map { alignment.english.sentences[$0].line } == [2, 2])
    }

    /// Without the paragraph evidence, a sentence of the 4-1 is left out.
    @Test func withoutParagraphEvidenceASentenceFallsOut() {
        var options = AlignerOptions()
        options.paragraphEvidence = false
        let alignment = align(english, arabic, options: options)
        #expect(alignment.beads.contains { $0.ar.isEmpty })
    }

    /// Line-aligned pairs around the pair under test, so the length and lexical models have
    /// something to estimate from.
    func alignPair(_ en: String, _ ar: String) -> Bead? {
        let englishLines = english.split(separator: "\n").flatMap { SentenceSegmenter(language: .english).sentences(in: String($0)) }
        let arabicLines = arabic.split(separator: "\n").flatMap { SentenceSegmenter(language: .arabic).sentences(in: String($0)) }
        let alignment = Aligner(lexicon: TestSupport.lexicon).align(
            reader.presegmented((englishLines.prefix(4) + [en]).joined(separator: "\n"), source: "en", language: .english),
            reader.presegmented((arabicLines.prefix(4) + [ar]).joined(separator: "\n"), source: "ar", language: .arabic))
        return alignment.beads.first { $0.en == [4] }
    }

    @Test func aClauseLeftUntranslatedIsPartialWithItsText() {
        let bead = alignPair("The inspectors visited the old building in the morning and wrote a long report about the broken windows, the missing doors and the danger to the children.",
                             "زار المفتشون المبنى القديم في الصباح وكتبوا تقريرا طويلا.")
        #expect(bead?.kind == .partial)
        #expect(bead?.missing?.side == .english)
        #expect(bead?.missing?.text?.contains("broken windows") == true, "\(String(describing: bead?.missing))")
    }

    /// The Arabic ends a sentence inside the English one and carries its rest into the next
    /// sentence (line 7 of the fixture: «… إلى أين؟» then «لا فكرة لدي، …» for "… to where
    /// I had no clue, but I knew he was taken somewhere." then "Those outfits …"): one bead
    /// short of a clause and one with a clause extra are one translation, not a partial.
    @Test func aSentenceBoundaryPlacedElsewhereIsNoPartial() throws {
        func partialLines(_ options: AlignerOptions) throws -> [Int] {
            let alignment = try alignFixture("crossed-boundaries", options: options)
            return alignment.beads.filter { $0.kind == .partial }.map { alignment.english.sentences[$0.en[0]].line }
        }
        var apart = AlignerOptions()
        apart.crossedJoinLimit = 0
        #expect(try partialLines(apart).contains(7))
        #expect(try !partialLines(AlignerOptions()).contains(7))
    }

    /// The document pair in a fixture folder (`en.txt`, `ar.txt`), aligned.
    func alignFixture(_ name: String, options: AlignerOptions) throws -> Alignment {
        let folder = TestSupport.fixture(name)
        return Aligner(lexicon: TestSupport.lexicon, options: options).align(
            try reader.read(folder + "/en.txt", language: .english), try reader.read(folder + "/ar.txt", language: .arabic))
    }

    /// Four English sentences in one Arabic one (more than a bead holds), the last a speech
    /// tag the translator moved before the quote (line 10 of the fixture): it joins its
    /// neighbour instead of being reported untranslated.
    @Test func aMovedSpeechTagIsNoOmission() throws {
        func omitted(_ options: AlignerOptions) throws -> [String] {
            let alignment = try alignFixture("moved-speech-tag", options: options)
            return alignment.beads.filter { $0.ar.isEmpty }.map { alignment.englishText($0) }
        }
        var withoutTags = AlignerOptions()
        withoutTags.speechTagEvidence = false
        #expect(try omitted(withoutTags).contains("He said, slurring his words."))
        #expect(try !omitted(AlignerOptions()).contains("He said, slurring his words."))
    }

    /// A speech tag the translator moved past a neighbouring sentence joins its counterpart
    /// (with the sentence between) instead of being an omission beside a partial translation.
    @Test func aFragmentMovedPastItsNeighbourIsNoOmission() throws {
        func oneSided(_ options: AlignerOptions) throws -> [String] {
            let alignment = try alignFixture("moved-fragment", options: options)
            return alignment.beads.filter { $0.ar.isEmpty }.map { alignment.englishText($0) }
                + alignment.beads.filter { $0.kind == .partial }.compactMap { $0.missing?.text }
        }
        var adjacentOnly = AlignerOptions()
        adjacentOnly.movedFragmentSupport = 2   // more than any coverage: never
        #expect(try oneSided(adjacentOnly).contains("Kayel shrugged."))
        #expect(try !oneSided(AlignerOptions()).contains { $0.contains("Kayel") || $0.contains("كايل كتفيه") })
    }

    /// A sentence the translator moved past its neighbour and merged with the next one
    /// ("Thassalin made his way over to Kayel…" opens the Arabic of line 24): the partial it
    /// leaves and the two beads that hold it are one translation.
    @Test func aPartialAndTheTwoBeadsHoldingWhatItLacksJoin() throws {
        func missing(_ options: AlignerOptions) throws -> [String] {
            try alignFixture("moved-fragment", options: options).beads.compactMap { $0.missing?.text }
        }
        var neighbourOnly = AlignerOptions()
        neighbourOnly.crossedJoinReach = 1
        #expect(try missing(neighbourOnly).contains { $0.contains("ثاسالين نحو كايل") })
        #expect(try !missing(AlignerOptions()).contains { $0.contains("ثاسالين نحو كايل") })
    }

    @Test func anAcronymSpelledOutIsNoPartial() {
        let bead = alignPair("The minister will land at 11:15 BST.", "سيصل الوزير في الساعة 11:15 بالتوقيت الصيفي البريطاني.")
        #expect(bead?.kind == .match, "\(String(describing: bead?.missing))")
    }
}
