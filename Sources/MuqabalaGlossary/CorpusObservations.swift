import MuqabalaAlign
import MuqabalaSegment

extension NameCollector {
    /// Reads one corpus document and observes its names: a translation pair is aligned
    /// first, so Arabic names are found through the English ones; single versions alone.
    public func observe(_ document: CorpusDocument, aligner: Aligner) throws -> GlossaryObservations {
        if let problem = document.problem { throw CorpusDocumentError(description: problem) }
        let reader = DocumentReader()
        let english = try document.english.map { try reader.read($0, language: .english) }
        let arabic = try document.arabic.map { try reader.read($0, language: .arabic) }
        switch (english, arabic) {
        case let (english?, arabic?):
            return observe(aligner.align(english, arabic), english: document.label(.english), arabic: document.label(.arabic))
        case let (english?, nil):
            return observe(english: english, as: document.label(.english))
        case let (nil, arabic?):
            return observe(arabic: arabic, as: document.label(.arabic))
        default:
            return GlossaryObservations()
        }
    }
}

/// A document the corpus reader found but could not use (its one-line problem).
struct CorpusDocumentError: Error, CustomStringConvertible {
    var description: String
}
