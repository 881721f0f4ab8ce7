import Foundation

/// The glossary JSON contract as `glossary --merge`, `canonicalize --glossary` and the corpus
/// report read it back: typed, field for field what ``Glossary/json()`` writes (which keeps its
/// own byte-stable writer). Reading is lenient where a file written by an older version may
/// lack a field, and strict where a value could corrupt a merge (counts; see ``Count``).
struct GlossaryFile: Decodable {
    var entries: [Entry]
    var evidence: Evidence?

    struct Entry: Decodable {
        var variants: [Variant]?
    }

    /// One spelling and what was seen of it.
    struct Variant: Decodable {
        var form: String?
        var script: String?
        var count: Count?
        var documents: [String]?
        var documentCounts: [String: Count]?
        var sentences: [Sentence]?
        var contexts: [Context]?
        var kinds: [String: Count]?
        var cues: [String: Count]?

        enum CodingKeys: String, CodingKey {
            case form, script, count, documents, sentences, contexts, kinds, cues
            case documentCounts = "document_counts"
        }
    }

    struct Sentence: Decodable {
        var document: String?
        var sentence: Int?
    }

    struct Context: Decodable {
        var document: String?
        var sentence: Int?
        var text: String?
    }

    /// What the merge needs besides the entries: aligned pairs, acronym definitions, spellings
    /// no entry lists.
    struct Evidence: Decodable {
        var aligned: [Aligned]?
        var acronyms: [Acronym]?
        var unlisted: [Variant]?
    }

    struct Aligned: Decodable {
        var en: String?
        var ar: String?
        var count: Count?
        var score: Double?
    }

    struct Acronym: Decodable {
        var acronym: String?
        var expansion: String?
        var count: Count?
    }

    /// A decoding failure as one line: where in the file, and what was expected.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().drop { $0 == "." }.description
        }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let place = path(context.codingPath)
            return "not a glossary in JSON: \(place.isEmpty ? "the top level" : place) should be \(Self.name(of: type))"
        case .keyNotFound(let key, let context):
            let place = path(context.codingPath)
            return "not a glossary in JSON: \(place.isEmpty ? "" : place + " ")lacks \"\(key.stringValue)\" (expected {\"entries\": [...]})"
        case .dataCorrupted:
            return "not JSON (expected a glossary: {\"entries\": [...]})"
        @unknown default:
            return "not a glossary in JSON (expected {\"entries\": [...]})"
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Array<Any>.Type: return "a list"
        default: return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }

    /// A count as written. Any JSON value decodes; ``value(limit:)`` says whether it is a whole
    /// number in range, so that the reader can name the field of a bad one.
    struct Count: Decodable {
        var number: Double?
        var written: String

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Double.self) {
                self.number = number
                written = number == number.rounded() && abs(number) < 1e18 ? String(Int64(number)) : String(number)
            } else {
                number = nil
                written = (try? container.decode(String.self)).map { "\"\($0)\"" } ?? "(not a number)"
            }
        }

        /// The count, when it is a whole number from 0 to `limit` (below 2⁵³: exact as a Double).
        func value(limit: Int) -> Int? {
            guard let number, number.isFinite, number == number.rounded(), number >= 0, number <= Double(limit) else { return nil }
            return Int(number)
        }
    }
}
