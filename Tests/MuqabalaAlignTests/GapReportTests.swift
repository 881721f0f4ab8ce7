import MuqabalaText
import Foundation
import Synchronization
import Testing
import MuqabalaAlign
import MuqabalaReport
import MuqabalaSegment
import TestSupport

@Suite("Gap report") struct GapReportTests {
    func seedReport() throws -> GapReport {
        let reader = DocumentReader()
        let alignment = Aligner(lexicon: try freeDict()).align(
            try reader.read(corpus("kss-volunteers-call/en.txt"), language: .english),
            try reader.read(corpus("kss-volunteers-call/ar.txt"), language: .arabic))
        return GapReport(alignment)
    }

    @Test func seedPairGaps() throws {
        let report = try seedReport()
        #expect(report.omissions.isEmpty)
        #expect(report.additions.count == 4)                      // lede, spokesman quote, US bases, Erbil attack
        #expect(report.additions.first?.line == 1)
        #expect(report.additions.first?.before == nil)
        #expect(report.additions.first?.after?.english.hasPrefix("Little more than a month") == true)
        #expect(report.partials.count == 2)
        #expect(report.partials.last?.missing?.hasPrefix("in February") == true)
        #expect(report.setAside.count == 2)                       // "Also Read:" and the translator credit
        #expect(report.coverage.englishSentences == 13)
        #expect(report.coverage.englishAligned == 13)
        #expect(report.coverage.arabicAligned == 12)
        #expect(report.inconsistencies.isEmpty)
    }

    @Test func disagreeingNumbersAreReported() {
        let reader = DocumentReader()
        let alignment = Aligner(lexicon: .empty).align(
            reader.presegmented("The militia received 45,000 calls on Nov. 24.", source: "en", language: .english),
            reader.presegmented("تلقت الميليشيا 4500 مكالمة في 24 تشرين الثاني.", source: "ar", language: .arabic))
        let report = GapReport(alignment)
        #expect(report.inconsistencies.count == 1)
        #expect(report.inconsistencies.first?.englishOnly == ["45000"])
        #expect(report.inconsistencies.first?.arabicOnly == ["4500"])
    }

    @Test func formats() throws {
        let report = try seedReport()
        let text = report.render(.text)
        #expect(text.contains("Added in the Arabic"))
        #expect(text.contains("the Arabic lacks: but that they would no longer be"))
        let markdown = report.render(.markdown)
        #expect(markdown.hasPrefix("# Translation gaps"))
        #expect(markdown.contains("| English | 13/13 (100%)"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
        let coverage = try #require(json["coverage"] as? [String: Any])
        #expect(coverage["english_sentence_share"] as? Double == 1)
        #expect((json["additions"] as? [Any])?.count == 4)
    }
}

@Suite("Parallel map") struct ParallelMapTests {
    @Test func keepsItemOrderAndCountsProgress() throws {
        let seen = Mutex<[Int]>([])
        let squares = try parallelMap(Array(0..<200), progress: { done, _ in seen.withLock { $0.append(done) } }) { $0 * $0 }
        #expect(squares == (0..<200).map { $0 * $0 })
        #expect(seen.withLock { $0.sorted() } == Array(1...200))
    }

    struct Failure: Error, Equatable { let item: Int }

    @Test func throwsTheFirstFailureInItemOrder() {
        #expect(throws: Failure(item: 3)) {
            try parallelMap(Array(0..<100)) { item -> Int in
                if item == 3 || item == 90 { throw Failure(item: item) }
                return item
            }
        }
    }
}
