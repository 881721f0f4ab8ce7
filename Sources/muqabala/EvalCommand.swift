import ArgumentParser
import MuqabalaNames
import MuqabalaText

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure quality on labelled development data.",
        subcommands: [NamePairs.self, NameRetrieval.self]
    )
}

/// Reads a TSV file, skipping blank lines and `#` comments.
func readTSV(_ path: String) throws -> [(fields: [String], line: Int)] {
    var rows: [(fields: [String], line: Int)] = []
    try TextInput.forEachLine(of: path) { line, number in
        if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { return }
        rows.append((line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init), number))
    }
    if rows.isEmpty { throw TextInputError(source: TextInput.displayName(path), problem: .empty) }
    return rows
}

struct NamePairs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Precision, recall and F1 of the same/different verdict on labelled name pairs.",
        discussion: """
            Input: label<TAB>a<TAB>b[<TAB>note], label 1 (same) or 0 (different).
            Example:
              $ muqabala eval names ../shared/gold/names.dev.tsv
            """
    )

    @Argument(help: "Labelled pairs (TSV).")
    var file: String

    @Option(help: "Verdict threshold.")
    var threshold: Double = NameMatcher.defaultThreshold

    func run() throws {
        try reportingErrors("eval names") {
            var pairs: [NameEvaluation.LabelledPair] = []
            for (fields, line) in try readTSV(file) {
                guard fields.count >= 3, fields[0] == "0" || fields[0] == "1" else {
                    throw CLIError("\(file):\(line): expected label (0 or 1)<TAB>a<TAB>b")
                }
                pairs.append(.init(a: fields[1], b: fields[2], same: fields[0] == "1"))
            }
            let metrics = NameEvaluation.evaluatePairs(pairs, matcher: NameMatcher(threshold: threshold))
            var output = Output()
            output.line("pairs\t\(pairs.count)\tthreshold\t\(format(threshold))")
            output.line("precision\t\(format(metrics.precision))")
            output.line("recall\t\(format(metrics.recall))")
            output.line("f1\t\(format(metrics.f1))")
            for (pair, score) in metrics.errors {
                output.line("error\t\(pair.same ? "missed" : "false-match")\t\(format(score))\t\(pair.a)\t\(pair.b)")
            }
            output.flush()
        }
    }
}

struct NameRetrieval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retrieval",
        abstract: "Top-1 retrieval: each source name against all target names of the file.",
        discussion: """
            Input: source<TAB>target per line (e.g. Arabic<TAB>English).
            Example:
              $ muqabala eval retrieval ../shared/dev/names/ar2en-eval.tsv
            """
    )

    @Argument(help: "Name pairs (TSV).")
    var file: String

    @Flag(help: "Print every miss.")
    var showMisses = false

    func run() throws {
        try reportingErrors("eval retrieval") {
            let rows = try readTSV(file)
            let pairs = try rows.map { fields, line in
                guard fields.count >= 2 else { throw CLIError("\(file):\(line): expected source<TAB>target") }
                return (source: fields[0], target: fields[1])
            }
            let metrics = NameEvaluation.evaluateRetrieval(pairs: pairs)
            var output = Output()
            output.line("queries\t\(metrics.queries)\tcandidates\t\(Set(pairs.map(\.target)).count)")
            output.line("top1\t\(format(metrics.accuracy))")
            if showMisses {
                for miss in metrics.misses { output.line("miss\t\(miss.query)\t\(miss.expected)\t\(miss.found)") }
            }
            output.flush()
        }
    }
}
