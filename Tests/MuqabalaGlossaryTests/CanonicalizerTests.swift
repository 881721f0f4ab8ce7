import Foundation
import Testing
@testable import MuqabalaGlossary
import MuqabalaText

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
