import MuqabalaText

/// One spelling of an entry's name, with where it was seen.
public struct Variant: Equatable, Sendable {
    public var form: String
    public var script: Script
    public var observation: FormObservation

    public init(form: String, script: Script, observation: FormObservation) {
        self.form = form
        self.script = script
        self.observation = observation
    }

    public var count: Int { observation.count }
    /// The documents it occurs in, sorted.
    public var documents: [String] { observation.documents.keys.sorted() }
}

/// One person, group or place, with every spelling seen in either script.
public struct GlossaryEntry: Equatable, Sendable {
    /// A stable identifier made from the canonical forms.
    public var id: String
    /// Canonical English and Arabic forms (from the curated glossary when the entry is
    /// there; otherwise the most frequent full name of each script).
    public var english: String?
    public var arabic: String?
    public var kind: EntityKind?
    public var acronyms: [String]
    /// Every spelling, most frequent first.
    public var variants: [Variant]
    /// 0…1: how sure the builder is that this is one real entity with these spellings.
    public var confidence: Double
    /// Whether the curated glossary (`Glossary/`) has this entry; if not, it is new.
    public var curated: Bool
    /// The curated glossary's note, if any.
    public var note: String

    public init(id: String, english: String?, arabic: String?, kind: EntityKind?, acronyms: [String],
                variants: [Variant], confidence: Double, curated: Bool, note: String) {
        self.id = id
        self.english = english
        self.arabic = arabic
        self.kind = kind
        self.acronyms = acronyms
        self.variants = variants
        self.confidence = confidence
        self.curated = curated
        self.note = note
    }

    /// All occurrences of all variants.
    public var count: Int { variants.reduce(0) { $0.addingClamped($1.count) } }
    public var isNew: Bool { !curated }
}

/// A glossary built from texts: entries, and the observations they were built from
/// (kept so that glossaries built on shards can be merged exactly).
public struct Glossary: Equatable, Sendable {
    public var entries: [GlossaryEntry]
    public var observations: GlossaryObservations

    public init(entries: [GlossaryEntry], observations: GlossaryObservations) {
        self.entries = entries
        self.observations = observations
    }
}
