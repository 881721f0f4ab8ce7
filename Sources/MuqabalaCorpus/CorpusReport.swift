import MuqabalaAlign
import MuqabalaGlossary
import MuqabalaReport
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

/// The corpus report: every translation pair aligned with its gap report, a glossary over
/// all documents, and one HTML page for people, written to an output folder.
///
/// Output folder:
/// - `index.html` — the page: pair summary, aligned pairs side by side, documents, glossary;
/// - `summary.json` — coverage and gap counts per pair, errors, glossary counts;
/// - `glossary.json`, `glossary.tsv`, `glossary.tbx`;
/// - `pairs/NAME.alignment.jsonl`, `.tmx`, `.gaps.json`, `.gaps.md` for each pair.
///
/// Documents are processed in parallel on all cores; each pair's outputs are written as
/// soon as it is done, and only its glossary observations stay in memory.
///
/// The work splits in two for a cluster: ``shard(_:output:progress:)`` processes some of
/// the documents into a shard folder (their pair files and page sections, their records and
/// their glossary), and ``merge(shards:output:)`` joins shard folders into the report,
/// byte-for-byte the report ``run(_:output:progress:)`` writes of all the documents at once.
///
/// Every output folder is replaced as a whole (`StagedFolder`): the run writes a hidden
/// staging folder beside it and swaps it in when everything is written, so the previous
/// report stays intact until the new one is complete; a second run into the same folder is
/// refused while one is writing; an existing folder that muqabala did not write is never
/// replaced.
public struct CorpusReport: Sendable {
    public let aligner: Aligner
    public let collector: NameCollector
    public let curated: CuratedGlossary?
    /// The confidence a gap flag needs to be listed (`GapReport.init(_:minimumConfidence:)`).
    public var minimumConfidence = GapReport.defaultMinimumConfidence

    public init(aligner: Aligner, collector: NameCollector, curated: CuratedGlossary?) {
        self.aligner = aligner
        self.collector = collector
        self.curated = curated
    }

    /// What the run produced.
    public struct Summary: Sendable {
        public var documents: Int
        public var pairs: Int
        public var entries: Int
        public var newEntries: Int
        /// Documents that could not be read, with the one-line reason.
        public var errors: [String]
        /// Pairs whose lower sentence coverage is below `GapReport.lowCoverage`.
        public var lowCoverage: [String]
        public var output: String
    }

    /// The files each pair gets under `pairs/`, by suffix (their contents: ``pairFiles(_:_:)``).
    static let pairFileSuffixes = [".alignment.jsonl", ".tmx", ".gaps.json", ".gaps.md"]

    /// A pair's files: each suffix of ``pairFileSuffixes`` with its contents.
    static func pairFiles(_ alignment: Alignment, _ report: GapReport) -> [(suffix: String, text: String)] {
        Array(zip(pairFileSuffixes, [alignment.jsonLines(), alignment.tmx(), report.json(), report.markdown()]))
    }
    /// The pair's page section, kept on disk until the page is written.
    static let sectionSuffix = ".section.html"

    /// Runs the report over `documents` into `output`, replacing it as a whole when done.
    /// - Parameters:
    ///   - documents: the corpus's documents (`CorpusReader.documents(in:)`).
    ///   - output: the report folder to write (replaced whole).
    ///   - progress: called after each document (from any thread) with the number done.
    /// - Throws: `TextInputError` for an output folder that cannot be used or written.
    public func run(_ documents: [CorpusDocument], output: String,
                    progress: @Sendable (Int, Int, String) -> Void = { _, _, _ in }) throws -> Summary {
        try staged(output) { folder in
            let (records, observations) = try processAll(documents, into: folder, progress: progress)
            let pairs = folder + "/pairs/"
            return try finish(records, observations, into: folder) { record in
                let path = pairs + record.fileName + Self.sectionSuffix
                defer { FileSystem.removeTree(path) }
                return try TextInput.readBytes(path)
            }
        }
    }

    /// Processes `documents` into a shard folder for ``merge(shards:output:)``: their pair
    /// files and page sections under `pairs/`, their records in `shard.json`, and the
    /// glossary of their names in `glossary.json` (which holds every observation, so
    /// glossaries of shards merge exactly).
    public func shard(_ documents: [CorpusDocument], output: String,
                      progress: @Sendable (Int, Int, String) -> Void = { _, _, _ in }) throws -> Summary {
        try staged(output) { folder in
            let (records, observations) = try processAll(documents, into: folder, progress: progress)
            let glossary = self.glossary(observations)
            try FileWriter.write(glossary.json(), to: folder + "/glossary.json")
            let manifest = try JSONCoding.encode(ShardManifest(documents: records), pretty: true)
            try FileWriter.write(String(decoding: manifest, as: UTF8.self) + "\n", to: folder + "/" + Self.shardManifest)
            return Self.summary(records, glossary: glossary, output: folder)
        }
    }

    static let shardManifest = "shard.json"

    /// Joins shard folders written by ``shard(_:output:progress:)`` into the report of all
    /// their documents, in the order of the shards. Documents whose file names collide
    /// across shards are renamed as ``run(_:output:progress:)`` would name them. The shards
    /// are only read.
    /// - Throws: `TextInputError` naming the shard for a folder that is not a shard, or an
    ///   output that cannot be written.
    public func merge(shards: [String], output: String) throws -> Summary {
        var parts: [(folder: String, records: [DocumentRecord])] = []
        var observations = GlossaryObservations()
        for shard in shards {
            let path = shard + "/" + Self.shardManifest
            guard FileSystem.kind(of: path) == .file else {
                throw TextInputError(source: shard, problem: .unusable("not a report shard (no \(Self.shardManifest); `muqabala report --shard` writes one)"))
            }
            let manifest: ShardManifest
            do {
                manifest = try JSONCoding.decode(ShardManifest.self, from: try TextInput.readBytes(path))
            } catch let error as TextInputError {
                throw error
            } catch {
                throw TextInputError(source: path, problem: .unreadable("not a report shard (\(error))"))
            }
            guard manifest.format == ShardManifest.formatName, manifest.version == 1 else {
                throw TextInputError(source: path, problem: .unreadable("not a version 1 report shard"))
            }
            let glossary = shard + "/glossary.json"
            observations.merge(try Glossary.observations(fromJSON: try TextInput.readDocument(glossary), source: glossary))
            parts.append((shard, manifest.documents))
        }
        let all = parts.flatMap { part in part.records.map { (part.folder, $0) } }
        let fileNames = Self.uniqueFileNames(all.map(\.1.name))
        return try staged(output) { folder in
            try FileSystem.makeFolders(folder + "/pairs")
            var records: [DocumentRecord] = []
            var sources: [String: (shard: String, record: DocumentRecord)] = [:]
            for ((shard, old), fileName) in zip(all, fileNames) {
                var record = old
                record.fileName = fileName
                if record.pair != nil {
                    for suffix in Self.pairFileSuffixes {
                        let bytes = try TextInput.readBytes(shard + "/pairs/" + old.fileName + suffix)
                        try AtomicFile.write(bytes, to: folder + "/pairs/" + fileName + suffix)
                    }
                }
                sources[fileName] = (shard, old)
                records.append(record)
            }
            return try finish(records, observations, into: folder) { record in
                let (shard, old) = sources[record.fileName]!
                let bytes = try TextInput.readBytes(shard + "/pairs/" + old.fileName + Self.sectionSuffix)
                guard old.fileName != record.fileName else { return bytes }
                return Array(Self.renamingAnchor(String(decoding: bytes, as: UTF8.self), from: old.anchor, to: record.anchor).utf8)
            }
        }
    }

    /// A section's anchors (`id="pair-F"`, `id="pair-F-3"`, `href="#pair-F-3"`) renamed, in
    /// one pass. Quotes never occur unescaped in the section's text, so only anchors match.
    static func renamingAnchor(_ section: String, from old: String, to new: String) -> String {
        var out = "", rest = Substring(section)
        while let quote = rest.firstIndex(of: "\"") {
            out += rest[...quote]
            rest = rest[rest.index(after: quote)...]
            let hash = rest.hasPrefix("#") ? "#" : ""
            let name = rest.dropFirst(hash.count)
            if name.hasPrefix(old), let next = name.dropFirst(old.count).first, next == "\"" || next == "-" {
                out += hash + new
                rest = name.dropFirst(old.count)
            }
        }
        return out + rest
    }

    /// Runs `body` on the staging folder of `output` and swaps it in when `body` returns.
    private func staged(_ output: String, _ body: (String) throws -> Summary) throws -> Summary {
        let folder = try StagedFolder(output)
        do {
            var summary = try body(folder.staging)
            try folder.commit()
            summary.output = folder.target
            return summary
        } catch {
            folder.discard()
            throw error
        }
    }

    /// Processes every document on all cores, writing pair files under `output/pairs/`.
    private func processAll(_ documents: [CorpusDocument], into output: String,
                            progress: @Sendable (Int, Int, String) -> Void) throws -> ([DocumentRecord], GlossaryObservations) {
        let pairsFolder = output + "/pairs"
        try FileSystem.makeFolders(pairsFolder)
        let jobs = zip(documents, Self.uniqueFileNames(documents.map(\.name))).map { ($0, $1) }
        let results = try parallelMap(jobs, progress: { progress($0, documents.count, $1.0.name) }) { document, fileName in
            try self.process(document, fileName: fileName, folder: pairsFolder)
        }
        var observations = GlossaryObservations()
        for result in results { observations.merge(result.observations) }
        return (results.map(\.record), observations)
    }

    /// Builds the glossary and writes the glossary files, the page and `summary.json`.
    /// - Parameter section: the page section of a pair's record.
    private func finish(_ records: [DocumentRecord], _ observations: GlossaryObservations, into output: String,
                        section: (DocumentRecord) throws -> [UInt8]) throws -> Summary {
        let glossary = self.glossary(observations)
        try FileWriter.write(glossary.json(), to: output + "/glossary.json")
        try FileWriter.write(glossary.tsv(), to: output + "/glossary.tsv")
        try FileWriter.write(glossary.tbx(), to: output + "/glossary.tbx")
        try CorpusPage.write(records, glossary: glossary, to: output + "/index.html", section: section)
        let summary = Self.summary(records, glossary: glossary, output: output)
        try FileWriter.write(CorpusPage.summaryJSON(records, summary), to: output + "/summary.json")
        return summary
    }

    /// The glossary of the names observed, with the curated glossary.
    private func glossary(_ observations: GlossaryObservations) -> Glossary {
        GlossaryBuilder(lexicon: aligner.lexicon, exonyms: collector.exonyms, curated: curated, matcher: collector.matcher).build(observations)
    }

    static func summary(_ records: [DocumentRecord], glossary: Glossary, output: String) -> Summary {
        Summary(documents: records.count, pairs: records.filter { $0.pair != nil }.count,
                entries: glossary.entries.count, newEntries: glossary.entries.filter(\.isNew).count,
                errors: records.compactMap(\.error),
                lowCoverage: records.filter { ($0.pair?.minimum ?? 1) < GapReport.lowCoverage }.map(\.name), output: output)
    }

    /// File names for documents, one per document however their names collide once made
    /// safe for a file system ("doc one" and "doc_one" become doc_one and doc_one-2).
    static func uniqueFileNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            let base = fileName(name)
            var candidate = base, k = 1
            while !used.insert(candidate.lowercased()).inserted {
                k += 1
                candidate = base + "-\(k)"
            }
            return candidate
        }
    }

    /// Aligns and reports one pair, or reads one single-language document. A document that
    /// cannot be read is an error of that document; an output that cannot be written ends
    /// the run (throws).
    private func process(_ document: CorpusDocument, fileName: String,
                         folder: String) throws(TextInputError) -> (record: DocumentRecord, observations: GlossaryObservations) {
        var record = DocumentRecord(name: document.name, fileName: fileName,
                                    versions: [document.english.map { _ in "en" }, document.arabic.map { _ in "ar" }].compactMap { $0 },
                                    notes: [], error: nil, pair: nil, names: 0)
        var observations = GlossaryObservations()
        if let problem = document.problem {
            record.error = problem
            return (record, observations)
        }
        let base = folder + "/" + fileName
        do {
            let reader = DocumentReader()
            let english = try document.english.map { try reader.read($0, language: .english) }
            let arabic = try document.arabic.map { try reader.read($0, language: .arabic) }
            record.notes = (english?.notices.map { "\(document.label(.english)): \($0)" } ?? [])
                + (arabic?.notices.map { "\(document.label(.arabic)): \($0)" } ?? [])
            if let english, let arabic {
                let alignment = aligner.align(english, arabic)
                let report = GapReport(alignment, minimumConfidence: minimumConfidence)
                do {
                    for (suffix, text) in Self.pairFiles(alignment, report) {
                        try FileWriter.write(text, to: base + suffix)
                    }
                    // The page's section of this pair waits on disk, so memory does not grow with the corpus.
                    let section = HTMLReport.pairSection(alignment, report: report, document: document.name, anchor: record.anchor)
                    try FileWriter.write(section, to: base + Self.sectionSuffix)
                } catch {
                    throw WriteFailure(error: error)
                }
                record.pair = PairCounts(report)
                observations = collector.observe(alignment, english: document.label(.english), arabic: document.label(.arabic))
            } else if let english {
                observations = collector.observe(english: english, as: document.label(.english))
            } else if let arabic {
                observations = collector.observe(arabic: arabic, as: document.label(.arabic))
            }
        } catch let failure as WriteFailure {
            throw failure.error
        } catch {
            record.error = "\(error)"
        }
        record.names = observations.forms.values.reduce(0) { $0 + $1.count }
        return (record, observations)
    }

    /// An output that could not be written, kept apart from input errors (which only skip
    /// their document).
    private struct WriteFailure: Error { var error: TextInputError }

    /// "1 document", "4 documents".
    public static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
    }

    static func fileName(_ name: String) -> String {
        String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "_" })
    }
}
