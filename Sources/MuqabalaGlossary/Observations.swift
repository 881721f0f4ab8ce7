import MuqabalaAlign
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaSegment
import MuqabalaText

/// A sentence of a document.
public struct SentenceRef: Hashable, Comparable, Sendable, Codable {
    public var document: String
    public var sentence: Int

    public init(document: String, sentence: Int) {
        self.document = document
        self.sentence = sentence
    }

    public static func < (a: SentenceRef, b: SentenceRef) -> Bool {
        a.document != b.document ? a.document < b.document : a.sentence < b.sentence
    }
}

/// A spelling of a name in one script.
public struct FormKey: Hashable, Comparable, Sendable, Codable {
    public var form: String
    public var script: Script

    public init(form: String, script: Script) {
        self.form = form
        self.script = script
    }

    public static func < (a: FormKey, b: FormKey) -> Bool {
        a.script != b.script ? a.script.rawValue < b.script.rawValue : a.form < b.form
    }
}

/// What was seen of one spelling.
public struct FormObservation: Equatable, Sendable, Codable {
    public var count = 0
    /// Occurrences per document.
    public var documents: [String: Int] = [:]
    /// The first sentences it occurs in (at most ``GlossaryObservations/sentenceLimit``, in
    /// document order, so merging shards keeps the same ones as building on all).
    public var sentences: [SentenceRef] = []
    /// The text of the first few of those sentences.
    public var contexts: [SentenceRef: String] = [:]
    /// Votes for the kind of entity, from explicit evidence: a title before it, an Arabic
    /// head word on its rendering.
    public var kinds: [EntityKind: Int] = [:]
    /// Words around it that hint at its kind ("the", "in", "said"…), with counts.
    public var cues: [String: Int] = [:]

    public init() {}

    mutating func merge(_ other: FormObservation) {
        count = count.addingClamped(other.count)
        for (document, n) in other.documents { documents[document, default: 0] = documents[document, default: 0].addingClamped(n) }
        sentences = Array(Set(sentences + other.sentences).sorted().prefix(GlossaryObservations.sentenceLimit))
        let keep = Set(sentences.prefix(GlossaryObservations.contextLimit))
        contexts = contexts.merging(other.contexts) { a, _ in a }.filter { keep.contains($0.key) }
        for (kind, n) in other.kinds { kinds[kind, default: 0] = kinds[kind, default: 0].addingClamped(n) }
        for (cue, n) in other.cues { cues[cue, default: 0] = cues[cue, default: 0].addingClamped(n) }
    }
}

extension Int {
    /// Addition that stops at the largest value instead of trapping: counts read from a file may be huge.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }
}

/// A pair of forms seen together: an English name and its Arabic counterpart in aligned
/// sentences, or an acronym and its expansion.
public struct FormPair: Hashable, Comparable, Sendable, Codable {
    public var first: String
    public var second: String

    public init(_ first: String, _ second: String) {
        self.first = first
        self.second = second
    }

    public static func < (a: FormPair, b: FormPair) -> Bool {
        a.first != b.first ? a.first < b.first : a.second < b.second
    }
}

/// Everything a glossary is built from. Observations of separate documents merge by
/// adding counts and taking unions, in any order: building on shards and merging gives
/// the same observations, hence the same glossary, as building on all documents.
public struct GlossaryObservations: Equatable, Sendable, Codable {
    public static let sentenceLimit = 20
    public static let contextLimit = 3

    public var forms: [FormKey: FormObservation] = [:]
    /// English form → the Arabic span that renders it in aligned sentences, with counts…
    public var aligned: [FormPair: Int] = [:]
    /// …and the sum of the pairing scores (how well span and name explained each other).
    public var alignedScore: [FormPair: Double] = [:]
    /// Acronym → expansion definitions, with counts.
    public var acronyms: [FormPair: Int] = [:]

    public init() {}

    public mutating func merge(_ other: GlossaryObservations) {
        for (key, observation) in other.forms { forms[key, default: FormObservation()].merge(observation) }
        for (pair, n) in other.aligned { aligned[pair, default: 0] = aligned[pair, default: 0].addingClamped(n) }
        for (pair, s) in other.alignedScore { alignedScore[pair, default: 0] += s }
        for (pair, n) in other.acronyms { acronyms[pair, default: 0] = acronyms[pair, default: 0].addingClamped(n) }
    }

    mutating func add(_ form: String, script: Script, at ref: SentenceRef, context: String, kind: EntityKind?, cues: [String] = []) {
        var single = FormObservation()
        single.count = 1
        single.documents = [ref.document: 1]
        single.sentences = [ref]
        single.contexts = [ref: context]
        if let kind { single.kinds = [kind: 1] }
        for cue in cues { single.cues[cue, default: 0] += 1 }
        forms[FormKey(form: form, script: script), default: FormObservation()].merge(single)
    }

    /// Adds a cue to a form already observed.
    mutating func addCue(_ cue: String, for key: FormKey) {
        guard forms[key] != nil else { return }
        forms[key]!.cues[cue, default: 0] += 1
    }

    /// Adds a vote for the kind of a form already observed.
    mutating func vote(_ kind: EntityKind, for key: FormKey) {
        guard forms[key] != nil else { return }
        forms[key]!.kinds[kind, default: 0] += 1
    }
}

/// Finds the names in documents and records them as ``GlossaryObservations``.
public struct NameCollector: Sendable {
    public let matcher: NameMatcher
    /// The exonyms it reads names with (CLDR's; the glossary builder takes the same).
    public let exonyms: Exonyms
    let english: EnglishNameFinder
    let arabic: ArabicNameFinder
    var pairer: NamePairer
    let wordModel: ArabicWordModel
    /// The pairing's tuned numbers (``NamePairer/Weights``).
    public var pairingWeights: NamePairer.Weights {
        get { pairer.weights }
        set { pairer.weights = newValue }
    }

    public init(matcher: NameMatcher = NameMatcher(), lexicon: BilingualLexicon, exonyms: Exonyms) {
        self.matcher = matcher
        self.exonyms = exonyms
        self.english = EnglishNameFinder(lexicon: lexicon, exonyms: exonyms)
        self.wordModel = lexicon.wordModel
        self.arabic = ArabicNameFinder(wordModel: wordModel)
        self.pairer = NamePairer(matcher: matcher, lexicon: lexicon, exonyms: exonyms)
    }

    /// The names of each alignable English sentence, with the document's acronym definitions.
    func englishNames(_ document: SegmentedDocument) -> (names: [Int: [FoundName]], acronyms: [AcronymDefinition]) {
        let sentences = document.alignable.filter { !$0.isBoilerplate }
        let context = EnglishDocumentContext(sentences: sentences.map(\.text))
        var names: [Int: [FoundName]] = [:]
        var acronyms: [AcronymDefinition] = []
        for sentence in sentences {
            let found = english.names(in: sentence.text, context: context)
            names[sentence.index] = found.names
            acronyms += found.acronyms
        }
        return (names, acronyms)
    }

    /// Names of an English document (repeated copies of its body are not counted twice).
    public func observe(english document: SegmentedDocument, as name: String) -> GlossaryObservations {
        observeEnglish(document, as: name, names: englishNames(document))
    }

    private func observeEnglish(_ document: SegmentedDocument, as name: String,
                                names: (names: [Int: [FoundName]], acronyms: [AcronymDefinition])) -> GlossaryObservations {
        var observations = GlossaryObservations()
        for sentence in document.alignable where !sentence.isBoilerplate {
            let ref = SentenceRef(document: name, sentence: sentence.index)
            for mention in names.names[sentence.index] ?? [] {
                observations.add(mention.form, script: .latin, at: ref, context: sentence.text, kind: mention.kind, cues: mention.cues)
            }
        }
        for definition in names.acronyms {
            observations.acronyms[FormPair(definition.acronym, definition.expansion), default: 0] += 1
        }
        return observations
    }

    /// Names of an Arabic document, found after openers and titles (no capitals to go by).
    public func observe(arabic document: SegmentedDocument, as name: String) -> GlossaryObservations {
        var observations = GlossaryObservations()
        let words = ArabicWordCounts(texts: document.alignable.map(\.text))
        for sentence in document.alignable where !sentence.isBoilerplate {
            let ref = SentenceRef(document: name, sentence: sentence.index)
            for mention in arabic.names(in: sentence.text, document: words) {
                observations.add(mention.form, script: .arabic, at: ref, context: sentence.text, kind: mention.kind)
            }
        }
        return observations
    }

    /// Names of a translation pair: both documents, plus, for every English name in an
    /// aligned bead, the Arabic span of the bead that renders it (``NamePairer``), recorded
    /// as an aligned pair with its score and as an Arabic mention.
    public func observe(_ alignment: Alignment, english englishName: String, arabic arabicName: String) -> GlossaryObservations {
        let found = englishNames(alignment.english)
        // In a translation pair the Arabic names are the English names' renderings: finding
        // Arabic names by titles alone there adds noise («أم» is also "or").
        var observations = observeEnglish(alignment.english, as: englishName, names: found)
        var expansions: [String: String] = [:]
        for definition in found.acronyms { expansions[definition.acronym] = expansions[definition.acronym] ?? definition.expansion }
        let words = ArabicWordCounts(texts: alignment.arabic.alignable.map(\.text))
        for bead in alignment.beads where !bead.en.isEmpty && !bead.ar.isEmpty && bead.flags.isEmpty {
            let arabicText = alignment.arabicText(bead)
            let tokens = arabicTokens(arabicText, model: wordModel, document: words)
            let beadStems = Set(TextToken.words(in: alignment.englishText(bead)).map { EnglishWordForm.stem(String($0)) }
                .filter { !EnglishWordForm.isStopword($0) })
            var seen = Set<String>()
            for k in bead.en {
                for mention in found.names[k] ?? [] where seen.insert(mention.form).inserted {
                    let key = mention.form.filter { $0 != "." }
                    let own = Set(mention.form.split(separator: " ").map { EnglishWordForm.stem(String($0)) })
                    let context = beadStems.subtracting(own)
                    var found = pairer.rendering(of: mention.form, expansion: expansions[key], in: tokens, context: context)
                    // A state's abbreviation the document does not define, written out in the
                    // Arabic (NSW ⇄ «نيو ساوث ويلز»), when no other reading renders it; inside a
                    // longer name, when written out it renders the name better (NSW Department
                    // of Planning ⇄ «قسم التخطيط في نيو ساوث ويلز»).
                    if expansions[key] == nil {
                        if found == nil, let names = NameData.stateAbbreviations[key] {
                            found = names.compactMap { pairer.rendering(of: mention.form, expansion: $0, in: tokens, context: context) }
                                .max { $0.score < $1.score }
                            if found != nil { observations.addCue(NameData.stateCodeCue, for: FormKey(form: mention.form, script: .latin)) }
                        } else {
                            for written in Self.stateNamesWrittenOut(mention.form) {
                                if let better = pairer.rendering(of: mention.form, expansion: written, in: tokens, context: context),
                                   better.score > (found?.score ?? 0) { found = better }
                            }
                        }
                    }
                    guard let rendering = found else { continue }
                    let pair = FormPair(mention.form, rendering.form)
                    observations.aligned[pair, default: 0] += 1
                    observations.alignedScore[pair, default: 0] += rendering.score
                    if let kind = rendering.headKind { observations.vote(kind, for: FormKey(form: mention.form, script: .latin)) }
                    if rendering.isClassified { observations.addCue(NameData.arabicClassifierCue, for: FormKey(form: mention.form, script: .latin)) }
                    // The Arabic span is a mention too, if the title rules did not already find it.
                    let arabicKey = FormKey(form: rendering.form, script: .arabic)
                    let ref = SentenceRef(document: arabicName, sentence: bead.ar[0])
                    if observations.forms[arabicKey]?.sentences.contains(ref) != true {
                        observations.add(rendering.form, script: .arabic, at: ref, context: arabicText, kind: rendering.headKind ?? mention.kind)
                    }
                }
            }
        }
        return observations
    }

    /// The name with a state's abbreviation among its words written out, once for each name
    /// the abbreviation may stand for ("NSW Department of Planning" → "New South Wales
    /// Department of Planning"); none for a name of one word or without one.
    static func stateNamesWrittenOut(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1, let k = words.firstIndex(where: { NameData.stateAbbreviations[$0.filter { $0 != "." }] != nil }) else { return [] }
        return NameData.stateAbbreviations[words[k].filter { $0 != "." }]!.map { full in
            (words[..<k] + [full] + words[(k + 1)...]).joined(separator: " ")
        }
    }
}
