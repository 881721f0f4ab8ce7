/// A writing system the toolkit distinguishes.
public enum Script: String, Sendable, Codable, CaseIterable {
    case arabic, latin

    /// The language name used in messages ("Arabic", "English").
    public var languageName: String { self == .arabic ? "Arabic" : "English" }
}

/// Counts of Arabic-script and Latin-script letters in a text.
public struct ScriptCounts: Equatable, Sendable {
    public private(set) var arabic = 0
    public private(set) var latin = 0

    public init(_ text: String) {
        for scalar in text.unicodeScalars {
            switch Self.script(of: scalar) {
            case .arabic?: arabic += 1
            case .latin?: latin += 1
            case nil: break
            }
        }
    }

    /// All counted letters.
    public var letters: Int { arabic + latin }

    /// The share of `script` among counted letters (0 when there are none).
    public func share(of script: Script) -> Double {
        letters == 0 ? 0 : Double(script == .arabic ? arabic : latin) / Double(letters)
    }

    /// The script most letters are in, or nil for a text without letters.
    public var dominant: Script? {
        letters == 0 ? nil : (arabic >= latin ? .arabic : .latin)
    }

    /// The script of a letter, or nil for anything that is not an Arabic or Latin letter.
    @inlinable
    public static func script(of scalar: Unicode.Scalar) -> Script? {
        let v = scalar.value
        if v < 0x80 {
            return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A ? .latin : nil
        }
        switch v {
        case 0x00C0...0x024F, 0x1E00...0x1EFF:
            return (v == 0xD7 || v == 0xF7) ? nil : .latin
        default:
            return ArabicScript.isLetter(v) ? .arabic : nil
        }
    }
}
