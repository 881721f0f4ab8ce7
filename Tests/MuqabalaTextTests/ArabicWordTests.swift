import Testing
import MuqabalaText

@Suite("Arabic word model") struct ArabicWordTests {
    func readings(_ word: String, enclitics: Bool = false) -> [String] {
        ArabicClitics.analyses(of: word, enclitics: enclitics).map(\.description)
    }

    @Test func lettersAndMarks() {
        #expect(ArabicScript.isLetter(0x0628) && !ArabicScript.isLetter(0x064E) && !ArabicScript.isLetter(0x0640))
        #expect(ArabicScript.isMark(0x0670) && ArabicScript.isMark(0x0651))
        #expect(ArabicScript.letters("مُحَمَّد بـغداد") == "محمد بغداد")
        #expect(ScriptCounts.script(of: "\u{0670}") == nil)
    }

    @Test func grammarOfProclitics() {
        // The whole word first, then fewer clitics before more.
        #expect(readings("وبالمدرسة") == ["وبالمدرسة", "و+بالمدرسة", "و+ب+المدرسة", "و+ب+ال+مدرسة"])
        // ل before the article drops its alef; the article alone is not a clitic. Before a
        // stem that opens with ل, one of the three lams goes too (للائحة: ل + ال + لائحة).
        #expect(readings("للجيش") == ["للجيش", "ل+لجيش", "ل+ال+جيش", "ل+ال+لجيش"])
        #expect(readings("الهند") == ["الهند", "ال+هند"])
        // The future marker only before an imperfect verb.
        #expect(readings("سيقول").contains("س+يقول"))
        #expect(!readings("سلام").contains { $0.hasPrefix("س+") })
        // Stems keep at least three letters after a bare clitic, two after the article.
        #expect(readings("ولد") == ["ولد"])
        #expect(readings("بالين").contains("ب+ال+ين"))
    }

    @Test func pronounSuffixesOnlyWhenAsked() {
        #expect(!readings("حكومته").contains { $0.contains("+ه") })
        let split = readings("حكومته", enclitics: true)
        #expect(split.contains("حكومت+ه") && split.contains("حكومة+ه"))
        // Never after the article.
        #expect(!readings("الكتابه", enclitics: true).contains("ال+كتاب+ه"))
    }

    @Test func evidenceDecidesWhatIsAClitic() {
        var vocabulary = ArabicWordCounts()
        for (form, n) in [("قال", 500), ("وقال", 50), ("وزير", 33), ("زير", 1), ("موسكو", 10), ("ليندسي", 9),
                          ("بالين", 5), ("الاتحاد", 179), ("للاتحاد", 37)] {
            vocabulary.add(folded: Normalizer.search.normalize(form), count: n)
        }
        let model = ArabicWordModel(vocabulary: vocabulary)
        #expect(model.nameForm("وقال") == "قال")
        #expect(model.nameForm("وزير") == "وزير")
        #expect(model.nameForm("بموسكو") == "موسكو")
        #expect(model.nameForm("وليندسي") == "ليندسي")
        #expect(model.nameForm("بالين") == "بالين")        // Palin: ب belongs to the name
        #expect(model.nameForm("للاتحاد") == "الاتحاد")    // ل + ال written لل: the article comes back
        vocabulary.add(folded: Normalizer.search.normalize("اللائحة"), count: 12)
        #expect(ArabicWordModel(vocabulary: vocabulary).nameForm("للائحة") == "اللائحة")
        #expect(model.nameForm("كاليفورنيا") == "كاليفورنيا")
        // A name nobody has seen: a preposition needs evidence, a conjunction less.
        #expect(model.nameForm("لرانجرز") == "لرانجرز")
        let document = ArabicWordCounts(texts: ["فاز رانجرز أمس", "وقال مدرب لرانجرز"])
        #expect(model.nameForm("لرانجرز", document: document) == "رانجرز")
        // The word itself does not count as its own evidence.
        #expect(model.nameForm("لرانجرز", document: ArabicWordCounts(texts: ["لرانجرز"])) == "لرانجرز")
    }
}
