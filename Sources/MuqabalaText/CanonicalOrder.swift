import MuqabalaICU

/// Canonical ordering of long runs of combining marks before ICU composes text.
///
/// NFC puts each run of combining marks (non-starters) in canonical order, a stable sort by
/// combining class. ICU sorts by insertion, which is quadratic in the run's length: 100,000
/// harakat in a row took 20 s. Real text never has more than a few marks on a letter, but
/// hostile or corrupt input can, so runs longer than ``longRun`` are sorted here first (a
/// stable O(n log n) sort by the same key gives the same order), and ICU then only appends.
enum CanonicalOrder {
    /// Runs up to this many marks are left to ICU (cheap at that size).
    static let longRun = 16

    /// Whether each BMP scalar has a nonzero canonical combining class (one bit per scalar).
    private static let nonStarters: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 65536 / 64)
        for v in 0..<65536 {
            if let scalar = Unicode.Scalar(UInt32(v)), scalar.properties.canonicalCombiningClass.rawValue != 0 {
                bits[v >> 6] |= 1 << UInt64(v & 63)
            }
        }
        return bits
    }()

    @inline(__always)
    private static func combiningClass(_ v: UInt32, _ bits: UnsafeBufferPointer<UInt64>) -> UInt8 {
        if v < 0x300 { return 0 }
        if v < 0x10000, bits[Int(v) >> 6] & (1 << UInt64(v & 63)) == 0 { return 0 }
        return Unicode.Scalar(v)?.properties.canonicalCombiningClass.rawValue ?? 0
    }

    /// `bytes` (valid UTF-8) with every run of more than ``longRun`` combining marks stably
    /// sorted by combining class; nil when there is no such run (the common case).
    static func presortingLongRuns(_ bytes: [UInt8]) -> [UInt8]? {
        nonStarters.withUnsafeBufferPointer { bits in bytes.withUnsafeBufferPointer { presortingLongRuns($0, bits) } }
    }

    private static func presortingLongRuns(_ bytes: UnsafeBufferPointer<UInt8>, _ bits: UnsafeBufferPointer<UInt64>) -> [UInt8]? {
        // One pass to find long runs, decoding only non-ASCII scalars.
        var runStart = -1, runLength = 0, found = false
        var k = 0
        var ranges: [Range<Int>] = []
        while k < bytes.count {
            let (v, length) = decode(bytes, at: k)
            if combiningClass(v, bits) != 0 {
                if runLength == 0 { runStart = k }
                runLength += 1
            } else {
                if runLength > longRun { ranges.append(runStart..<k); found = true }
                runLength = 0
            }
            k += length
        }
        if runLength > longRun { ranges.append(runStart..<bytes.count); found = true }
        guard found else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var done = 0
        for range in ranges {
            output.append(contentsOf: bytes[done..<range.lowerBound])
            var marks: [(cc: UInt8, scalar: UInt32)] = []
            var i = range.lowerBound
            while i < range.upperBound {
                let (v, length) = decode(bytes, at: i)
                marks.append((combiningClass(v, bits), v))
                i += length
            }
            // Stable: Swift's sort is stable (introsort was replaced by a stable merge sort).
            marks.sort { $0.cc < $1.cc }
            for mark in marks { output.append(contentsOf: String(Unicode.Scalar(mark.scalar)!).utf8) }
            done = range.upperBound
        }
        output.append(contentsOf: bytes[done...])
        return output
    }

    /// The scalar at `k` in valid UTF-8 and its length in bytes (``ScalarDecoding``).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (UInt32, Int) {
        let length = ScalarDecoding.sequenceLength(bytes[k])
        return (ScalarDecoding.decode(bytes, at: k, length: length) ?? 0xFFFD, length)
    }
}

/// Telling, without ICU, that UTF-8 text is already in NFC (most text is), so composing can
/// skip the conversion to UTF-16 and back: every BMP scalar passes the NFC quick check with
/// a definite yes and the combining classes never decrease inside a run of marks (the quick
/// check algorithm of UAX #15). Anything else (a "maybe", a scalar beyond the BMP) says
/// "not known", and ICU decides.
enum NFCQuickCheck {
    /// Per BMP scalar: 0 if it fails the quick check, else 1 + its combining class (≤ 255 → clamped).
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(UInt32(v)), nfcQuickCheckYes(UInt32(v)) else { continue }
            t[v] = UInt8(min(254, Int(scalar.properties.canonicalCombiningClass.rawValue))) + 1
        }
        return t
    }()

    /// True when `p` (valid UTF-8) is certainly NFC.
    static func isNFC(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        table.withUnsafeBufferPointer { t in
            var lastClass: UInt8 = 1   // "starter"
            var k = 0
            while k < p.count {
                if p[k] < 0x80 { k += 1; lastClass = 1; continue }
                let (v, length) = CanonicalOrder.decode(p, at: k)
                k += length
                guard v < 0x10000 else { return false }
                let entry = t[Int(v)]
                if entry == 0 { return false }
                if entry > 1 && entry < lastClass { return false }
                lastClass = entry
            }
            return true
        }
    }
}
