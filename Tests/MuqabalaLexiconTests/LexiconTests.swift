import Foundation
import Testing
import MuqabalaLexicon
import MuqabalaText
import TestSupport
import MuqabalaIO

@Suite("Lexicon") struct LexiconTests {
    @Test func englishStems() {
        #expect(EnglishWordForm.stem("Volunteers") == EnglishWordForm.stem("volunteer"))
        #expect(EnglishWordForm.stem("fighting") == "fight")
        #expect(EnglishWordForm.stem("attacks") == EnglishWordForm.stem("attacked"))
        #expect(EnglishWordForm.stem("Iran’s") == "iran")
    }

    /// A function word stays one with a conjunction or preposition before it, or a pronoun
    /// after a preposition; a content word behind the same letters does not become one.
    @Test func arabicFunctionWordsWithClitics() {
        for word in ["في", "وفي", "بكل", "وهذا", "فلم", "تحته", "لديهم", "معها", "بدون"] {
            #expect(ArabicWordForm.isFunctionWord(Normalizer.search.normalize(word)), "\(word)")
        }
        #expect(!ArabicWordForm.isStopword("وفي") && !ArabicWordForm.isStopword("تحته"))
        for word in ["بموسكو", "لب", "كتاب", "والده", "مدرسة", "وليندسي"] {
            #expect(!ArabicWordForm.isFunctionWord(Normalizer.search.normalize(word)), "\(word)")
        }
    }

    @Test func lookupGoesThroughTheWordModel() {
        let lexicon = BilingualLexicon(pairs: [("volunteers", "متطوعين"), ("call", "مكالمة"), ("battalions", "كتائب")])
        #expect(lexicon.englishStems(forArabic: "والمتطوعين") == [EnglishWordForm.stem("volunteer")])
        #expect(lexicon.englishStems(forArabic: "مكالمات") == [EnglishWordForm.stem("call")])
        #expect(lexicon.englishStems(forArabic: "بكتائب") == [EnglishWordForm.stem("battalion")])
        #expect(lexicon.englishStems(forArabic: "شيء").isEmpty)
        #expect(lexicon.lookupForms("والمكالمات").contains("مكالمه"))
        #expect(lexicon.arabicStems(forEnglish: "Calls").map(\.stem) == ["مكالمه"])
    }

    @Test func fileRoundTripAndDamage() throws {
        var writer = LexiconFileWriter(description: .init(name: "test", sources: ["a"], notes: "n"))
        writer.add("محكمه", side: .arabic, count: 7)
        writer.addTranslation("محكمه", side: .arabic, to: "court", weight: 0.6)
        writer.addTranslation("محكمه", side: .arabic, to: "tribun", weight: 0.2)
        writer.add("court", side: .english, count: 3)
        let bytes = writer.bytes()
        #expect(bytes == writer.bytes())   // deterministic
        let file = try LexiconFile(bytes: bytes)
        #expect(file.description.name == "test")
        let k = try #require(file.index(of: "محكمه", side: .arabic))
        #expect(file.count(k, side: .arabic) == 7)
        #expect(file.translations(of: k, side: .arabic).map { file.word($0.word, side: .english) } == ["court", "tribun"])
        #expect(file.index(of: "غير", side: .arabic) == nil)
        // A damaged or foreign file is refused with a reason, never read past its end.
        #expect(throws: LexiconError.self) { try LexiconFile(bytes: Array(bytes.prefix(40))) }
        #expect(throws: LexiconError.self) { try LexiconFile(bytes: Array("not a lexicon at all".utf8)) }
        var damaged = bytes
        damaged[bytes.count - 5] ^= 0xFF
        damaged[30] = 0xFF   // the first section's length
        #expect(throws: LexiconError.self) { try LexiconFile(bytes: damaged) }
        let directory = try TestSupport.temporaryDirectory()
        let path = directory.appendingPathComponent("t.mqlx").path
        try AtomicFile.write(bytes, to: path)
        #expect(try LexiconFile(path: path).wordCount(.english) == 2)
        #expect(throws: LexiconError.self) { try LexiconFile(path: directory.path) }
    }

    @Test func trainingLearnsTranslationsFromSentencePairs() throws {
        var trainer = LexiconTrainer()
        let pairs: [(english: String, arabic: String)] = [
            ("The court ruled today.", "حكمت المحكمة اليوم."), ("The court is closed.", "المحكمة مغلقة."),
            ("Thank you.", "شكرا."), ("Thank you very much.", "شكرا جزيلا."), ("The police came today.", "جاءت الشرطة اليوم."),
            ("The police and the court.", "الشرطة والمحكمة."),
        ]
        trainer.addSentencePairs(pairs, source: "test")
        let file = try LexiconFile(bytes: trainer.train(description: "t").bytes())
        let lexicon = BilingualLexicon(layers: [file])
        #expect(lexicon.translations(ofArabic: "والمحكمة").first?.stem == "court")
        #expect(lexicon.translations(ofArabic: "شكرا").first?.stem == "thank")
        #expect(lexicon.arabicStems(forEnglish: "police").first?.stem == "شرطه")
        #expect(file.description.sources == ["test: 6 sentence pairs"])
    }

    @Test func translationMemoriesAndLists() throws {
        let directory = try TestSupport.temporaryDirectory()
        let tmx = directory.appendingPathComponent("memory.tmx").path
        try """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en"/><body>
            <tu><tuv xml:lang="en-US"><seg>Thank <bpt i="1">&lt;b&gt;</bpt>you<ept i="1"/>.</seg></tuv><tuv xml:lang="ar-SA"><seg>شكرا.</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Only English.</seg></tuv></tu>
            </body></tmx>
            """.write(toFile: tmx, atomically: true, encoding: .utf8)
        #expect(try TrainingData.tmx(tmx).map { [$0.english, $0.arabic] } == [["Thank you.", "شكرا."]])
        let tsv = directory.appendingPathComponent("pairs.tsv").path
        try "شكرا\tThank you\nنعم\tYes\n".write(toFile: tsv, atomically: true, encoding: .utf8)
        let (kind, rows) = try TrainingData.tsv(tsv)
        #expect(kind == .sentencePairs && rows == [["Thank you", "شكرا"], ["Yes", "نعم"]])
        let broken = directory.appendingPathComponent("broken.tmx").path
        try "<tmx><body><tu>".write(toFile: broken, atomically: true, encoding: .utf8)
        #expect(throws: TextInputError.self) { try TrainingData.tmx(broken) }
    }

    @Test func standardLexiconHasFreeDictAndTheLearnedModel() throws {
        let lexicon = TestSupport.lexicon
        #expect(lexicon.layers.count == 2)
        #expect(lexicon.englishStems(forArabic: "المتطوعين").contains(EnglishWordForm.stem("volunteer")))
        #expect(lexicon.englishStems(forArabic: "الحكومة").contains(EnglishWordForm.stem("government")))
        // Learned from parallel text (FreeDict lacks the inflected form).
        #expect(lexicon.englishStems(forArabic: "شكراً").contains("thank"))
        #expect(lexicon.isCommonEnglishWord("Government") && !lexicon.isCommonEnglishWord("Kadhimi"))
        // "States" is capitalized in United States; its singular is a common word.
        #expect(lexicon.isCommonEnglishWordOrPlural("States") && !lexicon.isCommonEnglishWordOrPlural("Jones"))
        // An imperfect verb no layer lists as written is read in its third person, for the
        // aligner only: «أتوقف», I stop, is «يتوقف»; a name stays untranslated for the glossary.
        #expect(BilingualLexicon.imperfectVerbForms("اتوقف") == ["يتوقف", "توقف"] && BilingualLexicon.imperfectVerbForms("يشير") == ["شير"])
        #expect(BilingualLexicon.imperfectVerbForms("علم").isEmpty && BilingualLexicon.imperfectVerbForms("مكتبه").isEmpty)
        #expect(lexicon.translations(ofArabic: "أتوقف").isEmpty)
        #expect(lexicon.englishStems(forArabic: "أتوقف", readingVerbs: true).contains("stop"))
        #expect(lexicon.count(ofFolded: "موسكو") > 0)
        // The compiled FreeDict is cached: opening it again maps the cached file.
        let cached = try BilingualLexicon.compiledFreeDict()
        #expect(cached.path.hasSuffix(".mqlx") && DataFiles.exists(cached.path))
    }
}
