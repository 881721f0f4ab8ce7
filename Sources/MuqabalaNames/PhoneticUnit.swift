import MuqabalaText

/// The common alphabet both scripts' names are parsed into before they are compared.
///
/// Arabic letters map one to one; Latin letters and digraphs (sh, kh, dh…) map onto the
/// same units. Where an Arabic letter is ambiguous the unit says so: و is ``wu`` (w or u),
/// ي is ``yi`` (y or i). Latin short vowels are units of their own; Arabic does not write
/// them, so aligning them with nothing is cheap (see ``HandRuleCosts``).
public enum PhoneticUnit: UInt8, CaseIterable, Sendable, Hashable {
    // Consonants shared by both scripts.
    case b, p, f, v, m, n, l, r
    case t, d, s, z
    /// Emphatic ط ص ض ظ: written t s d z (or dh for ظ/ض) in Latin.
    case tt, ss, dd, zz
    case th, dh, sh, ch, j, g, gh, k, q, kh
    /// ه and Latin h.
    case h
    /// ح (Latin h).
    case hh
    /// Latin consonantal w and y.
    case w, y
    /// ع, often unwritten or written as a vowel or an apostrophe in Latin.
    case ayn
    /// ء and hamza on a carrier (mid-word أ ؤ ئ), mostly unwritten in Latin.
    case hamza
    /// A Latin word-final h after a vowel (Hamzah, Abdullah): optional.
    case finalH

    // Latin vowels (short or unspecified).
    case a, e, i, o, u

    // Arabic vowel letters.
    /// ا آ and word-initial أ: a long or initial a (Latin a, e, o).
    case alef
    /// Word-initial إ: i.
    case initialI
    /// و: consonant w or vowel u/o.
    case wu
    /// ي: consonant y or vowel i/e.
    case yi
    /// ى: final a.
    case alefMaqsura
    /// ة: final a / ah / at / e.
    case taMarbuta

    // Structure.
    /// The definite article: Arabic ال, Latin al-/el-/ash-/ad-…
    case article
    /// A word boundary.
    case space

    /// True for the units that stand for vowels.
    public var isVowel: Bool {
        switch self {
        case .a, .e, .i, .o, .u, .alef, .initialI, .wu, .yi, .alefMaqsura, .taMarbuta: return true
        default: return false
        }
    }

    /// True for Latin short vowels (the ones Arabic leaves unwritten).
    public var isShortVowel: Bool {
        switch self {
        case .a, .e, .i, .o, .u: return true
        default: return false
        }
    }

    /// True for units that only make structure (article, word boundary).
    public var isStructural: Bool { self == .article || self == .space }

    /// The coarse consonant class used to index candidates (nil for vowels, glides and marks
    /// that spellings drop freely). Letters whose spellings cross classes (th as t or s)
    /// get the class they most often land in; the index tolerates the rest because it
    /// ranks candidates by how many skeleton bigrams they share, not by exact keys.
    var coarseClass: UInt8? {
        switch self {
        case .b, .p, .f, .v: return 1
        case .m: return 2
        case .n: return 3
        case .l: return 4
        case .r: return 5
        case .t, .tt, .d, .dd: return 6
        case .s, .ss, .z, .zz, .th, .dh: return 7
        case .sh, .ch, .j, .g: return 8
        case .k, .q, .gh, .kh: return 9
        case .h, .hh: return 10
        default: return nil   // vowels, glides, hamza, ayn, optional h, structure
        }
    }
}

/// A name parsed into phonetic units, with the original kept for display.
public struct PhoneticName: Hashable, Sendable {
    /// The text the name was parsed from.
    public let original: String
    /// The script of the original (the majority of its letters).
    public let script: Script
    /// The units, words separated by ``PhoneticUnit/space``.
    public let units: [PhoneticUnit]

    public init(original: String, script: Script, units: [PhoneticUnit]) {
        self.original = original
        self.script = script
        self.units = units
    }
}
