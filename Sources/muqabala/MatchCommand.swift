import ArgumentParser
import MuqabalaNames
import MuqabalaText

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
        if !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1") }
    }

    func run() throws {
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
                    let result = matcher.compare(a, b)
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
                try TextInput.forEachLine(of: queries) { line, _ in
                    if line.allSatisfy(\.isWhitespace) { output.line(""); return }
                    let found = index.best(for: line, top: top)
                    output.line(([line] + found.flatMap { [$0.name, threeDecimals($0.score)] }).joined(separator: "\t"))
                }
            } else {
                let result = matcher.compare(names[0], names[1])
                output.line("\(threeDecimals(result.score))\t\(result.verdict)")
            }
        }
    }
}

/// Scores are printed with three decimals.
func threeDecimals(_ score: Double) -> String {
    let thousandths = Int((score * 1000).rounded())
    let whole = thousandths / 1000, fraction = thousandths % 1000
    let digits = String(fraction)
    return "\(whole)." + String(repeating: "0", count: 3 - digits.count) + digits
}
