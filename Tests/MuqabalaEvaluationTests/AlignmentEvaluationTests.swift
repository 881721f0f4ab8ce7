import Foundation
import MuqabalaAlign
import MuqabalaEvaluation
import Testing
import TestSupport

@Suite("Alignment evaluation") struct AlignmentEvaluationTests {
    @Test func perturbationKeepsEveryLineAndRecordsTheGold() {
        var generator = AlignmentEvaluation.SeededGenerator(seed: 3)
        let en = (0..<200).map { "line \($0)" }, ar = (0..<200).map { "سطر \($0)" }
        let (pen, par, gold) = AlignmentEvaluation.perturb(english: en, arabic: ar, generator: &generator)
        #expect(gold.flatMap(\.en).sorted() == Array(pen.indices))
        #expect(gold.flatMap(\.ar).sorted() == Array(par.indices))
        let deleted = gold.filter { $0.en.isEmpty || $0.ar.isEmpty }.count
        let merged = gold.filter { $0.en.count + $0.ar.count == 3 }.count
        #expect((8...30).contains(deleted))
        #expect((6...30).contains(merged))
    }

    @Test func recoversDeletionsAndMergesOnRealPairs() throws {
        let (total, _) = try AlignmentEvaluation.evaluateDirectory(
            TestSupport.fixture("wmt24pp-sample"), aligner: Aligner(lexicon: TestSupport.lexicon), seeds: [1, 2, 3, 4])
        #expect(total.beads.f1 >= 0.93, "bead F1 \(total.beads.f1)")
        #expect(total.gaps.f1 >= 0.75, "gap F1 \(total.gaps.f1)")
    }
}

@Suite("Line-aligned development pairs") struct LineAlignedPairTests {
    /// A folder holding one pair, NAME/en.txt and NAME/ar.txt, with the given bytes.
    func folder(english: [UInt8], arabic: [UInt8]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("muqabala-pairs-\(UUID().uuidString)")
        let pair = root.appendingPathComponent("doc")
        try FileManager.default.createDirectory(at: pair, withIntermediateDirectories: true)
        try Data(english).write(to: pair.appendingPathComponent("en.txt"))
        try Data(arabic).write(to: pair.appendingPathComponent("ar.txt"))
        return root.path
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test func readsEveryLineInOrder() throws {
        let root = try folder(english: Array("One.\n\nTwo.\n".utf8), arabic: Array("واحد.\n\nاثنان.\n".utf8))
        let pairs = try LineAlignedPair.read(directory: root)
        #expect(pairs.map(\.name) == ["doc"])
        #expect(pairs[0].english == ["One.", "", "Two."])
        #expect(pairs[0].arabic == ["واحد.", "", "اثنان."])
    }

    @Test func unusableFoldersAreClearErrors() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("muqabala-empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(message { _ = try LineAlignedPair.read(directory: empty) }.contains("no NAME/en.txt and NAME/ar.txt pairs found"))

        let uneven = try folder(english: Array("One.\nTwo.\n".utf8), arabic: Array("واحد.\n".utf8))
        #expect(message { _ = try LineAlignedPair.read(directory: uneven) }.contains("has 2 lines but"))

        let invalid = try folder(english: [0x4F, 0x6E, 0x65, 0xFF, 0x0A], arabic: Array("واحد.\n".utf8))
        #expect(message { _ = try LineAlignedPair.read(directory: invalid) }.contains("en.txt: invalid UTF-8"))

        let swapped = try folder(english: Array("أعلنت الحكومة يوم الاثنين خطة جديدة للمدارس.\n".utf8),
                                 arabic: Array("The government announced a new plan for schools on Monday.\n".utf8))
        let wrong = message { _ = try LineAlignedPair.read(directory: swapped) }
        #expect(wrong.contains("en.txt") && wrong.contains("Arabic"), "\(wrong)")
    }
}
