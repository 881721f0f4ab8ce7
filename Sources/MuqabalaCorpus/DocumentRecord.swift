import MuqabalaReport

/// What the corpus report keeps of one document once it is processed: what the page's
/// tables and `summary.json` say of it. A shard folder holds these in `shard.json`, so a
/// report built from shards is the report built at once.
struct DocumentRecord: Codable, Sendable, Equatable {
    /// The document's name (its folder, or its file without `.txt`).
    var name: String
    /// The base of its files under `pairs/`, unique in the report; its anchor is `pair-` + this.
    var fileName: String
    /// The versions it has, `en` and/or `ar`.
    var versions: [String]
    /// Reading notices (BOM removed, line ends, ...), each prefixed with the file's label.
    var notes: [String]
    /// Why it could not be read, if so.
    var error: String?
    /// Coverage and gap counts, for a translation pair.
    var pair: PairCounts?
    /// Name mentions the glossary observed in it.
    var names: Int

    var anchor: String { "pair-" + fileName }
}

/// A pair's coverage and how many gaps of each kind its report holds.
struct PairCounts: Codable, Sendable, Equatable {
    var englishSentenceShare: Double
    var arabicSentenceShare: Double
    var omissions: Int
    var additions: Int
    var partials: Int
    var inconsistencies: Int

    init(_ report: GapReport) {
        englishSentenceShare = report.coverage.englishSentenceShare
        arabicSentenceShare = report.coverage.arabicSentenceShare
        omissions = report.omissions.count
        additions = report.additions.count
        partials = report.partials.count
        inconsistencies = report.inconsistencies.count
    }

    /// The lower of the two sentence shares (`GapReport.Coverage.minimum`).
    var minimum: Double { min(englishSentenceShare, arabicSentenceShare) }
    /// What a translator should look at (`GapReport.findings`).
    var findings: Int { omissions + additions + partials + inconsistencies }
}

/// `shard.json`: the records of the documents a shard processed, in order.
struct ShardManifest: Codable, Sendable {
    static let formatName = "muqabala-report-shard"
    var format = ShardManifest.formatName
    var version = 1
    var documents: [DocumentRecord]
}
