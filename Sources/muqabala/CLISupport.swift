import ArgumentParser
import MuqabalaICU
import MuqabalaText
import MuqabalaIO

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
        // Interrupted: the signal's handler is removing the run's files and will end the
        // process with the signal's status; an error caused by that is not reported.
        while InterruptCleanup.isInterrupted { pause() }
        StandardError.write("muqabala \(command): \(error)\n")
        throw ExitCode(1)
    }
}

enum StandardError {
    static func write(_ text: String) { _ = POSIX.writeAll(Array(text.utf8), to: 2) }

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

    /// Writes the buffer out. Standard output that cannot be written (a full disk,
    /// `/dev/full`, an I/O error) ends the run at once with a one-line error and status 1,
    /// as coreutils do: going on would only lose more output silently. (A closed pipe ends
    /// the process quietly through SIGPIPE before this point.)
    mutating func flush() {
        if let code = POSIX.writeAll(buffer, to: 1) {
            // The reader went away (`| head`) with SIGPIPE ignored: end quietly, with the
            // status SIGPIPE would have given.
            if code == EPIPE { exit(128 + SIGPIPE) }
            StandardError.write("muqabala: cannot write to standard output: \(String(cString: strerror(code)))\n")
            exit(1)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension NormalizationProfile: ExpressibleByArgument {}
extension NormalizationLanguage: ExpressibleByArgument {}
extension TransliterationScheme: ExpressibleByArgument {}
