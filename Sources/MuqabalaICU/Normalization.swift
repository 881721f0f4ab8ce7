import CICU

/// A Unicode normalization form, backed by ICU's Normalizer2 singletons.
public enum NormalizationForm: Int32, Sendable, CaseIterable {
    case nfc = 0
    case nfd = 1
    case nfkc = 2
    case nfkd = 3
    /// NFKC with full case folding and removal of default-ignorable code points.
    case nfkcCasefold = 4
}

extension NormalizationForm {
    /// Normalizes UTF-16 text.
    public func normalize(_ utf16: [UInt16]) throws(ICUError) -> [UInt16] {
        if utf16.isEmpty { return [] }
        return try utf16.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
            try withPreflight(sourceCount: source.count, operation: "normalizing to \(self)") {
                dest, capacity, status in
                mq_normalize(rawValue, source.baseAddress, Int32(source.count), dest, capacity, &status)
            }
        }
    }

    /// Normalizes a string.
    public func normalize(_ text: String) throws(ICUError) -> String {
        String(decoding: try normalize(Array(text.utf16)), as: UTF16.self)
    }

    /// Normalizes valid UTF-8 bytes (conversions happen inside the C shim).
    public func normalize(utf8 bytes: [UInt8]) throws(ICUError) -> [UInt8] {
        if bytes.isEmpty { return [] }
        var capacity = bytes.count + bytes.count / 2 + 16
        for _ in 0..<3 {
            var status: Int32 = 0
            var written: Int32 = 0
            let result = [UInt8](unsafeUninitializedCapacity: capacity) { dest, count in
                written = bytes.withUnsafeBufferPointer {
                    mq_normalize_utf8(rawValue, $0.baseAddress, Int32($0.count), dest.baseAddress, Int32(capacity), &status)
                }
                count = status > 0 ? 0 : Int(written)
            }
            if status == mq_buffer_overflow_status() { capacity = Int(written) + 1; continue }
            try ICUError.check(status, "normalizing UTF-8 to \(self)")
            return result
        }
        throw ICUError(code: mq_buffer_overflow_status(), operation: "normalizing UTF-8")
    }

    /// Whether `text` is already in this form.
    public func isNormalized(_ text: String) throws(ICUError) -> Bool {
        let utf16 = Array(text.utf16)
        var status: Int32 = 0
        let result = utf16.withUnsafeBufferPointer {
            mq_is_normalized(rawValue, $0.baseAddress, Int32($0.count), &status)
        }
        try ICUError.check(status, "checking \(self)")
        return result != 0
    }
}

/// Full Unicode case folding (ICU `u_strFoldCase`), e.g. "Straße" → "strasse".
public func foldCase(_ text: String) throws(ICUError) -> String {
    let utf16 = Array(text.utf16)
    if utf16.isEmpty { return "" }
    let folded = try utf16.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
        try withPreflight(sourceCount: source.count, operation: "case folding") { dest, capacity, status in
            mq_fold_case(source.baseAddress, Int32(source.count), dest, capacity, &status)
        }
    }
    return String(decoding: folded, as: UTF16.self)
}

/// Whether a code point passes ICU's NFC quick check with a definite yes (a text of such
/// code points whose combining marks are in canonical order is NFC).
public func nfcQuickCheckYes(_ codePoint: UInt32) -> Bool {
    mq_nfc_quick_check(Int32(bitPattern: codePoint)) == 1
}
