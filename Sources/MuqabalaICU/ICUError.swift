import CICU

/// An error reported by ICU, carrying ICU's own name for it (e.g. `U_INVALID_FORMAT_ERROR`).
public struct ICUError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU's numeric `UErrorCode`.
    public let code: Int32
    /// ICU's name for `code`, from `u_errorName`.
    public let name: String
    /// What the toolkit was doing when ICU failed.
    public let operation: String
    /// For rule syntax errors: the line and offset ICU pointed at.
    public let location: (line: Int, offset: Int)?

    public init(code: Int32, operation: String, location: (line: Int, offset: Int)? = nil) {
        self.code = code
        self.name = String(cString: mq_error_name(code))
        self.operation = operation
        self.location = location
    }

    public var description: String {
        var text = "ICU error \(name) while \(operation)"
        if let location { text += " (rule line \(location.line), offset \(location.offset))" }
        return text
    }

    public static func == (lhs: ICUError, rhs: ICUError) -> Bool {
        lhs.code == rhs.code && lhs.operation == rhs.operation
            && lhs.location?.line == rhs.location?.line && lhs.location?.offset == rhs.location?.offset
    }

    /// Throws when `status` is an ICU failure (> 0); warnings (< 0) are not errors.
    static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if status > 0 { throw ICUError(code: status, operation: operation()) }
    }
}

/// Facts about the linked ICU library.
public enum ICU {
    /// The version of the system ICU this build links, e.g. "72.1".
    public static var version: String { String(cString: mq_icu_version()) }

    /// Number of ICU handles (transliterators, break iterators) currently open through the shim.
    /// Tests use it to prove the wrappers release everything they open.
    package static var liveHandles: Int { Int(mq_live_handles()) }
}

/// Runs an ICU function that writes UTF-16 into a caller buffer with preflighting:
/// it is called once with a guess, and again with the exact size if that was too small.
@inline(__always)
func withPreflight(
    sourceCount: Int, operation: String,
    _ body: (UnsafeMutablePointer<UInt16>?, Int32, inout Int32) -> Int32
) throws(ICUError) -> [UInt16] {
    var capacity = max(16, sourceCount + sourceCount / 4 + 8)
    for _ in 0..<3 {
        var status: Int32 = 0
        var written: Int32 = 0
        let buffer = [UInt16](unsafeUninitializedCapacity: capacity) { pointer, count in
            written = body(pointer.baseAddress, Int32(capacity), &status)
            count = (status > 0) ? 0 : Int(min(written, Int32(capacity)))
        }
        if status == mq_buffer_overflow_status() {
            capacity = Int(written) + 1
            continue
        }
        try ICUError.check(status, operation)
        return buffer
    }
    throw ICUError(code: mq_buffer_overflow_status(), operation: operation)
}
