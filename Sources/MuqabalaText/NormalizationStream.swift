import MuqabalaICU

/// Normalizes UTF-8 bytes chunk by chunk, with constant memory, validating as it goes.
///
/// Feed it chunks of any size (a chunk may end in the middle of a character) with
/// ``process(_:into:)`` and call ``finish(into:)`` at the end. Line endings are unified:
/// CRLF and lone CR become LF, and a BOM never reaches the output. Profiles with NFC hold
/// back the text after the last ASCII byte of a chunk (ASCII is always a composition
/// boundary), so even a 100 MB single line needs only chunk-sized memory.
public struct NormalizationStream: Sendable {
    let table: ScalarTable
    let composes: Bool
    let rejectNUL: Bool

    /// Bytes of an incomplete UTF-8 sequence at the end of the previous chunk.
    private var carry: [UInt8] = []
    /// Composition (NFC) is applied to this held-back tail before it is written.
    private var pendingCompose: [UInt8] = []
    private var pendingSpace = false
    private var atLineStart = true
    private var skipLineFeed = false
    /// 1-based line number and 0-based byte offset of the next input byte, for errors.
    public private(set) var line = 1
    public private(set) var byteOffset = 0

    /// - Parameters:
    ///   - normalizer: the normalization applied to each line.
    ///   - rejectNUL: treat a NUL byte as an error (files with NULs are binary, not text).
    public init(normalizer: Normalizer, rejectNUL: Bool = true) {
        self.table = normalizer.table
        self.composes = normalizer.composes
        self.rejectNUL = rejectNUL
    }

    /// Normalizes `input`, appending to `output`.
    /// - Throws: ``TextProblem`` on invalid UTF-8 or (if rejected) a NUL byte.
    public mutating func process(_ input: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(TextProblem) {
        guard let base = input.baseAddress, !input.isEmpty else { return }
        var start = 0
        if !carry.isEmpty {
            // Complete the sequence split across chunks, then go on with the rest.
            let need = ScalarDecoding.sequenceLength(carry[0]) - carry.count
            let take = min(need, input.count)
            carry.append(contentsOf: UnsafeBufferPointer(start: base, count: take))
            start = take
            if take < need { return }
            let piece = carry
            carry = []
            var mapped: [UInt8] = []
            do {
                try piece.withUnsafeBufferPointer { (p) throws(TextProblem) in
                    _ = try run(p, from: 0, isFinal: true, into: &mapped)
                }
            } catch {
                append(mapped, to: &output)   // what came before the problem is kept
                throw error
            }
            append(mapped, to: &output)
        }
        if !composes {
            // No held-back text: write straight into the output.
            output.reserveCapacity(output.count + input.count + 16)
            let consumed = try run(input, from: start, isFinal: false, into: &output)
            if consumed < input.count { carry = Array(input[consumed...]) }
            return
        }
        var mapped: [UInt8] = []
        mapped.reserveCapacity(input.count + input.count / 8 + 16)
        let consumed: Int
        do {
            consumed = try run(input, from: start, isFinal: false, into: &mapped)
        } catch {
            append(mapped, to: &output)   // what came before the problem is kept
            throw error
        }
        if consumed < input.count {
            carry = Array(input[consumed...])
        }
        append(mapped, to: &output)
    }

    /// Flushes held-back text.
    /// - Throws: ``TextProblem/invalidUTF8(line:byteOffset:)`` if the input ended inside a character.
    public mutating func finish(into output: inout [UInt8]) throws(TextProblem) {
        if !carry.isEmpty {
            throw .invalidUTF8(line: line, byteOffset: byteOffset)
        }
        if composes, !pendingCompose.isEmpty {
            output.append(contentsOf: Self.compose(pendingCompose))
            pendingCompose = []
        }
    }

    private mutating func append(_ mapped: [UInt8], to output: inout [UInt8]) {
        guard composes else {
            output.append(contentsOf: mapped)
            return
        }
        pendingCompose.append(contentsOf: mapped)
        // Everything before the last ASCII byte can be composed and written now.
        guard let cut = pendingCompose.lastIndex(where: { $0 < 0x80 }) else { return }
        let ready = Array(pendingCompose[..<cut])
        pendingCompose.removeFirst(cut)
        output.append(contentsOf: Self.compose(ready))
    }

    /// NFC, line by line: a line the quick check finds already composed (most) is copied;
    /// the others go through ICU, long mark runs sorted first (``CanonicalOrder``).
    private static func compose(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                var end = start
                while end < all.count && all[end] != 0x0A { end += 1 }
                if end < all.count { end += 1 }   // the newline stays with its line
                let line = UnsafeBufferPointer(rebasing: all[start..<end])
                if NFCQuickCheck.isNFC(line) {
                    output.append(contentsOf: line)
                } else {
                    let piece = Array(line)
                    let ordered = CanonicalOrder.presortingLongRuns(piece) ?? piece
                    output.append(contentsOf: (try? NormalizationForm.nfc.normalize(utf8: ordered)) ?? ordered)
                }
                start = end
            }
        }
        return output
    }

    /// The hot loop. Returns how many input bytes were consumed (all but an incomplete tail).
    private mutating func run(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, into out: inout [UInt8]
    ) throws(TextProblem) -> Int {
        // Output goes to a raw buffer (appending to the Array byte by byte cost a uniqueness
        // check per byte); it is copied to `out` once, also on a problem, so what came before
        // it is kept. The loop is a static function over plain values: state captured by
        // closures would be boxed and checked for exclusive access on every byte.
        var sink = OutputSink(capacity: (input.count - start) * 2 + 600, collapse: table.collapsesWhitespace,
                              pendingSpace: pendingSpace, atLineStart: atLineStart)
        var skipLineFeed = self.skipLineFeed, line = self.line
        var end = start
        var problem: TextProblem?
        let table = self.table, rejectNUL = self.rejectNUL
        table.ascii.withUnsafeBufferPointer { asciiMap in
            table.entries.withUnsafeBufferPointer { entryMap in
                table.pool.withUnsafeBufferPointer { pool in
                    let maps = Maps(ascii: asciiMap, entries: entryMap, pool: pool, table: table)
                    (end, problem) = Self.transduce(input, from: start, isFinal: isFinal, rejectNUL: rejectNUL, maps: maps,
                                                    sink: &sink, skipLineFeed: &skipLineFeed, line: &line)
                }
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(start: sink.buffer, count: sink.count))
        sink.buffer.deallocate()
        pendingSpace = sink.pendingSpace
        atLineStart = sink.atLineStart
        self.skipLineFeed = skipLineFeed
        self.line = line
        let offsetBase = byteOffset - start
        byteOffset += end - start
        switch problem {
        case nil: return end
        case let .invalidUTF8(line, offset)?: throw .invalidUTF8(line: line, byteOffset: offsetBase + offset)
        case let .nulByte(line, offset)?: throw .nulByte(line: line, byteOffset: offsetBase + offset)
        case let other?: throw other
        }
    }

    /// The scalar table's arrays, borrowed for one call of the loop.
    private struct Maps {
        let ascii: UnsafeBufferPointer<UInt8>
        let entries: UnsafeBufferPointer<UInt32>
        let pool: UnsafeBufferPointer<UInt8>
        let table: ScalarTable
    }

    /// Where the loop writes: a growable raw buffer, with whitespace collapsing when the
    /// profile asks for it (a space is held until something follows it on its line).
    private struct OutputSink {
        var buffer: UnsafeMutablePointer<UInt8>
        var capacity: Int
        var count = 0
        let collapse: Bool
        var pendingSpace: Bool
        var atLineStart: Bool

        init(capacity: Int, collapse: Bool, pendingSpace: Bool, atLineStart: Bool) {
            self.buffer = .allocate(capacity: capacity)
            self.capacity = capacity
            self.collapse = collapse
            self.pendingSpace = pendingSpace
            self.atLineStart = atLineStart
        }

        /// Room for `extra` more bytes. One input scalar writes at most 2 × 255 bytes (a
        /// replacement, each byte after a held space).
        @inline(__always) mutating func reserve(_ extra: Int = 512) {
            guard count + extra > capacity else { return }
            capacity = max(capacity * 2, count + extra)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = larger
        }

        /// A held space, if any, before what comes next.
        @inline(__always) mutating func releaseSpace() {
            if collapse && pendingSpace { buffer[count] = 0x20; count += 1; pendingSpace = false }
        }

        /// Copies `n` bytes that need no mapping (a run of kept scalars; no leading space).
        @inline(__always) mutating func copy(_ p: UnsafePointer<UInt8>, _ n: Int) {
            reserve(n + 8)
            releaseSpace()
            (buffer + count).update(from: p, count: n)
            count += n
            atLineStart = false
        }

        /// One output byte.
        @inline(__always) mutating func emit(_ byte: UInt8) {
            if collapse {
                if byte == 0x20 {
                    if !atLineStart { pendingSpace = true }
                    return
                }
                releaseSpace()
            }
            atLineStart = false
            buffer[count] = byte
            count += 1
        }

        @inline(__always) mutating func newline() {
            pendingSpace = false
            atLineStart = true
            buffer[count] = 0x0A
            count += 1
        }
    }

    /// Maps `input[start...]` into `sink`. Returns where it stopped (the end, the start of an
    /// incomplete tail, or a problem's byte) and the problem, if any (its byte offset counted
    /// in `input`).
    private static func transduce(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int, isFinal: Bool, rejectNUL: Bool, maps: Maps,
        sink: inout OutputSink, skipLineFeed: inout Bool, line: inout Int
    ) -> (end: Int, problem: TextProblem?) {
        let n = input.count
        guard let p = input.baseAddress, start < n else { return (start, nil) }
        let asciiMap = maps.ascii, entryMap = maps.entries, poolBytes = maps.pool
        let collapse = sink.collapse
        var i = start
        while i < n {
            // Fast path: a run of scalars the table leaves as they are (most letters, digits
            // and spaces) is copied in one go; a two-byte scalar replaced by 1–4 bytes without
            // a space (أ → ا, É → e) or deleted (a haraka) is written in passing and the run
            // goes on (the `key` profile replaces about a letter in five of Arabic text).
            // Only ASCII and two-byte scalars are looked at here.
            var j = i
            while j < n {
                let b = p[j]
                if b < 0x80 {
                    if asciiMap[Int(b)] == b {
                        if b != 0x20 || !collapse { j += 1; continue }
                        // Collapsing: one space between kept scalars stays as it is.
                        if j > i && p[j - 1] != 0x20 { j += 1; continue }
                    }
                    break
                }
                guard b >= 0xC2, b <= 0xDF, j + 1 < n else { break }
                let c = p[j + 1]
                guard c & 0xC0 == 0x80 else { break }
                let e = entryMap[Int(UInt32(b & 0x1F) << 6 | UInt32(c & 0x3F))]
                if e == ScalarTable.identity { j += 2; continue }
                if e == ScalarTable.delete {
                    // Where a space waits before it, the slow path decides (it may end a line).
                    guard !(collapse && j > i && p[j - 1] == 0x20) else { break }
                    if j > i { sink.copy(p + i, j - i) }
                } else {
                    let length = Int(e & 0xFF), off = Int(e >> 8) - 2
                    guard length >= 1, length <= 4, poolBytes[off] != 0x20, poolBytes[off + length - 1] != 0x20 else { break }
                    sink.copy(p + i, j - i)
                    (sink.buffer + sink.count).update(from: poolBytes.baseAddress! + off, count: length)
                    sink.count += length
                }
                skipLineFeed = false
                j += 2
                i = j
            }
            if collapse && j > i && p[j - 1] == 0x20 { j -= 1 }   // a trailing space waits
            if j > i {
                sink.copy(p + i, j - i)
                skipLineFeed = false
                i = j
                continue
            }
            if i == n { break }   // the run ended on a scalar written in passing
            sink.reserve()
            let b = p[i]
            if b < 0x80 {
                let m = asciiMap[Int(b)]
                if m < 0x80 {
                    skipLineFeed = false
                    sink.emit(m)
                } else if m == ScalarTable.asciiNewline {
                    if !skipLineFeed { sink.newline(); line += 1 }
                    skipLineFeed = false
                } else if m == ScalarTable.asciiReturn {
                    sink.newline()
                    line += 1
                    skipLineFeed = true
                } else if m == ScalarTable.asciiNUL {
                    if rejectNUL { return (i, .nulByte(line: line, byteOffset: i)) }
                    skipLineFeed = false
                    sink.emit(0)
                } else if m == ScalarTable.asciiExpand {
                    skipLineFeed = false
                    let e = entryMap[Int(b)]
                    let off = Int(e >> 8) - 2
                    for k in 0..<Int(e & 0xFF) { sink.emit(poolBytes[off + k]) }
                } else {
                    skipLineFeed = false   // deleted
                }
                i += 1
                continue
            }
            skipLineFeed = false
            let length = ScalarDecoding.sequenceLength(b)
            if length == 0 { return (i, .invalidUTF8(line: line, byteOffset: i)) }
            if i + length > n {
                if isFinal { return (i, .invalidUTF8(line: line, byteOffset: i)) }
                break   // incomplete tail: carried to the next chunk
            }
            guard let v = ScalarDecoding.decode(input, at: i, length: length) else {
                return (i, .invalidUTF8(line: line, byteOffset: i))
            }
            if v < 0x10000 {
                let e = entryMap[Int(v)]
                if e == ScalarTable.identity {
                    sink.copy(p + i, length)
                } else if e != ScalarTable.delete {
                    let off = Int(e >> 8) - 2
                    for k in 0..<Int(e & 0xFF) { sink.emit(poolBytes[off + k]) }
                }
            } else if let scalar = Unicode.Scalar(v) {
                if let replacement = maps.table.astral(scalar) {
                    for byte in replacement.utf8 { sink.emit(byte) }
                } else {
                    for k in 0..<length { sink.emit(p[i + k]) }
                }
            }
            i += length
        }
        return (i, nil)
    }
}

/// A problem found in input text; `TextInputError` adds the file name.
public enum TextProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// A byte sequence that is not UTF-8 (1-based line, 0-based byte offset in the input).
    case invalidUTF8(line: Int, byteOffset: Int)
    /// A NUL byte: the input is most likely a binary file.
    case nulByte(line: Int, byteOffset: Int)
    /// The input has no bytes, or nothing but white space and invisible controls.
    case empty
    /// The input is not in the language the command expected.
    case wrongLanguage(expected: String, found: String, expectedShare: Double)
    /// The input could not be opened or read.
    case unreadable(String)
    /// The output could not be written.
    case unwritable(String)
    /// The input cannot be used as given (the reason says why and what to do).
    case unusable(String)

    public var description: String {
        switch self {
        case let .invalidUTF8(line, offset):
            return "invalid UTF-8 at line \(line) (byte offset \(offset)); convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8"
        case let .nulByte(line, offset):
            return "NUL byte at line \(line) (byte offset \(offset)); this looks like a binary file, not text"
        case .empty:
            return "input is empty (no text to process)"
        case let .wrongLanguage(expected, found, share):
            let percent = Int((share * 100).rounded())
            return "expected \(expected) text but found mostly \(found) (\(percent)% \(expected) letters); check the file order or the --lang option"
        case let .unreadable(reason):
            return "cannot read: \(reason)"
        case let .unwritable(reason):
            return "cannot write: \(reason)"
        case let .unusable(reason):
            return reason
        }
    }
}

/// UTF-8 decoding with full validation (no overlongs, surrogates or values past U+10FFFF).
package enum ScalarDecoding {
    /// The length of the sequence a lead byte starts, or 0 if it cannot start one.
    @inline(__always)
    package static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0x00..<0x80: return 1
        case 0xC2...0xDF: return 2
        case 0xE0...0xEF: return 3
        case 0xF0...0xF4: return 4
        default: return 0
        }
    }

    /// Decodes the sequence of `length` bytes at `i`, or nil if it is malformed.
    @inline(__always)
    package static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> UInt32? {
        let b0 = UInt32(p[i])
        @inline(__always) func cont(_ k: Int) -> UInt32? {
            let b = p[i + k]
            return (b & 0xC0) == 0x80 ? UInt32(b & 0x3F) : nil
        }
        switch length {
        case 2:
            guard let c1 = cont(1) else { return nil }
            return (b0 & 0x1F) << 6 | c1
        case 3:
            guard let c1 = cont(1), let c2 = cont(2) else { return nil }
            let v = (b0 & 0x0F) << 12 | c1 << 6 | c2
            if v < 0x800 || (0xD800...0xDFFF).contains(v) { return nil }
            return v
        case 4:
            guard let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) else { return nil }
            let v = (b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if v < 0x10000 || v > 0x10FFFF { return nil }
            return v
        default:
            return nil
        }
    }
}
