import ArgumentParser
import MuqabalaAlign
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

/// Many document pairs in one process (`align --manifest`, `gaps --manifest`): start-up and
/// the lexicon are paid once, pairs run on all cores in batches, and each pair's result is
/// written to its own files as soon as its batch is done.
///
/// The manifest is either a TSV file, one pair per line, `en_path<TAB>ar_path<TAB>out_prefix`
/// (relative paths are taken from the manifest's folder; `#` lines and blank lines are
/// skipped), or a corpus folder (a folder per document with en.txt and ar.txt), whose pairs
/// are written to `--output-dir/NAME`. Standard output gets one TSV status line per pair, in
/// manifest order: `name  ok  en_sentences  ar_sentences  coverage  files` or
/// `name  error  message`. A pair that fails is reported and the others go on; the exit
/// status is then 1.
struct ManifestPair: Sendable {
    var name: String
    var english: String
    var arabic: String
    var prefix: String
}

/// Why a manifest pair failed, as one line.
struct ManifestFailure: Error {
    var message: String
}

enum Manifest {
    /// The pairs a manifest file or corpus folder names.
    static func pairs(_ path: String, outputDirectory: String?) throws -> [ManifestPair] {
        if FileSystem.kind(of: path) == .directory {
            guard let outputDirectory else {
                throw CLIError("--manifest \(path) is a corpus folder: give --output-dir for its outputs")
            }
            let documents = try CorpusReader.documents(in: [path]).filter(\.isPair)
            guard !documents.isEmpty else { throw CLIError("\(path): no document holds both en.txt and ar.txt") }
            return documents.map {
                ManifestPair(name: $0.name, english: $0.english!, arabic: $0.arabic!,
                             prefix: outputDirectory + "/" + String($0.name.map { $0 == "/" ? "_" : $0 }))
            }
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        func resolve(_ p: String) -> String { p.hasPrefix("/") || path == "-" ? p : folder + "/" + p }
        var pairs: [ManifestPair] = []
        try TextInput.forEachLine(of: path) { line, number in
            let trimmed = line.trimmingPrefix(while: \.isWhitespace)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty }) else {
                throw CLIError("\(TextInput.displayName(path)):\(number): expected en_path<TAB>ar_path<TAB>out_prefix")
            }
            let prefix = outputDirectory.map { $0 + "/" + fields[2] } ?? resolve(fields[2])
            pairs.append(ManifestPair(name: fields[2], english: resolve(fields[0]), arabic: resolve(fields[1]), prefix: prefix))
        }
        guard !pairs.isEmpty else { throw TextInputError(source: TextInput.displayName(path), problem: .empty) }
        var seen: Set<String> = []
        for pair in pairs where !seen.insert(pair.prefix).inserted {
            throw CLIError("\(TextInput.displayName(path)): the output prefix \(pair.prefix) appears twice")
        }
        return pairs
    }

    /// Aligns every pair and hands each alignment to `write`, which returns the files it
    /// wrote. Prints the status lines; returns how many pairs failed.
    static func run(_ pairs: [ManifestPair], aligner: Aligner, presegmented: Bool,
                    write: @Sendable (Alignment, ManifestPair) throws -> (coverage: Double, files: [String])) throws -> Int {
        var output = Output()
        defer { output.flush() }
        var failed = 0
        let progress = progressReporter("pairs")
        let batch = 32
        for start in stride(from: 0, to: pairs.count, by: batch) {
            let slice = Array(pairs[start..<min(pairs.count, start + batch)])
            // Each pair's status columns after its name, or the one-line error of a failed pair.
            let results = try parallelMap(slice) { pair -> Result<[String], ManifestFailure> in
                do {
                    let alignment = try aligner.align(englishFile: pair.english, arabicFile: pair.arabic, presegmented: presegmented)
                    try FileSystem.makeFolders(StagedFolder.split(pair.prefix).parent)
                    let result = try write(alignment, pair)
                    return .success(["ok", String(alignment.english.alignable.count), String(alignment.arabic.alignable.count),
                                     threeDecimals(result.coverage), result.files.joined(separator: " ")])
                } catch {
                    return .failure(ManifestFailure(message: "\(error)".replacing("\t", with: " ").replacing("\n", with: " ")))
                }
            }
            for (pair, result) in zip(slice, results) {
                switch result {
                case .success(let columns):
                    output.line(([pair.name] + columns).joined(separator: "\t"))
                case .failure(let failure):
                    failed += 1
                    StandardError.write("muqabala: \(failure.message)\n")
                    output.line([pair.name, "error", failure.message].joined(separator: "\t"))
                }
            }
            output.flush()
            progress(min(pairs.count, start + batch), pairs.count, slice.last?.name ?? "")
        }
        return failed
    }
}
