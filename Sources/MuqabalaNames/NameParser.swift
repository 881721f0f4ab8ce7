import MuqabalaText

/// Parses a name in Arabic or Latin script into ``PhoneticUnit``s.
///
/// Both scripts go through the same steps: normalize (diacritics, tashkeel, invisible
/// controls, apostrophes off; case folded), split into words, recognize the article
/// (ال; al-, el-, and the assimilated ash-, ad-, an-… when hyphenated), the patronymic
/// (bin/ibn/ben, بن/ابن) and Abd al- compounds (Abdul, Abdel, عبدال…), then map letters.
package struct NameParser: Sendable {
    private var normalizer: Normalizer { Self.normalizer }

    package init() {}

    /// Compiled once per process and shared.
    private static let normalizer = Normalizer(steps: [
        .removeFormatControls, .arabicPresentationForms, .removeTatweel, .removeTashkeel,
        .removeQuranicMarks, .foldPersianLetters, .arabicDigits, .foldSpaces, .foldDashes,
        .caseFold, .removeLatinDiacritics, .removeApostrophes,
    ])

    /// Parses `name`; the script is the one most of its letters are in (Latin when none).
    package func parse(_ name: String) -> PhoneticName {
        let text = normalizer.normalize(name)
        let script = ScriptCounts(text).dominant ?? .latin
        var units: [PhoneticUnit] = []
        let words = Self.words(in: text)
        for (index, word) in words.enumerated() {
            let wordUnits: [PhoneticUnit]
            if word.letters.first.map({ ScriptCounts.script(of: $0) == .arabic }) ?? false {
                wordUnits = arabicWord(word.letters)
            } else {
                let hyphenated = word.hyphenatedToNext && index + 1 < words.count
                wordUnits = latinWord(word.letters, hyphenatedToNext: hyphenated, isLast: index + 1 == words.count)
            }
            if wordUnits.isEmpty { continue }
            if !units.isEmpty && units.last != .article { units.append(.space) }
            units.append(contentsOf: wordUnits)
        }
        return PhoneticName(original: name, script: script, units: units)
    }

    struct Word {
        var letters: [Unicode.Scalar]
        var hyphenatedToNext: Bool
    }

    /// Splits on anything that is not a letter; remembers hyphens (for al-, ash-…).
    static func words(in text: String) -> [Word] {
        var words: [Word] = []
        var current: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            if ScriptCounts.script(of: scalar) != nil {
                current.append(scalar)
            } else {
                if !current.isEmpty {
                    words.append(Word(letters: current, hyphenatedToNext: scalar == "-"))
                    current = []
                }
            }
        }
        if !current.isEmpty { words.append(Word(letters: current, hyphenatedToNext: false)) }
        return words
    }

    // MARK: Arabic

    private static let arabicLetters: [UInt32: PhoneticUnit] = [
        0x0628: .b, 0x062A: .t, 0x062B: .th, 0x062C: .j, 0x062D: .hh, 0x062E: .kh,
        0x062F: .d, 0x0630: .dh, 0x0631: .r, 0x0632: .z, 0x0633: .s, 0x0634: .sh,
        0x0635: .ss, 0x0636: .dd, 0x0637: .tt, 0x0638: .zz, 0x0639: .ayn, 0x063A: .gh,
        0x0641: .f, 0x0642: .q, 0x0643: .k, 0x0644: .l, 0x0645: .m, 0x0646: .n,
        0x0647: .h, 0x0648: .wu, 0x064A: .yi, 0x0649: .alefMaqsura, 0x0629: .taMarbuta,
        0x0627: .alef, 0x0622: .alef, 0x0671: .alef, 0x0621: .hamza, 0x0624: .hamza,
        0x0626: .hamza, 0x067E: .p, 0x0686: .ch, 0x06A4: .v, 0x06AF: .g, 0x06A9: .k,
    ]

    func arabicWord(_ letters: [Unicode.Scalar]) -> [PhoneticUnit] {
        let values = letters.map(\.value)
        if values == [0x0628, 0x0646] || values == [0x0627, 0x0628, 0x0646] { return [.b, .n] }   // بن ابن
        var units: [PhoneticUnit] = []
        var body = values[...]
        // عبدال… written as one word: Abd + article.
        if values.count > 5, Array(values.prefix(5)) == [0x0639, 0x0628, 0x062F, 0x0627, 0x0644] {
            units = [.ayn, .b, .d, .space, .article]
            body = values.dropFirst(5)
        } else if values.count >= 4, values[0] == 0x0627, values[1] == 0x0644 {
            units = [.article]
            body = values.dropFirst(2)
        }
        let start = body.startIndex
        for index in body.indices {
            let v = body[index]
            // تش is how Arabic writes ch (Chad «تشاد», Qin «تشين»): one sound.
            if v == 0x0634, index > start, body[index - 1] == 0x062A, units.last == .t {
                units[units.count - 1] = .ch
                continue
            }
            switch v {
            case 0x0623: units.append(index == start ? .alef : .hamza)      // أ
            case 0x0625: units.append(index == start ? .initialI : .hamza)  // إ
            default:
                if let unit = Self.arabicLetters[v] { units.append(unit) }
            }
        }
        return units
    }

    // MARK: Latin

    private static let plainArticles: Set<String> = ["al", "el", "ul", "il"]
    private static let sunArticles: Set<String> = [
        "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es",
        "esh", "et", "eth", "ez", "ud", "un", "ur", "us", "ush", "ut", "uz",
    ]
    private static let patronymics: Set<String> = ["bin", "ibn", "ben", "bn", "ibin"]

    func latinWord(_ letters: [Unicode.Scalar], hyphenatedToNext: Bool, isLast: Bool) -> [PhoneticUnit] {
        let word = String(String.UnicodeScalarView(letters))
        if !isLast && (Self.plainArticles.contains(word) || hyphenatedToNext && Self.sunArticles.contains(word)) {
            return [.article]
        }
        if Self.patronymics.contains(word) { return [.b, .n] }
        var chars = Array(word.utf8)
        var prefix: [PhoneticUnit] = []
        // Abdul / Abdel / Abdal / Abdoul (+ rest): Abd + article.
        if chars.count >= 5, chars.starts(with: Array("abd".utf8)) {
            var k = 3
            while k < chars.count, "aeiou".utf8.contains(chars[k]), k < 5 { k += 1 }
            if k > 3, k < chars.count, chars[k] == UInt8(ascii: "l") {
                prefix = [.a, .b, .d, .space, .article]
                chars = Array(chars[(k + 1)...])
                if chars.isEmpty { return prefix }
            }
        }
        return prefix + Self.latinLetters(Self.isPinyin(chars) ? Self.pinyinSpelled(chars) : chars)
    }

    // MARK: Pinyin

    /// Pinyin finals; a syllable is an initial (or none) and one of these.
    private static let pinyinFinals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ui", "ao", "ou", "iu", "ie", "ue", "er", "an", "en", "in", "un",
        "ang", "eng", "ing", "ong", "ia", "iao", "ian", "iang", "iong", "ua", "uo", "uai", "uan", "uang",
    ]
    /// The finals j, q and x take (Quader is no pinyin: qua is no syllable).
    private static let palatalFinals: Set<String> = [
        "i", "ia", "iao", "ian", "iang", "ie", "in", "ing", "iong", "iu", "u", "ue", "uan", "un",
    ]
    private static let pinyinInitials: [String] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w",
    ]

    /// Whether a lowercase Latin word is Mandarin pinyin written with x or q (Xi, Jinping,
    /// Qin, Xinjiang): every syllable an initial and a final, x and q only before i or u.
    /// Only such words are read the pinyin way; Qatar and Xavier are not pinyin.
    static func isPinyin(_ c: [UInt8]) -> Bool {
        guard c.contains(UInt8(ascii: "x")) || c.contains(UInt8(ascii: "q")), c.count <= 12 else { return false }
        let word = Array(String(decoding: c, as: UTF8.self))
        var reachable = [Bool](repeating: false, count: word.count + 1)
        reachable[0] = true
        for start in 0..<word.count where reachable[start] {
            for initial in [""] + pinyinInitials where word[start...].starts(with: initial) {
                let rest = start + initial.count
                for length in 1...4 where rest + length <= word.count {
                    let final = String(word[rest..<(rest + length)])
                    guard pinyinFinals.contains(final) else { continue }
                    if initial == "x" || initial == "q" || initial == "j", !palatalFinals.contains(final) { continue }
                    if initial.isEmpty ? !["a", "o", "e", "ai", "ao", "ou", "an", "en", "ang", "eng", "er"].contains(final) : final == "er" { continue }
                    reachable[rest + length] = true
                }
            }
        }
        return reachable[word.count]
    }

    /// A pinyin word spelled as English spells its sounds: x as sh, q as ch (Xi ⇄ «شي», Qin
    /// ⇄ «تشين»).
    static func pinyinSpelled(_ c: [UInt8]) -> [UInt8] {
        var spelled: [UInt8] = []
        for b in c {
            switch b {
            case UInt8(ascii: "x"): spelled += Array("sh".utf8)
            case UInt8(ascii: "q"): spelled += Array("ch".utf8)
            default: spelled.append(b)
            }
        }
        return spelled
    }

    /// Latin letters and digraphs → units.
    static func latinLetters(_ c: [UInt8]) -> [PhoneticUnit] {
        var units: [PhoneticUnit] = []
        let n = c.count
        func at(_ k: Int) -> UInt8 { k < n && k >= 0 ? c[k] : 0 }
        func isVowel(_ b: UInt8) -> Bool { b == 97 || b == 101 || b == 105 || b == 111 || b == 117 }
        var i = 0
        while i < n {
            let ch = at(i), next = at(i + 1)
            switch (Character(Unicode.Scalar(ch)), Character(Unicode.Scalar(next == 0 ? 32 : next))) {
            case ("s", "c") where at(i + 2) == UInt8(ascii: "h"): units.append(.sh); i += 3; continue
            case ("t", "c") where at(i + 2) == UInt8(ascii: "h"): units.append(.ch); i += 3; continue
            case ("s", "h"): units.append(.sh)
            case ("k", "h"): units.append(.kh)
            case ("g", "h"): units.append(.gh)
            case ("t", "h"): units.append(.th)
            case ("d", "h"): units.append(.dh)
            case ("c", "h"): units.append(.ch)
            case ("p", "h"): units.append(.f)
            case ("z", "h"): units.append(.j)
            case ("c", "k"): units.append(.k)
            case ("d", "j"): units.append(.j)
            case ("y", "y"): units.append(.y)     // Fayyadh: a doubled glide is one consonant
            case ("w", "w"): units.append(.w)
            case ("a", "a"): units.append(.alef)
            case ("e", "e"), ("i", "i"): units.append(.i)
            case ("o", "o"), ("o", "u"), ("u", "u"): units.append(.u)
            default:
                switch Character(Unicode.Scalar(ch)) {
                case "a": units.append(.a)
                case "e": units.append(.e)
                case "i": units.append(.i)
                case "o": units.append(.o)
                case "u": units.append(.u)
                case "y": units.append(isVowel(next) ? .y : .i)
                case "w": units.append(isVowel(next) ? .w : .u)
                case "c": units.append(next == 101 || next == 105 || next == 121 ? .s : .k)
                case "x": units.append(.k); units.append(.s)
                case "h": units.append(i == n - 1 && i > 0 && isVowel(at(i - 1)) ? .finalH : .h)
                case "b": units.append(.b)
                case "p": units.append(.p)
                case "f": units.append(.f)
                case "v": units.append(.v)
                case "m": units.append(.m)
                case "n": units.append(.n)
                case "l": units.append(.l)
                case "r": units.append(.r)
                case "t": units.append(.t)
                case "d": units.append(.d)
                case "s": units.append(.s)
                case "z": units.append(.z)
                case "j": units.append(.j)
                case "g": units.append(.g)
                case "k": units.append(.k)
                case "q": units.append(.q)
                default: break   // other Latin letters (after diacritic folding: none expected)
                }
                i += 1
                continue
            }
            i += 2
        }
        return units
    }
}
