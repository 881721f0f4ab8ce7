import Foundation
import MuqabalaICU
import MuqabalaText

/// Names that are translated, not transliterated, from CLDR through the system ICU: countries
/// and regions (China / الصين, United Kingdom and UK / المملكة المتحدة, European Union /
/// الاتحاد الأوروبي), time-zone cities (London / لندن) and languages (English / الإنجليزية);
/// plus the English names of the world's subdivisions from Debian's iso-codes (Scotland, Fife,
/// New South Wales, Louisiana), which say a name is a place though they give no Arabic.
public struct Exonyms: Sendable {
    /// What an exonym names.
    public enum Kind: Sendable, Equatable {
        /// A country, region, continent or city.
        case place
        /// A body such as the EU or the UN.
        case organization
        /// A language (not a glossary entity, but a translation).
        case language
    }

    /// One named thing with its English and Arabic names.
    public struct Entry: Sendable, Equatable {
        /// The CLDR code ("CN", "GB", "Europe:London", "en").
        public var code: String
        public var kind: Kind
        /// English names, the main one first ("United Kingdom", "UK").
        public var english: [String]
        /// Arabic names, the main one first.
        public var arabic: [String]
    }

    public let entries: [Entry]
    private let byEnglish: [String: [Int]]
    private let byArabic: [String: [Int]]
    /// The stems of one-word place names (iraq, nigeri, scot…), for telling demonyms.
    private let placeStems: Set<String>
    /// Peoples named by their country's name without "-stan" (Afghan, Kazakh, Uzbek), lowercase.
    private let stanPeople: Set<String>

    /// Endings that make a demonym of a place name (Iraq → Iraqi, Nigeria → Nigerian).
    static let demonymEndings = ["ian", "an", "ese", "ish", "i", "ic", "ch", "en", "er"]

    public init(entries: [Entry]) {
        self.entries = entries
        var byEnglish: [String: [Int]] = [:], byArabic: [String: [Int]] = [:]
        for (k, entry) in entries.enumerated() {
            for name in Set(entry.english.map(Self.englishKey)) { byEnglish[name, default: []].append(k) }
            for name in Set(entry.arabic.map(Self.arabicKey)) { byArabic[name, default: []].append(k) }
        }
        self.byEnglish = byEnglish
        self.byArabic = byArabic
        var stems = Set<String>(), stanPeople = Set<String>()
        for entry in entries where entry.kind == .place {
            for name in entry.english {
                guard let first = name.split(separator: " ").first.map({ $0.lowercased() }), first.count >= 4 else { continue }
                var stem = Substring(first)
                while let last = stem.last, "aeiouy".contains(last), stem.count > 4 { stem = stem.dropLast() }
                stems.insert(String(stem))
                if first.hasSuffix("land") { stems.insert(String(first.dropLast(4))) }   // Scotland → Scot(tish)
                if first.hasSuffix("ain") { stems.insert(String(first.dropLast(3))) }     // Britain → Brit(ish)
                // Afghanistan → Afghan, Kazakhstan → Kazakh: the people's name is the stem itself.
                for suffix in ["istan", "stan"] where first.hasSuffix(suffix) && first.count > suffix.count + 3 {
                    stanPeople.insert(String(first.dropLast(suffix.count)))
                    break
                }
            }
        }
        self.placeStems = stems
        self.stanPeople = stanPeople
    }

    /// Whether a word is a demonym or adjective of a place (Iraqi, Nigerian, Scottish,
    /// British, Japanese): a place name's stem with a demonym ending. Names that only end
    /// like one (Kadhimi, Khazali) are not.
    public func isDemonym(_ word: String) -> Bool {
        var lower = word.lowercased()
        if lower.hasSuffix("s"), lower.count > 5 { lower.removeLast() }   // Iraqis
        if stanPeople.contains(lower) { return entries(english: word).isEmpty }
        guard lower.count >= 5, entries(english: word).isEmpty else { return false }
        // Every ending that fits: Indian is India's by "an" (its stem keeps the i), not by "ian".
        for ending in Self.demonymEndings where lower.hasSuffix(ending) {
            let base = String(lower.dropLast(ending.count))
            for length in stride(from: base.count, through: max(3, base.count - 2), by: -1) {
                var candidate = String(base.prefix(length))
                if placeStems.contains(candidate) { return true }
                if candidate.count >= 4, candidate.last == candidate.dropLast().last { candidate.removeLast() }   // Scott(ish)
                if placeStems.contains(candidate) { return true }
            }
        }
        return false
    }

    /// Entries one of whose English names is `name` (case, dots and "the" ignored: U.S., the UK).
    public func entries(english name: String) -> [Entry] {
        (byEnglish[Self.englishKey(name)] ?? []).map { entries[$0] }
    }

    /// Entries one of whose Arabic names is `name` (`search` normalization).
    public func entries(arabic name: String) -> [Entry] {
        (byArabic[Self.arabicKey(name)] ?? []).map { entries[$0] }
    }

    public static func englishKey(_ name: String) -> String {
        var key = Normalizer.key.normalize(name.replacing(".", with: ""))
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key
    }

    public static func arabicKey(_ name: String) -> String { Normalizer.key.normalize(ArabicScript.letters(name)) }

    /// Regions that are organizations rather than places.
    static let organizations: Set<String> = ["EU", "UN"]

    /// Common English names CLDR does not list for a region, by its code.
    static let aliases: [String: [String]] = [
        "EU": ["EU"], "GB": ["Britain", "Great Britain"], "US": ["USA", "America", "United States of America"],
        "AE": ["UAE"], "KR": ["South Korea"], "KP": ["North Korea"], "CZ": ["Czechia"], "RU": ["Russian Federation"],
    ]

    /// Where Debian's iso-codes keeps ISO 3166-2 (subdivisions).
    public static let isoSubdivisionsPath = "/usr/share/iso-codes/json/iso_3166-2.json"

    /// The standard exonyms: CLDR's, and iso-codes' subdivisions where installed. Read once
    /// per process (milliseconds).
    public static let standard: Exonyms = {
        var entries = cldr.entries
        let known = Set(entries.flatMap(\.english).map(englishKey))
        for (code, name) in isoSubdivisions(path: isoSubdivisionsPath) where !known.contains(englishKey(name)) {
            entries.append(Entry(code: code, kind: .place, english: [name], arabic: []))
        }
        return Exonyms(entries: entries)
    }()

    /// ISO 3166-2 subdivision names ("Edinburgh, City of" → Edinburgh; "Wales [Cymru GB-CYM]" → Wales).
    static func isoSubdivisions(path: String) -> [(code: String, name: String)] {
        /// The part of iso-codes' `iso_3166-2.json` read here.
        struct ISOFile: Decodable {
            struct Item: Decodable { var code: String?; var name: String? }
            var items: [Item]
            enum CodingKeys: String, CodingKey { case items = "3166-2" }
        }
        guard let data = FileManager.default.contents(atPath: path),
              let file = try? JSONDecoder().decode(ISOFile.self, from: data) else { return [] }
        return file.items.compactMap { item in
            guard let code = item.code, var name = item.name else { return nil }
            if let bracket = name.firstIndex(of: "[") { name = String(name[..<bracket]) }
            if let comma = name.firstIndex(of: ",") { name = String(name[..<comma]) }
            name = name.trimmingCharacters(in: .whitespaces)
            return name.isEmpty || name.contains("(") ? nil : (code, name)
        }
    }

    /// The exonyms CLDR carries, read once per process (a few milliseconds).
    public static let cldr: Exonyms = {
        var entries: [Entry] = []
        func table(_ tree: CLDR.Tree, _ locale: String, _ name: String) -> [String: String] {
            Dictionary(((try? CLDR.table(tree, locale: locale, name)) ?? []).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        // Countries and regions, with their short and variant names.
        let english = table(.region, "en", "Countries"), arabic = table(.region, "ar", "Countries")
        let englishShort = table(.region, "en", "Countries%short"), englishVariant = table(.region, "en", "Countries%variant")
        let arabicShort = table(.region, "ar", "Countries%short"), arabicVariant = table(.region, "ar", "Countries%variant")
        for code in english.keys.sorted() {
            guard let ar = arabic[code], code != "ZZ" else { continue }
            let en = ([english[code]!, englishShort[code], englishVariant[code]].compactMap { $0 } + (aliases[code] ?? []))
                .filter { !$0.contains("(") }
            let arNames = [ar, arabicShort[code], arabicVariant[code]].compactMap { $0 }
            entries.append(Entry(code: code, kind: organizations.contains(code) ? .organization : .place,
                                 english: en, arabic: arNames))
        }
        // Time-zone cities: English from the zone ID unless CLDR names it otherwise.
        let englishZones = table(.zone, "en", "zoneStrings"), arabicZones = table(.zone, "ar", "zoneStrings")
        for (key, ar) in arabicZones.sorted(by: { $0.key < $1.key }) where key.hasSuffix("/ec") && !key.hasPrefix("meta:") {
            let zone = String(key.dropLast(3))
            let city = englishZones[key] ?? String(zone.split(separator: ":").last ?? "").replacing("_", with: " ")
            guard !city.isEmpty else { continue }
            entries.append(Entry(code: zone, kind: .place, english: [city], arabic: [ar]))
        }
        // Languages.
        let englishLanguages = table(.lang, "en", "Languages"), arabicLanguages = table(.lang, "ar", "Languages")
        for code in englishLanguages.keys.sorted() where !code.contains("_") {
            guard let ar = arabicLanguages[code] else { continue }
            entries.append(Entry(code: code, kind: .language, english: [englishLanguages[code]!], arabic: [ar]))
        }
        return Exonyms(entries: entries)
    }()
}
