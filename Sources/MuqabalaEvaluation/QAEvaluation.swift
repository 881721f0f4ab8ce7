import MuqabalaAlign
import MuqabalaReport
import MuqabalaSegment
import MuqabalaText

/// The gap report measured as a translator meets it: how often it raises a flag on clean
/// professional translations (every flag there is a false alarm), and how many defects of
/// each kind it finds when they are injected into the same translations.
///
/// Documents are line-aligned pairs (``LineAlignedPair``) read as raw text, one paragraph
/// per line, and segmented as `report` segments them, so sentence splits that disagree
/// across the languages count against the report. Defects go into one side per run (the
/// side alternates with the seed) and are looked for through the other side's sentences,
/// whose indices the injection leaves unchanged. Lines the clean run already flagged are
/// never chosen, so a defect counts as found only through a flag it caused.
package enum QAEvaluation {
    /// A kind of injected defect.
    package enum Defect: String, CaseIterable, Sendable {
        /// One digit of a number changed (30,000 → 30,007).
        case changedNumber = "changed-number"
        /// The last 45% of the words of a long line (``longLine`` words or more) cut off.
        case cutShort = "cut-short"
        /// A line holding one sentence on both sides deleted from one side.
        case deletedSentence = "deleted-sentence"
    }

    /// The kinds of flag the report raises.
    package enum FlagKind: String, CaseIterable, Sendable {
        /// A sentence with no counterpart (omitted or added).
        case gap
        /// A partial translation.
        case partial
        /// Numbers or dates that disagree.
        case number
    }

    /// Flags raised on the clean translations.
    package struct CleanCounts: Sendable, Equatable {
        package var documents = 0
        /// English sentences (boilerplate and repeats left out, as the report counts them).
        package var englishSentences = 0
        /// English sentences reported omitted, Arabic sentences reported added.
        package var omitted = 0
        package var added = 0
        package var partials = 0
        /// Number or date disagreements.
        package var numbers = 0

        /// `count` per 500 English sentences.
        package func per500(_ count: Int) -> Double {
            englishSentences == 0 ? 0 : Double(count) * 500 / Double(englishSentences)
        }
    }

    /// Injected defects and how many the report found.
    package struct Recall: Sendable, Equatable {
        package var injected = 0
        package var found = 0
        package var rate: Double { injected == 0 ? 0 : Double(found) / Double(injected) }
        package init(injected: Int = 0, found: Int = 0) {
            self.injected = injected
            self.found = found
        }
    }

    /// A flag or a missed defect, for reading (document, kind, line, text).
    package struct Note: Sendable, Equatable {
        package var document: String
        package var kind: String
        package var line: Int
        package var text: String
    }

    package struct Result: Sendable {
        package var clean = CleanCounts()
        package var recall: [Defect: Recall] = [:]
        /// The confidence of every flag on the clean translations, by kind, and of the
        /// strongest flag that found each injected defect: what the report's confidence
        /// threshold is chosen on.
        package var cleanConfidences: [FlagKind: [Double]] = [:]
        package var foundConfidences: [Defect: [Double]] = [:]

        /// Clean flags of `kind` and found defects of `defect` left at `threshold`.
        package func kept(_ kind: FlagKind, at threshold: Double) -> Int {
            (cleanConfidences[kind] ?? []).filter { $0 >= threshold }.count
        }
        package func recall(_ defect: Defect, at threshold: Double) -> Recall {
            Recall(injected: recall[defect]?.injected ?? 0,
                   found: (foundConfidences[defect] ?? []).filter { $0 >= threshold }.count)
        }
        /// Every flag raised on the clean translations.
        package var cleanFlags: [Note] = []
        /// Every injected defect the report did not find.
        package var misses: [Note] = []
    }

    /// Runs the report on each pair as it is, then once per seed and defect kind with up to
    /// `perKind` defects of that kind injected.
    package static func evaluate(_ pairs: [LineAlignedPair], aligner: Aligner, seeds: [UInt64], perKind: Int = 2,
                                longLine: Int = 20) -> Result {
        var result = Result()
        for pair in pairs {
            let clean = Run(pair: pair, aligner: aligner)
            result.clean.documents += 1
            result.clean.englishSentences += clean.report.coverage.englishSentences
            result.clean.omitted += clean.report.omissions.reduce(0) { $0 + $1.sentences.count }
            result.clean.added += clean.report.additions.reduce(0) { $0 + $1.sentences.count }
            result.clean.partials += clean.report.partials.count
            result.clean.numbers += clean.report.inconsistencies.count
            result.cleanFlags += clean.notes(document: pair.name)
            for gap in clean.report.omissions + clean.report.additions {
                result.cleanConfidences[.gap, default: []] += Array(repeating: gap.confidence, count: gap.sentences.count)
            }
            result.cleanConfidences[.partial, default: []] += clean.report.partials.map(\.confidence)
            result.cleanConfidences[.number, default: []] += clean.report.inconsistencies.map(\.confidence)
            let quiet = clean.unflaggedLines()
            for seed in seeds {
                for defect in Defect.allCases {
                    var generator = AlignmentEvaluation.SeededGenerator(
                        seed: seed &* 7_919 &+ UInt64(truncatingIfNeeded: (pair.name + defect.rawValue).hashValueStable))
                    // The side the defects go into alternates with the seed.
                    let injectedSide: Side = seed % 2 == 0 ? .english : .arabic
                    let lines = Injection.choose(defect, in: pair, side: injectedSide, clean: clean, among: quiet,
                                                 count: perKind, longLine: longLine, generator: &generator)
                    if lines.isEmpty { continue }
                    var english = pair.english, arabic = pair.arabic
                    for line in lines.sorted(by: >) {
                        if injectedSide == .english {
                            Injection.apply(defect, to: &english, line: line, generator: &generator)
                        } else {
                            Injection.apply(defect, to: &arabic, line: line, generator: &generator)
                        }
                    }
                    let run = Run(pair: LineAlignedPair(name: pair.name, english: english, arabic: arabic), aligner: aligner)
                    for line in lines {
                        let found = run.finds(defect, onLine: line, injectedSide: injectedSide, clean: clean)
                        result.recall[defect, default: Recall()].injected += 1
                        if let confidence = found {
                            result.recall[defect, default: Recall()].found += 1
                            result.foundConfidences[defect, default: []].append(confidence)
                        } else {
                            let text = (injectedSide == .english ? pair.english : pair.arabic)[line - 1]
                            result.misses.append(Note(document: pair.name, kind: "\(defect.rawValue) (\(injectedSide.rawValue))",
                                                      line: line, text: text))
                        }
                    }
                }
            }
        }
        return result
    }


    /// One document pair segmented, aligned and reported on.
    struct Run {
        let alignment: Alignment
        let report: GapReport

        init(pair: LineAlignedPair, aligner: Aligner) {
            let reader = DocumentReader()
            alignment = aligner.align(
                reader.segment(pair.english.joined(separator: "\n"), source: "\(pair.name)/en.txt", language: .english),
                reader.segment(pair.arabic.joined(separator: "\n"), source: "\(pair.name)/ar.txt", language: .arabic))
            report = GapReport(alignment, minimumConfidence: 0)
        }

        func document(_ side: Side) -> SegmentedDocument { side == .english ? alignment.english : alignment.arabic }

        /// Sentence indices on `side` that come from `line` (1-based).
        func sentences(onLine line: Int, side: Side) -> Set<Int> {
            Set(document(side).sentences.filter { $0.line == line }.map(\.index))
        }

        /// The lines (1-based) of `side` holding a sentence that some flag names.
        func flaggedLines(_ side: Side) -> Set<Int> {
            var indices: [Int] = side == .english ? report.omissions.flatMap(\.sentences) : report.additions.flatMap(\.sentences)
            indices += report.partials.flatMap { side == .english ? $0.englishSentences : $0.arabicSentences }
            indices += report.inconsistencies.flatMap { side == .english ? $0.englishSentences : $0.arabicSentences }
            let sentences = document(side).sentences
            return Set(indices.map { sentences[$0].line })
        }

        /// Lines (1-based) flagged on neither side.
        func unflaggedLines() -> Set<Int> {
            let flagged = flaggedLines(.english).union(flaggedLines(.arabic))
            let count = max(alignment.english.sentences.map(\.line).max() ?? 0, alignment.arabic.sentences.map(\.line).max() ?? 0)
            return Set(1...max(count, 1)).subtracting(flagged)
        }

        /// Whether the report raises a flag of the right kind for a defect injected on `line`
        /// of `injectedSide`, seen through the other side's sentences of that line (whose
        /// indices the injection did not change): the confidence of the strongest such
        /// flag, or nil.
        func finds(_ defect: Defect, onLine line: Int, injectedSide: Side, clean: Run) -> Double? {
            let witness = injectedSide.other
            let sentences = clean.sentences(onLine: line, side: witness)
            func touches(_ indices: [Int]) -> Bool { !sentences.isDisjoint(with: indices) }
            let gaps = (witness == .english ? report.omissions : report.additions).filter { touches($0.sentences) }
            let partials = report.partials.filter { touches(witness == .english ? $0.englishSentences : $0.arabicSentences) }
            switch defect {
            case .deletedSentence:
                // Every sentence of the line reported, each as confident as its gap.
                guard !sentences.isEmpty, sentences.isSubset(of: gaps.flatMap(\.sentences)) else { return nil }
                return gaps.map(\.confidence).min()
            case .cutShort:
                // The witness side has more: a partial with its side, or whole sentences unmatched.
                return (partials.filter { $0.side == witness }.map(\.confidence) + gaps.map(\.confidence)).max()
            case .changedNumber:
                let numbers = report.inconsistencies.filter { touches(witness == .english ? $0.englishSentences : $0.arabicSentences) }
                return (numbers.map(\.confidence) + partials.filter { !$0.anchors.isEmpty }.map(\.confidence)).max()
            }
        }

        /// The flags of the report, for reading.
        func notes(document name: String) -> [Note] {
            var notes: [Note] = []
            for gap in report.omissions { notes.append(Note(document: name, kind: "omitted (confidence \(gap.confidence))", line: gap.line, text: gap.text)) }
            for gap in report.additions { notes.append(Note(document: name, kind: "added (confidence \(gap.confidence))", line: gap.line, text: gap.text)) }
            for partial in report.partials {
                let line = alignment.english.sentences[partial.englishSentences[0]].line
                notes.append(Note(document: name, kind: "partial (\(partial.side), evidence \(partial.evidence), confidence \(partial.confidence))", line: line,
                                  text: "\(partial.englishText) ⇄ \(partial.arabicText) [missing: \(partial.missing ?? "?")] \(partial.anchors)"))
            }
            for inconsistency in report.inconsistencies {
                let line = alignment.english.sentences[inconsistency.englishSentences[0]].line
                notes.append(Note(document: name, kind: "number", line: line,
                                  text: "en \(inconsistency.englishOnly) ar \(inconsistency.arabicOnly): \(inconsistency.englishText) ⇄ \(inconsistency.arabicText)"))
            }
            return notes
        }
    }

    /// Choosing and making the defects.
    enum Injection {
        /// Up to `count` lines (1-based) of `pair` where `defect` can be injected into `side`,
        /// at least two lines apart, among lines the clean run left unflagged.
        static func choose(_ defect: Defect, in pair: LineAlignedPair, side: Side, clean: Run, among quiet: Set<Int>,
                           count: Int, longLine: Int, generator: inout AlignmentEvaluation.SeededGenerator) -> [Int] {
            let lines = side == .english ? pair.english : pair.arabic
            let others = side == .english ? pair.arabic : pair.english
            var candidates = quiet.sorted().filter { line in
                guard line <= lines.count else { return false }
                switch defect {
                case .changedNumber:
                    return !numberRuns(in: lines[line - 1]).isEmpty && others[line - 1].contains { $0.isNumber }
                case .cutShort:
                    return words(lines[line - 1]) >= longLine && words(others[line - 1]) >= longLine
                case .deletedSentence:
                    return clean.sentences(onLine: line, side: .english).count == 1
                        && clean.sentences(onLine: line, side: .arabic).count == 1
                }
            }
            candidates.shuffle(using: &generator)
            var chosen: [Int] = []
            for line in candidates where chosen.count < count && chosen.allSatisfy({ abs($0 - line) >= 2 }) {
                chosen.append(line)
            }
            return chosen
        }

        /// Injects `defect` into `lines[line - 1]`.
        static func apply(_ defect: Defect, to lines: inout [String], line: Int, generator: inout AlignmentEvaluation.SeededGenerator) {
            let text = lines[line - 1]
            switch defect {
            case .deletedSentence:
                lines.remove(at: line - 1)
            case .cutShort:
                let parts = text.split(separator: " ", omittingEmptySubsequences: true)
                let keep = Int((Double(parts.count) * 0.55).rounded(.up))
                lines[line - 1] = parts.prefix(keep).joined(separator: " ")
            case .changedNumber:
                let runs = numberRuns(in: text)
                guard let run = runs.randomElement(using: &generator) else { return }
                // Change the run's last digit, keeping its script (ASCII or Arabic-Indic).
                var scalars = Array(text.unicodeScalars)
                let last = run.upperBound - 1
                let (zero, value) = digit(scalars[last])!
                let changed = (value + Int.random(in: 1...9, using: &generator)) % 10
                scalars[last] = Unicode.Scalar(zero + UInt32(changed))!
                lines[line - 1] = String(String.UnicodeScalarView(scalars))
            }
        }

        /// The zero of a digit's script and its value (ASCII, Arabic-Indic, Eastern Arabic-Indic).
        static func digit(_ scalar: Unicode.Scalar) -> (zero: UInt32, value: Int)? {
            for zero: UInt32 in [0x30, 0x660, 0x6F0] where (zero...zero + 9).contains(scalar.value) {
                return (zero, Int(scalar.value - zero))
            }
            return nil
        }

        /// Ranges (in scalars) of digit runs that stand as numbers, not inside a word
        /// ("COVID-19" counts; "mp3" and "B2B" do not).
        static func numberRuns(in text: String) -> [Range<Int>] {
            let scalars = Array(text.unicodeScalars)
            var runs: [Range<Int>] = []
            var k = 0
            while k < scalars.count {
                guard digit(scalars[k]) != nil else { k += 1; continue }
                var end = k
                while end < scalars.count, digit(scalars[end]) != nil { end += 1 }
                let before = k > 0 ? scalars[k - 1] : " ", after = end < scalars.count ? scalars[end] : " "
                if !before.properties.isAlphabetic && !after.properties.isAlphabetic { runs.append(k..<end) }
                k = end
            }
            return runs
        }

        static func words(_ text: String) -> Int { text.split(separator: " ").count }
    }
}

extension Side {
    /// The other side.
    var other: Side { self == .english ? .arabic : .english }
}
