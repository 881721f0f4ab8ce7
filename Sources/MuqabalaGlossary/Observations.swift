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
    /// Votes for the kind of entity, from the words around it.
    public var kinds: [EntityKind: Int] = [:]

    public init() {}

    mutating func merge(_ other: FormObservation) {
        count += other.count
        for (document, n) in other.documents { documents[document, default: 0] += n }
        sentences = Array(Set(sentences + other.sentences).sorted().prefix(GlossaryObservations.sentenceLimit))
        let keep = Set(sentences.prefix(GlossaryObservations.contextLimit))
        contexts = contexts.merging(other.contexts) { a, _ in a }.filter { keep.contains($0.key) }
        for (kind, n) in other.kinds { kinds[kind, default: 0] += n }
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
    /// English form → Arabic form seen in aligned sentences, with counts.
    public var aligned: [FormPair: Int] = [:]
    /// Acronym → expansion definitions, with counts.
    public var acronyms: [FormPair: Int] = [:]

    public init() {}

    public mutating func merge(_ other: GlossaryObservations) {
        for (key, observation) in other.forms { forms[key, default: FormObservation()].merge(observation) }
        for (pair, n) in other.aligned { aligned[pair, default: 0] += n }
        for (pair, n) in other.acronyms { acronyms[pair, default: 0] += n }
    }

    mutating func add(_ form: String, script: Script, at ref: SentenceRef, context: String, kind: EntityKind?) {
        var single = FormObservation()
        single.count = 1
        single.documents = [ref.document: 1]
        single.sentences = [ref]
        single.contexts = [ref: context]
        if let kind { single.kinds = [kind: 1] }
        forms[FormKey(form: form, script: script), default: FormObservation()].merge(single)
    }
}

/// Finds the names in documents and records them as ``GlossaryObservations``.
public struct NameCollector: Sendable {
    public let matcher: NameMatcher
    let english: EnglishNameFinder
    let arabic: ArabicNameFinder

    public init(matcher: NameMatcher = NameMatcher(), lexicon: BilingualLexicon) {
        self.matcher = matcher
        self.english = EnglishNameFinder(lexicon: lexicon)
        self.arabic = ArabicNameFinder(wordModel: lexicon.wordModel)
    }

    /// Names of an English document (repeated copies of its body are not counted twice).
    public func observe(english document: SegmentedDocument, as name: String) -> GlossaryObservations {
        var observations = GlossaryObservations()
        for sentence in document.alignable where !sentence.isBoilerplate {
            let ref = SentenceRef(document: name, sentence: sentence.index)
            let found = english.names(in: sentence.text)
            for mention in found.names {
                observations.add(mention.form, script: .latin, at: ref, context: sentence.text, kind: mention.kind)
            }
            for definition in found.acronyms {
                observations.acronyms[FormPair(definition.acronym, definition.expansion), default: 0] += 1
            }
        }
        return observations
    }

    /// Names of an Arabic document, found after heads and titles (no capitals to go by).
    public func observe(arabic document: SegmentedDocument, as name: String) -> GlossaryObservations {
        var observations = GlossaryObservations()
        for sentence in document.alignable where !sentence.isBoilerplate {
            let ref = SentenceRef(document: name, sentence: sentence.index)
            for mention in arabic.names(in: sentence.text) {
                observations.add(mention.form, script: .arabic, at: ref, context: sentence.text, kind: mention.kind)
            }
        }
        return observations
    }

    /// Names of a translation pair: both documents, plus, for every English name in an
    /// aligned bead, the Arabic span of the bead that spells it, recorded as an aligned pair.
    public func observe(_ alignment: Alignment, english englishName: String, arabic arabicName: String) -> GlossaryObservations {
        var observations = observe(english: alignment.english, as: englishName)
        observations.merge(observe(arabic: alignment.arabic, as: arabicName))
        for bead in alignment.beads where !bead.en.isEmpty && !bead.ar.isEmpty && bead.flags.isEmpty {
            let arabicText = alignment.arabicText(bead)
            var seen = Set<String>()
            for k in bead.en {
                for mention in english.names(in: alignment.english.sentences[k].text).names where seen.insert(mention.form).inserted {
                    guard !EnglishNameFinder.isAcronym(mention.form),
                          let found = arabic.span(matching: matcher.parse(mention.form), in: arabicText, matcher: matcher) else { continue }
                    observations.aligned[FormPair(mention.form, found.form), default: 0] += 1
                    // The Arabic span is a mention too, if the title rules did not already find it.
                    let key = FormKey(form: found.form, script: .arabic)
                    let ref = SentenceRef(document: arabicName, sentence: bead.ar[0])
                    if observations.forms[key]?.sentences.contains(ref) != true {
                        observations.add(found.form, script: .arabic, at: ref, context: arabicText, kind: mention.kind)
                    }
                }
            }
        }
        return observations
    }
}
