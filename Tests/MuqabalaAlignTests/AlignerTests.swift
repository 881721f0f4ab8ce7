import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import MuqabalaIO
import MuqabalaText
import Testing
@testable import MuqabalaAlign
import MuqabalaEvaluation
import MuqabalaLexicon
import MuqabalaSegment
import TestSupport

/// The FreeDict lexicon the aligner uses by default; `scripts/setup` installs it.
func freeDict() throws -> BilingualLexicon {
    TestSupport.lexicon
}

func corpus(_ path: String) -> String { TestSupport.root.appendingPathComponent("Corpus/" + path).path }

@Suite("Aligner on the seed pair") struct SeedAlignmentTests {
    @Test func everyGoldBeadIsRightWithBothPartialsFlagged() throws {
        let reader = DocumentReader()
        let en = try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english)
        let ar = try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic)
        let alignment = Aligner(lexicon: try freeDict()).align(en, ar)
        let gold = try AlignmentEvaluation.readGold(TestSupport.fixture("seed-000-002.alignment.jsonl"), english: en, arabic: ar)
        let comparison = AlignmentEvaluation.compare(alignment.beads, gold: gold)
        #expect(comparison.beads.precision == 1, "spurious: \(comparison.spurious.map { ($0.en, $0.ar) })")
        #expect(comparison.beads.recall == 1, "missed: \(comparison.missed.map { ($0.en, $0.ar) })")
        #expect(comparison.kindsRight == gold.count)
        let partials = alignment.beads.filter { $0.kind == .partial }
        #expect(partials.count == 2)
        #expect(partials.allSatisfy { $0.missing?.side == .english })
        #expect(partials[0].missing?.text?.contains("no longer be") == true)
        #expect(partials[1].missing?.text?.hasPrefix("in February") == true)
        #expect(partials[1].missing?.unmatchedAnchors.contains("June") == true)
    }
}

@Suite("Aligner options") struct AlignerOptionsTests {
    /// Every tuned number is an option set by name (`eval align --set`), and the aligner
    /// reads the ones that used to be written inline: with the confidence weights at zero,
    /// every two-sided bead's confidence is logistic(0) = 0.5.
    @Test func optionsAreSetByNameAndHonoured() throws {
        var options = try AlignerOptions().setting("confidenceSimilarityWeight", to: 0)
        options = try options.setting("confidenceLengthWeight", to: 0).setting("confidenceBias", to: 0)
        #expect(try AlignerOptions().setting("secondPass", to: 0).secondPass == false)
        #expect(throws: TuningError.self) { try AlignerOptions().setting("noSuchOption", to: 1) }
        #expect(throws: TuningError.self) { try AlignerOptions().setting("bandWidth", to: 2.5) }
        let reader = DocumentReader()
        let en = try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english)
        let ar = try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic)
        let flat = Aligner(lexicon: try freeDict(), options: options).align(en, ar)
        #expect(flat.beads.filter { !$0.en.isEmpty && !$0.ar.isEmpty }.allSatisfy { $0.score == 0.5 })
        #expect(Aligner(lexicon: try freeDict()).align(en, ar).beads.contains { $0.score != 0.5 })
    }
}

@Suite("Partial translations on lexical evidence") struct PartialEvidenceTests {
    /// «وفي» and «تحته» are as silent as the "and in" and "under him" they translate, and
    /// English left inside the Arabic is read as English ("AT" of AT&T is a stopword there too).
    @Test func functionWordsAreSilentOnBothSides() {
        for word in ["وفي", "بكل", "تحته", "at"] {
            guard case .stopword = TypeReading.arabic(folded: Normalizer.search.normalize(word), isNumber: false, lexicon: .empty) else {
                Issue.record("\(word) is not a stopword")
                continue
            }
        }
        guard case .translation = TypeReading.arabic(folded: Normalizer.search.normalize("بموسكو"), isNumber: false, lexicon: .empty) else {
            Issue.record("بموسكو read as a function word")
            return
        }
    }

    /// Stems that begin alike explain each other once exact stems are used up (the lexicon
    /// lists "smartness" for «الذكاء»; the text says "smart"); numbers and short stems give none.
    @Test func stemsThatBeginAlikeExplainWhatIsLeft() {
        #expect(BeadClassifier.stemPrefix("smartness", length: 5) == BeadClassifier.stemPrefix("smart", length: 5))
        #expect(BeadClassifier.stemPrefix("smile", length: 5) != BeadClassifier.stemPrefix("smart", length: 5))
        #expect(BeadClassifier.stemPrefix("#45000", length: 5) == nil && BeadClassifier.stemPrefix("@m2", length: 3) == nil)
        #expect(BeadClassifier.stemPrefix("tel", length: 5) == nil)
    }

    /// An acronym the Arabic spells out and then gives in brackets is translated, not added
    /// (line 2 of the fixture).
    @Test func anAcronymSpelledOutBeforeItsBracketsIsNoPartial() throws {
        let folder = TestSupport.fixture("acronym-expansion")
        let reader = DocumentReader()
        func partialLines(_ options: AlignerOptions) throws -> [Int] {
            let alignment = Aligner(lexicon: try freeDict(), options: options).align(
                try reader.read(folder + "/en.txt", language: .english), try reader.read(folder + "/ar.txt", language: .arabic))
            return alignment.beads.filter { $0.kind == .partial }.map { alignment.english.sentences[$0.en[0]].line }
        }
        var literal = AlignerOptions()
        literal.acronymExpansions = false
        #expect(try partialLines(literal).contains(2))
        #expect(try !partialLines(AlignerOptions()).contains(2))
    }
}

@Suite("Alignment formats") struct AlignmentFormatTests {
    func seedAlignment() throws -> Alignment {
        let reader = DocumentReader()
        return Aligner(lexicon: try freeDict()).align(
            try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english),
            try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic))
    }

    @Test func jsonLinesCoverEverySentenceOnceInOrder() throws {
        let alignment = try seedAlignment()
        let lines = alignment.jsonLines().split(separator: "\n")
        #expect(lines.count == alignment.beads.count)
        var english: [Int] = [], arabic: [Int] = []
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let en = try #require(object["en"] as? [Int]), ar = try #require(object["ar"] as? [Int])
            #expect((object["en_text"] as? [String])?.count == en.count)
            #expect((object["ar_text"] as? [String])?.count == ar.count)
            #expect(["match", "partial", "en-only", "ar-only"].contains(object["kind"] as? String ?? ""))
            let score = try #require(object["score"] as? Double)
            #expect((0...1).contains(score))
            english += en
            arabic += ar
        }
        #expect(english == Array(0..<alignment.english.sentences.count))
        #expect(arabic == Array(0..<alignment.arabic.sentences.count))
    }

    @Test func tmxIsWellFormedWithLanguageTags() throws {
        let alignment = try seedAlignment()
        let tmx = alignment.tmx()
        final class Counter: NSObject, XMLParserDelegate {
            var units = 0, languages: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?, attributes: [String: String] = [:]) {
                if name == "tu" { units += 1 }
                if name == "tuv", let lang = attributes["xml:lang"] { languages.append(lang) }
            }
        }
        let parser = XMLParser(data: Data(tmx.utf8))
        let counter = Counter()
        parser.delegate = counter
        #expect(parser.parse(), "TMX does not parse: \(String(describing: parser.parserError))")
        let pairs = alignment.beads.filter { !$0.en.isEmpty && !$0.ar.isEmpty }.count
        #expect(counter.units == pairs)
        #expect(counter.languages.filter { $0 == "ar" }.count == pairs)
        #expect(tmx.contains("<tmx version=\"1.4\">"))
    }

    @Test func ladderEndsAtBothDocumentEnds() throws {
        let alignment = try seedAlignment()
        let rows = alignment.ladder().split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(rows.count == alignment.beads.count + 1)
        #expect(rows.last?.prefix(2).map(String.init) == ["\(alignment.english.sentences.count)", "\(alignment.arabic.sentences.count)"])
        #expect(rows.first?.prefix(2).map(String.init) == ["0", "0"])
    }

    @Test func tsvHasOneLinePerBead() throws {
        let alignment = try seedAlignment()
        let rows = alignment.tsv().split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(rows.count == alignment.beads.count)
        #expect(rows.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 4 })
    }
}

@Suite("Aligner edge cases") struct AlignerEdgeCaseTests {
    let reader = DocumentReader()

    func document(_ lines: [String], _ language: Language) -> SegmentedDocument {
        reader.presegmented(lines.joined(separator: "\n"), source: language.rawValue, language: language)
    }

    @Test func oneSentenceEachSide() throws {
        let alignment = Aligner(lexicon: try freeDict()).align(
            document(["The government announced 45,000 new jobs."], .english),
            document(["أعلنت الحكومة عن ٤٥٬٠٠٠ وظيفة جديدة."], .arabic))
        #expect(alignment.beads.count == 1)
        #expect(alignment.beads[0].kind == .match)
    }

    @Test func wildlyDifferentLengthsStillCoverEverything() throws {
        let arabic = (1...30).map { "قال المتحدث إن الاجتماع رقم \($0) انتهى." }
        let alignment = Aligner(lexicon: try freeDict()).align(
            document(["The spokesman said meeting 17 ended."], .english), document(arabic, .arabic))
        #expect(alignment.beads.flatMap(\.en) == [0])
        #expect(alignment.beads.flatMap(\.ar) == Array(0..<30))
        let pair = try #require(alignment.beads.first { !$0.en.isEmpty })
        #expect(pair.ar == [16])   // the number picks the right sentence
    }

    @Test func emptySides() {
        let alignment = Aligner(lexicon: .empty).align(document([], .english), document(["نص."], .arabic))
        #expect(alignment.beads.map(\.kind) == [.arOnly])
        let none = Aligner(lexicon: .empty).align(document([], .english), document([], .arabic))
        #expect(none.beads.isEmpty)
    }

    @Test func repeatedBodyIsNotAlignedTwice() throws {
        let text = try String(contentsOfFile: corpus("kss-volunteers-call/en.txt"), encoding: .utf8)
        let doubled = reader.segment(text + "\n" + text, source: "en", language: .english)
        let ar = try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic)
        let alignment = Aligner(lexicon: try freeDict()).align(doubled, ar)
        let repeats = alignment.beads.filter { $0.flags.contains(.repeat) }
        #expect(repeats.count == doubled.sentences.count - doubled.alignable.count)
        #expect(repeats.allSatisfy { $0.ar.isEmpty && $0.kind == .enOnly })
        #expect(alignment.beads.flatMap(\.en).sorted() == Array(0..<doubled.sentences.count))
    }

    @Test func largeDocumentWithALongOmissionUsesTheBandAndFindsIt() throws {
        // 3,000 sentences a side: above the exhaustive-search limit, so the banded search
        // runs; 150 English sentences in the middle are missing and must be found.
        let en = try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english).sentences.map(\.text)
        let ar = try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic).sentences.map(\.text)
        var english: [String] = [], arabic: [String] = []
        var copy = 0
        while english.count < 3000 {
            copy += 1
            english.append("Item \(copy) of the report."); arabic.append("البند \(copy) من التقرير.")
            english += en; arabic += ar
        }
        let cut = 1500..<1650
        let removedArabic = Set(cut)   // the same copies' positions, roughly: check by content below
        _ = removedArabic
        let englishCut = Array(english[..<cut.lowerBound] + english[cut.upperBound...])
        let alignment = Aligner(lexicon: try freeDict()).align(document(englishCut, .english), document(arabic, .arabic))
        #expect(alignment.beads.flatMap(\.en).sorted() == Array(englishCut.indices))
        #expect(alignment.beads.flatMap(\.ar).sorted() == Array(arabic.indices))
        // The Arabic "Item" lines of the removed copies must be unaligned, the others aligned.
        let missingItems = Set(english[cut].filter { $0.hasPrefix("Item ") }.map { $0.split(separator: " ")[1] })
        var unalignedMissing = 0, alignedOthers = 0, others = 0
        for bead in alignment.beads {
            for k in bead.ar where arabic[k].hasPrefix("البند ") {
                let number = String(arabic[k].split(separator: " ")[1])
                if missingItems.contains(Substring(number)) { if bead.en.isEmpty { unalignedMissing += 1 } }
                else { others += 1; if !bead.en.isEmpty { alignedOthers += 1 } }
            }
        }
        #expect(Double(unalignedMissing) >= 0.9 * Double(missingItems.count))
        #expect(Double(alignedOthers) >= 0.98 * Double(others))
    }
}

@Suite("Anchors") struct AnchorTests {
    @Test func numbersInAnyDigitSystem() {
        #expect(Anchor.english("about 45,000 calls").map(\.description) == ["45,000"])
        let arabic = Anchor.arabic("تلقينا ٤٥٬٠٠٠ مكالمة و45000 أخرى")
        #expect(arabic.count == 2)
        for anchor in arabic {
            guard case .number(let quantity) = anchor else { Issue.record("not a number: \(anchor)"); continue }
            #expect(quantity.values == [45000])
        }
        guard case .number(let million)? = Anchor.english("1.5 million").first else { Issue.record("no number"); return }
        #expect(million.values == [1_500_000])
    }

    @Test func monthsInBothCalendarsNames() {
        #expect(Anchor.english("on Dec. 31 and in May") == [.month(12), .number(Quantity("31")), .month(5)])
        #expect(Anchor.english("they may march") == [])
        #expect(Anchor.arabic("بعد 31 كانون الأول") == [.number(Quantity("31")), .month(12)])
        #expect(Anchor.arabic("في ديسمبر وفي تشرين الثاني") == [.month(12), .month(11)])
        #expect(Anchor.arabic("قال الأب") == [])          // اب is "father" away from a number
        #expect(Anchor.arabic("في 5 آب") == [.number(Quantity("5")), .month(8)])
    }

    /// A short sentence the translator ran into its neighbour (the neighbour's Arabic has the
    /// extra) is part of a 2-1 bead, not an omission.
    @Test func aShortSentenceRunIntoItsNeighbourIsNotOmitted() throws {
        let reader = DocumentReader()
        let english = "I followed the old man down the long corridor to the kitchen.\n"
            + "Listening to his advice. I couldn’t bring myself to stay longer.\n"
            + "The heavy door closed behind me with a loud noise.\n"
        let arabic = "تبعت الرجل العجوز في الممر الطويل إلى المطبخ.\nاستمعت إلى نصيحته ولم أتمكن من البقاء أكثر.\nأُغلق الباب الثقيل خلفي بصوت عالٍ.\n"
        let aligner = Aligner(lexicon: TestSupport.lexicon)
        let alignment = aligner.align(reader.segment(english, source: "en", language: .english),
                                      reader.segment(arabic, source: "ar", language: .arabic))
        #expect(alignment.beads.map(\.en) == [[0], [1, 2], [3]])
        #expect(alignment.beads.allSatisfy { $0.kind == .match })
        // Without the rule's room (a fragment of at most 0 content words) it stays a gap.
        var options = AlignerOptions()
        options.partialFragmentMass = 0
        let strict = Aligner(lexicon: TestSupport.lexicon, options: options)
            .align(reader.segment(english, source: "en", language: .english), reader.segment(arabic, source: "ar", language: .arabic))
        #expect(strict.beads.contains { $0.kind == .enOnly })
    }
}
