import MuqabalaLexicon
import MuqabalaText

/// A name found in a sentence.
package struct FoundName: Equatable, Sendable {
    /// The name as written (titles, surrounding punctuation and a possessive 's removed; in
    /// Arabic, conjunctions and prepositions the word model reads as clitics removed).
    package var form: String
    /// What the words around it say it is, if anything.
    package var kind: EntityKind?
    /// Words around it that hint at its kind: the word before it when it is a determiner or a
    /// preposition of place (the, in, at, from…), the word after it when it is a verb of saying.
    package var cues: [String]

    package init(form: String, kind: EntityKind? = nil, cues: [String] = []) {
        self.form = form
        self.kind = kind
        self.cues = cues
    }
}

/// An acronym defined in the text: "Kataib Sayyid al-Shuhada (KSS)".
package struct AcronymDefinition: Equatable, Sendable {
    package var acronym: String
    package var expansion: String
}

/// A word of an English sentence, as the name finder sees it.
struct NameToken: Equatable {
    /// The word as written, without a possessive 's or a # in front.
    var text: String
    /// Punctuation (other than what joins words) right before or after it.
    var breakBefore: Bool
    var breakAfter: Bool
    /// Inside parentheses: "(KSS)".
    var parenthesized: Bool
    /// Ended in a possessive 's (Iran’s), as written ("’s" or "'s"; empty if not).
    var possessiveMark: String = ""
    var possessive: Bool { !possessiveMark.isEmpty }
    /// Written as a hashtag (#Zelda) or a handle (@name).
    var hashtag: Bool
    var handle: Bool
    /// The last punctuation mark before the word since the previous word, if any.
    var punctuationBefore: Character? = nil
    /// Whether quotation marks enclose it together with its neighbours: "Too Hot to Handle".
    var quoted = false

    /// Opens a sentence inside a sentence: after an opening quote, a dash, a colon or an ellipsis.
    var opensClause: Bool {
        guard let mark = punctuationBefore else { return false }
        return "\"“‘'—–:…(-".contains(mark)
    }

    var lower: String { text.lowercased() }
    var isNumber: Bool { text.unicodeScalars.allSatisfy { $0.properties.numericType != nil || $0 == "," || $0 == "." || $0 == "-" } && text.first?.isNumber == true }
    var isOrdinal: Bool { EnglishNameFinder.isOrdinal(lower) }
}

/// Splits an English sentence into words, keeping what joins the letters of a name inside
/// a word (al-Walai, Wala’i, AT&T, U.S., TP-Link, Dennis M. Kelleher's "M.") and noting
/// the punctuation between words.
func nameTokens(_ sentence: String) -> [NameToken] {
    var result: [NameToken] = []
    let characters = Array(sentence)
    var k = 0
    var pendingBreak = true
    var depth = 0
    var lastMark: Character? = nil
    var inQuotes = false
    func isJoiner(_ c: Character) -> Bool { c == "-" || c == "'" || c == "’" || c == "&" || c == "." || c == "_" }
    while k < characters.count {
        let c = characters[k]
        if c.isLetter || c.isNumber || ((c == "#" || c == "@" || c == "$") && k + 1 < characters.count && characters[k + 1].isLetter) {
            var end = k + 1
            while end < characters.count {
                let d = characters[end]
                if d.isLetter || d.isNumber || d.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) {
                    end += 1
                } else if isJoiner(d), end + 1 < characters.count, characters[end + 1].isLetter || characters[end + 1].isNumber,
                          // A full stop between a lowercase and a capital letter is a missing
                          // space after a sentence ("in April.The White House"), not a domain.
                          !(d == "." && characters[end - 1].isLowercase && characters[end + 1].isUppercase) {
                    end += 1
                } else if d == ".", end - k == 1, characters[k].isUppercase {
                    end += 1   // an initial: "M."
                    break
                } else {
                    break
                }
            }
            var text = String(characters[k..<end])
            // A dot that belongs to the word: U.S., Jr., Inc.
            if end < characters.count, characters[end] == ".",
               text.contains(".") && text.split(separator: ".").allSatisfy({ $0.count == 1 }) || NameData.englishAbbreviations.contains(text.lowercased()) {
                text.append(".")
                end += 1
            }
            var possessive = ""
            for suffix in ["’s", "'s"] where text.count > 2 && text.hasSuffix(suffix) {
                text.removeLast(2)
                possessive = suffix
            }
            // A plural's possessive (the Thirty Years' War, Workers' Party): the apostrophe
            // after an s and before a space is no closing quote, outside quotation marks.
            if possessive.isEmpty, !inQuotes, end + 1 < characters.count, characters[end] == "'" || characters[end] == "’",
               characters[end - 1] == "s", characters[end + 1].isWhitespace, text.count > 2 {
                possessive = String(characters[end])
                end += 1
            }
            if text.hasSuffix("’") || text.hasSuffix("'") { text.removeLast() }
            let hashtag = text.hasPrefix("#"), handle = text.hasPrefix("@")
            if hashtag || handle { text.removeFirst() }
            let breakAfter: Bool
            if end < characters.count {
                let d = characters[end]
                breakAfter = !(d.isWhitespace)
            } else {
                breakAfter = true
            }
            // A hashtag stands alone: "#PilotTraining #Flying #TeaganAir" is three tags, not a name.
            result.append(NameToken(text: text, breakBefore: pendingBreak || hashtag,
                                    breakAfter: breakAfter || !possessive.isEmpty || hashtag,
                                    parenthesized: depth > 0, possessiveMark: possessive, hashtag: hashtag, handle: handle,
                                    punctuationBefore: lastMark, quoted: inQuotes))
            pendingBreak = false
            lastMark = nil
            k = end
            continue
        }
        if c == "(" || c == "[" { depth += 1 }
        if c == ")" || c == "]" { depth = max(0, depth - 1) }
        // A straight quote opens or closes by its place (a quotation may have opened in the
        // previous sentence: `…this year," Taras Kremen said` closes one): after a space or
        // at the start it opens, before a space or at the end it closes.
        if c == "“" { inQuotes = true } else if c == "”" { inQuotes = false } else if c == "\"" {
            let before = k > 0 ? characters[k - 1] : " ", after = k + 1 < characters.count ? characters[k + 1] : " "
            if before.isWhitespace && !after.isWhitespace { inQuotes = true }
            else if after.isWhitespace && !before.isWhitespace { inQuotes = false }
            else { inQuotes.toggle() }
        }
        if !c.isWhitespace {
            lastMark = c
            pendingBreak = true
            if let last = result.indices.last { result[last].breakAfter = true }
        }
        k += 1
    }
    return result
}

/// Where a sentence's words begin: after the labels that number a paragraph or an item of a
/// list ("7 During the biennium", "18A.128 During", "(a) Notes with appreciation", "iv. Adoption of the
/// agenda"), up to three of them. The word there opens the sentence: its capital says nothing.
func openingWord(_ tokens: [NameToken]) -> Int {
    func isLabel(_ token: NameToken) -> Bool {
        // 7, 12.67, 18A.128: a number, or a paragraph number with a section letter.
        if token.text.first?.isNumber == true && !token.text.contains(where: \.isLowercase) { return true }
        let letters = token.text.filter { $0 != "." }
        guard token.parenthesized || token.breakAfter else { return false }
        return letters.count == 1 && letters.first?.isLetter == true
            || EnglishNameFinder.isRomanNumeral(letters.uppercased()) && letters.count <= 4
    }
    var k = 0
    while k < min(3, tokens.count - 1), isLabel(tokens[k]) { k += 1 }
    return k
}

/// What the English sentences of one document say about its words: which appear
/// capitalized inside sentences (names) and which in lowercase (common words). A capital at
/// the start of a sentence says nothing, so this decides whether "Labour" there is a name.
package struct EnglishDocumentContext: Sendable {
    var capitalizedInside: Set<String> = []
    var lowercase: Set<String> = []
    /// Runs of two or more capitalized words seen inside sentences, lowercased, their small
    /// words left out ("global running tours"): a name of common words at the start of a
    /// sentence is still a name when the document writes it inside one.
    var insideRuns: Set<String> = []
    /// Acronyms the document defines by lowercase words ("acute respiratory distress syndrome
    /// (ARDS)", "in the private rented sector (PRS)"): terms, not names, wherever they occur
    /// in it. (A name's acronym is defined by the name, capitalized: World Health Organization (WHO).)
    var termAcronyms: Set<String> = []

    /// The key of a run in ``insideRuns``.
    static func runKey(_ words: [String]) -> String {
        words.filter { $0.first?.isUppercase == true }.map { $0.lowercased() }.joined(separator: " ")
    }

    /// The acronym (dots and a plural s dropped) if the words before it, up to the last
    /// punctuation, spell it and are all lowercase.
    static func termAcronym(_ written: String, after before: ArraySlice<NameToken>) -> String? {
        var acronym = written.filter { $0 != "." }
        if acronym.count > 2, acronym.last == "s", acronym.dropLast().allSatisfy({ $0.isUppercase || $0.isNumber }) { acronym.removeLast() }
        var words: [String] = []
        for token in before.reversed() {
            words.insert(token.text, at: 0)
            if token.breakBefore || token.parenthesized { break }
        }
        guard let expansion = EnglishNameFinder.expansion(of: acronym, in: words) else { return nil }
        let content = expansion.split(separator: " ").filter { !NameData.englishConnectors.contains($0.lowercased()) }
        return content.allSatisfy({ $0.first?.isLowercase == true }) ? acronym : nil
    }

    /// Whether a name found in the document is one of its ``termAcronyms`` (or its plural).
    func isTermAcronym(_ form: String) -> Bool {
        guard !termAcronyms.isEmpty else { return false }
        var key = form.filter { $0 != "." }
        if termAcronyms.contains(key) { return true }
        if key.count > 2, key.last == "s" { key.removeLast(); return termAcronyms.contains(key) }
        return false
    }

    /// Capitalized words of titles do not count: a run of capitalized words (small words
    /// between allowed) holding this many words the document also writes in lowercase is a
    /// title in title case ("Patients with Coronavirus Disease 2019"), whose capitals say
    /// nothing of its words.
    static let titleCommonWords = 3

    package init(sentences: [String] = []) {
        let tokenized = sentences.map(nameTokens)
        for tokens in tokenized {
            for token in tokens where token.text.first?.isLowercase == true { lowercase.insert(token.lower) }
            for (k, token) in tokens.enumerated() where k > 0 && token.parenthesized
                && (EnglishNameFinder.isAcronym(token.text) || token.text.hasSuffix("s") && EnglishNameFinder.isAcronym(String(token.text.dropLast()))) {
                if let acronym = Self.termAcronym(token.text, after: tokens[max(0, k - 12)..<k]) { termAcronyms.insert(acronym) }
            }
        }
        for tokens in tokenized {
            var run: [NameToken] = []
            func close() {
                let common = run.filter { lowercase.contains($0.lower) }.count
                // The last word of a longer name is its head, often a common word (CBC News,
                // Curie Institute): it says nothing of the word alone at a sentence's start.
                if common < Self.titleCommonWords { for token in run.count >= 2 ? run.dropLast() : run[...] { capitalizedInside.insert(token.lower) } }
                if run.count >= 2 { insideRuns.insert(Self.runKey(run.map(\.text))) }
                run = []
            }
            let opening = openingWord(tokens)
            for (k, token) in tokens.enumerated() {
                guard let first = token.text.first, first.isLetter else { close(); continue }
                if first.isUppercase {
                    if token.breakBefore { close() }
                    if k > opening && !token.breakBefore { run.append(token) }
                    if token.breakAfter || token.possessive { close() }
                } else if !NameData.englishTitleSmallWords.contains(token.lower) {
                    close()
                }
            }
            close()
        }
    }
}

/// Finds the names of people, organizations, places and other named things in English
/// sentences, from capitalization, with evidence for the hard cases:
/// - a capital at the start of a sentence counts only if the word is not a common word, or
///   the document capitalizes it elsewhere inside a sentence;
/// - titles and offices are split off the front (Secretary of State Mike Pompeo → Mike
///   Pompeo, a person), contractions (I'm) and holidays are not names, nor a demonym used as
///   an adjective (Scottish businesses);
/// - "X of Y" is one name when X ends in a head word (Bank of England, Department of Justice)
///   or is one common word (Brewers of Europe), else two (Carlos Varela of Panama); "A and B"
///   is one name when B ends in an organization or other head word (Securities and Exchange
///   Commission), else two;
/// - a possessive ends a name (Iran’s Revolutionary Guards) unless one or two common words
///   follow (Al’s Pawnshop); ordinals and model numbers between capitals belong (2nd Army,
///   Boeing 737 MAX 9).
package struct EnglishNameFinder: Sendable {
    /// Tells common English words from names.
    let lexicon: BilingualLexicon
    let exonyms: Exonyms

    package init(lexicon: BilingualLexicon, exonyms: Exonyms) {
        self.lexicon = lexicon
        self.exonyms = exonyms
    }

    /// Whether a word is a common English word (a dictionary word seen in lowercase).
    func isCommon(_ word: String, context: EnglishDocumentContext) -> Bool {
        let lower = word.lowercased()
        if EnglishWordForm.isStopword(lower) || NameData.englishCapitalizedCommonWords.contains(lower) { return true }
        // A number word ("One of the…", "Two men…") is common, whatever the document capitalizes
        // ("Number One").
        if Self.isNumberWord(lower) { return true }
        if context.capitalizedInside.contains(lower) { return false }
        return context.lowercase.contains(lower) || lexicon.isCommonEnglishWordOrPlural(lower)
    }

    static func isCapitalized(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if first.isUppercase { return true }
        // "al-Kadhimi", "ash-Shuhada": the article is lowercase, the name is not.
        let parts = word.split(separator: "-")
        if parts.count >= 2, NameData.englishConnectors.contains(parts[0].lowercased()) || ["ash", "ad", "an", "ar", "as", "at", "az", "adh"].contains(parts[0].lowercased()),
           parts.last?.first?.isUppercase == true {
            return true
        }
        // iMessage, eBay: a lowercase letter, then capitals.
        return first.isLetter && word.dropFirst().contains(where: \.isUppercase) && !word.contains("-")
    }

    /// A word without a final 's or ’s ("Where's" → "Where": a stop word's 's is "is").
    static func withoutPossessive(_ word: String) -> String {
        for mark in ["'s", "’s"] where word.hasSuffix(mark) && word.count > mark.count { return String(word.dropLast(mark.count)) }
        return word
    }

    /// "one", "two", … "hundred" (lowercase).
    static func isNumberWord(_ lower: String) -> Bool { lower == "one" || LanguageData.englishCardinals[lower] != nil }

    static func isAcronym(_ word: String) -> Bool {
        let letters = word.filter { $0 != "." && $0 != "&" }
        return (2...6).contains(letters.count) && letters.allSatisfy { ($0.isUppercase && $0.isLetter) || $0.isNumber }
            && letters.contains(where: \.isLetter)
    }

    /// A word that may stand in a name: capitalized, an acronym, or a model code (A350, ESP32).
    static func isNameWord(_ token: NameToken) -> Bool {
        guard !token.handle, !NameData.englishNonNameAcronyms.contains(token.lower) else { return false }
        let text = token.text
        if isCapitalized(text) { return true }
        return text.first?.isNumber == false && text.contains(where: \.isNumber) && text.contains(where: \.isUppercase)
    }

    /// A capital letter alone that labels what comes before it rather than naming anything: a
    /// unit after a number or a sign (37 °C, 4×109/L), a letter after a lowercase word
    /// (vitamin C, hepatitis B, the letter B). A letter after a preposition may be a name
    /// (posted on X).
    static func isLabelLetter(_ token: NameToken, after previous: NameToken) -> Bool {
        guard token.text.count == 1, token.text.first?.isUppercase == true else { return false }
        if let mark = token.punctuationBefore, "°/×".contains(mark) { return true }
        if previous.isNumber { return true }
        return previous.text.first?.isLowercase == true && !EnglishWordForm.isStopword(previous.lower) && !previous.breakAfter
    }

    /// A word that is never a name: a contraction (I'm, we'll), an interjection (Psst, Yay,
    /// Arggh, Heheh; ``NameData/englishNonNames``), the pronoun I, a holiday.
    static func isNonName(_ word: String) -> Bool {
        // A Roman numeral is no held letter (II is not I): World War II, John Paul II.
        if isRomanNumeral(word) { return false }
        let lower = word.lowercased()
        if NameData.englishNonNames.contains(lower) || isContraction(word) { return true }
        if NameData.englishKinshipWords.contains(lower), word != word.uppercased() { return true }
        // A letter held longer: Psssst, Aaaah, Arggh.
        var folded = ""
        for c in lower where c != folded.last { folded.append(c) }
        if NameData.englishNonNames.contains(folded) { return true }
        // Laughter: haha, hehe, heheh, hihi.
        return isLaughter(lower)
    }

    /// "haha", "hehehe", "heheh": h and a vowel, repeated, perhaps with a final h.
    static func isLaughter(_ lower: String) -> Bool {
        var rest = Substring(lower)
        if rest.hasSuffix("h") { rest = rest.dropLast() }
        guard rest.count >= 4, rest.count.isMultiple(of: 2) else { return false }
        var i = rest.startIndex
        while i < rest.endIndex {
            let h = rest[i], vowel = rest[rest.index(after: i)]
            guard h == "h", "aeiou".contains(vowel) else { return false }
            i = rest.index(i, offsetBy: 2)
        }
        return true
    }

    /// An ordinal written in digits, lowercase: "1st", "2nd", "14th".
    static func isOrdinal(_ lower: String) -> Bool {
        lower.first?.isNumber == true && (lower.hasSuffix("st") || lower.hasSuffix("nd") || lower.hasSuffix("rd") || lower.hasSuffix("th"))
            && lower.dropLast(2).allSatisfy(\.isNumber)
    }

    /// "I'm", "I've", "we'll": a contraction, not a name.
    static func isContraction(_ word: String) -> Bool {
        for apostrophe in ["'", "’"] where word.contains(apostrophe) {
            let tail = word.split(separator: Character(apostrophe)).last.map { $0.lowercased() } ?? ""
            if NameData.contractionEndings.contains(tail) { return true }
        }
        return false
    }

    static func isMonthOrDay(_ word: String) -> Bool {
        var lower = word.lowercased()
        if LanguageData.englishMonths[lower] != nil || LanguageData.englishWeekdays[lower] != nil { return true }
        if lower.hasSuffix("s") { lower.removeLast() }   // Saturdays
        return LanguageData.englishWeekdays[lower] != nil
    }

    /// The head of a name: the word before its first "of", "on", "for" or "against" (Department
    /// of Justice, Treaty on the Non-Proliferation of Nuclear Weapons), else its last.
    /// (`after`: the words a head may stand before; the left of "A and B" takes "of" only, so
    /// that "National Coalition for Syrian Revolutionary and Opposition Forces" stays one.)
    static func headWord(_ words: [String], after connectors: Set<String> = ["of", "on", "for", "against"]) -> String {
        if let of = words.firstIndex(where: { connectors.contains($0.lowercased()) }), of > 0 { return words[of - 1] }
        return words.last ?? ""
    }

    /// The names and acronym definitions of one sentence.
    package func names(in sentence: String, context: EnglishDocumentContext = EnglishDocumentContext()) -> (names: [FoundName], acronyms: [AcronymDefinition]) {
        let written = nameTokens(sentence)
        // A sentence written in capitals shouts; its words are not names (BUT I COULD NOT…).
        let words = written.filter { $0.text.first?.isLetter == true }
        let upperWords = words.filter { $0.text.count >= 2 && $0.text == $0.text.uppercased() }
        if words.count >= 3, upperWords.count * 10 >= words.count * 6 { return ([], []) }
        let tokens = lowercasingHeadline(written)
        var found: [FoundName] = []
        var acronyms: [AcronymDefinition] = []
        var runs: [NameRun] = []
        let opening = openingWord(tokens)
        var k = 0
        while k < tokens.count {
            if tokens[k].hashtag, isTagPhrase(tokens[k].text) { k += 1; continue }
            guard Self.isNameWord(tokens[k]) || (tokens[k].isOrdinal && k + 1 < tokens.count && !tokens[k].breakAfter
                                                  && Self.isNameWord(tokens[k + 1])) else { k += 1; continue }
            if let end = theNameEnd(tokens, from: k, opening: opening) {
                found.append(FoundName(form: tokens[k..<end].map(\.text).joined(separator: " ")))
                k = end
                continue
            }
            if let end = titleCaseEnd(tokens, from: k) {
                found.append(FoundName(form: tokens[k..<end].map(\.text).joined(separator: " "), kind: nil, cues: [NameData.quotedCue]))
                k = end
                continue
            }
            var end = runEnd(tokens, from: k)
            // "the Biden administration": a government named by its leader is a name of its
            // own, its head in lowercase (an organization, not the person). Not after a
            // common word or a letter (a State administration, vitamin K administration).
            if end < tokens.count, tokens[end].text == "administration", !tokens[end - 1].breakAfter, !tokens[end - 1].possessive,
               tokens[end - 1].text.count >= 2, !isCommon(tokens[end - 1].text, context: context) {
                end += 1
            }
            if end == k + 1, k > 0, Self.isLabelLetter(tokens[k], after: tokens[k - 1]) { k = end; continue }
            let run = Array(tokens[k..<end])
            // A parenthesized acronym right after the run defines it.
            if end < tokens.count, tokens[end].parenthesized, Self.isAcronym(tokens[end].text), !run.last!.parenthesized,
               let expansion = Self.expansion(of: tokens[end].text, in: run.map(\.text)) {
                acronyms.append(AcronymDefinition(acronym: tokens[end].text.filter { $0 != "." }, expansion: expansion))
            }
            // A full stop the segmenter did not split at ("…no outage. Slowest site") opens a
            // sentence too, unless it ends an abbreviation or an initial (Dr. Smith, J. Smith);
            // so does a closing quotation mark, which ends a quoted sentence in dialogue
            // ("“…the morning chow” One of the men answered").
            let afterStop = k > 0 && tokens[k].punctuationBefore.map { ".!?”".contains($0) } == true
                && (tokens[k].punctuationBefore != "." || tokens[k - 1].text.count > 1 && tokens[k - 1].text.first?.isLowercase == true)
            var names = pieces(run, sentenceInitial: k == opening || tokens[k].opensClause || afterStop, next: end < tokens.count ? tokens[end] : nil,
                               previous: k > 0 ? tokens[k - 1] : nil, context: context)
            if !names.isEmpty {
                annotate(&names, run: run, in: tokens, at: k, end: end)
                runs.append(NameRun(tokens: k..<end, names: found.count..<(found.count + names.count)))
            }
            found += names
            k = end
        }
        markLists(runs, tokens, &found)
        found.removeAll { context.isTermAcronym($0.form) }
        return (found, acronyms)
    }

    /// A title-case headline capitalizes common words ("Regulators Approve New Bitcoin ETFs"):
    /// there, only words that are not common words can be names, so the others are read in
    /// lowercase. Other sentences are returned as they are.
    func lowercasingHeadline(_ tokens: [NameToken]) -> [NameToken] {
        let words = tokens.filter { $0.text.first?.isLetter == true }
        let capitalized = words.filter { Self.isCapitalized($0.text) }.count
        let content = words.dropFirst().filter {
            Self.isCapitalized($0.text) && !Self.isAcronym($0.text) && !NameData.englishTitles.contains($0.lower)
                && !NameData.englishTitleModifiers.contains($0.lower) && !NameData.englishTitleDomains.contains($0.lower)
        }
        let commonContent = content.filter { lexicon.isCommonEnglishWord($0.text) && !lexicon.isNameWord($0.text) }.count
        guard words.count >= 5, capitalized * 10 >= words.count * 7, commonContent * 2 >= content.count else { return tokens }
        return tokens.map { token in
            var token = token
            if Self.isCapitalized(token.text), !Self.isAcronym(token.text), !lexicon.isNameWord(token.text),
               lexicon.isCommonEnglishWord(token.text) || EnglishWordForm.isStopword(token.lower) {
                token.text = token.text.lowercased()
            }
            return token
        }
    }

    /// Adds to the names found in `run` (tokens `k..<end`) the cues its surroundings give:
    /// a determiner or preposition before it, a verb of saying or a noun of place after it,
    /// an apposition, quotation marks around it, a greeting addressing it.
    func annotate(_ names: inout [FoundName], run: [NameToken], in tokens: [NameToken], at k: Int, end: Int) {
        // "the Biden administration": the name modifies a noun; "the" is that noun's.
        let modifies = end < tokens.count && !run.last!.breakAfter && tokens[end].text.first?.isLowercase == true
        // "from Thassalin's jaws": the preposition is the body part's, not the name's.
        let ownsPersonalNoun = end < tokens.count && run.last!.possessive && tokens[end].text.first?.isLowercase == true
            && NameData.englishPersonalNouns.contains(tokens[end].lower)
        if k > 0, !tokens[k - 1].breakAfter, NameData.englishCuesBefore.contains(tokens[k - 1].lower),
           run.first.map({ names[0].form.hasPrefix($0.text) }) == true, !(modifies && tokens[k - 1].lower == "the"),
           !(names.count == 1 && ownsPersonalNoun) {
            names[0].cues.append(tokens[k - 1].lower)
        }
        // A capitalized preposition opening the run was dropped from the name ("In Thessaly he
        // defeated…"); it is the name's cue all the same. Not "The", which opens any sentence;
        // nor before a possessive, common words or a noun the name modifies, where it opens a
        // topic more often than a place ("In Shakespeare's plays", "In Mission Support, …",
        // "In IDP shelters").
        if run.count >= 2, !(modifies && !EnglishWordForm.isStopword(tokens[end].lower)), run[0].text.first?.isUppercase == true, run[0].lower != "the", NameData.englishCuesBefore.contains(run[0].lower),
           !run[0].breakAfter, names[0].form.hasPrefix(run[1].text), !run.contains(where: \.possessive),
           !names[0].form.split(separator: " ").contains(where: { lexicon.isCommonEnglishWordOrPlural(String($0)) }) {
            names[0].cues.append(run[0].lower)
        }
        if end < tokens.count, !run.last!.breakAfter, NameData.englishCuesAfter.contains(tokens[end].lower) {
            names[names.count - 1].cues.append(tokens[end].lower)
        }
        // "Thassalin, who had…": a relative "who" after a comma is a person's too; after an
        // acronym, a head word or a longer name (the head of BNUB, who…; Hubei Provincial
        // Hospital, who…) it is more often the people's of a phrase around the name.
        if end < tokens.count, tokens[end].lower == "who", tokens[end].punctuationBefore == ",", !run.last!.possessive,
           run.count <= 2, !Self.isAcronym(run.last!.text), NameData.englishHeads[run.last!.lower] == nil {
            names[names.count - 1].cues.append("who")
        }
        // A noun of place right after it: "the Itania plains", "the Kharkiv region".
        if end < tokens.count, !run.last!.breakAfter, tokens[end].text.first?.isLowercase == true,
           NameData.englishPlaceNounsAfter.contains(tokens[end].lower) {
            names[names.count - 1].cues.append(NameData.placeNounCue)
        }
        // Its possessive before a part of a body, family or a home ("Thassalin's jaws", "at
        // Farid's house"): someone's.
        if ownsPersonalNoun { names[names.count - 1].cues.append(NameData.personalNounCue) }
        // A plural a number counts ("four Strykers", "2 Humvees"): things one can count.
        if k > 0, !tokens[k - 1].breakAfter, let last = run.last?.lower, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"),
           tokens[k - 1].text.allSatisfy(\.isNumber) && (Int(tokens[k - 1].text) ?? 0) >= 2 || LanguageData.englishCardinals[tokens[k - 1].lower] != nil {
            names[names.count - 1].cues.append(NameData.countedCue)
        }
        // A noun of a platform's things right after it, not through a possessive: "her Twitter
        // account" (Biden's account is a person's).
        if end < tokens.count, !run.last!.breakAfter, !run.last!.possessive, tokens[end].text.first?.isLowercase == true,
           NameData.englishPlatformNounsAfter.contains(tokens[end].lower) {
            names[names.count - 1].cues.append(NameData.platformNounCue)
        }
        if let kind = Self.appositiveKind(tokens, after: end) { names[names.count - 1].cues.append(NameData.appositiveCue(kind)) }
        if let kind = Self.classifierKind(tokens, before: k) { names[0].cues.append(NameData.appositiveCue(kind)) }
        // A title in quotation marks: "Too Hot to Handle" (not a greeting: “Hey Lilith”).
        if run.count >= 2, run.allSatisfy(\.quoted), k == 0 || !tokens[k - 1].quoted || tokens[k].opensClause,
           end == tokens.count || !tokens[end].quoted || tokens[end].breakBefore, !Self.isNonName(run[0].text) {
            for n in names.indices { names[n].cues.append(NameData.quotedCue) }
        }
        // Addressed by a greeting: “Hey Lilith”, "Thanks Cohren" — a person (or a pet). The
        // greeting opens the run when capitalized, else stands right before it.
        let addressed = NameData.englishGreetings.contains(run[0].lower)
            ? !run[0].breakAfter
            : k > 0 && !tokens[k - 1].breakAfter && NameData.englishGreetings.contains(tokens[k - 1].lower)
        if addressed { names[0].cues.append(NameData.addressedCue) }
    }

    /// Whether a title follows the name as an appositive: "Kenneth Polite Jr., former
    /// assistant attorney general", "Tim Whitehouse, a former EPA enforcement attorney" — a
    /// comma, then a title or occupation within a few words, before any other punctuation
    /// or a relative word ("Apple, whose CEO" is not one).
    /// …or a noun of a kind of place or organization ("Telford, a town in Shropshire";
    /// "Acme, a company that…"): the kind the apposition gives, or nil.
    /// With `plural`, only a plural noun of a kind counts ("Google and Apple, the companies
    /// that…"): the kind of every name of a list.
    static func appositiveKind(_ tokens: [NameToken], after end: Int, plural: Bool = false) -> EntityKind? {
        guard end < tokens.count, tokens[end].punctuationBefore == "," else { return nil }
        for q in end..<min(tokens.count, end + 5) {
            if q > end && tokens[q].breakBefore { return nil }
            let word = tokens[q].lower.replacing(".", with: "")
            if NameData.englishAppositionStops.contains(word) { return nil }
            if plural {
                if tokens[q].text.first?.isLowercase == true, !tokens[q].possessive, let kind = Self.pluralKind(word) { return kind }
            } else {
                if NameData.englishTitles.contains(word) || NameData.englishOccupations.contains(word) { return .person }
                // (A possessive only modifies the head: "the country's Language Ombudsman".)
                if tokens[q].text.first?.isLowercase == true, !tokens[q].possessive, let kind = NameData.englishAppositiveNouns[word] {
                    return kind
                }
            }
            if tokens[q].breakAfter, !tokens[q].possessive { return nil }   // (Britain's prime minister)
        }
        return nil
    }

    /// The kind a lowercase noun before the name gives it: "the town of Flensburg", "the son
    /// of Herod" (`NameData.englishNounsBeforeOf`); "the company Uber", "the game Celeste",
    /// "his wife Anna" (a determiner, then a noun of `NameData.englishAppositiveNouns`);
    /// "companies such as Uber", "cities like Leeds" (the noun's plural, then an example
    /// marker). Nil when none does.
    static func classifierKind(_ tokens: [NameToken], before k: Int) -> EntityKind? {
        func word(_ i: Int) -> String? {
            guard i >= 0, i < k, !tokens[i].breakAfter, !tokens[i].possessive, tokens[i].text.first?.isLowercase == true else { return nil }
            return tokens[i].lower
        }
        guard let before = word(k - 1) else { return nil }
        if before == "of", let noun = word(k - 2), let kind = NameData.englishNounsBeforeOf[noun] { return kind }
        if let determiner = word(k - 2), NameData.englishClassifierDeterminers.contains(determiner),
           !NameData.englishPeopleOrOrganizationNouns.contains(before), let kind = NameData.englishAppositiveNouns[before] { return kind }
        let plural = before == "as" && word(k - 2) == "such" ? word(k - 3)
            : NameData.englishExampleMarkers.contains(before) ? word(k - 2) : nil
        return plural.flatMap(pluralKind)
    }

    /// The kind a plural noun of `NameData.englishAppositiveNouns` gives (companies, cities).
    static func pluralKind(_ word: String) -> EntityKind? {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return NameData.englishAppositiveNouns[singular] ?? NameData.englishAppositiveNouns[String(word.dropLast(2))]
    }

    /// Where a title written in title case ends, if one starts at `k`: inside a sentence only
    /// a title capitalizes a function word, so a capitalized function word there ("editing Too
    /// Hot to Handle", "read A Tale of Two Cities") opens one, running over capitalized words
    /// and the small words titles keep in lowercase (to, of, and, the, a, in, on, for, with).
    /// "The" is left to `theNameEnd(_:from:opening:)` (The Scotsman, The Office).
    func titleCaseEnd(_ tokens: [NameToken], from k: Int) -> Int? {
        let first = tokens[k]
        let quoted = first.punctuationBefore.map { "\"“‘'".contains($0) } == true   // (watched "Too Hot to Handle")
        guard k > 0, quoted || first.punctuationBefore == nil && !tokens[k - 1].breakAfter, first.text.first?.isUppercase == true,
              first.text.count == 1 || first.text != first.text.uppercased(), !["the", "i"].contains(first.lower),
              EnglishWordForm.isStopword(first.lower), ["a", "an"].contains(first.lower) || !NameData.englishConnectors.contains(first.lower)
        else { return nil }
        var end = k + 1, capitalized = 0
        while end < tokens.count, !tokens[end - 1].breakAfter, !tokens[end].breakBefore {
            if Self.isCapitalized(tokens[end].text) {
                if !EnglishWordForm.isStopword(tokens[end].lower) { capitalized += 1 }
                end += 1
            } else if NameData.englishTitleSmallWords.contains(tokens[end].text), end + 1 < tokens.count, !tokens[end].breakAfter,
                      Self.isCapitalized(tokens[end + 1].text) {
                end += 1
            } else {
                break
            }
        }
        return capitalized >= 2 && end - k >= 3 ? end : nil
    }

    /// A name without the "The" it keeps (The Lancet → Lancet), which its Arabic does not render.
    static func withoutThe(_ name: String) -> String {
        name.hasPrefix("The ") && name.count > 4 ? String(name.dropFirst(4)) : name
    }

    /// Where a name that keeps its "The" ends, if one starts at `k`: inside a sentence only a
    /// name capitalizes "the" (worked for The Scotsman, when The Office was on the air, read
    /// The New York Times), running over the capitalized words after it, and after a comma,
    /// where a clause goes on with a lowercase "the" (by, among others, The Scotsman). Not at
    /// the start of a sentence or clause, after other punctuation, or before an office (said
    /// The Prime Minister).
    func theNameEnd(_ tokens: [NameToken], from k: Int, opening: Int) -> Int? {
        let afterComma = tokens[k].punctuationBefore == ","
        guard tokens[k].text == "The", k > opening, tokens[k].punctuationBefore == nil && !tokens[k - 1].breakAfter || afterComma,
              !tokens[k].opensClause, !tokens[k].breakAfter, k + 1 < tokens.count, Self.isCapitalized(tokens[k + 1].text),
              !EnglishWordForm.isStopword(tokens[k + 1].lower) else { return nil }
        var end = runEnd(tokens, from: k + 1)
        // Two such names joined (The Daily Show and The Colbert Report) are two.
        if let next = tokens[(k + 1)..<end].firstIndex(where: { $0.text == "The" }), next > k + 2,
           tokens[next - 1].lower == "and" || tokens[next - 1].lower == "&" { end = next - 1 }
        let words = tokens[(k + 1)..<end].map(\.lower)
        guard !words.allSatisfy({ NameData.englishTitles.contains($0) || NameData.englishTitleModifiers.contains($0) }),
              !words.contains(where: { Self.isMonthOrDay($0.capitalized) }) else { return nil }
        return end
    }

    /// A run of name tokens and the names found in it.
    struct NameRun {
        var tokens: Range<Int>
        var names: Range<Int>
    }

    /// Names in one list share a kind: "Kiev, Kharkov, and Odessa", "Venezuela, Trinidad and
    /// Miami". When a name of the list is a place by CLDR or by a preposition of place before
    /// the list, every other name of it gets the cue `listed-place` (an organization named by
    /// CLDR gives `listed-organization`). "Maparasha, Kenya" marks Maparasha the same way.
    func markLists(_ runs: [NameRun], _ tokens: [NameToken], _ found: inout [FoundName]) {
        var groups: [[NameRun]] = []
        for run in runs {
            if let last = groups.last?.last, Self.continuesList(last, run, tokens) {
                groups[groups.count - 1].append(run)
            } else {
                groups.append([run])
            }
        }
        for group in groups {
            let members = group.flatMap { Array($0.names) }
            guard members.count >= 2 else { continue }
            // Commas alone join clauses as often as lists ("In the UK, Boris Johnson…"): a list
            // needs its "and" / "or"; without one, only "Maparasha, Kenya" reads as a place in a
            // place, and only the first name learns from the second.
            // (A run that the finder split at its "and" holds two names: "Fife and the Lothians".)
            let coordinated = zip(group, group.dropFirst()).contains { $0.tokens.upperBound < $1.tokens.lowerBound }
                || group.contains { $0.names.count >= 2 }
            if !coordinated {
                // ("Boris Johnson, Britain's prime minister" is no place in a place: the place
                // must close the phrase, not own what follows.)
                let place = group[group.count - 1].tokens
                guard let last = members.last, members.count == 2, !tokens[place.upperBound - 1].possessive,
                      place.upperBound == tokens.count || tokens[place.upperBound - 1].breakAfter,
                      exonyms.entries(english: found[last].form).contains(where: { $0.kind != .language && $0.kind != .organization })
                else { continue }
                found[members[0]].cues.append(NameData.listedPlaceCue)
                continue
            }
            // A noun before the list names the kind of all of them ("companies such as Spotify,
            // Tesla and Uber"), and so does a plural one in apposition after it ("Google and
            // Apple, the companies that…").
            // (The first name has the noun before it as its own cue already.)
            if let kind = Self.classifierKind(tokens, before: group[0].tokens.lowerBound) {
                for n in members.dropFirst() { found[n].cues.append(NameData.appositiveCue(kind)) }
                continue
            }
            if let kind = Self.appositiveKind(tokens, after: group[group.count - 1].tokens.upperBound, plural: true) {
                for n in members { found[n].cues.append(NameData.appositiveCue(kind)) }
                continue
            }
            // Two names joined by "and" are a list of places only under a preposition of
            // place ("in Kharkov and Odessa"); "Biden and Iran" joins a person and a country.
            // ("from" says place less surely: complaints from Kharkov, Dnipro and Odessa, but
            // support from IBM, Amazon and Google — not for a list with an acronym or an
            // organization's head word in it.)
            let organizational = members.contains { n in
                Self.isAcronym(found[n].form) || found[n].form.split(separator: " ").last.map { NameData.englishHeads[$0.lowercased()] == .organization } == true
            }
            let listPlaceCues = organizational ? NameData.englishPlaceCues.subtracting(["from"]) : NameData.englishPlaceCues
            guard members.count >= 3 || found[members[0]].cues.contains(where: { listPlaceCues.contains($0) }) else { continue }
            var kinds: Set<EntityKind> = []
            for n in members {
                if found[n].cues.contains(where: { listPlaceCues.contains($0) }) { kinds.insert(.place) }
                for entry in exonyms.entries(english: found[n].form) where entry.kind != .language {
                    kinds.insert(entry.kind == .organization ? .organization : .place)
                }
            }
            guard kinds.count == 1, let kind = kinds.first else { continue }
            for n in members { found[n].cues.append(kind == .place ? NameData.listedPlaceCue : NameData.listedOrganizationCue) }
        }
    }

    /// Whether `next` continues the list `previous` is in: right after it behind a comma, or
    /// behind "and" / "or" (with or without a comma; "Edinburgh, Fife and the Lothians").
    static func continuesList(_ previous: NameRun, _ next: NameRun, _ tokens: [NameToken]) -> Bool {
        let between = tokens[previous.tokens.upperBound..<next.tokens.lowerBound]
        if between.isEmpty { return tokens[next.tokens.lowerBound].punctuationBefore == "," }
        guard (1...2).contains(between.count), let word = between.first, ["and", "or"].contains(word.lower),
              between.count == 1 || between.last!.lower == "the", !between.contains(where: \.breakAfter) else { return false }
        return !tokens[previous.tokens.upperBound - 1].breakAfter || word.punctuationBefore == ","
    }

    /// A hashtag of common words, alone or run together (#Flying, #PilotTraining,
    /// #GroundSchool): a topic, not a name. A hashtag that is a name stays one (#Zelda, #PA28,
    /// #Piper).
    func isTagPhrase(_ text: String) -> Bool {
        var parts: [String] = [], current = ""
        for c in text {
            if c.isUppercase, let last = current.last, last.isLowercase { parts.append(current); current = "" }
            current.append(c)
        }
        parts.append(current)
        if parts.count == 1 { return text.allSatisfy(\.isLetter) && lexicon.isCommonEnglishWord(text) && !lexicon.isNameWord(text) }
        return parts.allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) && lexicon.isCommonEnglishWord($0) }
    }

    /// Where the run of name words starting at `start` ends (exclusive): name words, numbers
    /// and initials between them, and connectors followed by a name word.
    func runEnd(_ tokens: [NameToken], from start: Int) -> Int {
        var end = start + 1
        while end < tokens.count {
            let token = tokens[end]
            if tokens[end - 1].possessive {
                // A common noun's possessive is inside the name: People's Republic of China,
                // Democratic People's Republic of Korea, Children's Hospital, and a plural's
                // (Thirty Years' War, Workers' Party).
                // (Not a place's: the United States' National Institute of Allergy.)
                let pluralCommonNoun = !tokens[end - 1].possessiveMark.hasSuffix("s") && lexicon.isCommonEnglishWordOrPlural(tokens[end - 1].text)
                    && !lexicon.isNameWord(tokens[end - 1].text)
                    && exonyms.entries(english: tokens[start..<end].map(\.text).joined(separator: " ")).isEmpty
                if Self.isNameWord(token), !token.breakBefore, NameData.englishPossessiveNouns.contains(tokens[end - 1].lower) || pluralCommonNoun {
                    end += 1
                    continue
                }
                // Al’s Pawnshop, Grey’s Anatomy, Mister Rogers' Neighborhood: one capitalized common word after a person's
                // possessive completes the name; otherwise what follows is a name of its own
                // (Iran’s Revolutionary Guards).
                let next = end + 1
                let closes = next == tokens.count || !Self.isNameWord(tokens[next]) || tokens[next].breakBefore
                if Self.isNameWord(token), !Self.isAcronym(token.text), !lexicon.isNameWord(token.text),
                   exonyms.entries(english: token.text).isEmpty, !token.breakBefore, closes,
                   !isLanguageOrDemonym(token.text),   // Sami's Muslim friends: an adjective
                   !EnglishWordForm.isStopword(tokens[start].lower),   // Where's Tom: "is", no possessive
                   end - start == 1 || end - start >= 2 && NameData.englishTitles.contains(tokens[end - 2].lower.replacing(".", with: "")),
                   exonyms.entries(english: tokens[end - 1].text).isEmpty {
                    end = next
                    continue
                }
                break
            }
            if tokens[end - 1].breakAfter || token.breakBefore { break }
            // Two acronyms side by side are two names (DCU MLS).
            if Self.isAcronym(tokens[end - 1].text), Self.isAcronym(token.text) { break }
            if Self.isNameWord(token) || NameData.englishNameSuffixes.contains(token.lower) && Self.isNameWord(tokens[end - 1]) {
                end += 1
                continue
            }
            // Numbers between capitals (Boeing 737 MAX), ordinals before one (2nd Army).
            if token.isNumber || token.isOrdinal, end + 1 < tokens.count, !token.breakAfter, Self.isNameWord(tokens[end + 1]) {
                end += 2
                continue
            }
            // A number closing a law or product name (Financial Regulations 2009, Super Mario Maker 1),
            // or a model number (Boeing 787, FTSE 250) — not a year (Trump 2024).
            if token.isNumber, token.text.count <= 4 {
                let value = Int(token.text) ?? 0
                let isYear = token.text.count == 4 && (1900...2099).contains(value)
                if NameData.englishHeads[tokens[end - 1].lower] == .other || token.text.count >= 3 && !isYear && !token.breakBefore {
                    end += 1
                    break
                }
            }
            // A law's year: the Budget Act of 1974.
            if token.lower == "of", !token.breakAfter, NameData.englishHeads[tokens[end - 1].lower] == .other,
               end + 1 < tokens.count, tokens[end + 1].isNumber, tokens[end + 1].text.count == 4,
               (1700...2099).contains(Int(tokens[end + 1].text) ?? 0) {
                end += 2
                break
            }
            // Connectors: of, for, and, the, de, van… followed (after at most one more connector)
            // by a name word; "on" after a body's or an instrument's head word (Commission on the
            // Status of Women, Convention on Cluster Munitions).
            if NameData.englishConnectors.contains(token.lower) || token.lower == "on" && NameData.englishOnHeads.contains(tokens[end - 1].lower),
               !token.breakAfter {
                var next = end + 1
                if next < tokens.count, NameData.englishConnectors.contains(tokens[next].lower), !tokens[next].breakAfter { next += 1 }
                // "the" straight after a name opens only an epithet of one word (Alexander the
                // Great, Louis the 14th): "In Dresden the Free Saxons" is two names.
                let epithet = token.lower == "the" && next == end + 1
                    && !NameData.englishConnectors.contains(tokens[end - 1].lower)
                if epithet, next + 1 < tokens.count, !tokens[next].breakAfter, Self.isNameWord(tokens[next + 1]) { break }
                // (Not "on" before a date: the Committee on Monday.)
                if token.lower == "on", next < tokens.count, Self.isMonthOrDay(tokens[next].text) { break }
                if next < tokens.count, Self.isNameWord(tokens[next]) || tokens[next].isOrdinal || tokens[next].isNumber && token.lower == "the" {
                    end = next + 1
                    continue
                }
            }
            break
        }
        return end
    }

    /// Splits a run into names: titles off the front, at possessives, "of" and "and" as the
    /// evidence says; drops what is not a name.
    func pieces(_ run: [NameToken], sentenceInitial: Bool, next: NameToken?, previous: NameToken?,
                context: EnglishDocumentContext) -> [FoundName] {
        let words = run.enumerated().map { k, token in k < run.count - 1 ? token.text + token.possessiveMark : token.text }
        return pieces(words: words, sentenceInitial: sentenceInitial, next: next, context: context)
    }

    func pieces(words: [String], sentenceInitial: Bool, next: NameToken?, context: EnglishDocumentContext) -> [FoundName] {
        var words = words
        // A capitalized function word opening a run (But Craith, And Iran) is not part of it.
        while words.count > 1, let first = words.first, EnglishWordForm.isStopword(Self.withoutPossessive(first).lowercased()),
              !NameData.englishStopwordAcronyms.contains(first),
              !NameData.englishConnectors.contains(first.lowercased()) || first.lowercased() == "the" { words.removeFirst() }
        // Shouting: a capitalized common word (DIFFICULT, THANK YOU) is not a name.
        // (An acronym can spell a word, ISIS: one capitalized word must be longer to shout.)
        if words.count >= 1, words.allSatisfy({ $0.count >= 2 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }),
           words.contains(where: { $0.count >= (words.count == 1 ? 5 : 4) && lexicon.isCommonEnglishWord($0) }) || words.count >= 3 {
            return []
        }
        // Interjections and the pronoun I at either end (Hey Cohren, If I).
        while let first = words.first, Self.isNonName(first),
              !(words.count > 1 && NameData.englishHolidays.contains(first.lowercased()) && NameData.englishHeads[words[1].lowercased()] != nil) {
            words.removeFirst()   // not a holiday naming a place: Christmas Island
        }
        while let last = words.last, Self.isNonName(last) { words.removeLast() }
        guard !words.isEmpty else { return [] }
        // A sentence-initial capital: a common word or a stop word is not part of a name —
        // unless an organization's head word follows (Republican Party, Labour Party).
        let headed = words.count > 1 && NameData.englishHeads[words.last!.lowercased()] == .organization
            && !words.contains { EnglishWordForm.isStopword($0.lowercased()) }
        if sentenceInitial, let first = words.first, !Self.isAcronym(first), isCommon(first, context: context),
           !(words.count > 1 && lexicon.isNameWord(first) && !EnglishWordForm.isStopword(first.lowercased()) && !Self.isNumberWord(first.lowercased())),
           !headed,
           !(words.count > 1 && !exonyms.entries(english: words[0] + " " + words[1]).isEmpty),
           !(words.count > 1 && context.insideRuns.contains(EnglishDocumentContext.runKey(words))) {
            words.removeFirst()
            while let f = words.first, NameData.englishConnectors.contains(f.lowercased()) { words.removeFirst() }
        }
        // A capitalized common word after a place or an organization's head word is not part
        // of its name: "New York Republican Mike Lawler" → New York, Mike Lawler; "Senate
        // Republican Leader" → Senate.
        // Not when the run ends in an organization's head word: it is one name (World
        // Economic Forum, Scottish National Party).
        let endsInHead = words.count >= 3 && NameData.englishHeads[words.last!.lowercased()] == .organization
        for k in words.indices.dropFirst() where !endsInHead {
            let word = words[k], lower = words[k].lowercased()
            let before = Array(words[..<k])
            let known = !exonyms.entries(english: before.joined(separator: " ")).isEmpty
                || NameData.englishHeads[before.last!.lowercased()] == .organization
            if known, lexicon.isCommonEnglishWord(word) || NameData.englishCapitalizedCommonWords.contains(lower), NameData.englishHeads[lower] == nil,
               !NameData.englishConnectors.contains(lower), lower != "on", !NameData.englishTitles.contains(lower),
               !NameData.englishTitleModifiers.contains(lower), !Self.isAcronym(word) {
                // (A common word that opens a name of its own stays with it: U.S. Centers for
                // Disease Control → U.S., Centers for Disease Control.)
                let opensName = k + 1 < words.count && ["of", "for", "on"].contains(words[k + 1].lowercased())
                return pieces(words: before, sentenceInitial: false, next: nil, context: context)
                    + pieces(words: Array(words[(opensName ? k : k + 1)...]), sentenceInitial: false, next: next, context: context)
            }
        }
        // Titles: "US President Joe Biden" → US, then Joe Biden (a person).
        var result: [FoundName] = []
        var current: [String] = []
        var titled = false
        var k = 0
        func flush(_ kind: EntityKind?) {
            result += splitName(current, kind: kind, next: next, context: context)
            current = []
        }
        while k < words.count {
            if let j = titleEnd(words, from: k) {
                // A title opens a new piece: "US President Joe Biden" → US, Joe Biden.
                if !current.isEmpty { flush(nil) }
                // A title of something names no person: President of the General Assembly,
                // Mayor of London.
                titled = j < words.count && !["of", "for", "to"].contains(words[j].lowercased())
                k = j
                continue
            }
            current.append(words[k])
            k += 1
        }
        // (The title is the possessor's in "Mister Rogers' Neighborhood", not the name's.)
        let possessed = current.dropLast().contains { Self.withoutPossessive($0) != $0 || $0.hasSuffix("'") || $0.hasSuffix("’") }
        flush(titled && !possessed ? .person : nil)
        return result
    }

    /// If a title starts at `start` and a name follows it, where the title ends: title words,
    /// modifiers before one (Prime Minister, Shadow Chancellor), and "of" + a common word after
    /// one (Secretary of State). A title before nothing but head words, or before a plural
    /// common noun, is part of a name (General Assembly, Home Office, General Practitioners).
    func titleEnd(_ words: [String], from start: Int) -> Int? {
        func key(_ k: Int) -> String { words[k].lowercased().replacing(".", with: "") }
        var j = start
        var sawTitle = false
        while j < words.count {
            let w = key(j)
            // A rank's ordinal is part of it: 1st Lieutenant, 2nd Lieutenant.
            if j == start, j + 1 < words.count, NameData.englishTitles.contains(key(j + 1)), Self.isOrdinal(w) {
                j += 1
                continue
            }
            if NameData.englishTitleModifiers.contains(w), j + 1 < words.count,
               NameData.englishTitles.contains(key(j + 1)) || NameData.englishTitleModifiers.contains(key(j + 1)) {
                j += 1
                continue
            }
            if NameData.englishTitles.contains(w) || NameData.englishOccupations.contains(w) { j += 1; sawTitle = true; continue }
            // "of the" before a domain too: Speaker of the House, Secretary of the Treasury.
            if sawTitle, w == "of" || w == "for", j + 2 < words.count, key(j + 1) == "the", NameData.englishTitleDomains.contains(key(j + 2)) {
                j += 1
            }
            if sawTitle, w == "of" || w == "for", j + 1 < words.count, NameData.englishTitleDomains.contains(key(j + 1)) {
                j += 2
                // The rest of the portfolio: Minister of Humanitarian Affairs and Poverty
                // Alleviation — domain words and common words that are no part of people's
                // names, joined by "and" (Grant in "Minister of Energy Grant Shapps" is a name).
                func isPortfolioWord(_ k: Int) -> Bool {
                    NameData.englishTitleDomains.contains(key(k))
                        || lexicon.isCommonEnglishWord(words[k]) && !lexicon.isNameWord(words[k])
                }
                while j < words.count {
                    if isPortfolioWord(j), !NameData.englishConnectors.contains(key(j)) { j += 1; continue }
                    if key(j) == "and" || key(j) == "&", j + 1 < words.count, isPortfolioWord(j + 1) { j += 2; continue }
                    break
                }
                continue
            }
            break
        }
        guard sawTitle else { return nil }
        // Nothing but titles (Political Analyst): not a name at all — unless a name comes
        // before it (Ice King).
        if j == words.count { return start == 0 ? j : nil }
        if NameData.englishConnectors.contains(words[j].lowercased()) { return j }
        let rest = words[j...].filter { !NameData.englishConnectors.contains($0.lowercased()) }
        if !rest.isEmpty && rest.allSatisfy({ NameData.englishHeads[$0.lowercased()] != nil }) { return nil }
        // …or before a plural common noun: General Practitioners, General Motors name groups.
        if let first = rest.first, first.count > 3, first.hasSuffix("s"), lexicon.isCommonEnglishWordOrPlural(first),
           !lexicon.isNameWord(first) { return nil }
        return j
    }

    /// One piece of a run (titles removed): split at "of" and "and" unless they hold the
    /// name together, trim connectors and dates, drop what is not a name.
    func splitName(_ words: [String], kind: EntityKind?, next: NameToken?, context: EnglishDocumentContext) -> [FoundName] {
        var words = words
        // Connectors do not open a name, but a capitalized article of one does (Le Monde, Al Jazeera).
        while let first = words.first, NameData.englishConnectors.contains(first.lowercased()) && (first.first?.isLowercase == true
                || ["the", "of", "and", "for", "&"].contains(first.lowercased())) || Self.isMonthOrDay(first) && words.count > 1 { words.removeFirst() }
        while let last = words.last, NameData.englishConnectors.contains(last.lowercased()) || last == "on" || Self.isMonthOrDay(last) && words.count > 1 { words.removeLast() }
        // An office named by its country and no one in it (the Pakistani President, the
        // French Prime Minister) is no name.
        if words.count >= 2, let last = words.last, NameData.englishTitles.contains(last.lowercased()),
           words.dropLast().allSatisfy({ isLanguageOrDemonym($0) || NameData.englishTitleModifiers.contains($0.lowercased()) }),
           words.dropLast().contains(where: isLanguageOrDemonym) {
            return []
        }
        // An office and no one in it (National Security Advisor, Chief Executive Officer) is
        // no name; an organization's (Office of the Prosecutor, Red Cross Director) holds one.
        // (Not a ruler's title, which an epithet takes: the Ice King.)
        if words.count >= 2, let last = words.last?.lowercased(), !NameData.englishRulers.contains(last),
           NameData.englishTitles.contains(last) || NameData.englishOccupations.contains(last),
           words.dropLast().allSatisfy({ word in
               let lower = word.lowercased()
               return NameData.englishConnectors.contains(lower) || NameData.englishTitleModifiers.contains(lower)
                   || NameData.englishTitleDomains.contains(lower) || NameData.englishTitles.contains(lower)
                   || NameData.englishOccupations.contains(lower) || NameData.englishOfficeWords.contains(lower)
           }) {
            return []
        }
        // A demonym before a person's full name describes the person (Austrian Claudia Loesch,
        // French Emmanuel Macron); before a head or a common word it is the name's own (British
        // Airways, Indian Ocean). Not a word that names a place too, nor before another demonym.
        if words.count >= 3, isLanguageOrDemonym(words[0]), exonyms.entries(english: words[0]).allSatisfy({ $0.kind == .language }),
           !words.dropFirst().contains(where: isLanguageOrDemonym),
           EntityTyper(exonyms: exonyms, lexicon: lexicon).isPersonalName(words.dropFirst().joined(separator: " ")) {
            words.removeFirst()
        }
        // A hyphenated adjective before a name describes it (Oscar-winning Gravity, Iran-backed Houthis).
        while words.count >= 2, let first = words.first, first.contains("-"), first.split(separator: "-").last?.first?.isLowercase == true {
            words.removeFirst()
        }
        guard !words.isEmpty else { return [] }
        // "X of Y" and "A and B".
        for (k, word) in words.enumerated() where k > 0 && k + 1 < words.count {
            let lower = word.lowercased()
            if lower == "for", !exonyms.entries(english: words[..<k].joined(separator: " ")).isEmpty,
               !exonyms.entries(english: words[(k + 1)...].joined(separator: " ")).isEmpty {
                // Two places on either side of "for" are two names (Spain for Portugal).
                return splitName(Array(words[..<k]), kind: kind, next: nil, context: context)
                    + splitName(Array(words[(k + 1)...]), kind: kind, next: next, context: context)
            }
            if lower == "of" {
                let left = Array(words[..<k]), right = Array(words[(k + 1)...])
                // After "on", the head is the word before it: Commission on the Status of Women.
                let head = (left.contains("on") ? Self.headWord(left) : left.last!).lowercased()
                // One common noun before "of" that the document never writes in lowercase is the
                // name's head (Strait of Hormuz, Congress of Vienna, Revolution of Vindication); one
                // it also writes in lowercase heads a phrase around a name (Implementation of the
                // Durban Declaration, Head of the United Nations Mission…); a name many people bear
                // is none (Earl of Essex; Tom of Finland is no common word).
                let keep = NameData.englishOfHeads.contains(head) || NameData.englishTitles.contains(head)
                    || left.count == 1 && (isCommon(left[0], context: context)
                                           || lexicon.isCommonEnglishWordOrPlural(left[0]) && !context.lowercase.contains(left[0].lowercased())
                                           && EntityTyper.nameWordWeight(lexicon.evidence(.nameWord, ofEnglish: left[0])) < 1)
                if !keep { return splitName(left, kind: kind, next: nil, context: context) + splitName(right, kind: nil, next: next, context: context) }
            } else if lower == "and" || lower == "&" && word.count == 1 {
                let left = Array(words[..<k]), right = Array(words[(k + 1)...])
                let tailKind = NameData.englishHeads[Self.headWord(right).lowercased()]
                let leftHead = NameData.englishHeads[Self.headWord(left, after: ["of"]).lowercased()]
                let leftStandsAlone = !exonyms.entries(english: left.joined(separator: " ")).isEmpty
                    || left.count >= 2 && left.allSatisfy({ lexicon.isNameWord($0) && !lexicon.isCommonEnglishWord($0) })
                    || left.count == 1 && Self.isAcronym(left[0])   // the WHO and the National Health Commission
                // "and the" joins two names (Médecins Sans Frontières and the World Health
                // Organisation); a name's own "and" is followed by its next word.
                // What a body is "on" or "for" runs on over "and": Commission on Population and
                // Development, Centers for Disease Control and Prevention.
                // (Not before a name of its own: an acronym or a place, … for Animal Health and UNODC.)
                let rightStandsAlone = right.count == 1 && Self.isAcronym(right[0]) || !exonyms.entries(english: right.joined(separator: " ")).isEmpty
                let keep = ((tailKind == .organization || tailKind == .other) && leftHead == nil && !leftStandsAlone
                    || (left.contains("on") || left.contains("for")) && !rightStandsAlone) && right.first?.lowercased() != "the"
                if !keep { return splitName(left, kind: kind, next: nil, context: context) + splitName(right, kind: kind, next: next, context: context) }
            }
        }
        // Numbers alone (2nd, 18) are not names, nor amounts (N585 million), nor a part of
        // something numbered (Section 713, Chapter 4, Act 2022 cut from its title).
        if words.allSatisfy({ $0.first?.isNumber == true }) { return [] }
        // (The number may follow the run: Table 2, Figure 3; or be Roman: Phase II, Chapter IV.)
        if words.count == 2, NameData.englishNumberedParts.contains(words[0].lowercased()),
           words[1].allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) || Self.isRomanNumeral(words[1]) { return [] }
        if words.count == 1, NameData.englishNumberedParts.contains(words[0].lowercased().replacing(".", with: "")), let next,
           next.text.first?.isNumber == true { return [] }
        // …or be written onto it: Fig.4.
        if words.count == 1, let dot = words[0].firstIndex(of: "."),
           NameData.englishNumberedParts.contains(words[0][..<dot].lowercased()),
           words[0][words[0].index(after: dot)...].first?.isNumber == true { return [] }
        // A Roman numeral alone is a number (II-III of Phase II-III at a sentence's start);
        // a single letter may be a name (X, the platform).
        if words.count == 1, words[0].count >= 2, Self.isRomanNumeral(words[0]) { return [] }
        if words.count == 1, let next, ["million", "billion", "thousand", "trillion", "bn", "m", "k"].contains(next.lower),
           words[0].dropFirst().allSatisfy(\.isNumber) {
            return []
        }
        // Groups named by adjectives alone (Shia Muslims, Iraqi Kurds, Sunni Arab, Arab Israeli)
        // are no one entity, as a single demonym is not (Arab, a first name too, only beside another).
        if words.count >= 2, words.allSatisfy({ isLanguageOrDemonym($0) || $0.lowercased() == "arab" }),
           words.contains(where: { $0.lowercased() != "arab" }) {
            return []
        }
        // A holiday with common words (Happy Ramadan Feast, Christmas Eve, Easter Monday) is
        // a date, not a name; with a head word it names a place (Christmas Island).
        if words.count >= 2, words.contains(where: { NameData.englishHolidays.contains($0.lowercased()) }),
           words.allSatisfy({ NameData.englishHolidays.contains($0.lowercased()) || Self.isMonthOrDay($0)
               || lexicon.isCommonEnglishWord($0) && NameData.englishHeads[$0.lowercased()] == nil }) {
            return []
        }
        if words.count == 1 {
            let word = words[0]
            let lower = word.lowercased()
            if Self.isNonName(word) { return [] }
            // A direction or size alone is an adjective (Southern, Western, Greater), not a place.
            if NameData.englishPlaceAdjectives.contains(lower) { return [] }
            // A company's legal form alone (Inc., Ltd.) is the tail of a name, not one.
            if NameData.englishGenericHeads.contains(lower), lower != "group", lower != "party" { return [] }
            if EnglishWordForm.isStopword(lower) && exonyms.entries(english: word).isEmpty
                && !NameData.englishStopwordAcronyms.contains(word) { return [] }
            if Self.isMonthOrDay(word) { return [] }
            if NameData.englishTitles.contains(lower.replacing(".", with: "")) { return [] }
            // Hyphenated adjectives and derived words are not names: a lowercase tail
            // (Iran-linked, Russian-speaking), or a derivational prefix before a name
            // (anti-American, de-Russify); al-Kadhimi and Coca-Cola are names.
            let parts = word.split(separator: "-")
            if parts.count >= 2, parts.last?.first?.isLowercase == true
                || parts.count == 2 && NameData.englishDerivationPrefixes.contains(String(parts[0])) {
                return []
            }
            // A language or a demonym (Scottish, Iraqi — but Kadhimi is a name) is a word the
            // lexicon translates; a name only spelled like one is not (Pirani, not Piran + i;
            // Meta, not CLDR's Meta' language).
            if isLanguageOrDemonym(word),
               lexicon.hasArabicTranslation(forEnglish: word) || lexicon.isCommonEnglishWord(word) && !lexicon.isNameWord(word) {
                return []
            }
            // Alone, a word of political affiliation is an adjective or the party's members
            // (a Louisiana Republican, 71 Republicans), not the party (Republican Party).
            if NameData.englishCapitalizedCommonWords.contains(lower) { return [] }
        }
        return [FoundName(form: words.joined(separator: " "), kind: kind)]
    }

    /// A language's name or a demonym (French, Pakistani, Scottish), which CLDR or the place
    /// names tell: an adjective of nationality, not a name by itself.
    func isLanguageOrDemonym(_ word: String) -> Bool {
        exonyms.entries(english: word).contains { $0.kind == .language } || exonyms.isDemonym(word)
            || NameData.englishGroupWords.contains(word.lowercased())
    }

    /// A Roman numeral from II to XXXIX, or a range of two (II-III): a regnal or part number
    /// (Elizabeth II, Phase IV). Not a lone I, which is the pronoun, nor CCC or CI, acronyms.
    static func isRomanNumeral(_ word: String) -> Bool {
        // Most words have another letter: no pattern matching for them (this runs on every word).
        guard word.utf8.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "-") })
        else { return false }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return word != "I" && (1...2).contains(parts.count) && parts.allSatisfy { RomanNumeral.value($0) != nil }
    }

    /// The words of `run` whose initials spell `acronym` (connectors and "the" skipped);
    /// one letter may differ for acronyms of four letters or more.
    static func expansion(of acronym: String, in run: [String]) -> String? {
        let letters = Array(acronym.filter { $0.isLetter }.uppercased())
        guard letters.count >= 2 else { return nil }
        let content = run.enumerated().filter { !NameData.englishConnectors.contains($0.element.lowercased()) }
        guard content.count >= letters.count else { return nil }
        let tail = Array(content.suffix(letters.count))
        let initials = tail.map { item -> Character in
            let name = item.element.split(separator: "-").last.map(String.init) ?? item.element
            return Character(String(name.first ?? " ").uppercased())
        }
        let mismatches = zip(initials, letters).filter { $0 != $1 }.count
        guard mismatches == 0 || (letters.count >= 4 && mismatches == 1 && initials.first == letters.first) else { return nil }
        return run[tail[0].offset...].joined(separator: " ")
    }
}
