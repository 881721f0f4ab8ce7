import MuqabalaText

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
    /// Candidates by key: `postings[postingStart[key]..<postingStart[key + 1]]`.
    let postingStart: [Int32]
    let postings: [Int32]
    /// Total key weight of each candidate, and of its bigram keys alone (for Dice-normalized
    /// first-stage ranking).
    let keyMass: [Int32]
    let bigramMass: [Int32]
    /// How many candidates, at most, a query scores in full.
    public let shortlist: Int
    /// Select and rank the shortlist by consonant bigrams only: much faster on large candidate
    /// sets (single classes are shared by most names), a little less thorough.
    public let bigramSelection: Bool

    /// Keys are 16 bits: single classes below 0x8000, bigrams with the high bit set.
    static let keySpace = 1 << 16

    public init(names: [String], matcher: NameMatcher = NameMatcher(), shortlist: Int = 300, bigramSelection: Bool = false) {
        self.matcher = matcher
        self.names = names
        self.shortlist = shortlist
        self.bigramSelection = bigramSelection
        let parsed = parallelMap(count: names.count) { matcher.parse(names[$0]) }
        self.parsed = parsed
        let keySets = parsed.map { Set(Self.keys($0.units)) }
        var counts = [Int32](repeating: 0, count: Self.keySpace + 1)
        for keys in keySets { for key in keys { counts[Int(key) + 1] += 1 } }
        for k in 1...Self.keySpace { counts[k] += counts[k - 1] }
        var cursor = counts
        var postings = [Int32](repeating: 0, count: Int(counts[Self.keySpace]))
        for (id, keys) in keySets.enumerated() {
            for key in keys {
                postings[Int(cursor[Int(key)])] = Int32(id)
                cursor[Int(key)] += 1
            }
        }
        self.postingStart = counts
        self.postings = postings
        self.keyMass = keySets.map { Int32($0.reduce(0) { $0 + Self.keyWeight($1) }) }
        self.bigramMass = keySets.map { Int32($0.filter { $0 & 0x8000 != 0 }.reduce(0) { $0 + Self.keyWeight($1) }) }
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

    /// Working memory for queries: reuse one across many queries to the same index.
    public final class Scratch {
        var shared: [Int32] = []
        var touched: [Int32] = []
        public init() {}
    }

    /// The `top` best candidates for `query`, best first.
    public func best(for query: String, top: Int = 1) -> [RankedCandidate] {
        best(for: matcher.parse(query), top: top)
    }

    /// The `top` best candidates for a parsed query, best first.
    /// - Parameters:
    ///   - query: the parsed name to look up.
    ///   - top: how many candidates to return.
    ///   - scratch: reusable working memory (a new one is made if nil).
    public func best(for query: PhoneticName, top: Int = 1, scratch: Scratch? = nil) -> [RankedCandidate] {
        guard !names.isEmpty, top > 0 else { return [] }
        let scratch = scratch ?? Scratch()
        if scratch.shared.count != names.count { scratch.shared = [Int32](repeating: 0, count: names.count) }
        scratch.touched.removeAll(keepingCapacity: true)
        let queryKeys = Set(Self.keys(query.units))
        let queryMass = queryKeys.reduce(0) { $0 + Self.keyWeight($1) }
        // Single consonant classes are shared by most names: when the query has bigrams, only
        // they select and rank candidates (Dice over bigram keys).
        let byBigrams = bigramSelection && queryKeys.contains { $0 & 0x8000 != 0 }
        let selecting = byBigrams ? queryKeys.filter { $0 & 0x8000 != 0 } : queryKeys
        let selectingMass = selecting.reduce(0) { $0 + Self.keyWeight($1) }
        postings.withUnsafeBufferPointer { postings in
            scratch.shared.withUnsafeMutableBufferPointer { shared in
                for key in selecting {
                    let weight = Int32(Self.keyWeight(key))
                    for p in Int(postingStart[Int(key)])..<Int(postingStart[Int(key) + 1]) {
                        let id = Int(postings[p])
                        if shared[id] == 0 { scratch.touched.append(Int32(id)) }
                        shared[id] += weight
                    }
                }
            }
        }
        // The shortlist: the candidates with the best Dice coefficient of weighted keys, kept
        // in a bounded heap (worst on top) instead of sorting every candidate.
        var heap: [(dice: Double, id: Int32)] = []
        heap.reserveCapacity(shortlist + 1)
        func worse(_ a: (dice: Double, id: Int32), _ b: (dice: Double, id: Int32)) -> Bool {
            a.dice != b.dice ? a.dice < b.dice : a.id > b.id
        }
        func siftUp(_ k: Int) {
            var k = k
            while k > 0 {
                let parent = (k - 1) / 2
                guard worse(heap[k], heap[parent]) else { return }
                heap.swapAt(k, parent)
                k = parent
            }
        }
        func siftDown(_ k: Int) {
            var k = k
            while true {
                let left = 2 * k + 1, right = left + 1
                var smallest = k
                if left < heap.count, worse(heap[left], heap[smallest]) { smallest = left }
                if right < heap.count, worse(heap[right], heap[smallest]) { smallest = right }
                if smallest == k { return }
                heap.swapAt(k, smallest)
                k = smallest
            }
        }
        for id in scratch.touched {
            let mass = byBigrams ? selectingMass + Int(bigramMass[Int(id)]) : queryMass + Int(keyMass[Int(id)])
            let dice = Double(2 * scratch.shared[Int(id)]) / Double(mass)
            scratch.shared[Int(id)] = 0
            let item = (dice: dice, id: id)
            if heap.count < shortlist {
                heap.append(item)
                siftUp(heap.count - 1)
            } else if let worst = heap.first, worse(worst, item) {
                heap[0] = item
                siftDown(0)
            }
        }
        var pool = heap.map { Int($0.id) }
        if pool.isEmpty { pool = Array(names.indices.prefix(shortlist)) }
        var ranked = pool.map { id in
            RankedCandidate(index: id, name: names[id], score: matcher.similarity(query, parsed[id]))
        }
        ranked.sort { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        return Array(ranked.prefix(top))
    }
}
