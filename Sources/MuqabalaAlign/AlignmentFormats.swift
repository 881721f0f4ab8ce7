import MuqabalaText
import MuqabalaIO

/// Output formats of an alignment.
public enum AlignmentFormat: String, CaseIterable, Sendable {
    /// `en<TAB>ar<TAB>kind<TAB>score` per bead (sentences of a side joined with a space).
    case tsv
    /// One JSON object per bead (the documented contract, see ``Alignment/jsonLines()``).
    case jsonl
    /// TMX 1.4 translation memory of the aligned beads (one-sided beads are left out).
    case tmx
    /// hunalign-style ladder: `enIndex<TAB>arIndex<TAB>score` at the start of each bead,
    /// then the end point.
    case ladder
}

extension Alignment {
    /// Renders the alignment in a format.
    public func render(_ format: AlignmentFormat) -> String {
        switch format {
        case .tsv: return tsv()
        case .jsonl: return jsonLines()
        case .tmx: return tmx()
        case .ladder: return ladder()
        }
    }

    /// One line per bead: `en<TAB>ar<TAB>kind<TAB>score`. Tabs and newlines inside
    /// sentences become spaces so every bead stays one line.
    public func tsv() -> String {
        func clean(_ s: String) -> String { s.replacing("\t", with: " ").replacing("\n", with: " ") }
        return beads.map { bead in
            "\(clean(englishText(bead)))\t\(clean(arabicText(bead)))\t\(bead.kind.rawValue)\t\(JSON.number(bead.score))\n"
        }.joined()
    }

    /// The JSON Lines contract: one bead per line, in document order, covering every
    /// sentence of both sides exactly once:
    /// `{"en": [indices], "ar": [indices], "en_text": [sentences], "ar_text": [sentences],
    /// "kind": "match"|"partial"|"en-only"|"ar-only", "score": 0.93}`; partial beads add
    /// `"missing": {"side", "text", "evidence", "anchors", "length_residual"}`, flagged beads `"flags"`.
    public func jsonLines() -> String {
        beads.map { bead in
            var fields: [(String, String)] = [
                ("en", JSON.array(bead.en)),
                ("ar", JSON.array(bead.ar)),
                ("en_text", JSON.array(bead.en.map { english.sentences[$0].text })),
                ("ar_text", JSON.array(bead.ar.map { arabic.sentences[$0].text })),
                ("kind", JSON.string(bead.kind.rawValue)),
                ("score", JSON.number(bead.score)),
            ]
            if let missing = bead.missing {
                var inner: [(String, String)] = [("side", JSON.string(missing.side.rawValue))]
                inner.append(("text", missing.text.map(JSON.string) ?? "null"))
                inner.append(("evidence", JSON.number(missing.evidence)))
                inner.append(("anchors", JSON.array(missing.unmatchedAnchors)))
                inner.append(("length_residual", JSON.number(missing.lengthResidual)))
                fields.append(("missing", JSON.object(inner)))
            }
            if !bead.flags.isEmpty { fields.append(("flags", JSON.array(bead.flags.map(\.rawValue)))) }
            return JSON.object(fields) + "\n"
        }.joined()
    }

    /// TMX 1.4 with `xml:lang="en"` and `xml:lang="ar"` variants; bead kind and score
    /// are kept as `x-kind` / `x-score` properties.
    public func tmx() -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="muqabala" creationtoolversion="1.0" segtype="sentence" o-tmf="muqabala" adminlang="en" srclang="en" datatype="plaintext"/>
              <body>

            """
        for bead in beads where !bead.en.isEmpty && !bead.ar.isEmpty {
            out += "    <tu>\n"
            out += "      <prop type=\"x-kind\">\(bead.kind.rawValue)</prop>\n"
            out += "      <prop type=\"x-score\">\(JSON.number(bead.score))</prop>\n"
            out += "      <tuv xml:lang=\"en\"><seg>\(XML.escape(englishText(bead)))</seg></tuv>\n"
            out += "      <tuv xml:lang=\"ar\"><seg>\(XML.escape(arabicText(bead)))</seg></tuv>\n"
            out += "    </tu>\n"
        }
        return out + "  </body>\n</tmx>\n"
    }

    /// The ladder: for each bead, where it starts on each side and its score; the last
    /// line is the end of both documents.
    public func ladder() -> String {
        var out = ""
        var e = 0, a = 0
        for bead in beads {
            out += "\(e)\t\(a)\t\(JSON.number(bead.score))\n"
            e += bead.en.count
            a += bead.ar.count
        }
        return out + "\(e)\t\(a)\t0\n"
    }
}
