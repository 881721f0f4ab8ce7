import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// Clusters name observations into glossary entries.
///
/// The clustering is a deterministic function of the observations (and the curated
/// glossary), which is what makes glossaries built on shards mergeable. It never chains:
/// forms join only when they are compatible with one another.
/// 1. English forms cluster by spelling (equal keys; matcher variants, word counts alike, and
///    only when every English form of both clusters is a variant of every other — complete
///    linkage), by acronyms (defined in the text, or spelled by the initials of a name of the
///    same document), by CLDR (two names of one country: U.S., United States), and by short
///    forms: a surname, given name or tail of a person's name in
///    the same document (Gerrard / Steven Gerrard), or an organization without its generic
///    head (Labour / Labour Party), when exactly one name of the document has it; a short form
///    no name of its documents has joins the one full name of the corpus that has it. A short
///    form that stands for different people in different documents is split by document.
/// 2. Arabic forms attach to the English cluster they were paired with most (``NamePairer``
///    scores, summed over the corpus); they never join two English clusters. Arabic forms
///    seen without an English pair cluster among themselves.
/// 3. The curated glossary anchors its entries: forms equal to a curated spelling join it,
///    and two curated entries never merge.
/// Each entry's type comes from evidence (see ``EntityTyper``).
public struct GlossaryBuilder: Sendable {
    public let matcher: NameMatcher
    public let curated: CuratedGlossary?
    public let exonyms: Exonyms
    /// Tells common words from names when typing entries.
    public let lexicon: BilingualLexicon
    /// The clustering thresholds and confidence weights, each with its reason.
    public var weights = Weights()
    /// The typer's weights (``EntityTyper/Weights``).
    public var typing = EntityTyper.Weights()

    /// The builder's tuned numbers (set on the glossary development documents' tune split).
    public struct Weights: Sendable, Equatable, Tunable {
        /// How alike two English spellings must be to be one name's, for one-word names and
        /// longer ones: English writes its vowels, so a difference the cross-script
        /// threshold forgives is often another name (Johnson, Johnston; Retvik, Ravik).
        public var latinVariantOneWord = 0.9
        public var latinVariantLonger = 0.85
        /// The share of an Arabic form's aligned pairings an English cluster must hold for
        /// the form to join it.
        public var pairingShare = 0.5
        /// How alike two Arabic forms with no English pair must be to be one name's.
        public var arabicVariant = 0.9
        /// An entry's confidence: a base, raised by an aligned pair (or, failing one, forms
        /// in both scripts), by several documents, by three mentions or more, by a curated
        /// entry, and by the typer's certainty; lowered for a lone unpaired word; then kept
        /// within `confidenceRange`.
        public var baseConfidence = 0.4
        public var pairedBonus = 0.25
        public var bothScriptsBonus = 0.1
        public var documentsBonus = 0.1
        public var mentionsBonus = 0.05
        public var curatedBonus = 0.2
        public var typingWeight = 0.15
        public var loneWordPenalty = 0.1
        public var confidenceRange = 0.05...0.99

        public init() {}

        /// The English variant threshold for a name of `words` words.
        func latinVariant(words: Int) -> Double { words == 1 ? latinVariantOneWord : latinVariantLonger }
    }

    public init(lexicon: BilingualLexicon, exonyms: Exonyms, curated: CuratedGlossary? = nil, matcher: NameMatcher = NameMatcher()) {
        self.matcher = matcher
        self.curated = curated
        self.exonyms = exonyms
        self.lexicon = lexicon
    }

    /// A form with what clustering needs to know about it.
    struct Node {
        var key: FormKey
        var observation: FormObservation
        var name: PhoneticName
        var words: [String]
        var isAcronym: Bool
        /// The curated entry whose spelling it is.
        var curatedEntry: Int?
        var matchKey: String

        var isLatin: Bool { key.script == .latin }
    }

    /// Union-find over nodes.
    struct Clusters {
        var parent: [Int]
        var curated: [Int?]
        /// The numbers a cluster's names carry (nil: none): Boeing 727 and Boeing 787, Airbus
        /// A350 and A380 are different things however alike the rest.
        var numbers: [[String]?]

        init(_ nodes: [Node]) {
            parent = Array(nodes.indices)
            curated = nodes.map(\.curatedEntry)
            numbers = nodes.map { Self.numbers(in: $0.matchKey) }
        }

        /// The runs of digits in a name, in order; nil when it has none.
        static func numbers(in form: String) -> [String]? {
            let runs = form.split { !$0.isASCII || !$0.isNumber }.map(String.init)
            return runs.isEmpty ? nil : runs
        }

        /// Adds a node of its own (a form split off by document).
        mutating func append(_ node: Node) {
            parent.append(parent.count)
            curated.append(node.curatedEntry)
            numbers.append(Self.numbers(in: node.matchKey))
        }

        mutating func find(_ x: Int) -> Int {
            var root = x
            while parent[root] != root { root = parent[root] }
            var node = x
            while parent[node] != root { (node, parent[node]) = (parent[node], root) }
            return root
        }

        /// Joins two clusters; refuses to mix two curated entries, or names carrying different numbers.
        @discardableResult
        mutating func union(_ a: Int, _ b: Int) -> Bool {
            let ra = find(a), rb = find(b)
            if ra == rb { return true }
            if let ca = curated[ra], let cb = curated[rb], ca != cb { return false }
            if let na = numbers[ra], let nb = numbers[rb], na != nb { return false }
            let (root, child) = ra < rb ? (ra, rb) : (rb, ra)
            parent[child] = root
            curated[root] = curated[root] ?? curated[child]
            numbers[root] = numbers[root] ?? numbers[child]
            return true
        }

        mutating func members() -> [Int: [Int]] {
            var result: [Int: [Int]] = [:]
            for k in parent.indices { result[find(k), default: []].append(k) }
            return result
        }
    }

    public func build(_ observations: GlossaryObservations) -> Glossary {
        var nodes = makeNodes(observations)
        var clusters = Clusters(nodes)
        joinCurated(nodes, &clusters)
        joinEqualKeys(nodes, &clusters)
        joinSpellingVariants(nodes, observations, &clusters)
        let renderings = Self.mostFrequentRenderings(observations)
        joinAcronyms(nodes, observations, &clusters, renderings: renderings)
        let ambiguousHeads = joinShortForms(&nodes, &clusters, copied: Self.copiedInLatin(renderings))
        joinExonyms(nodes, &clusters)
        attachArabic(nodes, observations, &clusters)
        return Glossary(entries: entries(nodes, observations, &clusters, ambiguousHeads: ambiguousHeads), observations: observations)
    }

    // MARK: Nodes

    /// The key two spellings are compared by.
    static func matchKey(_ form: String) -> String { Normalizer.key.normalize(form) }

    func makeNodes(_ observations: GlossaryObservations) -> [Node] {
        var nodes: [Node] = []
        var index: [FormKey: Int] = [:]
        func add(_ key: FormKey, _ observation: FormObservation, curated entry: Int?) {
            if let existing = index[key] {
                if nodes[existing].curatedEntry == nil { nodes[existing].curatedEntry = entry }
                return
            }
            index[key] = nodes.count
            nodes.append(Node(key: key, observation: observation, name: matcher.parse(key.form),
                              words: key.form.split(separator: " ").map(String.init),
                              isAcronym: key.script == .latin && EnglishNameFinder.isAcronym(key.form),
                              curatedEntry: entry, matchKey: Self.matchKey(key.form)))
        }
        for key in observations.forms.keys.sorted() { add(key, observations.forms[key]!, curated: nil) }
        // Curated spellings join by key; those not seen become nodes of their own.
        let curatedEntries = curated?.entries ?? []
        var curatedByKey: [String: Int] = [:]
        for (e, entry) in curatedEntries.enumerated() {
            for (form, _) in entry.allForms where curatedByKey[Self.matchKey(form)] == nil { curatedByKey[Self.matchKey(form)] = e }
        }
        for k in nodes.indices { nodes[k].curatedEntry = curatedByKey[nodes[k].matchKey] }
        for (e, entry) in curatedEntries.enumerated() {
            for (form, script) in entry.allForms where curatedByKey[Self.matchKey(form)] == e {
                add(FormKey(form: form, script: script), FormObservation(), curated: e)
            }
        }
        return nodes
    }

    // MARK: Joining

    func joinCurated(_ nodes: [Node], _ clusters: inout Clusters) {
        var anchor: [Int: Int] = [:]
        for k in nodes.indices {
            guard let e = nodes[k].curatedEntry else { continue }
            if let first = anchor[e] { clusters.union(first, k) } else { anchor[e] = k }
        }
    }

    /// Equal spellings up to case, marks, punctuation and a leading "The" (ERBIL, Erbil; U.S.,
    /// US; The Post Office, Post Office), per script.
    func joinEqualKeys(_ nodes: [Node], _ clusters: inout Clusters) {
        var first: [String: Int] = [:]
        for k in nodes.indices {
            let matchKey = nodes[k].isLatin && nodes[k].matchKey.hasPrefix("the ") ? String(nodes[k].matchKey.dropFirst(4)) : nodes[k].matchKey
            let key = (nodes[k].isLatin ? "l:" : "a:") + matchKey.replacing(" ", with: "")
            if let other = first[key] { clusters.union(other, k) } else { first[key] = k }
        }
    }

    /// The English forms of a cluster (its members that are Latin and not acronyms).
    func englishForms(_ root: Int, _ nodes: [Node], _ members: [Int: [Int]]) -> [Int] {
        (members[root] ?? [root]).filter { nodes[$0].isLatin && !nodes[$0].isAcronym }
    }

    /// Spelling variants by the name matcher, joined only when every English form of one
    /// cluster is a variant of every English form of the other, and the Arabic renderings
    /// agree: two spellings that sound alike but are rendered unlike (Sicily «صقلية», Cecily
    /// «سيسيلي») are two names.
    func joinSpellingVariants(_ nodes: [Node], _ observations: GlossaryObservations, _ clusters: inout Clusters) {
        // Each English form's Arabic renderings in aligned pairs, parsed once.
        var renderings: [String: [PhoneticName]] = [:], rendered: [String: Set<String>] = [:]
        for pair in observations.aligned.keys {
            renderings[pair.first, default: []].append(matcher.parse(pair.second))
            rendered[pair.first, default: []].insert(pair.second)
        }
        // A one-word name and its typing slip (Craith, Criath; Zabadani, Zabdani) rendered by
        // the same Arabic are one name, however unlike the matcher finds them. The slip is
        // inside the word: a different ending makes another word (Germany, Germans; Crimea,
        // Crimean), and common words are left to the matcher (States, Status).
        func isSlip(_ x: Int, _ y: Int) -> Bool {
            let a = nodes[x].key.form.lowercased(), b = nodes[y].key.form.lowercased()
            return nodes[x].words.count == 1 && nodes[y].words.count == 1 && a.first == b.first && a.suffix(2) == b.suffix(2)
                && NamePairer.isTypingSlip(a, b) && !lexicon.isCommonEnglishWordOrPlural(a) && !lexicon.isCommonEnglishWordOrPlural(b)
                && !(rendered[nodes[x].key.form] ?? []).isDisjoint(with: rendered[nodes[y].key.form] ?? [])
        }
        let latin = nodes.indices.filter { nodes[$0].isLatin && !nodes[$0].isAcronym && nodes[$0].observation.count > 0 }
        let index = CandidateIndex(names: latin.map { nodes[$0].key.form }, matcher: matcher, shortlist: 30)
        var candidates: [(Int, Int, Double)] = []
        for (position, k) in latin.enumerated() {
            for found in index.best(for: nodes[k].name, top: 5) where found.index != position
                && (found.score >= weights.latinVariant(words: nodes[k].words.count) || isSlip(k, latin[found.index])) {
                let other = latin[found.index]
                guard nodes[k].words.count == nodes[other].words.count, k < other else { continue }
                candidates.append((k, other, found.score))
            }
        }
        candidates.sort { $0.2 != $1.2 ? $0.2 > $1.2 : ($0.0, $0.1) < ($1.0, $1.1) }
        for (a, b, _) in candidates {
            let members = clusters.members()
            let left = englishForms(clusters.find(a), nodes, members), right = englishForms(clusters.find(b), nodes, members)
            guard clusters.find(a) != clusters.find(b) else { continue }
            let compatible = left.allSatisfy { x in
                right.allSatisfy { y in
                    nodes[x].words.count != nodes[y].words.count
                        || matcher.similarity(nodes[x].name, nodes[y].name) >= weights.latinVariant(words: nodes[x].words.count)
                        || isSlip(x, y)
                }
            }
            guard compatible else { continue }
            let leftArabic = left.flatMap { renderings[nodes[$0].key.form] ?? [] }
            let rightArabic = right.flatMap { renderings[nodes[$0].key.form] ?? [] }
            let renderedAlike = leftArabic.isEmpty || rightArabic.isEmpty || leftArabic.contains { x in
                rightArabic.contains { y in matcher.similarity(x, y) >= matcher.threshold }
            }
            if renderedAlike { clusters.union(a, b) }
        }
    }

    /// Acronyms: to the expansion the text defines, or to the one multiword name of the same
    /// document whose initials spell it.
    func joinAcronyms(_ nodes: [Node], _ observations: GlossaryObservations, _ clusters: inout Clusters,
                      renderings: [String: String]) {
        var latinByKey: [String: Int] = [:]
        for k in nodes.indices where nodes[k].isLatin { latinByKey[nodes[k].matchKey] = latinByKey[nodes[k].matchKey] ?? k }
        for pair in observations.acronyms.keys.sorted() {
            guard let acronym = latinByKey[Self.matchKey(pair.first)] else { continue }
            let expansion = latinByKey[Self.matchKey(pair.second)]
                ?? nodes.indices.filter { nodes[$0].isLatin && !nodes[$0].isAcronym && nodes[$0].words.count >= 2
                    && pair.second.hasSuffix(nodes[$0].key.form) }.max { nodes[$0].key.form.count < nodes[$1].key.form.count }
            if let expansion { clusters.union(acronym, expansion) }
        }
        // Initials of a name of the same document.
        var byDocument: [String: [Int]] = [:]
        for k in nodes.indices where nodes[k].isLatin && !nodes[k].isAcronym && nodes[k].words.count >= 2 {
            for document in nodes[k].observation.documents.keys { byDocument[document, default: []].append(k) }
        }
        for k in nodes.indices where nodes[k].isAcronym {
            let letters = nodes[k].key.form.filter(\.isLetter).uppercased()
            var matches = Set<Int>()
            for document in nodes[k].observation.documents.keys.sorted() {
                for f in byDocument[document] ?? [] {
                    // Initials without connectors (SEC), or with "of" (DOJ).
                    let content = nodes[f].words.filter { !NameData.englishConnectors.contains($0.lowercased()) }
                    let withOf = nodes[f].words.filter { !NameData.englishConnectors.contains($0.lowercased()) || $0.lowercased() == "of" }
                    for words in [content, withOf] where words.compactMap({ $0.first.map { String($0).uppercased() } }).joined() == letters {
                        matches.insert(clusters.find(f))
                    }
                }
            }
            if matches.count == 1 { clusters.union(k, matches.first!) }
        }
        // An acronym rendered as one name of several words is rendered (DPKO ⇄ «إدارة عمليات
        // حفظ السلام», Department of Peacekeeping Operations): the same Arabic, the same first
        // letter, one such name.
        var namesByRendering: [String: Set<Int>] = [:]
        for k in nodes.indices where nodes[k].isLatin && !nodes[k].isAcronym && nodes[k].words.count >= 2 {
            if let arabic = renderings[nodes[k].key.form], arabic.contains(" ") { namesByRendering[arabic, default: []].insert(k) }
        }
        for k in nodes.indices where nodes[k].isAcronym && nodes[k].key.form.filter(\.isLetter).count >= 3 {
            guard let arabic = renderings[nodes[k].key.form], let named = namesByRendering[arabic] else { continue }
            let first = nodes[k].key.form.first.map { String($0).uppercased() }
            let roots = Set(named.filter { nodes[$0].key.form.first.map { String($0).uppercased() } == first }.map { clusters.find($0) })
            if roots.count == 1 { clusters.union(k, roots.first!) }
        }
    }

    /// English names CLDR gives to one and the same place or body (U.S. and United States, UK
    /// and United Kingdom): one entry, whatever the text's initials say. Only names CLDR
    /// reads one way (a single code) join, and only clusters all of whose English names CLDR
    /// reads that way (America may join the United States; a cluster that also holds
    /// Americas, which CLDR does not list, may not).
    func joinExonyms(_ nodes: [Node], _ clusters: inout Clusters) {
        var codes: [Int: Set<String>] = [:]
        for k in nodes.indices where nodes[k].isLatin {
            let found = Set(exonyms.entries(english: nodes[k].key.form).filter { $0.kind != .language }.map(\.code))
            if !found.isEmpty { codes[k] = found }
        }
        // What CLDR reads each cluster's English names as; a name it does not know counts as
        // something else ("" here): Americas is not the United States.
        var clusterCodes: [Int: Set<String>] = [:]
        for k in nodes.indices where nodes[k].isLatin {
            clusterCodes[clusters.find(k), default: []].formUnion(codes[k] ?? [""])
        }
        var first: [String: Int] = [:]
        for k in codes.keys.sorted() {
            guard let found = codes[k], found.count == 1, let code = found.first, clusterCodes[clusters.find(k)] == [code] else { continue }
            guard let other = first[code] else { first[code] = k; continue }
            clusters.union(other, k)
        }
    }

    /// Whether a multiword English form names a person (no head word, no digits), so its
    /// parts can be its short forms.
    func isPersonalName(_ node: Node) -> Bool {
        node.isLatin && EntityTyper(exonyms: exonyms, lexicon: lexicon).isPersonalName(node.key.form)
    }

    /// The shorter English forms a full name has in a text: its surname (or any tail of its
    /// words) and given name for a person; the name without a generic head for an
    /// organization (Labour Party → Labour) or a place (Pacific Ocean → Pacific), its head
    /// alone, or the name from its head on; for one word, the part after a hyphenated prefix
    /// and the singular of a plural.
    func shortForms(of node: Node, copied: Set<String>) -> [String] {
        // (A name the translation copies in Latin letters is a product's or a brand's, not a
        // person's: Google Docs does not make Google its short form.)
        if isPersonalName(node), !copied.contains(node.key.form) {
            var forms = (1..<node.words.count).map { node.words[$0...].joined(separator: " ") }
            forms.append(node.words[0])
            // al-Kadhimi is also written Kadhimi.
            for form in forms {
                let parts = form.split(separator: "-", maxSplits: 1)
                if parts.count == 2, NameData.englishConnectors.contains(parts[0].lowercased()) || parts[0].count <= 3 && parts[0].first?.isLowercase == true {
                    forms.append(String(parts[1]))
                }
            }
            return forms.map(Self.matchKey)
        }
        var forms: [String] = []
        if node.words.count >= 2, let last = node.words.last?.lowercased(),
           NameData.englishGenericHeads.contains(last) || NameData.englishDroppedPlaceHeads.contains(last) {
            forms.append(Self.matchKey(node.words.dropLast().joined(separator: " ")))
        }
        // The head alone: "the Commission" for the Securities and Exchange Commission.
        let head = EnglishNameFinder.headWord(node.words)
        // And "the Treaty" for the Treaty on the Non-Proliferation of Nuclear Weapons.
        // (Not a head that is also a first name: Bill.)
        if node.words.count >= 2, let kind = NameData.englishHeads[head.lowercased()], kind == .organization || kind == .other && !lexicon.isNameWord(head) {
            forms.append(Self.matchKey(head))
        }
        // The name from its head word on: the Department of Justice for the United States
        // Department of Justice.
        if NameData.englishHeads[head.lowercased()] == .organization, let start = node.words.firstIndex(of: head),
           start > 0, node.words.count - start >= 2 {
            forms.append(Self.matchKey(node.words[start...].joined(separator: " ")))
        }
        if node.words.count == 1, let word = node.words.first, !lexicon.isCommonEnglishWord(word) {
            // The part after a hyphenated prefix: Cerberus for APS-Cerberus.
            let parts = word.split(separator: "-")
            if parts.count == 2, parts[1].count >= 4, parts[1].first?.isUppercase == true { forms.append(Self.matchKey(String(parts[1]))) }
            // The singular of a plural name: Stryker for the Strykers (not a surname that ends
            // in s: Williams is not William's plural).
            if word.count >= 6, word.hasSuffix("s"), !word.hasSuffix("ss"), word.dropLast().last?.isLowercase == true,
               !lexicon.isNameWord(word) {
                forms.append(Self.matchKey(String(word.dropLast())))
            }
        }
        return forms
    }

    /// Each English form's most frequent rendering in the aligned text (the first in pair
    /// order on a tie).
    static func mostFrequentRenderings(_ observations: GlossaryObservations) -> [String: String] {
        var best: [String: (arabic: String, count: Int)] = [:]
        for (pair, n) in observations.aligned.sorted(by: { $0.key < $1.key }) where n > (best[pair.first]?.count ?? 0) {
            best[pair.first] = (pair.second, n)
        }
        return best.mapValues(\.arabic)
    }

    /// The English forms whose most frequent rendering is copied in Latin letters (Google Docs
    /// ⇄ «Google Docs»).
    static func copiedInLatin(_ renderings: [String: String]) -> Set<String> {
        Set(renderings.filter { ScriptCounts($0.value).latin > ScriptCounts($0.value).arabic }.keys)
    }

    /// Short forms join the one full name of their document that has them; a short form
    /// standing for different names in different documents is split by document. Returns the
    /// head words alone that stand for several names in every document they are in (the
    /// Committee, in a report on five committees): anaphora, not one entity.
    func joinShortForms(_ nodes: inout [Node], _ clusters: inout Clusters, copied: Set<String>) -> Set<Int> {
        var ambiguousHeads = Set<Int>()
        // Full names by document, with their short-form keys.
        var fullByDocument: [String: [(node: Int, shorts: Set<String>)]] = [:]
        for k in nodes.indices where nodes[k].isLatin && nodes[k].observation.count > 0 {
            let shorts = Set(shortForms(of: nodes[k], copied: copied))
            guard !shorts.isEmpty else { continue }
            for document in nodes[k].observation.documents.keys { fullByDocument[document, default: []].append((k, shorts)) }
        }
        let count = nodes.count
        for k in 0..<count where nodes[k].isLatin && !nodes[k].isAcronym && nodes[k].observation.count > 0 {
            var targets: [String: Int] = [:]   // document → full-name cluster
            var ambiguousDocuments = Set<String>()
            for document in nodes[k].observation.documents.keys.sorted() {
                let roots = Set((fullByDocument[document] ?? []).filter { $0.node != k && $0.shorts.contains(nodes[k].matchKey) }
                    .map { clusters.find($0.node) })
                if roots.count == 1 { targets[document] = roots.first! }
                if roots.count >= 2 { ambiguousDocuments.insert(document) }
            }
            var distinct = Set(targets.values)
            // A short form alone in its documents (Trump; the Department of Justice) joins the
            // one full name the corpus has for it (Donald Trump; the United States Department of Justice).
            if targets.isEmpty {
                let everywhere = Set(fullByDocument.values.joined().filter { $0.node != k && $0.shorts.contains(nodes[k].matchKey) }
                    .map { clusters.find($0.node) })
                let undecided = nodes[k].observation.documents.keys.allSatisfy { document in
                    !(fullByDocument[document] ?? []).contains { $0.shorts.contains(nodes[k].matchKey) }
                }
                if everywhere.count == 1, undecided {
                    for document in nodes[k].observation.documents.keys { targets[document] = everywhere.first! }
                    distinct = everywhere
                }
            }
            if distinct.count == 1, targets.count == nodes[k].observation.documents.count {
                clusters.union(k, distinct.first!)
            } else if !distinct.isEmpty {
                // Different people (or undecided documents): one variant per full name.
                for root in distinct.sorted() {
                    let documents = Set(targets.filter { $0.value == root }.map(\.key))
                    let part = nodes[k].observation.restricted(to: documents)
                    nodes.append(Node(key: nodes[k].key, observation: part, name: nodes[k].name, words: nodes[k].words,
                                      isAcronym: false, curatedEntry: nil, matchKey: nodes[k].matchKey))
                    clusters.append(nodes[nodes.count - 1])
                    clusters.union(nodes.count - 1, root)
                    nodes[k].observation = nodes[k].observation.restricted(to: Set(nodes[k].observation.documents.keys).subtracting(documents))
                }
            }
            // What is left of a head word alone after the joins, if only in documents where it
            // stands for several names.
            if nodes[k].words.count == 1, NameData.englishHeads[nodes[k].words[0].lowercased()] != nil,
               !nodes[k].observation.documents.isEmpty, Set(nodes[k].observation.documents.keys).isSubset(of: ambiguousDocuments) {
                ambiguousHeads.insert(k)
            }
        }
        return ambiguousHeads
    }

    /// Arabic forms join the English cluster they were paired with most.
    func attachArabic(_ nodes: [Node], _ observations: GlossaryObservations, _ clusters: inout Clusters) {
        var latinByForm: [String: [Int]] = [:], arabicByForm: [String: Int] = [:]
        for k in nodes.indices {
            if nodes[k].isLatin { latinByForm[nodes[k].key.form, default: []].append(k) } else if arabicByForm[nodes[k].key.form] == nil { arabicByForm[nodes[k].key.form] = k }
        }
        var weights: [Int: [Int: Double]] = [:]   // Arabic node → English root → weight
        for (pair, score) in observations.alignedScore {
            guard let a = arabicByForm[pair.second], let englishNodes = latinByForm[pair.first] else { continue }
            // A form split by document pairs with each part in proportion to its share.
            let total = Double(englishNodes.reduce(0) { $0 + max(1, nodes[$1].observation.count) })
            for e in englishNodes {
                weights[a, default: [:]][clusters.find(e), default: 0] += score * Double(max(1, nodes[e].observation.count)) / total
            }
        }
        for a in weights.keys.sorted() {
            let best = weights[a]!.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!
            if best.value >= self.weights.pairingShare { clusters.union(a, best.key) }
        }
        // Arabic forms with no English pair: with their own spelling variants.
        let unpaired = nodes.indices.filter { !nodes[$0].isLatin && weights[$0] == nil && nodes[$0].observation.count > 0 }
        for (x, a) in unpaired.enumerated() {
            for b in unpaired[(x + 1)...] where nodes[a].words.count == nodes[b].words.count {
                if matcher.similarity(nodes[a].name, nodes[b].name) >= self.weights.arabicVariant { clusters.union(a, b) }
            }
        }
    }

    // MARK: Entries

    private func entries(_ nodes: [Node], _ observations: GlossaryObservations, _ clusters: inout Clusters,
                         ambiguousHeads: Set<Int>) -> [GlossaryEntry] {
        let curatedEntries = curated?.entries ?? []
        let typer = EntityTyper(exonyms: exonyms, lexicon: lexicon, matcher: matcher, weights: typing)
        var result: [GlossaryEntry] = []
        for (root, group) in clusters.members() {
            let seen = group.filter { nodes[$0].observation.count > 0 }
            let curatedEntry = clusters.curated[root].map { curatedEntries[$0] }
            guard !seen.isEmpty else { continue }   // curated entries the texts never mention
            let scripts = Set(seen.map { nodes[$0].key.script })
            let total = seen.reduce(0) { $0.addingClamped(nodes[$1].observation.count) }
            let hasAcronym = seen.contains { nodes[$0].isAcronym }
            let paired = seen.contains { k in !nodes[k].isLatin && observations.aligned.keys.contains { $0.second == nodes[k].key.form } }
            // Noise: a one-word name seen once, in one script, with nothing else to vouch for it
            // (a dictionary that lists it as a name, CLDR: Edinburgh, Google do not need a second mention).
            if curatedEntry == nil, scripts.count == 1, total == 1, !hasAcronym, seen.allSatisfy({ nodes[$0].words.count == 1 }),
               !seen.contains(where: { isKnownName(nodes[$0]) }) {
                continue
            }
            let english = curatedEntry.flatMap { $0.english.isEmpty ? nil : $0.english } ?? canonicalEnglish(seen, nodes)
            let arabic = curatedEntry.flatMap { $0.arabic.isEmpty ? nil : $0.arabic }
                ?? canonicalArabic(seen, nodes, observations, english: english)
            // A head word standing for several names of its documents (the Committee) is none of them.
            if curatedEntry == nil, seen.filter({ nodes[$0].isLatin }).allSatisfy(ambiguousHeads.contains),
               seen.contains(where: { nodes[$0].isLatin }) { continue }
            if curatedEntry == nil, isCommonPhrase(seen, nodes, english: english, arabic: arabic)
                || isTranslatedCommonWord(seen, nodes, english: english, arabic: arabic) { continue }
            let typing = typer.kind(forms: seen.map { (nodes[$0].key, nodes[$0].observation) }, english: english, arabic: arabic,
                                    hasAcronym: hasAcronym)
            let kind = curatedEntry?.kind ?? typing.kind
            // An all-caps spelling of a name in the entry (ERBIL for Erbil) is not an acronym.
            let spelledKeys = Set(seen.filter { !nodes[$0].isAcronym }.map { nodes[$0].matchKey })
            let acronyms = Array(Set(seen.filter { nodes[$0].isAcronym && !spelledKeys.contains(nodes[$0].matchKey) }
                .map { nodes[$0].key.form } + (curatedEntry?.acronyms ?? []))).sorted()
            var byForm: [FormKey: FormObservation] = [:]
            for k in seen { byForm[nodes[k].key, default: FormObservation()].mergePart(nodes[k].observation) }
            let variants = byForm.map { Variant(form: $0.key.form, script: $0.key.script, observation: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : FormKey(form: $0.form, script: $0.script) < FormKey(form: $1.form, script: $1.script) }
            let documents = Set(seen.flatMap { nodes[$0].observation.documents.keys })
            let w = weights
            var confidence = w.baseConfidence
            if paired { confidence += w.pairedBonus } else if scripts.count == 2 { confidence += w.bothScriptsBonus }
            if documents.count >= 2 { confidence += w.documentsBonus }
            if total >= 3 { confidence += w.mentionsBonus }
            if curatedEntry != nil { confidence += w.curatedBonus }
            confidence += w.typingWeight * typing.certainty
            if seen.allSatisfy({ nodes[$0].words.count == 1 }) && !hasAcronym && !paired { confidence -= w.loneWordPenalty }
            result.append(GlossaryEntry(id: "", english: english, arabic: arabic, kind: kind, acronyms: acronyms,
                                        variants: variants, confidence: min(w.confidenceRange.upperBound, max(w.confidenceRange.lowerBound, confidence)),
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

    /// Whether a one-word Latin form (of four letters or more, not an adjective of
    /// nationality) is a name some reference knows: CLDR's exonyms, or the lexicon, which
    /// translates it while not counting it a common word (Edinburgh ↔ ادنبره).
    func isKnownName(_ node: Node) -> Bool {
        guard node.isLatin, let word = node.words.first, word.count >= 4 else { return false }
        if !exonyms.entries(english: word).isEmpty { return true }
        return !NamePairer.isDemonym(word) && !lexicon.isCommonEnglishWord(word) && lexicon.hasArabicTranslation(forEnglish: word)
    }

    /// Whether an entry is one common word, capitalized as formal text capitalizes nouns, and
    /// its dictionary translation (Cooperation ⇄ «التعاون», the Constitution ⇄ «الدستور»,
    /// Hunger ⇄ «الجوع»), however often seen: a glossary of names lists no common nouns. Not a word
    /// of people's names, a place (the Earth too), a head word (the Senate, the Court name one
    /// institution), an acronym, a title in quotes or a name the Arabic introduces with a
    /// classifier.
    func isTranslatedCommonWord(_ members: [Int], _ nodes: [Node], english: String?, arabic: String?) -> Bool {
        guard let english, let arabic, !english.contains(" "), !arabic.contains(" ") else { return false }
        let latin = members.filter { nodes[$0].isLatin }
        guard !latin.isEmpty, latin.allSatisfy({ nodes[$0].words.count == 1 && !nodes[$0].isAcronym }) else { return false }
        for k in latin {
            let word = nodes[k].words[0]
            guard lexicon.isCommonEnglishWordOrPlural(word), !lexicon.isNameWord(word), exonyms.entries(english: word).isEmpty,
                  NameData.englishHeads[word.lowercased()] == nil, !NameData.celestialPlaces.contains(word.lowercased()),
                  (nodes[k].observation.cues[NameData.quotedCue] ?? 0) == 0,
                  (nodes[k].observation.cues[NameData.arabicClassifierCue] ?? 0) == 0 else { return false }
        }
        return lexicon.englishStems(forArabic: arabic).contains(EnglishWordForm.stem(english))
            && !matcher.compare(english, arabic).isSame
    }

    /// Whether an entry is only common words capitalized (Amazing, Battery Charger, Super Loud)
    /// rather than a name: every English word a common word, no head word, no place, no
    /// acronym; its Arabic (if any) a translation rather than a transliteration; not quoted
    /// as a title nor introduced in the Arabic by a word saying what it is; seen fewer than
    /// three times.
    func isCommonPhrase(_ members: [Int], _ nodes: [Node], english: String?, arabic: String?) -> Bool {
        let latin = members.filter { nodes[$0].isLatin }
        guard !latin.isEmpty, !latin.contains(where: { nodes[$0].isAcronym }) else { return false }
        let total = members.reduce(0) { $0.addingClamped(nodes[$1].observation.count) }
        if total >= 3 || latin.contains(where: { (nodes[$0].observation.cues[NameData.quotedCue] ?? 0) > 0
                || (nodes[$0].observation.cues[NameData.arabicClassifierCue] ?? 0) > 0 }) { return false }
        for k in latin {
            let words = nodes[k].words
            guard words.allSatisfy({ lexicon.isCommonEnglishWord($0) || NameData.englishConnectors.contains($0.lowercased()) }) else { return false }
            // A head word names a kind of thing (Forum, Affairs, Office); alone it is no name.
            if words.count >= 2, NameData.englishHeads[EnglishNameFinder.headWord(words).lowercased()] != nil { return false }
            if !exonyms.entries(english: nodes[k].key.form).isEmpty { return false }
        }
        // Transliterated, it is a name (The Onion ⇄ «أنيون»: the name's "The" is not rendered).
        if let english, let arabic, matcher.compare(EnglishNameFinder.withoutThe(english), arabic).isSame {
            return false
        }
        return true
    }

    /// The canonical English: the most frequent full name (more words before fewer for
    /// people: Theresa May, not Theresa), then the most documents, then the longest.
    func canonicalEnglish(_ members: [Int], _ nodes: [Node]) -> String? {
        let forms = members.filter { nodes[$0].isLatin && !nodes[$0].isAcronym }
        // A longer form that only puts common words before a one-word name of the entry
        // ("New Bitcoin" from a headline beside Bitcoin) is that name in a phrase, not its
        // full form (Steven Gerrard is; so is Securities and Exchange Commission, whose
        // short form Commission is a common word).
        let oneWordNames = Set(forms.map { nodes[$0].words }.filter { $0.count == 1 && !lexicon.isCommonEnglishWord($0[0]) }.map { $0[0] })
        func isFull(_ node: Node) -> Bool {
            guard node.words.count >= 2 else { return false }
            guard let last = node.words.last, oneWordNames.contains(last) else { return true }
            // (A common word few people bear, like New; Bill in Bill Gates is a name.)
            return !node.words.dropLast().allSatisfy {
                lexicon.isCommonEnglishWord($0) && EntityTyper.nameWordWeight(lexicon.evidence(.nameWord, ofEnglish: $0)) < 1
            }
        }
        // A form with a leading "The" whose bare form the entry has too (The Washington Post,
        // Washington Post) gives way to it, as glossaries list names.
        let bareForms = Set(forms.map { nodes[$0].key.form })
        func keepsThe(_ node: Node) -> Bool {
            let bare = EnglishNameFinder.withoutThe(node.key.form)
            return bare != node.key.form && bareForms.contains(bare)
        }
        let best = forms.max { a, b in
            let x = nodes[a], y = nodes[b]
            if isFull(x) != isFull(y) { return isFull(y) }
            if keepsThe(x) != keepsThe(y) { return keepsThe(x) }
            if x.observation.count != y.observation.count { return x.observation.count < y.observation.count }
            if x.observation.documents.count != y.observation.documents.count { return x.observation.documents.count < y.observation.documents.count }
            if x.key.form.count != y.key.form.count { return x.key.form.count < y.key.form.count }
            return x.key.form > y.key.form
        }
        return best.map { nodes[$0].key.form } ?? members.first { nodes[$0].isAcronym }.map { nodes[$0].key.form }
    }

    /// The canonical Arabic: the rendering paired with the canonical English most strongly,
    /// then with any of the entry's English forms, then the most frequent Arabic form.
    func canonicalArabic(_ members: [Int], _ nodes: [Node], _ observations: GlossaryObservations, english: String?) -> String? {
        let arabic = members.filter { !nodes[$0].isLatin }
        guard !arabic.isEmpty else { return nil }
        let englishForms = Set(members.filter { nodes[$0].isLatin }.map { nodes[$0].key.form })
        func weight(_ k: Int) -> (Double, Double, Int) {
            let form = nodes[k].key.form
            var withCanonical = 0.0, withAny = 0.0
            for (pair, score) in observations.alignedScore where pair.second == form && englishForms.contains(pair.first) {
                withAny += score
                if pair.first == english { withCanonical += score }
            }
            return (withCanonical, withAny, nodes[k].observation.count)
        }
        let best = arabic.max { a, b in
            let x = weight(a), y = weight(b)
            if x != y { return x < y }
            return nodes[a].key.form > nodes[b].key.form
        }!
        return nodes[best].key.form
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

extension FormObservation {
    /// The part of the observation from some documents (kind votes and cues stay whole: they
    /// are not kept per document).
    /// Joins a part made by ``restricted(to:)`` back to the other parts of the same form:
    /// counts, documents and sentences add up; kinds and cues, which every part carries
    /// whole, are not counted twice. (Summing them made a rebuilt glossary differ from the
    /// glossary it was read from, so merged shards were not exact.)
    mutating func mergePart(_ part: FormObservation) {
        let kinds = self.kinds, cues = self.cues
        merge(part)
        if count > part.count {   // not the first part
            self.kinds = kinds.merging(part.kinds) { max($0, $1) }
            self.cues = cues.merging(part.cues) { max($0, $1) }
        }
    }

    func restricted(to documents: Set<String>) -> FormObservation {
        var part = self
        part.documents = self.documents.filter { documents.contains($0.key) }
        part.count = part.documents.values.reduce(0) { $0.addingClamped($1) }
        part.sentences = sentences.filter { documents.contains($0.document) }
        part.contexts = contexts.filter { documents.contains($0.key.document) }
        return part
    }
}
