import MuqabalaText

/// English word forms for lexicon lookup: lowercase and a light suffix stemmer, applied
/// the same way to dictionary entries and to text so that both meet.
public enum EnglishWordForm {
    /// "Volunteers" → "volunt", "fighting" → "fight", "Iran’s" → "iran".
    public static func stem(_ word: String) -> String {
        var w = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "-" })
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.unicodeScalars)
            return w.count > s.count && Array(w.suffix(s.count)) == s
        }
        func drop(_ n: Int) { w.removeLast(n) }
        if ends("ies") && w.count > 4 { drop(3); w.append("y") }
        else if ends("sses") { drop(2) }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && w.count > 3 { drop(1) }
        if ends("ing") && w.count > 5 { drop(3) }
        else if ends("ed") && w.count > 4 { drop(2) }
        else if ends("ly") && w.count > 5 { drop(2) }
        if ends("e") && w.count > 4 { drop(1) }
        if w.count > 3, let last = w.last, w[w.count - 2] == last, !"aeiouls".unicodeScalars.contains(last) { drop(1) }
        var result = ""
        result.unicodeScalars.append(contentsOf: w)
        return result
    }

    /// Whether a lowercased word is a function word (see `LanguageData.englishStopwords`).
    public static func isStopword(_ word: String) -> Bool {
        LanguageData.englishStopwords.contains(word.lowercased())
    }
}

/// Arabic word forms for lexicon lookup.
public enum ArabicWordForm {
    /// The forms to try in a dictionary, most specific first: the word, without its
    /// proclitics (و ف ب ك ل ال and combinations), without its suffixes, and with a
    /// feminine plural -ات taken back to the singular -ه. Input must be `search`-normalized.
    public static func lookupForms(_ word: String) -> [String] {
        var forms = [word]
        var stems = [word]
        let bare = withoutProclitics(word)
        if bare.utf8.count != word.utf8.count {
            forms.append(bare)
            stems.append(bare)
        }
        for stem in stems {
            let bytes = Array(stem.utf8)
            for (suffix, text) in suffixBytes where bytes.count > suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix) {
                let rest = String(decoding: bytes.dropLast(suffix.count), as: UTF8.self)
                if rest.unicodeScalars.count >= 3 {
                    forms.append(rest)
                    if text == "ات" { forms.append(rest + "ه") }
                    break
                }
            }
        }
        var unique: [String] = []
        for form in forms where !unique.contains(where: { $0.utf8.elementsEqual(form.utf8) }) { unique.append(form) }
        return unique
    }

    /// The clitic tables as UTF-8 bytes: words are compared byte-wise (both sides are
    /// `search`-normalized, so bytes are canonical), which is much faster than `String`'s
    /// canonical-equivalence comparisons.
    private static let procliticBytes: [[UInt8]] = LanguageData.arabicProclitics.map { Array($0.utf8) }
    private static let suffixBytes: [([UInt8], String)] = LanguageData.arabicSuffixes.map { (Array($0.utf8), $0) }

    /// `lookupForms` with the article and prefixes gone: the form glossaries and names compare.
    public static func withoutProclitics(_ word: String) -> String {
        let bytes = word.utf8
        for prefix in procliticBytes where bytes.count > prefix.count && bytes.starts(with: prefix) {
            let rest = String(decoding: bytes.dropFirst(prefix.count), as: UTF8.self)
            // Arabic letters are two bytes: keep at least two letters.
            if rest.unicodeScalars.count >= 2 { return rest }
        }
        return word
    }

    /// Whether a `search`-normalized word is a function word.
    public static func isStopword(_ word: String) -> Bool {
        LanguageData.arabicStopwords.contains(word)
    }
}
