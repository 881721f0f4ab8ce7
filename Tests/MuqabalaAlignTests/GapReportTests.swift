import MuqabalaText
import Foundation
import Synchronization
import Testing
import MuqabalaAlign
import MuqabalaReport
import MuqabalaSegment
import TestSupport

@Suite("Gap report") struct GapReportTests {
    func seedReport() throws -> GapReport {
        let reader = DocumentReader()
        let alignment = Aligner(lexicon: try freeDict()).align(
            try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english),
            try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic))
        return GapReport(alignment)
    }

    @Test func seedPairGaps() throws {
        let report = try seedReport()
        #expect(report.omissions.isEmpty)
        #expect(report.additions.count == 4)                      // lede, spokesman quote, US bases, Erbil attack
        #expect(report.additions.first?.line == 1)
        #expect(report.additions.first?.before == nil)
        #expect(report.additions.first?.after?.english.hasPrefix("Little more than a month") == true)
        #expect(report.partials.count == 2)
        #expect(report.partials.last?.missing?.hasPrefix("in February") == true)
        // Each names its evidence: at least the 5.5 nats a reported span needs.
        #expect(report.partials.allSatisfy { $0.evidence >= 5.5 }, "\(report.partials.map(\.evidence))")
        #expect(report.json().contains("\"evidence\""))
        #expect(report.setAside.count == 2)                       // "Also Read:" and the translator credit
        #expect(report.findings == 6)                             // 4 additions, 2 partials
        #expect(report.coverage.englishSentences == 13)
        #expect(report.coverage.englishAligned == 13)
        #expect(report.coverage.arabicAligned == 12)
        #expect(report.inconsistencies.isEmpty)
    }

    /// A report of two omissions, one sure and one weak (its words sit in a neighbouring
    /// translation), and a partial translation with 6 nats of evidence.
    func mixedConfidenceAlignment() -> Alignment {
        let reader = DocumentReader()
        let english = reader.presegmented("One.\nTwo.\nThree.\nFour.", source: "en", language: .english)
        let arabic = reader.presegmented("واحد.\nثلاثة.", source: "ar", language: .arabic)
        let missing = MissingSpan(side: .english, text: "Three", evidence: 6, unmatchedAnchors: [], lengthResidual: 2)
        return Alignment(english: english, arabic: arabic, beads: [
            Bead(en: [0], ar: [0], kind: .match, score: 0.9),
            Bead(en: [1], ar: [], kind: .enOnly, score: 0.9),
            Bead(en: [2], ar: [1], kind: .partial, score: 0.7, missing: missing),
            Bead(en: [3], ar: [], kind: .enOnly, score: 0.05),
        ], lengthModel: LengthModel(ratio: 1, variance: 6.8, minimumLength: 20))
    }

    @Test func weakFlagsAreCountedNotListed() {
        let alignment = mixedConfidenceAlignment()
        let every = GapReport(alignment, minimumConfidence: 0)
        #expect(every.omissions.map(\.sentences) == [[1], [3]])
        #expect(every.heldBack.total == 0)
        // Evidence maps to confidence monotonically, 0.5 at 8 nats.
        #expect(every.partials.first.map { $0.confidence > 0.2 && $0.confidence < 0.5 } == true)
        #expect(GapReport.partialConfidence(evidence: 8) == 0.5)
        #expect(GapReport.partialConfidence(evidence: 12) > GapReport.partialConfidence(evidence: 9))

        let shown = GapReport(alignment)
        #expect(shown.minimumConfidence == GapReport.defaultMinimumConfidence)
        #expect(shown.omissions.map(\.sentences) == [[1]])
        #expect(shown.heldBack == GapReport.HeldBack(omissions: 1))
        #expect(shown.findings == 2)
        #expect(shown.text().contains("Held back: 1 flag with confidence below 0.15 (1 omitted)"))
        #expect(shown.markdown().contains("Held back: 1 flag"))
        #expect(shown.json().contains("\"held_back\""))
        #expect(!every.text().contains("Held back"))

        let strict = GapReport(alignment, minimumConfidence: 0.5)
        #expect(strict.partials.isEmpty && strict.heldBack.partials == 1 && strict.heldBack.omissions == 1)
        // The page lists only what the report lists; the held-back row stays, marked.
        let page = HTMLReport.pairSection(alignment, report: shown, document: "d", anchor: "d")
        #expect(page.contains("1 more held back"))
        #expect(page.contains("held back: low confidence"))
        #expect(page.contains("href=\"#d-2\"") && !page.contains("href=\"#d-4\""))
    }

    /// The report takes each bead's numbers and dates from the aligner, which read them once;
    /// they are the ones the bead's text gives.
    @Test func anchorsCarriedByTheAlignmentAreTheTextsAnchors() throws {
        let reader = DocumentReader()
        let alignment = Aligner(lexicon: try freeDict()).align(
            try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english),
            try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic))
        #expect(alignment.englishAnchors != nil && alignment.arabicAnchors != nil)
        var seen = 0
        for bead in alignment.beads {
            #expect(alignment.englishAnchors(bead) == Anchor.english(alignment.englishText(bead)), "\(bead.en)")
            #expect(alignment.arabicAnchors(bead) == Anchor.arabic(alignment.arabicText(bead)), "\(bead.ar)")
            seen += alignment.englishAnchors(bead).count + alignment.arabicAnchors(bead).count
        }
        #expect(seen > 10)
    }

    @Test func disagreeingNumbersAreReported() {
        let reader = DocumentReader()
        let alignment = Aligner(lexicon: .empty).align(
            reader.presegmented("The militia received 45,000 calls on Nov. 24.", source: "en", language: .english),
            reader.presegmented("تلقت الميليشيا 4500 مكالمة في 24 تشرين الثاني.", source: "ar", language: .arabic))
        let report = GapReport(alignment)
        #expect(report.inconsistencies.count == 1)
        #expect(report.inconsistencies.first?.englishOnly == ["45,000"])
        #expect(report.inconsistencies.first?.arabicOnly == ["4500"])
    }

    /// Numbers written the Arabic way agree with their English values; real changes do not.
    @Test func numbersAgreeByValue() {
        let reader = DocumentReader()
        func inconsistencies(_ english: [String], _ arabic: [String]) -> Int {
            let alignment = Aligner(lexicon: .empty).align(
                reader.presegmented(english.joined(separator: "\n"), source: "en", language: .english),
                reader.presegmented(arabic.joined(separator: "\n"), source: "ar", language: .arabic))
            return GapReport(alignment).inconsistencies.count
        }
        let same = [("The school has 30,000 pupils.", "في المدرسة 30،000 تلميذ."),
                    ("About 360,000 people live in the city.", "يعيش نحو 360.000 شخص في المدينة."),
                    ("The project cost 2.25 billion dollars.", "بلغت تكلفة المشروع 2,25 مليار دولار."),
                    ("The meeting starts at 3:30 pm.", "يبدأ الاجتماع في الساعة 15:30."),
                    ("The 2017-18 season was long.", "كان موسم 2017-2018 طويلاً."),
                    ("He paid 300,000 dollars.", "دفع 300 ألف دولار."),
                    ("0430 local time.", "الساعة 04:30 صباحًا بالتوقيت المحلي."),
                    ("It could cost €100m a day.", "قد يكلف 100 مليون يورو في اليوم."),
                    ("HTML for section 1, 2, 3.", "HTML للأقسام 1،2،3.")]
        for (en, ar) in same { #expect(inconsistencies([en], [ar]) == 0, "\(en) / \(ar)") }
        let different = [("The school has 30,000 pupils.", "في المدرسة 300 ألف تلميذ."),
                         ("The project cost 2.25 billion dollars.", "بلغت تكلفة المشروع 25,2 مليار دولار."),
                         ("The toll rose to 1,127 people.", "ارتفعت الحصيلة إلى 1197 شخصا.")]
        for (en, ar) in different { #expect(inconsistencies([en], [ar]) == 1, "\(en) / \(ar)") }
    }

    @Test func romanNumeralsAsRegnalNumbersWriteThem() {
        #expect(RomanNumeral.value("II") == 2 && RomanNumeral.value("XIV") == 14 && RomanNumeral.value("XXXIX") == 39)
        #expect(RomanNumeral.value("IIII") == nil && RomanNumeral.value("VX") == nil && RomanNumeral.value("XXXX") == nil)
        #expect(RomanNumeral.value("") == nil && RomanNumeral.value("CI") == nil)
    }

    @Test func quantitiesReadEverySeparatorConvention() {
        #expect(Quantity("30,000").values == [30000])
        #expect(Quantity("360.000").values == [360000, 360])
        #expect(Quantity("2,25").values == [2.25])
        #expect(Quantity("1,234.5").values == [1234.5])
        #expect(Quantity("1.234,5").values == [1234.5])
        #expect(Quantity("300", next: "الف").values == [300_000])
        #expect(Quantity("3", next: "pm").values == [3, 15])
        #expect(Quantity("18", yearBefore: 2017).values == [2018])
        #expect(Quantity("05", yearBefore: 2017).values == [5])
        #expect(!Quantity("2.25", next: "billion").agrees(with: Quantity("25,2", next: "مليار")))
    }

    @Test func formats() throws {
        let report = try seedReport()
        let text = report.render(.text)
        #expect(text.contains("Added in the Arabic"))
        #expect(text.contains("the Arabic lacks: but that they would no longer be"))
        let markdown = report.render(.markdown)
        #expect(markdown.hasPrefix("# Translation gaps"))
        #expect(markdown.contains("| English | 13/13 (100%)"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
        let coverage = try #require(json["coverage"] as? [String: Any])
        #expect(coverage["english_sentence_share"] as? Double == 1)
        #expect((json["additions"] as? [Any])?.count == 4)
    }
}

@Suite("Parallel map") struct ParallelMapTests {
    @Test func keepsItemOrderAndCountsProgress() throws {
        let seen = Mutex<[Int]>([])
        let squares = try parallelMap(Array(0..<200), progress: { done, _ in seen.withLock { $0.append(done) } }) { $0 * $0 }
        #expect(squares == (0..<200).map { $0 * $0 })
        #expect(seen.withLock { $0.sorted() } == Array(1...200))
    }

    struct Failure: Error, Equatable { let item: Int }

    @Test func throwsTheFirstFailureInItemOrder() {
        #expect(throws: Failure(item: 3)) {
            try parallelMap(Array(0..<100)) { item -> Int in
                if item == 3 || item == 90 { throw Failure(item: item) }
                return item
            }
        }
    }
}
