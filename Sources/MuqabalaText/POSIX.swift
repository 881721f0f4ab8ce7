#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few system-call helpers both this module (the normalizer's table cache, through
/// ``DataFiles``) and `MuqabalaIO` (input, atomic outputs, staged folders) need, written once.
package enum POSIX {
    /// Writes all of `bytes` to a file descriptor, retrying short and interrupted writes.
    /// - Returns: nil when everything was written, else the system's error number.
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { raw -> Int32? in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return errno }
                if n == 0 { return EIO }
                offset += n
            }
            return nil
        }
    }

    /// The name of a directory entry, read in place. A `dirent` from `readdir` may be shorter
    /// than its C type (`d_reclen`), so copying its `d_name` array reads past the record
    /// (AddressSanitizer found it under the fuzzer).
    package static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        let base = UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        return Array(UnsafeRawBufferPointer(start: base, count: strlen(base.assumingMemoryBound(to: CChar.self))))
    }

    /// A temporary name in the same folder as `path` (so a rename over it is atomic), unique
    /// to this process and call.
    package static func temporaryPath(for path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        return folder + "." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }
}
