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
