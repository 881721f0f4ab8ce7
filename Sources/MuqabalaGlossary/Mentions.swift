import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// A name found in a sentence.
public struct FoundName: Equatable, Sendable {
    /// The name as written (surrounding punctuation, a possessive 's and, in Arabic, a
    /// proclitic و ف ب ك ل removed).
    public var form: String
    /// What the words around it say it is.
    public var kind: EntityKind?
}

/// An acronym defined in the text: "Kataib Sayyid al-Shuhada (KSS)".
public struct AcronymDefinition: Equatable, Sendable {
    public var acronym: String
    public var expansion: String
}

/// A word of a sentence with what the extractors need to know about its surroundings.
struct Word {
    var text: String
    /// Punctuation (other than hyphens and apostrophes) right before or after it.
    var breakBefore: Bool
    var breakAfter: Bool
    /// The word is wrapped in parentheses: "(KSS)".
    var parenthesized: Bool
}

/// Splits a sentence into words, keeping hyphens and apostrophes inside words
/// (al-Walai, Wala’i) and noting the punctuation that separates them.
func words(_ text: String) -> [Word] {
    let sentence = withoutAcronymDots(text)
    var result: [Word] = []
    var current = ""
    var pendingBreak = true
    var openParen = false
    func flush(breakAfter: Bool) {
        guard !current.isEmpty else { return }
        var text = current
        var breakAfter = breakAfter
        // A possessive ends a name: "Iran’s Islamic Revolutionary Guards Corps".
        for suffix in ["’s", "'s"] where text.hasSuffix(suffix) {
            text.removeLast(2)
            breakAfter = true
        }
        while let last = text.last, "-'’".contains(last) { text.removeLast() }
        while let first = text.first, "-'’".contains(first) { text.removeFirst() }
        if !text.isEmpty {
            result.append(Word(text: text, breakBefore: pendingBreak, breakAfter: breakAfter, parenthesized: openParen))
        }
        current = ""
        pendingBreak = false
        openParen = false
    }
    for character in sentence {
        if character.isLetter || character.isNumber || (!current.isEmpty && "-'’".contains(character))
            || character.unicodeScalars.first.map({ (0x064B...0x065F).contains($0.value) || $0.value == 0x0640 }) == true {
            current.append(character)
        } else if character.isWhitespace {
            flush(breakAfter: false)
        } else {
            let isOpen = character == "("
            flush(breakAfter: true)
            if let last = result.indices.last, character == ")" { result[last].breakAfter = true }
            pendingBreak = true
            if isOpen { openParen = true }
        }
    }
    flush(breakAfter: true)
    // A word is parenthesized if an opening parenthesis precedes it and a closing one follows.
    return result
}

/// "U.S." → "US", "U.N." → "UN": dotted acronyms as one word.
func withoutAcronymDots(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var out = ""
    let characters = Array(text)
    var k = 0
    while k < characters.count {
        // A run of "X." with single uppercase letters, at least two of them.
        var end = k
        while end + 1 < characters.count, characters[end].isUppercase, characters[end + 1] == ".",
              end == k || !characters[end - 1].isLetter {
            end += 2
        }
        if end - k >= 4, k == 0 || !characters[k - 1].isLetter {
            for j in stride(from: k, to: end, by: 2) { out.append(characters[j]) }
            // Keep a full stop that also ends the sentence.
            if end >= characters.count || characters[end] == " " && end + 1 < characters.count && characters[end + 1].isUppercase {
                if end < characters.count, !(characters[end + 1].isUppercase && end + 1 < characters.count) { out.append(".") }
            }
            k = end
            continue
        }
        out.append(characters[k])
        k += 1
    }
    return out
}

/// Finds person, group and place names in English sentences.
public struct EnglishNameFinder: Sendable {
    /// Tells common English words (a sentence-initial capital that is one is not a name).
    let lexicon: BilingualLexicon

    /// - Parameter lexicon: used to tell common words from names at the start of a sentence.
    public init(lexicon: BilingualLexicon) {
        self.lexicon = lexicon
    }

    func isDictionaryWord(_ word: String) -> Bool {
        lexicon.isCommonEnglishWord(word)
    }

    static func isCapitalized(_ word: String) -> Bool {
        // "al-Kadhimi", "ash-Shuhada": the article is lowercase, the name is not.
        let name = word.split(separator: "-").last.map(String.init) ?? word
        guard let first = word.first else { return false }
        if first.isUppercase { return true }
        let article = word.split(separator: "-").first.map { String($0).lowercased() } ?? ""
        return word.contains("-") && LanguageData.englishNameParticles.contains(article) && (name.first?.isUppercase ?? false)
    }

    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." }
        return (2...6).contains(letters.count) && letters.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// A common adjective of nationality or religion (Iraqi, Syrian, Shiite): not a name.
    func isDemonym(_ word: String) -> Bool {
        var lower = word.lowercased()
        if lower.hasSuffix("s"), lower.count > 4 { lower.removeLast() }   // Iraqis, Shiites
        let adjectival = lower.hasSuffix("i") || lower.hasSuffix("ian") || lower.hasSuffix("ese")
            || lower.hasSuffix("ish") || lower.hasSuffix("ite") || lower.hasSuffix("an")
        return adjectival && isDictionaryWord(lower)
    }

    /// The names and acronym definitions of one sentence.
    public func names(in sentence: String) -> (names: [FoundName], acronyms: [AcronymDefinition]) {
        let words = words(sentence)
        // A title-case headline ("Iraqi Militias Call for Volunteers") capitalizes common
        // words; its names appear in the body too.
        let capitalized = words.filter { Self.isCapitalized($0.text) }.count
        if words.count >= 5, capitalized * 10 >= words.count * 7 { return ([], []) }
        var found: [FoundName] = []
        var acronyms: [AcronymDefinition] = []
        var k = 0
        while k < words.count {
            guard Self.isCapitalized(words[k].text), !words[k].parenthesized || Self.isAcronym(words[k].text) else { k += 1; continue }
            // A run of capitalized words, with particles between them, not crossing punctuation.
            var end = k + 1
            while end < words.count, !words[end - 1].breakAfter, !words[end].breakBefore {
                let word = words[end].text
                if Self.isCapitalized(word) { end += 1; continue }
                if LanguageData.englishNameParticles.contains(word.lowercased()), end + 1 < words.count,
                   Self.isCapitalized(words[end + 1].text), !words[end].breakAfter { end += 2; continue }
                break
            }
            var run = Array(words[k..<end])
            let sentenceInitial = k == 0
            let after = end < words.count ? words[end].text.lowercased() : ""
            k = end
            // A parenthesized acronym right after the run defines it.
            if end < words.count, words[end].parenthesized, Self.isAcronym(words[end].text),
               let expansion = Self.expansion(of: words[end].text, in: run) {
                acronyms.append(AcronymDefinition(acronym: words[end].text.filter { $0 != "." }, expansion: expansion))
            }
            // A sentence starts with a capital: an opening stop word or common word is not a name.
            if sentenceInitial, let first = run.first, !Self.isAcronym(first.text) {
                if EnglishWordForm.isStopword(first.text.lowercased()) { run.removeFirst() }
                if run.count == 1, let only = run.first, isDictionaryWord(only.text) { run.removeFirst() }
            }
            found += split(run, after: after)
        }
        return (found, acronyms)
    }

    /// Splits a run at titles ("Iraqi Prime Minister Mustafa al-Kadhimi" → "Iraqi",
    /// "Mustafa al-Kadhimi" as a person) and drops what is not a name.
    func split(_ run: [Word], after: String) -> [FoundName] {
        var pieces: [(words: [String], kind: EntityKind?)] = []
        var current: [String] = []
        var titled = false
        for word in run.map(\.text) {
            let lower = word.lowercased()
            if LanguageData.englishTitles.contains(lower) {
                if !current.isEmpty { pieces.append((current, nil)) }
                current = []
                titled = true
                continue
            }
            // An acronym leading a run is its own name: "KSS spokesman", "US President".
            if current.count == 1, Self.isAcronym(current[0]), !Self.isAcronym(word) {
                pieces.append((current, nil))
                current = []
            }
            current.append(word)
        }
        if !current.isEmpty { pieces.append((current, titled ? .person : nil)) }
        var result: [FoundName] = []
        for (index, piece) in pieces.enumerated() {
            var words = piece.words
            while let first = words.first, LanguageData.englishNameParticles.contains(first.lowercased()) { words.removeFirst() }
            while let last = words.last, LanguageData.englishNameParticles.contains(last.lowercased()) { words.removeLast() }
            // "Iraqi Popular Mobilization Forces": the demonym describes the name.
            if words.count >= 3, isDemonym(words[0]) { words.removeFirst() }
            // "in July Washington and Baghdad agreed": dates are not part of names.
            func isDate(_ word: String) -> Bool {
                LanguageData.englishMonths[word.lowercased()] != nil || LanguageData.englishWeekdays[word.lowercased()] != nil
            }
            while words.count > 1, let first = words.first, isDate(first) { words.removeFirst() }
            while words.count > 1, let last = words.last, isDate(last) { words.removeLast() }
            guard !words.isEmpty else { continue }
            // Hyphenated adjectives (Iran-linked) and demonyms (Iraqi) are not names.
            if words.count == 1 {
                let word = words[0]
                if let tail = word.split(separator: "-").last, word.contains("-"), tail.first?.isLowercase == true { continue }
                if isDemonym(word) || EnglishWordForm.isStopword(word.lowercased()) { continue }
                // Months and weekdays are dates, not names.
                let lower = word.lowercased()
                if LanguageData.englishMonths[lower] != nil || LanguageData.englishWeekdays[lower] != nil { continue }
            }
            let form = Self.withoutPossessive(words.joined(separator: " "))
            var kind = piece.kind
            let lastPiece = index == pieces.count - 1
            for word in words {
                if let hint = LanguageData.englishTypeTriggers[word.lowercased()] { kind = kind ?? hint }
            }
            if lastPiece, LanguageData.englishTypeTriggers[after] == .place { kind = kind ?? .place }
            result.append(FoundName(form: form, kind: kind))
        }
        return result
    }

    static func withoutPossessive(_ form: String) -> String {
        for suffix in ["’s", "'s"] where form.hasSuffix(suffix) { return String(form.dropLast(2)) }
        return form
    }

    /// The words of `run` whose initials spell `acronym` (particles and "the" skipped);
    /// one letter may differ for acronyms of four letters or more.
    static func expansion(of acronym: String, in run: [Word]) -> String? {
        let letters = Array(acronym.filter { $0 != "." }.uppercased())
        let content = run.map(\.text).filter {
            !LanguageData.englishNameParticles.contains($0.lowercased()) && $0.lowercased() != "the"
        }
        guard content.count >= letters.count else { return nil }
        let tail = Array(content.suffix(letters.count))
        let initials = tail.map { word -> Character in
            let name = word.split(separator: "-").last.map(String.init) ?? word
            return Character(String(name.first ?? " ").uppercased())
        }
        let mismatches = zip(initials, letters).filter { $0 != $1 }.count
        guard mismatches == 0 || (letters.count >= 4 && mismatches == 1 && initials.first == letters.first) else { return nil }
        // Keep the particles between the chosen words: start at the first chosen word in the run.
        guard let startWord = tail.first, let start = run.lastIndex(where: { $0.text == startWord }) else { return nil }
        return run[start...].map(\.text).joined(separator: " ")
    }
}

/// Finds names in Arabic sentences, where there is no capitalization to go by.
public struct ArabicNameFinder: Sendable {
    /// Reads the clitics on Arabic words.
    let wordModel: ArabicWordModel

    public init(wordModel: ArabicWordModel) {
        self.wordModel = wordModel
    }

    /// An Arabic word as written and `search`-normalized, with a leading و ف ب ك ل removed.
    struct ArabicWord {
        var text: String
        var folded: String
        var breakAfter: Bool
        /// A conjunction و or ف was stripped from it: a new name starts here.
        var afterConjunction: Bool
    }

    /// The words of an Arabic sentence as the word model reads them: conjunction and
    /// preposition removed when the evidence says they are clitics (the document's own words
    /// count), a word that is itself a known head or title kept whole.
    func arabicWords(_ sentence: String, document: ArabicWordCounts? = nil) -> [ArabicWord] {
        words(sentence).filter { ScriptCounts($0.text).dominant == .arabic }.map { word in
            let whole = Normalizer.search.normalize(word.text)
            var text = ArabicScript.letters(word.text)
            var conjunction = false
            if LanguageData.arabicNameHeads[whole] == nil, LanguageData.arabicTriggers[whole] == nil,
               let reading = wordModel.analyze(word.text, document: document), reading.hasProclitics {
                text = reading.form
                conjunction = reading.conjunction != nil
            }
            return ArabicWord(text: text, folded: Normalizer.search.normalize(text), breakAfter: word.breakAfter,
                              afterConjunction: conjunction)
        }
    }

    /// Names introduced by a head (كتائب، حركة، أبو… part of the name) or a trigger
    /// (الشيخ، الرئيس، محافظة… not part of it).
    public func names(in sentence: String) -> [FoundName] {
        let words = arabicWords(sentence)
        var found: [FoundName] = []
        var k = 0
        while k < words.count {
            let word = words[k]
            if let kind = LanguageData.arabicNameHeads[word.folded] {
                let span = nameSpan(words, from: k + 1, max: kind == .person ? 2 : 3)
                if span > 0 {
                    found.append(FoundName(form: words[k...(k + span)].map(\.text).joined(separator: " "), kind: kind))
                    k += span + 1
                    continue
                }
            } else if let kind = LanguageData.arabicTriggers[word.folded], !word.breakAfter {
                // رئيس الوزراء, المتحدث باسم: the title goes on.
                var start = k + 1
                while start < words.count, ["الوزراء", "باسم", "العام", "العراقي", "الامريكي", "الايراني"].contains(words[start].folded) {
                    start += 1
                }
                if start < words.count, LanguageData.arabicNameHeads[words[start].folded] == nil {
                    let span = kind == .place ? placeSpan(words, from: start) : personSpan(words, from: start)
                    if span > 0 {
                        found.append(FoundName(form: words[start..<(start + span)].map(\.text).joined(separator: " "), kind: kind))
                        k = start + span
                        continue
                    }
                }
            }
            k += 1
        }
        return found
    }

    /// How many words after a head belong to the name (0: none), stopping at punctuation
    /// and function words.
    private func nameSpan(_ words: [ArabicWord], from start: Int, max: Int) -> Int {
        var length = 0
        while start + length < words.count, length < max {
            let word = words[start + length]
            if ArabicWordForm.isStopword(word.folded) || LanguageData.arabicTriggers[word.folded] != nil || word.afterConjunction { break }
            length += 1
            if word.breakAfter { break }
        }
        return length
    }

    /// A person's name after a title: a first name and a family name (كاظم الفرتوسي,
    /// جو بايدن), or one word when the next one cannot continue a name.
    private func personSpan(_ words: [ArabicWord], from start: Int) -> Int {
        guard start < words.count, !ArabicWordForm.isStopword(words[start].folded), !words[start].folded.hasPrefix("ال") else { return 0 }
        if !words[start].breakAfter, start + 1 < words.count {
            let next = words[start + 1]
            if !ArabicWordForm.isStopword(next.folded), !next.afterConjunction,
               LanguageData.arabicTriggers[next.folded] == nil, LanguageData.arabicNameHeads[next.folded] == nil {
                return 2
            }
        }
        return 1
    }

    /// A place after a trigger: one word (محافظة الأنبار, مطار أربيل), or two when the
    /// second carries the article and is not a nisba adjective (قاعدة عين الأسد, but not
    /// مطار أربيل الدولي).
    private func placeSpan(_ words: [ArabicWord], from start: Int) -> Int {
        guard start < words.count, !ArabicWordForm.isStopword(words[start].folded) else { return 0 }
        let first = words[start]
        if !first.folded.hasPrefix("ال"), !first.breakAfter, start + 1 < words.count {
            let next = words[start + 1].folded
            if next.hasPrefix("ال"), !next.hasSuffix("ي"), !next.hasSuffix("يه"), !ArabicWordForm.isStopword(next),
               !words[start + 1].afterConjunction {
                return 2
            }
        }
        return 1
    }

    /// The span of an Arabic sentence that spells an English name, if one scores at least
    /// `threshold` with the name matcher (spans of up to one word more than the name).
    public func span(matching english: PhoneticName, in sentence: String, matcher: NameMatcher,
                     threshold: Double = 0.72) -> (form: String, score: Double)? {
        let words = arabicWords(sentence)
        let nameWords = max(1, english.units.filter { $0 == .space }.count + 1)
        var best: (String, Double)?
        for start in words.indices {
            for length in 1...min(nameWords + 1, words.count - start) {
                let slice = words[start..<(start + length)]
                if slice.dropLast().contains(where: \.breakAfter) { break }
                let form = slice.map(\.text).joined(separator: " ")
                let score = matcher.similarity(english, matcher.parse(form))
                if score >= threshold, score > (best?.1 ?? 0) { best = (form, score) }
            }
        }
        return best
    }
}
