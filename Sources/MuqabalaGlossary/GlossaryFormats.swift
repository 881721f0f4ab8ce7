import Foundation
import MuqabalaText
import MuqabalaIO

/// Output formats of a glossary.
public enum GlossaryFormat: String, CaseIterable, Sendable {
    /// The documented JSON contract, with the observations needed to merge glossaries.
    case json
    /// The curated glossary's columns plus status, count and confidence: paste-able into `Glossary/`.
    case tsv
    /// TBX-Basic (TermBase eXchange) for CAT tools.
    case tbx
}

extension Glossary {
    /// The largest count a glossary file may hold (a quadrillion): larger is a corrupt file.
    public static let countLimit = 1_000_000_000_000_000
    public func render(_ format: GlossaryFormat) -> String {
        switch format {
        case .json: return json()
        case .tsv: return tsv()
        case .tbx: return tbx()
        }
    }

    static func scriptName(_ script: Script) -> String { script == .arabic ? "arabic" : "latin" }

    static func variantJSON(_ form: String, _ script: Script, _ o: FormObservation) -> String {
        JSON.object([
            ("form", JSON.string(form)),
            ("script", JSON.string(scriptName(script))),
            ("count", String(o.count)),
            ("documents", JSON.array(o.documents.keys.sorted())),
            ("document_counts", JSON.object(o.documents.keys.sorted().map { ($0, String(o.documents[$0]!)) })),
            ("sentences", "[" + o.sentences.map { JSON.object([("document", JSON.string($0.document)), ("sentence", String($0.sentence))]) }.joined(separator: ", ") + "]"),
            ("contexts", "[" + o.sentences.compactMap { ref in o.contexts[ref].map { JSON.object([("document", JSON.string(ref.document)), ("sentence", String(ref.sentence)), ("text", JSON.string($0))]) } }.joined(separator: ", ") + "]"),
            ("kinds", JSON.object(EntityKind.allCases.compactMap { kind in o.kinds[kind].map { (kind.rawValue, String($0)) } })),
            ("cues", JSON.object(o.cues.keys.sorted().map { ($0, String(o.cues[$0]!)) })),
        ])
    }

    /// `{"entries": [{"id", "canonical": {"en", "ar"}, "type", "new", "confidence", "count",
    /// "acronyms", "variants": [{"form", "script", "count", "documents", …}]}], "evidence": {…}}`.
    /// `evidence` keeps the aligned pairs, acronym definitions and the spellings no entry
    /// lists, so that `muqabala glossary --merge` rebuilds exactly.
    public func json() -> String {
        var out = "{\n  \"entries\": [\n"
        out += entries.map { entry in
            "    " + JSON.object([
                ("id", JSON.string(entry.id)),
                ("canonical", JSON.object([("en", entry.english.map(JSON.string) ?? "null"), ("ar", entry.arabic.map(JSON.string) ?? "null")])),
                ("type", entry.kind.map { JSON.string($0.rawValue) } ?? "null"),
                ("new", entry.isNew ? "true" : "false"),
                ("confidence", JSON.number(entry.confidence)),
                ("count", String(entry.count)),
                ("acronyms", JSON.array(entry.acronyms)),
                ("note", JSON.string(entry.note)),
                ("variants", "[" + entry.variants.map { Self.variantJSON($0.form, $0.script, $0.observation) }.joined(separator: ", ") + "]"),
            ])
        }.joined(separator: ",\n")
        let listed = Set(entries.flatMap { $0.variants.map { FormKey(form: $0.form, script: $0.script) } })
        let unlisted = observations.forms.keys.filter { !listed.contains($0) }.sorted()
        out += "\n  ],\n  \"evidence\": " + JSON.object([
            ("aligned", "[" + observations.aligned.keys.sorted().map { JSON.object([("en", JSON.string($0.first)), ("ar", JSON.string($0.second)), ("count", String(observations.aligned[$0]!)), ("score", JSON.number(observations.alignedScore[$0] ?? 0))]) }.joined(separator: ", ") + "]"),
            ("acronyms", "[" + observations.acronyms.keys.sorted().map { JSON.object([("acronym", JSON.string($0.first)), ("expansion", JSON.string($0.second)), ("count", String(observations.acronyms[$0]!))]) }.joined(separator: ", ") + "]"),
            ("unlisted", "[" + unlisted.map { Self.variantJSON($0.form, $0.script, observations.forms[$0]!) }.joined(separator: ", ") + "]"),
        ]) + "\n}\n"
        return out
    }

    /// Columns of the curated glossary, then `status count confidence documents`.
    public func tsv() -> String {
        var out = CuratedGlossary.header + "\tstatus\tcount\tconfidence\tdocuments\n"
        for entry in entries {
            let latin = entry.variants.filter { $0.script == .latin && $0.form != entry.english && !entry.acronyms.contains($0.form) }.map(\.form)
            let arabic = entry.variants.filter { $0.script == .arabic && $0.form != entry.arabic }.map(\.form)
            let documents = Set(entry.variants.flatMap(\.documents)).sorted()
            out += [entry.kind?.rawValue ?? "", entry.english ?? "", entry.arabic ?? "", latin.joined(separator: " | "),
                    arabic.joined(separator: " | "), entry.acronyms.joined(separator: " | "), entry.note,
                    entry.isNew ? "new" : "curated", String(entry.count), JSON.number(entry.confidence),
                    documents.joined(separator: " | ")]
                .map { $0.replacing("\t", with: " ").replacing("\n", with: " ") }.joined(separator: "\t") + "\n"
        }
        return out
    }

    /// TBX-Basic: one termEntry per entry, English and Arabic langSets; the canonical form
    /// is the preferred term, other spellings admitted terms.
    public func tbx() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
            <martif type="TBX-Basic" xml:lang="en">
              <martifHeader>
                <fileDesc><sourceDesc><p>Muqabala glossary</p></sourceDesc></fileDesc>
              </martifHeader>
              <text>
                <body>

            """
        for entry in entries {
            out += "      <termEntry id=\"\(XML.escape(entry.id))\">\n"
            if let kind = entry.kind { out += "        <descrip type=\"subjectField\">\(kind.rawValue)</descrip>\n" }
            if !entry.note.isEmpty { out += "        <note>\(XML.escape(entry.note))</note>\n" }
            for (language, script, canonical) in [("en", Script.latin, entry.english), ("ar", Script.arabic, entry.arabic)] {
                var terms = entry.variants.filter { $0.script == script }.map(\.form)
                if let canonical { terms = [canonical] + terms.filter { $0 != canonical } }
                guard !terms.isEmpty else { continue }
                out += "        <langSet xml:lang=\"\(language)\">\n"
                for (k, term) in terms.enumerated() {
                    let status = k == 0 && canonical != nil ? "preferredTerm-admn-sts" : "admittedTerm-admn-sts"
                    out += "          <tig><term>\(XML.escape(term))</term><termNote type=\"administrativeStatus\">\(status)</termNote></tig>\n"
                }
                out += "        </langSet>\n"
            }
            out += "      </termEntry>\n"
        }
        return out + "    </body>\n  </text>\n</martif>\n"
    }

    /// The observations a JSON glossary was built from (entries' variants and its evidence).
    /// - Throws: `TextInputError` if the text is not a glossary in Muqabala's JSON shape.
    public static func observations(fromJSON text: String, source: String) throws -> GlossaryObservations {
        func fail(_ reason: String) -> TextInputError { TextInputError(source: source, problem: .unreadable(reason)) }
        let file: GlossaryFile
        do {
            file = try JSONDecoder().decode(GlossaryFile.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw fail(GlossaryFile.describe(error))
        } catch {
            throw fail("not a glossary in JSON (expected {\"entries\": [...]})")
        }
        var observations = GlossaryObservations()
        /// A count field: absent means `absent`; present, it must be a whole number in 0…10¹⁵
        /// (larger ones are corrupt files, and sums of them could overflow).
        func count(_ value: GlossaryFile.Count?, _ what: @autoclosure () -> String, absent: Int) throws -> Int {
            guard let value else { return absent }
            guard let n = value.value(limit: Self.countLimit) else {
                throw fail("\(what()): the count \(value.written) is not a whole number from 0 to \(Self.countLimit)")
            }
            return n
        }
        func counts(_ value: [String: GlossaryFile.Count]?, _ what: @autoclosure () -> String) throws -> [String: Int]? {
            try value?.mapValues { try count($0, what(), absent: 0) }
        }
        func variant(_ v: GlossaryFile.Variant) throws {
            guard let form = v.form, let scriptName = v.script else { throw fail("a variant without form or script") }
            guard scriptName == "arabic" || scriptName == "latin" else {
                throw fail("variant \(form): unknown script \(scriptName) (arabic or latin)")
            }
            var o = FormObservation()
            o.count = try count(v.count, "variant \(form)", absent: 0)
            o.documents = try counts(v.documentCounts, "variant \(form)")
                ?? Dictionary((v.documents ?? []).map { ($0, 1) }, uniquingKeysWith: +)
            o.sentences = (v.sentences ?? []).compactMap { ref in
                guard let document = ref.document, let sentence = ref.sentence else { return nil }
                return SentenceRef(document: document, sentence: sentence)
            }
            for context in v.contexts ?? [] {
                if let document = context.document, let sentence = context.sentence, let text = context.text {
                    o.contexts[SentenceRef(document: document, sentence: sentence)] = text
                }
            }
            for (name, n) in try counts(v.kinds, "variant \(form)") ?? [:] {
                guard let kind = EntityKind(rawValue: name) else { throw fail("variant \(form): unknown type \(name)") }
                o.kinds[kind] = n
            }
            o.cues = try counts(v.cues, "variant \(form)") ?? [:]
            let key = FormKey(form: form, script: scriptName == "arabic" ? .arabic : .latin)
            observations.forms[key, default: FormObservation()].merge(o)
        }
        for entry in file.entries {
            for v in entry.variants ?? [] { try variant(v) }
        }
        for pair in file.evidence?.aligned ?? [] {
            if let en = pair.en, let ar = pair.ar {
                let n = try count(pair.count, "aligned pair \(en) / \(ar)", absent: 1)
                let pairKey = FormPair(en, ar)
                observations.aligned[pairKey] = observations.aligned[pairKey, default: 0].addingClamped(n)
                let score = pair.score.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } ?? Double(n)
                observations.alignedScore[pairKey, default: 0] += score
            }
        }
        for pair in file.evidence?.acronyms ?? [] {
            if let acronym = pair.acronym, let expansion = pair.expansion {
                let n = try count(pair.count, "acronym \(acronym)", absent: 1)
                let pairKey = FormPair(acronym, expansion)
                observations.acronyms[pairKey] = observations.acronyms[pairKey, default: 0].addingClamped(n)
            }
        }
        for v in file.evidence?.unlisted ?? [] { try variant(v) }
        return observations
    }
}
