import MuqabalaText
import Foundation

/// Minimal JSON writing with a fixed key order (for JSON Lines contracts and stable diffs).
package enum JSON {
    /// A JSON string literal, escaped per RFC 8259.
    package static func string(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        if text.utf8.withContiguousStorageIfAvailable({ appendString($0, to: &out) }) == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendString($0, to: &out) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON string literal of valid UTF-8 `bytes` to `out` (what ``string(_:)``
    /// returns): quotes, backslashes and control characters escaped, and U+2028/U+2029 too
    /// (JavaScript ends lines there).
    package static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        func appendEscape(_ v: Int) {
            out.append(contentsOf: [0x5C, 0x75])   // \u
            for shift in [12, 8, 4, 0] { out.append(hexDigits[(v >> shift) & 0xF]) }
        }
        out.append(0x22)
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            switch b {
            case 0x22, 0x5C: out.append(0x5C); out.append(b)
            case 0x0A: out.append(0x5C); out.append(0x6E)   // \n
            case 0x0D: out.append(0x5C); out.append(0x72)   // \r
            case 0x09: out.append(0x5C); out.append(0x74)   // \t
            case 0..<0x20: appendEscape(Int(b))
            case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                appendEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029)   // E2 80 A8/A9
                i += 2
            default: out.append(b)
            }
            i += 1
        }
        out.append(0x22)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A JSON number with at most three decimals (scores, figures).
    package static func number(_ value: Double) -> String {
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
    package static func array(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }

    /// A JSON array of integers.
    package static func array(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ", ") + "]"
    }

    /// An object from already-encoded values, keys in the given order.
    package static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }
}

/// Escaping for XML text and attribute values (TMX, TBX, HTML).
package enum XML {
    package static func escape(_ text: String) -> String {
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
package struct JSONScanError: Error, Equatable, Sendable, CustomStringConvertible {
    package let offset: Int
    package let reason: String
    package var description: String { "\(reason) at byte \(offset)" }
}

extension JSON {
    /// Finds the string value of a top-level field of a JSON object, without parsing the
    /// rest of the line: the byte range of the string literal (with its quotes) and its
    /// decoded value. Nil when the object has no such field, or its value is not a string.
    package static func stringField(_ field: String, in bytes: UnsafeBufferPointer<UInt8>) throws(JSONScanError) -> (range: Range<Int>, value: String)? {
        var value: [UInt8] = []
        guard let range = try stringField(field, in: bytes, value: &value) else { return nil }
        return (range, String(decoding: value, as: UTF8.self))
    }

    /// ``stringField(_:in:)`` without making strings, for streaming many lines: replaces the
    /// contents of `value` with the field's decoded UTF-8 bytes and returns the literal's range.
    package static func stringField(_ field: String, in bytes: UnsafeBufferPointer<UInt8>,
                                   value: inout [UInt8]) throws(JSONScanError) -> Range<Int>? {
        value.removeAll(keepingCapacity: true)
        var i = 0
        let n = bytes.count
        func fail(_ reason: String) -> JSONScanError { JSONScanError(offset: i, reason: reason) }
        func skipSpace() { while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 } }
        /// Scans a string literal starting at `i` (a quote); appends its decoded bytes to `out` if `store`.
        func string(_ out: inout [UInt8], store: Bool) throws(JSONScanError) {
            guard i < n, bytes[i] == 0x22 else { throw fail("expected a string") }
            i += 1
            while i < n {
                let b = bytes[i]
                if b == 0x22 { i += 1; return }
                if b == 0x5C {
                    guard i + 1 < n else { throw fail("unfinished escape") }
                    let e = bytes[i + 1]
                    i += 2
                    let decoded: UInt8
                    switch e {
                    case 0x22, 0x5C, 0x2F: decoded = e
                    case 0x62: decoded = 0x08
                    case 0x66: decoded = 0x0C
                    case 0x6E: decoded = 0x0A
                    case 0x72: decoded = 0x0D
                    case 0x74: decoded = 0x09
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
                        if store { out.append(contentsOf: String(Unicode.Scalar(v).map(Character.init) ?? "\u{FFFD}").utf8) }
                        continue
                    default: throw fail("bad escape")
                    }
                    if store { out.append(decoded) }
                    continue
                }
                if store { out.append(b) }
                i += 1
            }
            throw fail("unterminated string")
        }
        var key: [UInt8] = [], skipped: [UInt8] = []
        /// Skips any value.
        func skipValue() throws(JSONScanError) {
            skipSpace()
            guard i < n else { throw fail("expected a value") }
            if bytes[i] == 0x22 { try string(&skipped, store: false); return }
            if bytes[i] == 0x7B || bytes[i] == 0x5B {
                var depth = 0
                while i < n {
                    let b = bytes[i]
                    if b == 0x22 { try string(&skipped, store: false); continue }
                    if b == 0x7B || b == 0x5B { depth += 1 }
                    if b == 0x7D || b == 0x5D { depth -= 1; if depth == 0 { i += 1; return } }
                    i += 1
                }
                throw fail("unterminated object or array")
            }
            while i < n, bytes[i] != 0x2C, bytes[i] != 0x7D, bytes[i] != 0x5D { i += 1 }
        }
        let fieldIsASCII = field.utf8.allSatisfy { $0 < 0x80 }
        skipSpace()
        guard i < n, bytes[i] == 0x7B else { throw fail("not a JSON object") }
        i += 1
        while true {
            skipSpace()
            guard i < n else { throw fail("unterminated object") }
            if bytes[i] == 0x7D { return nil }
            key.removeAll(keepingCapacity: true)
            try string(&key, store: true)
            // Keys compare as strings do (canonical equivalence), which bytes decide when both are ASCII.
            let isField = field.utf8.elementsEqual(key)
                || (!(fieldIsASCII && key.allSatisfy { $0 < 0x80 }) && String(decoding: key, as: UTF8.self) == field)
            skipSpace()
            guard i < n, bytes[i] == 0x3A else { throw fail("expected ':'") }
            i += 1
            skipSpace()
            if isField, i < n, bytes[i] == 0x22 {
                let start = i
                try string(&value, store: true)
                return start..<i
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

/// The one JSON encoder and decoder configuration for the toolkit's `Codable` contracts:
/// sorted keys (stable diffs), no escaped slashes.
package enum JSONCoding {
    package static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try JSONDecoder().decode(type, from: Data(bytes))
    }
}
