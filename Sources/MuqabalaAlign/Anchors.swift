import MuqabalaText

/// Something a translation must carry over unchanged: a number, a month, a weekday.
public enum Anchor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A number as written, with every value it may stand for (`Quantity`).
    case number(Quantity)
    /// A month, 1…12.
    case month(Int)
    /// A weekday, 1 (Sunday) … 7.
    case weekday(Int)

    public var description: String {
        switch self {
        case .number(let n): return n.written
        case .month(let m): return Self.monthNames[m - 1]
        case .weekday(let d): return Self.dayNames[d - 1]
        }
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// The anchors of an English text, in order (numbers in any digit system and format,
    /// month and weekday names; "May" and "March" only capitalized).
    public static func english(_ text: String) -> [Anchor] {
        var tokenizer = Tokenizer()
        let tokens = tokenizer.tokens(text)
        return english(tokens, in: text, types: tokenizer.types)
    }

    /// The anchors of English `text` from its tokens (the aligner's, read once).
    static func english(_ tokens: [Token], in text: String, types: TokenTypes) -> [Anchor] {
        var result: [Anchor] = []
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            if token.isNumber {
                let (quantity, used) = quantity(tokens, at: k, in: text) { types.folded[Int($0.type)] }
                result.append(.number(quantity))
                k += used
                continue
            }
            let folded = types.folded[Int(token.type)]
            let capitalized = types.capitalized[Int(token.type)]
            if let anchor = TypeReading.englishAnchor(folded: folded, isNumber: false, capitalized: capitalized)
                .flatMap(Anchor.init(concept:)) {
                result.append(anchor)
            }
            k += 1
        }
        return result
    }

    /// The number token at `k` read with its neighbours: a magnitude word after it, a clock
    /// time with its minutes and an afternoon marker (3:30 pm, «15:30»), a year before it in
    /// a range (2017-18). Returns the quantity and how many tokens it took.
    static func quantity(_ tokens: [Token], at k: Int, in text: String, folded: (Token) -> String) -> (Quantity, Int) {
        func between(_ a: Int, _ b: Int) -> Substring {
            text[tokens[a].range(in: text).upperBound..<tokens[b].range(in: text).lowerBound]
        }
        let next = k + 1 < tokens.count ? folded(tokens[k + 1]) : nil
        // A clock time: hours, a colon, two digits of minutes, perhaps "pm".
        if k + 1 < tokens.count, tokens[k + 1].isNumber, between(k, k + 1) == ":",
           let hours = Int(folded(tokens[k])), hours < 24, let minutes = Int(folded(tokens[k + 1])),
           folded(tokens[k + 1]).count == 2, minutes < 60 {
            let after = k + 2 < tokens.count ? folded(tokens[k + 2]) : ""
            let afternoon = LanguageData.afternoonMarkers.contains(after)
            let written = folded(tokens[k]) + ":" + folded(tokens[k + 1]) + (afternoon ? " " + after : "")
            return (Quantity(hours: hours, minutes: minutes, written: written, afternoon: afternoon), afternoon ? 3 : 2)
        }
        var year: Int?
        if k > 0, tokens[k - 1].isNumber, ["-", "–", "/"].contains(between(k - 1, k)),
           let value = Int(folded(tokens[k - 1])), (1000...2999).contains(value) {
            year = value
        }
        return (Quantity(folded(tokens[k]), next: next, yearBefore: year), 1)
    }

    /// The anchors of an Arabic text, in order (Levantine/Iraqi and Egyptian/Gulf month
    /// names, two-word names like كانون الأول read as one month).
    public static func arabic(_ text: String) -> [Anchor] {
        var extractor = FeatureExtractor(lexicon: .empty, english: [], arabic: [])
        let tokens = extractor.tokenizer.tokens(text)
        return arabic(tokens, in: text, extractor: &extractor)
    }

    /// The anchors of Arabic `text` from its tokens, read by `extractor` (the aligner's:
    /// month and weekday readings do not depend on the lexicon).
    static func arabic(_ tokens: [Token], in text: String, extractor: inout FeatureExtractor) -> [Anchor] {
        var result: [Anchor] = []
        var k = 0
        while k < tokens.count {
            if tokens[k].isNumber {
                let tokenizer = extractor.tokenizer
                let (quantity, used) = quantity(tokens, at: k, in: text) { tokenizer.types.folded[Int($0.type)] }
                result.append(.number(quantity))
                k += used
                continue
            }
            let ids = extractor.arabicAnchors(tokens, at: k)
            // كانون الأول: the head's month decides, the next word is part of it.
            if case .monthHead = extractor.arabicRole(tokens[k]), ids.count == 1 { k += 1 }
            if ids.count == 1, let anchor = Anchor(concept: extractor.conceptNames[Int(ids[0])]) { result.append(anchor) }
            k += 1
        }
        return result
    }

    /// Reads the aligner's concept names ("#45000", "@m12", "@d1").
    init?(concept: String) {
        if concept.hasPrefix("#") { self = .number(Quantity(String(concept.dropFirst()))); return }
        if concept.hasPrefix("@m"), let m = Int(concept.dropFirst(2)) { self = .month(m); return }
        if concept.hasPrefix("@d"), let d = Int(concept.dropFirst(2)) { self = .weekday(d); return }
        return nil
    }
}
