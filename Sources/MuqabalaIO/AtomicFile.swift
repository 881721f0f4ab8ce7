import MuqabalaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing a file so that readers see either the old file or the complete new one, never a
/// part: the bytes go to a temporary file in the same folder, are flushed to disk, and the
/// temporary file is renamed over the target (rename is atomic within a file system).
package enum AtomicFile {
    /// Writes `bytes` to `path` atomically.
    /// - Throws: ``TextInputError`` naming the path and the system's reason.
    package static func write(_ bytes: [UInt8], to path: String) throws(TextInputError) {
        let temporary = POSIX.temporaryPath(for: path)
        func fail(_ what: String, _ code: Int32) -> TextInputError {
            TextInputError(source: path, problem: .unwritable("\(what): \(String(cString: strerror(code)))"))
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw fail("cannot create a file beside it", errno) }
        InterruptCleanup.register(temporary)
        defer { InterruptCleanup.unregister(temporary) }
        var failure: TextInputError? = POSIX.writeAll(bytes, to: fd).map { fail("cannot write", $0) }
        if failure == nil, fsync(fd) != 0 { failure = fail("cannot flush", errno) }
        if close(fd) != 0, failure == nil { failure = fail("cannot close", errno) }
        if failure == nil, rename(temporary, path) != 0 { failure = fail("cannot replace", errno) }
        if let failure {
            unlink(temporary)
            throw failure
        }
    }

    /// Writes UTF-8 text to `path` atomically.
    package static func write(_ text: String, to path: String) throws(TextInputError) {
        try write(Array(text.utf8), to: path)
    }
}
