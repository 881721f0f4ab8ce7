// swift-tools-version: 6.0
import Foundation
import PackageDescription

/// Muqabala: collate the Arabic and English versions of a text.
///
/// One target per concern:
/// - `CICU`: a small C shim over system ICU (plain C types in its header only).
/// - `MuqabalaICU`: safe Swift API over the shim (transliterators, normalizers, break iterators).
/// - `MuqabalaText`: normalization steps and profiles, script detection, transliteration schemes.
/// - `MuqabalaIO`: validated text input, outputs written whole (atomic files, staged
///   folders), JSON and XML writing.
/// - `MuqabalaNames`: cross-script name matching and candidate retrieval.
/// - `CZlib`: one C function over zlib, to read FreeDict's dictzip files.
/// - `MuqabalaSegment`: documents into paragraphs and sentences; repeats and boilerplate.
/// - `MuqabalaLexicon`: the Arabic–English lexicon (FreeDict) and word normalization for it.
/// - `MuqabalaAlign`: the sentence aligner and its output formats.
/// - `MuqabalaGlossary`: name mentions, glossaries (curated and built), canonicalization.
/// - `MuqabalaReport`: the translation-gap report of one pair (text, Markdown, JSON, HTML section).
/// - `MuqabalaCorpus`: the corpus report: every document of a corpus processed in parallel
///   (or in shards, merged), the glossary and the HTML page.
/// - `MuqabalaEvaluation`: quality measured on labelled data (alignment, gap report, glossary).
/// - `muqabala`: the command-line tool, a thin layer over the libraries.
let package = Package(
    name: "Muqabala",
    products: [
        .library(name: "MuqabalaICU", targets: ["MuqabalaICU"]),
        .library(name: "MuqabalaText", targets: ["MuqabalaText"]),
        .library(name: "MuqabalaIO", targets: ["MuqabalaIO"]),
        .library(name: "MuqabalaNames", targets: ["MuqabalaNames"]),
        .library(name: "MuqabalaSegment", targets: ["MuqabalaSegment"]),
        .library(name: "MuqabalaLexicon", targets: ["MuqabalaLexicon"]),
        .library(name: "MuqabalaAlign", targets: ["MuqabalaAlign"]),
        .library(name: "MuqabalaGlossary", targets: ["MuqabalaGlossary"]),
        .library(name: "MuqabalaReport", targets: ["MuqabalaReport"]),
        .library(name: "MuqabalaCorpus", targets: ["MuqabalaCorpus"]),
        .executable(name: "muqabala", targets: ["muqabala"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(name: "MuqabalaICU", dependencies: ["CICU"]),
        .target(name: "MuqabalaText", dependencies: ["MuqabalaICU"]),
        .target(name: "MuqabalaIO", dependencies: ["MuqabalaText"]),
        .target(name: "MuqabalaNames", dependencies: ["MuqabalaText", "MuqabalaIO"]),
        .target(name: "CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "MuqabalaSegment", dependencies: ["MuqabalaText", "MuqabalaIO"]),
        .target(name: "MuqabalaLexicon", dependencies: ["MuqabalaText", "MuqabalaIO", "MuqabalaICU", "CZlib"]),
        .target(name: "MuqabalaAlign", dependencies: ["MuqabalaIO", "MuqabalaSegment", "MuqabalaLexicon", "MuqabalaNames"]),
        .target(name: "MuqabalaGlossary", dependencies: ["MuqabalaIO", "MuqabalaAlign", "MuqabalaNames", "MuqabalaLexicon"]),
        .target(name: "MuqabalaReport", dependencies: ["MuqabalaIO", "MuqabalaAlign", "MuqabalaGlossary"]),
        .target(name: "MuqabalaCorpus", dependencies: ["MuqabalaIO", "MuqabalaAlign", "MuqabalaGlossary", "MuqabalaReport"]),
        .target(name: "MuqabalaEvaluation", dependencies: ["MuqabalaIO", "MuqabalaAlign", "MuqabalaLexicon", "MuqabalaGlossary", "MuqabalaReport"]),
        .executableTarget(
            name: "muqabala",
            dependencies: [
                "MuqabalaText", "MuqabalaIO", "MuqabalaNames", "MuqabalaSegment", "MuqabalaAlign", "MuqabalaGlossary", "MuqabalaReport",
                "MuqabalaCorpus", "MuqabalaEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["MuqabalaLexicon"], path: "Tests/TestSupport"),
        .testTarget(name: "MuqabalaICUTests", dependencies: ["MuqabalaICU"]),
        .testTarget(name: "MuqabalaTextTests", dependencies: ["MuqabalaText", "MuqabalaIO", "TestSupport"]),
        .testTarget(name: "MuqabalaNamesTests", dependencies: ["MuqabalaNames", "TestSupport"]),
        .testTarget(name: "MuqabalaSegmentTests", dependencies: ["MuqabalaSegment", "TestSupport"]),
        .testTarget(name: "MuqabalaAlignTests", dependencies: ["MuqabalaIO", "MuqabalaAlign", "MuqabalaReport", "MuqabalaEvaluation", "TestSupport"]),
        .testTarget(name: "MuqabalaGlossaryTests", dependencies: ["MuqabalaIO", "MuqabalaGlossary", "TestSupport"]),
        .testTarget(name: "MuqabalaLexiconTests", dependencies: ["MuqabalaIO", "MuqabalaLexicon", "TestSupport"]),
        .testTarget(name: "MuqabalaEvaluationTests", dependencies: ["MuqabalaEvaluation", "TestSupport"]),
        .testTarget(name: "MuqabalaCorpusTests", dependencies: ["MuqabalaIO", "MuqabalaCorpus", "MuqabalaReport", "MuqabalaGlossary", "MuqabalaAlign", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["muqabala", "TestSupport"]),
    ]
)

// libFuzzer targets, built only by scripts/fuzz (with -sanitize=fuzzer,address, libFuzzer
// supplies `main`; an ordinary build would have none).
if ProcessInfo.processInfo.environment["MUQABALA_FUZZ"] != nil {
    package.targets.append(.executableTarget(
        name: "MuqabalaFuzz",
        dependencies: ["MuqabalaText", "MuqabalaIO", "MuqabalaNames", "MuqabalaSegment", "MuqabalaLexicon", "MuqabalaAlign", "MuqabalaGlossary"],
        path: "Fuzz/MuqabalaFuzz",
        swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    ))
}
