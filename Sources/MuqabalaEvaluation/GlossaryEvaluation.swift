import MuqabalaGlossary
import MuqabalaText
import MuqabalaIO

/// Scores a glossary against a hand-annotated gold glossary (the format of
/// `../shared/gold/glossary.dev/`: `entities.tsv` and `apart.tsv`).
///
/// The measures are the gold's own (see its README):
/// - per gold entity: **found** (an entry holds one of its English forms), **paired** (the
///   entry that holds it has one of its Arabic forms as canonical Arabic), **joined** (all its
///   English forms seen in the input sit in one entry), **typed** (the holding entry has its type);
/// - per glossary entry: **good** (its gold forms belong to one entity), **merged** (to two or
///   more), **junk** (none of its forms is a gold form); and apart pairs put in one entry.
///
/// Strings compare after NFC, case folding, apostrophes folded and white space collapsed
/// (English), and with diacritics and tatweel removed (Arabic). `paired` is also reported
/// with Arabic orthographic folding (alef, ya, ta marbuta, hamza carriers) as `paired (folded)`.
package struct GlossaryEvaluation: Sendable {
    /// One gold entity.
    package struct Entity: Sendable, Equatable {
        package var id: String
        package var kind: EntityKind
        package var english: [String]
        package var arabic: [String]
        package var documents: Set<String>

        package init(id: String, kind: EntityKind, english: [String], arabic: [String], documents: Set<String>) {
            self.id = id
            self.kind = kind
            self.english = english
            self.arabic = arabic
            self.documents = documents
        }
    }

    package var entities: [Entity]
    /// Pairs of entity ids a matcher could wrongly merge.
    package var apart: [(String, String)]

    package init(entities: [Entity], apart: [(String, String)]) {
        self.entities = entities
        self.apart = apart
    }

    /// Reads `entities.tsv` and `apart.tsv` from a gold folder.
    /// - Throws: ``TextInputError`` naming the file and line of a malformed record.
    package static func read(directory: String) throws -> GlossaryEvaluation {
        var entities: [Entity] = []
        let entitiesPath = directory + "/entities.tsv"
        try TextInput.forEachLine(of: entitiesPath) { line, number in
            if number == 1 || line.isEmpty { return }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, let kind = EntityKind(rawValue: fields[1]) else {
                throw TextInputError(source: entitiesPath, problem: .unreadable("line \(number): expected id, type, en_forms, ar_forms, docs"))
            }
            func list(_ text: String) -> [String] { text.split(separator: "|").map(String.init).filter { !$0.isEmpty } }
            entities.append(Entity(id: fields[0], kind: kind, english: list(fields[2]), arabic: list(fields[3]),
                                   documents: Set(list(fields[4]))))
        }
        var apart: [(String, String)] = []
        let apartPath = directory + "/apart.tsv"
        try TextInput.forEachLine(of: apartPath) { line, number in
            if number == 1 || line.isEmpty { return }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2 else {
                throw TextInputError(source: apartPath, problem: .unreadable("line \(number): expected id_a, id_b"))
            }
            apart.append((fields[0], fields[1]))
        }
        return GlossaryEvaluation(entities: entities, apart: apart)
    }

    /// The gold restricted to the entities that occur in `documents` (their other documents dropped).
    package func restricted(to documents: Set<String>) -> GlossaryEvaluation {
        let kept = entities.compactMap { entity -> Entity? in
            var entity = entity
            entity.documents.formIntersection(documents)
            return entity.documents.isEmpty ? nil : entity
        }
        let ids = Set(kept.map(\.id))
        return GlossaryEvaluation(entities: kept, apart: apart.filter { ids.contains($0.0) && ids.contains($0.1) })
    }

    // MARK: Comparing strings

    static let englishKey = Normalizer(steps: [.nfc, .foldSpaces, .foldQuotes, .caseFold, .collapseWhitespace])
    static let arabicKey = Normalizer(steps: [.removeFormatControls, .removeTashkeel, .removeTatweel, .nfc, .collapseWhitespace])
    static let arabicFolded = Normalizer(steps: [.removeFormatControls, .removeTashkeel, .removeTatweel, .foldAlef,
                                                 .foldAlefMaqsura, .foldTaMarbuta, .foldHamzaCarriers, .nfc, .collapseWhitespace])

    /// The gold document a glossary document label stands for ("NAME/en" → "NAME").
    static func folder(_ label: String) -> String {
        for suffix in ["/en", "/ar"] where label.hasSuffix(suffix) { return String(label.dropLast(3)) }
        return label
    }

    // MARK: Scores

    /// A rate: how many of how many.
    package struct Rate: Sendable, Equatable, CustomStringConvertible {
        package var hits = 0
        package var total = 0
        package var value: Double { total == 0 ? 0 : Double(hits) / Double(total) }
        mutating func add(_ hit: Bool) { total += 1; if hit { hits += 1 } }
        package var description: String {
            total == 0 ? "  -   (0/0)" : String(format: "%.3f (%d/%d)", value, hits, total)
        }
    }

    /// The per-entity measures, overall or for one type.
    package struct EntityScores: Sendable, Equatable {
        package var found = Rate()
        /// `found` over entities with an Arabic form.
        package var foundWithArabic = Rate()
        package var paired = Rate()
        package var pairedFolded = Rate()
        package var joined = Rate()
        package var typed = Rate()
        /// `typed` over the found entities (what the issue's target measures).
        package var typedFound = Rate()
    }

    /// Everything the evaluation measured.
    package struct Report: Sendable {
        package var overall = EntityScores()
        package var byKind: [EntityKind: EntityScores] = [:]
        package var entries = 0
        package var good = 0
        /// Good entries that also carry variants that are no gold form.
        package var goodWithExtras = 0
        package var merged = 0
        package var junk = 0
        /// Apart pairs held by one entry, with the entry's canonical English.
        package var apartMerged: [(String, String, String)] = []
        /// Readable lines about what went wrong, for developers.
        package var errors: [String] = []

        package var goodShare: Double { entries == 0 ? 0 : Double(good) / Double(entries) }
    }

    /// Scores `glossary`. `englishText` gives the English text of a gold document (to decide
    /// which of an entity's English forms were seen in the input).
    package func score(_ glossary: Glossary, englishText: (String) -> String?) -> Report {
        var report = Report()
        let index = FormIndex(entities, apart: apart)
        // Which entities each entry holds (by English variants): entry → entity → forms held.
        let holds = glossary.entries.map { scoreEntry($0, index: index, into: &report) }
        for k in entities.indices {
            scoreEntity(k, glossary: glossary, holds: holds, englishText: englishText, into: &report)
        }
        return report
    }

    /// The gold entities by their forms' keys, per script, and the apart pairs by entity index.
    struct FormIndex {
        var byEnglish: [String: [Int]] = [:]
        var byArabic: [String: [Int]] = [:]
        /// Apart pairs whose two ids are both gold entities: their ids and indices.
        var apart: [(a: String, b: String, x: Int, y: Int)] = []

        init(_ entities: [Entity], apart pairs: [(String, String)]) {
            for (k, entity) in entities.enumerated() {
                for form in Set(entity.english.map(GlossaryEvaluation.englishKey.normalize)) { byEnglish[form, default: []].append(k) }
                for form in Set(entity.arabic.map(GlossaryEvaluation.arabicKey.normalize)) { byArabic[form, default: []].append(k) }
            }
            for (a, b) in pairs {
                guard let x = entities.firstIndex(where: { $0.id == a }), let y = entities.firstIndex(where: { $0.id == b }) else { continue }
                apart.append((a, b, x, y))
            }
        }
    }

    /// The entities a variant is a gold form of, attributed by documents.
    func entities(of variant: Variant, index: FormIndex) -> [Int] {
        let key = variant.script == .latin ? Self.englishKey.normalize(variant.form) : Self.arabicKey.normalize(variant.form)
        let candidates = (variant.script == .latin ? index.byEnglish[key] : index.byArabic[key]) ?? []
        let folders = Set(variant.documents.map(Self.folder))
        let attributed = candidates.filter { !entities[$0].documents.isDisjoint(with: folders) }
        return folders.isEmpty ? candidates : attributed
    }

    /// Judges one entry — good (one entity), merged (several), junk (none), and any apart
    /// pair it holds — and returns the entities it holds with how many English forms of each.
    func scoreEntry(_ entry: GlossaryEntry, index: FormIndex, into report: inout Report) -> [Int: Int] {
        var held: [Int: Int] = [:]
        var touched = Set<Int>()
        var extras = false
        for variant in entry.variants {
            let found = entities(of: variant, index: index)
            if found.isEmpty { extras = true }
            touched.formUnion(found)
            if variant.script == .latin { for e in found { held[e, default: 0] += 1 } }
        }
        report.entries += 1
        switch touched.count {
        case 0:
            report.junk += 1
            report.errors.append("junk\t\(Self.describe(entry))")
        case 1:
            report.good += 1
            if extras { report.goodWithExtras += 1 }
        default:
            report.merged += 1
            report.errors.append("merged\t\(Self.describe(entry))\t" + touched.sorted().map { entities[$0].id }.joined(separator: " "))
        }
        for pair in index.apart where touched.contains(pair.x) && touched.contains(pair.y) {
            report.apartMerged.append((pair.a, pair.b, entry.english ?? entry.arabic ?? entry.id))
        }
        return held
    }

    /// Scores gold entity `k`: found, paired (strict and folded), typed, joined — overall
    /// and for its kind — through the entry holding most of its forms.
    func scoreEntity(_ k: Int, glossary: Glossary, holds: [[Int: Int]], englishText: (String) -> String?, into report: inout Report) {
        let entity = entities[k]
        let ak = Self.arabicKey
        // The entry holding most of its forms, ties by glossary order.
        var best: Int?
        for (e, held) in holds.enumerated() {
            guard let n = held[k] else { continue }
            if best == nil || n > holds[best!][k]! { best = e }
        }
        var scores = report.byKind[entity.kind] ?? EntityScores()
        func record(_ update: (inout EntityScores) -> Void) {
            update(&report.overall)
            update(&scores)
        }
        let found = best != nil
        record { $0.found.add(found) }
        if !entity.arabic.isEmpty {
            record { $0.foundWithArabic.add(found) }
            let canonical = best.flatMap { glossary.entries[$0].arabic }
            let strict = canonical.map { c in entity.arabic.contains { ak.normalize($0) == ak.normalize(c) } } ?? false
            let folded = canonical.map { c in
                entity.arabic.contains { Self.arabicFolded.normalize($0) == Self.arabicFolded.normalize(c) }
            } ?? false
            record { $0.paired.add(strict) }
            record { $0.pairedFolded.add(folded) }
            if found && !strict {
                report.errors.append("unpaired\t\(entity.id)\t\(entity.english.first ?? "")\tgold \(entity.arabic.joined(separator: "|"))\tgot \(canonical ?? "-")")
            }
        }
        if found {
            let kind = glossary.entries[best!].kind
            record { $0.typed.add(kind == entity.kind) }
            record { $0.typedFound.add(kind == entity.kind) }
            if kind != entity.kind {
                report.errors.append("type\t\(entity.id)\t\(entity.english.first ?? "")\tgold \(entity.kind.rawValue)\tgot \(kind?.rawValue ?? "-")")
            }
        } else {
            record { $0.typed.add(false) }
            report.errors.append("missed\t\(entity.id)\t\(entity.kind.rawValue)\t\(entity.english.joined(separator: "|"))")
        }
        // Joined: the forms seen in the input all in one entry.
        let ek = Self.englishKey
        let texts = entity.documents.compactMap(englishText)
        let seen = Set(entity.english.filter { form in texts.contains { $0.contains(form) } }.map(ek.normalize))
        if seen.count >= 2 {
            let together = glossary.entries.contains { entry in
                seen.isSubset(of: Set(entry.variants.filter { $0.script == .latin }.map { ek.normalize($0.form) }))
            }
            record { $0.joined.add(together) }
            if !together { report.errors.append("split\t\(entity.id)\t\(seen.sorted().joined(separator: "|"))") }
        }
        report.byKind[entity.kind] = scores
    }

    static func describe(_ entry: GlossaryEntry) -> String {
        let forms = entry.variants.prefix(6).map(\.form).joined(separator: " | ")
        return "\(entry.kind?.rawValue ?? "-")\t\(entry.english ?? "-")\t\(entry.arabic ?? "-")\t\(forms)"
    }
}
