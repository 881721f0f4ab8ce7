import Foundation
import Testing
import MuqabalaICU
@testable import MuqabalaText
import MuqabalaIO

@Suite("Normalization steps") struct NormalizationStepTests {
    func run(_ step: NormalizationStep, _ text: String) -> String {
        Normalizer(steps: [step]).normalize(text)
    }

    @Test func presentationForms() {
        #expect(run(.arabicPresentationForms, "\u{FEFB}\u{FE8D}") == "لاا")
        #expect(run(.arabicPresentationForms, "\u{FDF2}") == "الله")
    }

    @Test func tashkeelQuranicAndTatweel() {
        #expect(run(.removeTashkeel, "مُحَمَّدٌ") == "محمد")
        #expect(run(.removeTashkeel, "هٰذا") == "هذا")
        #expect(run(.removeQuranicMarks, "الرَّحِيمِ ۝ ۖ") == "الرَّحِيمِ  ")
        #expect(run(.removeTatweel, "بـــغداد") == "بغداد")
    }

    @Test func letterFolds() {
        #expect(run(.foldAlef, "أإآٱا") == "ااااا")
        #expect(run(.foldAlefMaqsura, "مصطفى") == "مصطفي")
        #expect(run(.foldTaMarbuta, "حركة") == "حركه")
        #expect(run(.foldHamzaCarriers, "مؤتمر رئيس") == "موتمر رييس")
        #expect(run(.foldPersianLetters, "کی") == "كي")
        #expect(run(.foldPersianLetters, "ۀھہ") == "ههه")
    }

    @Test func digitsAndPunctuation() {
        #expect(run(.arabicDigits, "٤٥٬٠٠٠ و ۱۲٫۵") == "45,000 و 12.5")
        #expect(run(.arabicPunctuation, "نعم، لا؛ ماذا؟ ٥٪") == "نعم, لا; ماذا? ٥%")
    }

    @Test func invisiblesSpacesDashesQuotes() {
        #expect(run(.removeFormatControls, "\u{FEFF}a\u{200E}b\u{202B}c\u{2069}\u{061C}d\u{200D}e\u{00AD}f") == "abcdef")
        #expect(run(.foldSpaces, "a\u{00A0}b\u{2009}c\u{3000}d\te") == "a b c d\te")
        #expect(run(.foldDashes, "a–b—c−d") == "a-b-c-d")
        #expect(run(.foldQuotes, "“x” «y» ’z‘ ʿa") == "\"x\" \"y\" 'z' 'a")
    }

    @Test func latinFolds() {
        #expect(run(.caseFold, "Al-Kadhimi STRASSE Straße") == "al-kadhimi strasse strasse")
        #expect(run(.removeLatinDiacritics, "ā ḥ ṣ ẓ é ø Ł") == "a h s z e o L")
        #expect(run(.removeLatinDiacritics, "e\u{0301}") == "e")
        #expect(run(.removeApostrophes, "Wala’i Ala' Kata`ib ʿAli ʾAmir") == "Walai Ala Kataib Ali Amir")
        #expect(run(.punctuationToSpace, "al-Walai, (KSS).") == "al Walai   KSS  ")
    }

    @Test func nfcComposes() {
        #expect(run(.nfc, "e\u{0301}") == "\u{E9}")
        #expect(run(.nfc, "ا\u{0654}") == "أ")
    }

    @Test func stepsOnlyTouchTheirOwnCharacters() {
        let english = "The quick brown fox, 45,000 people."
        for step in NormalizationStep.allCases where step.script == .arabic {
            #expect(run(step, english) == english, "\(step) changed English text")
        }
        let arabic = "قال الرئيس"
        for step in NormalizationStep.allCases where step.script == .latin {
            #expect(run(step, arabic) == arabic, "\(step) changed Arabic text")
        }
    }
}

@Suite("Normalization profiles") struct NormalizationProfileTests {
    @Test func displayKeepsMeaning() {
        let n = Normalizer(profile: .display)
        #expect(n.normalize("\u{FEFF}بـــغداد\u{200F} Café\r\nمُحَمَّد") == "بغداد Café\nمُحَمَّد")
        #expect(n.normalize("Cafe\u{0301}") == "Café")
    }

    /// A long run of mixed harakat is put in the same canonical order ICU gives, without
    /// ICU's quadratic insertion (100,000 marks took 20 s).
    @Test func longMarkRunsAreOrderedAsICUOrdersThem() throws {
        var generator = SystemRandomNumberGenerator()
        let marks: [Character] = ["\u{064B}", "\u{064E}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{0301}", "\u{0316}"]
        let text = "ب" + String((0..<600).map { _ in marks.randomElement(using: &generator)! }) + " x"
        let expected = try NormalizationForm.nfc.normalize(text)
        let sorted = try #require(CanonicalOrder.presortingLongRuns(Array(text.utf8)))
        #expect(try NormalizationForm.nfc.normalize(String(decoding: sorted, as: UTF8.self)) == expected)
        #expect(Normalizer(profile: .display).normalize(text) == expected)
        #expect(CanonicalOrder.presortingLongRuns(Array("مُحَمَّد".utf8)) == nil)
    }

    @Test func searchFoldsOrthography() {
        let n = Normalizer(profile: .search)
        #expect(n.normalize("أبو علاء الولائي") == "ابو علاء الولايي")
        #expect(n.normalize("مُصْطَفَى الكاظمي") == "مصطفي الكاظمي")
        #expect(n.normalize("Abu Ala’ al-Wala’i — Ḥizb") == "abu ala' al-wala'i - hizb")
        #expect(n.normalize("٤٥٠٠٠ مكالمة، نعم") == "45000 مكالمه, نعم")
    }

    @Test func keyIsTheMatchingKey() {
        let n = Normalizer(profile: .key)
        #expect(n.normalize("  Abu Ala’ al-Wala’i,  (KSS)  ") == "abu ala al walai kss")
        #expect(n.normalize("Kata'ib Hizballah") == n.normalize("Kata’ib  Hizballah"))
        #expect(n.normalize("a\n  b  \n") == "a\nb\n")
    }

    @Test func languageScopeSkipsOtherScript() {
        let ar = Normalizer(profile: .search, language: .arabic)
        #expect(ar.normalize("KSS أحمد") == "KSS احمد")
        let en = Normalizer(profile: .search, language: .english)
        #expect(en.normalize("KSS أحمد") == "kss أحمد")
    }

    @Test func lineEndingsAndBOM() {
        for profile in NormalizationProfile.allCases {
            let out = Normalizer(profile: profile).normalize("\u{FEFF}one\r\ntwo\rthree\n")
            #expect(out == "one\ntwo\nthree\n", "profile \(profile)")
        }
    }

    @Test func astralScalarsPassOrFold() {
        let n = Normalizer(profile: .search)
        #expect(n.normalize("a😀b") == "a😀b")
        #expect(n.normalize("𐐀") == "𐐨")   // Deseret capital long I folds to small
    }
}

@Suite("Streaming") struct NormalizationStreamTests {
    func stream(_ bytes: [UInt8], chunk: Int, profile: NormalizationProfile = .search) throws(TextProblem) -> [UInt8] {
        var s = NormalizationStream(normalizer: Normalizer(profile: profile))
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let end = min(bytes.count, i + chunk)
            let piece = Array(bytes[i..<end])
            try piece.withUnsafeBufferPointer { (p) throws(TextProblem) in try s.process(p, into: &out) }
            i = end
        }
        try s.finish(into: &out)
        return out
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func chunkBoundariesDoNotMatter(chunk: Int) throws {
        let text = "مُصْطَفَى الكاظمي\r\nAbu Ala’ al-Wala’i 😀 ٤٥\n"
        for profile in NormalizationProfile.allCases {
            let whole = Array(Normalizer(profile: profile).normalize(text).utf8)
            #expect(try stream(Array(text.utf8), chunk: chunk, profile: profile) == whole)
        }
    }

    @Test func invalidUTF8IsReportedWithPosition() {
        let bytes: [UInt8] = Array("ok\nsecond ".utf8) + [0xC3, 0x28] + Array(" end".utf8)
        #expect(throws: TextProblem.invalidUTF8(line: 2, byteOffset: 10)) { try stream(bytes, chunk: 4) }
        #expect(throws: TextProblem.invalidUTF8(line: 1, byteOffset: 0)) { try stream([0xFF], chunk: 1) }
        // Overlong encoding and encoded surrogate.
        #expect(throws: TextProblem.self) { try stream([0xC0, 0xAF], chunk: 8) }
        #expect(throws: TextProblem.self) { try stream([0xED, 0xA0, 0x80], chunk: 8) }
        // Truncated at end of input.
        #expect(throws: TextProblem.invalidUTF8(line: 1, byteOffset: 1)) { try stream([0x61, 0xD8], chunk: 8) }
    }

    @Test func nulIsRejected() {
        #expect(throws: TextProblem.nulByte(line: 1, byteOffset: 1)) { try stream([0x61, 0x00, 0x62], chunk: 8) }
    }
}

@Suite("Compiled normalizer tables") struct CompiledTableTests {
    @Test func batchedICUStepsAgreeWithOneScalarAtATime() {
        // Compiling a table asks ICU for many scalars at once; the answers must be the ones
        // asking for each scalar alone gives.
        for step in NormalizationStep.allCases where step.usesICU {
            var marks = [Bool](repeating: false, count: 0x10000)
            step.candidates(into: &marks)
            let scalars = (0..<UInt32(0x10000)).compactMap { marks[Int($0)] ? Unicode.Scalar($0) : nil }
            let batched = step.batchMap(scalars)
            #expect(batched.count == scalars.count, "\(step)")
            for scalar in scalars { #expect(batched[scalar.value] == step.map(scalar), "\(step) U+\(String(scalar.value, radix: 16))") }
        }
    }

    @Test func candidatesCoverEveryChange() {
        // A scalar outside a step's candidates is never changed by it.
        for step in NormalizationStep.allCases where !step.isLineLevel {
            var marks = [Bool](repeating: false, count: 0x10000)
            step.candidates(into: &marks)
            for v in stride(from: UInt32(0), to: 0x10000, by: 7) where !marks[Int(v)] {
                guard let scalar = Unicode.Scalar(v) else { continue }
                #expect(step.map(scalar) == .keep, "\(step) U+\(String(v, radix: 16))")
            }
        }
    }

    @Test func cachedTablesRoundTripAndDamageIsIgnored() throws {
        let steps = NormalizationProfile.key.steps.filter { !$0.isLineLevel }
        let fresh = ScalarTable(steps: steps)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mq-table-\(UUID().uuidString).bin").path
        ScalarTable.write(ascii: fresh.ascii, entries: fresh.entries, pool: fresh.pool, to: path)
        let read = try #require(ScalarTable.read(path))
        #expect(read.ascii == fresh.ascii && read.entries == fresh.entries && read.pool == fresh.pool)
        var bytes = try #require(DataFiles.readAll(path))
        bytes.removeLast()
        try AtomicFile.write(bytes, to: path)
        #expect(ScalarTable.read(path) == nil)
        try AtomicFile.write(Array("not a table".utf8), to: path)
        #expect(ScalarTable.read(path) == nil)
    }

    @Test func staleCacheFilesAreRemovedAndOthersKept() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mq-cache-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let old = Date(timeIntervalSinceNow: -30 * 86_400)
        // Names of every length: a directory entry is only as long as its name.
        let names = ["normalizer-a", "normalizer-" + String(repeating: "x", count: 200), "other-old", "normalizer-new"]
        for name in names {
            #expect(DataFiles.writeWhole(Array(name.utf8), to: folder + "/" + name))
        }
        for name in names.dropLast() {
            var times = [timespec(tv_sec: Int(old.timeIntervalSince1970), tv_nsec: 0),
                         timespec(tv_sec: Int(old.timeIntervalSince1970), tv_nsec: 0)]
            utimensat(AT_FDCWD, folder + "/" + name, &times, 0)
        }
        DataFiles.removeStale(prefix: "normalizer-", in: folder, olderThanDays: 7)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == ["normalizer-new", "other-old"])
    }
}
