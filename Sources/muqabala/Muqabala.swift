import ArgumentParser
import Dispatch
import MuqabalaText
import MuqabalaIO
#if canImport(Glibc)
import Glibc
#endif

@main
struct Muqabala: ParsableCommand {
    static func main() {
        Interruption.install()
        let arguments = CommandLineArguments.protectingDashFileNames(Array(CommandLine.arguments.dropFirst()))
        let (parsed, heldBack) = CommandLineArguments.split(arguments, commands: [GlossaryCommand.self, Report.self])
        do {
            var command = try parseAsRoot(parsed)
            if !heldBack.isEmpty, var withPaths = command as? any TakesPaths {
                withPaths.paths += heldBack
                try withPaths.validate()
                command = withPaths
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "muqabala",
        abstract: "Collate the Arabic and English versions of a text.",
        discussion: """
            Normalize and transliterate Arabic and English text, and match names across \
            scripts. Every command reads a file or `-` (standard input) and writes to \
            standard output; errors go to standard error with a nonzero exit status.
            """,
        subcommands: [Report.self, Align.self, Gaps.self, GlossaryCommand.self, Canonicalize.self, Normalize.self, Translit.self, Match.self, Lexicon.self, Evaluate.self, Bench.self]
    )
}

/// SIGINT, SIGTERM and SIGHUP remove what the run was writing (staging folders, temporary
/// files, locks: ``InterruptCleanup``), then end the process with the signal's usual status.
/// The signals are taken by dispatch sources, so the clean-up runs as ordinary code, not in a
/// signal handler.
enum Interruption {
    /// Installs the handlers (once; they live as long as the process).
    static func install() { _ = sources }

    nonisolated(unsafe) private static let sources: [any DispatchSourceSignal] = [SIGINT, SIGTERM, SIGHUP].compactMap { number in
        // A signal the caller ignores stays ignored (`nohup` ignores SIGHUP; background jobs
        // of a non-interactive shell ignore SIGINT).
        let previous = signal(number, SIG_IGN)
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { return nil }
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        source.setEventHandler {
            InterruptCleanup.removeAll()
            // Die of the signal, as the caller expects (dispatch may have blocked it in
            // this thread, so unblock it first); 128 + signal if that does not end us.
            signal(number, SIG_DFL)
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, number)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            raise(number)
            _exit(128 + number)
        }
        source.resume()
        return source
    }
}
