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
///   follow (Al’s Pawnshop) or it is a common noun's (People's Republic of China, Thirty
///   Years' War); ordinals and model numbers between capitals belong (2nd Army, Boeing 737 MAX 9).
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
}
