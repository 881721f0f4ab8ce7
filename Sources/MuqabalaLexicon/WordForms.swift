import MuqabalaText

/// English word forms for lexicon lookup: lowercase and a light suffix stemmer, applied
/// the same way to dictionary entries and to text so that both meet.
public enum EnglishWordForm {
    /// "Volunteers" → "volunt", "fighting" → "fight", "Iran’s" → "iran".
    public static func stem(_ word: String) -> String {
        var w = Array(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "-" })
        func ends(_ suffix: String) -> Bool {
            let s = Array(suffix.unicodeScalars)
            return w.count > s.count && Array(w.suffix(s.count)) == s
        }
        func drop(_ n: Int) { w.removeLast(n) }
        if ends("ies") && w.count > 4 { drop(3); w.append("y") }
        else if ends("sses") { drop(2) }
        else if ends("s") && !ends("ss") && !ends("us") && !ends("is") && w.count > 3 { drop(1) }
        if ends("ing") && w.count > 5 { drop(3) }
        else if ends("ed") && w.count > 4 { drop(2) }
        else if ends("ly") && w.count > 5 { drop(2) }
        if ends("e") && w.count > 4 { drop(1) }
        if w.count > 3, let last = w.last, w[w.count - 2] == last, !"aeiouls".unicodeScalars.contains(last) { drop(1) }
        var result = ""
        result.unicodeScalars.append(contentsOf: w)
        return result
    }

    /// Whether a lowercased word is a function word (see `LanguageData.englishStopwords`).
    public static func isStopword(_ word: String) -> Bool {
        LanguageData.englishStopwords.contains(word.lowercased())
    }
}

/// Arabic function words. (How Arabic words split into clitics and a stem is the word model's
/// business: `ArabicClitics` and `ArabicWordModel`; lookups go through
/// `BilingualLexicon.lookupForms(_:)`.)
public enum ArabicWordForm {
    /// Whether a `search`-normalized word is a function word.
    public static func isStopword(_ word: String) -> Bool {
        LanguageData.arabicStopwords.contains(word)
    }

    /// Whether a `search`-normalized word is a function word, also when it carries clitics
    /// the word model's grammar does not split off a stem this short: a conjunction or a
    /// preposition before one (وفي، بكل، وهذا، فلم) or a pronoun after a preposition
    /// (تحته، لديهم، معها). The aligner weighs words by this, so that «وفي» is as silent as
    /// the "and in" it translates.
    public static func isFunctionWord(_ word: String) -> Bool {
        functionWordForms.contains(word)
    }

    /// Every written form ``isFunctionWord(_:)`` accepts, spelled out once: each stopword or
    /// counterpart of an English stopword, and each preposition with each pronoun suffix, then
    /// optionally a preposition ب ل ك before it (when what follows has two letters or more:
    /// بكل, بدون, but not لب), then optionally a conjunction و ف (the clitics of
    /// ``ArabicWordAnalysis``).
    static let functionWordForms: Set<String> = {
        var bases = LanguageData.arabicStopwords.union(LanguageData.arabicStopwordCounterparts)
        for preposition in LanguageData.arabicPrepositions {
            for enclitic in ArabicClitics.enclitics { bases.insert(preposition + enclitic) }
        }
        let particles: [ArabicWordAnalysis.Particle] = [.bi, .li, .ka]
        var withPreposition = bases
        for base in bases where base.count >= 2 {
            for particle in particles { withPreposition.insert(particle.rawValue + base) }
        }
        let conjunctions: [ArabicWordAnalysis.Conjunction] = [.wa, .fa]
        var forms = withPreposition
        for form in withPreposition {
            for conjunction in conjunctions { forms.insert(conjunction.rawValue + form) }
        }
        return forms
    }()
}
