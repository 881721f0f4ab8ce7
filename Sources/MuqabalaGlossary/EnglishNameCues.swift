import MuqabalaLexicon
import MuqabalaText

/// The cues around a name that say what it is: the words before and after it, an
/// apposition, the list it stands in.
extension EnglishNameFinder {
    /// Adds to the names found in `run` (tokens `k..<end`) the cues its surroundings give:
    /// a determiner or preposition before it, a verb of saying or a noun of place after it,
    /// an apposition, quotation marks around it, a greeting addressing it.
    func annotate(_ names: inout [FoundName], run: [NameToken], in tokens: [NameToken], at k: Int, end: Int) {
        // "the Biden administration": the name modifies a noun; "the" is that noun's.
        let modifies = end < tokens.count && !run.last!.breakAfter && tokens[end].text.first?.isLowercase == true
        // "from Thassalin's jaws": the preposition is the body part's, not the name's.
        let ownsPersonalNoun = end < tokens.count && run.last!.possessive && tokens[end].text.first?.isLowercase == true
            && NameData.englishPersonalNouns.contains(tokens[end].lower)
        if k > 0, !tokens[k - 1].breakAfter, NameData.englishCuesBefore.contains(tokens[k - 1].lower),
           run.first.map({ names[0].form.hasPrefix($0.text) }) == true, !(modifies && tokens[k - 1].lower == "the"),
           !(names.count == 1 && ownsPersonalNoun) {
            names[0].cues.append(tokens[k - 1].lower)
        }
        // A capitalized preposition opening the run was dropped from the name ("In Thessaly he
        // defeated…"); it is the name's cue all the same. Not "The", which opens any sentence;
        // nor before a possessive, common words or a noun the name modifies, where it opens a
        // topic more often than a place ("In Shakespeare's plays", "In Mission Support, …",
        // "In IDP shelters").
        if run.count >= 2, !(modifies && !EnglishWordForm.isStopword(tokens[end].lower)), run[0].text.first?.isUppercase == true, run[0].lower != "the", NameData.englishCuesBefore.contains(run[0].lower),
           !run[0].breakAfter, names[0].form.hasPrefix(run[1].text), !run.contains(where: \.possessive),
           !names[0].form.split(separator: " ").contains(where: { lexicon.isCommonEnglishWordOrPlural(String($0)) }) {
            names[0].cues.append(run[0].lower)
        }
        if end < tokens.count, !run.last!.breakAfter, NameData.englishCuesAfter.contains(tokens[end].lower) {
            names[names.count - 1].cues.append(tokens[end].lower)
        }
        // "Thassalin, who had…": a relative "who" after a comma is a person's too; after an
        // acronym, a head word or a longer name (the head of BNUB, who…; Hubei Provincial
        // Hospital, who…) it is more often the people's of a phrase around the name.
        if end < tokens.count, tokens[end].lower == "who", tokens[end].punctuationBefore == ",", !run.last!.possessive,
           run.count <= 2, !Self.isAcronym(run.last!.text), NameData.englishHeads[run.last!.lower] == nil {
            names[names.count - 1].cues.append("who")
        }
        // "to" after a word of travel: "traveling to Albuquerque" ("from" is a cue of its own).
        // (Not before a possessive: "drove to Amanda's house" goes to the house.)
        if k >= 2, tokens[k - 1].lower == "to", !tokens[k - 1].breakAfter, !tokens[k - 2].breakAfter, !run.contains(where: \.possessive),
           NameData.englishTravelWords.contains(tokens[k - 2].lower) {
            names[0].cues.append(NameData.travelCue)
        }
        // A noun of place right after it: "the Itania plains", "the Kharkiv region".
        if end < tokens.count, !run.last!.breakAfter, tokens[end].text.first?.isLowercase == true,
           NameData.englishPlaceNounsAfter.contains(tokens[end].lower) {
            names[names.count - 1].cues.append(NameData.placeNounCue)
        }
        // Its possessive before a part of a body, family or a home ("Thassalin's jaws", "at
        // Farid's house"): someone's.
        if ownsPersonalNoun { names[names.count - 1].cues.append(NameData.personalNounCue) }
        // A plural a number counts ("four Strykers", "2 Humvees"): things one can count.
        if k > 0, !tokens[k - 1].breakAfter, let last = run.last?.lower, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss"),
           tokens[k - 1].text.allSatisfy(\.isNumber) && (Int(tokens[k - 1].text) ?? 0) >= 2 || LanguageData.englishCardinals[tokens[k - 1].lower] != nil {
            names[names.count - 1].cues.append(NameData.countedCue)
        }
        // A noun of a platform's things right after it, not through a possessive: "her Twitter
        // account" (Biden's account is a person's).
        if end < tokens.count, !run.last!.breakAfter, !run.last!.possessive, tokens[end].text.first?.isLowercase == true,
           NameData.englishPlatformNounsAfter.contains(tokens[end].lower) {
            names[names.count - 1].cues.append(NameData.platformNounCue)
        }
        if let kind = Self.appositiveKind(tokens, after: end) { names[names.count - 1].cues.append(NameData.appositiveCue(kind)) }
        if let kind = Self.classifierKind(tokens, before: k) { names[0].cues.append(NameData.appositiveCue(kind)) }
        // A title in quotation marks: "Too Hot to Handle" (not a greeting: “Hey Lilith”).
        if run.count >= 2, run.allSatisfy(\.quoted), k == 0 || !tokens[k - 1].quoted || tokens[k].opensClause,
           end == tokens.count || !tokens[end].quoted || tokens[end].breakBefore, !Self.isNonName(run[0].text) {
            for n in names.indices { names[n].cues.append(NameData.quotedCue) }
        }
        // Addressed by a greeting: “Hey Lilith”, "Thanks Cohren" — a person (or a pet). The
        // greeting opens the run when capitalized, else stands right before it.
        let addressed = NameData.englishGreetings.contains(run[0].lower)
            ? !run[0].breakAfter
            : k > 0 && !tokens[k - 1].breakAfter && NameData.englishGreetings.contains(tokens[k - 1].lower)
        if addressed { names[0].cues.append(NameData.addressedCue) }
    }

    /// Whether a title follows the name as an appositive: "Kenneth Polite Jr., former
    /// assistant attorney general", "Tim Whitehouse, a former EPA enforcement attorney" — a
    /// comma, then a title or occupation within a few words, before any other punctuation
    /// or a relative word ("Apple, whose CEO" is not one).
    /// …or a noun of a kind of place or organization ("Telford, a town in Shropshire";
    /// "Acme, a company that…"): the kind the apposition gives, or nil.
    /// With `plural`, only a plural noun of a kind counts ("Google and Apple, the companies
    /// that…"): the kind of every name of a list.
    static func appositiveKind(_ tokens: [NameToken], after end: Int, plural: Bool = false) -> EntityKind? {
        guard end < tokens.count, tokens[end].punctuationBefore == "," else { return nil }
        for q in end..<min(tokens.count, end + 5) {
            if q > end && tokens[q].breakBefore { return nil }
            let word = tokens[q].lower.replacing(".", with: "")
            if NameData.englishAppositionStops.contains(word) { return nil }
            if plural {
                if tokens[q].text.first?.isLowercase == true, !tokens[q].possessive, let kind = Self.pluralKind(word) { return kind }
            } else {
                if NameData.englishTitles.contains(word) || NameData.englishOccupations.contains(word) { return .person }
                // (A possessive only modifies the head: "the country's Language Ombudsman".)
                if tokens[q].text.first?.isLowercase == true, !tokens[q].possessive, let kind = NameData.englishAppositiveNouns[word] {
                    return kind
                }
            }
            if tokens[q].breakAfter, !tokens[q].possessive { return nil }   // (Britain's prime minister)
        }
        return nil
    }

    /// The kind a lowercase noun before the name gives it: "the town of Flensburg", "the son
    /// of Herod" (`NameData.englishNounsBeforeOf`); "the company Uber", "the game Celeste",
    /// "his wife Anna" (a determiner, then a noun of `NameData.englishAppositiveNouns`);
    /// "companies such as Uber", "cities like Leeds" (the noun's plural, then an example
    /// marker). Nil when none does.
    static func classifierKind(_ tokens: [NameToken], before k: Int) -> EntityKind? {
        func word(_ i: Int) -> String? {
            guard i >= 0, i < k, !tokens[i].breakAfter, !tokens[i].possessive, tokens[i].text.first?.isLowercase == true else { return nil }
            return tokens[i].lower
        }
        guard let before = word(k - 1) else { return nil }
        if before == "of", let noun = word(k - 2), let kind = NameData.englishNounsBeforeOf[noun] { return kind }
        if let determiner = word(k - 2), NameData.englishClassifierDeterminers.contains(determiner),
           !NameData.englishPeopleOrOrganizationNouns.contains(before), let kind = NameData.englishAppositiveNouns[before] { return kind }
        let plural = before == "as" && word(k - 2) == "such" ? word(k - 3)
            : NameData.englishExampleMarkers.contains(before) ? word(k - 2) : nil
        return plural.flatMap(pluralKind)
    }

    /// The kind a plural noun of `NameData.englishAppositiveNouns` gives (companies, cities).
    static func pluralKind(_ word: String) -> EntityKind? {
        guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        let singular = word.hasSuffix("ies") ? String(word.dropLast(3)) + "y" : String(word.dropLast())
        return NameData.englishAppositiveNouns[singular] ?? NameData.englishAppositiveNouns[String(word.dropLast(2))]
    }

    /// Names in one list share a kind: "Kiev, Kharkov, and Odessa", "Venezuela, Trinidad and
    /// Miami". When a name of the list is a place by CLDR or by a preposition of place before
    /// the list, every other name of it gets the cue `listed-place` (an organization named by
    /// CLDR gives `listed-organization`). "Maparasha, Kenya" marks Maparasha the same way.
    func markLists(_ runs: [NameRun], _ tokens: [NameToken], _ found: inout [FoundName]) {
        var groups: [[NameRun]] = []
        for run in runs {
            if let last = groups.last?.last, Self.continuesList(last, run, tokens) {
                groups[groups.count - 1].append(run)
            } else {
                groups.append([run])
            }
        }
        for group in groups {
            let members = group.flatMap { Array($0.names) }
            guard members.count >= 2 else { continue }
            // Commas alone join clauses as often as lists ("In the UK, Boris Johnson…"): a list
            // needs its "and" / "or"; without one, only "Maparasha, Kenya" reads as a place in a
            // place, and only the first name learns from the second.
            // (A run that the finder split at its "and" holds two names: "Fife and the Lothians".)
            let coordinated = zip(group, group.dropFirst()).contains { $0.tokens.upperBound < $1.tokens.lowerBound }
                || group.contains { $0.names.count >= 2 }
            if !coordinated {
                // ("Boris Johnson, Britain's prime minister" is no place in a place: the place
                // must close the phrase, not own what follows.)
                let place = group[group.count - 1].tokens
                guard let last = members.last, members.count == 2, !tokens[place.upperBound - 1].possessive,
                      place.upperBound == tokens.count || tokens[place.upperBound - 1].breakAfter,
                      exonyms.entries(english: found[last].form).contains(where: { $0.kind != .language && $0.kind != .organization })
                else { continue }
                found[members[0]].cues.append(NameData.listedPlaceCue)
                continue
            }
            // A noun before the list names the kind of all of them ("companies such as Spotify,
            // Tesla and Uber"), and so does a plural one in apposition after it ("Google and
            // Apple, the companies that…").
            // (The first name has the noun before it as its own cue already.)
            if let kind = Self.classifierKind(tokens, before: group[0].tokens.lowerBound) {
                for n in members.dropFirst() { found[n].cues.append(NameData.appositiveCue(kind)) }
                continue
            }
            if let kind = Self.appositiveKind(tokens, after: group[group.count - 1].tokens.upperBound, plural: true) {
                for n in members { found[n].cues.append(NameData.appositiveCue(kind)) }
                continue
            }
            // Two names joined by "and" are a list of places only under a preposition of
            // place ("in Kharkov and Odessa"); "Biden and Iran" joins a person and a country.
            // ("from" says place less surely: complaints from Kharkov, Dnipro and Odessa, but
            // support from IBM, Amazon and Google — not for a list with an acronym or an
            // organization's head word in it.)
            let organizational = members.contains { n in
                Self.isAcronym(found[n].form) || found[n].form.split(separator: " ").last.map { NameData.englishHeads[$0.lowercased()] == .organization } == true
            }
            let listPlaceCues = (organizational ? NameData.englishPlaceCues.subtracting(["from"]) : NameData.englishPlaceCues)
                .union([NameData.travelCue])
            guard members.count >= 3 || found[members[0]].cues.contains(where: { listPlaceCues.contains($0) }) else { continue }
            var kinds: Set<EntityKind> = []
            for n in members {
                if found[n].cues.contains(where: { listPlaceCues.contains($0) }) { kinds.insert(.place) }
                for entry in exonyms.entries(english: found[n].form) where entry.kind != .language {
                    kinds.insert(entry.kind == .organization ? .organization : .place)
                }
            }
            guard kinds.count == 1, let kind = kinds.first else { continue }
            for n in members { found[n].cues.append(kind == .place ? NameData.listedPlaceCue : NameData.listedOrganizationCue) }
        }
    }

    /// Whether `next` continues the list `previous` is in: right after it behind a comma, or
    /// behind "and" / "or" (with or without a comma; "Edinburgh, Fife and the Lothians").
    static func continuesList(_ previous: NameRun, _ next: NameRun, _ tokens: [NameToken]) -> Bool {
        let between = tokens[previous.tokens.upperBound..<next.tokens.lowerBound]
        if between.isEmpty { return tokens[next.tokens.lowerBound].punctuationBefore == "," }
        guard (1...2).contains(between.count), let word = between.first, ["and", "or"].contains(word.lower),
              between.count == 1 || between.last!.lower == "the", !between.contains(where: \.breakAfter) else { return false }
        return !tokens[previous.tokens.upperBound - 1].breakAfter || word.punctuationBefore == ","
    }
}
