import Foundation
import MuqabalaAlign
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

/// Measuring the aligner against gold alignments.
package enum AlignmentEvaluation {
    /// Precision/recall/F1 counts.
    package struct Counts: Sendable, Equatable {
        package var truePositives = 0
        package var predicted = 0
        package var gold = 0
        package init() {}
        package var precision: Double { predicted == 0 ? (gold == 0 ? 1 : 0) : Double(truePositives) / Double(predicted) }
        package var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
        package var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        package static func + (a: Counts, b: Counts) -> Counts {
            var c = Counts()
            c.truePositives = a.truePositives + b.truePositives
            c.predicted = a.predicted + b.predicted
            c.gold = a.gold + b.gold
            return c
        }
    }

    /// Strict bead scores (beads with both sides non-empty) and gap scores (unaligned lines).
    package struct Scores: Sendable, Equatable {
        package var beads = Counts()
        package var gaps = Counts()
        package init() {}
        package static func + (a: Scores, b: Scores) -> Scores {
            var s = Scores()
            s.beads = a.beads + b.beads
            s.gaps = a.gaps + b.gaps
            return s
        }
    }

    /// A gold bead: sentence indices on each side.
    package struct GoldBead: Hashable, Sendable {
        package var en: [Int]
        package var ar: [Int]
        package var kind: BeadKind
        package init(en: [Int], ar: [Int], kind: BeadKind) {
            self.en = en
            self.ar = ar
            self.kind = kind
        }
    }

    /// Compares predicted beads with gold beads.
    package static func score(predicted: [Bead], gold: [GoldBead]) -> Scores {
        struct Key: Hashable { var en: [Int]; var ar: [Int] }
        var scores = Scores()
        let predictedPairs = Set(predicted.filter { !$0.en.isEmpty && !$0.ar.isEmpty }.map { Key(en: $0.en, ar: $0.ar) })
        let goldPairs = Set(gold.filter { !$0.en.isEmpty && !$0.ar.isEmpty }.map { Key(en: $0.en, ar: $0.ar) })
        scores.beads.predicted = predictedPairs.count
        scores.beads.gold = goldPairs.count
        scores.beads.truePositives = predictedPairs.intersection(goldPairs).count
        func gaps<S: Sequence>(_ beads: S) -> Set<String> where S.Element == ([Int], [Int]) {
            var result = Set<String>()
            for (en, ar) in beads {
                if ar.isEmpty { en.forEach { result.insert("en\($0)") } }
                if en.isEmpty { ar.forEach { result.insert("ar\($0)") } }
            }
            return result
        }
        let predictedGaps = gaps(predicted.map { ($0.en, $0.ar) })
        let goldGaps = gaps(gold.map { ($0.en, $0.ar) })
        scores.gaps.predicted = predictedGaps.count
        scores.gaps.gold = goldGaps.count
        scores.gaps.truePositives = predictedGaps.intersection(goldGaps).count
        return scores
    }

    /// A full comparison with a gold alignment, including one-sided beads and kinds.
    package struct Comparison: Sendable {
        /// All beads (one-sided included), matched on both sentence sets.
        package var beads = Counts()
        /// Matched beads whose kind is the gold kind.
        package var kindsRight = 0
        package var missed: [GoldBead] = []
        package var spurious: [Bead] = []
        package var wrongKind: [(Bead, BeadKind)] = []
    }

    /// Compares every bead (one-sided ones too) and the kinds of matched beads.
    package static func compare(_ predicted: [Bead], gold: [GoldBead]) -> Comparison {
        struct Key: Hashable { var en: [Int]; var ar: [Int] }
        var comparison = Comparison()
        let goldByKey = Dictionary(gold.map { (Key(en: $0.en, ar: $0.ar), $0) }, uniquingKeysWith: { a, _ in a })
        let predictedKeys = Set(predicted.map { Key(en: $0.en, ar: $0.ar) })
        comparison.beads.predicted = predicted.count
        comparison.beads.gold = gold.count
        for bead in predicted {
            if let match = goldByKey[Key(en: bead.en, ar: bead.ar)] {
                comparison.beads.truePositives += 1
                if match.kind == bead.kind { comparison.kindsRight += 1 } else { comparison.wrongKind.append((bead, match.kind)) }
            } else {
                comparison.spurious.append(bead)
            }
        }
        comparison.missed = gold.filter { !predictedKeys.contains(Key(en: $0.en, ar: $0.ar)) }
        return comparison
    }

    // MARK: Perturbed parallel documents

    /// A deterministic generator (SplitMix64) so perturbations are reproducible.
    package struct SeededGenerator: RandomNumberGenerator, Sendable {
        var state: UInt64
        package init(seed: UInt64) { state = seed }
        package mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Deletes about `deleteRate` of the lines on one side or the other (gold 1-0 / 0-1)
    /// and merges about `mergeRate` of adjacent lines on one side (gold 2-1 / 1-2).
    package static func perturb(english: [String], arabic: [String], deleteRate: Double = 0.08,
                               mergeRate: Double = 0.08, generator: inout SeededGenerator)
        -> (english: [String], arabic: [String], gold: [GoldBead]) {
        precondition(english.count == arabic.count, "line-aligned input expected")
        var en: [String] = [], ar: [String] = [], gold: [GoldBead] = []
        var k = 0
        while k < english.count {
            let roll = Double.random(in: 0..<1, using: &generator)
            if roll < deleteRate {
                if Bool.random(using: &generator) {
                    gold.append(GoldBead(en: [en.count], ar: [], kind: .enOnly))
                    en.append(english[k])
                } else {
                    gold.append(GoldBead(en: [], ar: [ar.count], kind: .arOnly))
                    ar.append(arabic[k])
                }
                k += 1
            } else if roll < deleteRate + mergeRate, k + 1 < english.count {
                if Bool.random(using: &generator) {
                    gold.append(GoldBead(en: [en.count], ar: [ar.count, ar.count + 1], kind: .match))
                    en.append(english[k] + " " + english[k + 1])
                    ar.append(arabic[k]); ar.append(arabic[k + 1])
                } else {
                    gold.append(GoldBead(en: [en.count, en.count + 1], ar: [ar.count], kind: .match))
                    en.append(english[k]); en.append(english[k + 1])
                    ar.append(arabic[k] + " " + arabic[k + 1])
                }
                k += 2
            } else {
                gold.append(GoldBead(en: [en.count], ar: [ar.count], kind: .match))
                en.append(english[k]); ar.append(arabic[k])
                k += 1
            }
        }
        return (en, ar, gold)
    }

    /// One document's result in a directory evaluation.
    package struct DocumentResult: Sendable {
        package var name: String
        package var scores: Scores
        /// Beads that differ from the gold, as readable lines (when errors are collected).
        package var errors: [String] = []
    }

    /// Evaluates on a directory of line-aligned pairs (`NAME/en.txt`, `NAME/ar.txt`), each
    /// perturbed once per seed; returns micro-averaged scores and per-document results.
    /// - Parameter including: which documents to use, by position in name order (a
    ///   tuning / held-out split).
    package static func evaluateDirectory(_ directory: String, aligner: Aligner, seeds: [UInt64],
                                         collectErrors: Bool = false, including: (Int) -> Bool = { _ in true })
        throws -> (total: Scores, documents: [DocumentResult]) {
        let pairs = try LineAlignedPair.read(directory: directory, including: including)
        let reader = DocumentReader()
        var total = Scores()
        var documents: [DocumentResult] = []
        for pair in pairs {
            let (name, english, arabic) = (pair.name, pair.english, pair.arabic)
            var scores = Scores()
            var errors: [String] = []
            for seed in seeds {
                var generator = SeededGenerator(seed: seed &* 1_000_003 &+ UInt64(truncatingIfNeeded: name.hashValueStable))
                let (en, ar, gold) = perturb(english: english, arabic: arabic, generator: &generator)
                let alignment = aligner.align(
                    reader.presegmented(en.joined(separator: "\n"), source: "\(name)/en", language: .english),
                    reader.presegmented(ar.joined(separator: "\n"), source: "\(name)/ar", language: .arabic))
                scores = scores + score(predicted: alignment.beads, gold: gold)
                if collectErrors {
                    let comparison = compare(alignment.beads, gold: gold)
                    for bead in comparison.spurious {
                        errors.append("seed \(seed)\tspurious \(bead.kind.rawValue) en \(bead.en) ar \(bead.ar)\t\(alignment.englishText(bead).prefix(60))\t\(alignment.arabicText(bead).prefix(60))")
                    }
                    for bead in comparison.missed {
                        errors.append("seed \(seed)\tmissed \(bead.kind.rawValue) en \(bead.en) ar \(bead.ar)\t\(bead.en.map { en[$0] }.joined(separator: " ").prefix(60))\t\(bead.ar.map { ar[$0] }.joined(separator: " ").prefix(60))")
                    }
                }
            }
            total = total + scores
            documents.append(DocumentResult(name: name, scores: scores, errors: errors))
        }
        return (total, documents)
    }

    // MARK: Gold alignments in JSON Lines

    /// Reads a gold alignment in the aligner's JSON Lines shape (`en`/`ar` as sentence
    /// texts or indices, `kind`) and maps it onto the documents' sentences by text.
    /// - Throws: if a gold sentence is not a sentence of the documents.
    package static func readGold(_ path: String, english: SegmentedDocument, arabic: SegmentedDocument) throws -> [GoldBead] {
        var gold: [GoldBead] = []
        let englishIndex = Dictionary(english.sentences.map { ($0.text, $0.index) }, uniquingKeysWith: { a, _ in a })
        let arabicIndex = Dictionary(arabic.sentences.map { ($0.text, $0.index) }, uniquingKeysWith: { a, _ in a })
        try TextInput.forEachLine(of: path) { line, number in
            guard !line.allSatisfy(\.isWhitespace) else { return }
            guard let bead = try? JSONDecoder().decode(GoldLine.self, from: Data(line.utf8)) else {
                throw TextInputError(source: path, problem: .unreadable(
                    "line \(number) is not a bead ({\"en\": [...], \"ar\": [...], \"kind\": ...}, sentences as indices or texts)"))
            }
            func indices(_ side: GoldLine.Sentences?, _ index: [String: Int]) throws -> [Int] {
                switch side {
                case .indices(let numbers): return numbers
                case .texts(let texts):
                    return try texts.map { text in
                        guard let k = index[text] else {
                            throw TextInputError(source: path, problem: .unreadable("line \(number): sentence not found in the document: \(text.prefix(60))"))
                        }
                        return k
                    }
                case nil: return []
                }
            }
            let kind = bead.kind.flatMap(BeadKind.init(rawValue:)) ?? .match
            gold.append(GoldBead(en: try indices(bead.en, englishIndex), ar: try indices(bead.ar, arabicIndex), kind: kind))
        }
        return gold
    }

    /// One line of a gold alignment: the aligner's JSON Lines bead, whose sides may list
    /// sentence indices or sentence texts.
    struct GoldLine: Decodable {
        enum Sentences: Decodable {
            case indices([Int])
            case texts([String])

            init(from decoder: Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let numbers = try? container.decode([Int].self) { self = .indices(numbers) } else { self = .texts(try container.decode([String].self)) }
            }
        }
        var en: Sentences?
        var ar: Sentences?
        var kind: String?
    }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
