/// What a word is, defined once: how every target splits text into words and numbers.
///
/// A word is a run of letters (any script) with their combining marks and Arabic tatweel; a
/// number is a run of digits in any digit system, with the separators inside it (45,000 ·
/// 1.5 · ٤٥٬٠٠٠). Clause punctuation (, ; : ، ؛ — –) is told apart from other punctuation
/// because the aligner and the gap report cut sentences into clauses at it.
package enum TextScalar {
    package enum Kind: Sendable, Equatable {
        case letter, digit, clause, other
    }

    /// How the word splitter sees a scalar.
    @inlinable
    package static func kind(_ scalar: Unicode.Scalar) -> Kind {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x30 && v <= 0x39 { return .digit }
            let lower = v | 0x20
            if lower >= 0x61 && lower <= 0x7A { return .letter }
            return v == 0x2C || v == 0x3B || v == 0x3A ? .clause : .other   // , ; :
        }
        if v >= 0x0600 && v <= 0x06FF {
            if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { return .digit }
            switch v {
            case 0x060C, 0x061B: return .clause   // ، ؛
            case 0x061F, 0x066A, 0x066B, 0x066C, 0x066D, 0x06D4, 0x0600...0x0605, 0x0609, 0x060A, 0x060D:
                return .other
            default:
                return .letter   // letters, marks, tatweel
            }
        }
        if v == 0x2014 || v == 0x2013 { return .clause }   // — –
        if (0x2000...0x206F).contains(v) || v == 0xA0 || v == 0xAB || v == 0xBB { return .other }   // quotes, dashes, spaces
        if scalar.properties.numericType == .decimal { return .digit }
        if scalar.properties.isAlphabetic || ArabicScript.isMark(v) { return .letter }
        return scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark ? .letter : .other
    }

    /// Separators that may stand inside a number between digits.
    @inlinable
    package static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar == "٫" || scalar == "٬" || scalar == "،"
    }
}

/// A word or number of a text, as a range of its scalars.
package struct TextToken: Sendable, Equatable {
    package var range: Range<String.Index>
    package var isNumber: Bool
    /// Clause punctuation stands between this token and the previous one.
    package var startsClause: Bool
}

extension TextToken {
    /// The words and numbers of `text`, in order (see ``TextScalar``).
    package static func tokens(in text: String) -> [TextToken] {
        var tokens: [TextToken] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var inToken = false, isNumber = false, clausePending = false
        var index = scalars.startIndex
        func flush(_ end: String.Index) {
            guard inToken else { return }
            tokens.append(TextToken(range: start..<end, isNumber: isNumber, startsClause: clausePending && !tokens.isEmpty))
            clausePending = false
            inToken = false
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let kind = TextScalar.kind(scalar)
            switch kind {
            case .digit:
                if inToken && !isNumber { flush(index) }
                if !inToken { start = index; inToken = true; isNumber = true }
            case .letter:
                if inToken && isNumber { flush(index) }
                if !inToken { start = index; inToken = true; isNumber = false }
            case .clause, .other:
                let next = scalars.index(after: index)
                if inToken, isNumber, TextScalar.isNumberSeparator(scalar), next < scalars.endIndex,
                   TextScalar.kind(scalars[next]) == .digit {
                    // The Arabic comma groups thousands only before exactly three digits
                    // («30،000»); between single numbers it separates a list («1،2،3»).
                    if scalar != "،" { break }
                    var digits = 0, look = next
                    while look < scalars.endIndex, TextScalar.kind(scalars[look]) == .digit { digits += 1; look = scalars.index(after: look) }
                    if digits == 3 { break }
                }
                flush(index)
                if kind == .clause || (scalar == "-" && index > scalars.startIndex && scalars[scalars.index(before: index)] == " ") {
                    clausePending = true
                }
            }
            index = scalars.index(after: index)
        }
        flush(scalars.endIndex)
        return tokens
    }

    /// The words (not numbers) of `text`.
    package static func words(in text: String) -> [Substring] {
        tokens(in: text).filter { !$0.isNumber }.map { text[$0.range] }
    }
}
