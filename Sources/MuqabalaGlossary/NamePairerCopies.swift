import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// Renderings that are certain when present: a CLDR exonym of the name, or the name copied
/// in Latin letters.
extension NamePairer {
    /// A CLDR exonym of the name, written in the Arabic.
    func exonymSpan(_ name: String, in tokens: [ArabicToken]) -> Rendering? {
        exonymOccurrence(name, in: tokens).map { Rendering(form: $0.form, score: 1, headKind: $0.kind == .organization ? .organization : .place) }
    }

    /// Where a CLDR exonym of the name (not a language's name) stands in the Arabic, its form
    /// there (the first word's proclitics off) and its kind; the first found.
    func exonymOccurrence(_ name: String, in tokens: [ArabicToken]) -> (range: Range<Int>, form: String, kind: Exonyms.Kind)? {
        let entries = exonyms.entries(english: name).filter { $0.kind != .language }
        guard !entries.isEmpty else { return nil }
        for entry in entries {
            for arabic in entry.arabic {
                let target = Exonyms.arabicKey(arabic).split(separator: " ").map(String.init)
                guard !target.isEmpty, target.count <= tokens.count else { continue }
                for start in 0...(tokens.count - target.count) {
                    var matched = true
                    for (k, word) in target.enumerated() {
                        let token = tokens[start + k]
                        let forms = k == 0 ? [token.letters] + token.readings.map { token.form($0) } : [token.letters]
                        if !forms.contains(where: { Exonyms.arabicKey($0) == word }) { matched = false; break }
                    }
                    if matched {
                        let first = tokens[start]
                        let firstForm = ([first.letters] + first.readings.map { first.form($0) }).first { Exonyms.arabicKey($0) == target[0] } ?? first.letters
                        let form = ([firstForm] + tokens[(start + 1)..<(start + target.count)].map(\.letters)).joined(separator: " ")
                        return (start..<(start + target.count), form, entry.kind)
                    }
                }
            }
        }
        return nil
    }


    /// The name copied in Latin script into the Arabic: as written, or else with a typing slip
    /// in a long word (Home Assistant ⇄ "Home Assistance", Traansformers ⇄ "Traanformers";
    /// see ``isTypingSlip(_:_:)``), which scores `weights.slippedCopy`.
    func copySpan(_ name: String, in tokens: [ArabicToken], context: Set<String> = []) -> Rendering? {
        let words = name.split(separator: " ").map { Normalizer.key.normalize(String($0)) }
        guard !words.isEmpty, words.count <= tokens.count else { return nil }
        var slipped: Rendering?
        for start in 0...(tokens.count - words.count) {
            let span = tokens[start..<(start + words.count)]
            guard span.allSatisfy(\.isLatin) else { continue }
            let copied = span.map { Normalizer.key.normalize($0.letters) }
            let rendering = { (score: Double) in
                Rendering(form: span.map(\.letters).joined(separator: " "), score: score,
                          headKind: self.headKind(tokens, start..<(start + words.count), context: context))
            }
            if copied == words { return rendering(1) }
            if slipped == nil, zip(copied, words).allSatisfy({ $0 == $1 || Self.isTypingSlip($0, $1) }) {
                slipped = rendering(weights.slippedCopy)
            }
        }
        return slipped
    }

    /// Whether two words differ by a typing slip: one edit (a letter added, dropped, changed,
    /// or two neighbours swapped) in a word of six to eight letters, two in a longer one
    /// (Assistant / Assistance, Craith / Criath); shorter words must match.
    static func isTypingSlip(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let shorter = min(x.count, y.count)
        guard shorter >= 6, shorter <= 64 else { return false }
        let allowed = shorter >= 9 ? 2 : 1
        guard abs(x.count - y.count) <= allowed else { return false }
        // Edit distance with swaps of neighbours (optimal string alignment), three rows.
        var before = [Int](repeating: 0, count: y.count + 1), previous = Array(0...y.count)
        var row = previous
        for i in 1...x.count {
            row[0] = i
            for j in 1...y.count {
                row[j] = min(previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), previous[j] + 1, row[j - 1] + 1)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { row[j] = min(row[j], before[j - 2] + 1) }
            }
            (before, previous) = (previous, row)
        }
        return previous[y.count] <= allowed
    }
}
