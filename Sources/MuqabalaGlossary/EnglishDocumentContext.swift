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
