import MuqabalaICU

/// Arabic → Latin transliteration schemes.
public enum TransliterationScheme: String, CaseIterable, Sendable, Codable {
    /// Tim Buckwalter's one-to-one scheme (ASCII, reversible): الكاظمي → `AlkAZmy`.
    /// Runs as compiled ICU transform rules (`BuckwalterRules`).
    case buckwalter
    /// Readable news-style romanization: أبو علاء الولائي → `Abu Ala al-Walai`,
    /// الكاظمي → `al-Kazimi`. Lossy; see ``NewsRomanizer`` for its rules.
    case news
}

/// A transliterator for one scheme. Build once, reuse; safe to share between tasks.
public struct ArabicTransliterator: Sendable {
    public let scheme: TransliterationScheme
    private let forward: Transliterator?
    private let backward: Transliterator?
    private let news = NewsRomanizer()

    public init(scheme: TransliterationScheme) throws(ICUError) {
        self.scheme = scheme
        switch scheme {
        case .buckwalter:
            forward = try Transliterator(id: "Arabic-Buckwalter", rules: BuckwalterRules.rules)
            backward = try Transliterator(id: "Arabic-Buckwalter", rules: BuckwalterRules.rules, reverse: true)
        case .news:
            forward = nil
            backward = nil
        }
    }

    /// Transliterates Arabic text to Latin. Non-Arabic characters pass through.
    public func romanize(_ text: String) throws(ICUError) -> String {
        switch scheme {
        case .buckwalter: return try forward!.transform(text)
        case .news: return news.romanize(text)
        }
    }

    /// Turns Buckwalter back into Arabic. Only the reversible scheme has an inverse.
    /// - Returns: nil for schemes that are not reversible.
    public func arabize(_ text: String) throws(ICUError) -> String? {
        guard let backward else { return nil }
        return try backward.transform(text)
    }
}

/// The Buckwalter table as ICU transform rules (`<>` rules are used in both directions).
///
/// | Arabic | ء | آ | أ | ؤ | إ | ئ | ا | ب | ة | ت | ث | ج | ح | خ | د | ذ | ر | ز | س | ش |
/// |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
/// | Buckwalter | ' | \| | > | & | < | } | A | b | p | t | v | j | H | x | d | * | r | z | s | $ |
///
/// | Arabic | ص | ض | ط | ظ | ع | غ | ـ | ف | ق | ك | ل | م | ن | ه | و | ى | ي | ٱ | پ | چ | ڤ | گ |
/// |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
/// | Buckwalter | S | D | T | Z | E | g | _ | f | q | k | l | m | n | h | w | Y | y | { | P | J | V | G |
///
/// Marks: ً F, ٌ N, ٍ K, َ a, ُ u, ِ i, ّ ~, ْ o, ٰ \`.
/// The scheme is reversible for Arabic text; Latin letters already in the input are not
/// protected and would turn into Arabic on the way back.
package enum BuckwalterRules {
    /// (Arabic scalar, Buckwalter ASCII) pairs, in table order.
    package static let table: [(UInt32, Character)] = [
        (0x0621, "'"), (0x0622, "|"), (0x0623, ">"), (0x0624, "&"), (0x0625, "<"), (0x0626, "}"),
        (0x0627, "A"), (0x0628, "b"), (0x0629, "p"), (0x062A, "t"), (0x062B, "v"), (0x062C, "j"),
        (0x062D, "H"), (0x062E, "x"), (0x062F, "d"), (0x0630, "*"), (0x0631, "r"), (0x0632, "z"),
        (0x0633, "s"), (0x0634, "$"), (0x0635, "S"), (0x0636, "D"), (0x0637, "T"), (0x0638, "Z"),
        (0x0639, "E"), (0x063A, "g"), (0x0640, "_"), (0x0641, "f"), (0x0642, "q"), (0x0643, "k"),
        (0x0644, "l"), (0x0645, "m"), (0x0646, "n"), (0x0647, "h"), (0x0648, "w"), (0x0649, "Y"),
        (0x064A, "y"), (0x064B, "F"), (0x064C, "N"), (0x064D, "K"), (0x064E, "a"), (0x064F, "u"),
        (0x0650, "i"), (0x0651, "~"), (0x0652, "o"), (0x0670, "`"), (0x0671, "{"), (0x067E, "P"),
        (0x0686, "J"), (0x06A4, "V"), (0x06AF, "G"),
    ]

    /// The ICU rule text compiled from ``table``.
    package static var rules: String {
        table.map { arabic, latin in
            let code = String(arabic, radix: 16, uppercase: true)
            let latinCode = String(latin.unicodeScalars.first!.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: 4 - code.count) + code
                + " <> \\u" + String(repeating: "0", count: 4 - latinCode.count) + latinCode + ";"
        }.joined(separator: "\n")
    }
}
