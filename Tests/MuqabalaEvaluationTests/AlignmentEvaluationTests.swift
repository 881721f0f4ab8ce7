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
