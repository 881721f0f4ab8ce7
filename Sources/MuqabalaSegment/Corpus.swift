#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MuqabalaText

/// A document of a corpus: its versions, one file per language.
public struct CorpusDocument: Equatable, Sendable {
    /// The document's name (its folder, or the file name without extension).
    public var name: String
    public var english: String?
    public var arabic: String?

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
    /// - Throws: ``TextInputError`` for a path that does not exist or holds no documents.
    public static func documents(in paths: [String]) throws -> [CorpusDocument] {
        var result: [CorpusDocument] = []
        for path in paths {
            guard let kind = kind(of: path) else {
                throw TextInputError(source: path, problem: .unreadable("no such file or directory"))
            }
            if kind == .file {
                result.append(try looseFile(path))
                continue
            }
            let entries = try list(path)
            if entries.contains("en.txt") || entries.contains("ar.txt") {
                result.append(folderDocument(path, name: basename(path)))
                continue
            }
            var found = false
            for entry in entries.sorted() {
                let child = path.hasSuffix("/") ? path + entry : path + "/" + entry
                if self.kind(of: child) == .directory {
                    let files = try list(child)
                    if files.contains("en.txt") || files.contains("ar.txt") {
                        result.append(folderDocument(child, name: entry))
                        found = true
                    }
                } else if entry.hasSuffix(".txt") {
                    result.append(try looseFile(child))
                    found = true
                }
            }
            if !found {
                throw TextInputError(source: path, problem: .unreadable("no documents (folders with en.txt or ar.txt, or .txt files)"))
            }
        }
        return result.sorted { $0.name < $1.name }
    }

    private static func folderDocument(_ path: String, name: String) -> CorpusDocument {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let files = (try? list(path)) ?? []
        return CorpusDocument(name: name,
                              english: files.contains("en.txt") ? prefix + "en.txt" : nil,
                              arabic: files.contains("ar.txt") ? prefix + "ar.txt" : nil)
    }

    private static func looseFile(_ path: String) throws -> CorpusDocument {
        let text = try TextInput.readDocument(path)
        var name = basename(path)
        if name.hasSuffix(".txt") { name.removeLast(4) }
        return ScriptCounts(text).dominant == .arabic
            ? CorpusDocument(name: name, english: nil, arabic: path)
            : CorpusDocument(name: name, english: path, arabic: nil)
    }

    private static func basename(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") && trimmed.count > 1 { trimmed = trimmed.dropLast() }
        return trimmed.split(separator: "/").last.map(String.init) ?? String(trimmed)
    }

    enum Kind { case file, directory }

    static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    static func list(_ path: String) throws -> [String] {
        guard let directory = opendir(path) else {
            throw TextInputError(source: path, problem: .unreadable("cannot list the directory"))
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." && !name.hasPrefix(".") { names.append(name) }
        }
        return names
    }
}
