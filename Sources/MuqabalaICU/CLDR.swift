import CICU

/// Locale data from CLDR, as the system ICU carries it: the names of countries, regions,
/// languages and time-zone cities in a language (`uloc_getDisplayCountry` and its tables).
/// These are exonyms no transliteration finds: China is الصين, the Netherlands هولندا.
public enum CLDR {
    /// The data trees this reads.
    public enum Tree: String, Sendable {
        case region, lang, zone
    }

    /// One table of a locale as (key, value) pairs, nested keys joined with "/":
    /// `table(.region, "ar", "Countries")` gives ("CN", "الصين")…
    /// - Throws: ``ICUError`` when the data is missing.
    public static func table(_ tree: Tree, locale: String, _ name: String) throws(ICUError) -> [(key: String, value: String)] {
        var capacity: Int32 = 1 << 16
        while true {
            var status: Int32 = 0
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            let needed = mq_cldr_table(tree.rawValue, locale, name, &buffer, capacity, &status)
            try ICUError.check(status, "reading CLDR \(tree.rawValue)/\(locale)/\(name)")
            if needed > capacity {
                capacity = needed
                continue
            }
            let text = String(decoding: buffer.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return text.split(separator: "\n").compactMap { line -> (key: String, value: String)? in
                let fields = line.split(separator: "\t", maxSplits: 1)
                return fields.count == 2 ? (String(fields[0]), String(fields[1])) : nil
            }
        }
    }
}
