/// Measuring a ``NameMatcher`` on labelled data.
package enum NameEvaluation {
    /// A labelled pair: are `a` and `b` the same name?
    package struct LabelledPair: Sendable {
        package let a: String
        package let b: String
        package let same: Bool
        package init(a: String, b: String, same: Bool) {
            self.a = a
            self.b = b
            self.same = same
        }
    }

    /// Precision, recall and F1 of the "same" verdict.
    package struct PairMetrics: Sendable {
        package var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0
        /// The pairs the matcher got wrong, with their scores.
        package var errors: [(pair: LabelledPair, score: Double)] = []

        package var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        package var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        package var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
        private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    /// Scores every pair and counts the verdicts against the labels.
    package static func evaluatePairs(_ pairs: [LabelledPair], matcher: NameMatcher = NameMatcher()) -> PairMetrics {
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
    package struct RetrievalMetrics: Sendable {
        package var queries = 0
        package var correct = 0
        package var accuracy: Double { queries == 0 ? 0 : Double(correct) / Double(queries) }
        /// Misses: (query, expected, found).
        package var misses: [(query: String, expected: String, found: String)] = []
    }

    /// Retrieves the best target for every source through a ``CandidateIndex``.
    package static func evaluateRetrieval(
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
