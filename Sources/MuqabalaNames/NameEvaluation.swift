/// Measuring a ``NameMatcher`` on labelled data.
public enum NameEvaluation {
    /// A labelled pair: are `a` and `b` the same name?
    public struct LabelledPair: Sendable {
        public let a: String
        public let b: String
        public let same: Bool
        public init(a: String, b: String, same: Bool) {
            self.a = a
            self.b = b
            self.same = same
        }
    }

    /// Precision, recall and F1 of the "same" verdict.
    public struct PairMetrics: Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0
        /// The pairs the matcher got wrong, with their scores.
        public var errors: [(pair: LabelledPair, score: Double)] = []

        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// Scores every pair and counts the verdicts against the labels.
    public static func evaluatePairs(_ pairs: [LabelledPair], matcher: NameMatcher = NameMatcher()) -> PairMetrics {
        var metrics = PairMetrics()
        for pair in pairs {
            let result = matcher.compare(pair.a, pair.b)
            switch (pair.same, result.isSame) {
            case (true, true): metrics.truePositives += 1
            case (false, true): metrics.falsePositives += 1
            case (true, false): metrics.falseNegatives += 1
            case (false, false): metrics.trueNegatives += 1
            }
            if pair.same != result.isSame { metrics.errors.append((pair, result.score)) }
        }
        return metrics
    }

    /// Top-1 retrieval: each query against all targets; correct when the best target's
    /// text equals the query's own target (duplicates count as correct).
    public struct RetrievalMetrics: Sendable {
        public var queries = 0
        public var correct = 0
        public var accuracy: Double { queries == 0 ? 0 : Double(correct) / Double(queries) }
        /// Misses: (query, expected, found).
        public var misses: [(query: String, expected: String, found: String)] = []
    }

    /// Retrieves the best target for every source through a ``CandidateIndex``.
    public static func evaluateRetrieval(
        pairs: [(source: String, target: String)], matcher: NameMatcher = NameMatcher()
    ) -> RetrievalMetrics {
        let index = CandidateIndex(names: pairs.map(\.target), matcher: matcher)
        var metrics = RetrievalMetrics()
        for pair in pairs {
            metrics.queries += 1
            let found = index.best(for: pair.source).first?.name ?? ""
            if found == pair.target { metrics.correct += 1 }
            else { metrics.misses.append((pair.source, pair.target, found)) }
        }
        return metrics
    }
}
