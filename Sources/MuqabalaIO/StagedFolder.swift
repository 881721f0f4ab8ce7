import MuqabalaText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// An output folder replaced as a whole (the corpus report's): everything is written into a
/// hidden staging folder beside it and swapped in only when complete, so readers see the
/// previous folder intact until the new one is whole, and an interrupted run leaves no trace.
///
/// - One run at a time: a lock file beside the folder (`.NAME.lock`, `flock`) makes a second
///   run into the same folder fail at once with a clear error instead of interleaving.
/// - Safety: an existing folder is only replaced when it is empty, was written by a staged
///   run (it holds the marker file ``marker``) or is an earlier report (index.html,
///   summary.json and pairs/); any other folder (`.`, a home folder, a project) is refused,
///   never deleted.
/// - Interruption: the staging folder is registered with ``InterruptCleanup`` until the
///   swap, so SIGINT/SIGTERM remove it.
package final class StagedFolder: Sendable {
    /// The folder the outputs are for, as the user gave it (without trailing slashes).
    package let target: String
    /// The hidden folder being written; the outputs go here.
    package let staging: String
    private let lock: Int32
    private let lockPath: String

    /// The file that marks a folder as written by a staged run (safe to replace).
    package static let marker = ".muqabala-output"

    /// Prepares a staged run into `target`.
    /// - Throws: ``TextInputError`` naming `target` when the name is empty, the path is a
    ///   file, the folder holds other things, another run holds it, or it cannot be created.
    package init(_ target: String) throws(TextInputError) {
        var cleaned = target
        while cleaned.count > 1 && cleaned.hasSuffix("/") { cleaned.removeLast() }
        func fail(_ problem: String) -> TextInputError {
            TextInputError(source: target.isEmpty ? "output folder" : target, problem: .unwritable(problem))
        }
        guard !cleaned.isEmpty else { throw fail("the output folder name is empty") }
        let (parent, name) = Self.split(cleaned)
        guard !name.isEmpty, name != ".", name != ".." else {
            throw fail("give a folder of its own for the outputs (e.g. muqabala-report), not \(cleaned)")
        }
        if let kind = FileSystem.kind(of: cleaned) {
            guard kind == .directory else { throw fail("exists and is not a folder") }
            let entries = (try? FileSystem.list(cleaned, hidden: true)) ?? []
            // A report written before the marker existed is recognised by its files.
            let earlierReport = Set(["index.html", "summary.json", "pairs"]).isSubset(of: entries)
            guard entries.isEmpty || entries.contains(Self.marker) || earlierReport else {
                throw fail("the folder holds files muqabala did not write; choose a new or empty folder (it is replaced as a whole)")
            }
        }
        do { try FileSystem.makeFolders(parent) } catch { throw fail("cannot create the folder above it: \(error.problem)") }
        let lockPath = parent + "/." + name + ".lock"
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw fail("cannot create the lock file \(lockPath): \(String(cString: strerror(errno)))") }
        guard flock(lock, LOCK_EX | LOCK_NB) == 0 else {
            close(lock)
            throw fail("another muqabala run is writing this folder (lock \(lockPath)); wait for it or choose another folder")
        }
        let staging = parent + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard mkdir(staging, 0o755) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(lockPath); close(lock)
            throw fail("cannot create the staging folder \(staging): \(reason)")
        }
        InterruptCleanup.register(staging)
        InterruptCleanup.register(lockPath)
        self.target = cleaned
        self.staging = staging
        self.lock = lock
        self.lockPath = lockPath
        // Written first, so even a staging folder left by a crash is recognisably ours.
        try AtomicFile.write("", to: staging + "/" + Self.marker)
    }

    /// Swaps the staging folder in for the target and releases the lock. The previous
    /// folder is removed only after the new one is in place.
    package func commit() throws(TextInputError) {
        defer { release() }
        let (parent, name) = Self.split(target)
        let previous = FileSystem.kind(of: target) == nil ? nil
            : parent + "/." + name + ".old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        if let previous {
            guard rename(target, previous) == 0 else {
                throw TextInputError(source: target, problem: .unwritable("cannot move the previous folder aside: \(String(cString: strerror(errno)))"))
            }
            InterruptCleanup.register(previous)
        }
        guard rename(staging, target) == 0 else {
            let reason = String(cString: strerror(errno))
            if let previous { rename(previous, target) }
            throw TextInputError(source: target, problem: .unwritable("cannot put the new folder in place: \(reason)"))
        }
        InterruptCleanup.unregister(staging)
        if let previous {
            FileSystem.removeTree(previous)
            InterruptCleanup.unregister(previous)
        }
    }

    /// Removes the staging folder (the target is left as it was) and releases the lock.
    package func discard() {
        FileSystem.removeTree(staging)
        InterruptCleanup.unregister(staging)
        release()
    }

    private func release() {
        unlink(lockPath)
        InterruptCleanup.unregister(lockPath)
        close(lock)
    }

    /// The folder part and the last name of a path ("a/b/c" → ("a/b", "c"); "c" → (".", "c")).
    package static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }
}

/// Paths a run is writing that must not outlive it: staging folders, temporary files, lock
/// files. The command-line tool removes them when it is interrupted (SIGINT, SIGTERM,
/// SIGHUP). This is the one process-wide registry in the libraries, because signals are
/// process-wide.
package enum InterruptCleanup {
    private static let paths = Mutex<Set<String>>([])
    private static let interrupted = Atomic<Bool>(false)

    /// Whether ``removeAll()`` has run: errors after it are consequences of the clean-up
    /// (files vanished under the run), not the user's problem, and must not be reported.
    package static var isInterrupted: Bool { interrupted.load(ordering: .acquiring) }

    package static func register(_ path: String) { _ = paths.withLock { $0.insert(path) } }
    package static func unregister(_ path: String) { _ = paths.withLock { $0.remove(path) } }

    /// Removes every registered path (folders with their contents).
    package static func removeAll() {
        interrupted.store(true, ordering: .releasing)
        let all = paths.withLock { current -> Set<String> in
            let all = current
            current.removeAll()
            return all
        }
        for path in all { FileSystem.removeTree(path) }
    }
}

/// The few file-system operations the libraries need, on POSIX calls (no symlink is ever
/// followed when removing).
package enum FileSystem {
    package enum Kind: Sendable { case file, directory }

    /// What `path` is (following symlinks), or nil if it does not exist.
    package static func kind(of path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
    }

    /// The names in a folder (without `.` and `..`; hidden names only when asked), leaving
    /// out names that are not valid UTF-8 (see ``listChecked(_:hidden:)``).
    package static func list(_ path: String, hidden: Bool = false) throws(TextInputError) -> [String] {
        try listChecked(path, hidden: hidden).names
    }

    /// The names in a folder, and separately (escaped, for messages) those that are not
    /// valid UTF-8 and so cannot be named in Swift strings faithfully.
    package static func listChecked(_ path: String, hidden: Bool = false) throws(TextInputError) -> (names: [String], invalid: [String]) {
        guard let directory = opendir(path) else {
            throw TextInputError(source: path, problem: .unreadable("cannot list the folder: \(String(cString: strerror(errno)))"))
        }
        defer { closedir(directory) }
        var names: [String] = [], invalid: [String] = []
        while let entry = readdir(directory) {
            let bytes = POSIX.entryName(entry)
            guard let name = String(validating: bytes, as: UTF8.self) else {
                invalid.append(bytes.map { $0 < 0x80 ? String(UnicodeScalar($0)) : "\\x" + String($0, radix: 16, uppercase: true) }.joined())
                continue
            }
            if name == "." || name == ".." || (!hidden && name.hasPrefix(".")) { continue }
            names.append(name)
        }
        return (names, invalid)
    }

    /// Creates `path` and the folders above it (`mkdir -p`).
    package static func makeFolders(_ path: String) throws(TextInputError) {
        if kind(of: path) == .directory { return }
        let (parent, _) = StagedFolder.split(path)
        if parent != path && parent != "/" && parent != "." { try makeFolders(parent) }
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw TextInputError(source: path, problem: .unwritable("cannot create the folder: \(String(cString: strerror(errno)))"))
        }
        guard kind(of: path) == .directory else { throw TextInputError(source: path, problem: .unwritable("exists and is not a folder")) }
    }

    /// Removes a file, or a folder and everything in it, without following symlinks.
    package static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            if let names = try? list(path, hidden: true) {
                for name in names { removeTree(path + "/" + name) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}

/// Buffered writing to a new file, every system error reported (a full disk is an error,
/// never a short file). For files inside a ``StagedFolder`` or written through a temporary
/// name; ``AtomicFile`` is the one-call form for a single file.
package final class FileWriter {
    package let path: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []

    /// Creates (or truncates) `path`.
    package init(_ path: String) throws(TextInputError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw TextInputError(source: path, problem: .unwritable(String(cString: strerror(errno)))) }
        buffer.reserveCapacity(1 << 16)
    }

    package func write(_ text: String) throws(TextInputError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    package func write(bytes: [UInt8]) throws(TextInputError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws(TextInputError) {
        let failure = POSIX.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
        if let failure { throw TextInputError(source: path, problem: .unwritable(String(cString: strerror(failure)))) }
    }

    /// Writes what is buffered and closes the file.
    package func close() throws(TextInputError) {
        guard descriptor >= 0 else { return }
        defer { descriptor = -1 }
        do {
            try flush()
        } catch {
            _ = Glibc.close(descriptor)
            throw error
        }
        if Glibc.close(descriptor) != 0 { throw TextInputError(source: path, problem: .unwritable(String(cString: strerror(errno)))) }
    }

    deinit { if descriptor >= 0 { _ = Glibc.close(descriptor) } }

    /// Writes `text` to a new file `path` in one call.
    package static func write(_ text: String, to path: String) throws(TextInputError) {
        let writer = try FileWriter(path)
        try writer.write(text)
        try writer.close()
    }
}
