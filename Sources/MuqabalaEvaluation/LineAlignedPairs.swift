import MuqabalaText

/// A development document pair whose line i in English translates line i in Arabic
/// (the WMT24++ layout: `NAME/en.txt`, `NAME/ar.txt`, one paragraph per line).
public struct LineAlignedPair: Sendable {
    public var name: String
    public var english: [String]
    public var arabic: [String]

    public init(name: String, english: [String], arabic: [String]) {
        self.name = name
        self.english = english
        self.arabic = arabic
    }

    /// Every pair in `directory`, in name order, keeping those whose position in that order
    /// `including` accepts (a tuning / held-out split).
    /// - Throws: if there is none, or a pair is unreadable or not line-aligned.
    public static func read(directory: String, including: (Int) -> Bool = { _ in true }) throws -> [LineAlignedPair] {
        let names = try FileSystem.list(directory).sorted().filter {
            FileSystem.kind(of: "\(directory)/\($0)/en.txt") == .file
        }.enumerated().filter { including($0.offset) }.map(\.element)
        if names.isEmpty {
            throw TextInputError(source: directory, problem: .unreadable("no NAME/en.txt and NAME/ar.txt pairs found"))
        }
        return try names.map { name in
            let english = lines(try TextInput.readDocument("\(directory)/\(name)/en.txt", expecting: .latin))
            let arabic = lines(try TextInput.readDocument("\(directory)/\(name)/ar.txt", expecting: .arabic))
            guard english.count == arabic.count else {
                throw TextInputError(source: "\(directory)/\(name)",
                                     problem: .unreadable("en.txt has \(english.count) lines, ar.txt \(arabic.count): not line-aligned"))
            }
            return LineAlignedPair(name: name, english: english, arabic: arabic)
        }
    }

    /// The lines of a document, without the empty one after a final newline.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
