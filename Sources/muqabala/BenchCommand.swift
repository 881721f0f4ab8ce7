import ArgumentParser
import Foundation
import MuqabalaAlign
import MuqabalaEvaluation
import MuqabalaGlossary
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaSegment
import MuqabalaText
import MuqabalaIO

#if canImport(Glibc)
import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks that print speed and memory figures (build with -c release).",
        subcommands: [BenchNormalize.self, BenchMatch.self, BenchAlign.self, BenchCanonicalize.self]
    )
}

/// Seconds elapsed while running `body`.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

/// Peak resident memory of this process in MB (VmHWM), or nil where /proc is missing.
func peakMemoryMB() -> Double? {
    guard let file = fopen("/proc/self/status", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, 256, file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("VmHWM:") {
            let kb = text.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kb / 1024
        }
    }
    return nil
}

/// A small deterministic generator (SplitMix64), so benchmark inputs are the same every run.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct BenchNormalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalization throughput (MB/s, one core) on real text files, or generated mixed text.",
        discussion: """
            With FILES, their text (e.g. Arabic news) is repeated up to --megabytes and \
            normalized in memory in 1 MB chunks (reading and writing excluded); without, \
            generated mixed Arabic/English text with marks, CR line ends and bidi controls.
            Example:
              $ swift run -c release muqabala bench normalize ../shared/dev/wmt24pp/*/ar.txt
            """
    )

    @Option(help: "Size of the input in MB.")
    var megabytes = 50

    @Argument(help: "Text files to measure on (repeated up to --megabytes).")
    var files: [String] = []

    func run() throws {
        if !files.isEmpty {
            var text: [UInt8] = []
            for file in files { text += Array(try TextInput.readDocument(file).utf8) + [0x0A] }
            var input: [UInt8] = []
            input.reserveCapacity(megabytes * 1_000_000 + text.count)
            while input.count < megabytes * 1_000_000 { input += text }
            try measureProfiles(input, label: "\(files.count) files, \(threeDecimals(Double(text.count) / 1e6)) MB repeated")
            return
        }
        let sentences = [
            "وكان الرئيسُ الأمريكيُّ جو بايدن قد أعلن في تموز بعد اجتماعات مع رئيس الوزراء العراقي مصطفى الكاظمي",
            "US President Joe Biden had in July announced after meetings with Iraqi Prime Minister Mustafa al-Kadhimi",
            "تلقّينا ٤٥٬٠٠٠ مكالمة، وقال: «لا نقبل عادةً هذا النوع من الطلبات»؛ ماذا بعد؟",
            "“So far we already have 45,000” calls — Abu Ala’ al-Wala’i, Kata’ib Sayyid ash-Shuhada (KSS).",
            "\u{200F}ترجمة: أوغاريت بوست\u{200E} — Ḥizb Allāh, Qāsim Sulaymānī, CAFÉ ÉTÉ",
        ]
        var random = SeededRandom(state: 2026)
        var input: [UInt8] = []
        let target = megabytes * 1_000_000
        input.reserveCapacity(target + 1000)
        while input.count < target {
            input.append(contentsOf: sentences.randomElement(using: &random)!.utf8)
            input.append(random.next() % 8 == 0 ? 0x0D : 0x20)
            if random.next() % 3 == 0 { input.append(0x0A) }
        }
        try measureProfiles(input, label: "mixed Arabic/English (generated)")
    }

    private func measureProfiles(_ input: [UInt8], label: String) throws {
        var output = Output()
        output.line("input\t\(threeDecimals(Double(input.count) / 1e6)) MB \(label), 1 MB chunks, one thread")
        for profile in [NormalizationProfile.search, .key, .display] {
            let normalizer = Normalizer(profile: profile)
            var best = Double.infinity
            for _ in 0..<3 {
                var stream = NormalizationStream(normalizer: normalizer)
                var mapped: [UInt8] = []
                mapped.reserveCapacity(1 << 21)
                let seconds = try measure {
                    var offset = 0
                    while offset < input.count {
                        let end = min(input.count, offset + (1 << 20))
                        try input[offset..<end].withUnsafeBufferPointer { try stream.process($0, into: &mapped) }
                        mapped.removeAll(keepingCapacity: true)
                        offset = end
                    }
                    try stream.finish(into: &mapped)
                }
                best = min(best, seconds)
            }
            output.line("\(profile.rawValue)\t\(threeDecimals(Double(input.count) / 1e6 / best)) MB/s\t(best of 3)")
        }
        if let peak = peakMemoryMB() { output.line("peak-memory\t\(threeDecimals(peak)) MB") }
        output.flush()
    }
}

struct BenchMatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Name retrieval speed: queries per second against an indexed candidate list.",
        discussion: """
            Without --pairs, candidates are news-style romanizations of generated Arabic names \
            and queries are the Arabic originals.
            Example:
              $ swift run -c release muqabala bench match --candidates 10000
              $ swift run -c release muqabala bench match --pairs ../shared/dev/names/ar2en-train.tsv
            """
    )

    @Option(help: "Number of candidates to index.")
    var candidates = 10_000

    @Option(help: "Number of queries.")
    var queries = 1_000

    @Option(help: "Use source<TAB>target pairs from this file instead of generated names.")
    var pairs: String?

    func run() throws {
        try reportingErrors("bench match") {
            var sources: [String] = []
            var targets: [String] = []
            if let pairs {
                for (fields, _) in try readTSV(pairs) where fields.count >= 2 {
                    sources.append(fields[0])
                    targets.append(fields[1])
                }
            } else {
                (sources, targets) = generatedNames(count: candidates)
            }
            let count = min(candidates, targets.count)
            targets = Array(targets.prefix(count))
            sources = Array(sources.prefix(count))
            var index: CandidateIndex!
            let buildSeconds = measure { index = CandidateIndex(names: targets) }
            let queryCount = min(queries, sources.count)
            var correct = 0
            let querySeconds = measure {
                for k in 0..<queryCount where index.best(for: sources[k]).first?.name == targets[k] {
                    correct += 1
                }
            }
            var output = Output()
            output.line("candidates\t\(count)\tindex-build\t\(threeDecimals(buildSeconds)) s")
            output.line("queries\t\(queryCount)\t\(threeDecimals(Double(queryCount) / querySeconds)) queries/s\t\(threeDecimals(querySeconds * 1000 / Double(queryCount))) ms/query")
            output.line("top1\t\(threeDecimals(Double(correct) / Double(queryCount)))")
            if let peak = peakMemoryMB() { output.line("peak-memory\t\(threeDecimals(peak)) MB") }
            output.flush()
        }
    }

    /// Arabic names built from common name letters, and their news romanizations.
    private func generatedNames(count: Int) -> ([String], [String]) {
        let consonants = Array("بتثجحخدذرزسشصضطظعغفقكلمنهوي")
        let vowels = ["", "", "ا", "و", "ي"]
        var random = SeededRandom(state: 7)
        let romanizer = NewsRomanizer()
        var sources: [String] = [], targets: [String] = []
        var seen = Set<String>()
        while sources.count < count {
            var words: [String] = []
            for w in 0..<(2 + Int(random.next() % 2)) {
                var word = (w > 0 && random.next() % 3 == 0) ? "ال" : ""
                for _ in 0..<(3 + Int(random.next() % 3)) {
                    word.append(consonants.randomElement(using: &random)!)
                    word += vowels.randomElement(using: &random)!
                }
                words.append(word)
            }
            let name = words.joined(separator: " ")
            guard seen.insert(name).inserted else { continue }
            sources.append(name)
            targets.append(romanizer.romanize(name))
        }
        return (sources, targets)
    }
}

struct BenchAlign: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Alignment time and peak memory on real parallel text, at 1k, 10k and 100k sentences per side.",
        discussion: """
            Sentence pairs are read from real parallel text (line-aligned NAME.en + NAME.ar \
            files, or folders of NAME/en.txt + NAME/ar.txt documents), shuffled so that no run \
            repeats, repeated as needed to reach the size, and about 3% of sentences are deleted \
            on each side independently. Each size runs in a fresh process, so its peak memory is \
            its own; the bead F1 against the known alignment shows speed was not bought with \
            quality. --repeated adds the old figure (one bundled document repeated).
            Example:
              $ swift run -c release muqabala bench align ../shared/corpora/parallel ../shared/dev/wmt24pp
            """
    )

    @Argument(help: "Parallel text: folders or NAME.en/NAME.ar files.")
    var sources: [String] = []

    @Option(help: "Comma-separated sentence counts per side.")
    var sizes = "1000,10000,100000"

    @Option(help: "Share of sentences deleted on each side.")
    var deletions = 0.03

    @Flag(help: "Also time one bundled document repeated to the size (the earlier benchmark).")
    var repeated = false

    @Option(help: .hidden) var only: Int?

    /// The sentence pairs of the sources, in a fixed shuffled order.
    func pairs() throws -> [(String, String)] {
        var pairs: [(String, String)] = []
        for source in sources {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
                throw CLIError("\(source): no such file or directory")
            }
            if isDirectory.boolValue {
                for files in TrainingData.lineAlignedFiles(under: source, documentFolders: true) {
                    pairs += try TrainingData.lineAligned(english: files.english, arabic: files.arabic).map { ($0.english, $0.arabic) }
                }
            } else {
                let base = String(source.dropLast(3))
                pairs += try TrainingData.lineAligned(english: base + ".en", arabic: base + ".ar").map { ($0.english, $0.arabic) }
            }
        }
        if pairs.isEmpty { throw CLIError("no sentence pairs found in \(sources.joined(separator: ", "))") }
        var random = SeededRandom(state: 2026)
        pairs.shuffle(using: &random)
        return pairs
    }

    func run() throws {
        try reportingErrors("bench align") {
            let list = sizes.split(separator: ",").compactMap { Int($0) }
            if let only { try runOne(size: only); return }
            if sources.isEmpty && !repeated { throw CLIError("give parallel text to read (e.g. ../shared/corpora/parallel ../shared/dev/wmt24pp)") }
            var output = Output()
            if !sources.isEmpty {
                let count = try pairs().count
                output.line("real text\t\(count) distinct sentence pairs from \(sources.joined(separator: ", ")), shuffled, \(Int(deletions * 100))% deleted per side")
                output.flush()
                for size in list {
                    // A fresh process per size: its peak memory is its own.
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
                        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0])
                    process.arguments = ["bench", "align", "--only", String(size), "--deletions", String(deletions)] + sources
                    try process.run()
                    process.waitUntilExit()
                    if process.terminationStatus != 0 { throw CLIError("the run for \(size) sentences failed") }
                }
            }
            if repeated { try runRepeated(list) }
        }
    }

    /// One size, in this process.
    func runOne(size: Int) throws {
        let all = try pairs()
        var random = SeededRandom(state: UInt64(size))
        var english: [String] = [], arabic: [String] = [], gold: [AlignmentEvaluation.GoldBead] = []
        var k = 0
        while english.count < size {
            let (en, ar) = all[k % all.count]
            k += 1
            let roll = Double(random.next() % 10_000) / 10_000
            if roll < deletions {
                gold.append(.init(en: [english.count], ar: [], kind: .enOnly)); english.append(en)
            } else if roll < 2 * deletions {
                gold.append(.init(en: [], ar: [arabic.count], kind: .arOnly)); arabic.append(ar)
            } else {
                gold.append(.init(en: [english.count], ar: [arabic.count], kind: .match)); english.append(en); arabic.append(ar)
            }
        }
        let reader = DocumentReader()
        let enDocument = reader.presegmented(english.joined(separator: "\n"), source: "en", language: .english)
        let arDocument = reader.presegmented(arabic.joined(separator: "\n"), source: "ar", language: .arabic)
        var lexicon = BilingualLexicon.empty
        let load = try measure { lexicon = try BilingualLexicon.standard() }
        let aligner = Aligner(lexicon: lexicon)
        var alignment: Alignment!
        let seconds = measure { alignment = aligner.align(enDocument, arDocument) }
        let scores = AlignmentEvaluation.score(predicted: alignment.beads, gold: gold)
        var output = Output()
        output.line("\(english.count) x \(arabic.count) sentences\t\(threeDecimals(seconds)) s\tpeak-memory \(threeDecimals(peakMemoryMB() ?? 0)) MB"
            + "\tbead F1 \(threeDecimals(scores.beads.f1))\tgap F1 \(threeDecimals(scores.gaps.f1))\t(lexicon opened in \(threeDecimals(load)) s)")
        output.flush()
    }

    /// The earlier benchmark: the bundled pair repeated with numbered items.
    func runRepeated(_ list: [Int]) throws {
        let reader = DocumentReader()
        let en = try reader.read("Corpus/kss-volunteers-call/en.txt", language: .english).sentences.map(\.text)
        let ar = try reader.read("Corpus/kss-volunteers-call/ar.txt", language: .arabic).sentences.map(\.text)
        let aligner = Aligner(lexicon: try BilingualLexicon.standard())
        var random = SeededRandom(state: 99)
        var output = Output()
        for size in list {
            var enLines: [String] = [], arLines: [String] = []
            var copy = 0
            while enLines.count < size {
                copy += 1
                enLines.append("Item \(copy) of the report.")
                arLines.append("البند \(copy) من التقرير.")
                for line in en where random.next() % 50 != 0 { enLines.append(line) }
                for line in ar where random.next() % 50 != 0 { arLines.append(line) }
            }
            let enDocument = reader.presegmented(enLines.joined(separator: "\n"), source: "en", language: .english)
            let arDocument = reader.presegmented(arLines.joined(separator: "\n"), source: "ar", language: .arabic)
            var beads = 0
            let seconds = measure { beads = aligner.align(enDocument, arDocument).beads.count }
            output.line("repeated document \(enLines.count) x \(arLines.count)\t\(threeDecimals(seconds)) s\t\(beads) beads\tpeak-memory \(threeDecimals(peakMemoryMB() ?? 0)) MB")
            output.flush()
        }
    }
}

struct BenchCanonicalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canonicalize",
        abstract: "Canonicalization speed: lines per second on generated English and Arabic lines (one core).",
        discussion: """
            Lines mix English and Arabic sentences, about one in three carrying a spelling \
            variant of a glossary name. The canonicalizer is built from the glossary given. \
            Prints the speed on plain lines and on the same lines as the "text" field of JSON \
            Lines objects (what `canonicalize --field text` does).
            Example:
              $ swift run -c release muqabala bench canonicalize
            """
    )

    @Option(help: "Number of lines.")
    var lines = 1_000_000

    @Option(help: "The glossary (curated TSV or built JSON).")
    var glossary = "Glossary/glossary.tsv"

    func run() throws {
        try reportingErrors("bench canonicalize") {
            let canonicalizer = try Canonicalize.load(glossary, options: Canonicalizer.Options())
            let sentences = [
                "The Hashd al-Shaabi said on Sunday that its fighters had withdrawn from the area near the border.",
                "Officials said Kata'ib Hizballah and Asaib Ahl al-Haq were behind the attack on the convoy in June.",
                "وقال مسؤولون إن هيئة الحشد الشعبي سحبت مقاتليها من المنطقة القريبة من الحدود يوم الأحد الماضي.",
                "Residents of the city said the situation was calm after the night of shelling and the power returned.",
                "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على القافلة في حزيران الماضي بحسب بيان نشره.",
                "The ministry said 45,000 people had registered by Tuesday, up from 30,000 a week earlier, officials said.",
            ]
            var random = SeededRandom(state: 11)
            var input: [[UInt8]] = []
            input.reserveCapacity(lines)
            for _ in 0..<lines { input.append(Array(sentences.randomElement(using: &random)!.utf8)) }
            let bytes = input.reduce(0) { $0 + $1.count + 1 }
            var output: [UInt8] = []
            output.reserveCapacity(1 << 20)
            var replaced = 0
            let seconds = measure {
                for line in input {
                    line.withUnsafeBufferPointer { replaced += canonicalizer.rewrite($0, into: &output) }
                    output.append(0x0A)
                    if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
                }
            }
            // The same sentences as the "text" field of JSON Lines objects (canonicalize --field text).
            let objects = input.enumerated().map { k, line in
                Array("{\"id\": \(k), \"text\": ".utf8) + Array(JSON.string(String(decoding: line, as: UTF8.self)).utf8) + [0x7D]
            }
            input = []
            let objectBytes = objects.reduce(0) { $0 + $1.count + 1 }
            var rewriter = JSONFieldRewriter(canonicalizer, field: "text")
            var objectsReplaced = 0
            let objectSeconds = try measure {
                for line in objects {
                    try line.withUnsafeBufferPointer { (p) throws(JSONScanError) in objectsReplaced += try rewriter.rewrite(p, into: &output) ?? 0 }
                    output.append(0x0A)
                    if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
                }
            }
            var out = Output()
            out.line("lines\t\(lines)\t\(threeDecimals(Double(bytes) / 1e6)) MB\t\(replaced) names rewritten")
            out.line("speed\t\(Int(Double(lines) / seconds)) lines/s\t\(threeDecimals(Double(bytes) / 1e6 / seconds)) MB/s")
            out.line("jsonl\t\(Int(Double(lines) / objectSeconds)) lines/s\t\(threeDecimals(Double(objectBytes) / 1e6 / objectSeconds)) MB/s"
                + "\t\(objectsReplaced) names rewritten (--field text)")
            if let peak = peakMemoryMB() { out.line("peak-memory\t\(threeDecimals(peak)) MB") }
            out.flush()
        }
    }
}
