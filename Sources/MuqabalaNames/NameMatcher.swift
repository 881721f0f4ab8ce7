import MuqabalaText

/// The result of comparing two names.
public struct NameMatch: Equatable, Sendable {
    /// Similarity in 0…1 (1: the same spelling up to normalization).
    public let score: Double
    /// Whether `score` reaches the matcher's threshold.
    public let isSame: Bool
    /// `same` or `different`, as the CLI prints it.
    public var verdict: String { isSame ? "same" : "different" }
}

/// Compares person, group and place names across Arabic and Latin script, in any combination.
///
/// Both names are parsed into ``PhoneticUnit``s (`NameParser`) and aligned with a weighted
/// edit distance whose costs come from a ``CostTable`` (``HandRuleCosts`` by default; a
/// learned table plugs in through `init(costs:)`). The score mixes two views:
/// - the whole-name similarity, `1 − cost / length` (length from the unit weights), and
/// - the worst single word's similarity, so one wrong word in a long name still counts:
///   "Ammar al-Hakim" is not "عمار الحكيمي", and "Erbil" is not "أربيل الدولي".
///
/// `score = (whole + worstWord) / 2`; names are the same when `score ≥ threshold`
/// (``defaultThreshold``, chosen on the development pairs in `Tests/Fixtures`).
public struct NameMatcher: Sendable {
    /// The threshold for the same/different verdict.
    public static let defaultThreshold = 0.75

    /// The longest name compared, in phonetic units (about as many letters). The alignment
    /// costs time and memory in the product of the two lengths, and no person, group or
    /// place has a longer name: a longer "name" is a sentence or a corrupt line, and its
    /// similarity is 0.
    public static let maximumUnits = 400

    public let costs: CostTable
    public let threshold: Double
    package let parser: NameParser

    public init(costs: CostTable = .handRules, threshold: Double = NameMatcher.defaultThreshold) {
        self.costs = costs
        self.threshold = threshold
        self.parser = NameParser()
    }

    /// Parses a name (see `NameParser`). Parse once when comparing a name many times.
    public func parse(_ name: String) -> PhoneticName { parser.parse(name) }

    /// Compares two names.
    public func compare(_ a: String, _ b: String) -> NameMatch {
        decide(similarity(parse(a), parse(b)))
    }

    /// Compares two parsed names.
    public func compare(_ a: PhoneticName, _ b: PhoneticName) -> NameMatch {
        decide(similarity(a, b))
    }

    func decide(_ score: Double) -> NameMatch {
        NameMatch(score: score, isSame: score >= threshold)
    }

    /// The similarity of two parsed names, in 0…1.
    public func similarity(_ a: PhoneticName, _ b: PhoneticName) -> Double {
        let pair: ScriptPair = a.script != b.script ? .cross : a.script == .arabic ? .arabic : .latin
        return similarity(a.units, b.units, scripts: pair)
    }

    /// Which scripts a comparison is between: deletion costs of vowels depend on it.
    public enum ScriptPair: Sendable {
        case cross, latin, arabic
    }

    /// The similarity of two unit sequences, in 0…1. A name without letters is similar to
    /// nothing (not even another name without letters), nor is one over ``maximumUnits``.
    public func similarity(_ x: [PhoneticUnit], _ y: [PhoneticUnit], scripts: ScriptPair = .cross) -> Double {
        if x.isEmpty || y.isEmpty || x.count > Self.maximumUnits || y.count > Self.maximumUnits { return 0 }
        if x == y { return 1 }
        // Align in a canonical order so that ties in the traceback, and so the per-word
        // charges, do not depend on which name came first: the score is symmetric.
        let swap = x.count != y.count ? x.count > y.count
            : x.lexicographicallyPrecedes(y, by: { $0.rawValue < $1.rawValue }) == false
        let alignment = swap ? align(y, x, scripts: scripts) : align(x, y, scripts: scripts)
        let whole = max(0, 1 - Double(alignment.total) / Double(max(weight(x), weight(y))))
        let worst = alignment.worstWord
        return (whole + worst) / 2
    }

    /// The whole-name weight of a unit sequence.
    func weight(_ units: [PhoneticUnit]) -> Float {
        units.reduce(0) { $0 + costs.weight[Int($1.rawValue)] }
    }

    /// The outcome of aligning two unit sequences.
    struct Alignment {
        var total: Float
        /// The lowest per-word similarity over the words of both names.
        var worstWord: Double
    }

    /// Position-dependent cost of aligning `units[k]` with nothing.
    @inline(__always)
    private func deletionCost(_ units: [PhoneticUnit], _ k: Int, scripts: ScriptPair) -> Float {
        let unit = units[k]
        let index = Int(unit.rawValue)
        let isInitial = k == 0 || units[k - 1] == .space || units[k - 1] == .article
        let isFinal = k == units.count - 1 || units[k + 1] == .space
        var cost = isFinal ? costs.deletionFinal[index]
            : isInitial ? costs.deletionInitial[index] : costs.deletionMedial[index]
        switch scripts {
        case .latin where unit.isShortVowel:
            cost = max(cost, costs.latinPairShortVowelDeletion)
        case .arabic where unit == .alef || unit == .wu || unit == .yi:
            cost = max(cost, costs.arabicPairVowelLetterDeletion)
        default:
            break
        }
        if k > 0, units[k - 1] == unit, !unit.isStructural {
            cost = min(cost, costs.geminate)
        }
        return cost
    }

    /// The word each unit belongs to (-1 for word boundaries); the article belongs to its word.
    private func wordIndices(_ units: [PhoneticUnit]) -> (indices: [Int], count: Int) {
        var word = 0
        var result: [Int] = []
        result.reserveCapacity(units.count)
        for unit in units {
            if unit == .space {
                result.append(-1)
                word += 1
            } else {
                result.append(word)
            }
        }
        return (result, word + 1)
    }

    /// Weighted edit distance with traceback, attributing each operation's cost to the
    /// words it touches.
    func align(_ x: [PhoneticUnit], _ y: [PhoneticUnit], scripts: ScriptPair) -> Alignment {
        let n = x.count, m = y.count
        let width = m + 1
        var cost = [Float](repeating: .infinity, count: (n + 1) * width)
        var move = [UInt8](repeating: 0, count: (n + 1) * width)
        let delX = (0..<n).map { deletionCost(x, $0, scripts: scripts) }
        let delY = (0..<m).map { deletionCost(y, $0, scripts: scripts) }
        cost[0] = 0
        for i in 0...n {
            for j in 0...m where i > 0 || j > 0 {
                var best = Float.infinity
                var choice: UInt8 = 0
                if i > 0 && j > 0 {
                    let c = cost[(i - 1) * width + j - 1] + costs.sub(x[i - 1], y[j - 1])
                    if c < best { best = c; choice = 1 }
                }
                if i > 0 {
                    let c = cost[(i - 1) * width + j] + delX[i - 1]
                    if c < best { best = c; choice = 2 }
                }
                if j > 0 {
                    let c = cost[i * width + j - 1] + delY[j - 1]
                    if c < best { best = c; choice = 3 }
                }
                // The article spelled inside a word as vowel + l (Hezbollah, Abdullah).
                if i > 0 && j > 1 && x[i - 1] == .article && y[j - 2].isShortVowel && y[j - 1] == .l {
                    let c = cost[(i - 1) * width + j - 2] + costs.articleAsVowelL
                    if c < best { best = c; choice = 4 }
                }
                if j > 0 && i > 1 && y[j - 1] == .article && x[i - 2].isShortVowel && x[i - 1] == .l {
                    let c = cost[(i - 2) * width + j - 1] + costs.articleAsVowelL
                    if c < best { best = c; choice = 5 }
                }
                cost[i * width + j] = best
                move[i * width + j] = choice
            }
        }
        // Trace back and charge each word.
        let (wordX, countX) = wordIndices(x)
        let (wordY, countY) = wordIndices(y)
        var chargeX = [Float](repeating: 0, count: countX)
        var chargeY = [Float](repeating: 0, count: countY)
        var i = n, j = m
        func charge(_ c: Float, x xi: Int?, y yj: Int?) {
            if let xi, wordX[xi] >= 0 { chargeX[wordX[xi]] += c }
            if let yj, wordY[yj] >= 0 { chargeY[wordY[yj]] += c }
        }
        while i > 0 || j > 0 {
            let before = cost[i * width + j]
            switch move[i * width + j] {
            case 1:
                charge(before - cost[(i - 1) * width + j - 1], x: i - 1, y: j - 1)
                i -= 1; j -= 1
            case 2:
                charge(before - cost[(i - 1) * width + j], x: i - 1, y: nil)
                i -= 1
            case 3:
                charge(before - cost[i * width + j - 1], x: nil, y: j - 1)
                j -= 1
            case 4:
                charge(before - cost[(i - 1) * width + j - 2], x: i - 1, y: j - 1)
                i -= 1; j -= 2
            case 5:
                charge(before - cost[(i - 2) * width + j - 1], x: i - 1, y: j - 1)
                i -= 2; j -= 1
            default:
                i = 0; j = 0
            }
        }
        var weightX = [Float](repeating: 0, count: countX)
        var weightY = [Float](repeating: 0, count: countY)
        for (k, unit) in x.enumerated() where wordX[k] >= 0 { weightX[wordX[k]] += costs.weight[Int(unit.rawValue)] }
        for (k, unit) in y.enumerated() where wordY[k] >= 0 { weightY[wordY[k]] += costs.weight[Int(unit.rawValue)] }
        var worst = 1.0
        for w in 0..<countX where weightX[w] > 0 {
            worst = min(worst, max(0, 1 - Double(chargeX[w] / weightX[w])))
        }
        for w in 0..<countY where weightY[w] > 0 {
            worst = min(worst, max(0, 1 - Double(chargeY[w] / weightY[w])))
        }
        return Alignment(total: cost[n * width + m], worstWord: worst)
    }
}
