/// A candidate found for a query name.
public struct RankedCandidate: Equatable, Sendable {
    /// Position of the candidate in the list the index was built from.
    public let index: Int
    public let name: String
    public let score: Double
}

/// Finds the best-matching names among many candidates without scoring every one.
///
/// Each candidate is indexed by the bigrams of its coarse consonant skeleton (vowels,
/// hamza, ayn and the article dropped; letters that spellings interchange share a class, see
/// `PhoneticUnit.coarseClass`). A query scores only the `shortlist` candidates sharing the
/// most skeleton bigrams with it, with the full ``NameMatcher``. With 10,000 candidates a
/// query touches a few hundred of them.
public struct CandidateIndex: Sendable {
    public let matcher: NameMatcher
    public let names: [String]
    let parsed: [PhoneticName]
    let postings: [UInt16: [Int32]]
    /// Total key weight of each candidate (for Dice-normalized first-stage ranking).
    let keyMass: [Int]
    /// How many candidates, at most, a query scores in full.
    public let shortlist: Int

    public init(names: [String], matcher: NameMatcher = NameMatcher(), shortlist: Int = 300) {
        self.matcher = matcher
        self.names = names
        self.shortlist = shortlist
        let parsed = names.map(matcher.parse)
        self.parsed = parsed
        var postings: [UInt16: [Int32]] = [:]
        var keyMass: [Int] = []
        for (id, name) in parsed.enumerated() {
            let keys = Set(Self.keys(name.units))
            for key in keys {
                postings[key, default: []].append(Int32(id))
            }
            keyMass.append(keys.reduce(0) { $0 + Self.keyWeight($1) })
        }
        self.postings = postings
        self.keyMass = keyMass
    }

    /// The coarse consonant skeleton of a name.
    static func skeleton(_ units: [PhoneticUnit]) -> [UInt8] {
        units.compactMap(\.coarseClass)
    }

    /// Index keys: every class of the skeleton, and every bigram (high bit set).
    static func keys(_ units: [PhoneticUnit]) -> [UInt16] {
        let s = skeleton(units)
        guard !s.isEmpty else { return [0] }
        var keys = s.map { UInt16($0) }
        for k in s.indices.dropLast() {
            keys.append(UInt16(s[k]) << 8 | UInt16(s[k + 1]) | 0x8000)
        }
        return keys
    }

    /// Bigram keys say more than single classes.
    @inline(__always) static func keyWeight(_ key: UInt16) -> Int { key & 0x8000 != 0 ? 3 : 1 }

    /// The `top` best candidates for `query`, best first.
    public func best(for query: String, top: Int = 1) -> [RankedCandidate] {
        best(for: matcher.parse(query), top: top)
    }

    /// The `top` best candidates for a parsed query, best first.
    public func best(for query: PhoneticName, top: Int = 1) -> [RankedCandidate] {
        guard !names.isEmpty, top > 0 else { return [] }
        var shared: [Int32: Int] = [:]
        let queryKeys = Set(Self.keys(query.units))
        let queryMass = queryKeys.reduce(0) { $0 + Self.keyWeight($1) }
        for key in queryKeys {
            let weight = Self.keyWeight(key)
            for id in postings[key] ?? [] { shared[id, default: 0] += weight }
        }
        // Dice coefficient of the weighted key sets.
        let ranked0 = shared.map { (id: $0.key, dice: Double(2 * $0.value) / Double(queryMass + keyMass[Int($0.key)])) }
        var pool = ranked0.sorted { $0.dice != $1.dice ? $0.dice > $1.dice : $0.id < $1.id }
            .prefix(shortlist).map { Int($0.id) }
        if pool.isEmpty { pool = Array(names.indices.prefix(shortlist)) }
        var ranked = pool.map { id in
            RankedCandidate(index: id, name: names[id], score: matcher.similarity(query, parsed[id]))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return Array(ranked.prefix(top))
    }
}
