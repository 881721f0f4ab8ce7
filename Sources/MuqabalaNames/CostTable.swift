/// The costs the name aligner uses: what it costs to align two units, or a unit with nothing.
///
/// This is where a learned model plugs in. ``HandRuleCosts`` fills the table from the
/// readable rules below; a learned model (for example character-alignment weights
/// estimated by EM from a glossary of name pairs, as −log probabilities) would fill the
/// same arrays and be passed to `NameMatcher(costs:)`. Nothing else changes.
public struct CostTable: Sendable {
    static let size = PhoneticUnit.allCases.count

    /// `substitution[x * size + y]`: aligning unit x with unit y (symmetric, 0 on the diagonal).
    public var substitution: [Float]
    /// Aligning a unit with nothing, by its position in its word.
    public var deletionMedial: [Float]
    public var deletionInitial: [Float]
    public var deletionFinal: [Float]
    /// A unit repeated on one side only (gemination: Qassem / قاسم, Haqq / حق).
    public var geminate: Float
    /// The article aligned with a Latin vowel + l inside a word (Hezbollah / حزب الله).
    public var articleAsVowelL: Float
    /// Between two Latin names, a short vowel on one side only (Hamid / Hamad after a
    /// deletion and an insertion): both spellings write their vowels, so it is a real difference.
    public var latinPairShortVowelDeletion: Float
    /// Between two Arabic names, a vowel letter on one side only (محمود / محمد).
    public var arabicPairVowelLetterDeletion: Float
    /// How much a unit weighs in a name's length (the denominator of the similarity).
    public var weight: [Float]

    public init(substitution: [Float], deletionMedial: [Float], deletionInitial: [Float],
                deletionFinal: [Float], geminate: Float, articleAsVowelL: Float,
                latinPairShortVowelDeletion: Float, arabicPairVowelLetterDeletion: Float,
                weight: [Float]) {
        precondition(substitution.count == Self.size * Self.size)
        self.substitution = substitution
        self.deletionMedial = deletionMedial
        self.deletionInitial = deletionInitial
        self.deletionFinal = deletionFinal
        self.geminate = geminate
        self.articleAsVowelL = articleAsVowelL
        self.latinPairShortVowelDeletion = latinPairShortVowelDeletion
        self.arabicPairVowelLetterDeletion = arabicPairVowelLetterDeletion
        self.weight = weight
    }

    @inline(__always) func sub(_ x: PhoneticUnit, _ y: PhoneticUnit) -> Float {
        substitution[Int(x.rawValue) * Self.size + Int(y.rawValue)]
    }

    /// The hand-written rules of ``HandRuleCosts``.
    public static let handRules = HandRuleCosts.table()
}

/// Hand-written alignment costs, in one table a linguist can review.
///
/// Costs are in "consonant edits": 1 is a wholly different consonant. Spelling variation
/// that news and transliteration standards produce costs little; what changes a name
/// (a different consonant, an extra final vowel: al-Hakim is not al-Hakimi) costs a lot.
public enum HandRuleCosts {
    typealias U = PhoneticUnit

    /// Unit pairs that spellings of the same name interchange, with their cost.
    static let equivalences: [([U], [U], Float)] = [
        // Emphatics are written like the plain letters.
        ([.s], [.ss], 0.0), ([.t], [.tt], 0.0), ([.d], [.dd], 0.0), ([.z], [.zz], 0.05),
        ([.h], [.hh], 0.05),
        // dh / z / d / th: ذ ظ ض and their Latin spellings (al-Kadhimi, al-Kazemi).
        ([.dh], [.zz], 0.05), ([.dh], [.z], 0.15), ([.dh], [.dd], 0.1), ([.dh], [.d], 0.25),
        ([.zz], [.d], 0.3), ([.zz], [.dd], 0.25), ([.z], [.dd], 0.3),
        ([.th], [.dh], 0.2), ([.th], [.s, .ss], 0.3), ([.th], [.t, .tt], 0.3), ([.th], [.z, .zz], 0.45),
        ([.z, .zz], [.s, .ss], 0.45), ([.d, .dd], [.t, .tt], 0.5),
        // q / k / g (Qasim, Kasim, Gasim; Gaddafi).
        ([.q], [.k], 0.15), ([.q], [.g], 0.3), ([.k], [.g], 0.4), ([.q], [.gh], 0.5),
        ([.g], [.gh], 0.15), ([.g], [.j], 0.25), ([.gh], [.r], 0.6),
        // kh / h / ch; sh / ch; j / y.
        ([.kh], [.ch], 0.2), ([.kh], [.h, .hh], 0.5), ([.kh], [.k], 0.5), ([.kh], [.gh], 0.5),
        ([.sh], [.ch], 0.15), ([.sh], [.s, .ss], 0.5), ([.ch], [.k], 0.5), ([.ch], [.j], 0.4),
        ([.j], [.y], 0.6), ([.j], [.z], 0.5),
        // Labials: Arabic has no p or v.
        ([.b], [.p], 0.3), ([.b], [.v], 0.4), ([.f], [.v], 0.2), ([.f], [.p], 0.4),
        ([.w], [.v], 0.3), ([.m], [.n], 0.7), ([.l], [.r], 0.8),
        // Latin glides and vowels against Arabic vowel letters.
        ([.wu], [.w, .u, .o], 0.0), ([.wu], [.v], 0.3), ([.wu], [.a], 0.7), ([.wu], [.e, .i], 0.7),
        ([.yi], [.y, .i], 0.0), ([.yi], [.e], 0.15), ([.yi], [.j], 0.5), ([.yi], [.a], 1.0),
        ([.yi], [.o, .u], 1.0),
        ([.alef], [.a], 0.0), ([.alef], [.e], 0.2), ([.alef], [.o], 0.3), ([.alef], [.i, .u], 0.5),
        ([.initialI], [.i], 0.0), ([.initialI], [.e], 0.1), ([.initialI], [.a], 0.5), ([.initialI], [.alef], 0.5),
        ([.alefMaqsura], [.a, .alef], 0.0), ([.alefMaqsura], [.e], 0.3), ([.alefMaqsura], [.i, .yi, .y], 0.3),
        ([.alefMaqsura], [.o, .u], 0.5),
        ([.taMarbuta], [.a, .alef], 0.0), ([.taMarbuta], [.e], 0.15), ([.taMarbuta], [.t, .h, .finalH], 0.3),
        ([.taMarbuta], [.i], 0.6),
        ([.h], [.finalH], 0.0), ([.hh], [.finalH], 0.05), ([.h], [.taMarbuta], 0.3),
        // Ayn and hamza are often written as a vowel (Shaabi, Ala'a, Wa'il).
        ([.ayn], [.a, .alef], 0.1), ([.ayn], [.e], 0.2), ([.ayn], [.i, .o, .u], 0.3),
        ([.hamza], [.a, .e, .i, .o, .u, .alef, .y], 0.15), ([.ayn], [.hamza], 0.1),
        // Latin vowels: a/e, e/i and o/u are spelling variants (Ahmed/Ahmad, Khalid/Khaled,
        // Omar/Umar); a/i, a/u, i/u change the name (Hamid/Hamad, Basra/Busra, Hasan/Husayn).
        ([.a], [.e], 0.2), ([.e], [.i], 0.2), ([.o], [.u], 0.1), ([.a], [.o], 0.7),
        ([.e], [.o], 0.5), ([.a], [.i], 1.0), ([.a], [.u], 1.0), ([.e], [.u], 0.7),
        ([.i], [.o], 1.0), ([.i], [.u], 1.0), ([.y], [.i], 0.1), ([.w], [.u], 0.1),
        // Arabic vowel letters against each other (spelling variants in Arabic script).
        ([.wu], [.yi], 0.8), ([.alef], [.wu, .yi], 0.8), ([.alef], [.alefMaqsura, .taMarbuta], 0.3),
    ]

    /// Cost of aligning a unit with nothing: (medial, word-initial, word-final).
    static func deletion(_ unit: U) -> (Float, Float, Float) {
        switch unit {
        case .e: return (0.25, 0.35, 0.4)                       // English silent final e (Joe, Clarke)
        // Short vowels are unwritten in Arabic, but a final vowel is written and meaningful
        // (the nisba: al-Hakim is not al-Hakimi).
        case .a, .i, .o, .u: return (0.25, 0.35, 1.6)
        case .alef, .wu, .yi: return (0.75, 0.6, 1.6)           // long vowels are written
        case .initialI: return (0.4, 0.4, 1.0)
        case .alefMaqsura, .taMarbuta: return (0.8, 0.8, 0.8)
        case .hamza: return (0.05, 0.05, 0.05)
        case .ayn: return (0.15, 0.15, 0.3)
        case .finalH: return (0.15, 0.15, 0.15)
        case .h: return (0.7, 0.7, 0.3)                         // final ه is often silent
        case .w, .y: return (0.7, 0.7, 0.7)
        case .article: return (0.2, 0.2, 0.2)
        case .space: return (0.25, 0.25, 0.25)
        default: return (1.0, 1.0, 1.0)
        }
    }

    /// How much a unit counts towards a name's length.
    static func weight(_ unit: U) -> Float {
        switch unit {
        case .a, .e, .i, .o, .u: return 0.4
        case .alef, .wu, .yi, .initialI, .alefMaqsura, .taMarbuta: return 0.7
        case .hamza, .ayn, .finalH, .article: return 0.3
        case .space: return 0.2
        default: return 1.0
        }
    }

    /// Default costs for pairs the rules do not list.
    static func defaultSubstitution(_ x: U, _ y: U) -> Float {
        if x == y { return 0 }
        if x.isStructural || y.isStructural { return 9 }   // never align structure with letters
        switch (x.isVowel, y.isVowel) {
        case (true, true): return 0.6
        case (false, false): return 1.0
        default: return 1.3
        }
    }

    static func table() -> CostTable {
        let size = CostTable.size
        var substitution = [Float](repeating: 0, count: size * size)
        for x in U.allCases {
            for y in U.allCases {
                substitution[Int(x.rawValue) * size + Int(y.rawValue)] = defaultSubstitution(x, y)
            }
        }
        for (left, right, cost) in equivalences {
            for x in left {
                for y in right where x != y {
                    substitution[Int(x.rawValue) * size + Int(y.rawValue)] = cost
                    substitution[Int(y.rawValue) * size + Int(x.rawValue)] = cost
                }
            }
        }
        let deletions = U.allCases.map(deletion)
        return CostTable(
            substitution: substitution,
            deletionMedial: deletions.map(\.0),
            deletionInitial: deletions.map(\.1),
            deletionFinal: deletions.map(\.2),
            geminate: 0.1,
            articleAsVowelL: 0.1,
            latinPairShortVowelDeletion: 0.8,
            arabicPairVowelLetterDeletion: 1.2,
            weight: U.allCases.map(weight))
    }
}
