import MuqabalaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An input problem tied to the file it was found in. Its description is the one-line
/// message the CLI prints: `FILE: problem`.
public struct TextInputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as the user gave it, or `<stdin>` for `-`.
    public let source: String
    public let problem: TextProblem

    public init(source: String, problem: TextProblem) {
        self.source = source
        self.problem = problem
    }

    public var description: String { "\(source): \(problem)" }
}

/// Reading text files and standard input, with the checks every command shares:
/// valid UTF-8, no NUL bytes, not empty, and (optionally) the expected language.
///
/// `-` means standard input. A leading BOM is removed and CRLF / CR line ends become LF;
/// nothing else is changed.
public enum TextInput {
    /// The name used in messages for a path (`<stdin>` for `-`).
    public static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// Calls `body` with successive chunks of the raw bytes of `path` (or stdin for `-`).
    /// Memory stays at one chunk whatever the file size.
    /// - Throws: ``TextInputError`` if the file cannot be read, or whatever `body` throws.
    public static func forEachChunk(
        of path: String, chunkSize: Int = 1 << 20,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let name = displayName(path)
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            fd = open(path, O_RDONLY)
            if fd < 0 { throw TextInputError(source: name, problem: .unreadable(errorText(errno))) }
            var info = stat()
            if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                throw TextInputError(source: name, problem: .unreadable("is a directory"))
            }
        }
        defer { if fd != 0 { close(fd) } }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var first = true
        while true {
            let n = read(fd, buffer, chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw TextInputError(source: name, problem: .unreadable(errorText(errno)))
            }
            if n == 0 { return }
            let chunk = UnsafeBufferPointer(start: buffer, count: n)
            if first, let encoding = utf16Encoding(chunk) {
                throw TextInputError(source: name, problem: .unusable(
                    "the file is \(encoding), not UTF-8; convert it first, e.g. iconv -f \(encoding) -t UTF-8"))
            }
            first = false
            try body(chunk)
        }
    }

    /// "UTF-16LE" or "UTF-16BE" when `bytes` start like UTF-16 text (its byte-order mark, or
    /// a zero byte beside every ASCII letter), else nil.
    static func utf16Encoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        guard bytes.count >= 8 else { return nil }
        let pairs = min(bytes.count / 2, 32)
        let evenZeros = (0..<pairs).filter { bytes[2 * $0] == 0 }.count
        let oddZeros = (0..<pairs).filter { bytes[2 * $0 + 1] == 0 }.count
        if oddZeros == pairs && evenZeros == 0 { return "UTF-16LE" }
        if evenZeros == pairs && oddZeros == 0 { return "UTF-16BE" }
        return nil
    }

    /// Reads a whole text document, validated.
    ///
    /// - Parameters:
    ///   - path: the file, or `-` for standard input.
    ///   - expecting: if given, the file must be mostly in this script (see `ScriptCounts`).
    /// - Throws: ``TextInputError`` naming the file: unreadable, invalid UTF-8 (with line and
    ///   byte offset), a NUL byte, empty (or only white space), or in the wrong language.
    public static func readDocument(_ path: String, expecting: Script? = nil) throws(TextInputError) -> String {
        try decodeDocument(try readBytes(path), source: displayName(path), expecting: expecting)
    }

    /// The raw bytes of a file (or stdin for `-`), unchecked.
    public static func readBytes(_ path: String) throws(TextInputError) -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            try forEachChunk(of: path) { chunk in bytes.append(contentsOf: chunk) }
        } catch let error as TextInputError {
            throw error
        } catch {
            throw TextInputError(source: displayName(path), problem: .unreadable("\(error)"))
        }
        return bytes
    }

    /// Validates and decodes document bytes (see ``readDocument(_:expecting:)``).
    public static func decodeDocument(_ bytes: [UInt8], source: String, expecting: Script? = nil) throws(TextInputError) -> String {
        do {
            try validate(bytes)
        } catch {
            throw TextInputError(source: source, problem: error)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var text = String(decoding: body, as: UTF8.self)
        if text.utf8.contains(0x0D) {
            text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        }
        let counts = ScriptCounts(text)
        if counts.letters == 0 && !text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            throw TextInputError(source: source, problem: .empty)
        }
        if let expecting {
            try counts.check(expecting: expecting, source: source)
        }
        return text
    }

    /// Throws the first UTF-8 or NUL problem in `bytes`.
    public static func validate(_ bytes: [UInt8]) throws(TextProblem) {
        try bytes.withUnsafeBufferPointer { (p) throws(TextProblem) in try validate(p) }
    }

    /// Throws the first UTF-8 or NUL problem in `bytes`.
    public static func validate(_ p: UnsafeBufferPointer<UInt8>) throws(TextProblem) {
        var line = 1
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b == 0 { throw .nulByte(line: line, byteOffset: i) }
                if b == 0x0A { line += 1 }
                i += 1
                continue
            }
            let length = ScalarDecoding.sequenceLength(b)
            guard length > 0, i + length <= n, ScalarDecoding.decode(p, at: i, length: length) != nil else {
                throw .invalidUTF8(line: line, byteOffset: i)
            }
            i += length
        }
    }

    private static func errorText(_ code: Int32) -> String {
        guard let message = strerror(code) else { return "error \(code)" }
        return String(cString: message).lowercased()
    }
}

extension ScriptCounts {
    /// Throws ``TextProblem/wrongLanguage(expected:found:expectedShare:)`` when fewer than
    /// a quarter of the letters are in the expected script. Arabic news legitimately quotes
    /// Latin acronyms and English quotes Arabic names, so the bar is deliberately low.
    public func check(expecting script: Script, source: String) throws(TextInputError) {
        guard letters >= 20 else { return }
        let share = share(of: script)
        if share < 0.25 {
            let other: Script = script == .arabic ? .latin : .arabic
            throw TextInputError(source: source, problem: .wrongLanguage(
                expected: script.languageName, found: other.languageName, expectedShare: share))
        }
    }
}
