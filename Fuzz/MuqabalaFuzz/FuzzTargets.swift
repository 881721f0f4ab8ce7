// libFuzzer targets for Muqabala's input readers and text functions.
//
// Built only by `scripts/fuzz` (the package adds this target when MUQABALA_FUZZ is set),
// with `-sanitize=fuzzer,address`. One binary holds every target; the environment variable
// MUQABALA_FUZZ_TARGET picks one: utf8, normalize, segment, match, curated, glossary-json, align.
// A target fails (a crash libFuzzer reports) on a trap, a sanitizer error, or a broken
// property checked below with `check`.
import Foundation
import MuqabalaAlign
import MuqabalaGlossary
import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaSegment
import MuqabalaText

/// A property every input must keep; a failure stops the fuzzer with the input saved.
func check(_ condition: Bool, _ what: @autoclosure () -> String) {
    if !condition {
        FileHandle.standardError.write(Data("property broken: \(what())\n".utf8))
        abort()
    }
}

/// The bytes in a scratch file (for the readers that take a path), one per process,
/// rewritten in place with plain POSIX calls (FileManager's atomic write, a temporary file
/// and a rename per execution, made the file-reading targets ten times slower).
func scratchFile(_ bytes: [UInt8]) -> String {
    let path = NSTemporaryDirectory() + "muqabala-fuzz-\(getpid()).txt"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // A scratch file that cannot be written would leave the readers an old input: stop.
    precondition(fd >= 0 && POSIX.writeAll(bytes, to: fd) == nil, "cannot write \(path)")
    close(fd)
    return path
}

enum Targets {
    static let name = ProcessInfo.processInfo.environment["MUQABALA_FUZZ_TARGET"] ?? "normalize"
    static let profiles = NormalizationProfile.allCases.map { Normalizer(profile: $0) }
    static let segmenters = [SentenceSegmenter(language: .english), SentenceSegmenter(language: .arabic)]
    static let matcher = NameMatcher()
    static let aligner = Aligner(lexicon: BilingualLexicon(pairs: [("president", "رئيس"), ("said", "قال"), ("iraq", "العراق")]))

    static func run(_ bytes: [UInt8]) {
        switch name {
        case "utf8": utf8(bytes)
        case "normalize": normalize(bytes)
        case "segment": segment(bytes)
        case "match": match(bytes)
        case "curated": curated(bytes)
        case "glossary-json": glossaryJSON(bytes)
        case "align": align(bytes)
        default:
            FileHandle.standardError.write(Data("unknown MUQABALA_FUZZ_TARGET \(name)\n".utf8))
            exit(2)
        }
    }

    /// The document and line readers agree on validity, and never lose a valid line.
    static func utf8(_ bytes: [UInt8]) {
        let document = try? TextInput.decodeDocument(bytes, source: "fuzz")
        var lines = 0
        let valid = (try? TextInput.forEachLine(of: scratchFile(bytes)) { _, _ in lines += 1 }) != nil
        if document != nil { check(valid, "a document the line reader refuses") }
    }

    /// Every profile maps valid UTF-8 to valid UTF-8, the same whether the input comes in
    /// one chunk or two.
    static func normalize(_ bytes: [UInt8]) {
        let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
        for normalizer in profiles {
            var whole = NormalizationStream(normalizer: normalizer)
            var one: [UInt8] = []
            let okWhole = bytes.withUnsafeBufferPointer { (try? whole.process($0, into: &one)) != nil }
                && (try? whole.finish(into: &one)) != nil
            var split = NormalizationStream(normalizer: normalizer)
            var two: [UInt8] = []
            let okSplit = bytes.withUnsafeBufferPointer { buffer in
                (try? split.process(UnsafeBufferPointer(rebasing: buffer[..<cut]), into: &two)) != nil
                    && (try? split.process(UnsafeBufferPointer(rebasing: buffer[cut...]), into: &two)) != nil
            } && (try? split.finish(into: &two)) != nil
            check(okWhole == okSplit, "chunking changed validity (\(normalizer.steps))")
            if okWhole {
                check(String(validating: one, as: UTF8.self) != nil, "invalid UTF-8 out")
                check(one == two, "chunking changed the output (\(normalizer.steps))")
            }
        }
    }

    /// Sentences are non-empty and keep every letter of the paragraph.
    static func segment(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        for segmenter in segmenters {
            let sentences = segmenter.sentences(in: text)
            let letters = { (s: String) in s.unicodeScalars.filter { $0.properties.isAlphabetic }.count }
            check(sentences.allSatisfy { !$0.isEmpty }, "an empty sentence")
            check(sentences.map(letters).reduce(0, +) == letters(text), "letters lost in segmentation")
        }
        _ = DocumentReader().segment(text, source: "fuzz", language: .english)
    }

    /// Scores are in 0…1 and symmetric.
    static func match(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let parts = text.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
        let a = String(parts[0]), b = parts.count > 1 ? String(parts[1]) : ""
        let ab = matcher.compare(a, b).score, ba = matcher.compare(b, a).score
        check((0...1).contains(ab), "score \(ab) outside 0…1")
        check(abs(ab - ba) < 1e-9, "asymmetric score \(ab) / \(ba)")
    }

    static func curated(_ bytes: [UInt8]) {
        _ = try? CuratedGlossary.read(scratchFile(bytes))
    }

    static func glossaryJSON(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        if let observations = try? Glossary.observations(fromJSON: text, source: "fuzz") {
            _ = GlossaryBuilder(lexicon: .empty, exonyms: .standard, curated: nil).build(observations)
        }
    }

    /// Every alignable sentence appears in exactly one bead.
    static func align(_ bytes: [UInt8]) {
        guard bytes.count < 4096, let text = String(validating: bytes, as: UTF8.self) else { return }
        let parts = text.split(separator: "\u{0}", maxSplits: 1, omittingEmptySubsequences: false)
        let reader = DocumentReader()
        let en = reader.segment(String(parts[0]), source: "en", language: .english)
        let ar = reader.segment(parts.count > 1 ? String(parts[1]) : "", source: "ar", language: .arabic)
        let alignment = aligner.align(en, ar)
        let englishSeen = alignment.beads.flatMap(\.en).sorted(), arabicSeen = alignment.beads.flatMap(\.ar).sorted()
        check(englishSeen == en.sentences.map(\.index), "English sentences lost or repeated")
        check(arabicSeen == ar.sentences.map(\.index), "Arabic sentences lost or repeated")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Targets.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
