import Foundation
import MuqabalaAlign
import MuqabalaCorpus
import MuqabalaGlossary
import MuqabalaIO
import MuqabalaReport
import MuqabalaSegment
import MuqabalaText
import Testing
import TestSupport

/// The code of the documentation's articles (Documentation/Muqabala.docc), run as written,
/// so the articles cannot drift from the API.
@Suite("Documentation examples") struct DocumentationExamplesTests {
    let lexicon = TestSupport.lexicon
    let pair = TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call").path
    let curatedPath = TestSupport.root.appendingPathComponent("Glossary/glossary.tsv").path

    @Test func aligningAndReporting() throws {
        let reader = DocumentReader()
        let english = try reader.read(pair + "/en.txt", language: .english)
        let arabic = try reader.read(pair + "/ar.txt", language: .arabic)
        let alignment = Aligner(lexicon: lexicon).align(english, arabic)
        #expect(alignment.beads.flatMap(\.en).sorted() == Array(english.sentences.indices))
        #expect(alignment.render(.jsonl).split(separator: "\n").count == alignment.beads.count)
        let report = GapReport(alignment)
        #expect(report.coverage.englishSentenceShare > 0.5)
        #expect(report.json().hasPrefix("{"))
        #expect(!report.text().isEmpty)
        // The one call: read both files and align them (a file in the wrong language is an error).
        let direct = try Aligner(lexicon: lexicon).align(englishFile: pair + "/en.txt", arabicFile: pair + "/ar.txt")
        #expect(direct.beads == alignment.beads)
        #expect(throws: TextInputError.self) { try Aligner(lexicon: lexicon).align(englishFile: pair + "/ar.txt", arabicFile: pair + "/ar.txt") }
    }

    @Test func buildingAGlossary() throws {
        let reader = DocumentReader()
        let alignment = Aligner(lexicon: lexicon).align(try reader.read(pair + "/en.txt", language: .english),
                                                        try reader.read(pair + "/ar.txt", language: .arabic))
        let collector = NameCollector(lexicon: lexicon, exonyms: .standard)
        var observations = collector.observe(alignment, english: "doc/en", arabic: "doc/ar")
        observations.merge(collector.observe(english: try reader.read(TestSupport.root.appendingPathComponent(
            "Corpus/shiite-factions-newsweek/en.txt").path, language: .english), as: "other/en"))
        let glossary = GlossaryBuilder(lexicon: lexicon, exonyms: .standard, curated: try CuratedGlossary.read(curatedPath)).build(observations)
        #expect(glossary.tsv().contains("\t"))
        #expect(glossary.entries.contains { $0.variants.contains { $0.documents.contains("other/en") } })
        // Types and tuned numbers.
        var builder = GlossaryBuilder(lexicon: lexicon, exonyms: .standard)
        builder.typing = try EntityTyper.Weights().setting("placeCue", to: 1.0)
        let tuned = builder.build(observations)
        #expect(builder.typing.placeCue == 1.0 && !tuned.entries.isEmpty)
    }

    @Test func canonicalizingAndNormalizing() throws {
        let canonicalizer = Canonicalizer(curated: try CuratedGlossary.read(curatedPath))
        #expect(canonicalizer.rewrite("Kata'ib Hizballah and KH") == "Kataib Hezbollah and KH")
        #expect(Normalizer.search.normalize("أَبُو عَلاء") == "ابو علاء")
        #expect(Normalizer.key.normalize("Al-Kadhimi") == "al kadhimi")
    }

    @Test func reportingACorpus() throws {
        let output = try TestSupport.temporaryDirectory().appendingPathComponent("muqabala-report").path
        let report = CorpusReport(aligner: Aligner(lexicon: lexicon), collector: NameCollector(lexicon: lexicon, exonyms: .standard),
                                  curated: try CuratedGlossary.read(curatedPath))
        let summary = try report.run(try CorpusReader.documents(in: [TestSupport.root.appendingPathComponent("Corpus").path]),
                                     output: output)
        #expect(summary.pairs == 1 && summary.errors.isEmpty)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }
}
