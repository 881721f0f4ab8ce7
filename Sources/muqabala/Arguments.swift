import ArgumentParser
import MuqabalaText
import MuqabalaIO

/// A command whose trailing arguments are a list of paths (corpus folders, documents, shards).
protocol TakesPaths: ParsableCommand {
    var paths: [String] { get set }
}

extension GlossaryCommand: TakesPaths {}
extension Report: TakesPaths {}

/// What the command line gets before swift-argument-parser sees it.
enum CommandLineArguments {
    /// Past this many, a trailing list of paths is held back from the parser, which takes
    /// time quadratic in the number of values of one array argument (10,000 paths: 3 s), and
    /// appended to the parsed command's paths: linear time whatever the number of files.
    static let heldBackThreshold = 256

    /// The arguments for the parser, and the trailing paths held back for a ``TakesPaths``
    /// command. Only plain values at the end are held back (nothing starting with `-`), and
    /// the first two stay with the parser (one may be the value of an option).
    static func split(_ arguments: [String], commands: [any TakesPaths.Type]) -> (parsed: [String], heldBack: [String]) {
        guard arguments.count > heldBackThreshold, let name = arguments.first,
              commands.contains(where: { $0._commandName == name }) else { return (arguments, []) }
        var start = arguments.endIndex
        while start > 1, !arguments[start - 1].hasPrefix("-") { start -= 1 }
        let keep = min(arguments.endIndex, start + 2)
        return (Array(arguments[..<keep]), Array(arguments[keep...]))
    }

    /// A file name that starts with one dash (`-dash.txt`) would be read as a group of short
    /// options (`-d -a -s -h`: help); one that exists is passed as `./-dash.txt`, as a
    /// coreutils user would write it, and so is one holding a `.` or `/` (never a group of
    /// option letters), so a missing one is named as a missing file. `-` (standard input)
    /// and `-x` options stay, and so do negative numbers (`-2.5`, an option's value).
    /// Arguments after `--` are values already, and `match` takes names, not files.
    static func protectingDashFileNames(_ arguments: [String]) -> [String] {
        guard arguments.first != Match._commandName else { return arguments }
        let end = arguments.firstIndex(of: "--") ?? arguments.endIndex
        return arguments.enumerated().map { k, argument in
            guard k < end, argument.count > 2, argument.hasPrefix("-"), !argument.hasPrefix("--"), Double(argument) == nil,
                  argument.contains(where: { $0 == "." || $0 == "/" }) || FileSystem.kind(of: argument) != nil else { return argument }
            return "./" + argument
        }
    }
}
