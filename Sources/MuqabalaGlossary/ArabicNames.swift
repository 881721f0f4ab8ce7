import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// Finds names in Arabic sentences, where there is no capitalization to go by: after words
/// that open a name and belong to it (كتائب، حركة، أبو…) or titles that do not (الشيخ،
/// الرئيس، محافظة…).
package struct ArabicNameFinder: Sendable {
    /// Reads the clitics on Arabic words.
    let wordModel: ArabicWordModel

    package init(wordModel: ArabicWordModel) {
        self.wordModel = wordModel
    }

    /// Names introduced by an opener or a title.
    package func names(in sentence: String, document: ArabicWordCounts? = nil) -> [FoundName] {
        let words = arabicTokens(sentence, model: wordModel, document: document).filter { !$0.isLatin }
        var found: [FoundName] = []
        var k = 0
        while k < words.count {
            let word = words[k]
            if let kind = NameData.arabicNameOpeners[word.folded] {
                let span = nameSpan(words, from: k + 1, max: kind == .person ? 2 : 3)
                if span > 0 {
                    found.append(FoundName(form: words[k...(k + span)].enumerated().map { $0.offset == 0 ? $0.element.form(nil) : $0.element.letters }
                        .joined(separator: " "), kind: kind))
                    k += span + 1
                    continue
                }
            } else if let kind = NameData.arabicTitles[word.folded], !word.breakAfter {
                // رئيس الوزراء, المتحدث باسم: the title goes on.
                var start = k + 1
                while start < words.count, NameData.arabicTitleContinuations.contains(words[start].folded) { start += 1 }
                if start < words.count, NameData.arabicNameOpeners[words[start].folded] == nil {
                    let span = kind == .place ? placeSpan(words, from: start) : personSpan(words, from: start)
                    if span > 0 {
                        let form = words[start..<(start + span)].enumerated().map { $0.offset == 0 ? $0.element.form(nil) : $0.element.letters }
                        found.append(FoundName(form: form.joined(separator: " "), kind: kind))
                        k = start + span
                        continue
                    }
                }
            }
            k += 1
        }
        return found
    }

    private func isFunctionWord(_ word: ArabicToken) -> Bool {
        ArabicWordForm.isStopword(Normalizer.search.normalize(word.letters)) || ArabicWordForm.isStopword(word.folded)
    }

    /// How many words after an opener belong to the name (0: none), stopping at punctuation,
    /// function words and a new conjunction.
    private func nameSpan(_ words: [ArabicToken], from start: Int, max: Int) -> Int {
        var length = 0
        while start + length < words.count, length < max {
            let word = words[start + length]
            if isFunctionWord(word) || NameData.arabicTitles[word.folded] != nil || word.best.conjunction != nil { break }
            length += 1
            if word.breakAfter { break }
        }
        return length
    }

    /// A person's name after a title: a first name and a family name (كاظم الفرتوسي), or one
    /// word when the next one cannot continue a name.
    private func personSpan(_ words: [ArabicToken], from start: Int) -> Int {
        guard start < words.count, !isFunctionWord(words[start]), !words[start].folded.hasPrefix("ال") else { return 0 }
        if !words[start].breakAfter, start + 1 < words.count {
            let next = words[start + 1]
            if !isFunctionWord(next), next.best.conjunction == nil, NameData.arabicTitles[next.folded] == nil,
               NameData.arabicNameOpeners[next.folded] == nil {
                return 2
            }
        }
        return 1
    }

    /// A place after a title word: one word (محافظة الأنبار), or two when the second carries
    /// the article and is not a nisba adjective (قاعدة عين الأسد, but not مطار أربيل الدولي).
    private func placeSpan(_ words: [ArabicToken], from start: Int) -> Int {
        guard start < words.count, !isFunctionWord(words[start]) else { return 0 }
        let first = words[start]
        if !first.folded.hasPrefix("ال"), !first.breakAfter, start + 1 < words.count {
            let next = words[start + 1].folded
            if next.hasPrefix("ال"), !next.hasSuffix("ي"), !next.hasSuffix("يه"), !isFunctionWord(words[start + 1]),
               words[start + 1].best.conjunction == nil {
                return 2
            }
        }
        return 1
    }
}
