import MuqabalaText
import MuqabalaIO

/// One sentence of a document.
public struct Sentence: Hashable, Sendable, Codable {
    /// Position in the document's sentence list (0-based). With pre-segmented input, the line number.
    public let index: Int
    /// The sentence as written (trimmed).
    public let text: String
    /// The paragraph it belongs to (0-based).
    public let paragraph: Int
    /// The 1-based line of the file it starts on.
    public let line: Int
    /// Whether ingestion judged it web boilerplate (kept and aligned, but reported apart).
    public var isBoilerplate: Bool
    /// If the sentence belongs to a repeated copy of the document's own body: the index of
    /// the sentence it repeats. Repeats are kept (nothing is dropped) but never aligned.
    public var repeatOf: Int?

    public init(index: Int, text: String, paragraph: Int, line: Int, isBoilerplate: Bool = false, repeatOf: Int? = nil) {
        self.index = index
        self.text = text
        self.paragraph = paragraph
        self.line = line
        self.isBoilerplate = isBoilerplate
        self.repeatOf = repeatOf
    }
}

/// Something ingestion noticed and reports rather than handling silently.
public struct IngestionNotice: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Codable {
        /// The document repeats a run of its own paragraphs.
        case repeatedBody = "repeated-body"
        /// A line is web boilerplate (comment policy, "Also Read:", photo caption…).
        case boilerplate
        /// Blank lines in one-sentence-per-line input: kept in the numbering, not aligned.
        case blankLines = "blank-lines"
    }

    public let kind: Kind
    /// The lines concerned (1-based, inclusive).
    public let lines: ClosedRange<Int>
    /// For repeats: the lines they repeat.
    public let original: ClosedRange<Int>?
    /// The first words of the text concerned.
    public let excerpt: String

    public var description: String {
        switch kind {
        case .repeatedBody:
            let of = original.map { " repeat lines \($0.lowerBound)–\($0.upperBound)" } ?? ""
            return "lines \(lines.lowerBound)–\(lines.upperBound)\(of) (\"\(excerpt)\"); the copy is reported, not aligned"
        case .boilerplate:
            return "line \(lines.lowerBound) looks like web boilerplate (\"\(excerpt)\")"
        case .blankLines:
            let which = lines.count == 1 ? "line \(lines.lowerBound) is" : "lines \(lines.lowerBound)–\(lines.upperBound) are"
            return "\(which) blank; kept in the line numbering, not aligned"
        }
    }
}

/// A document split into paragraphs and sentences, with what ingestion noticed.
public struct SegmentedDocument: Sendable, Codable {
    /// The file name as given, for messages and reports.
    public let source: String
    public let language: Language
    public let sentences: [Sentence]
    public let notices: [IngestionNotice]

    public init(source: String, language: Language, sentences: [Sentence], notices: [IngestionNotice]) {
        self.source = source
        self.language = language
        self.sentences = sentences
        self.notices = notices
    }

    /// Sentences the aligner should match (not repeats of the document's own body, not the
    /// blank lines of one-sentence-per-line input).
    public var alignable: [Sentence] { sentences.filter { $0.repeatOf == nil && !$0.text.isEmpty } }
}

/// Reads documents into sentences.
public struct DocumentReader: Sendable {
    public init() {}

    /// Reads and segments a plain-text document.
    ///
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - language: the document's language (the file must be mostly in its script).
    ///   - presegmented: one sentence per line (Moses/OPUS); sentence indices are
    ///     line numbers (0-based) and no paragraph or boilerplate rules apply.
    /// - Throws: `TextInputError` (unreadable, invalid UTF-8, NUL, empty, wrong language).
    public func read(_ path: String, language: Language, presegmented: Bool = false) throws(TextInputError) -> SegmentedDocument {
        let text = try TextInput.readDocument(path, expecting: language.script)
        return presegmented
            ? self.presegmented(text, source: TextInput.displayName(path), language: language)
            : segment(text, source: TextInput.displayName(path), language: language)
    }

    /// Treats every line as one sentence (indices are 0-based line numbers).
    public func presegmented(_ text: String, source: String, language: Language) -> SegmentedDocument {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }   // the final newline ends a line, it does not start one
        let sentences = lines.enumerated().map { k, line in
            Sentence(index: k, text: SentenceSegmenter.trimmed(line), paragraph: k, line: k + 1)
        }
        // Runs of blank lines, reported (they are not sentences to align).
        var notices: [IngestionNotice] = []
        var k = 0
        while k < sentences.count {
            guard sentences[k].text.isEmpty else { k += 1; continue }
            var end = k
            while end + 1 < sentences.count && sentences[end + 1].text.isEmpty { end += 1 }
            notices.append(IngestionNotice(kind: .blankLines, lines: (k + 1)...(end + 1), original: nil, excerpt: ""))
            k = end + 1
        }
        return SegmentedDocument(source: source, language: language, sentences: sentences, notices: notices)
    }

    /// Splits text into paragraphs (non-blank lines) and sentences, and marks repeats and
    /// boilerplate.
    public func segment(_ text: String, source: String, language: Language) -> SegmentedDocument {
        let segmenter = SentenceSegmenter(language: language)
        let paragraphs = Self.paragraphs(in: text)
        let keys = paragraphs.map { Normalizer.key.normalize($0.text) }
        let repeats = Self.repeatedParagraphs(paragraphs, keys: keys)
        let boilerplate = Self.boilerplateParagraphs(paragraphs, keys: keys)
        var sentences: [Sentence] = []
        var firstSentenceOfParagraph: [Int] = []
        for (p, paragraph) in paragraphs.enumerated() {
            firstSentenceOfParagraph.append(sentences.count)
            let pieces = segmenter.sentences(in: paragraph.text)
            for (k, piece) in pieces.enumerated() {
                var repeatOf: Int?
                if let original = repeats.copies[p] {
                    // The k-th sentence of the copy repeats the k-th sentence of the original.
                    repeatOf = firstSentenceOfParagraph[original] + k
                }
                sentences.append(Sentence(index: sentences.count, text: piece, paragraph: p,
                                          line: paragraph.line, isBoilerplate: boilerplate.contains(p),
                                          repeatOf: repeatOf))
            }
        }
        var notices = repeats.notices
        for p in boilerplate.sorted() where repeats.copies[p] == nil {
            notices.append(IngestionNotice(kind: .boilerplate, lines: paragraphs[p].line...paragraphs[p].line,
                                           original: nil, excerpt: Self.excerpt(paragraphs[p].text)))
        }
        return SegmentedDocument(source: source, language: language, sentences: sentences, notices: notices)
    }

    struct Paragraph {
        var text: String
        var line: Int
    }

    /// Non-blank lines are paragraphs; hard-wrapped blocks (most lines not ending a
    /// sentence, blocks separated by blank lines) are joined into one paragraph each.
    static func paragraphs(in text: String) -> [Paragraph] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [Paragraph] = []
        let nonBlank = lines.filter { !SentenceSegmenter.trimmed($0).isEmpty }
        let enders: Set<Character> = [".", "!", "?", "؟", "”", "\"", "»", ":", "…"]
        let unterminated = nonBlank.filter { SentenceSegmenter.trimmed($0).last.map { !enders.contains($0) } ?? false }.count
        // A blank line between two non-blank ones (the empty string after the final newline
        // is not a separator).
        let blank = lines.map { SentenceSegmenter.trimmed($0).isEmpty }
        let firstText = blank.firstIndex(of: false) ?? 0, lastText = blank.lastIndex(of: false) ?? 0
        let hasBlankSeparators = firstText < lastText && blank[firstText...lastText].contains(true)
        // Wrapped text has short lines (an editor's width, 60–100 characters); paragraphs
        // written one per line without final punctuation (common in Arabic news) are long,
        // and joining them made a whole document one "sentence".
        let shortLines = nonBlank.filter { SentenceSegmenter.trimmed($0).count <= 110 }.count
        let hardWrapped = nonBlank.count >= 6 && hasBlankSeparators && unterminated * 10 >= nonBlank.count * 6
            && shortLines * 10 >= nonBlank.count * 9
        var block: [String] = []
        var blockLine = 0
        for (k, line) in lines.enumerated() {
            let trimmed = SentenceSegmenter.trimmed(line)
            if trimmed.isEmpty {
                if !block.isEmpty { result.append(Paragraph(text: block.joined(separator: " "), line: blockLine)) }
                block = []
                continue
            }
            if hardWrapped {
                if block.isEmpty { blockLine = k + 1 }
                block.append(trimmed)
            } else {
                result.append(Paragraph(text: trimmed, line: k + 1))
            }
        }
        if !block.isEmpty { result.append(Paragraph(text: block.joined(separator: " "), line: blockLine)) }
        return result
    }

    /// Paragraphs that repeat an earlier run of the document's own paragraphs.
    /// A copy must be at least 2 paragraphs or 80 characters long, so that a repeated
    /// heading or dateline is not taken for a repeated body.
    /// - Parameter keys: each paragraph's `key` normalization.
    static func repeatedParagraphs(_ paragraphs: [Paragraph], keys: [String]) -> (copies: [Int: Int], notices: [IngestionNotice]) {
        var firstSeen: [String: Int] = [:]
        var copies: [Int: Int] = [:]
        var notices: [IngestionNotice] = []
        var p = 0
        while p < paragraphs.count {
            guard !keys[p].isEmpty, let original = firstSeen[keys[p]] else {
                if firstSeen[keys[p]] == nil { firstSeen[keys[p]] = p }
                p += 1
                continue
            }
            // Extend the run while the following paragraphs repeat the following originals.
            var length = 1
            while p + length < paragraphs.count, original + length < p,
                  keys[p + length] == keys[original + length], !keys[p + length].isEmpty {
                length += 1
            }
            let characters = (p..<(p + length)).reduce(0) { $0 + keys[$1].count }
            if length >= 2 || characters >= 80 {
                for k in 0..<length { copies[p + k] = original + k }
                notices.append(IngestionNotice(
                    kind: .repeatedBody,
                    lines: paragraphs[p].line...paragraphs[p + length - 1].line,
                    original: paragraphs[original].line...paragraphs[original + length - 1].line,
                    excerpt: excerpt(paragraphs[p].text)))
            }
            p += length
        }
        return (copies, notices)
    }

    /// Paragraphs that look like web boilerplate (labels, captions, credits); after a
    /// comment-policy line, the short lines that follow it to the end are boilerplate too.
    /// - Parameter keys: each paragraph's `key` normalization.
    static func boilerplateParagraphs(_ paragraphs: [Paragraph], keys: [String]) -> Set<Int> {
        var result = Set<Int>()
        var inTrailer = false
        for (p, paragraph) in paragraphs.enumerated() {
            let folded = Normalizer.search.normalize(paragraph.text)
            let bytes = Array(folded.utf8)
            let isPhrase = boilerplatePhrases.contains { bytes.containsRun($0) }
            let startsTrailer = trailerPhrases.contains { bytes.containsRun($0) }
            let length = paragraph.text.count
            // A boilerplate opening is a label ("Also Read: …") or a short line ("Comments").
            let isLabel = folded.unicodeScalars.prefix(40).contains(":") || length <= 40
            let isPrefix = isLabel && {
                let key = Array(keys[p].utf8)
                return labelOpenings.contains { key == $0.label || key.starts(with: $0.opening) }
            }()
            if startsTrailer { inTrailer = true }
            if isPhrase || startsTrailer || isPrefix || (inTrailer && length < 200) {
                result.insert(p)
            }
        }
        return result
    }

    /// The boilerplate phrases as bytes (searched in every paragraph: a byte search, not a
    /// bridged string search, which cost a third of reading a long document).
    static let boilerplatePhrases = LanguageData.boilerplatePhrases.map { Array($0.utf8) }
    static let trailerPhrases = LanguageData.boilerplateTrailerPhrases.map { Array($0.utf8) }
    /// A boilerplate label alone, or opening a line.
    static let labelOpenings = LanguageData.boilerplatePrefixes.map { (label: Array($0.utf8), opening: Array(($0 + " ").utf8)) }

    static func excerpt(_ text: String) -> String {
        let words = text.split(separator: " ")
        return words.prefix(8).joined(separator: " ") + (words.count > 8 ? " …" : "")
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes.
    func containsRun(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= count else { return false }
        return withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                for k in 0...(hay.count - needle.count) where hay[k] == first {
                    var j = 1
                    while j < needle.count, hay[k + j] == needle[j] { j += 1 }
                    if j == needle.count { return true }
                }
                return false
            }
        }
    }
}
