import MuqabalaICU
import MuqabalaText

/// The two languages Muqabala collates.
public enum Language: String, Sendable, Codable, CaseIterable {
    case english = "en"
    case arabic = "ar"

    /// The script its letters are written in.
    public var script: Script { self == .arabic ? .arabic : .latin }
    /// The English name of the language, for messages.
    public var name: String { self == .arabic ? "Arabic" : "English" }
}

/// Splits a paragraph into sentences: ICU's sentence iterator plus rules for what it misses.
///
/// ICU (with `en@ss=standard` for English) handles decimals and thousands (1.5, 1,500),
/// quotes closing after the full stop ("… IS.”"), and Arabic ؟ and the Latin full stop
/// between Arabic sentences ("… 1500. اعتاد …"). On top of it, breaks are removed:
/// - after title abbreviations before a capitalized word (Dr. Smith, Gen. Petraeus),
/// - after single-letter initials (George W. Bush) and Arabic single-letter
///   abbreviations (د. محمد),
/// - after dotted acronyms (U.S., U.N.) unless a typical sentence opener follows,
/// - where no space follows the mark and a letter does («إلى...مدينة», "the…other").
public struct SentenceSegmenter: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    /// ICU locale: English with abbreviation suppressions, or Arabic.
    var locale: String { language == .english ? "en@ss=standard" : "ar" }

    /// The sentences of one paragraph, trimmed, in order; their concatenation (with the
    /// white space between them) is the paragraph.
    public func sentences(in paragraph: String) -> [String] {
        let pieces = (try? TextBoundary.sentence.split(paragraph, locale: locale)) ?? [paragraph]
        var merged: [String] = []
        for piece in pieces {
            if let last = merged.last, shouldJoin(last, piece) {
                merged[merged.count - 1] = last + piece
            } else {
                merged.append(piece)
            }
        }
        return merged.map(Self.trimmed).filter { !$0.isEmpty }
    }

    /// Whether the break between `before` and `after` is a false one.
    func shouldJoin(_ before: String, _ after: String) -> Bool {
        // No space after the mark: an ellipsis or full stop inside a phrase («إلى...مدينة»,
        // "the…other"), not the end of a sentence. Arabic has no capitals to tell ICU so.
        if let last = before.unicodeScalars.last, !last.properties.isWhitespace,
           let first = after.unicodeScalars.first, first.properties.isAlphabetic {
            return true
        }
        let trimmedBefore = Self.trimmed(before)
        guard trimmedBefore.hasSuffix(".") else { return false }
        let lastToken = trimmedBefore.dropLast().split(whereSeparator: { $0 == " " || $0 == "(" || $0 == "\"" || $0 == "“" }).last.map(String.init) ?? ""
        let nextWord = Self.trimmed(after).split(separator: " ").first.map(String.init) ?? ""
        guard let nextFirst = nextWord.first else { return false }
        switch language {
        case .english:
            let lowered = lastToken.lowercased()
            // Single-letter initial: "George W. Bush".
            if lastToken.count == 1, lastToken.first!.isUppercase, nextFirst.isUppercase { return true }
            if LanguageData.englishTitleAbbreviations.contains(lowered), nextFirst.isUppercase || nextFirst.isNumber {
                return true
            }
            if LanguageData.englishNumberAbbreviations.contains(lowered), nextFirst.isNumber { return true }
            // Dotted acronyms (U.S., U.N.): a name or noun usually follows, not a new sentence.
            if lastToken.contains("."), lastToken.allSatisfy({ $0.isUppercase || $0 == "." }), nextFirst.isUppercase {
                return !LanguageData.englishStopwords.contains(nextWord.lowercased())
                    && !Self.sentenceOpeners.contains(nextWord.lowercased())
            }
            return false
        case .arabic:
            let normalized = Normalizer.search.normalize(lastToken)
            return normalized.count == 1 && LanguageData.arabicAbbreviations.contains(normalized)
        }
    }

    /// Words that typically open an English sentence (besides stop words).
    static let sentenceOpeners: Set<String> = ["however", "meanwhile", "but", "yet", "still", "according"]

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace || CharacterTables.formatControls.contains(scalars[start].value) {
            start = scalars.index(after: start)
        }
        while end > start {
            let previous = scalars.index(before: end)
            guard scalars[previous].properties.isWhitespace || CharacterTables.formatControls.contains(scalars[previous].value) else { break }
            end = previous
        }
        return String(scalars[start..<end])
    }
}
