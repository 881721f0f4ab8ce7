/// Character tables used by the normalization steps, in one readable place.
///
/// Every table is a plain literal so a reviewer can check it against the Unicode charts.
/// The steps that use them are in `NormalizationStep.swift`.
package enum CharacterTables {

    // MARK: Both scripts

    /// Invisible format controls that never carry meaning in running text:
    /// bidi marks and embeddings (LRM, RLM, ALM, LRE…PDF, LRI…PDI), zero-width
    /// space/joiners, word joiner, soft hyphen, and the byte-order mark / ZWNBSP.
    package static let formatControls: Set<UInt32> = [
        0x200E, 0x200F, 0x061C,                          // LRM, RLM, Arabic letter mark
        0x202A, 0x202B, 0x202C, 0x202D, 0x202E,          // LRE, RLE, PDF, LRO, RLO
        0x2066, 0x2067, 0x2068, 0x2069,                  // LRI, RLI, FSI, PDI
        0x200B, 0x200C, 0x200D, 0x2060,                  // ZWSP, ZWNJ, ZWJ, word joiner
        0x00AD,                                          // soft hyphen
        0xFEFF,                                          // BOM / zero-width no-break space
    ]

    /// The format controls that only steer display direction (bidi marks, embeddings and
    /// isolates) and the BOM: removing them never changes what text says. Unlike the
    /// joiners (ZWNJ writes Persian می‌خواهم apart from میخواهم; ZWJ builds emoji sequences),
    /// which ``formatControls`` also removes for matching.
    package static let directionControls: Set<UInt32> = [
        0x200E, 0x200F, 0x061C, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
        0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
    ]

    /// Space characters folded to U+0020 (tab is kept: it separates TSV fields).
    package static let spaces: Set<UInt32> = [
        0x00A0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
        0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
        0x000B, 0x000C, 0x0085, 0x2028, 0x2029,          // VT, FF, NEL, line/paragraph separators
    ]

    /// Dashes and minus signs folded to U+002D HYPHEN-MINUS.
    package static let dashes: Set<UInt32> = [
        0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D,
    ]

    /// Double quotation marks folded to U+0022.
    package static let doubleQuotes: Set<UInt32> = [
        0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02,
    ]

    /// The apostrophe family: typographic apostrophes and the marks romanizations
    /// use for ayn (ʿ) and hamza (ʾ). Folded to U+0027 by `foldQuotes`, and
    /// removed from match keys by `removeApostrophes`.
    package static let apostrophes: Set<UInt32> = [
        0x0027,                                          // '
        0x2018, 0x2019, 0x201A, 0x201B,                  // ‘ ’ ‚ ‛
        0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x02C8,          // ʼ ʻ ʿ ʾ ˈ
        0x0060, 0x00B4, 0x2032, 0xFF07,                  // ` ´ ′ ＇
    ]

    /// Generic combining diacritics (all scripts' accents, not Arabic or Hebrew marks).
    package static let combiningDiacriticRanges: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F,
    ]

    /// Blocks whose precomposed letters `removeLatinDiacritics` decomposes: Latin, Greek and
    /// Cyrillic (the scripts romanizations and names use). Other scripts keep their marks.
    package static let diacriticFoldingRanges: [ClosedRange<UInt32>] = [
        0x00C0...0x052F, 0x1E00...0x1FFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xAB30...0xAB6F,
    ]

    /// Latin letters with a stroke or other mark that Unicode does not decompose,
    /// mapped to their base letter as romanizations use them.
    package static let latinUndecomposable: [UInt32: String] = [
        0x00F8: "o", 0x00D8: "O", 0x0142: "l", 0x0141: "L", 0x0111: "d", 0x0110: "D",
        0x0127: "h", 0x0126: "H", 0x0131: "i", 0x0167: "t", 0x0166: "T", 0x0180: "b",
        0x0268: "i", 0x0289: "u", 0x01B6: "z", 0x01B5: "Z",
    ]

    // MARK: Arabic

    /// Arabic presentation-form blocks, folded with NFKC to the letters they draw.
    package static let arabicPresentationFormRanges: [ClosedRange<UInt32>] = [
        0xFB50...0xFDFF, 0xFE70...0xFEFE,
    ]

    /// Tatweel (kashida), the elongation stroke.
    package static let tatweel: UInt32 = 0x0640

    /// Tashkeel: harakat, tanwin, shadda, sukun, and the other marks of U+064B–U+065F,
    /// plus the superscript (dagger) alef U+0670.
    package static let tashkeelRanges: [ClosedRange<UInt32>] = [0x064B...0x065F, 0x0670...0x0670]

    /// Quranic annotation marks U+06D6–U+06ED (small high letters, stops, sajda sign)
    /// and the honorific marks U+0610–U+061A.
    package static let quranicMarkRanges: [ClosedRange<UInt32>] = [0x06D6...0x06ED, 0x0610...0x061A]

    /// Alef with hamza above/below, madda, wasla and the rarer wavy-hamza forms → bare alef ا.
    package static let alefVariants: [UInt32: UInt32] = [
        0x0623: 0x0627, 0x0625: 0x0627, 0x0622: 0x0627, 0x0671: 0x0627,
        0x0672: 0x0627, 0x0673: 0x0627, 0x0675: 0x0627,
    ]

    /// Alef maqsura ى → ya ي.
    package static let alefMaqsura: [UInt32: UInt32] = [0x0649: 0x064A]

    /// Ta marbuta ة → ha ه.
    package static let taMarbuta: [UInt32: UInt32] = [0x0629: 0x0647]

    /// Hamza on a carrier → the bare carrier: ؤ → و, ئ → ي.
    package static let hamzaCarriers: [UInt32: UInt32] = [0x0624: 0x0648, 0x0626: 0x064A]

    /// Persian and Urdu letters that look like Arabic ones → the Arabic letter.
    package static let persianLookalikes: [UInt32: UInt32] = [
        0x06A9: 0x0643,   // ک keheh → ك kaf
        0x06AA: 0x0643,   // ڪ swash kaf → ك
        0x06CC: 0x064A,   // ی Farsi yeh → ي
        0x06D2: 0x064A,   // ے yeh barree → ي
        0x06C0: 0x0647,   // ۀ heh with yeh above → ه
        0x06BE: 0x0647,   // ھ heh doachashmee → ه
        0x06C1: 0x0647,   // ہ heh goal → ه
        0x06D5: 0x0647,   // ە ae → ه
    ]

    /// Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits → ASCII,
    /// with the Arabic decimal (٫) and thousands (٬) separators.
    package static let arabicDigits: [UInt32: String] = {
        var table: [UInt32: String] = [0x066B: ".", 0x066C: ","]
        for d in 0...9 {
            table[0x0660 + UInt32(d)] = String(d)
            table[0x06F0 + UInt32(d)] = String(d)
        }
        return table
    }()

    /// Arabic punctuation → its Latin counterpart.
    package static let arabicPunctuation: [UInt32: String] = [
        0x060C: ",",   // ، comma
        0x061B: ";",   // ؛ semicolon
        0x061F: "?",   // ؟ question mark
        0x066A: "%",   // ٪ percent sign
        0x06D4: ".",   // ۔ Urdu full stop
        0x066D: "*",   // ٭ five-pointed star
    ]

    /// True if `value` lies in any of `ranges`.
    @inlinable
    package static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        for range in ranges where range.contains(value) { return true }
        return false
    }
}
