import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// Renderings of acronyms: spelled letter by letter, written out in words, or linked to
/// the words of their expansion.
extension NamePairer {
    /// An acronym the translation writes out in words (ECB ⇄ «البنك المركزي الأوروبي», EPA ⇄
    /// «وكالة حماية البيئة», NHS ⇄ «هيئة الخدمات الصحية الوطنية»), when the document never
    /// gives its expansion: the one run of as many Arabic content words as the acronym has
    /// letters (3 to 6) whose translations' initials are its letters, one word to a letter in
    /// any order, opening on the English head (the acronym's last letter: Arabic puts the head
    /// first, Bank Central European) or on an Arabic head noun (الجمعية الملكية لحماية الطيور,
    /// RSPB), and closing on a word with the article, as a definite name's phrase does (not
    /// «تحت ضغط هائل»). A head noun just before the run (هيئة) belongs to it. Only a name
    /// nothing else renders is tried, and two runs that fit make no rendering: initials alone
    /// are weak evidence. Strong translations only (see `weakTranslationShare`), or any of
    /// `acronymTranslationFloor` or more («لائحة»: regulation 0.38 beside pricelist 1.0), of
    /// three letters or more.
    func translatedAcronymSpan(_ name: String, in tokens: [ArabicToken], context: Set<String>) -> Rendering? {
        guard let upper = Self.acronymLetters(name), upper.count >= 3, upper.count <= tokens.count else { return nil }
        let letters = upper.map { Character($0.lowercased()) }
        var initials: [Set<Character>?] = Array(repeating: nil, count: tokens.count)
        func initialsOf(_ k: Int) -> Set<Character> {
            if let known = initials[k] { return known }
            var found = Set<Character>()
            if !tokens[k].isLatin, !isFunctionWord(tokens[k]) {
                let translations = lexicon.translations(ofArabic: tokens[k].letters)
                let strongest = Double(translations.first?.weight ?? 0)
                let strong = translations.filter { Double($0.weight) >= min(weights.weakTranslationShare * strongest, weights.acronymTranslationFloor) }
                // A word that translates another word of the pair, one the acronym cannot stand
                // for (its initial is none of the acronym's letters), is that word's: «مرافق»,
                // facilities, is not the D of AUD.
                if !strong.contains(where: { context.contains($0.stem) && !letters.contains($0.stem.first ?? " ") }) {
                    for translation in strong where translation.stem.count >= 3 && !EnglishWordForm.isStopword(translation.stem) {
                        if let first = translation.stem.first { found.insert(first) }
                    }
                }
            }
            initials[k] = found
            return found
        }
        func spells(_ span: Range<Int>) -> Bool {
            var used = Set<Int>()
            func place(_ i: Int) -> Bool {
                if i == letters.count { return true }
                for k in span where !used.contains(k) && initialsOf(k).contains(letters[i]) {
                    used.insert(k)
                    if place(i + 1) { return true }
                    used.remove(k)
                }
                return false
            }
            return place(0)
        }
        var found: Range<Int>?
        for start in 0...(tokens.count - letters.count) {
            let span = start..<(start + letters.count)
            guard !span.dropLast().contains(where: { tokens[$0].breakAfter }), span.allSatisfy({ !initialsOf($0).isEmpty }),
                  initialsOf(start).contains(letters.last!) || tokens[start].headNounKind != nil,
                  tokens[span.upperBound - 1].folded.hasPrefix("ال"),
                  spells(span) else { continue }
            if found != nil { return nil }
            found = span
        }
        guard let span = found else { return nil }
        return acronymRendering(span, in: tokens, context: context)
    }

    /// An acronym the learned model links to words of its expansion, each weakly, having seen
    /// the two side by side (UNODC ⇄ «مكتب الأمم المتحدة المعني بالمخدرات والجريمة», ICU ⇄
    /// «وحدة العناية المركزة»): the run from the first linked word to the last, inside one
    /// clause, at most three words longer than the acronym, half of its content words linked
    /// (a head noun just before it belongs to it). With one word linked by translation alone,
    /// that word is a piece of the expansion, not the acronym («بالمخدرات» is not UNODC): the
    /// rendering is the one its initials give, or none. Not linked when no word links, or when
    /// one sounds like the acronym (UNICEF ⇄ «اليونيسيف» is a transliteration, rendered as any
    /// name is).
    func linkedAcronymSpan(_ name: String, letters: Int, in tokens: [ArabicToken], strength: [Double],
                           context: Set<String>) -> AcronymLinks {
        // The acronym read letter by letter and as a word (NATO ⇄ «الناتو», CRISPR ⇄ «كريسبر»).
        let readings = [matcher.parse(name), matcher.parse(name.lowercased())]
        // A transliteration in the pair is the rendering, found as any name's is: a word that
        // sounds like the acronym, surely, or somewhat when it is no dictionary word other than
        // the acronym's own («الكبد», liver, is not COPD).
        let stem = EnglishWordForm.stem(name)
        if tokens.contains(where: { token in
            guard !token.isLatin else { return false }
            let sound = readings.map { matcher.similarity($0, matcher.parse(token.best.form)) }.max() ?? 0
            guard sound >= weights.soundFloor else { return false }
            let translations = lexicon.translations(ofArabic: token.letters)
            return sound >= weights.sureSound || translations.isEmpty || translations.contains { $0.stem == stem }
        }) { return .notLinked }
        // Links either way: the model may list «مكتب» under UNODC but not UNODC under «مكتب».
        let targets = Set(lexicon.arabicStems(forEnglish: name).map(\.stem))
        let linked = tokens.indices.filter { k in
            (strength[k] > 0 || !targets.isEmpty && lexicon.lookupForms(tokens[k].letters).contains(where: targets.contains))
                && !tokens[k].isLatin && !isFunctionWord(tokens[k])
        }
        guard let first = linked.first, let last = linked.last else { return .notLinked }
        if linked.count == 1 { return .decided(translatedAcronymSpan(name, in: tokens, context: context)) }
        let span = first..<(last + 1)
        let content = span.filter { !isFunctionWord(tokens[$0]) }.count
        // No clause inside: no break, and no function word but a preposition («في»، «إلى»; not
        // «أن»، «أيضا»).
        let clause = span.allSatisfy { k in
            (k == span.upperBound - 1 || !tokens[k].breakAfter)
                && (!isFunctionWord(tokens[k]) || NameData.arabicNamePrepositions.contains(tokens[k].folded))
        }
        guard span.count <= letters + 3, clause, 2 * linked.count >= content else {
            return .decided(translatedAcronymSpan(name, in: tokens, context: context))
        }
        return .decided(acronymRendering(span, in: tokens, context: context))
    }

    /// An acronym's rendering written out in words over `span`, with a head noun just before
    /// it (هيئة before «الخدمات الصحية الوطنية» for NHS).
    func acronymRendering(_ span: Range<Int>, in tokens: [ArabicToken], context: Set<String>) -> Rendering {
        var span = span
        if span.lowerBound > 0, !tokens[span.lowerBound - 1].breakAfter, !tokens[span.lowerBound - 1].isLatin,
           tokens[span.lowerBound - 1].headNounKind != nil {
            span = (span.lowerBound - 1)..<span.upperBound
        }
        let form = ([tokens[span.lowerBound].form(nil)] + span.dropFirst().map { tokens[$0].letters }).joined(separator: " ")
        return Rendering(form: form, score: weights.translatedAcronym, headKind: headKind(tokens, span, context: context))
    }

    /// What the learned links say of an acronym's rendering: nothing (no word links by
    /// translation), or the rendering, if any.
    enum AcronymLinks {
        case notLinked
        case decided(Rendering?)
    }


    /// The letters of an acronym of capital ASCII letters only (2 to 6, dots ignored: F.B.I.),
    /// or nil: what the Arabic may spell letter by letter or write out in words.
    static func acronymLetters(_ name: String) -> [Character]? {
        let letters = Array(name.filter { $0 != "." })
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter && $0.isASCII }) else { return nil }
        return letters
    }

    /// The Arabic spellings of each letter (``NameData/arabicLetterNames``), `search`-normalized.
    static let letterNames: [Character: Set<String>] = NameData.arabicLetterNames.mapValues { Set($0.map { Normalizer.search.normalize($0) }) }

    /// An acronym spelled out letter by letter in the Arabic (FBI ⇄ «إف بي آي», PCR ⇄ «بي سي
    /// آر»): its letters' names, in order, as separate words, at least one of them no
    /// function word (V and O are spelled like «في» and «أو»).
    func spelledSpan(_ name: String, in tokens: [ArabicToken], context: Set<String> = []) -> Rendering? {
        guard let letters = Self.acronymLetters(name), letters.count <= tokens.count else { return nil }
        let folded = tokens.map { $0.isLatin ? "" : Normalizer.search.normalize($0.letters) }
        for start in 0...(tokens.count - letters.count) {
            let span = start..<(start + letters.count)
            let spelled = span.allSatisfy { k in
                Self.letterNames[letters[k - start]]?.contains(folded[k]) == true && (k == span.lowerBound || !tokens[k - 1].breakAfter)
            }
            if spelled, span.contains(where: { !isFunctionWord(tokens[$0]) }) {
                return Rendering(form: span.map { tokens[$0].letters }.joined(separator: " "), score: 1,
                                 headKind: headKind(tokens, span, context: context))
            }
        }
        return nil
    }
}
