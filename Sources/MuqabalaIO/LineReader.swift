import MuqabalaText
extension TextInput {
    /// Calls `body` with each line of `path` (or stdin for `-`), without its line end,
    /// and its 1-based line number. Streams: memory stays at one line plus one chunk.
    ///
    /// Lines are validated as they are read: invalid UTF-8 or a NUL byte throws a
    /// ``TextInputError`` naming the file and line. A leading BOM is removed; CRLF is
    /// accepted. A final line without a newline is still a line.
    ///
    /// - Returns: the number of bytes read, not counting a leading BOM (0 for an empty input,
    ///   or one holding nothing but a BOM).
    @discardableResult
    package static func forEachLine(of path: String, _ body: (String, Int) throws -> Void) throws -> Int {
        try forEachLineOfBytes(of: path) { bytes, number in
            try body(String(decoding: bytes, as: UTF8.self), number)
        }
    }

    /// ``forEachLine(of:_:)`` without making strings: `body` gets each validated line's
    /// UTF-8 bytes (valid only during the call).
    @discardableResult
    package static func forEachLineOfBytes(
        of path: String, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void
    ) throws -> Int {
        let name = displayName(path)
        var pending: [UInt8] = []
        var lineNumber = 0
        var totalBytes = 0
        var lineStartOffset = 0
        var bomBytes = 0

        func emit(_ bytes: UnsafeBufferPointer<UInt8>) throws {
            var line = bytes[...]
            if lineNumber == 0, line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3); bomBytes = 3 }
            if line.last == 0x0D { line = line.dropLast() }
            // Old Mac line ends (a lone CR) end lines too, as in ``readDocument(_:expecting:)``.
            while let cr = line.firstIndex(of: 0x0D) {
                try emitLine(UnsafeBufferPointer(rebasing: line[..<cr]))
                lineStartOffset += cr - line.startIndex + 1
                line = line[(cr + 1)...]
            }
            try emitLine(UnsafeBufferPointer(rebasing: line))
        }

        func emitLine(_ view: UnsafeBufferPointer<UInt8>) throws {
            lineNumber += 1
            do {
                try validate(view)
            } catch let problem {
                // Report the position in the whole input, on this line.
                switch problem {
                case .invalidUTF8(_, let offset):
                    throw TextInputError(source: name, problem: .invalidUTF8(line: lineNumber, byteOffset: lineStartOffset + offset))
                case .nulByte(_, let offset):
                    throw TextInputError(source: name, problem: .nulByte(line: lineNumber, byteOffset: lineStartOffset + offset))
                default:
                    throw TextInputError(source: name, problem: problem)
                }
            }
            try body(view, lineNumber)
        }

        try forEachChunk(of: path) { chunk in
            totalBytes += chunk.count
            var start = 0
            for k in 0..<chunk.count where chunk[k] == 0x0A {
                if pending.isEmpty {
                    try emit(UnsafeBufferPointer(rebasing: chunk[start..<k]))
                } else {
                    pending.append(contentsOf: chunk[start..<k])
                    try pending.withUnsafeBufferPointer { try emit($0) }
                    pending.removeAll(keepingCapacity: true)
                }
                lineStartOffset = totalBytes - chunk.count + k + 1
                start = k + 1
            }
            if start < chunk.count { pending.append(contentsOf: chunk[start...]) }
        }
        if !pending.isEmpty { try pending.withUnsafeBufferPointer { try emit($0) } }
        return totalBytes - bomBytes
    }
}
