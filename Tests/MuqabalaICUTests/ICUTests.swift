import Testing
@testable import MuqabalaICU

@Suite("ICU shim") struct ICUTests {
    @Test func systemTransliteratorGivesArabicSkeleton() throws {
        let t = try Transliterator(id: "Arabic-Latin; Latin-ASCII")
        let out = try t.transform("الكاظمي")
        #expect(out == "alkazmy")
        #expect(!out.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) })
    }

    @Test func customRulesAndReverse() throws {
        let rules = "a <> b; c <> d;"
        let forward = try Transliterator(id: "Test-AB", rules: rules)
        #expect(try forward.transform("acx") == "bdx")
        let reverse = try Transliterator(id: "Test-AB", rules: rules, reverse: true)
        #expect(try reverse.transform("bdx") == "acx")
    }

    @Test func badRulesThrowWithICUErrorName() {
        do {
            _ = try Transliterator(id: "Broken", rules: "a > ;; [[ > b")
            Issue.record("expected a rule syntax error")
        } catch {
            #expect(error.name.hasPrefix("U_"))
            #expect(error.code > 0)
            #expect(error.location != nil)
        }
    }

    @Test func unknownIDThrows() {
        #expect(throws: ICUError.self) { try Transliterator(id: "No-Such-Transform") }
    }

    @Test func transformGrowsItsBuffer() throws {
        // Each input unit becomes 40 output units: forces the overflow-and-retry path.
        let t = try Transliterator(id: "Grow", rules: "x > '0123456789012345678901234567890123456789';")
        let out = try t.transform(String(repeating: "x", count: 100))
        #expect(out.utf16.count == 4000)
    }

    @Test func nfcAndNfkc() throws {
        #expect(try NormalizationForm.nfc.normalize("e\u{301}") == "\u{E9}")
        // Arabic presentation form of lam-alef ligature folds under NFKC.
        #expect(try NormalizationForm.nfkc.normalize("\u{FEFB}") == "\u{0644}\u{0627}")
        #expect(try NormalizationForm.nfc.isNormalized("abc"))
        #expect(try !NormalizationForm.nfc.isNormalized("e\u{301}"))
        #expect(try NormalizationForm.nfkc.normalize("") == "")
    }

    @Test func caseFolding() throws {
        #expect(try foldCase("Straße ÀB") == "strasse àb")
    }

    @Test func sentenceBreaksWithAbbreviationSuppression() throws {
        // ICU's standard English suppression list has "Mr." (not "Dr.": our segmenter adds more).
        let text = "Mr. Smith arrived. He left."
        let plain = try TextBoundary.sentence.split(text, locale: "en")
        let suppressed = try TextBoundary.sentence.split(text, locale: "en@ss=standard")
        #expect(plain.count == 3)
        #expect(suppressed == ["Mr. Smith arrived. ", "He left."])
    }

    @Test func emptyTextHasOneBoundary() throws {
        let b = try TextBoundary.sentence.boundaries(in: [], locale: "en")
        #expect(b.map(\.utf16Offset) == [0])
    }

    @Test func scriptClasses() {
        #expect(ScriptClass("ب") == .arabic)
        #expect(ScriptClass("b") == .latin)
        #expect(ScriptClass("1") == .common)
        #expect(ScriptClass("\u{064E}") == .inherited)
    }

    @Test func handlesAreReleased() throws {
        // Other suites open handles concurrently, so compare against a bound far below
        // what a leak of one handle per iteration would show.
        let iterations = 2000
        let before = ICU.liveHandles
        for _ in 0..<iterations {
            let t = try Transliterator(id: "Latin-ASCII")
            _ = try t.transform("ā")
            _ = try TextBoundary.sentence.boundaries(in: Array("One. Two.".utf16), locale: "en")
            _ = try? Transliterator(id: "Broken", rules: "[[")
        }
        #expect(ICU.liveHandles - before < 50)
        #expect(ICU.liveHandles >= 0)
    }
}

@Suite("ICU UTF-8 normalization") struct ICUUTF8Tests {
    @Test func utf8Normalization() throws {
        #expect(try NormalizationForm.nfc.normalize(utf8: Array("e\u{301} ا\u{654}".utf8)) == Array("\u{E9} أ".utf8))
        let already = Array("Already NFC: أبو علاء".utf8)
        #expect(try NormalizationForm.nfc.normalize(utf8: already) == already)
        #expect(try NormalizationForm.nfkc.normalize(utf8: Array("\u{FEFB}".utf8)) == Array("لا".utf8))
        #expect(try NormalizationForm.nfc.normalize(utf8: []) == [])
    }
}
