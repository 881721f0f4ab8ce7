import MuqabalaICU

/// Readable news-style romanization of Arabic (الكاظمي → "al-Kazimi").
///
/// Unvocalized Arabic does not write short vowels, so a readable romanization has to
/// guess them. The rules, applied word by word:
///
/// | Step | Rule | Example |
/// |---|---|---|
/// | Article | word-initial ال (stem ≥ 2 letters) → `al-`, kept as its own hyphenated token; with a proclitic وال بال فال كال → wal- bil- fal- kal-, لل → lil- | الصدر → al-Sadr |
/// | Fixed words | الله → Allah, بن → bin, ابن → ibn, بنت → bint | عبد الله → Abd Allah |
/// | Consonants | ``consonants`` (ث th, ج j, ح h, خ kh, ذ dh, ش sh, ص s, ض d, ط t, ظ z, غ gh, ق q…) | |
/// | Hamza, ayn | not written (news style); ayn closing a syllable echoes the vowel | علاء → Ala, الشعبي → al-Shaabi |
/// | Long vowels | ا ى → a; word-initial أ ا آ → a, إ → i | |
/// | و ي | consonant w / y at the start of a word, after a vowel or before ا; otherwise the vowel u / i. ي as second letter of a short stem → `ay` | أبو → Abu, قيس → Qays |
/// | ة | → a | حركة → Haraka |
/// | Harakat | when present, written vowels win: fatha a, kasra i, damma u; shadda doubles | مُحَمَّد → Muhammad |
/// | Syllables | no word starts with two consonants: insert a vowel; after a short vowel a consonant before another consonant closes the syllable; after a long vowel it opens a new one (CāCiC) | بغداد → Baghdad, كاظم → Kazim |
/// | Inserted vowel | `a`; `i` after a long vowel (فاعل pattern) and before consonantal y (-iya); `u` after a word-initial م before two consonants (مُفعِل pattern) | مصطفى → Mustafa |
///
/// The output is a readable guess, not a standard; use Buckwalter when you need to go back.
public struct NewsRomanizer: Sendable {
    public init() {}

    /// Consonant letters and their Latin spelling.
    public static let consonants: [UInt32: String] = [
        0x0628: "b", 0x062A: "t", 0x062B: "th", 0x062C: "j", 0x062D: "h", 0x062E: "kh",
        0x062F: "d", 0x0630: "dh", 0x0631: "r", 0x0632: "z", 0x0633: "s", 0x0634: "sh",
        0x0635: "s", 0x0636: "d", 0x0637: "t", 0x0638: "z", 0x063A: "gh", 0x0641: "f",
        0x0642: "q", 0x0643: "k", 0x0644: "l", 0x0645: "m", 0x0646: "n", 0x0647: "h",
        0x067E: "p", 0x0686: "ch", 0x06A4: "v", 0x06AF: "g", 0x06A9: "k",
        // Urdu and Persian letters.
        0x0679: "t", 0x0688: "d", 0x0691: "r", 0x0698: "zh", 0x06BE: "h", 0x06C1: "h", 0x06BA: "n",
    ]

    /// Proclitics written before the article: وال → wal-, بال → bil-, فال → fal-, كال → kal-.
    public static let clitics: [UInt32: String] = [0x0648: "wa", 0x0628: "bi", 0x0641: "fa", 0x0643: "ka"]

    /// Whole words with a conventional spelling that the rules would not produce.
    public static let fixedWords: [String: String] = [
        "الله": "Allah", "بن": "bin", "ابن": "ibn", "بنت": "bint",
    ]

    /// Romanizes text; anything that is not an Arabic word passes through, with Arabic
    /// digits and punctuation turned into their Latin counterparts.
    ///
    /// Presentation forms (ﺍﻟﺤﻜﻮﻣﺔ, ligatures such as ﻻ) are read as the letters they show;
    /// an Arabic-script letter the rules do not know is kept as it is, never dropped.
    public func romanize(_ text: String) -> String {
        var output = ""
        var word: [Unicode.Scalar] = []
        func flush() {
            if !word.isEmpty { output += romanizeWord(word) }
            word.removeAll()
        }
        for scalar in Self.unfoldingPresentationForms(text) {
            let v = scalar.value
            if ScriptCounts.script(of: scalar) == .arabic || (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640 {
                word.append(scalar)
                continue
            }
            flush()
            if let digit = CharacterTables.arabicDigits[v] { output += digit }
            else if let mark = CharacterTables.arabicPunctuation[v] { output += mark }
            else { output.unicodeScalars.append(scalar) }
        }
        flush()
        return output
    }

    /// A unit of a word: a consonant or a vowel, with its Latin spelling.
    private struct Segment {
        enum Kind { case consonant, longVowel, shortVowel, glideW, glideY }
        var kind: Kind
        var latin: String
        /// Ayn echoes the preceding vowel when it closes a syllable.
        var isAyn = false
        var isVowel: Bool { kind == .longVowel || kind == .shortVowel }
    }

    /// Romanizes one Arabic word (letters and marks only).
    func romanizeWord(_ scalars: [Unicode.Scalar]) -> String {
        let letters = scalars.filter { $0.value != 0x0640 }
        let bare = String(String.UnicodeScalarView(letters.filter { !(0x064B...0x0652).contains($0.value) && $0.value != 0x0670 }))
        if let fixed = Self.fixedWords[bare] { return fixed }
        var stem = letters[...]
        var prefix = ""
        let bareLetters = Array(bare.unicodeScalars).map(\.value)
        let letterIndices = letters.indices.filter { isLetter(letters[$0]) }
        if bareLetters.count >= 4, bareLetters[0] == 0x0627, bareLetters[1] == 0x0644 {
            // The stem starts at the third letter (ا and ل may carry marks).
            stem = letters[letterIndices[2]...]
            prefix = "al-"
        } else if bareLetters.count >= 5, let clitic = Self.clitics[bareLetters[0]],
                  bareLetters[1] == 0x0627, bareLetters[2] == 0x0644 {
            stem = letters[letterIndices[3]...]                  // بالحرس → bil-Haras
            prefix = clitic + "l-"
        } else if bareLetters.count >= 4, bareLetters[0] == 0x0644, bareLetters[1] == 0x0644 {
            stem = letters[letterIndices[2]...]                  // للقوات → lil-Qawat
            prefix = "lil-"
        }
        let segments = resolveGlides(segmentize(Array(stem)))
        let latin = syllabify(segments)
        return prefix + capitalized(latin)
    }

    private func isLetter(_ s: Unicode.Scalar) -> Bool {
        !(0x064B...0x0652).contains(s.value) && s.value != 0x0670
    }

    private func capitalized(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// Letters (with their harakat) → segments.
    private func segmentize(_ scalars: [Unicode.Scalar]) -> [Segment] {
        var segments: [Segment] = []
        for scalar in scalars {
            let v = scalar.value
            let atStart = segments.isEmpty
            switch v {
            case 0x064E: segments.append(Segment(kind: .shortVowel, latin: "a"))   // fatha
            case 0x0650: segments.append(Segment(kind: .shortVowel, latin: "i"))   // kasra
            case 0x064F: segments.append(Segment(kind: .shortVowel, latin: "u"))   // damma
            case 0x0651:   // shadda doubles the consonant (NFC may put a vowel mark before it)
                if let k = segments.lastIndex(where: { $0.kind == .consonant }), k >= segments.count - 2 {
                    segments.insert(segments[k], at: k + 1)
                }
            case 0x064B...0x0652, 0x0670: break                                    // tanwin, sukun…
            case 0x0627, 0x0671: segments.append(Segment(kind: atStart ? .shortVowel : .longVowel, latin: "a"))
            case 0x0622: segments.append(Segment(kind: .longVowel, latin: "a"))
            case 0x0623: segments.append(atStart ? Segment(kind: .shortVowel, latin: "a") : Segment(kind: .consonant, latin: ""))
            case 0x0625: segments.append(atStart ? Segment(kind: .shortVowel, latin: "i") : Segment(kind: .consonant, latin: ""))
            case 0x0621, 0x0624, 0x0626: segments.append(Segment(kind: .consonant, latin: ""))
            case 0x0639: segments.append(Segment(kind: .consonant, latin: "", isAyn: true))
            case 0x0649: segments.append(Segment(kind: .longVowel, latin: "a"))
            case 0x0629: segments.append(Segment(kind: .longVowel, latin: "a"))
            case 0x0648: segments.append(Segment(kind: .glideW, latin: "w"))
            case 0x064A, 0x06CC: segments.append(Segment(kind: .glideY, latin: "y"))
            case 0x06C3, 0x06C0: segments.append(Segment(kind: .longVowel, latin: "a"))   // Urdu ۃ, Persian ۀ
            case 0x06D2, 0x06D3, 0x06D5: segments.append(Segment(kind: .longVowel, latin: "e"))   // Urdu ے, Kurdish ە
            default:
                // A letter without a rule is kept as it is: visible, never lost.
                segments.append(Segment(kind: .consonant, latin: Self.consonants[v] ?? String(scalar)))
            }
        }
        return segments
    }

    /// Decides whether each و / ي is a consonant (w, y) or a long vowel (u, i).
    private func resolveGlides(_ input: [Segment]) -> [Segment] {
        var segments = input
        let consonantCount = segments.filter { $0.kind != .shortVowel }.count
        for i in segments.indices where segments[i].kind == .glideW || segments[i].kind == .glideY {
            let isW = segments[i].kind == .glideW
            let previous = i > 0 ? segments[i - 1] : nil
            let next = i + 1 < segments.count ? segments[i + 1] : nil
            let afterVowel = previous.map { $0.isVowel } ?? false
            let beforeAlef = next.map { $0.kind == .longVowel || $0.kind == .shortVowel } ?? false
            if let previous, previous.kind == .shortVowel, previous.latin == (isW ? "u" : "i") {
                segments[i] = Segment(kind: .longVowel, latin: "")      // إي → i, أو → u: lengthening
            } else if previous == nil || afterVowel || beforeAlef {
                segments[i] = Segment(kind: .consonant, latin: isW ? "w" : "y")
            } else if !isW, i == 1, next != nil, consonantCount <= 4 {
                segments[i] = Segment(kind: .longVowel, latin: "ay")
            } else {
                segments[i] = Segment(kind: .longVowel, latin: isW ? "u" : "i")
            }
        }
        return segments
    }

    /// Writes the segments out, inserting the short vowels Arabic does not write.
    private func syllabify(_ segments: [Segment]) -> String {
        var out = ""
        let n = segments.count
        let muPattern = n >= 3 && segments[0].latin == "m" && segments[0].kind == .consonant
            && segments[1].kind == .consonant && segments[2].kind == .consonant
        var lastVowel: Segment.Kind? = nil   // the vowel most recently written
        var lastVowelText = ""
        for i in 0..<n {
            let segment = segments[i]
            if segment.isVowel {
                out += segment.latin
                lastVowel = segment.kind
                lastVowelText = segment.latin
                continue
            }
            let next = i + 1 < n ? segments[i + 1] : nil
            let nextIsVowel = next?.isVowel ?? false
            let isCoda = i > 0 && lastVowel == .shortVowel && next != nil && !nextIsVowel
                || next == nil && lastVowel != nil
            if segment.isAyn && isCoda && lastVowel != nil {
                out += lastVowelText     // شعبي → Shaabi
            } else {
                out += segment.latin
            }
            if next == nil || nextIsVowel {
                lastVowel = nil
                continue
            }
            if isCoda {
                lastVowel = nil
                continue
            }
            // Two consonants in a row with no written vowel: insert one.
            let inserted: String
            if i == 0 && muPattern { inserted = "u" }
            else if next?.latin == "y" && next?.kind == .consonant { inserted = "i" }   // -iyya
            else if lastVowel == .longVowel && lastVowelText == "a" { inserted = "i" }
            else if muPattern && i + 2 == n { inserted = "i" }
            else { inserted = "a" }
            out += inserted
            lastVowel = .shortVowel
            lastVowelText = inserted
        }
        return out
    }
}

extension NewsRomanizer {
    /// The scalars of `text` with Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF)
    /// replaced by their compatibility decomposition (NFKC of that scalar alone); all other
    /// scalars unchanged.
    static func unfoldingPresentationForms(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v),
               let folded = try? NormalizationForm.nfkc.normalize(String(scalar)), !folded.isEmpty {
                scalars.append(contentsOf: folded.unicodeScalars)
            } else {
                scalars.append(scalar)
            }
        }
        return scalars
    }
}
