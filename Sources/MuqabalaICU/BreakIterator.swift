import CICU

/// Text boundaries found by ICU's rule-based break iterators.
public enum TextBoundary: Int32, Sendable {
    case character = 0
    case word = 1
    case line = 2
    case sentence = 3
}

/// A boundary found by ICU, with the rule status ICU attached to it.
public struct Boundary: Equatable, Sendable {
    /// Offset in UTF-16 code units from the start of the text.
    public let utf16Offset: Int
    /// ICU's rule status for the boundary (for sentences: 0 = terminator, 100 = separator).
    public let ruleStatus: Int32
}

extension TextBoundary {
    /// All boundaries of this kind in `text` (UTF-16 offsets, including 0 and the end).
    ///
    /// - Parameters:
    ///   - utf16: the text as UTF-16 code units.
    ///   - locale: an ICU locale ID. `en@ss=standard` suppresses sentence breaks
    ///     after common English abbreviations ("Dr. Smith").
    public func boundaries(in utf16: [UInt16], locale: String) throws(ICUError) -> [Boundary] {
        var status: Int32 = 0
        let handle = utf16.withUnsafeBufferPointer { buffer in
            locale.withCString { mq_break_open(rawValue, $0, buffer.baseAddress, Int32(buffer.count), &status) }
        }
        try ICUError.check(status, "opening \(self) break iterator for locale \(locale)")
        guard let handle else { throw ICUError(code: 5, operation: "opening break iterator") }
        defer { mq_break_close(handle) }
        var result = [Boundary(utf16Offset: Int(mq_break_first(handle)), ruleStatus: 0)]
        while true {
            let next = mq_break_next(handle)
            if next < 0 { break }
            result.append(Boundary(utf16Offset: Int(next), ruleStatus: mq_break_rule_status(handle)))
        }
        return result
    }

    /// The pieces of `text` between consecutive boundaries.
    public func split(_ text: String, locale: String) throws(ICUError) -> [String] {
        let utf16 = Array(text.utf16)
        let bounds = try boundaries(in: utf16, locale: locale)
        var pieces: [String] = []
        pieces.reserveCapacity(bounds.count)
        for (start, end) in zip(bounds, bounds.dropFirst()) where end.utf16Offset > start.utf16Offset {
            pieces.append(String(decoding: utf16[start.utf16Offset..<end.utf16Offset], as: UTF16.self))
        }
        return pieces
    }
}

/// Unicode script of a scalar as ICU reports it, for the scripts the toolkit distinguishes.
public enum ScriptClass: Sendable, Equatable {
    case arabic, latin, common, inherited, other

    public init(_ scalar: Unicode.Scalar) {
        switch mq_script(Int32(bitPattern: scalar.value)) {
        case Int32(MQ_SCRIPT_ARABIC): self = .arabic
        case Int32(MQ_SCRIPT_LATIN): self = .latin
        case Int32(MQ_SCRIPT_COMMON): self = .common
        case Int32(MQ_SCRIPT_INHERITED): self = .inherited
        default: self = .other
        }
    }
}
