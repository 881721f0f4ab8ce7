import Testing
import MuqabalaText
import TestSupport
import MuqabalaIO

@Suite("Transliteration") struct TransliterationTests {
    @Test func buckwalterRoundTripsArabicText() throws {
        let t = try ArabicTransliterator(scheme: .buckwalter)
        let text = "وَكانَ الرئيسُ قد أعلنَ في تموز، بعد اجتماعات مع رئيس الوزراء مصطفى الكاظمي؛ إلى آخره."
        let latin = try t.romanize(text)
        #expect(!latin.unicodeScalars.contains { ScriptCounts.script(of: $0) == .arabic })
        #expect(try t.arabize(latin) == text)
        #expect(try t.romanize("الكاظمي") == "AlkAZmy")
    }

    @Test(arguments: [
        ("أبو علاء الولائي", "Abu Ala al-Walai"),
        ("الكاظمي", "al-Kazimi"),
        ("مصطفى", "Mustafa"),
        ("بغداد", "Baghdad"),
        ("مقتدى الصدر", "Muqtada al-Sadr"),
        ("قيس الخزعلي", "Qays al-Khazali"),
        ("الحشد الشعبي", "al-Hashd al-Shaabi"),
        ("مُحَمَّد", "Muhammad"),
        ("عبد الله", "Abd Allah"),
    ])
    func newsStyle(_ arabic: String, _ expected: String) throws {
        let t = try ArabicTransliterator(scheme: .news)
        #expect(try t.romanize(arabic) == expected)
    }

    @Test func newsStyleKeepsOtherTextAndConvertsDigits() throws {
        let t = try ArabicTransliterator(scheme: .news)
        #expect(try t.romanize("قال ٤٥٠٠٠، KSS") == "Qal 45000, KSS")
        #expect(try t.arabize("x") == nil)
    }
}

@Suite("Text input") struct TextInputTests {
    @Test func documentsAreValidated() throws {
        #expect(throws: TextInputError(source: "t", problem: .empty)) {
            try TextInput.decodeDocument(Array(" \n\u{200F}\n".utf8), source: "t")
        }
        #expect(throws: TextInputError(source: "t", problem: .invalidUTF8(line: 2, byteOffset: 2))) {
            try TextInput.decodeDocument([0x61, 0x0A, 0xC3], source: "t")
        }
        let text = try TextInput.decodeDocument(Array("\u{FEFF}a\r\nb\rc".utf8), source: "t")
        #expect(text == "a\nb\nc")
    }

    @Test func wrongLanguageIsReported() {
        let english = String(repeating: "This is an English sentence. ", count: 5)
        #expect(throws: TextInputError.self) {
            try TextInput.decodeDocument(Array(english.utf8), source: "ar.txt", expecting: .arabic)
        }
        // Arabic news quoting Latin acronyms is still Arabic.
        let arabic = "قال المتحدث باسم كتائب سيد الشهداء KSS و PMF إن الهجوم وقع"
        #expect(throws: Never.self) {
            try TextInput.decodeDocument(Array(arabic.utf8), source: "ar.txt", expecting: .arabic)
        }
    }

    @Test func scriptCounts() {
        let counts = ScriptCounts("abc دهو 123")
        #expect(counts.latin == 3 && counts.arabic == 3)
        #expect(ScriptCounts("...").dominant == nil)
    }
}
