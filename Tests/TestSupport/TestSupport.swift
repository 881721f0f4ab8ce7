import Foundation
import MuqabalaLexicon

/// Paths and helpers shared by the test targets.
public enum TestSupport {
    /// The repository root (found from this file's path).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The standard lexicon (FreeDict, installed by scripts/setup, and the shipped learned
    /// model), loaded once for all tests.
    public static let lexicon: BilingualLexicon = {
        do {
            return try BilingualLexicon.standard { note in fatalError("test lexicon incomplete: \(note); run scripts/setup") }
        } catch {
            fatalError("test lexicon: \(error)")
        }
    }()

    /// A file under `Tests/Fixtures`.
    public static func fixture(_ name: String) -> String {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name).path
    }

    /// Rows of a TSV fixture, without `#` comments and blank lines.
    public static func tsv(_ name: String) throws -> [[String]] {
        try String(contentsOfFile: fixture(name), encoding: .utf8)
            .split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The `muqabala` executable built next to the test bundle.
    public static var executable: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // The test binary sits in .build/<config>/ or inside a .xctest bundle there.
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("muqabala").path),
              dir.path != "/" {
            dir = dir.deletingLastPathComponent()
        }
        return dir.appendingPathComponent("muqabala")
    }

    /// The outcome of running the CLI.
    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
        public let stdoutBytes: Data
    }

    /// Runs `muqabala` with arguments and optional standard input.
    public static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
                           environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.currentDirectoryURL = directory ?? root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes concurrently with writing, so large outputs cannot deadlock.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data(), errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = readAll(out.fileHandleForReading.fileDescriptor); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = readAll(err.fileHandleForReading.fileDescriptor); group.leave() }
        if let stdin { writeAll(stdin, to: input.fileHandleForWriting.fileDescriptor) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self),
                   stdoutBytes: outData)
    }

    /// Reads a descriptor to its end, retrying reads a signal interrupts (Foundation's
    /// `readDataToEndOfFile` traps on EINTR when child processes exit during the read).
    static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
    }

    /// Writes all of `data`, retrying interrupted writes; stops quietly if the reader is gone.
    static func writeAll(_ data: Data, to fd: Int32) {
        signal(SIGPIPE, SIG_IGN)
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return }
                offset += n
            }
        }
    }

    /// Runs the CLI with UTF-8 text on standard input.
    public static func run(_ arguments: [String], input: String) throws -> Run {
        try run(arguments, stdin: Data(input.utf8))
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("muqabala-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
