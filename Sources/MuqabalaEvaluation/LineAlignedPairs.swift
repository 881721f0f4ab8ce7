import MuqabalaLexicon
import MuqabalaText
import MuqabalaIO

/// A development document pair whose line i in English translates line i in Arabic
/// (the WMT24++ layout: `NAME/en.txt`, `NAME/ar.txt`, one paragraph per line).
package struct LineAlignedPair: Sendable {
    package var name: String
    package var english: [String]
    package var arabic: [String]

    package init(name: String, english: [String], arabic: [String]) {
        self.name = name
        self.english = english
        self.arabic = arabic
    }

    /// Every pair in `directory`, in name order, keeping those whose position in that order
    /// `including` accepts (a tuning / held-out split).
    /// - Throws: if there is none, or a pair is unreadable or not line-aligned.
    package static func read(directory: String, including: (Int) -> Bool = { _ in true }) throws -> [LineAlignedPair] {
        let names = try FileSystem.list(directory).sorted().filter {
            FileSystem.kind(of: "\(directory)/\($0)/en.txt") == .file
        }.enumerated().filter { including($0.offset) }.map(\.element)
        if names.isEmpty {
            throw TextInputError(source: directory, problem: .unreadable("no NAME/en.txt and NAME/ar.txt pairs found"))
        }
        return try names.map { name in
            let (english, arabic) = try TrainingData.lineAlignedLines(english: "\(directory)/\(name)/en.txt",
                                                                     arabic: "\(directory)/\(name)/ar.txt")
            return LineAlignedPair(name: name, english: english, arabic: arabic)
        }
    }
}
