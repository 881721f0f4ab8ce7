import ArgumentParser
import MuqabalaNames
import MuqabalaText
import MuqabalaIO

struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Match names across Arabic and Latin script.",
        discussion: """
            Three modes (output is tab-separated, scores have three decimals):
              muqabala match A B                 score<TAB>same|different
              muqabala match --pairs FILE        a<TAB>b<TAB>score<TAB>same|different per line
              muqabala match --against CANDIDATES [QUERIES|-] [--top K]
                                                 query<TAB>best<TAB>score (K pairs of columns)

            Examples:
              $ muqabala match 'Mustafa al-Kadhimi' 'مصطفى الكاظمي'
              0.912	same
              $ muqabala match 'al-Hakim' 'al-Hakimi'
              0.644	different
            """
    )

    @Argument(help: "Two names to compare, or with --against the queries file (default: standard input).")
    var names: [String] = []

    @Option(help: "A TSV file of name pairs (a<TAB>b), or - for standard input.")
    var pairs: String?

    @Option(help: "A file of candidate names, one per line (first column of a TSV).")
    var against: String?

    @Option(help: "With --against: how many candidates to print per query.")
    var top: Int = 1

    @Option(help: "Score at or above which two names are the same.")
    var threshold: Double = NameMatcher.defaultThreshold

    func validate() throws {
        let modes = (pairs != nil ? 1 : 0) + (against != nil ? 1 : 0)
        if modes > 1 { throw ValidationError("use one of --pairs and --against") }
        if pairs != nil && !names.isEmpty { throw ValidationError("--pairs takes no name arguments") }
        if against != nil && names.count > 1 { throw ValidationError("--against takes at most one queries file") }
        if modes == 0 && names.count != 2 { throw ValidationError("give two names, --pairs FILE, or --against FILE") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if against == "-" && (names.first ?? "-") == "-" {
            throw ValidationError("--against - and the queries cannot both be standard input; give one of them as a file")
        }
        if !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1") }
    }

    /// Why a name cannot be compared, or nil.
    private static func problem(_ name: PhoneticName) -> String? {
        if name.units.isEmpty { return "has no letters" }
        if name.units.count > NameMatcher.maximumUnits {
            return "is longer than \(NameMatcher.maximumUnits) letters, so not a name (similarity 0)"
        }
        return nil
    }

    func run() throws {
        var skipped = 0
        try reportingErrors("match") {
            let matcher = NameMatcher(threshold: threshold)
            var output = Output()
            defer { output.flush() }
            if let pairs {
                let bytes = try TextInput.forEachLine(of: pairs) { line, number in
                    if line.allSatisfy(\.isWhitespace) { output.line(""); return }
                    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                    guard fields.count >= 2 else {
                        throw CLIError("\(TextInput.displayName(pairs)):\(number): expected two tab-separated names")
                    }
                    let a = String(fields[0]), b = String(fields[1])
                    let parsedA = matcher.parse(a), parsedB = matcher.parse(b)
                    // A line that cannot be compared is kept (score 0, so row counts stay
                    // aligned with the input), said on stderr, and makes the exit status 1.
                    for (name, parsed) in [(a, parsedA), (b, parsedB)] {
                        if let problem = Self.problem(parsed) {
                            StandardError.write("muqabala match: \(TextInput.displayName(pairs)):\(number): the name \"\(name.prefix(40))\" \(problem)\n")
                            skipped += 1
                        }
                    }
                    let result = matcher.compare(parsedA, parsedB)
                    output.line("\(a)\t\(b)\t\(threeDecimals(result.score))\t\(result.verdict)")
                }
                if bytes == 0 { throw TextInputError(source: TextInput.displayName(pairs), problem: .empty) }
            } else if let against {
                var candidates: [String] = []
                try TextInput.forEachLine(of: against) { line, _ in
                    let name = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                    if !name.allSatisfy(\.isWhitespace) { candidates.append(name) }
                }
                if candidates.isEmpty { throw TextInputError(source: TextInput.displayName(against), problem: .empty) }
                let index = CandidateIndex(names: candidates, matcher: matcher)
                let queries = names.first ?? "-"
                let bytes = try TextInput.forEachLine(of: queries) { line, _ in
                    if line.allSatisfy(\.isWhitespace) { output.line(""); return }
                    let found = index.best(for: line, top: top)
                    output.line(([line] + found.flatMap { [$0.name, threeDecimals($0.score)] }).joined(separator: "\t"))
                }
                if bytes == 0 { throw TextInputError(source: TextInput.displayName(queries), problem: .empty) }
            } else {
                let parsed = names.map(matcher.parse)
                for (k, name) in parsed.enumerated() {
                    if let problem = Self.problem(name) { throw CLIError("the \(k == 0 ? "first" : "second") name \(problem)") }
                }
                let result = matcher.compare(parsed[0], parsed[1])
                output.line("\(threeDecimals(result.score))\t\(result.verdict)")
            }
        }
        if skipped > 0 { throw ExitCode(1) }
    }
}

/// Scores are printed with three decimals.
func threeDecimals(_ score: Double) -> String {
    let thousandths = Int((score * 1000).rounded())
    let whole = thousandths / 1000, fraction = thousandths % 1000
    let digits = String(fraction)
    return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
}
