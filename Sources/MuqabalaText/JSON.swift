/// Minimal JSON writing with a fixed key order (for JSON Lines contracts and stable diffs).
public enum JSON {
    /// A JSON string literal, escaped per RFC 8259.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number with at most three decimals (scores, figures).
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        let thousandths = (value * 1000).rounded()
        if thousandths == thousandths.rounded(.towardZero), abs(thousandths) < 1e15,
           Int(thousandths) % 1000 == 0 {
            return String(Int(thousandths) / 1000)
        }
        var text = String(thousandths / 1000)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// A JSON array of strings.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    /// A JSON array of integers.
    public static func array(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ", ") + "]"
    }

    /// An object from already-encoded values, keys in the given order.
    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}

/// Escaping for XML text and attribute values (TMX, TBX, HTML).
public enum XML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // XML 1.0 forbids most C0 controls.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// Why a JSON line could not be read.
public struct JSONScanError: Error, Equatable, Sendable, CustomStringConvertible {
    public let offset: Int
    public let reason: String
    public var description: String { "\(reason) at byte \(offset)" }
}

extension JSON {
    /// Finds the string value of a top-level field of a JSON object, without parsing the
    /// rest of the line: the byte range of the string literal (with its quotes) and its
    /// decoded value. Nil when the object has no such field, or its value is not a string.
    public static func stringField(_ field: String, in bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanError) -> (range: Range<Int>, value: String)? {
        var i = 0
        let n = bytes.count
        func fail(_ reason: String) -> JSONScanError { JSONScanError(offset: i, reason: reason) }
        func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 } }
        /// Scans a string literal starting at `i` (a quote); returns its decoded value.
        func string() throws(JSONScanError) -> String {
            guard i < n, bytes[i] == 0x22 else { throw fail("expected a string") }
            i += 1
            var out: [UInt8] = []
            while i < n {
                let b = bytes[i]
                if b == 0x22 { i += 1; return String(decoding: out, as: UTF8.self) }
                if b == 0x5C {
                    guard i + 1 < n else { throw fail("unfinished escape") }
                    let e = bytes[i + 1]
                    i += 2
                    switch e {
                    case 0x22, 0x5C, 0x2F: out.append(e)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x6E: out.append(0x0A)
                    case 0x72: out.append(0x0D)
                    case 0x74: out.append(0x09)
                    case 0x75:
                        func hex4() throws(JSONScanError) -> UInt32 {
                            guard i + 4 <= n, let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16) else {
                                throw fail("bad \\u escape")
                            }
                            i += 4
                            return v
                        }
                        var v = try hex4()
                        if (0xD800...0xDBFF).contains(v), i + 1 < n, bytes[i] == 0x5C, bytes[i + 1] == 0x75 {
                            i += 2
                            let low = try hex4()
                            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                        }
                        out.append(contentsOf: Array(String(Unicode.Scalar(v).map(Character.init) ?? "\u{FFFD}").utf8))
                    default: throw fail("bad escape")
                    }
                    continue
                }
                out.append(b)
                i += 1
            }
            throw fail("unterminated string")
        }
        /// Skips any value.
        func skipValue() throws(JSONScanError) {
            skipSpace()
            guard i < n else { throw fail("expected a value") }
            if bytes[i] == 0x22 { _ = try string(); return }
            if bytes[i] == 0x7B || bytes[i] == 0x5B {
                var depth = 0
                while i < n {
                    let b = bytes[i]
                    if b == 0x22 { _ = try string(); continue }
                    if b == 0x7B || b == 0x5B { depth += 1 }
                    if b == 0x7D || b == 0x5D { depth -= 1; if depth == 0 { i += 1; return } }
                    i += 1
                }
                throw fail("unterminated object or array")
            }
            while i < n, bytes[i] != 0x2C, bytes[i] != 0x7D, bytes[i] != 0x5D { i += 1 }
        }
        skipSpace()
        guard i < n, bytes[i] == 0x7B else { throw fail("not a JSON object") }
        i += 1
        while true {
            skipSpace()
            guard i < n else { throw fail("unterminated object") }
            if bytes[i] == 0x7D { return nil }
            let key = try string()
            skipSpace()
            guard i < n, bytes[i] == 0x3A else { throw fail("expected ':'") }
            i += 1
            skipSpace()
            if key == field, i < n, bytes[i] == 0x22 {
                let start = i
                let value = try string()
                return (start..<i, value)
            }
            try skipValue()
            skipSpace()
            guard i < n else { throw fail("unterminated object") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { return nil }
            throw fail("expected ',' or '}'")
        }
    }
}
