import Foundation
import Testing
@testable import MuqabalaGlossary
import MuqabalaText
import MuqabalaIO

@Suite("Canonicalizer") struct CanonicalizerTests {
    let curated = CuratedGlossary(entries: [
        CuratedEntry(kind: .organization, english: "Kataib Sayyid al-Shuhada", arabic: "كتائب سيد الشهداء",
                     englishVariants: ["Kata'ib Sayyid ash-Shuhada", "Sayyid al-Shuhada Brigades"], acronyms: ["KSS"]),
        CuratedEntry(kind: .organization, english: "Islamic State", arabic: "داعش", englishVariants: ["ISIS"],
                     arabicVariants: ["تنظيم الدولة الإسلامية"], acronyms: ["IS"]),
        CuratedEntry(kind: .organization, english: "Popular Mobilization Forces", arabic: "الحشد الشعبي",
                     englishVariants: ["Hashd al-Shaabi"]),
        CuratedEntry(kind: .person, english: "Abu Ala al-Walai", arabic: "أبو علاء الولائي",
                     englishVariants: ["Abu Ala' al-Wala'i", "Abu Alaa al-Walai"]),
    ])

    @Test func rewritesSpellingsOfBothScripts() {
        let c = Canonicalizer(curated: curated)
        #expect(c.rewrite("Kata’ib Sayyid ash-Shuhada said so.") == "Kataib Sayyid al-Shuhada said so.")
        #expect(c.rewrite("Abu Ala’ al-Wala’i and ABU ALAA AL-WALAI") == "Abu Ala al-Walai and Abu Ala al-Walai")
        #expect(c.rewrite("قاتل تنظيم الدولة الإسلامية") == "قاتل داعش")
        #expect(c.rewrite("the Hashd al-Shaabi, and ISIS") == "the Popular Mobilization Forces, and Islamic State")
    }

    @Test func keepsProcliticsAndJoinsLamAlef() {
        let c = Canonicalizer(curated: CuratedGlossary(entries: [
            CuratedEntry(kind: nil, english: "", arabic: "الحشد الشعبي", arabicVariants: ["هيئة الحشد الشعبي", "حشد الشعبي"]),
        ]))
        #expect(c.rewrite("وهيئة الحشد الشعبي") == "والحشد الشعبي")
        #expect(c.rewrite("لحشد الشعبي") == "لالحشد الشعبي" || c.rewrite("لحشد الشعبي") == "للحشد الشعبي")
        // The word model's clitic grammar: conjunction + preposition + article, ل + ال written لل.
        #expect(c.rewrite("وللحشد الشعبي") == "وللحشد الشعبي")
        #expect(c.rewrite("وبهيئة الحشد الشعبي") == "وبالحشد الشعبي")
        #expect(c.rewrite("فلهيئة الحشد الشعبي") == "فلالحشد الشعبي" || c.rewrite("فلهيئة الحشد الشعبي") == "فللحشد الشعبي")
        // A letter the grammar does not allow as a clitic is part of the word.
        #expect(c.rewrite("تهيئة الحشد الشعبي") == "تهيئة الحشد الشعبي")
    }

    @Test func namesThatBeginWithACliticLetterAreMatchedWhole() {
        let c = Canonicalizer(pairs: [("بالين", "سارة بالين"), ("موسكوا", "موسكو")])
        #expect(c.rewrite("قالت بالين") == "قالت سارة بالين")     // Palin: ب is part of the name
        #expect(c.rewrite("ذهب إلى بموسكوا وموسكوا") == "ذهب إلى بموسكو وموسكو")
    }

    @Test func leavesLookAlikesInsideOtherWordsAlone() {
        let c = Canonicalizer(curated: curated)
        #expect(c.rewrite("ISISX and theISIS and ISIS-linked") == "ISISX and theISIS and Islamic State-linked")
        #expect(c.rewrite("what is this, is it us?") == "what is this, is it us?")
        #expect(c.rewrite("Sayyid al-Shuhada, Brigades") == "Sayyid al-Shuhada, Brigades")   // not across a comma
    }

    @Test func acronymsAndShortFormsOnlyOnRequest() {
        #expect(Canonicalizer(curated: curated).rewrite("KSS and IS") == "KSS and IS")
        var options = Canonicalizer.Options()
        options.expandAcronyms = true
        let expanding = Canonicalizer(curated: curated, options: options)
        #expect(expanding.rewrite("KSS and IS, not is") == "Kataib Sayyid al-Shuhada and Islamic State, not is")
    }

    @Test func crossScriptTarget() {
        var options = Canonicalizer.Options()
        options.target = .english
        let c = Canonicalizer(curated: curated, options: options)
        #expect(c.rewrite("كتائب سيد الشهداء") == "Kataib Sayyid al-Shuhada")
    }

    @Test func ambiguousSpellingsAreLeftOut() {
        let c = Canonicalizer(pairs: [("Hakim", "Ammar al-Hakim"), ("Hakim", "Abdul Aziz al-Hakim")])
        #expect(c.ambiguous == 1)
        #expect(c.rewrite("Hakim said") == "Hakim said")
    }

    @Test func jsonStringLiterals() {
        #expect(JSON.string("a\"b\\c\nd\re\tf\u{1}\u{2028}\u{2029}é—’") == #""a\"b\\c\nd\re\tf\u0001\u2028\u2029é—’""#)
    }

    @Test func jsonFieldRewriterRewritesOnlyTheFieldAndKeepsTheRest() throws {
        var rewriter = JSONFieldRewriter(Canonicalizer(curated: curated), field: "text")
        func rewrite(_ line: String) throws -> (String, Int?) {
            var out: [UInt8] = []
            let count = try Array(line.utf8).withUnsafeBufferPointer { (p) throws(JSONScanError) in try rewriter.rewrite(p, into: &out) }
            return (String(decoding: out, as: UTF8.self), count)
        }
        let (changed, count) = try rewrite(#"{"id": 1, "text": "the Hashd\u0020al-Shaabi\nand ISIS", "Hashd al-Shaabi": 2}"#)
        #expect(changed == #"{"id": 1, "text": "the Popular Mobilization Forces\nand Islamic State", "Hashd al-Shaabi": 2}"#)
        #expect(count == 2)
        #expect(try rewrite(#"{"text": "Hashd\nal-Shaabi"}"#).0 == #"{"text": "Hashd\nal-Shaabi"}"#)   // not across a line end
        #expect(try rewrite(#"{"id": 2, "text": 5}"#) == (#"{"id": 2, "text": 5}"#, nil))
        #expect(throws: JSONScanError.self) { try rewrite(#"{"text": "open"#) }
    }

    @Test func jsonStringFields() throws {
        let line = #"{"id": 7, "meta": {"text": "x"}, "text": "Abu Alaa al-Walai \"quoted\" \u00e9", "n": [1, "a"]}"#
        let bytes = Array(line.utf8)
        let found = try bytes.withUnsafeBufferPointer { (b) throws(JSONScanError) in try JSON.stringField("text", in: b) }
        #expect(found?.value == "Abu Alaa al-Walai \"quoted\" é")
        #expect(found.map { String(decoding: bytes[$0.range], as: UTF8.self).hasPrefix("\"Abu Alaa") } == true)
        #expect(try Array(#"{"a": 1}"#.utf8).withUnsafeBufferPointer { (b) throws(JSONScanError) in try JSON.stringField("text", in: b) } == nil)
        #expect(throws: JSONScanError.self) {
            try Array(#"{"text": "open"#.utf8).withUnsafeBufferPointer { (b) throws(JSONScanError) in try JSON.stringField("text", in: b) }
        }
    }
}
