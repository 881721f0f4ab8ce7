import Foundation
import Testing
import TestSupport

@Suite("CLI") struct CLITests {
    func write(_ bytes: [UInt8], name: String) throws -> String {
        let dir = try TestSupport.temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    // MARK: match

    @Test func matchTwoNames() throws {
        let run = try TestSupport.run(["match", "Mustafa al-Kadhimi", "مصطفى الكاظمي"])
        #expect(run.status == 0)
        let fields = run.stdout.trimmingCharacters(in: .newlines).split(separator: "\t")
        #expect(fields.count == 2)
        #expect(Double(fields[0]).map { $0 > 0.75 && $0 <= 1 } == true)
        #expect(fields[1] == "same")
        #expect(try TestSupport.run(["match", "al-Hakim", "al-Hakimi"]).stdout.hasSuffix("\tdifferent\n"))
    }

    @Test func matchPairsPrintsOneLinePerInputLine() throws {
        let input = "Kadhimi\tالكاظمي\n\nQais al-Khazali\tقيس الخزعلي\nErbil\tأربيل الدولي\n"
        let run = try TestSupport.run(["match", "--pairs", "-"], input: input)
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 4)
        #expect(lines[0].split(separator: "\t").count == 4)
        #expect(lines[0].hasPrefix("Kadhimi\tالكاظمي\t"))
        #expect(lines[0].hasSuffix("\tsame"))
        #expect(lines[1].isEmpty)
        #expect(lines[3].hasSuffix("\tdifferent"))
    }

    /// The hidden tuning flags refuse what they cannot set, with the flag and the problem on
    /// one line and a nonzero exit, before any work is done.
    @Test func tuningFlagsRefuseBadSettings() throws {
        let corpus = TestSupport.root.appendingPathComponent("Corpus").path
        for (arguments, message) in [
            (["eval", "align", corpus, "--set", "noSuchOption=1"], "--set noSuchOption=1: no tunable field"),
            (["eval", "align", corpus, "--set", "mergePrior"], "--set mergePrior: expected NAME=NUMBER"),
            (["eval", "align", corpus, "--set", "bandWidth=2.5"], "'bandWidth' cannot be 2.5"),
            (["eval", "glossary", corpus, corpus, "--weight", "type.nope=1"], "--weight type.nope=1: no tunable field"),
            (["eval", "glossary", corpus, corpus, "--weight", "cldr=4"], "--weight cldr=4: expected part.name=number"),
            (["eval", "glossary", corpus, corpus, "--weight", "size.cldr=4"], "the part is pair, build or type"),
        ] {
            let run = try TestSupport.run(arguments)
            #expect(run.status != 0, "\(arguments)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
    }

    @Test func matchPairsRejectsALineWithoutTab() throws {
        let run = try TestSupport.run(["match", "--pairs", "-"], input: "Ali\tعلي\nnotab\n")
        #expect(run.status != 0)
        #expect(run.stderr.contains("<stdin>:2"))
    }

    @Test func matchAgainstCandidates() throws {
        let candidates = try write(Array("Mustafa al-Kadhimi\nQais al-Khazali\nBaghdad\nKadhim al-Fertousi\n".utf8), name: "c.txt")
        let run = try TestSupport.run(["match", "--against", candidates, "--top", "2"], input: "قيس الخزعلي\nبغداد\n")
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = lines[0].split(separator: "\t")
        #expect(first.count == 5)
        #expect(first[1] == "Qais al-Khazali")
        #expect(lines[1].split(separator: "\t")[1] == "Baghdad")
    }

    // MARK: normalize and translit

    @Test func normalizeProfiles() throws {
        let input = "\u{FEFF}Abu Ala’ al-Wala’i\r\nأبو علاءٍ الولائيّ\r\n"
        let key = try TestSupport.run(["normalize", "--profile", "key"], input: input)
        #expect(key.status == 0)
        #expect(key.stdout == "abu ala al walai\nابو علاء الولايي\n")
        let display = try TestSupport.run(["normalize", "--profile", "display", "-"], input: input)
        #expect(display.stdout == "Abu Ala’ al-Wala’i\nأبو علاءٍ الولائيّ\n")
        let steps = try TestSupport.run(["normalize", "--steps", "foldAlef,removeTashkeel"], input: "أَحمد\n")
        #expect(steps.stdout == "احمد\n")
    }

    @Test func normalizeStreamsAHugeSingleLine() throws {
        let line = String(repeating: "أبو علاء الولائي Abu Ala ", count: 200_000)   // ~7 MB, no newline
        let path = try write(Array(line.utf8), name: "big.txt")
        let run = try TestSupport.run(["normalize", "--profile", "search", path])
        #expect(run.status == 0)
        #expect(run.stdoutBytes.count == line.utf8.count)
        #expect(run.stdout.hasPrefix("ابو علاء الولايي abu ala "))
    }

    @Test func translitSchemes() throws {
        #expect(try TestSupport.run(["translit"], input: "أبو علاء الولائي\n").stdout == "Abu Ala al-Walai\n")
        #expect(try TestSupport.run(["translit", "--scheme", "buckwalter"], input: "الكاظمي\n").stdout == "AlkAZmy\n")
        #expect(try TestSupport.run(["translit", "--scheme", "buckwalter", "--reverse"], input: "AlkAZmy\n").stdout == "الكاظمي\n")
        #expect(try TestSupport.run(["translit", "--reverse"], input: "x\n").status != 0)
    }

    // MARK: bad input

    @Test(arguments: [
        ([UInt8](), "input is empty"),
        (Array("a\tb\n".utf8) + [0xFF, 0x41], "invalid UTF-8 at line 2"),
        ([0x61, 0x00, 0x62], "NUL byte"),
    ])
    func badInputGivesOneLineError(bytes: [UInt8], message: String) throws {
        let path = try write(bytes, name: "bad.txt")
        for command in [["normalize"], ["translit"], ["match", "--pairs"]] {
            let run = try TestSupport.run(command + [path])
            #expect(run.status == 1, "\(command)")
            #expect(run.stderr.contains(path), "\(command): \(run.stderr)")
            #expect(run.stderr.contains(message), "\(command): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func normalizeKeepsTheLinesBeforeABadByteAndNoPartOfTheBadLine() throws {
        let path = try write(Array("first line\nsecond ".utf8) + [0xFF] + Array(" rest\n".utf8), name: "bad.txt")
        let run = try TestSupport.run(["normalize", "--profile", "search", path])
        #expect(run.status == 1)
        #expect(run.stdout == "first line\n")
        #expect(run.stderr.contains("invalid UTF-8 at line 2"))
    }

    @Test func missingFileAndWrongLanguage() throws {
        let missing = try TestSupport.run(["normalize", "/nonexistent/file.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/file.txt: cannot read"))
        let english = try write(Array(String(repeating: "Plain English text. ", count: 10).utf8), name: "en.txt")
        let wrong = try TestSupport.run(["normalize", "--lang", "ar", english])
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("expected Arabic text"))
    }

    @Test func bidiMarksAndCRLFNeverLeak() throws {
        let run = try TestSupport.run(["normalize", "--profile", "display"], input: "\u{200F}قال\u{200E} KSS\r\n")
        #expect(run.stdout == "قال KSS\n")
    }

    @Test(arguments: ["normalize", "translit", "match"])
    func helpHasAnExample(command: String) throws {
        let run = try TestSupport.run([command, "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("$ "))
    }
}

@Suite("Project") struct ProjectTests {
    @Test func ciRunsTheReadmeTestCommand() throws {
        let readme = try String(contentsOf: TestSupport.root.appendingPathComponent("README.md"), encoding: .utf8)
        let ci = try String(contentsOf: TestSupport.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let command = ci.split(separator: "\n").last { !$0.hasPrefix("#") && !$0.hasPrefix("set ") && !$0.hasPrefix("cd ") }
        #expect(command != nil)
        #expect(readme.contains("```sh\n\(command ?? "")\n```"))
    }
}

@Suite("CLI: align and gaps") struct AlignCLITests {
    let en = "Corpus/kss-volunteers-call/en.txt", ar = "Corpus/kss-volunteers-call/ar.txt"

    @Test func manifestAlignsManyPairsInOneProcess() throws {
        let dir = try TestSupport.temporaryDirectory()
        let enPath = TestSupport.root.appendingPathComponent(en).path, arPath = TestSupport.root.appendingPathComponent(ar).path
        let manifest = dir.appendingPathComponent("pairs.tsv")
        try Data("# en\tar\tprefix\n\(enPath)\t\(arPath)\tout/one\n\(enPath)\t/nonexistent.txt\tout/two\n\(enPath)\t\(arPath)\tout/three\n".utf8)
            .write(to: manifest)
        let run = try TestSupport.run(["align", "--format", "jsonl", "--manifest", manifest.path])
        #expect(run.status == 1, "one pair fails, the others are written")
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(lines.map { $0[0] } == ["out/one", "out/two", "out/three"])
        #expect(lines.map { $0[1] } == ["ok", "error", "ok"])
        #expect(run.stderr.contains("/nonexistent.txt"))
        let single = try TestSupport.run(["align", "--format", "jsonl", en, ar])
        let written = try String(contentsOf: dir.appendingPathComponent("out/one.alignment.jsonl"), encoding: .utf8)
        #expect(written == single.stdout, "a manifest pair aligns exactly as alone")
        // A corpus folder, with --output-dir, for gaps.
        let gaps = try TestSupport.run(["gaps", "--format", "json", "--manifest", "Corpus/", "--output-dir", dir.appendingPathComponent("gaps").path])
        #expect(gaps.status == 0, "\(gaps.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("gaps/kss-volunteers-call.gaps.json").path))
        #expect(try TestSupport.run(["align", "--manifest", manifest.path, en, ar]).status != 0)
    }

    /// A manifest that cannot be used is a one-line error naming it; a pair in the wrong
    /// language is that pair's error, and the others are written.
    @Test func badManifestsAreNamed() throws {
        let dir = try TestSupport.temporaryDirectory()
        let enPath = TestSupport.root.appendingPathComponent(en).path, arPath = TestSupport.root.appendingPathComponent(ar).path
        func manifest(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        for (name, bytes, message) in [
            ("empty.tsv", [UInt8](), "input is empty"),
            ("comments.tsv", Array("# only a comment\n".utf8), "input is empty"),
            ("latin1.tsv", Array("\(enPath)\t\(arPath)\tout/a".utf8) + [0xE9, 0x0A], "invalid UTF-8 at line 1"),
            ("short.tsv", Array("\(enPath)\t\(arPath)\n".utf8), "short.tsv:1: expected en_path<TAB>ar_path<TAB>out_prefix"),
            ("twice.tsv", Array("\(enPath)\t\(arPath)\tout/a\n\(enPath)\t\(arPath)\tout/a\n".utf8), "appears twice"),
        ] {
            let run = try TestSupport.run(["gaps", "--manifest", try manifest(name, bytes)])
            #expect(run.status == 1, "\(name)")
            #expect(run.stderr.contains(message), "\(name): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(name): one line")
        }
        let swapped = try manifest("swapped.tsv", Array("\(arPath)\t\(enPath)\tout/swapped\n\(enPath)\t\(arPath)\tout/good\n".utf8))
        let run = try TestSupport.run(["gaps", "--manifest", swapped])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("out/swapped\terror\t"))
        #expect(run.stdout.contains("expected English text"), "\(run.stdout)")
        #expect(run.stdout.contains("out/good\tok\t"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/good.gaps.txt").path))
    }

    @Test func alignJSONLines() throws {
        let run = try TestSupport.run(["align", "--format", "jsonl", en, ar])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 18)
        #expect(lines.first?.hasPrefix("{\"en\": [], \"ar\": [0], \"en_text\": [], \"ar_text\": [") == true)
        #expect(run.stderr.contains("note:"))          // boilerplate lines are reported
    }

    @Test func alignPresegmentedUsesLineNumbers() throws {
        let dir = try TestSupport.temporaryDirectory()
        try "One sentence. Another one.\nA second line.\n".write(to: dir.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        try "جملة واحدة. وأخرى.\nسطر ثان.\n".write(to: dir.appendingPathComponent("ar.txt"), atomically: true, encoding: .utf8)
        let run = try TestSupport.run(["align", "--presegmented", "--format", "jsonl",
                                       dir.appendingPathComponent("en.txt").path, dir.appendingPathComponent("ar.txt").path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"en\": [0], \"ar\": [0]"))
        #expect(run.stdout.contains("\"en\": [1], \"ar\": [1]"))
    }

    @Test func alignRejectsSwappedLanguages() throws {
        let run = try TestSupport.run(["align", ar, en])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(ar): expected English text"))
    }

    @Test func alignRejectsEmptyAndBinaryInput() throws {
        let dir = try TestSupport.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let run = try TestSupport.run(["align", en, empty.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("empty.txt: input is empty"))
    }

    @Test(arguments: [["align"], ["gaps"], ["eval", "gold", "gold.jsonl"]])
    func onlyOneDocumentCanBeStandardInput(command: [String]) throws {
        let run = try TestSupport.run(command + ["-", "-"], input: "text\n")
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix(": only one of the two documents can be standard input\n"), "\(run.stderr)")
    }

    @Test func gapsFailUnderSetsTheExitStatus() throws {
        let pass = try TestSupport.run(["gaps", "--fail-under", "0.5", en, ar])
        #expect(pass.status == 0)
        let fail = try TestSupport.run(["gaps", "--fail-under", "0.9", "--format", "json", en, ar])
        #expect(fail.status == 2)
        #expect(fail.stderr.contains("coverage 0.750 is below 0.900"))
        #expect(fail.stdout.contains("\"arabic_sentence_share\" : 0.75"))
    }

    /// The seed pair has a partial translation of confidence about 0.26: listed by default and
    /// with --all, held back (and said so) at --min-confidence 0.5.
    @Test func gapsListFlagsByConfidence() throws {
        let usual = try TestSupport.run(["gaps", en, ar]), all = try TestSupport.run(["gaps", "--all", en, ar])
        #expect(usual.status == 0 && all.status == 0)
        #expect(usual.stdout.contains("Partial translations (2)") && all.stdout.contains("Partial translations (2)"))
        let strict = try TestSupport.run(["gaps", "--min-confidence", "0.5", "--format", "json", en, ar])
        #expect(strict.status == 0)
        #expect(strict.stdout.contains("\"partials\" : 1"), "\(strict.stdout.suffix(600))")
        for bad in [["--min-confidence", "1.5"], ["--all", "--min-confidence", "0.5"]] {
            let run = try TestSupport.run(["gaps"] + bad + [en, ar])
            #expect(run.status != 0 && run.stderr.contains("--"), "\(bad): \(run.stderr)")
        }
    }

    @Test func skipCostTradesOmissionsForPairs() throws {
        func oneSided(_ cost: String) throws -> Int {
            let run = try TestSupport.run(["align", "--skip-cost", cost, "--format", "jsonl", en, ar])
            #expect(run.status == 0)
            return run.stdout.split(separator: "\n").filter { $0.contains("\"kind\": \"en-only\"") || $0.contains("\"kind\": \"ar-only\"") }.count
        }
        let cheap = try oneSided("0.5"), usual = try oneSided("3.5"), dear = try oneSided("8")
        #expect(cheap > usual && usual > dear)
    }
}

@Suite("CLI: glossary, canonicalize, report") struct CorpusCLITests {
    @Test func glossaryJSONAndMerge() throws {
        let dir = try TestSupport.temporaryDirectory()
        let whole = try TestSupport.run(["glossary", "--format", "json", "Corpus/"])
        #expect(whole.status == 0)
        #expect(whole.stdout.hasPrefix("{\n  \"entries\": ["))
        let a = try TestSupport.run(["glossary", "--format", "json", "Corpus/kss-volunteers-call", "Corpus/kataib-hezbollah-readiness"])
        let b = try TestSupport.run(["glossary", "--format", "json", "Corpus/shiite-factions-newsweek", "Corpus/militias-vow-expulsion"])
        try a.stdout.write(to: dir.appendingPathComponent("a.json"), atomically: true, encoding: .utf8)
        try b.stdout.write(to: dir.appendingPathComponent("b.json"), atomically: true, encoding: .utf8)
        let merged = try TestSupport.run(["glossary", "--merge", "--format", "json",
                                          dir.appendingPathComponent("a.json").path, dir.appendingPathComponent("b.json").path])
        #expect(merged.status == 0)
        #expect(merged.stdout == whole.stdout)
    }

    @Test func glossaryTSVMarksNewAndCurated() throws {
        let run = try TestSupport.run(["glossary", "--format", "tsv", "Corpus/"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("type\ten\tar\ten_variants") == true)
        #expect(lines.contains { $0.contains("\tIslamic State\tداعش\t") && $0.contains("\tcurated\t") })
        #expect(lines.contains { $0.contains("Mustafa al-Kadhimi") && $0.contains("\tnew\t") })
        let alone = try TestSupport.run(["glossary", "--no-curated", "--format", "tsv", "Corpus/"])
        #expect(!alone.stdout.contains("\tcurated\t"))
    }

    @Test func curatedGlossaryIsFoundFromAnyDirectoryAndItsOwnTSVIsAccepted() throws {
        let elsewhere = try TestSupport.temporaryDirectory()
        let corpus = TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call").path
        let run = try TestSupport.run(["glossary", "--format", "tsv", corpus], in: elsewhere)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\tcurated\t"))
        // The tool's own TSV output is a curated glossary it reads back.
        let own = elsewhere.appendingPathComponent("own.tsv")
        try run.stdout.write(to: own, atomically: true, encoding: .utf8)
        let again = try TestSupport.run(["glossary", "--curated", own.path, "--format", "tsv", corpus], in: elsewhere)
        #expect(again.status == 0 && again.stdout.contains("\tcurated\t"))
        // Where the data folder is missing, a warning says so; the glossary is still built.
        let missing = try TestSupport.run(["glossary", "--format", "tsv", corpus], in: elsewhere,
                                          environment: ["MUQABALA_DATA": elsewhere.path])
        #expect(missing.status == 0)
        #expect(missing.stderr.contains("warning: the curated glossary Glossary/glossary.tsv was not found"))
        #expect(!missing.stdout.contains("\tcurated\t"))
    }

    @Test func canonicalizeTextAndJSONLines() throws {
        let text = try TestSupport.run(["canonicalize"], input: "Kata'ib Hizballah said.\nوقالت هيئة الحشد الشعبي\n")
        #expect(text.status == 0)
        #expect(text.stdout == "Kataib Hezbollah said.\nوقالت الحشد الشعبي\n")
        let json = try TestSupport.run(["canonicalize", "--field", "text"],
                                       input: "{\"id\": 1, \"text\": \"the Hashd al-Shaabi\"}\n{\"id\": 2}\n")
        #expect(json.status == 0)
        #expect(json.stdout == "{\"id\": 1, \"text\": \"the Popular Mobilization Forces\"}\n{\"id\": 2}\n")
        #expect(json.stderr.contains("1 lines have no string field \"text\""))
    }

    @Test func canonicalizeErrors() throws {
        let bad = try TestSupport.run(["canonicalize", "--field", "text"], input: "{\"text\": \"open\n")
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("<stdin>:1: not a JSON object line"))
        let empty = try TestSupport.run(["canonicalize"], input: "")
        #expect(empty.status == 1)
        let missing = try TestSupport.run(["canonicalize", "--glossary", "/nonexistent.tsv"], input: "x\n")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent.tsv: cannot read"))
    }

    @Test func reportWritesTheOutputFolder() throws {
        let out = try TestSupport.temporaryDirectory().appendingPathComponent("report")
        let run = try TestSupport.run(["report", "--output", out.path, "Corpus/"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("4 documents, 1 translation pair"))
        for file in ["index.html", "summary.json", "glossary.json", "glossary.tsv", "glossary.tbx",
                     "pairs/kss-volunteers-call.alignment.jsonl", "pairs/kss-volunteers-call.tmx",
                     "pairs/kss-volunteers-call.gaps.json", "pairs/kss-volunteers-call.gaps.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("<td class=\"ar\" lang=\"ar\" dir=\"rtl\">"))
        #expect(html.contains("<mark>but that they would no longer be"))
        // Each finding links to its row; the page can hide pairs without findings.
        #expect(html.contains("Findings: <a href=\"#pair-kss-volunteers-call-1\">1</a>"))
        #expect(html.contains("id=\"pair-kss-volunteers-call-1\""))
        #expect(html.contains("only pairs with findings"))
        #expect(html.contains("id=\"glossary\""))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("pairs/kss-volunteers-call.section.html").path))
    }

    @Test func glossaryAndReportRefuseEmptyOrMissingCorpora() throws {
        let empty = try TestSupport.temporaryDirectory()
        for arguments in [["glossary", empty.path], ["report", "--output", empty.appendingPathComponent("out").path, empty.path]] {
            let run = try TestSupport.run(arguments)
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(empty.path): cannot read: no documents"), "\(run.stderr)")
        }
        let missing = try TestSupport.run(["glossary", "/nonexistent-corpus"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "muqabala glossary: /nonexistent-corpus: cannot read: no such file or directory\n")
        let file = empty.appendingPathComponent("en.txt")
        try Data().write(to: file)
        let blank = try TestSupport.run(["glossary", file.path])
        #expect(blank.status == 1)
        #expect(blank.stderr.contains("en.txt: input is empty"))
    }

    @Test func reportGoesOnPastABadDocumentAndSaysSo() throws {
        let corpus = try TestSupport.temporaryDirectory()
        let good = corpus.appendingPathComponent("good"), bad = corpus.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: good, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call/en.txt"),
                                         to: good.appendingPathComponent("en.txt"))
        try Data([0x61, 0xFF, 0x62]).write(to: bad.appendingPathComponent("en.txt"))
        let out = corpus.appendingPathComponent("out")
        let run = try TestSupport.run(["report", "--output", out.path, corpus.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad/en.txt: invalid UTF-8"))
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(html.contains("Documents that could not be read"))
    }
}
