import Foundation

/// A type of tuned numbers (weights, thresholds) whose fields can be set by name, so that a
/// developer can try another value from the command line (`muqabala eval glossary --weight
/// type.cldr=4`) without a rebuild. The field names are the Swift property names, read
/// through `Codable`: nothing to keep in step by hand.
public protocol Tunable: Codable {}

/// A field name that is not a number of the type, or a value that does not fit it.
public struct TuningError: Error, CustomStringConvertible {
    public let description: String
}

extension Tunable {
    /// The names of the fields that are numbers or switches, sorted.
    public var tunableFields: [String] {
        (try? Self.fields(of: self))?.filter { $0.value is NSNumber }.keys.sorted() ?? []
    }

    /// A copy with the field `name` set to `value` (a switch takes 0 or 1).
    public func setting(_ name: String, to value: Double) throws -> Self {
        var fields = try Self.fields(of: self)
        guard let current = fields[name], current is NSNumber else {
            throw TuningError(description: "no tunable field '\(name)' (known: \(tunableFields.joined(separator: ", ")))")
        }
        // A number, or a switch given as 0 or 1 (secondPass=0).
        var candidates: [Any] = [value]
        if value == 0 || value == 1 { candidates.append(value == 1) }
        for candidate in candidates {
            fields[name] = candidate
            if let decoded = try? JSONDecoder().decode(Self.self, from: JSONSerialization.data(withJSONObject: fields)) {
                return decoded
            }
        }
        throw TuningError(description: "'\(name)' cannot be \(value)")
    }

    /// A copy with one `NAME=NUMBER` assignment applied (the command-line form).
    public func setting(_ assignment: String) throws -> Self {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]) else {
            throw TuningError(description: "expected NAME=NUMBER, not '\(assignment)'")
        }
        return try setting(parts[0], to: value)
    }

    private static func fields(of value: Self) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
        guard let fields = object as? [String: Any] else { throw TuningError(description: "\(Self.self) is not a record of fields") }
        return fields
    }
}
