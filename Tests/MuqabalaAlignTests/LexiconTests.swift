import Testing
import MuqabalaLexicon

@Suite("Lexicon") struct LexiconTests {
    @Test func englishStems() {
        #expect(EnglishWordForm.stem("Volunteers") == EnglishWordForm.stem("volunteer"))
        #expect(EnglishWordForm.stem("fighting") == "fight")
        #expect(EnglishWordForm.stem("attacks") == EnglishWordForm.stem("attacked"))
        #expect(EnglishWordForm.stem("Iran’s") == "iran")
    }

    @Test func arabicLookupForms() {
        let forms = ArabicWordForm.lookupForms("والمكالمات")
        #expect(forms.contains("مكالمات"))
        #expect(forms.contains("مكالمه"))
        #expect(ArabicWordForm.withoutProclitics("بكتايب") == "كتايب")
    }

    @Test func pairsLexicon() {
        let lexicon = BilingualLexicon(pairs: [("volunteers", "متطوعين"), ("call", "مكالمة")])
        #expect(lexicon.englishStems(forArabic: "والمتطوعين") == [EnglishWordForm.stem("volunteer")])
        #expect(lexicon.englishStems(forArabic: "مكالمات") == [EnglishWordForm.stem("call")])
        #expect(lexicon.englishStems(forArabic: "شيء").isEmpty)
    }

    @Test(.enabled(if: BilingualLexicon.installedFreeDict != nil, "FreeDict is not installed"))
    func freeDictWhereInstalled() throws {
        let lexicon = try #require(BilingualLexicon.installedFreeDict)
        #expect(lexicon.count > 20_000)
        #expect(lexicon.englishStems(forArabic: "المتطوعين").contains(EnglishWordForm.stem("volunteer")))
        #expect(lexicon.englishStems(forArabic: "الحكومة").contains(EnglishWordForm.stem("government")))
    }
}
