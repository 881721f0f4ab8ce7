// swift-tools-version: 6.0
import PackageDescription

/// Muqabala: collate the Arabic and English versions of a text.
///
/// One target per concern:
/// - `CICU`: a small C shim over system ICU (plain C types in its header only).
/// - `MuqabalaICU`: safe Swift API over the shim (transliterators, normalizers, break iterators).
/// - `MuqabalaText`: normalization steps and profiles, script detection, transliteration schemes.
/// - `MuqabalaNames`: cross-script name matching and candidate retrieval.
/// - `muqabala`: the command-line tool, a thin layer over the libraries.
let package = Package(
    name: "Muqabala",
    products: [
        .library(name: "MuqabalaICU", targets: ["MuqabalaICU"]),
        .library(name: "MuqabalaText", targets: ["MuqabalaText"]),
        .library(name: "MuqabalaNames", targets: ["MuqabalaNames"]),
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
        .target(name: "MuqabalaNames", dependencies: ["MuqabalaText"]),
        .executableTarget(
            name: "muqabala",
            dependencies: [
                "MuqabalaText", "MuqabalaNames",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "MuqabalaICUTests", dependencies: ["MuqabalaICU"]),
        .testTarget(name: "MuqabalaTextTests", dependencies: ["MuqabalaText", "TestSupport"]),
        .testTarget(name: "MuqabalaNamesTests", dependencies: ["MuqabalaNames", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["muqabala", "TestSupport"]),
    ]
)
