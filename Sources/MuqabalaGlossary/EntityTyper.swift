import Foundation
import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// Decides what an entry names — person, organization, place or other — from the evidence
/// its forms carry, each weighed by how much it says:
///
/// | evidence | example | weight |
/// |---|---|---|
/// | CLDR names it; a celestial body | China, London, the EU; Earth, the Moon | 5 |
/// | a head word in the English name | Labour **Party**, **Bank** of England, **West** Lothian | 4 |
/// | explicit votes: a title before it (3 each), an Arabic head word on its rendering (2 each), at most two, when at least 5% of its mentions have one | Sen. Graham; **ولاية** واشنطن | |
/// | a head word opening the Arabic name | **حزب** العمال | 3 |
/// | a full name of name words (none a common word, none a place) | Kamanda Timayio | 2 |
/// | a preposition of place before it, or a noun of place after it (in 5% of its mentions or more) | in Fife, from Kyiv; the Itania plains; at Telford | 1.5 each (at: 0.7), at most 3 |
/// | listed with a place or an organization CLDR names | Kiev, Kharkov, and Odessa | 1.5 |
/// | left in Latin letters in the Arabic | Signal, Blackrock | other 1, person −1.5 |
/// | a verb of a person after it, "who" | Uhlmann said, Cohren nodded | 0.7 each, at most 2; who 1.5 |
/// | a word of many people's names acting in 5% of its mentions | Sofia said, Sofia smiled | person 5 |
/// | addressed by a greeting | “Hey Lilith” | person 1.5 |
/// | a title in apposition after it; a name suffix | Whitehouse, a former attorney; Kenneth Polite Jr. | person 2; 2 |
/// | a noun of a kind of place or organization in apposition | Telford, a town in Shropshire | 2 |
/// | a determiner before it: not a person | the Scotsman | organization 0.5, person −1 |
/// | an acronym | NATO | organization 1 |
/// | quoted as a title | "Too Hot to Handle" | other 2 |
/// | digits in the name | ESP32, 737 MAX | other 1.5 |
/// | a word of people's names (name lists), by how many people bear it | John (2,622), Houston (9), Telford (2) | person 0.3…1 |
/// | one word a dictionary spells in Arabic | Odessa ⇄ اوديسا | place 1 |
/// | one word the Arabic translates | States ⇄ الدول | person −2 |
/// | nothing else: one capitalized word (other if a common word); several words, some common | Kayel (Horizon); Home Assistant | person 0.3 (other 0.4); other 0.5 |
///
/// The kind with the most weight wins; the entry's confidence grows with the margin. The
/// numbers are ``Weights``, set on the glossary development documents' tune split.
public struct EntityTyper: Sendable {
    public let exonyms: Exonyms
    public let lexicon: BilingualLexicon
    /// Tells a transliteration from a translation (the glossary's own matcher).
    public let matcher: NameMatcher
    public var weights = Weights()

    public init(exonyms: Exonyms, lexicon: BilingualLexicon, matcher: NameMatcher = NameMatcher(),
                weights: Weights = Weights()) {
        self.exonyms = exonyms
        self.lexicon = lexicon
        self.matcher = matcher
        self.weights = weights
    }

    /// The weight of each piece of evidence (the table above).
    public struct Weights: Sendable, Equatable, Tunable {
        /// CLDR names it (place, or organization for the EU, UN…).
        public var cldr = 5.0
        /// A head word of the English name (Party, Bank of, West …).
        public var englishHead = 4.0
        /// Per title before a mention (Sen., Dr.) and per Arabic head word on a rendering, at
        /// most `maxVotes` of each kind.
        public var titleVote = 3.0
        public var arabicHeadVote = 2.0
        public var maxVotes = 2.0
        /// The share of an entry's mentions its votes of one kind, or its prepositions of
        /// place, need to count.
        public var voteShare = 0.05
        /// A word of many people's names acting (a verb of a person after it) in this share of
        /// its mentions, five times or more, is a person: `actingName`, as much as CLDR.
        public var actingShare = 0.05
        public var actingName = 5.0
        /// A head word opening the Arabic name (حزب العمال).
        public var arabicOpeningHead = 3.0
        /// A person's full name of name words.
        public var personalName = 2.0
        /// An organization named after its place (Disability Rights Washington).
        public var namedAfterPlace = 2.0
        /// A brand with an inner capital (iMessage, WhatsApp).
        public var innerCapital = 1.0
        /// Per preposition of place before a mention, per "at", and the cap on both.
        public var placeCue = 1.5
        public var atCue = 0.7
        public var maxAtCues = 2.0
        public var maxPlaceCues = 3.0
        /// Listed with a place or a CLDR organization.
        public var listed = 1.5
        /// Left in Latin letters in the Arabic: person loses, other gains.
        public var latinCopyPerson = -1.5
        public var latinCopyOther = 1.0
        /// Per verb of a person after a mention, its cap, and "who".
        public var personVerb = 0.7
        public var maxPersonVerbs = 2.0
        public var who = 1.5
        /// "the" before it: organization gains (per mention, capped at `theCap`), person loses.
        public var theOrganization = 0.5
        public var theCap = 1.0
        public var thePerson = -1.0
        /// A name addressed by a greeting (“Hey Lilith”): person.
        public var addressed = 1.5
        /// A one-word name a dictionary spells in Arabic (weight 1): place.
        public var dictionaryName = 1.0
        /// A one-word name the Arabic translates (States ⇄ الدول): not a person.
        public var translatedWord = -2.0
        /// A title (or a noun of a kind of place or organization) in apposition after a
        /// mention; a name suffix (Jr., III) closing the name.
        public var appositive = 2.0
        public var nameSuffix = 2.0
        /// A noun of an online platform's things after a mention ("Twitter account"): organization.
        public var platformNoun = 2.0
        /// A plural counted by a number ("four Strykers"): other (vehicles, products).
        public var counted = 2.0
        /// Its possessive before what only someone has (a body part, family, a home:
        /// "Thassalin's jaws", "Farid's house"): person.
        public var personalNoun = 2.0
        /// An acronym (NATO), quoted as a title, digits in the name.
        public var acronym = 1.0
        public var quoted = 2.0
        public var digits = 1.5
        /// Nothing else: one capitalized word is a person, one common word a thing, several
        /// words with no head other.
        public var lonePerson = 0.3
        public var loneCommonWord = 0.4
        public var severalWords = 0.5
        /// The margin over the runner-up at which the certainty is 1.
        public var certaintyMargin = 4.0

        public init() {}
    }

    /// How much a one-word name's place in the name lists says it is a person: the lists hold
    /// the words of many people's names, surnames that are also places among them (Houston,
    /// Telford, Odessa), so a word borne by one or two people says little and one borne by
    /// hundreds says a lot. 0.3 for one person, 1 from eight up.
    static func nameWordWeight(_ people: Int) -> Double {
        people <= 0 ? 0 : min(1, 0.3 + 0.7 * log2(Double(people)) / 3)
    }

    /// Whether an English name looks like a person's full name: two to four capitalized words
    /// (a suffix like Jr. allowed), no digits, none of them a place, and each either not a
    /// common word or a known word of people's names (Sally, Garland).
    public func isPersonalName(_ name: String) -> Bool {
        let words = name.split(separator: " ").map(String.init)
        guard (2...4).contains(words.count), !name.contains(where: \.isNumber), name != name.uppercased(),
              // An acronym among the words names a body (Wuhan Jianghan CDC), not a person; a
              // religious or ethnic group's word a faith or a people (Shia Islam).
              !words.contains(where: { $0.count >= 3 && EnglishNameFinder.isAcronym($0) }),
              !words.contains(where: { NameData.englishGroupWords.contains($0.lowercased()) }) else { return false }
        return words.allSatisfy { word in
            if NameData.englishNameSuffixes.contains(word.lowercased()) { return true }
            guard EnglishNameFinder.isCapitalized(word), NameData.englishHeads[word.lowercased()] == nil,
                  !NameData.englishConnectors.contains(word.lowercased()), exonyms.entries(english: word).isEmpty else { return false }
            return !lexicon.isCommonEnglishWord(word) || lexicon.isNameWord(word)
        }
    }

    /// What an entry's forms say, gathered once for the evidence steps below.
    struct Clues {
        /// The entry's English and Arabic forms.
        var latin: [String]
        var arabicForms: [String]
        /// The canonical English and Arabic, and the English's words.
        var english: String?
        var arabic: String?
        var words: [String]
        var isAllCaps: Bool
        /// Cues around the English mentions ("in", "said", quoted…), summed over the forms.
        var cues: [String: Int]
        /// Kinds named by a head word of an English form (Party, Bank of, West …).
        var heads: Set<EntityKind>
        /// Explicit votes: titles before mentions, Arabic head words on renderings.
        var votes: [EntityKind: Int]
        /// How many times the English forms are mentioned.
        var mentions: Int
        /// For a one-word name, how surely the name lists make it a person's (``nameWordWeight(_:)``); else 0.
        var nameWordWeight: Double
        var hasAcronym: Bool

        func cue(_ name: String) -> Int { cues[name] ?? 0 }
    }

    /// The scores of each kind, added to by the evidence steps in a fixed order.
    typealias Scores = [EntityKind: Double]

    /// The entry's kind and how certain it is (0…1), from the evidence of its forms.
    public func kind(forms: [(key: FormKey, observation: FormObservation)], english: String?, arabic: String?,
                     hasAcronym: Bool) -> (kind: EntityKind?, certainty: Double) {
        let clues = clues(forms: forms, english: english, arabic: arabic, hasAcronym: hasAcronym)
        var score: Scores = [:]
        addReferences(clues, to: &score)
        addNameShape(clues, to: &score)
        addSurroundings(clues, to: &score)
        addMarks(clues, to: &score)
        addWordLists(clues, to: &score)
        return decide(score)
    }

    func clues(forms: [(key: FormKey, observation: FormObservation)], english: String?, arabic: String?,
               hasAcronym: Bool) -> Clues {
        let latin = forms.filter { $0.key.script == .latin }.map(\.key.form)
        var cues: [String: Int] = [:]
        for (key, observation) in forms where key.script == .latin {
            for (cue, n) in observation.cues { cues[cue, default: 0] += n }
        }
        var votes: [EntityKind: Int] = [:]
        for (_, observation) in forms { for (kind, n) in observation.kinds { votes[kind, default: 0] += n } }
        let words = english.map { $0.split(separator: " ").map(String.init) } ?? []
        return Clues(latin: latin, arabicForms: forms.filter { $0.key.script == .arabic }.map(\.key.form),
                     english: english, arabic: arabic,
                     words: words,
                     isAllCaps: english.map { $0 == $0.uppercased() } ?? false,
                     cues: cues, heads: Self.headKinds(latin), votes: votes,
                     mentions: forms.filter { $0.key.script == .latin }.reduce(0) { $0 + $1.observation.count },
                     nameWordWeight: words.count == 1 ? Self.nameWordWeight(lexicon.evidence(.nameWord, ofEnglish: words[0])) : 0,
                     hasAcronym: hasAcronym)
    }

    /// The kinds the head words of English forms name: the last word (Labour **Party**; a
    /// place head only after another word), the word before "of", "on", "for" (**Bank** of
    /// England, Royal **College** of General Practitioners), a
    /// place prefix (**West** Lothian).
    static func headKinds(_ latin: [String]) -> Set<EntityKind> {
        var heads: Set<EntityKind> = []
        for form in latin {
            var words = form.split(separator: " ").map { $0.lowercased().replacing(".", with: "") }
            // A number after the head numbers the thing (World War II, Apollo 11): its head is before.
            while words.count >= 3, let last = words.last,
                  last.allSatisfy(\.isNumber) || EnglishNameFinder.isRomanNumeral(last.uppercased()) { words.removeLast() }
            if words.count >= 2 || words[0].count > 3, let kind = NameData.englishHeads[words.last!], words.count >= 2 || kind != .place {
                heads.insert(kind)
            }
            // The head before "of", "on", "for" (Royal College of General Practitioners).
            let head = EnglishNameFinder.headWord(words)
            if words.count >= 3, head != words.last, let kind = NameData.englishHeadKind(head, beforeOf: true) { heads.insert(kind) }
            if words.count >= 2, NameData.englishPlacePrefixes.contains(words[0]) { heads.insert(.place) }
        }
        return heads
    }

    /// What references and explicit marks say: CLDR names it, a head word of the English,
    /// titles and Arabic head words on renderings, a head word opening the Arabic.
    func addReferences(_ clues: Clues, to score: inout Scores) {
        if let entry = (clues.latin.flatMap { exonyms.entries(english: $0) } + clues.arabicForms.flatMap { exonyms.entries(arabic: $0) })
            .first(where: { $0.kind != .language }) {
            score[entry.kind == .organization ? .organization : .place, default: 0] += weights.cldr
        }
        // A state's abbreviation the Arabic writes out (NSW): a place, as CLDR would say.
        if clues.cue(NameData.stateCodeCue) > 0 { score[.place, default: 0] += weights.cldr }
        // The Earth, the Moon: places CLDR does not list.
        if clues.latin.contains(where: { NameData.celestialPlaces.contains($0.lowercased()) }) {
            score[.place, default: 0] += weights.cldr
        }
        for kind in clues.heads { score[kind, default: 0] += weights.englishHead }
        // Titles say person (3 each); Arabic head words on renderings (2 each). A head word
        // alone (the Committee, the Government) is no person, whatever title stands near it.
        let loneHead = clues.words.count == 1 && NameData.englishHeads[clues.words[0].lowercased()] != nil
        // A vote counts when it is not lost among the mentions: one «منظمة» the translator
        // put before "Tom" once in 1,400 sentences says nothing of Tom (`voteShare`).
        for (kind, n) in clues.votes where (kind != .person || !loneHead) && Double(n) >= weights.voteShare * Double(clues.mentions) {
            score[kind, default: 0] += (kind == .person ? weights.titleVote : weights.arabicHeadVote) * min(Double(n), weights.maxVotes)
        }
        if let arabic = clues.arabic, arabic.contains(" "), let first = arabic.split(separator: " ").first,
           let kind = NameData.arabicHeads[Normalizer.search.normalize(String(first))] {
            score[kind, default: 0] += weights.arabicOpeningHead
        }
    }

    /// What the English name's own shape says: a person's full name, an organization named
    /// after its place, a brand with an inner capital.
    func addNameShape(_ clues: Clues, to score: inout Scores) {
        let words = clues.words
        if clues.heads.isEmpty, let english = clues.english, isPersonalName(english) { score[.person, default: 0] += weights.personalName }
        // Ventures Africa, Disability Rights Washington.
        if clues.heads.isEmpty, words.count >= 2, let last = words.last, !exonyms.entries(english: last).isEmpty,
           exonyms.entries(english: words.joined(separator: " ")).isEmpty, !NameData.englishPlacePrefixes.contains(words[0].lowercased()) {
            score[.organization, default: 0] += weights.namedAfterPlace
        }
        // iMessage, WhatsApp (Nextcloud is not one).
        if words.count == 1, let first = words[0].first, !clues.isAllCaps, words[0].dropFirst().contains(where: \.isUppercase),
           first.isLowercase || words[0].dropFirst().first?.isLowercase == true {
            score[.other, default: 0] += weights.innerCapital
        }
    }

    /// What the words around the mentions say: prepositions and nouns of place, lists,
    /// the translator leaving it in Latin letters, verbs of a person, "the".
    func addSurroundings(_ clues: Clues, to score: inout Scores) {
        // Prepositions of place count when they are not lost among the mentions ("from Tom" 5
        // times in 1,400 sentences says nothing).
        let place = NameData.englishPlaceCues.reduce(0) { $0 + clues.cue($1) } + clues.cue(NameData.placeNounCue) + clues.cue(NameData.travelCue)
        if Double(place + clues.cue("at")) >= weights.voteShare * Double(clues.mentions) {
            score[.place, default: 0] += min(weights.maxPlaceCues, weights.placeCue * Double(place) + weights.atCue * min(weights.maxAtCues, Double(clues.cue("at"))))
        }
        // Kiev, Kharkov, and Odessa.
        if clues.cue(NameData.listedPlaceCue) > 0 { score[.place, default: 0] += weights.listed }
        if clues.cue(NameData.listedOrganizationCue) > 0 { score[.organization, default: 0] += weights.listed }
        // Signal, Blackrock: a person's name is written in Arabic letters in an Arabic text; a
        // brand or a title often is not.
        if let arabic = clues.arabic, ScriptCounts(arabic).dominant == .latin, !clues.isAllCaps {
            score[.person, default: 0] += weights.latinCopyPerson
            score[.other, default: 0] += weights.latinCopyOther
        }
        let acting = NameData.englishCuesAfter.filter { $0 != "who" }.reduce(0) { $0 + clues.cue($1) }
        score[.person, default: 0] += min(weights.maxPersonVerbs, weights.personVerb * Double(acting)) + weights.who * Double(min(1, clues.cue("who")))
        // A word many people bear that acts in 5% of its mentions or more (Sofia said, Sofia
        // smiled) is a person, whatever place CLDR names so (Sofia, Bulgaria). A capital
        // speaking for its government (Moscow said) is no word of people's names.
        if clues.words.count == 1, acting >= 5, Double(acting) >= weights.actingShare * Double(clues.mentions),
           clues.nameWordWeight >= 1 {
            score[.person, default: 0] += weights.actingName
        }
        let the = clues.cue("the")
        if the > 0 {
            score[.organization, default: 0] += min(weights.theCap, weights.theOrganization * Double(the))
            score[.person, default: 0] += weights.thePerson
        }
    }

    /// What the way it is written says: an acronym, quoted as a title, a title or a noun of
    /// a kind in apposition, a platform's noun after it, counted by a number, what only
    /// someone has after its possessive, addressed by a greeting, a name suffix (Jr., III), digits.
    func addMarks(_ clues: Clues, to score: inout Scores) {
        let words = clues.words
        if clues.hasAcronym || clues.isAllCaps && words.count == 1 { score[.organization, default: 0] += weights.acronym }
        if clues.cue(NameData.quotedCue) > 0 { score[.other, default: 0] += weights.quoted }
        if clues.cue(NameData.appositiveTitleCue) > 0 { score[.person, default: 0] += weights.appositive }
        if clues.cue(NameData.addressedCue) > 0 { score[.person, default: 0] += weights.addressed }
        if clues.cue(NameData.appositivePlaceCue) > 0 { score[.place, default: 0] += weights.appositive }
        if clues.cue(NameData.appositiveOrganizationCue) > 0 { score[.organization, default: 0] += weights.appositive }
        if clues.cue(NameData.appositiveOtherCue) > 0 { score[.other, default: 0] += weights.appositive }
        if clues.cue(NameData.platformNounCue) > 0 { score[.organization, default: 0] += weights.platformNoun }
        if clues.cue(NameData.countedCue) > 0 { score[.other, default: 0] += weights.counted }
        if clues.cue(NameData.personalNounCue) > 0 { score[.person, default: 0] += weights.personalNoun }
        if let last = words.last, words.count >= 2, NameData.englishNameSuffixes.contains(last.lowercased()) {
            score[.person, default: 0] += weights.nameSuffix
        }
        if clues.english?.contains(where: \.isNumber) == true { score[.other, default: 0] += weights.digits }
    }

    /// What word lists say of a one-word name — people's name lists, a dictionary spelling it
    /// in Arabic — and, with nothing else to go by, the fallbacks.
    func addWordLists(_ clues: Clues, to score: inout Scores) {
        let words = clues.words
        if words.count == 1, lexicon.isNameWord(words[0]), !lexicon.isCommonEnglishWord(words[0]) {
            score[.person, default: 0] += clues.nameWordWeight
        }
        // Kiev ⇄ كييف, Odessa ⇄ اوديسا, Houston ⇄ هيوستن: dictionaries list far more places than
        // people. The word as written (not a stem of it: Knoxx is not Knox), and a
        // transliteration, not a translation (Twitter ⇄ تغريد is the birds').
        // (Not a word many people bear: dictionaries spell Chris and Mary too.)
        if words.count == 1, !clues.isAllCaps, !lexicon.isCommonEnglishWord(words[0]),
           clues.nameWordWeight < 1,
           EnglishWordForm.stem(words[0]) == words[0].lowercased(),
           let best = lexicon.arabicStems(forEnglish: words[0]).first, best.weight >= 0.99,
           matcher.compare(words[0], best.stem).isSame {
            score[.place, default: 0] += weights.dictionaryName
        }
        // People's names are spelled out, not translated: a common word the Arabic translates
        // (States ⇄ الدول, Committee ⇄ اللجنة, Slowest ⇄ أبطأ) names no person. (Dictionaries
        // list names too, George ⇄ جورج, Plato ⇄ أفلاطون: those are no common words.)
        if words.count == 1, let arabic = clues.arabic, !arabic.contains(" "),
           lexicon.isCommonEnglishWordOrPlural(words[0]), !lexicon.isNameWord(words[0]),
           lexicon.englishStems(forArabic: arabic).contains(EnglishWordForm.stem(words[0])),
           !matcher.compare(words[0], arabic).isSame {
            score[.person, default: 0] += weights.translatedWord
        }
        // One capitalized word is a person's name, unless it is a common word (Horizon,
        // Dagger, Signal), which names things more often than people.
        if words.count == 1, !clues.isAllCaps {
            if lexicon.isCommonEnglishWord(words[0]), !lexicon.isNameWord(words[0]) {
                score[.other, default: 0] += weights.loneCommonWord
            } else {
                score[.person, default: 0] += weights.lonePerson
            }
        }
        if words.count >= 2, clues.heads.isEmpty { score[.other, default: 0] += weights.severalWords }
    }

    /// The kind with the most weight (ties by name), certain in proportion to its margin over
    /// the runner-up.
    func decide(_ score: Scores) -> (kind: EntityKind?, certainty: Double) {
        let ranked = score.filter { $0.value > 0 }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        guard let best = ranked.first else { return (nil, 0) }
        let runnerUp = ranked.count > 1 ? ranked[1].value : 0
        return (best.key, min(1, (best.value - runnerUp) / weights.certaintyMargin))
    }
}
