import Testing
import MuqabalaEvaluation
import MuqabalaGlossary
import MuqabalaText

@Suite("Glossary evaluation") struct GlossaryEvaluationTests {
    typealias Entity = GlossaryEvaluation.Entity

    let gold = GlossaryEvaluation(entities: [
        Entity(id: "d1", kind: .person, english: ["Mike Johnson", "Johnson"], arabic: ["مايك جونسون", "جونسون"], documents: ["news"]),
        Entity(id: "d2", kind: .person, english: ["Boris Johnson"], arabic: ["بوريس جونسون"], documents: ["news"]),
        Entity(id: "d3", kind: .place, english: ["Miami"], arabic: ["ميامي"], documents: ["news"]),
        Entity(id: "d4", kind: .organization, english: ["Miami"], arabic: ["ميامي"], documents: ["social"]),
        Entity(id: "d5", kind: .organization, english: ["ITV"], arabic: [], documents: ["news"]),
    ], apart: [("d1", "d2"), ("d3", "d4")])

    func variant(_ form: String, _ script: Script, _ documents: [String]) -> Variant {
        var observation = FormObservation()
        observation.count = 1
        for document in documents { observation.documents[document] = 1 }
        return Variant(form: form, script: script, observation: observation)
    }

    func entry(_ english: String?, _ arabic: String?, _ kind: EntityKind?, _ variants: [Variant]) -> GlossaryEntry {
        GlossaryEntry(id: english ?? arabic ?? "", english: english, arabic: arabic, kind: kind, acronyms: [],
                      variants: variants, confidence: 0.5, curated: false, note: "")
    }

    @Test func scoresEntitiesAndEntriesAsTheGoldDefines() {
        let glossary = Glossary(entries: [
            // Mike Johnson, joined with his short form, paired and typed: good.
            entry("Mike Johnson", "مايك جونسون", .person, [
                variant("Mike Johnson", .latin, ["news/en"]), variant("johnson", .latin, ["news/en"]),
                variant("مايك جونسون", .arabic, ["news/ar"])]),
            // Boris Johnson's Arabic merged into Miami the city (an apart pair is not involved).
            entry("Miami", "بوريس جونسون", .place, [
                variant("Miami", .latin, ["news/en"]), variant("بوريس جونسون", .arabic, ["news/ar"])]),
            // Miami the team, attributed by its document: good, but typed place.
            entry("Miami", "ميامي", .place, [variant("Miami", .latin, ["social/en"])]),
            // Not a name at all.
            entry("Christmas", nil, nil, [variant("Christmas", .latin, ["news/en"])]),
        ], observations: GlossaryObservations())
        let texts = ["news": "Mike Johnson met Boris Johnson in Miami. Johnson said ITV", "social": "Inter Miami won"]
        let report = gold.score(glossary) { texts[$0] }
        #expect(report.overall.found.hits == 3 && report.overall.found.total == 5)   // d1, d3, d4
        #expect(report.overall.foundWithArabic.total == 4)
        #expect(report.overall.paired.hits == 2)   // d1; d4 (ميامي); d3 got بوريس جونسون
        #expect(report.overall.joined.hits == 1 && report.overall.joined.total == 1)
        #expect(report.overall.typed.hits == 2)    // d1 person, d3 place; d4 got place
        #expect(report.byKind[.organization]?.typed.hits == 0)
        #expect(report.entries == 4 && report.good == 2 && report.merged == 1 && report.junk == 1)
        #expect(report.apartMerged.isEmpty)
    }

    @Test func apartPairsInOneEntryAreCounted() {
        let glossary = Glossary(entries: [
            entry("Johnson", "جونسون", .person, [
                variant("Mike Johnson", .latin, ["news/en"]), variant("Boris Johnson", .latin, ["news/en"])]),
        ], observations: GlossaryObservations())
        let report = gold.score(glossary) { _ in "" }
        #expect(report.merged == 1)
        #expect(report.apartMerged.map { [$0.0, $0.1] } == [["d1", "d2"]])
    }

    @Test func restrictingToDocumentsKeepsTheirEntities() {
        let social = gold.restricted(to: ["social"])
        #expect(social.entities.map(\.id) == ["d4"])
        #expect(social.apart.isEmpty)
    }
}
