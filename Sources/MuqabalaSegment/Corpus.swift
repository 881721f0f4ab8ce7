#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MuqabalaText
import MuqabalaIO

/// A document of a corpus: its versions, one file per language.
public struct CorpusDocument: Equatable, Sendable {
    /// The document's name (its folder, or the file name without extension).
    public var name: String
    public var english: String?
    public var arabic: String?
    /// Why the document cannot be used although it was found (a file name that is not
    /// UTF-8, a loose file that cannot be read): reported with the document, not fatal to
    /// the others.
    public var problem: String?

    public init(name: String, english: String? = nil, arabic: String? = nil, problem: String? = nil) {
        self.name = name
        self.english = english
        self.arabic = arabic
        self.problem = problem
    }

    /// Both versions are there: a translation pair to align.
    public var isPair: Bool { english != nil && arabic != nil }

    /// The name a version is known by in reports and glossaries ("kss-volunteers-call/en").
    public func label(_ language: Language) -> String { "\(name)/\(language.rawValue)" }
}

/// Finds the documents of a corpus.
///
/// Layout (see `Corpus/README.md`): a folder per document holding `en.txt` and/or `ar.txt`.
/// A path may also be one such folder, a folder of loose `.txt` files, or a single file;
/// the language of a loose file is the script most of its letters are in.
public enum CorpusReader {
    /// The documents under `paths`, sorted by name.
    ///
    /// Names are unique: documents with the same name from different folders are named
    /// with their folder ("a/doc1", "b/doc1"). The same file reached twice (`Corpus Corpus`,
    /// or a corpus and one of its documents) is an error, since it would count twice.
    /// - Throws: `TextInputError` for a path that does not exist or holds no documents, or
    ///   a file given twice.
    public static func documents(in paths: [String]) throws -> [CorpusDocument] {
        var result: [(document: CorpusDocument, folder: String)] = []
        for path in paths {
            guard let kind = FileSystem.kind(of: path) else {
                throw TextInputError(source: path, problem: .unreadable("no such file or directory"))
            }
            if kind == .file {
                result.append((looseFile(path), parentName(path)))
                continue
            }
            let (entries, invalid) = try FileSystem.listChecked(path)
            if entries.contains("en.txt") || entries.contains("ar.txt") {
                result.append((folderDocument(path, name: basename(path)), parentName(path)))
                continue
            }
            var found = false
            for entry in entries.sorted() {
                let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
                if FileSystem.kind(of: child) == .directory {
                    let files = try FileSystem.list(child)
                    if files.contains("en.txt") || files.contains("ar.txt") {
                        result.append((folderDocument(child, name: entry), basename(path)))
                        found = true
                    }
                } else if entry.hasSuffix(".txt") {
                    result.append((looseFile(child), basename(path)))
                    found = true
                }
            }
            for name in invalid {
                let problem = "\(path)/\(name): the file name is not valid UTF-8; rename it (e.g. convmv -f WINDOWS-1256 -t UTF-8)"
                result.append((CorpusDocument(name: name, problem: problem), basename(path)))
                found = true
            }
            if !found {
                throw TextInputError(source: path, problem: .unreadable("no documents (folders with en.txt or ar.txt, or .txt files)"))
            }
        }
        try rejectRepeatedFiles(result.map(\.document))
        return uniquelyNamed(result).sorted { $0.name < $1.name }
    }

    /// Throws if one file is reached as two documents (compared by device and inode, so
    /// `Corpus` and `./Corpus/` are the same).
    private static func rejectRepeatedFiles(_ documents: [CorpusDocument]) throws {
        var seen: [String: String] = [:]
        for document in documents {
            for path in [document.english, document.arabic].compactMap({ $0 }) {
                var info = stat()
                let key = stat(path, &info) == 0 ? "\(info.st_dev):\(info.st_ino)" : path
                if let first = seen[key] {
                    throw TextInputError(source: path, problem: .unusable(
                        "given twice (also as \(first)); each document must appear once or its names count twice"))
                }
                seen[key] = path
            }
        }
    }

    /// Qualifies names that collide with their folder's name; numbers what still collides.
    private static func uniquelyNamed(_ found: [(document: CorpusDocument, folder: String)]) -> [CorpusDocument] {
        var counts: [String: Int] = [:]
        for item in found { counts[item.document.name, default: 0] += 1 }
        var used: Set<String> = []
        return found.map { item in
            var document = item.document
            if counts[document.name]! > 1 { document.name = item.folder + "/" + document.name }
            let base = document.name
            var k = 1
            while !used.insert(document.name).inserted {
                k += 1
                document.name = base + " (\(k))"
            }
            return document
        }
    }

    private static func parentName(_ path: String) -> String {
        let parts = path.split(separator: "/")
        return parts.count >= 2 ? String(parts[parts.count - 2]) : "."
    }

    private static func folderDocument(_ path: String, name: String) -> CorpusDocument {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let files = (try? FileSystem.list(path)) ?? []
        return CorpusDocument(name: name,
                              english: files.contains("en.txt") ? prefix + "en.txt" : nil,
                              arabic: files.contains("ar.txt") ? prefix + "ar.txt" : nil)
    }

    /// A loose file, its language told by the script of its first 64 KB. A file that cannot
    /// be read becomes a document with a problem (reported in its place, the others go on).
    private static func looseFile(_ path: String) -> CorpusDocument {
        var name = basename(path)
        if name.hasSuffix(".txt") { name.removeLast(4) }
        var head: [UInt8] = []
        do {
            try TextInput.forEachChunk(of: path, chunkSize: 1 << 16) { chunk in
                head = Array(chunk)
                throw StopReading()
            }
        } catch let error as TextInputError {
            return CorpusDocument(name: name, problem: error.description)
        } catch {}
        return ScriptCounts(String(decoding: head, as: UTF8.self)).dominant == .arabic
            ? CorpusDocument(name: name, english: nil, arabic: path)
            : CorpusDocument(name: name, english: path, arabic: nil)
    }

    private struct StopReading: Error {}

    private static func basename(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") && trimmed.count > 1 { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
    }

}
