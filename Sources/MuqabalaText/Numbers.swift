/// Numbers as values: the one place that knows how English and Arabic texts write them.
///
/// A translation may write a number differently and still say the same thing: 30,000 and
/// «30،000»; 360,000 and «360.000» (a dot or an Arabic comma grouping thousands); 300,000
/// and «300 ألف»; 2.25 billion and «2,25 مليار» (a decimal comma); 3:30 pm and «15:30»;
/// 2017-18 and «2017-2018». A ``Quantity`` keeps the number as written (for reports) and
/// gives every value it can stand for; two quantities agree when their values meet.
public struct Quantity: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The number as written, search-folded (ASCII digits), with its magnitude word or
    /// hour suffix: "30,000", "360.000", "300 الف", "3 pm", "2018".
    public let written: String
    /// Every value the writing may stand for (a lone "360.000" is 360000 or 360).
    public let values: [Double]

    public var description: String { written }

    /// Whether the two quantities can be the same number.
    public func agrees(with other: Quantity) -> Bool {
        values.contains { a in other.values.contains { b in abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) } }
    }

    /// Reads a folded number token ("45,000", "2,25", "1.5") and what follows it.
    /// - Parameters:
    ///   - token: the folded number token.
    ///   - next: the folded word after it (a magnitude word multiplies: thousand, million,
    ///     billion, الف, مليون, مليار…; "pm" adds 12 to an hour). The word lists are in
    ///     `LanguageData` with the other word tables.
    ///   - yearBefore: when the number ends a range after a four-digit year ("2017-18"),
    ///     that year, so "18" reads as 2018.
    public init(_ token: String, next: String? = nil, yearBefore: Int? = nil) {
        var values = Self.readings(of: token)
        var written = token
        if let next, let magnitude = LanguageData.numberMagnitudes[next] {
            values = values.map { $0 * magnitude }
            written += " " + next
        } else if let next, let magnitude = LanguageData.ambiguousNumberMagnitudes[next] {
            values += values.map { $0 * magnitude }
            written += next
        } else if let next, LanguageData.afternoonMarkers.contains(next), let hour = values.first, hour >= 1, hour < 12, hour == hour.rounded() {
            values = [hour, hour + 12]
            written += " " + next
        } else if let year = yearBefore, token.count <= 2, let short = Int(token), short > year % 100 {
            let full = Double(year / 100 * 100 + short)
            values = [full]
            written = String(Int(full))
        }
        self.written = written
        self.values = values
    }

    /// A clock time ("04:30", "3:30 pm"), valued as hours × 100 + minutes, as written
    /// without a colon ("0430"); an afternoon marker also allows the 24-hour hour.
    public init(hours: Int, minutes: Int, written: String, afternoon: Bool) {
        var values = [Double(hours * 100 + minutes)]
        if afternoon && hours >= 1 && hours < 12 { values.append(Double((hours + 12) * 100 + minutes)) }
        self.written = written
        self.values = values
    }

    /// The values a digit string may stand for, by where its separators are and how many
    /// digits follow them.
    static func readings(of token: String) -> [Double] {
        let separators = token.filter { $0 == "," || $0 == "." }
        if separators.isEmpty { return Double(token).map { [$0] } ?? [] }
        let groups = token.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        let digits = groups.joined()
        let grouped = groups.dropFirst().allSatisfy { $0.count == 3 } && !(groups.first?.isEmpty ?? true)
        let kinds = Set(separators)
        if kinds.count == 2 {
            // "1,234.5" or "1.234,5": the last separator is the decimal point.
            let last = token.lastIndex(where: { $0 == "," || $0 == "." })!
            let whole = token[..<last].filter(\.isNumber), fraction = token[token.index(after: last)...]
            return Double(whole + "." + fraction).map { [$0] } ?? []
        }
        var result: [Double] = []
        if grouped, let value = Double(digits) { result.append(value) }   // thousands groups
        // A decimal point or comma; a comma before exactly three digits groups thousands in
        // both languages' news ("30,000", «30،000»), a dot may do either («360.000», "3.500").
        if separators.count == 1, !(grouped && kinds == [","]), let value = Double(groups[0] + "." + groups[1]) {
            result.append(value)
        }
        return result
    }
}

/// Roman numerals as regnal and part numbers write them (Elizabeth II, Phase IV, Chapter
/// XXXIX): capitals I, V and X, from 1 to 39.
public enum RomanNumeral {
    /// The value of a Roman numeral from I to XXXIX in canonical form, or nil (IIII, VX, CI).
    public static func value(_ word: some StringProtocol) -> Int? {
        var utf8 = Substring(word).utf8[...]
        var total = 0
        while utf8.first == UInt8(ascii: "X"), total < 30 { total += 10; utf8 = utf8.dropFirst() }
        let rest = String(Substring(utf8))
        guard let units = units[rest] else { return nil }
        total += units
        return total > 0 ? total : nil
    }

    /// The units part, canonical forms only.
    private static let units: [String: Int] = [
        "": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
    ]
}
