import MuqabalaText

/// Something a translation must carry over unchanged: a number, a month, a weekday.
public enum Anchor: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A number in canonical form (no thousands separators, ASCII digits): "45000", "1.5".
    case number(String)
    /// A month, 1…12.
    case month(Int)
    /// A weekday, 1 (Sunday) … 7.
    case weekday(Int)

    public var description: String {
        switch self {
        case .number(let n): return n
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
        return tokenizer.tokens(text).compactMap { token in
            let folded = tokenizer.types.folded[Int(token.type)]
            let capitalized = tokenizer.types.capitalized[Int(token.type)]
            return FeatureExtractor.englishAnchor(folded: folded, isNumber: token.isNumber, capitalized: capitalized)
                .flatMap(Anchor.init(concept:))
        }
    }

    /// The anchors of an Arabic text, in order (Levantine/Iraqi and Egyptian/Gulf month
    /// names, two-word names like كانون الأول read as one month).
    public static func arabic(_ text: String) -> [Anchor] {
        var extractor = FeatureExtractor(lexicon: .empty, english: [], arabic: [])
        let tokens = extractor.tokenizer.tokens(text)
        var result: [Anchor] = []
        var k = 0
        while k < tokens.count {
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
        if concept.hasPrefix("#") { self = .number(String(concept.dropFirst())); return }
        if concept.hasPrefix("@m"), let m = Int(concept.dropFirst(2)) { self = .month(m); return }
        if concept.hasPrefix("@d"), let d = Int(concept.dropFirst(2)) { self = .weekday(d); return }
        return nil
    }
}
