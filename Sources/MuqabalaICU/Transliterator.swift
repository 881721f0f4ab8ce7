import CICU
import Synchronization

/// An ICU transliterator, opened from a system ID (`Arabic-Latin`) or from custom rules.
///
/// The handle is released when the value is deallocated. A `Transliterator` is safe to
/// share between tasks: calls are serialized by a lock, because ICU transliterators
/// are not documented as safe for concurrent use.
public final class Transliterator: Sendable {
    /// The ICU handle; only touched while `lock` is held (or in `deinit`).
    private nonisolated(unsafe) let handle: OpaquePointer
    private let lock = Mutex<Void>(())
    /// The ID the transliterator was opened with.
    public let id: String

    /// Opens a system transliterator, e.g. `Transliterator(id: "Arabic-Latin")`.
    /// - Parameters:
    ///   - id: an ICU transform ID ("Arabic-Latin", "Any-NFKC") or compound ID.
    ///   - reverse: open the inverse transform.
    public init(id: String, reverse: Bool = false) throws(ICUError) {
        let idUnits = Array(id.utf16)
        var status: Int32 = 0
        let pointer = idUnits.withUnsafeBufferPointer {
            mq_translit_open($0.baseAddress, Int32($0.count), reverse ? 1 : 0, &status)
        }
        try ICUError.check(status, "opening transliterator \(id)")
        guard let pointer else { throw ICUError(code: 5 /* U_INTERNAL_PROGRAM_ERROR */, operation: "opening \(id)") }
        self.handle = pointer
        self.id = id
    }

    /// Compiles a transliterator from ICU transform rules.
    /// - Throws: `ICUError` naming the rule line and offset on a syntax error.
    public init(id: String, rules: String, reverse: Bool = false) throws(ICUError) {
        let idUnits = Array(id.utf16)
        let ruleUnits = Array(rules.utf16)
        var status: Int32 = 0
        var line: Int32 = 0
        var offset: Int32 = 0
        let pointer = idUnits.withUnsafeBufferPointer { idBuffer in
            ruleUnits.withUnsafeBufferPointer { ruleBuffer in
                mq_translit_open_rules(
                    idBuffer.baseAddress, Int32(idBuffer.count),
                    ruleBuffer.baseAddress, Int32(ruleBuffer.count),
                    reverse ? 1 : 0, &line, &offset, &status)
            }
        }
        if status > 0 {
            throw ICUError(code: status, operation: "compiling transliterator rules \(id)",
                           location: (Int(line), Int(offset)))
        }
        guard let pointer else { throw ICUError(code: 5, operation: "compiling \(id)") }
        self.handle = pointer
        self.id = id
    }

    deinit {
        mq_translit_close(handle)
    }

    /// Transliterates `text`.
    public func transform(_ text: String) throws(ICUError) -> String {
        let source = Array(text.utf16)
        if source.isEmpty { return "" }
        var capacity = source.count * 2 + 16
        while true {
            var status: Int32 = 0
            var length = Int32(source.count)
            var buffer = source
            buffer.append(contentsOf: repeatElement(0, count: capacity - source.count))
            buffer.withUnsafeMutableBufferPointer { pointer in
                lock.withLock { _ in
                    mq_translit_transform(handle, pointer.baseAddress, &length, Int32(capacity), &status)
                }
            }
            if status == mq_buffer_overflow_status() && capacity < source.count * 64 + 1024 {
                capacity *= 4
                continue
            }
            try ICUError.check(status, "transliterating with \(id)")
            return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
        }
    }
}
