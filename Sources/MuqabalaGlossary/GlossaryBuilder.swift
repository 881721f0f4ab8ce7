import MuqabalaNames
import MuqabalaText

/// Clusters name observations into glossary entries.
///
/// The clustering is a deterministic function of the observations (and the curated
/// glossary), which is what makes glossaries built on shards mergeable. Forms are joined
/// by, in order:
/// 1. the curated glossary: a form equal (by `key` normalization) to a curated spelling;
/// 2. name matching: two full names (2+ words) or two one-word names that the
///    ``NameMatcher`` calls the same, in any script;
/// 3. translation: an English name and the Arabic span that spells it in an aligned pair;
/// 4. acronyms: "Kataib Sayyid al-Shuhada (KSS)" joins KSS to the expansion;
/// 5. short forms: a one-word name (Kadhimi, al-Walai, الكاظمي) joins the entry whose full
///    name ends with it in the same document, when exactly one does — and only if every
///    document where it is decided agrees.
/// A join is refused when it would put two full names the matcher calls clearly different
/// (score < 0.5) in one entry, or two curated entries together: Kadhim al-Fertousi stays
/// apart from Mustafa al-Kadhimi.
public struct GlossaryBuilder: Sendable {
    public let matcher: NameMatcher
    public let curated: CuratedGlossary?

    public init(matcher: NameMatcher = NameMatcher(), curated: CuratedGlossary? = nil) {
        self.matcher = matcher
        self.curated = curated
    }

    /// A form with what clustering needs to know about it.
    struct Node {
        var key: FormKey
        var observation: FormObservation
        var name: PhoneticName
        var words: Int
        var isAcronym: Bool
        /// The curated entry this node stands for (virtual nodes), or whose spelling it is.
        var curatedEntry: Int?
    }

    /// Union-find over nodes, tracking the curated entry and the full names of each set.
    struct Clusters {
        var parent: [Int]
        var curated: [Int?]
        var fullNames: [[Int]]

        init(_ nodes: [Node]) {
            parent = Array(nodes.indices)
            curated = nodes.map(\.curatedEntry)
            fullNames = nodes.indices.map { nodes[$0].words >= 2 ? [$0] : [] }
        }

        mutating func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root { (node, parent[node]) = (parent[node], root) }
            return root
        }
    }

    public func build(_ observations: GlossaryObservations) -> Glossary {
        var nodes: [Node] = []
        var index: [FormKey: Int] = [:]
        func addNode(_ key: FormKey, _ observation: FormObservation, curated entry: Int?) {
            if let existing = index[key] {
                if nodes[existing].curatedEntry == nil { nodes[existing].curatedEntry = entry }
                return
            }
            let name = matcher.parse(key.form)
            let isAcronym = key.script == .latin && EnglishNameFinder.isAcronym(key.form)
            index[key] = nodes.count
            nodes.append(Node(key: key, observation: observation, name: name,
                              words: name.units.filter { $0 == .space }.count + 1, isAcronym: isAcronym,
                              curatedEntry: entry))
        }
        for key in observations.forms.keys.sorted() { addNode(key, observations.forms[key]!, curated: nil) }
        // Curated spellings join by key; those not seen become nodes of their own.
        let curatedEntries = curated?.entries ?? []
        var curatedByKey: [String: Int] = [:]
        for (e, entry) in curatedEntries.enumerated() {
            for (form, _) in entry.allForms { curatedByKey[Self.matchKey(form)] = curatedByKey[Self.matchKey(form)] ?? e }
        }
        for k in nodes.indices {
            if let e = curatedByKey[Self.matchKey(nodes[k].key.form)] { nodes[k].curatedEntry = e }
        }
        for (e, entry) in curatedEntries.enumerated() {
            for (form, script) in entry.allForms where curatedByKey[Self.matchKey(form)] == e {
                addNode(FormKey(form: form, script: script), FormObservation(), curated: e)
            }
        }

        var clusters = Clusters(nodes)
        // 1. The curated glossary.
        var curatedAnchor: [Int: Int] = [:]
        for k in nodes.indices {
            guard let e = nodes[k].curatedEntry else { continue }
            if let anchor = curatedAnchor[e] { _ = union(anchor, k, &clusters, nodes, guarded: false) } else { curatedAnchor[e] = k }
        }
        // 2. Equal spellings up to case and marks (ERBIL, Erbil), then name matching through
        //    a candidate index.
        var byKey: [String: Int] = [:]
        for k in nodes.indices {
            let key = Self.matchKey(nodes[k].key.form)
            if let first = byKey[key] { _ = union(first, k, &clusters, nodes, guarded: true) } else { byKey[key] = k }
        }
        let candidates = CandidateIndex(names: nodes.map(\.key.form), matcher: matcher, shortlist: 40)
        for k in nodes.indices where !nodes[k].isAcronym {
            for found in candidates.best(for: nodes[k].name, top: 6) where found.index != k && found.score >= matcher.threshold {
                let other = nodes[found.index]
                guard !other.isAcronym, (nodes[k].words >= 2) == (other.words >= 2) else { continue }
                _ = union(k, found.index, &clusters, nodes, guarded: true)
            }
        }
        // 3. Translation pairs.
        for pair in observations.aligned.keys.sorted() {
            if let a = index[FormKey(form: pair.first, script: .latin)], let b = index[FormKey(form: pair.second, script: .arabic)] {
                _ = union(a, b, &clusters, nodes, guarded: false)
            }
        }
        // 4. Acronyms: to the expansion, or to the longest name the expansion ends with.
        for pair in observations.acronyms.keys.sorted() {
            guard let acronym = index[FormKey(form: pair.first, script: .latin)] else { continue }
            let expansion = index[FormKey(form: pair.second, script: .latin)]
                ?? nodes.indices.filter { nodes[$0].key.script == .latin && !nodes[$0].isAcronym && nodes[$0].words >= 2
                    && pair.second.hasSuffix(nodes[$0].key.form) }.max { nodes[$0].key.form.count < nodes[$1].key.form.count }
            if let expansion { _ = union(acronym, expansion, &clusters, nodes, guarded: false) }
        }
        // 5. Short forms, document by document.
        linkShortForms(nodes, &clusters)

        return Glossary(entries: entries(nodes, &clusters, curatedEntries), observations: observations)
    }

    /// The key two spellings are compared by for the curated glossary.
    static func matchKey(_ form: String) -> String { Normalizer.key.normalize(form) }

    /// Joins two clusters unless that would mix two curated entries or, when guarded, two
    /// clearly different full names.
    private func union(_ a: Int, _ b: Int, _ clusters: inout Clusters, _ nodes: [Node], guarded: Bool) -> Bool {
        let ra = clusters.find(a), rb = clusters.find(b)
        if ra == rb { return true }
        if let ca = clusters.curated[ra], let cb = clusters.curated[rb], ca != cb { return false }
        if guarded {
            for x in clusters.fullNames[ra].prefix(4) {
                for y in clusters.fullNames[rb].prefix(4) where nodes[x].key.script == nodes[y].key.script {
                    if matcher.similarity(nodes[x].name, nodes[y].name) < 0.5 { return false }
                }
            }
        }
        let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
        clusters.parent[child] = root
        clusters.curated[root] = clusters.curated[root] ?? clusters.curated[child]
        clusters.fullNames[root] += clusters.fullNames[child]
        return true
    }

    /// The last word of a name with its article ("al-Kadhimi" of "Mustafa al-Kadhimi").
    private func lastWord(_ units: [PhoneticUnit]) -> [PhoneticUnit] {
        guard let space = units.lastIndex(of: .space) else { return units }
        return Array(units[(space + 1)...])
    }

    /// The kind most votes give a node, if any.
    private func votedKind(_ node: Node) -> EntityKind? {
        EntityKind.allCases.filter { (node.observation.kinds[$0] ?? 0) > 0 }
            .max { (node.observation.kinds[$0] ?? 0) < (node.observation.kinds[$1] ?? 0) }
    }

    /// A full name a one-word form can be short for: a person's name — voted a person, or
    /// ending in a family name with the article (Qais al-Khazali) and not voted a place or
    /// a group. "Iraq" is not short for "Embassy Baghdad Iraq".
    private func takesShortForms(_ node: Node) -> Bool {
        switch votedKind(node) {
        case .person?: return true
        case .place?, .organization?, .other?: return false
        case nil: return lastWord(node.name.units).first == .article
        }
    }

    private func linkShortForms(_ nodes: [Node], _ clusters: inout Clusters) {
        // Full names by document.
        var fullByDocument: [String: [Int]] = [:]
        for (k, node) in nodes.enumerated() where node.words >= 2 && !node.isAcronym && takesShortForms(node) {
            for document in node.observation.documents.keys { fullByDocument[document, default: []].append(k) }
        }
        for (k, node) in nodes.enumerated() where node.words == 1 && !node.isAcronym && node.observation.count > 0
            && votedKind(node) != .place && votedKind(node) != .organization {
            var decided = Set<Int>()
            for document in node.observation.documents.keys.sorted() {
                var roots = Set<Int>()
                for f in fullByDocument[document] ?? [] where nodes[f].key.script == node.key.script {
                    let score = matcher.similarity(node.name.units, lastWord(nodes[f].name.units),
                                                   scripts: node.key.script == .arabic ? .arabic : .latin)
                    if score >= matcher.threshold { roots.insert(clusters.find(f)) }
                }
                if roots.count == 1 { decided.insert(roots.first!) }
            }
            if decided.count == 1, let root = decided.first { _ = union(k, root, &clusters, nodes, guarded: false) }
        }
    }

    // MARK: Entries

    private func entries(_ nodes: [Node], _ clusters: inout Clusters, _ curated: [CuratedEntry]) -> [GlossaryEntry] {
        var members: [Int: [Int]] = [:]
        for k in nodes.indices { members[clusters.find(k), default: []].append(k) }
        var result: [GlossaryEntry] = []
        for (root, group) in members {
            let seen = group.filter { nodes[$0].observation.count > 0 }
            let curatedEntry = clusters.curated[root].map { curated[$0] }
            guard !seen.isEmpty else { continue }   // curated entries the texts never mention
            let scripts = Set(seen.map { nodes[$0].key.script })
            let total = seen.reduce(0) { $0 + nodes[$1].observation.count }
            let hasAcronym = seen.contains { nodes[$0].isAcronym }
            // Noise: a one-word name seen once, in one script, with nothing else to vouch for it.
            if curatedEntry == nil, scripts.count == 1, total == 1, !hasAcronym, seen.allSatisfy({ nodes[$0].words == 1 }) {
                continue
            }
            func canonical(_ script: Script) -> String? {
                let forms = seen.filter { nodes[$0].key.script == script && !nodes[$0].isAcronym }
                return forms.max { a, b in
                    let x = nodes[a], y = nodes[b]
                    if (x.words >= 2) != (y.words >= 2) { return y.words >= 2 }
                    if x.observation.count != y.observation.count { return x.observation.count < y.observation.count }
                    if x.observation.documents.count != y.observation.documents.count {
                        return x.observation.documents.count < y.observation.documents.count
                    }
                    if x.key.form.count != y.key.form.count { return x.key.form.count < y.key.form.count }
                    return x.key.form > y.key.form
                }.map { nodes[$0].key.form }
            }
            let english = curatedEntry.flatMap { $0.english.isEmpty ? nil : $0.english } ?? canonical(.latin)
                ?? seen.first { nodes[$0].isAcronym }.map { nodes[$0].key.form }
            let arabic = curatedEntry.flatMap { $0.arabic.isEmpty ? nil : $0.arabic } ?? canonical(.arabic)
            var votes: [EntityKind: Int] = [:]
            for k in seen { for (kind, n) in nodes[k].observation.kinds { votes[kind, default: 0] += n } }
            let voted = EntityKind.allCases.max { (votes[$0] ?? 0) < (votes[$1] ?? 0) }.flatMap { (votes[$0] ?? 0) > 0 ? $0 : nil }
            let kind = curatedEntry?.kind ?? voted ?? (hasAcronym ? .organization : nil)
            // An all-caps spelling of a name in the entry (ERBIL for Erbil) is not an acronym.
            let spelledKeys = Set(seen.filter { !nodes[$0].isAcronym }.map { Self.matchKey(nodes[$0].key.form) })
            let acronyms = Array(Set(seen.filter { nodes[$0].isAcronym && !spelledKeys.contains(Self.matchKey(nodes[$0].key.form)) }
                .map { nodes[$0].key.form } + (curatedEntry?.acronyms ?? []))).sorted()
            let variants = seen.map { Variant(form: nodes[$0].key.form, script: nodes[$0].key.script, observation: nodes[$0].observation) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : FormKey(form: $0.form, script: $0.script) < FormKey(form: $1.form, script: $1.script) }
            let documents = Set(seen.flatMap { nodes[$0].observation.documents.keys })
            var confidence = 0.45
            if scripts.count == 2 { confidence += 0.2 }
            if documents.count >= 2 { confidence += 0.1 }
            if total >= 3 { confidence += 0.1 }
            if curatedEntry != nil { confidence += 0.15 }
            if kind != nil { confidence += 0.05 }
            if seen.allSatisfy({ nodes[$0].words == 1 }) && !hasAcronym { confidence -= 0.1 }
            result.append(GlossaryEntry(id: "", english: english, arabic: arabic, kind: kind, acronyms: acronyms,
                                        variants: variants, confidence: min(0.99, confidence),
                                        curated: curatedEntry != nil, note: curatedEntry?.note ?? ""))
        }
        result.sort { $0.count != $1.count ? $0.count > $1.count : ($0.english ?? $0.arabic ?? "") < ($1.english ?? $1.arabic ?? "") }
        var used = Set<String>()
        for k in result.indices {
            var id = Self.slug(result[k].english ?? result[k].arabic ?? "entry")
            if used.contains(id) { var n = 2; while used.contains("\(id)-\(n)") { n += 1 }; id = "\(id)-\(n)" }
            used.insert(id)
            result[k].id = id
        }
        return result
    }

    /// "Abu Ala al-Walai" → "abu-ala-al-walai"; Arabic names by their Buckwalter-like key.
    static func slug(_ text: String) -> String {
        let key = Normalizer.key.normalize(text)
        var out = ""
        for scalar in key.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) { out.unicodeScalars.append(scalar) }
            else if scalar == " " { out += "-" }
            else if let latin = BuckwalterRules.table.first(where: { $0.0 == scalar.value })?.1 {
                out += latin.isLetter ? String(latin).lowercased() + (latin.isUppercase ? "_" : "") : ""
            }
        }
        return out.isEmpty ? "entry" : out
    }
}
