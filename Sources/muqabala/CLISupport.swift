import ArgumentParser
import MuqabalaICU
import MuqabalaText

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A usage or data error the CLI reports as one line.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a command body; prints any error as `muqabala COMMAND: message` on stderr and
/// exits with status 1.
func reportingErrors(_ command: String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch {
        StandardError.write("muqabala \(command): \(error)\n")
        throw ExitCode(1)
    }
}

/// Writes all of `bytes` to a file descriptor (retrying short writes).
func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}

enum StandardError {
    static func write(_ text: String) { writeAll(Array(text.utf8), to: 2) }

    /// Whether standard error is a terminal (progress is only shown then).
    static var isTerminal: Bool { isatty(2) != 0 }
}

/// Buffered writing to standard output.
struct Output {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    init() { buffer.reserveCapacity(limit * 2) }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    mutating func write<Bytes: Collection<UInt8>>(bytes: Bytes) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= limit { flush() }
    }

    mutating func line(_ text: String) {
        write(text)
        write("\n")
    }

    mutating func flush() {
        writeAll(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }
}

extension NormalizationProfile: ExpressibleByArgument {}
extension NormalizationLanguage: ExpressibleByArgument {}
extension TransliterationScheme: ExpressibleByArgument {}
