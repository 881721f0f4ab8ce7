import Testing
import MuqabalaNames
import MuqabalaText
import TestSupport

@Suite("Name matcher") struct NameMatcherTests {
    let matcher = NameMatcher()

    @Test func namesWithoutLettersOrTooLongMatchNothing() {
        #expect(matcher.compare("", "").score == 0)
        #expect(matcher.compare("...", "؟؟").isSame == false)
        let long = String(repeating: "Ali ", count: 2_000)
        #expect(matcher.compare(long, long).score == 0)
        #expect(matcher.compare("Ali", "Ali").score == 1)
    }

    func pairs(_ fixture: String) throws -> [NameEvaluation.LabelledPair] {
        try TestSupport.tsv(fixture).map { NameEvaluation.LabelledPair(a: $0[1], b: $0[2], same: $0[0] == "1") }
    }

    @Test func seedPairsFromTheGold() throws {
        let metrics = NameEvaluation.evaluatePairs(try pairs("names-seed.tsv"), matcher: matcher)
        #expect(metrics.f1 >= 0.95, "errors: \(metrics.errors.map { "\($0.pair.a) / \($0.pair.b) \($0.score)" })")
    }

    @Test func newsNamesWithHardNegatives() throws {
        let metrics = NameEvaluation.evaluatePairs(try pairs("names-news.tsv"), matcher: matcher)
        #expect(metrics.f1 >= 0.95)
        #expect(metrics.precision >= 0.95)
    }

    @Test func retrievalOnForeignNames() throws {
        let rows = try TestSupport.tsv("names-retrieval-sample.tsv")
        let metrics = NameEvaluation.evaluateRetrieval(pairs: rows.map { ($0[0], $0[1]) }, matcher: matcher)
        #expect(metrics.accuracy >= 0.85)
    }

    @Test(arguments: [
        ("Kadhimi", "الكاظمي"),                       // article on one side only
        ("Abu Ala' al-Wala'i", "Abu Ala al-Walai"),    // apostrophes
        ("Qassem", "Qasem"),                           // gemination
        ("Hezbollah", "حزب الله"),                     // one word against two
        ("Kata'ib Sayyid ash-Shuhada", "كتائب سيد الشهداء"), // sun letter
        ("Abdul Rahman", "عبد الرحمن"),
        ("Mohammed bin Salman", "Muhammad ibn Salman"),
        ("قاسم سليماني", "قاسم سلیمانی"),             // Persian yeh
        ("Xi Jinping", "شي جين بينغ"),                 // pinyin x is sh…
        ("Qin", "تشين"),                               // …and q ch
        ("Chad", "تشاد"),                              // تش is ch
        ("Quader", "القادر"),                          // not pinyin: qua is no syllable
        ("Qatar", "قطر"),
    ])
    func sameNames(_ a: String, _ b: String) {
        let result = matcher.compare(a, b)
        #expect(result.isSame, "\(a) / \(b): \(result.score)")
    }

    @Test(arguments: [
        ("al-Hakim", "al-Hakimi"),                     // nisba
        ("Ammar al-Hakim", "عمار الحكيمي"),
        ("Hasan", "Husayn"),
        ("Erbil", "أربيل الدولي"),                     // a name is not the phrase around it
        ("Mustafa al-Kadhimi", "Kadhim al-Fertousi"),
        ("محمود", "محمد"),
    ])
    func differentNames(_ a: String, _ b: String) {
        let result = matcher.compare(a, b)
        #expect(!result.isSame, "\(a) / \(b): \(result.score)")
    }

    @Test func scoresAreSymmetricAndBounded() throws {
        let names = try TestSupport.tsv("names-news.tsv").prefix(40).flatMap { [$0[1], $0[2]] } + ["", "-", "٤٥", "x"]
        for a in names {
            for b in names.prefix(20) {
                let ab = matcher.compare(a, b).score, ba = matcher.compare(b, a).score
                #expect((0...1).contains(ab))
                #expect(abs(ab - ba) < 1e-6, "\(a) / \(b)")
            }
        }
        #expect(matcher.compare("Baghdad", "Baghdad").score == 1)
        #expect(matcher.compare("", "Baghdad").score == 0)
    }

    @Test func thresholdDecidesTheVerdict() {
        let strict = NameMatcher(threshold: 0.99)
        #expect(!strict.compare("Qasem", "Qassem").isSame)
        #expect(NameMatcher(threshold: 0.5).compare("Qasem", "Qassem").isSame)
    }

    @Test func handRuleCostTableIsSymmetric() {
        let table = CostTable.handRules
        for x in PhoneticUnit.allCases {
            for y in PhoneticUnit.allCases {
                let n = PhoneticUnit.allCases.count
                #expect(table.substitution[Int(x.rawValue) * n + Int(y.rawValue)]
                        == table.substitution[Int(y.rawValue) * n + Int(x.rawValue)])
            }
        }
    }
}

@Suite("Name parser") struct NameParserTests {
    let parser = NameParser()

    @Test func articlesAndCompounds() {
        #expect(parser.parse("al-Sadr").units == [.article, .s, .a, .d, .r])
        #expect(parser.parse("as-Sadr").units == [.article, .s, .a, .d, .r])
        #expect(parser.parse("الصدر").units == [.article, .ss, .d, .r])
        #expect(parser.parse("Abdul Rahman").units.prefix(5) == [.a, .b, .d, .space, .article])
        #expect(parser.parse("عبدالرحمن").units.prefix(5) == [.ayn, .b, .d, .space, .article])
        #expect(parser.parse("bin").units == [.b, .n])
        #expect(parser.parse("ابن").units == [.b, .n])
    }

    @Test func latinDigraphsAndScripts() {
        #expect(parser.parse("Shaykh").units == [.sh, .a, .i, .kh])
        #expect(parser.parse("Kadhimi").script == .latin)
        #expect(parser.parse("الكاظمي").script == .arabic)
        #expect(parser.parse("Ḥasan").units == parser.parse("Hasan").units)
    }
}

@Suite("Candidate index") struct CandidateIndexTests {
    @Test func findsTheRightCandidateAcrossScripts() {
        let index = CandidateIndex(names: ["Mustafa al-Kadhimi", "Qais al-Khazali", "Baghdad", "Kadhim al-Fertousi"])
        #expect(index.best(for: "مصطفى الكاظمي").first?.name == "Mustafa al-Kadhimi")
        #expect(index.best(for: "كاظم الفرتوسي").first?.name == "Kadhim al-Fertousi")
        let top = index.best(for: "قيس الخزعلي", top: 3)
        #expect(top.count == 3)
        #expect(top.map(\.score) == top.map(\.score).sorted(by: >))
    }

    @Test func shortlistAgreesWithScoringEverything() throws {
        let rows = try TestSupport.tsv("names-retrieval-sample.tsv").prefix(150)
        let targets = rows.map { $0[1] }
        let indexed = CandidateIndex(names: targets, shortlist: 60)
        let brute = CandidateIndex(names: targets, shortlist: targets.count)
        var agree = 0
        for row in rows where indexed.best(for: row[0]).first?.name == brute.best(for: row[0]).first?.name {
            agree += 1
        }
        #expect(Double(agree) / Double(rows.count) >= 0.95)
    }

    @Test func emptyIndexAndQuery() {
        #expect(CandidateIndex(names: []).best(for: "Ali").isEmpty)
        #expect(CandidateIndex(names: ["Ali"]).best(for: "", top: 2).count <= 1)
    }
}
