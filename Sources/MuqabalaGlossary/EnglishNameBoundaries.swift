import MuqabalaLexicon
import MuqabalaText

/// Where a run of capitalized words holds names and where they end: titles, "of" and
/// "and", possessives, what is no name.
extension EnglishNameFinder {
    /// Splits a run into names: titles off the front, at possessives, "of" and "and" as the
    /// evidence says; drops what is not a name.
    func pieces(_ run: [NameToken], sentenceInitial: Bool, next: NameToken?, previous: NameToken?,
                context: EnglishDocumentContext) -> [FoundName] {
        let words = run.enumerated().map { k, token in k < run.count - 1 ? token.text + token.possessiveMark : token.text }
        return pieces(words: words, sentenceInitial: sentenceInitial, next: next, context: context)
    }

    func pieces(words: [String], sentenceInitial: Bool, next: NameToken?, context: EnglishDocumentContext) -> [FoundName] {
        var words = words
        // A capitalized function word opening a run (But Craith, And Iran) is not part of it.
        while words.count > 1, let first = words.first, EnglishWordForm.isStopword(Self.withoutPossessive(first).lowercased()),
              !NameData.englishStopwordAcronyms.contains(first),
              !NameData.englishConnectors.contains(first.lowercased()) || first.lowercased() == "the" { words.removeFirst() }
        // Shouting: a capitalized common word (DIFFICULT, THANK YOU) is not a name.
        // (An acronym can spell a word, ISIS: one capitalized word must be longer to shout.)
        if words.count >= 1, words.allSatisfy({ $0.count >= 2 && $0 == $0.uppercased() && $0.contains(where: \.isLetter) }),
           words.contains(where: { $0.count >= (words.count == 1 ? 5 : 4) && lexicon.isCommonEnglishWord($0) }) || words.count >= 3 {
            return []
        }
        // Interjections and the pronoun I at either end (Hey Cohren, If I).
        while let first = words.first, Self.isNonName(first),
              !(words.count > 1 && NameData.englishHolidays.contains(first.lowercased()) && NameData.englishHeads[words[1].lowercased()] != nil) {
            words.removeFirst()   // not a holiday naming a place: Christmas Island
        }
        while let last = words.last, Self.isNonName(last) { words.removeLast() }
        guard !words.isEmpty else { return [] }
        // A sentence-initial capital: a common word or a stop word is not part of a name —
        // unless an organization's head word follows (Republican Party, Labour Party).
        let headed = words.count > 1 && NameData.englishHeads[words.last!.lowercased()] == .organization
            && !words.contains { EnglishWordForm.isStopword($0.lowercased()) }
        if sentenceInitial, let first = words.first, !Self.isAcronym(first), isCommon(first, context: context),
           !(words.count > 1 && lexicon.isNameWord(first) && !EnglishWordForm.isStopword(first.lowercased()) && !Self.isNumberWord(first.lowercased())),
           !headed,
           !(words.count > 1 && !exonyms.entries(english: words[0] + " " + words[1]).isEmpty),
           !(words.count > 1 && context.insideRuns.contains(EnglishDocumentContext.runKey(words))) {
            words.removeFirst()
            while let f = words.first, NameData.englishConnectors.contains(f.lowercased()) { words.removeFirst() }
        }
        // A capitalized common word after a place or an organization's head word is not part
        // of its name: "New York Republican Mike Lawler" → New York, Mike Lawler; "Senate
        // Republican Leader" → Senate.
        // Not when the run ends in an organization's head word: it is one name (World
        // Economic Forum, Scottish National Party).
        let endsInHead = words.count >= 3 && NameData.englishHeads[words.last!.lowercased()] == .organization
        for k in words.indices.dropFirst() where !endsInHead {
            let word = words[k], lower = words[k].lowercased()
            let before = Array(words[..<k])
            let known = !exonyms.entries(english: before.joined(separator: " ")).isEmpty
                || NameData.englishHeads[before.last!.lowercased()] == .organization
            if known, lexicon.isCommonEnglishWord(word) || NameData.englishCapitalizedCommonWords.contains(lower), NameData.englishHeads[lower] == nil,
               !NameData.englishConnectors.contains(lower), lower != "on", !NameData.englishTitles.contains(lower),
               !NameData.englishTitleModifiers.contains(lower), !Self.isAcronym(word) {
                // (A common word that opens a name of its own stays with it: U.S. Centers for
                // Disease Control → U.S., Centers for Disease Control.)
                let opensName = k + 1 < words.count && ["of", "for", "on"].contains(words[k + 1].lowercased())
                return pieces(words: before, sentenceInitial: false, next: nil, context: context)
                    + pieces(words: Array(words[(opensName ? k : k + 1)...]), sentenceInitial: false, next: next, context: context)
            }
        }
        // Titles: "US President Joe Biden" → US, then Joe Biden (a person).
        var result: [FoundName] = []
        var current: [String] = []
        var titled = false
        var k = 0
        func flush(_ kind: EntityKind?) {
            result += splitName(current, kind: kind, next: next, context: context)
            current = []
        }
        while k < words.count {
            if let j = titleEnd(words, from: k) {
                // A title opens a new piece: "US President Joe Biden" → US, Joe Biden.
                if !current.isEmpty { flush(nil) }
                // A title of something names no person: President of the General Assembly,
                // Mayor of London.
                titled = j < words.count && !["of", "for", "to"].contains(words[j].lowercased())
                k = j
                continue
            }
            current.append(words[k])
            k += 1
        }
        // (The title is the possessor's in "Mister Rogers' Neighborhood", not the name's.)
        let possessed = current.dropLast().contains { Self.withoutPossessive($0) != $0 || $0.hasSuffix("'") || $0.hasSuffix("’") }
        flush(titled && !possessed ? .person : nil)
        return result
    }

    /// If a title starts at `start` and a name follows it, where the title ends: title words,
    /// modifiers before one (Prime Minister, Shadow Chancellor), and "of" + a common word after
    /// one (Secretary of State). A title before nothing but head words, or before a plural
    /// common noun, is part of a name (General Assembly, Home Office, General Practitioners).
    func titleEnd(_ words: [String], from start: Int) -> Int? {
        func key(_ k: Int) -> String { words[k].lowercased().replacing(".", with: "") }
        var j = start
        var sawTitle = false
        while j < words.count {
            let w = key(j)
            // A rank's ordinal is part of it: 1st Lieutenant, 2nd Lieutenant.
            if j == start, j + 1 < words.count, NameData.englishTitles.contains(key(j + 1)), Self.isOrdinal(w) {
                j += 1
                continue
            }
            if NameData.englishTitleModifiers.contains(w), j + 1 < words.count,
               NameData.englishTitles.contains(key(j + 1)) || NameData.englishTitleModifiers.contains(key(j + 1)) {
                j += 1
                continue
            }
            if NameData.englishTitles.contains(w) || NameData.englishOccupations.contains(w) { j += 1; sawTitle = true; continue }
            // "of the" before a domain too: Speaker of the House, Secretary of the Treasury.
            if sawTitle, w == "of" || w == "for", j + 2 < words.count, key(j + 1) == "the", NameData.englishTitleDomains.contains(key(j + 2)) {
                j += 1
            }
            if sawTitle, w == "of" || w == "for", j + 1 < words.count, NameData.englishTitleDomains.contains(key(j + 1)) {
                j += 2
                // The rest of the portfolio: Minister of Humanitarian Affairs and Poverty
                // Alleviation — domain words and common words that are no part of people's
                // names, joined by "and" (Grant in "Minister of Energy Grant Shapps" is a name).
                func isPortfolioWord(_ k: Int) -> Bool {
                    NameData.englishTitleDomains.contains(key(k))
                        || lexicon.isCommonEnglishWord(words[k]) && !lexicon.isNameWord(words[k])
                }
                while j < words.count {
                    if isPortfolioWord(j), !NameData.englishConnectors.contains(key(j)) { j += 1; continue }
                    if key(j) == "and" || key(j) == "&", j + 1 < words.count, isPortfolioWord(j + 1) { j += 2; continue }
                    break
                }
                continue
            }
            break
        }
        guard sawTitle else { return nil }
        // Nothing but titles (Political Analyst): not a name at all — unless a name comes
        // before it (Ice King).
        if j == words.count { return start == 0 ? j : nil }
        if NameData.englishConnectors.contains(words[j].lowercased()) { return j }
        let rest = words[j...].filter { !NameData.englishConnectors.contains($0.lowercased()) }
        if !rest.isEmpty && rest.allSatisfy({ NameData.englishHeads[$0.lowercased()] != nil }) { return nil }
        // …or before a plural common noun: General Practitioners, General Motors name groups.
        if let first = rest.first, first.count > 3, first.hasSuffix("s"), lexicon.isCommonEnglishWordOrPlural(first),
           !lexicon.isNameWord(first) { return nil }
        return j
    }

    /// One piece of a run (titles removed): split at "of" and "and" unless they hold the
    /// name together, trim connectors and dates, drop what is not a name.
    func splitName(_ words: [String], kind: EntityKind?, next: NameToken?, context: EnglishDocumentContext) -> [FoundName] {
        var words = words
        // Connectors do not open a name, but a capitalized article of one does (Le Monde, Al Jazeera).
        while let first = words.first, NameData.englishConnectors.contains(first.lowercased()) && (first.first?.isLowercase == true
                || ["the", "of", "and", "for", "&"].contains(first.lowercased())) || Self.isMonthOrDay(first) && words.count > 1 { words.removeFirst() }
        while let last = words.last, NameData.englishConnectors.contains(last.lowercased()) || last == "on" || Self.isMonthOrDay(last) && words.count > 1 { words.removeLast() }
        // An office named by its country and no one in it (the Pakistani President, the
        // French Prime Minister) is no name.
        if words.count >= 2, let last = words.last, NameData.englishTitles.contains(last.lowercased()),
           words.dropLast().allSatisfy({ isLanguageOrDemonym($0) || NameData.englishTitleModifiers.contains($0.lowercased()) }),
           words.dropLast().contains(where: isLanguageOrDemonym) {
            return []
        }
        // An office and no one in it (National Security Advisor, Chief Executive Officer) is
        // no name; an organization's (Office of the Prosecutor, Red Cross Director) holds one.
        // (Not a ruler's title, which an epithet takes: the Ice King.)
        if words.count >= 2, let last = words.last?.lowercased(), !NameData.englishRulers.contains(last),
           NameData.englishTitles.contains(last) || NameData.englishOccupations.contains(last),
           words.dropLast().allSatisfy({ word in
               let lower = word.lowercased()
               return NameData.englishConnectors.contains(lower) || NameData.englishTitleModifiers.contains(lower)
                   || NameData.englishTitleDomains.contains(lower) || NameData.englishTitles.contains(lower)
                   || NameData.englishOccupations.contains(lower) || NameData.englishOfficeWords.contains(lower)
           }) {
            return []
        }
        // A demonym before a person's full name describes the person (Austrian Claudia Loesch,
        // French Emmanuel Macron); before a head or a common word it is the name's own (British
        // Airways, Indian Ocean). Not a word that names a place too, nor before another demonym.
        if words.count >= 3, isLanguageOrDemonym(words[0]), exonyms.entries(english: words[0]).allSatisfy({ $0.kind == .language }),
           !words.dropFirst().contains(where: isLanguageOrDemonym),
           EntityTyper(exonyms: exonyms, lexicon: lexicon).isPersonalName(words.dropFirst().joined(separator: " ")) {
            words.removeFirst()
        }
        // A hyphenated adjective before a name describes it (Oscar-winning Gravity, Iran-backed Houthis).
        while words.count >= 2, let first = words.first, first.contains("-"), first.split(separator: "-").last?.first?.isLowercase == true {
            words.removeFirst()
        }
        guard !words.isEmpty else { return [] }
        // "X of Y" and "A and B".
        for (k, word) in words.enumerated() where k > 0 && k + 1 < words.count {
            let lower = word.lowercased()
            if lower == "for", !exonyms.entries(english: words[..<k].joined(separator: " ")).isEmpty,
               !exonyms.entries(english: words[(k + 1)...].joined(separator: " ")).isEmpty {
                // Two places on either side of "for" are two names (Spain for Portugal).
                return splitName(Array(words[..<k]), kind: kind, next: nil, context: context)
                    + splitName(Array(words[(k + 1)...]), kind: kind, next: next, context: context)
            }
            if lower == "of" {
                let left = Array(words[..<k]), right = Array(words[(k + 1)...])
                // After "on", the head is the word before it: Commission on the Status of Women.
                let head = (left.contains("on") ? Self.headWord(left) : left.last!).lowercased()
                // One common noun before "of" that the document never writes in lowercase is the
                // name's head (Strait of Hormuz, Congress of Vienna, Revolution of Vindication); one
                // it also writes in lowercase heads a phrase around a name (Implementation of the
                // Durban Declaration, Head of the United Nations Mission…); a name many people bear
                // is none (Earl of Essex; Tom of Finland is no common word).
                let keep = NameData.englishOfHeads.contains(head) || NameData.englishTitles.contains(head)
                    || left.count == 1 && (isCommon(left[0], context: context)
                                           || lexicon.isCommonEnglishWordOrPlural(left[0]) && !context.lowercase.contains(left[0].lowercased())
                                           && EntityTyper.nameWordWeight(lexicon.evidence(.nameWord, ofEnglish: left[0])) < 1)
                if !keep { return splitName(left, kind: kind, next: nil, context: context) + splitName(right, kind: nil, next: next, context: context) }
            } else if lower == "and" || lower == "&" && word.count == 1 {
                let left = Array(words[..<k]), right = Array(words[(k + 1)...])
                let tailKind = NameData.englishHeads[Self.headWord(right).lowercased()]
                let leftHead = NameData.englishHeads[Self.headWord(left, after: ["of"]).lowercased()]
                let leftStandsAlone = !exonyms.entries(english: left.joined(separator: " ")).isEmpty
                    || left.count >= 2 && left.allSatisfy({ lexicon.isNameWord($0) && !lexicon.isCommonEnglishWord($0) })
                    || left.count == 1 && Self.isAcronym(left[0])   // the WHO and the National Health Commission
                // "and the" joins two names (Médecins Sans Frontières and the World Health
                // Organisation); a name's own "and" is followed by its next word.
                // What a body is "on" or "for" runs on over "and": Commission on Population and
                // Development, Centers for Disease Control and Prevention.
                // (Not before a name of its own: an acronym or a place, … for Animal Health and UNODC.)
                let rightStandsAlone = right.count == 1 && Self.isAcronym(right[0]) || !exonyms.entries(english: right.joined(separator: " ")).isEmpty
                let keep = ((tailKind == .organization || tailKind == .other) && leftHead == nil && !leftStandsAlone
                    || (left.contains("on") || left.contains("for")) && !rightStandsAlone) && right.first?.lowercased() != "the"
                if !keep { return splitName(left, kind: kind, next: nil, context: context) + splitName(right, kind: kind, next: next, context: context) }
            }
        }
        // Numbers alone (2nd, 18) are not names, nor amounts (N585 million), nor a part of
        // something numbered (Section 713, Chapter 4, Act 2022 cut from its title).
        if words.allSatisfy({ $0.first?.isNumber == true }) { return [] }
        // (The number may follow the run: Table 2, Figure 3; or be Roman: Phase II, Chapter IV.)
        if words.count == 2, NameData.englishNumberedParts.contains(words[0].lowercased()),
           words[1].allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) || Self.isRomanNumeral(words[1]) { return [] }
        if words.count == 1, NameData.englishNumberedParts.contains(words[0].lowercased().replacing(".", with: "")), let next,
           next.text.first?.isNumber == true { return [] }
        // …or be written onto it: Fig.4.
        if words.count == 1, let dot = words[0].firstIndex(of: "."),
           NameData.englishNumberedParts.contains(words[0][..<dot].lowercased()),
           words[0][words[0].index(after: dot)...].first?.isNumber == true { return [] }
        // A Roman numeral alone is a number (II-III of Phase II-III at a sentence's start);
        // a single letter may be a name (X, the platform).
        if words.count == 1, words[0].count >= 2, Self.isRomanNumeral(words[0]) { return [] }
        if words.count == 1, let next, ["million", "billion", "thousand", "trillion", "bn", "m", "k"].contains(next.lower),
           words[0].dropFirst().allSatisfy(\.isNumber) {
            return []
        }
        // Groups named by adjectives alone (Shia Muslims, Iraqi Kurds, Sunni Arab, Arab Israeli)
        // are no one entity, as a single demonym is not (Arab, a first name too, only beside another).
        if words.count >= 2, words.allSatisfy({ isLanguageOrDemonym($0) || $0.lowercased() == "arab" }),
           words.contains(where: { $0.lowercased() != "arab" }) {
            return []
        }
        // A holiday with common words (Happy Ramadan Feast, Christmas Eve, Easter Monday) is
        // a date, not a name; with a head word it names a place (Christmas Island).
        if words.count >= 2, words.contains(where: { NameData.englishHolidays.contains($0.lowercased()) }),
           words.allSatisfy({ NameData.englishHolidays.contains($0.lowercased()) || Self.isMonthOrDay($0)
               || lexicon.isCommonEnglishWord($0) && NameData.englishHeads[$0.lowercased()] == nil }) {
            return []
        }
        if words.count == 1 {
            let word = words[0]
            let lower = word.lowercased()
            if Self.isNonName(word) { return [] }
            // A direction or size alone is an adjective (Southern, Western, Greater), not a place.
            if NameData.englishPlaceAdjectives.contains(lower) { return [] }
            // A company's legal form alone (Inc., Ltd.) is the tail of a name, not one.
            if NameData.englishGenericHeads.contains(lower), lower != "group", lower != "party" { return [] }
            if EnglishWordForm.isStopword(lower) && exonyms.entries(english: word).isEmpty
                && !NameData.englishStopwordAcronyms.contains(word) { return [] }
            if Self.isMonthOrDay(word) { return [] }
            if NameData.englishTitles.contains(lower.replacing(".", with: "")) { return [] }
            // Hyphenated adjectives and derived words are not names: a lowercase tail
            // (Iran-linked, Russian-speaking), or a derivational prefix before a name
            // (anti-American, de-Russify); al-Kadhimi and Coca-Cola are names.
            let parts = word.split(separator: "-")
            if parts.count >= 2, parts.last?.first?.isLowercase == true
                || parts.count == 2 && NameData.englishDerivationPrefixes.contains(String(parts[0])) {
                return []
            }
            // A language or a demonym (Scottish, Iraqi — but Kadhimi is a name) is a word the
            // lexicon translates; a name only spelled like one is not (Pirani, not Piran + i;
            // Meta, not CLDR's Meta' language).
            if isLanguageOrDemonym(word),
               lexicon.hasArabicTranslation(forEnglish: word) || lexicon.isCommonEnglishWord(word) && !lexicon.isNameWord(word) {
                return []
            }
            // Alone, a word of political affiliation is an adjective or the party's members
            // (a Louisiana Republican, 71 Republicans), not the party (Republican Party).
            if NameData.englishCapitalizedCommonWords.contains(lower) { return [] }
        }
        return [FoundName(form: words.joined(separator: " "), kind: kind)]
    }

    /// A language's name or a demonym (French, Pakistani, Scottish), which CLDR or the place
    /// names tell: an adjective of nationality, not a name by itself.
    func isLanguageOrDemonym(_ word: String) -> Bool {
        exonyms.entries(english: word).contains { $0.kind == .language } || exonyms.isDemonym(word)
            || NameData.englishGroupWords.contains(word.lowercased())
    }

    /// A Roman numeral from II to XXXIX, or a range of two (II-III): a regnal or part number
    /// (Elizabeth II, Phase IV). Not a lone I, which is the pronoun, nor CCC or CI, acronyms.
    static func isRomanNumeral(_ word: String) -> Bool {
        // Most words have another letter: no pattern matching for them (this runs on every word).
        guard word.utf8.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") || $0 == UInt8(ascii: "-") })
        else { return false }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return word != "I" && (1...2).contains(parts.count) && parts.allSatisfy { RomanNumeral.value($0) != nil }
    }

    /// The words of `run` whose initials spell `acronym` (connectors and "the" skipped);
    /// one letter may differ for acronyms of four letters or more.
    static func expansion(of acronym: String, in run: [String]) -> String? {
        let letters = Array(acronym.filter { $0.isLetter }.uppercased())
        guard letters.count >= 2 else { return nil }
        let content = run.enumerated().filter { !NameData.englishConnectors.contains($0.element.lowercased()) }
        guard content.count >= letters.count else { return nil }
        let tail = Array(content.suffix(letters.count))
        let initials = tail.map { item -> Character in
            let name = item.element.split(separator: "-").last.map(String.init) ?? item.element
            return Character(String(name.first ?? " ").uppercased())
        }
        let mismatches = zip(initials, letters).filter { $0 != $1 }.count
        guard mismatches == 0 || (letters.count >= 4 && mismatches == 1 && initials.first == letters.first) else { return nil }
        return run[tail[0].offset...].joined(separator: " ")
    }
}
