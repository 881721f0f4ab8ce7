import Foundation
import Testing
import TestSupport

/// One test per defect found by the hostile-input probes (issue 10): each failed before its fix.
@Suite("Hostile input") struct HostileInputTests {
    func corpusCopy() throws -> URL {
        let dir = try TestSupport.temporaryDirectory().appendingPathComponent("corpus")
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Corpus"), to: dir)
        return dir
    }

    func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    // 1. Report output is atomic, locked, and never replaces a folder muqabala did not write.

    @Test func reportReplacesItsFolderWholeAndLeavesNoTemporaryFiles() throws {
        let parent = try TestSupport.temporaryDirectory()
        let out = parent.appendingPathComponent("report")
        for _ in 0..<2 {
            let run = try TestSupport.run(["report", "--output", out.path, "Corpus/"])
            #expect(run.status == 0, "\(run.stderr)")
        }
        #expect(try names(in: parent) == ["report"], "staging, lock or old folders left behind")
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.hasSuffix("</html>\n"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("summary.json").path))
    }

    @Test func reportRefusesAFolderItDidNotWriteAndAFolderInUse() throws {
        let parent = try TestSupport.temporaryDirectory()
        let mine = parent.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: mine.appendingPathComponent("notes.txt"))
        let run = try TestSupport.run(["report", "--output", mine.path, "Corpus/"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("holds files muqabala did not write"), "\(run.stderr)")
        #expect(try names(in: mine) == ["notes.txt"])
        // A report written before staged output existed (no marker) is still replaced.
        let earlier = parent.appendingPathComponent("earlier")
        try FileManager.default.createDirectory(at: earlier.appendingPathComponent("pairs"), withIntermediateDirectories: true)
        for file in ["index.html", "summary.json"] { try Data("old".utf8).write(to: earlier.appendingPathComponent(file)) }
        #expect(try TestSupport.run(["report", "--output", earlier.path, "Corpus/"]).status == 0)
        #expect(try String(contentsOf: earlier.appendingPathComponent("index.html"), encoding: .utf8).hasSuffix("</html>\n"))
        // A run holding the lock: a second run into the same folder is refused at once.
        let out = parent.appendingPathComponent("out")
        let lock = open(parent.appendingPathComponent(".out.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let second = try TestSupport.run(["report", "--output", out.path, "Corpus/"])
        close(lock)
        #expect(second.status == 1)
        #expect(second.stderr.contains("another muqabala run is writing this folder"), "\(second.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func interruptedReportLeavesThePreviousOneIntact() throws {
        let parent = try TestSupport.temporaryDirectory()
        let out = parent.appendingPathComponent("report")
        #expect(try TestSupport.run(["report", "--output", out.path, "Corpus/"]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("index.html"))
        // A larger corpus so the run is still going when interrupted.
        let corpus = parent.appendingPathComponent("big")
        for k in 0..<12 {
            let doc = corpus.appendingPathComponent("doc\(k)")
            try FileManager.default.createDirectory(at: doc, withIntermediateDirectories: true)
            for file in ["en.txt", "ar.txt"] {
                try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call/\(file)"),
                                                 to: doc.appendingPathComponent(file))
            }
        }
        let process = Process()
        process.executableURL = TestSupport.executable
        process.arguments = ["report", "--output", out.path, corpus.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(300_000)
        process.interrupt()
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            #expect(process.terminationStatus == SIGINT)
            #expect(try Data(contentsOf: out.appendingPathComponent("index.html")) == before)
        }
        // Finished or interrupted, nothing but the report folder remains beside it.
        #expect(try names(in: parent) == ["big", "report"])
    }

    // 2. Colliding document names.

    @Test func aCorpusGivenTwiceIsAnErrorAndCollidingNamesStayApart() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("t")
        let twice = try TestSupport.run(["report", "--output", out.path, "Corpus", "Corpus"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("given twice"), "\(twice.stderr)")
        #expect(!twice.stderr.contains("NSCocoaErrorDomain"))
        let glossary = try TestSupport.run(["glossary", "Corpus", "./Corpus/"])
        #expect(glossary.status == 1)
        // "doc one" and "doc_one" are different documents with the same file name once made safe.
        let corpus = try TestSupport.temporaryDirectory()
        for name in ["doc one", "doc_one"] {
            let doc = corpus.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: doc, withIntermediateDirectories: true)
            for file in ["en.txt", "ar.txt"] {
                try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call/\(file)"),
                                                 to: doc.appendingPathComponent(file))
            }
        }
        let run = try TestSupport.run(["report", "--output", out.path, corpus.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pairs = try names(in: out.appendingPathComponent("pairs")).filter { $0.hasSuffix(".gaps.json") }
        #expect(pairs == ["doc_one-2.gaps.json", "doc_one.gaps.json"])
    }

    // 3. Long names are bounded, not quadratic in memory.

    @Test func overlongNamesAreRefusedWithoutStoppingTheBatch() throws {
        let long = String(repeating: "a", count: 100_000)
        let run = try TestSupport.run(["match", "--pairs", "-"], input: "\(long)\t\(long)\nAli\tعلي\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains("<stdin>:1"))
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("\t0.000\tdifferent"))
        #expect(lines[1].hasSuffix("\tsame"))
    }

    // 4. Write errors.

    @Test func aFullDiskIsAnError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let input = try TestSupport.temporaryDirectory().appendingPathComponent("in.txt")
        try Data(String(repeating: "أبو علاء الولائي Abu Ala al-Walai\n", count: 20_000).utf8).write(to: input)
        for command in [["normalize"], ["canonicalize"], ["translit"]] {
            let process = Process()
            process.executableURL = TestSupport.executable
            process.arguments = command + [input.path]
            process.currentDirectoryURL = TestSupport.root
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
            let err = Pipe()
            process.standardError = err
            try process.run()
            process.waitUntilExit()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            #expect(process.terminationStatus == 1, "\(command)")
            #expect(message.contains("cannot write to standard output: No space left on device"), "\(command): \(message)")
        }
    }

    // 5. Presentation forms and letters beyond Arabic's 28.

    @Test func translitReadsPresentationFormsAndKeepsUnknownLetters() throws {
        let run = try TestSupport.run(["translit"], input: "ﺍﻟﺤﻜﻮﻣﺔ ﺃﺑﻮ ﻋﻼﺀ\nپاکستان ٹ ڈ ے\n")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("al-Hakuma Abu Ala\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("  "))
        #expect(run.stdout.split(separator: "\n")[1].split(separator: " ").count == 4)
    }

    // 6. Huge counts in a glossary file.

    @Test func absurdCountsInAGlossaryAreAClearError() throws {
        let glossary = try TestSupport.run(["glossary", "--no-curated", "--format", "json", "Corpus/"])
        #expect(glossary.status == 0)
        let dir = try TestSupport.temporaryDirectory()
        for (name, count) in [("huge.json", "9223372036854775807"), ("negative.json", "-5"), ("fraction.json", "1.5")] {
            let text = glossary.stdout.replacing(/"count": [0-9]+/, with: "\"count\": \(count)")
            let path = dir.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            for arguments in [["glossary", "--merge", "--no-curated", path, path], ["canonicalize", "--glossary", path]] {
                let run = try TestSupport.run(arguments, input: "Kadhimi\n")
                #expect(run.status == 1, "\(arguments)")
                #expect(run.stderr.contains("is not a whole number from 0 to"), "\(run.stderr)")
            }
        }
    }

    // 7. Blank lines in one-sentence-per-line input.

    @Test func blankPresegmentedLinesAreNotAligned() throws {
        let dir = try TestSupport.temporaryDirectory()
        let en = dir.appendingPathComponent("en.txt"), ar = dir.appendingPathComponent("ar.txt")
        try Data("First sentence.\n\n\nSecond sentence.\n\n".utf8).write(to: en)
        try Data("الجملة الأولى.\nالجملة الثانية.\n".utf8).write(to: ar)
        let run = try TestSupport.run(["align", "--presegmented", "--format", "jsonl", en.path, ar.path])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("\"\""), "a blank line was aligned: \(run.stdout)")
        #expect(run.stderr.contains("lines 2–3 are blank"))
        #expect(run.stdout.contains("\"en\": [3]"))
    }

    // 8 and 12. Output folders that cannot be used.

    @Test func unusableOutputFoldersAreClearErrors() throws {
        let dir = try TestSupport.temporaryDirectory()
        let file = dir.appendingPathComponent("file")
        try Data("x".utf8).write(to: file)
        for (output, message) in [("", "the output folder name is empty"), (".", "a folder of its own"),
                                  (file.path, "exists and is not a folder"), ("/", "a folder of its own")] {
            let run = try TestSupport.run(["report", "--output", output, "Corpus/"])
            #expect(run.status == 1, "\(output)")
            #expect(run.stderr.contains(message), "\(output): \(run.stderr)")
            #expect(!run.stderr.contains("NSCocoaErrorDomain"))
        }
    }

    // 10. Names without letters.

    @Test func namesWithoutLettersNeverMatch() throws {
        for (a, b) in [("", ""), ("...", "؟؟")] {
            let run = try TestSupport.run(["match", a, b])
            #expect(run.status == 1)
            #expect(run.stderr.contains("has no letters"))
        }
        let pairs = try TestSupport.run(["match", "--pairs", "-"], input: "...\t؟؟\n")
        #expect(pairs.stdout == "...\t؟؟\t0.000\tdifferent\n")
    }

    // 11. Lone CR line ends; one standard input for two inputs.

    @Test func loneCarriageReturnsEndLines() throws {
        let run = try TestSupport.run(["match", "--pairs", "-"], input: "Ali\tعلي\rOmar\tعمر\r")
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").count == 2, "\(run.stdout)")
        let both = try TestSupport.run(["match", "--against", "-", "-"], input: "Ali\n")
        #expect(both.status != 0)
        #expect(both.stderr.contains("cannot both be standard input"))
    }

    // 13. Lines before a bad byte are kept.

    @Test func linesBeforeABadByteAreKept() throws {
        var bytes = Array(String(repeating: "أبو علاء الولائي Abu Ala al-Walai\n", count: 50_000).utf8)
        bytes += [0x62, 0xFF, 0x0A]
        for command in [["canonicalize"], ["translit"], ["normalize"], ["normalize", "--profile", "display"]] {
            let run = try TestSupport.run(command + ["-"], stdin: Data(bytes))
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains("line 50001"), "\(command): \(run.stderr)")
            #expect(run.stdout.split(separator: "\n").count == 50_000, "\(command)")
        }
    }

    // 14. The tool's own TSV as curated input; malformed curated lines.

    @Test func curatedGlossaryChecksItsColumns() throws {
        let dir = try TestSupport.temporaryDirectory()
        let own = try TestSupport.run(["glossary", "--format", "tsv", "Corpus/"])
        let ownPath = dir.appendingPathComponent("own.tsv").path
        try Data(own.stdout.utf8).write(to: URL(fileURLWithPath: ownPath))
        #expect(try TestSupport.run(["glossary", "--curated", ownPath, "Corpus/"]).status == 0)
        for (line, message) in [("person\tAli\tعلي\t\t\t\tnote\textra\n", "8 columns"),
                                ("person\tعلي\tAli\n", "the en column holds Arabic text"),
                                ("Ali\tعلي\tperson\n", "unknown type")] {
            let path = dir.appendingPathComponent("bad.tsv").path
            try Data(line.utf8).write(to: URL(fileURLWithPath: path))
            let run = try TestSupport.run(["glossary", "--curated", path, "Corpus/"])
            #expect(run.status == 1)
            #expect(run.stderr.contains("bad.tsv: line 1: \(message)"), "\(run.stderr)")
        }
    }

    @Test func aBadLooseFileDoesNotAbortTheReport() throws {
        let corpus = try corpusCopy()
        try Data([0x61, 0xFF, 0x62, 0x0A]).write(to: corpus.appendingPathComponent("loose.txt"))
        let out = corpus.deletingLastPathComponent().appendingPathComponent("out")
        let run = try TestSupport.run(["report", "--output", out.path, corpus.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("loose.txt: invalid UTF-8"), "\(run.stderr)")
        #expect(run.stdout.contains("5 documents, 1 translation pair"), "\(run.stdout)")
    }

    @Test func displayKeepsJoinersAndUTF16AndBOMOnlyInputsAreNamed() throws {
        let display = try TestSupport.run(["normalize", "--profile", "display"], input: "می\u{200C}خواهم 👨\u{200D}👩\u{200F}\n")
        #expect(display.stdout == "می\u{200C}خواهم 👨\u{200D}👩\n")
        let utf16 = try TestSupport.run(["normalize", "-"], stdin: Data([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00]))
        #expect(utf16.status == 1)
        #expect(utf16.stderr.contains("the file is UTF-16LE, not UTF-8"), "\(utf16.stderr)")
        for command in ["normalize", "canonicalize", "translit"] {
            let bomOnly = try TestSupport.run([command, "-"], stdin: Data([0xEF, 0xBB, 0xBF]))
            #expect(bomOnly.status == 1, "\(command)")
            #expect(bomOnly.stderr.contains("input is empty"), "\(command)")
        }
    }

    /// Glossaries built on shards merge into exactly the glossary of all documents (a name
    /// split by document between two people kept its kinds whole in each part, and the
    /// parts' kinds were summed on every rebuild).
    @Test func shardGlossariesMergeExactly() throws {
        let dir = try TestSupport.temporaryDirectory()
        let all = try TestSupport.run(["glossary", "--no-curated", "--format", "json", "Corpus/"])
        let a = try TestSupport.run(["glossary", "--no-curated", "--format", "json",
                                     "Corpus/kataib-hezbollah-readiness", "Corpus/kss-volunteers-call"])
        let b = try TestSupport.run(["glossary", "--no-curated", "--format", "json",
                                     "Corpus/militias-vow-expulsion", "Corpus/shiite-factions-newsweek"])
        let pa = dir.appendingPathComponent("a.json"), pb = dir.appendingPathComponent("b.json")
        try Data(a.stdout.utf8).write(to: pa)
        try Data(b.stdout.utf8).write(to: pb)
        let merged = try TestSupport.run(["glossary", "--merge", "--no-curated", "--format", "json", pa.path, pb.path])
        #expect(merged.status == 0)
        #expect(merged.stdout == all.stdout)
    }

    /// `glossary -dash.txt` printed the help (the name read as `-d -a -s -h`) and exited 0.
    @Test func aFileNameStartingWithADashIsRead() throws {
        let dir = try TestSupport.temporaryDirectory()
        try Data("Ali Hassan visited Baghdad on Monday.\n".utf8).write(to: dir.appendingPathComponent("-dash.txt"))
        let run = try TestSupport.run(["glossary", "--format", "json", "--no-curated", "-dash.txt"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"Ali Hassan\""))
        #expect(!run.stdout.contains("USAGE"))
        // A missing one is named as a missing file.
        let missing = try TestSupport.run(["glossary", "-nothere.txt"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("-nothere.txt: cannot read"), "\(missing.stderr)")
        // After `--` it is left as it is (and read as the file it names).
        let afterTerminator = try TestSupport.run(["glossary", "--format", "json", "--no-curated", "--", "-dash.txt"], in: dir)
        #expect(afterTerminator.status == 0 && afterTerminator.stdout.contains("\"Ali Hassan\""))
        // A negative number stays an option's value.
        let negative = try TestSupport.run(["gaps", "--skip-cost", "-2.5", "-", "-"], input: "")
        #expect(!negative.stderr.contains("./-2.5"), "\(negative.stderr)")
    }

    /// Thousands of paths: all are read (the parser, quadratic in an array's values, is
    /// spared the tail of the list).
    @Test func thousandsOfPathsAreAllRead() throws {
        let dir = try TestSupport.temporaryDirectory()
        var paths: [String] = []
        for k in 0..<600 {
            let path = dir.appendingPathComponent("doc\(k).txt").path
            try Data("Visitor\(k) Hassan met the envoy.\n".utf8).write(to: URL(fileURLWithPath: path))
            paths.append(path)
        }
        let run = try TestSupport.run(["glossary", "--format", "tsv", "--no-curated"] + paths)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("doc599/en"))
        #expect(run.stdout.contains("doc0/en"))
        let missing = try TestSupport.run(["glossary", "--no-curated"] + paths + [dir.appendingPathComponent("none.txt").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("none.txt"))
    }
}
