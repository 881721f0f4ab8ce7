#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the toolkit finds the data it ships (the curated glossary, the learned lexicon) and
/// where it keeps what it derives (compiled dictionaries), from any working directory.
///
/// The data folder holds `Glossary/` and `Data/`, as the source tree does. It is, in order:
/// 1. `$MUQABALA_DATA`, when set;
/// 2. `PREFIX/share/muqabala` beside an installed `PREFIX/bin/muqabala` (`scripts/install`);
/// 3. the source checkout the tool was built from.
package enum DataFiles {
    /// The data folder, or nil when none of the places holds one.
    package static func directory() -> String? {
        if let value = getenv("MUQABALA_DATA").map({ String(cString: $0) }), !value.isEmpty { return value }
        if let executable = executablePath() {
            let bin = parent(executable)
            let installed = parent(bin) + "/share/muqabala"
            if exists(installed + "/Glossary") || exists(installed + "/Data") { return installed }
        }
        // This file is Sources/MuqabalaText/DataFiles.swift in the checkout.
        let checkout = parent(parent(parent(#filePath)))
        if exists(checkout + "/Glossary") || exists(checkout + "/Data") { return checkout }
        return nil
    }

    /// A shipped file by its path inside the data folder ("Glossary/glossary.tsv"), if present.
    package static func path(_ relative: String) -> String? {
        guard let directory = directory() else { return nil }
        let path = directory + "/" + relative
        return exists(path) ? path : nil
    }

    /// The folder for derived files (`$MUQABALA_CACHE`, `$XDG_CACHE_HOME/muqabala` or
    /// `~/.cache/muqabala`), created if needed; nil when none can be made.
    package static func cacheDirectory() -> String? {
        var candidates: [String] = []
        if let value = getenv("MUQABALA_CACHE").map({ String(cString: $0) }), !value.isEmpty { candidates.append(value) }
        if let value = getenv("XDG_CACHE_HOME").map({ String(cString: $0) }), !value.isEmpty { candidates.append(value + "/muqabala") }
        if let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty { candidates.append(home + "/.cache/muqabala") }
        for candidate in candidates {
            if makeDirectories(candidate) { return candidate }
        }
        return nil
    }

    /// Identifies the running executable's build: its path, size and modification time.
    package static func executableFingerprint() -> String {
        guard let path = executablePath() else { return "" }
        var info = stat()
        guard stat(path, &info) == 0 else { return path }
        return "\(path):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Removes cache files named `prefix…` not used for `days` days (builds since replaced).
    package static func removeStale(prefix: String, in folder: String, olderThanDays days: Int) {
        let limit = time(nil) - days * 86_400
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = String(decoding: POSIX.entryName(entry), as: UTF8.self)
            guard name.hasPrefix(prefix) else { continue }
            var info = stat()
            let path = folder + "/" + name
            if stat(path, &info) == 0, info.st_atim.tv_sec < limit, info.st_mtim.tv_sec < limit { unlink(path) }
        }
    }

    /// Writes a derived file whole (a temporary file beside it, renamed over it), best effort:
    /// false when it could not. For caches, which are rebuilt when missing; user-facing
    /// outputs go through `AtomicFile` (MuqabalaIO), which says why a write failed.
    @discardableResult
    package static func writeWhole(_ bytes: [UInt8], to path: String) -> Bool {
        let temporary = POSIX.temporaryPath(for: path)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        let ok = POSIX.writeAll(bytes, to: fd) == nil
        let closed = close(fd) == 0
        guard ok, closed, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// A whole small file, or nil when it cannot be read.
    package static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<n])
        }
    }

    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    package static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// `mkdir -p`; whether the folder exists afterwards.
    static func makeDirectories(_ path: String) -> Bool {
        if exists(path) { return true }
        let up = parent(path)
        if up != path, !exists(up), !makeDirectories(up) { return false }
        return mkdir(path, 0o755) == 0 || exists(path)
    }
}
