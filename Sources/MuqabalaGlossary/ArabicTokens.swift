import MuqabalaIO
import MuqabalaLexicon
import MuqabalaNames
import MuqabalaText

/// A word of an Arabic sentence as the name finders read it.
struct ArabicToken {
    /// The word as written, letters only (no marks or tatweel).
    var letters: String
    /// The readings of the word that name finders consider: the whole word, and the word
    /// model's best reading with proclitics off if it has some.
    var readings: [ArabicWordAnalysis]
    /// The model's best reading.
    var best: ArabicWordAnalysis
    /// Punctuation right after the word.
    var breakAfter: Bool
    /// A Latin-script word left untranslated in the Arabic (Blackrock, AT&T).
    var isLatin: Bool
    /// `search` normalization of the best reading's form.
    var folded: String

    /// The form a reading gives the word (conjunction and preposition off; ل + ال → ال).
    func form(_ reading: ArabicWordAnalysis?) -> String { isLatin ? letters : (reading ?? best).form }

    /// The kind of thing the word names as a head noun (حزب, وكالة, الجمعية), with or without
    /// the article, or nil.
    var headNounKind: EntityKind? {
        if let kind = NameData.arabicHeads[folded] { return kind }
        return folded.hasPrefix("ال") ? NameData.arabicHeads[String(folded.unicodeScalars.dropFirst(2))] : nil
    }
}

/// Reads the words of an Arabic sentence through the word model (with the document's words
/// as evidence), keeping Latin-script words too.
func arabicTokens(_ sentence: String, model: ArabicWordModel, document: ArabicWordCounts?) -> [ArabicToken] {
    var tokens = readTokens(sentence, model: model, document: document)
    // ل before a stem that opens with ل is ل + ال when a definite adjective follows (للجنة
    // الثانية: «اللجنة الثانية»), and bare ل before a noun it is in construct with (للجنة
    // البرنامج: «لجنة البرنامج»); the word model, reading one word, cannot tell.
    for k in tokens.indices where !tokens[k].isLatin && tokens[k].best.particle == .li && tokens[k].best.stem.hasPrefix("ل") {
        let next = k + 1 < tokens.count && !tokens[k].breakAfter ? tokens[k + 1].folded : ""
        // Only a stem whose definite form the vocabulary knows (لليبيا is ل + ليبيا); and a
        // name the vocabulary knows only with the article (للاذقية: «اللاذقية») keeps it.
        let stem = Normalizer.search.normalize(tokens[k].best.stem)
        let attested = { (form: String) in (model.vocabulary?.count(ofFolded: form) ?? 0) > 0 }
        let adjective = next.hasPrefix("ال") && (NamePairer.isNisba(next) || NameData.arabicNameAdjectives.contains(next))
        let definite = attested("ال" + stem) && (adjective || !attested(stem))
        guard definite != tokens[k].best.hasArticle else { continue }
        var reading = tokens[k].best
        reading.hasArticle = definite
        tokens[k].best = reading
        if !tokens[k].readings.contains(reading) { tokens[k].readings.append(reading) }
        tokens[k].folded = Normalizer.search.normalize(reading.form)
    }
    return tokens
}

/// The words of an Arabic sentence, each read alone.
private func readTokens(_ sentence: String, model: ArabicWordModel, document: ArabicWordCounts?) -> [ArabicToken] {
    nameTokens(sentence).flatMap(splittingScripts).compactMap { token in
        let text = token.text
        if ScriptCounts(text).dominant == .latin || text.first?.isNumber == true {
            return ArabicToken(letters: text, readings: [], best: ArabicWordAnalysis(stem: text), breakAfter: token.breakAfter,
                               isLatin: true, folded: Normalizer.search.normalize(text))
        }
        guard ScriptCounts(text).dominant == .arabic else { return nil }
        let letters = ArabicScript.letters(text)
        let whole = ArabicWordAnalysis(stem: letters)
        let best = model.analyze(letters, document: document) ?? whole
        var readings = [whole]
        if best != whole { readings.append(best) }
        // Every proclitic reading the grammar allows, for matching a known English name.
        for reading in ArabicClitics.analyses(of: letters) where reading.hasProclitics && !readings.contains(reading) {
            readings.append(reading)
        }
        return ArabicToken(letters: letters, readings: readings, best: best, breakAfter: token.breakAfter, isLatin: false,
                           folded: Normalizer.search.normalize(best.form))
    }
}

/// A word written in two scripts split into one word per script: a proclitic written onto a
/// Latin name (وFidelity) is dropped, the name kept.
func splittingScripts(_ token: NameToken) -> [NameToken] {
    var runs: [(script: Script?, text: String)] = []
    for character in token.text {
        let script = character.unicodeScalars.first.flatMap { ScriptCounts.script(of: $0) }
        if let last = runs.last, last.script == script || script == nil || last.script == nil {
            runs[runs.count - 1].text.append(character)
            if runs[runs.count - 1].script == nil { runs[runs.count - 1].script = script }
        } else {
            runs.append((script, String(character)))
        }
    }
    guard runs.count > 1 else { return [token] }
    var result: [NameToken] = []
    for (k, run) in runs.enumerated() {
        // A proclitic in front of a Latin word.
        if run.script == .arabic, k + 1 < runs.count, run.text.count <= 2, run.text.allSatisfy({ "وفبلك".contains($0) }) { continue }
        var piece = token
        piece.text = run.text
        piece.breakBefore = k == 0 ? token.breakBefore : false
        piece.breakAfter = k == runs.count - 1 ? token.breakAfter : false
        result.append(piece)
    }
    return result
}
