import ArgumentParser
import MuqabalaText
import MuqabalaIO

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Normalize Arabic and English text, line by line, streaming.",
        discussion: """
            Profiles:
              display  only what never changes meaning: invisible controls, tatweel, NFC
              search   orthographic folding: alef/ya/ta marbuta/hamza forms, tashkeel, digits,
                       Arabic punctuation, Latin case and diacritics
              key      search + apostrophes removed, punctuation to spaces, spaces collapsed

            Example:
              $ echo 'Abu Ala’ al-Wala’i / أبو علاءٍ الولائيّ' | muqabala normalize --profile key
              abu ala al walai ابو علاء الولايي
            """
    )

    @Option(help: "display, search or key.")
    var profile: NormalizationProfile = .search

    @Option(help: "ar, en or auto. With ar or en, steps for the other script are skipped and the input must be mostly in that language.")
    var lang: NormalizationLanguage = .auto

    @Option(help: ArgumentHelp("Comma-separated steps instead of a profile (see --list-steps).", valueName: "steps"))
    var steps: String?

    @Flag(help: "List the normalization steps and exit.")
    var listSteps = false

    @Argument(help: "Input file, or - for standard input.")
    var file: String = "-"

    func run() throws {
        if listSteps {
            var output = Output()
            for step in NormalizationStep.allCases { output.line(step.rawValue) }
            output.flush()
            return
        }
        try reportingErrors("normalize") {
            let normalizer: Normalizer
            if let steps {
                let parsed = try steps.split(separator: ",").map { name in
                    guard let step = NormalizationStep(rawValue: String(name.trimmingPrefix(" "))) else {
                        throw CLIError("unknown step '\(name)'; see --list-steps")
                    }
                    return step
                }
                normalizer = Normalizer(steps: parsed, language: lang)
            } else {
                normalizer = Normalizer(profile: profile, language: lang)
            }
            try normalizeStream(normalizer)
        }
    }

    private func normalizeStream(_ normalizer: Normalizer) throws {
        let source = TextInput.displayName(file)
        var stream = NormalizationStream(normalizer: normalizer)
        var output = Output()
        var mapped: [UInt8] = []
        var total = 0
        var bom = 0
        try TextInput.forEachChunk(of: file) { chunk in
            if total == 0, chunk.starts(with: [0xEF, 0xBB, 0xBF]) { bom = 3 }
            if total == 0, let expected = expectedScript {
                // Check the language on the first chunk, before anything is written.
                try ScriptCounts(String(decoding: chunk, as: UTF8.self)).check(expecting: expected, source: source)
            }
            total += chunk.count
            do {
                try stream.process(chunk, into: &mapped)
            } catch let problem as TextProblem {
                // Keep the complete lines before the bad one; drop the bad line's start.
                if let lastNewline = mapped.lastIndex(of: 0x0A) { output.write(bytes: mapped[...lastNewline]) }
                output.flush()
                throw TextInputError(source: source, problem: problem)
            }
            output.write(bytes: mapped)
            mapped.removeAll(keepingCapacity: true)
        }
        do {
            try stream.finish(into: &mapped)
        } catch {
            throw TextInputError(source: source, problem: error)
        }
        output.write(bytes: mapped)
        output.flush()
        if total == bom { throw TextInputError(source: source, problem: .empty) }   // nothing, or only a BOM
    }

    private var expectedScript: Script? {
        switch lang {
        case .arabic: return .arabic
        case .english: return .latin
        case .auto: return nil
        }
    }
}
