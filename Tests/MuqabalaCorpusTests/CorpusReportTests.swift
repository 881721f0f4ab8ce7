import Foundation
import MuqabalaAlign
@testable import MuqabalaCorpus
import MuqabalaGlossary
import MuqabalaSegment
import MuqabalaText
import Testing
import TestSupport
import MuqabalaIO

@Suite("Corpus report: shards merge into the report of everything at once") struct CorpusReportTests {
    let report = CorpusReport(aligner: Aligner(lexicon: TestSupport.lexicon), collector: NameCollector(lexicon: TestSupport.lexicon, exonyms: .standard),
                              curated: nil)

    /// The bundled corpus plus two pairs whose names collide as file names ("doc one", "doc_one").
    func corpus() throws -> URL {
        let folder = try TestSupport.temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Corpus"), to: folder)
        for (name, en, ar) in [("doc one", "Ali Hassan met the minister in Baghdad on 3 May.\nThe talks lasted two hours.\n",
                                "التقى علي حسن الوزير في بغداد في 3 أيار.\nواستمرت المحادثات ساعتين.\n"),
                               ("doc_one", "The storm reached Palu on Friday.\nTwelve people were hurt.\n",
                                "وصلت العاصفة إلى بالو يوم الجمعة.\n")] {
            let document = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: document, withIntermediateDirectories: true)
            try en.write(to: document.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
            try ar.write(to: document.appendingPathComponent("ar.txt"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Every file under `folder` (relative path → bytes), hidden markers aside.
    func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let relative = String(url.path.dropFirst(folder.path.count + 1))
            if !relative.hasPrefix(".") { result[relative] = try Data(contentsOf: url) }
        }
        return result
    }

    @Test func shardsMergeIntoTheSameReportByteForByte() throws {
        let corpus = try corpus()
        let documents = try CorpusReader.documents(in: [corpus.path])
        #expect(documents.count >= 6)
        let work = corpus.deletingLastPathComponent()
        let whole = work.appendingPathComponent("whole"), merged = work.appendingPathComponent("merged")
        let summary = try report.run(documents, output: whole.path)
        // Shards in corpus order; "doc one" and "doc_one" fall in different shards, so each
        // shard names its files doc_one, and the merge renames the second as the whole run does.
        let split = try #require(documents.firstIndex { $0.name == "doc one" }) + 1
        #expect(documents[split].name == "doc_one")
        let first = Array(documents[..<split]), second = Array(documents[split...])
        let shards = [work.appendingPathComponent("shard-1").path, work.appendingPathComponent("shard-2").path]
        _ = try report.shard(first, output: shards[0])
        _ = try report.shard(second, output: shards[1])
        #expect(FileManager.default.fileExists(atPath: shards[1] + "/pairs/doc_one.alignment.jsonl"))
        let mergedSummary = try report.merge(shards: shards, output: merged.path)

        let (a, b) = (try files(whole), try files(merged))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(b[path] == bytes, "\(path) differs") }
        #expect(!a.isEmpty)
        #expect(a["pairs/doc_one-2.alignment.jsonl"] != nil)
        #expect(String(decoding: b["index.html"]!, as: UTF8.self).contains("id=\"pair-doc_one-2\""))
        #expect(summary.pairs == mergedSummary.pairs && summary.entries == mergedSummary.entries)
        #expect(!a.keys.contains { $0.hasSuffix(".section.html") })
    }

    @Test func aFolderThatIsNotAShardIsNamed() throws {
        let folder = try TestSupport.temporaryDirectory()
        do {
            _ = try report.merge(shards: [folder.path], output: folder.path + "/out")
            Issue.record("merged a folder without shard.json")
        } catch let error as TextInputError {
            #expect(error.source == folder.path)
            #expect("\(error)".contains("not a report shard (no shard.json"))
        }
        try Data("{\"documents\": []}".utf8).write(to: folder.appendingPathComponent("shard.json"))
        do {
            _ = try report.merge(shards: [folder.path], output: folder.path + "/out")
            Issue.record("merged a folder that is not a shard")
        } catch let error as TextInputError {
            #expect(error.source.hasSuffix("shard.json"))
            #expect("\(error)".contains("not a report shard"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }

    @Test func anchorsAreRenamedAndNothingElse() {
        let section = "<details id=\"pair-a\"><a href=\"#pair-a-1\">1</a><tr id=\"pair-a-1\"><td>pair-a &quot;pair-a&quot;</td></tr>"
        #expect(CorpusReport.renamingAnchor(section, from: "pair-a", to: "pair-a-2")
            == "<details id=\"pair-a-2\"><a href=\"#pair-a-2-1\">1</a><tr id=\"pair-a-2-1\"><td>pair-a &quot;pair-a&quot;</td></tr>")
    }
}
