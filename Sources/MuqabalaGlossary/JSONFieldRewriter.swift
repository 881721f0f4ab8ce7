import MuqabalaText
import MuqabalaIO

/// Canonicalizes one string field of JSON Lines objects, streaming: the field's value is
/// decoded, rewritten by a ``Canonicalizer`` and encoded again; the rest of the line is
/// copied byte for byte. Reuses its buffers from line to line, so build one per stream.
///
/// ```swift
/// var rewriter = JSONFieldRewriter(canonicalizer, field: "text")
/// var out: [UInt8] = []
/// try Array(#"{"id": 1, "text": "the Hashd al-Shaabi"}"#.utf8).withUnsafeBufferPointer {
///     _ = try rewriter.rewrite($0, into: &out)   // {"id": 1, "text": "the Popular Mobilization Forces"}
/// }
/// ```
package struct JSONFieldRewriter: Sendable {
    package let canonicalizer: Canonicalizer
    package let field: String
    private var value: [UInt8] = []
    private var rewritten: [UInt8] = []

    package init(_ canonicalizer: Canonicalizer, field: String) {
        self.canonicalizer = canonicalizer
        self.field = field
    }

    /// Appends `line` (one JSON object, no newline) to `output` with its field canonicalized.
    /// - Returns: how many names were rewritten, or nil when the object has no string field
    ///   `field` (the line is then appended unchanged).
    /// - Throws: ``JSONScanError`` when the line is not a JSON object; `output` is untouched.
    package mutating func rewrite(_ line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(JSONScanError) -> Int? {
        guard let range = try JSON.stringField(field, in: line, value: &value) else {
            output.append(contentsOf: line)
            return nil
        }
        rewritten.removeAll(keepingCapacity: true)
        let count = value.withUnsafeBufferPointer { canonicalizer.rewrite($0, into: &rewritten) }
        output.append(contentsOf: line[..<range.lowerBound])
        rewritten.withUnsafeBufferPointer { JSON.appendString($0, to: &output) }
        output.append(contentsOf: line[range.upperBound...])
        return count
    }
}
