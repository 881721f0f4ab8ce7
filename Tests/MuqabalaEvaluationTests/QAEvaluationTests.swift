import MuqabalaAlign
@testable import MuqabalaEvaluation
import Testing
import TestSupport

@Suite("Gap report evaluation") struct QAEvaluationTests {
    typealias Injection = QAEvaluation.Injection

    @Test func numbersStandAloneOrNotAtAll() {
        let text = "COVID-19 cost 30,000 jobs in 2020 (mp3, B2B) and ٣٠ more"
        let runs = Injection.numberRuns(in: text).map { range -> String in
            let scalars = Array(text.unicodeScalars)[range]
            return String(String.UnicodeScalarView(scalars))
        }
        #expect(runs == ["19", "30", "000", "2020", "٣٠"])
    }

    @Test func injectionsChangeWhatTheySay() {
        var generator = AlignmentEvaluation.SeededGenerator(seed: 1)
        var lines = ["one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty",
                     "في عام ٢٠٢٠ زاد العدد", "last"]
        Injection.apply(.cutShort, to: &lines, line: 1, generator: &generator)
        #expect(lines[0] == "one two three four five six seven eight nine ten eleven")
        Injection.apply(.changedNumber, to: &lines, line: 2, generator: &generator)
        #expect(lines[1] != "في عام ٢٠٢٠ زاد العدد" && lines[1].hasPrefix("في عام ٢٠٢"))
        Injection.apply(.deletedSentence, to: &lines, line: 3, generator: &generator)
        #expect(lines.count == 2)
    }

    /// On real professional translations (the sample of the development documents) the report
    /// is nearly silent, and finds the defects injected into them.
    @Test func quietOnCleanTextAndFindsInjectedDefects() throws {
        let pairs = try LineAlignedPair.read(directory: TestSupport.fixture("wmt24pp-sample"))
        let result = QAEvaluation.evaluate(pairs, aligner: Aligner(lexicon: TestSupport.lexicon), seeds: [1, 2])
        let clean = result.clean
        #expect(clean.englishSentences > 100)
        #expect(clean.per500(clean.omitted + clean.added) <= 5, "\(result.cleanFlags)")
        #expect(clean.per500(clean.partials) <= 12, "\(result.cleanFlags)")
        #expect((result.recall[.changedNumber]?.rate ?? 0) >= 0.9)
        #expect((result.recall[.deletedSentence]?.rate ?? 0) >= 0.8)
        #expect((result.recall[.cutShort]?.injected ?? 0) > 0)
    }
}
