import MuqabalaICU

/// What one normalization step does to one Unicode scalar.
public enum ScalarMapping: Equatable, Sendable {
    /// Leave the scalar as it is.
    case keep
    /// Remove it.
    case delete
    /// Replace it with this text (which later steps normalize further).
    case replace(String)
}

/// One small, named normalization step. Profiles are ordered lists of steps.
///
/// Most steps map one scalar at a time (``map(_:)``), so a profile compiles into a
/// lookup table and runs at memory speed. Two steps need context and run on whole
/// lines: ``nfc`` and ``collapseWhitespace``.
public enum NormalizationStep: String, CaseIterable, Sendable, Codable {
    // Both scripts
    /// Remove bidi marks and embeddings (U+200E/F, U+202A–202E, U+2066–2069, U+061C),
    /// ZWSP/ZWJ/ZWNJ, word joiner, soft hyphen and the BOM (U+FEFF).
    case removeFormatControls
    /// Remove only the bidi marks, embeddings, isolates and the BOM: what never changes
    /// meaning (ZWNJ, ZWJ, ZWSP and the soft hyphen stay). The `display` profile's step.
    case removeDirectionControls
    /// Fold exotic spaces (NBSP, thin, ideographic, line/paragraph separators…) to a plain space.
    case foldSpaces
    /// Fold hyphens, en/em dashes and minus signs to `-`.
    case foldDashes
    /// Fold typographic double quotes and guillemets to `"` and the apostrophe family to `'`.
    case foldQuotes

    // Arabic
    /// NFKC on the Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF): ﻻ → لا.
    case arabicPresentationForms
    /// Remove tatweel (U+0640): بـــغداد → بغداد.
    case removeTatweel
    /// Remove tashkeel (U+064B–065F) and the dagger alef (U+0670): مُحَمَّد → محمد.
    case removeTashkeel
    /// Remove Quranic annotation marks (U+06D6–06ED) and honorific marks (U+0610–061A).
    case removeQuranicMarks
    /// Fold Persian/Urdu look-alike letters to Arabic: ک → ك, ی → ي, ۀ ھ ہ → ه.
    case foldPersianLetters
    /// Fold alef variants to bare alef: أ إ آ ٱ → ا.
    case foldAlef
    /// Fold alef maqsura to ya: ى → ي.
    case foldAlefMaqsura
    /// Fold ta marbuta to ha: ة → ه.
    case foldTaMarbuta
    /// Fold hamza carriers to their carrier letter: ؤ → و, ئ → ي.
    case foldHamzaCarriers
    /// Arabic-Indic and Eastern Arabic-Indic digits → ASCII; ٫ → `.`, ٬ → `,`.
    case arabicDigits
    /// Arabic punctuation → Latin: ، → `,`, ؛ → `;`, ؟ → `?`, ٪ → `%`.
    case arabicPunctuation

    // Latin (and other cased scripts)
    /// Full Unicode case folding: "Al-Kadhimi" → "al-kadhimi", "ß" → "ss".
    case caseFold
    /// Remove diacritics: ā ḥ ṣ é → a h s e; ø ł đ → o l d.
    case removeLatinDiacritics
    /// Remove the apostrophe family (' ’ ‘ ʿ ʾ ʼ ` ´), which romanizations use for ayn and hamza.
    case removeApostrophes
    /// Replace every punctuation character with a space.
    case punctuationToSpace

    // Whole-line steps
    /// Unicode NFC (canonical composition), through ICU.
    case nfc
    /// Collapse runs of spaces to one and trim both ends of each line.
    case collapseWhitespace

    /// Which script's text the step is meant for; `NormalizationLanguage` uses it to skip steps.
    public var script: StepScript {
        switch self {
        case .removeFormatControls, .removeDirectionControls, .foldSpaces, .foldDashes, .foldQuotes,
             .punctuationToSpace, .nfc, .collapseWhitespace:
            return .any
        case .arabicPresentationForms, .removeTatweel, .removeTashkeel, .removeQuranicMarks,
             .foldPersianLetters, .foldAlef, .foldAlefMaqsura, .foldTaMarbuta,
             .foldHamzaCarriers, .arabicDigits, .arabicPunctuation:
            return .arabic
        case .caseFold, .removeLatinDiacritics, .removeApostrophes:
            return .latin
        }
    }

    /// The BMP scalars the step may change (a superset), so that compiling a normalizer looks
    /// at those and not all 65,536. Steps defined by a Unicode property scan for it.
    func candidates(into marks: inout [Bool]) {
        typealias T = CharacterTables
        func mark<S: Sequence>(_ values: S) where S.Element == UInt32 { for v in values where v < 0x10000 { marks[Int(v)] = true } }
        func mark(_ ranges: [ClosedRange<UInt32>]) { for range in ranges { mark(range) } }
        switch self {
        case .removeFormatControls: mark(T.formatControls)
        case .removeDirectionControls: mark(T.directionControls)
        case .foldSpaces: mark(T.spaces)
        case .foldDashes: mark(T.dashes)
        case .foldQuotes: mark(T.doubleQuotes); mark(T.apostrophes)
        case .arabicPresentationForms: mark(T.arabicPresentationFormRanges)
        case .removeTatweel: mark([T.tatweel])
        case .removeTashkeel: mark(T.tashkeelRanges)
        case .removeQuranicMarks: mark(T.quranicMarkRanges)
        case .foldPersianLetters: mark(T.persianLookalikes.keys)
        case .foldAlef: mark(T.alefVariants.keys)
        case .foldAlefMaqsura: mark(T.alefMaqsura.keys)
        case .foldTaMarbuta: mark(T.taMarbuta.keys)
        case .foldHamzaCarriers: mark(T.hamzaCarriers.keys)
        case .arabicDigits: mark(T.arabicDigits.keys)
        case .arabicPunctuation: mark(T.arabicPunctuation.keys)
        case .removeLatinDiacritics: mark(T.combiningDiacriticRanges); mark(T.diacriticFoldingRanges); mark(T.latinUndecomposable.keys)
        case .removeApostrophes: mark(T.apostrophes)
        case .caseFold:
            for v in 0..<UInt32(0x10000) where !marks[Int(v)] {
                if let scalar = Unicode.Scalar(v), scalar.properties.changesWhenCaseFolded { marks[Int(v)] = true }
            }
        case .punctuationToSpace:
            for v in 0..<UInt32(0x10000) where !marks[Int(v)] {
                guard let scalar = Unicode.Scalar(v) else { continue }
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                     .initialPunctuation, .finalPunctuation, .otherPunctuation:
                    marks[Int(v)] = true
                default:
                    break
                }
            }
        case .nfc, .collapseWhitespace:
            break
        }
    }

    /// Whether `map` calls into ICU for some scalars (so compiling a table batches those calls).
    var usesICU: Bool { self == .arabicPresentationForms || self == .caseFold || self == .removeLatinDiacritics }

    /// ``map(_:)`` for many scalars at once, with one ICU call for all of them instead of one
    /// each (compiling a normalizer then takes milliseconds). Separated by U+0001, a starter
    /// that neither composes nor reorders with anything, the scalars cannot affect each other.
    func batchMap(_ scalars: [Unicode.Scalar]) -> [UInt32: ScalarMapping] {
        guard usesICU, !scalars.isEmpty else { return [:] }
        typealias T = CharacterTables
        let separator: Unicode.Scalar = "\u{1}"
        func joined(_ pieces: [String]) -> String { pieces.joined(separator: String(separator)) }
        func split(_ text: String) -> [String] {
            text.unicodeScalars.split(separator: separator, omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        }
        let originals = scalars.map { String($0) }
        var results: [String]
        switch self {
        case .arabicPresentationForms:
            guard let folded = try? NormalizationForm.nfkc.normalize(joined(originals)) else { return [:] }
            results = split(folded)
        case .caseFold:
            guard let folded = try? foldCase(joined(originals)) else { return [:] }
            results = split(folded)
        default:   // removeLatinDiacritics: decompose, drop generic marks, compose again
            guard let decomposed = try? NormalizationForm.nfd.normalize(joined(originals)) else { return [:] }
            let stripped = split(decomposed).map { piece in
                String(String.UnicodeScalarView(piece.unicodeScalars.filter { !T.contains(T.combiningDiacriticRanges, $0.value) }))
            }
            guard let composed = try? NormalizationForm.nfc.normalize(joined(stripped)) else { return [:] }
            results = split(composed)
        }
        guard results.count == scalars.count else { return [:] }
        var mappings: [UInt32: ScalarMapping] = [:]
        for (k, scalar) in scalars.enumerated() {
            let v = scalar.value
            var result = results[k]
            if self == .removeLatinDiacritics {
                if T.contains(T.combiningDiacriticRanges, v) { mappings[v] = .delete; continue }
                if let base = T.latinUndecomposable[v] { result = base }
                else if !T.contains(T.diacriticFoldingRanges, v) { mappings[v] = .keep; continue }
            }
            if self == .caseFold, !scalar.properties.changesWhenCaseFolded { mappings[v] = .keep; continue }
            if self == .arabicPresentationForms, !T.contains(T.arabicPresentationFormRanges, v) { mappings[v] = .keep; continue }
            mappings[v] = result == originals[k] ? .keep : result.isEmpty ? .delete : .replace(result)
        }
        return mappings
    }

    /// Whether the step needs a whole line rather than one scalar at a time.
    public var isLineLevel: Bool { self == .nfc || self == .collapseWhitespace }

    /// What the step does to one scalar. Line-level steps keep every scalar.
    public func map(_ scalar: Unicode.Scalar) -> ScalarMapping {
        let v = scalar.value
        typealias T = CharacterTables
        switch self {
        case .removeFormatControls:
            return T.formatControls.contains(v) ? .delete : .keep
        case .removeDirectionControls:
            return T.directionControls.contains(v) ? .delete : .keep
        case .foldSpaces:
            return T.spaces.contains(v) ? .replace(" ") : .keep
        case .foldDashes:
            return T.dashes.contains(v) ? .replace("-") : .keep
        case .foldQuotes:
            if T.doubleQuotes.contains(v) { return .replace("\"") }
            if v != 0x27, T.apostrophes.contains(v) { return .replace("'") }
            return .keep
        case .arabicPresentationForms:
            guard T.contains(T.arabicPresentationFormRanges, v) else { return .keep }
            guard let folded = try? NormalizationForm.nfkc.normalize(String(scalar)),
                  folded != String(scalar) else { return .keep }
            return .replace(folded)
        case .removeTatweel:
            return v == T.tatweel ? .delete : .keep
        case .removeTashkeel:
            return T.contains(T.tashkeelRanges, v) ? .delete : .keep
        case .removeQuranicMarks:
            return T.contains(T.quranicMarkRanges, v) ? .delete : .keep
        case .foldPersianLetters:
            return Self.replacing(v, T.persianLookalikes)
        case .foldAlef:
            return Self.replacing(v, T.alefVariants)
        case .foldAlefMaqsura:
            return Self.replacing(v, T.alefMaqsura)
        case .foldTaMarbuta:
            return Self.replacing(v, T.taMarbuta)
        case .foldHamzaCarriers:
            return Self.replacing(v, T.hamzaCarriers)
        case .arabicDigits:
            return T.arabicDigits[v].map(ScalarMapping.replace) ?? .keep
        case .arabicPunctuation:
            return T.arabicPunctuation[v].map(ScalarMapping.replace) ?? .keep
        case .caseFold:
            guard scalar.properties.changesWhenCaseFolded,
                  let folded = try? foldCase(String(scalar)), folded != String(scalar) else { return .keep }
            return .replace(folded)
        case .removeLatinDiacritics:
            return Self.removingDiacritics(scalar)
        case .removeApostrophes:
            return T.apostrophes.contains(v) ? .delete : .keep
        case .punctuationToSpace:
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                return .replace(" ")
            default:
                return .keep
            }
        case .nfc, .collapseWhitespace:
            return .keep
        }
    }

    private static func replacing(_ v: UInt32, _ table: [UInt32: UInt32]) -> ScalarMapping {
        guard let target = table[v], let scalar = Unicode.Scalar(target) else { return .keep }
        return .replace(String(scalar))
    }

    /// NFD, drop generic combining diacritics, NFC again; plus the undecomposable letters.
    private static func removingDiacritics(_ scalar: Unicode.Scalar) -> ScalarMapping {
        let v = scalar.value
        typealias T = CharacterTables
        if T.contains(T.combiningDiacriticRanges, v) { return .delete }
        if let base = T.latinUndecomposable[v] { return .replace(base) }
        guard T.contains(T.diacriticFoldingRanges, v) else { return .keep }
        guard let decomposed = try? NormalizationForm.nfd.normalize(String(scalar)) else { return .keep }
        let kept = decomposed.unicodeScalars.filter { !T.contains(T.combiningDiacriticRanges, $0.value) }
        if kept.count == decomposed.unicodeScalars.count { return .keep }
        var text = ""
        text.unicodeScalars.append(contentsOf: kept)
        let recomposed = (try? NormalizationForm.nfc.normalize(text)) ?? text
        return recomposed == String(scalar) ? .keep : .replace(recomposed)
    }
}

/// The script a normalization step is meant for.
public enum StepScript: Sendable {
    case any, arabic, latin
}
