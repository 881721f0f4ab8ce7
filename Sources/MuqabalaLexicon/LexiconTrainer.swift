import MuqabalaText

/// Learns an Arabic–English word-translation model from parallel text, the classic way:
/// IBM Model 1 estimated by EM in both directions (as fast_align and GIZA++ start), over
/// Arabic words segmented by the project's `ArabicWordModel` (clitics split, so وبالمدرسة
/// contributes مدرسة) and English words reduced to ``EnglishWordForm/stem(_:)``.
///
/// Inputs are sentence pairs (parallel corpora, a translation memory), lemma pairs (a
/// bilingual wordnet: short, clean pairs that anchor the estimates) and name words (only
/// counted, as evidence of which Arabic forms are words). The result is a ``LexiconFile``:
/// Arabic stems with their likely English stems and the reverse, each with its translation
/// probability, plus how often every Arabic word form and English stem was seen (the word
/// model and the name finder read those counts).
public struct LexiconTrainer: Sendable {
    /// Parameters of training and of what is kept.
    public struct Options: Sendable {
        /// EM iterations of each direction.
        public var iterations = 5
        /// Translations kept per word, at most…
        public var maximumTranslations = 8
        /// …with at least this probability…
        public var minimumProbability: Float = 0.05
        /// …and seen together in at least this many sentence pairs (rare words collect
        /// chance partners: IBM Model 1's "garbage collector" effect).
        public var minimumCooccurrence = 2
        /// How many times a lemma pair counts as a sentence pair.
        public var lemmaPairWeight = 2
        public init() {}
    }

    public var options: Options
    /// Sentence pairs (English, Arabic).
    public private(set) var sentencePairs: [(english: String, arabic: String)] = []
    /// Lemma pairs (English, Arabic), from a bilingual wordnet or dictionary.
    public private(set) var lemmaPairs: [(english: String, arabic: String)] = []
    /// Arabic name words with counts (attestation only).
    public private(set) var nameWords: [(arabic: String, count: Int)] = []
    /// Latin name words with counts (evidence that a word is a name).
    public private(set) var nameWordsLatin: [(latin: String, count: Int)] = []
    /// What was read, for the file's description.
    public private(set) var sources: [String] = []

    public init(options: Options = Options()) {
        self.options = options
    }

    public mutating func addSentencePairs(_ pairs: [(english: String, arabic: String)], source: String) {
        sentencePairs += pairs
        sources.append("\(source): \(pairs.count) sentence pairs")
    }

    public mutating func addLemmaPairs(_ pairs: [(english: String, arabic: String)], source: String) {
        lemmaPairs += pairs
        sources.append("\(source): \(pairs.count) lemma pairs")
    }

    public mutating func addNameWords(_ words: [(arabic: String, latin: String, count: Int)], source: String) {
        nameWords += words.map { ($0.arabic, $0.count) }
        nameWordsLatin += words.map { ($0.latin, $0.count) }
        sources.append("\(source): \(words.count) name words")
    }

    // MARK: Tokens

    /// Token ids of one side, interned.
    struct Vocabulary {
        var ids: [String: Int32] = [:]
        var words: [String] = []
        mutating func id(_ word: String) -> Int32 {
            if let id = ids[word] { return id }
            let id = Int32(words.count)
            ids[word] = id
            words.append(word)
            return id
        }
    }

    /// Marks clitic tokens so they never become translations of their own.
    static let cliticMark = "+"

    /// The training tokens of an English sentence: stems of its words; and whether each word
    /// is written in lowercase, or capitalized inside the sentence (a name).
    static func englishTokens(_ text: String) -> [(stem: String, word: String, lowercase: Bool, capitalizedInside: Bool)] {
        TextToken.words(in: text).enumerated().compactMap { k, word in
            let stem = EnglishWordForm.stem(String(word))
            guard !stem.isEmpty else { return nil }
            let upper = word.first?.isUppercase ?? false
            return (stem, word.lowercased(), !upper, upper && k > 0)
        }
    }

    /// Splits Arabic words into clitic tokens and a stem (`search`-normalized, without the
    /// article), caching the decision per word form.
    struct ArabicSegmenter {
        let model: ArabicWordModel
        var cache: [String: [String]] = [:]

        mutating func tokens(_ text: String) -> [String] {
            var result: [String] = []
            for word in ArabicWordModel.arabicWords(in: text) {
                let letters = ArabicScript.letters(word)
                if let known = cache[letters] { result += known; continue }
                var pieces: [String] = []
                if let analysis = model.analyze(letters, enclitics: true)?.articleSplit {
                    if let c = analysis.conjunction { pieces.append(c.rawValue + cliticMark) }
                    if let p = analysis.particle { pieces.append(p.rawValue + cliticMark) }
                    if analysis.hasArticle { pieces.append("ال" + cliticMark) }
                    pieces.append(Normalizer.search.normalize(analysis.stem))
                    if let e = analysis.enclitic { pieces.append(cliticMark + e) }
                } else {
                    pieces.append(Normalizer.search.normalize(letters))
                }
                cache[letters] = pieces
                result += pieces
            }
            return result
        }
    }

    // MARK: Training

    /// Trains and returns the lexicon.
    /// - Parameters:
    ///   - description: the lexicon's name, recorded in the file with the sources' attributions.
    ///   - progress: called with a line of progress (for a terminal).
    public func train(description: String, progress: (String) -> Void = { _ in }) -> LexiconFileWriter {
        // 1. Arabic attestation: every word form of the Arabic text, name words, lemmas.
        var attestation = ArabicWordCounts()
        for pair in sentencePairs { attestation.add(text: pair.arabic) }
        for (arabic, count) in nameWords { attestation.add(folded: Normalizer.search.normalize(ArabicScript.letters(arabic)), count: count) }
        for pair in lemmaPairs {
            for word in ArabicWordModel.arabicWords(in: pair.arabic) {
                attestation.add(folded: Normalizer.search.normalize(ArabicScript.letters(word)))
            }
        }
        progress("\(attestation.counts.count) Arabic word forms counted")

        // 2. Token ids of every training pair.
        var segmenter = ArabicSegmenter(model: ArabicWordModel(vocabulary: attestation))
        var arabicVocabulary = Vocabulary(), englishVocabulary = Vocabulary()
        var englishLowercase: [String: Int] = [:], englishCapitalized: [String: Int] = [:]
        _ = arabicVocabulary.id("<null>")
        _ = englishVocabulary.id("<null>")
        var corpus: [(english: [Int32], arabic: [Int32])] = []
        func add(_ english: String, _ arabic: String, times: Int) {
            let e = Self.englishTokens(english)
            let a = segmenter.tokens(arabic)
            guard !e.isEmpty, !a.isEmpty, e.count <= 200, a.count <= 200 else { return }
            let eIDs = e.map { englishVocabulary.id($0.stem) }
            for token in e where token.lowercase { englishLowercase[token.word, default: 0] += times }
            for token in e where token.capitalizedInside { englishCapitalized[token.word, default: 0] += times }
            let aIDs = a.map { arabicVocabulary.id($0) }
            for _ in 0..<times { corpus.append((eIDs, aIDs)) }
        }
        for pair in sentencePairs { add(pair.english, pair.arabic, times: 1) }
        for pair in lemmaPairs { add(pair.english, pair.arabic, times: options.lemmaPairWeight) }
        progress("\(corpus.count) training pairs, \(arabicVocabulary.words.count) Arabic and \(englishVocabulary.words.count) English tokens")

        // 3. IBM Model 1, both directions.
        let englishGivenArabic = Model1(corpus: corpus.map { (source: $0.arabic, target: $0.english) },
                                        iterations: options.iterations, progress: { progress("en|ar \($0)") })
        let arabicGivenEnglish = Model1(corpus: corpus.map { (source: $0.english, target: $0.arabic) },
                                        iterations: options.iterations, progress: { progress("ar|en \($0)") })

        // 4. The lexicon: attested forms, then translations of content words.
        var writer = LexiconFileWriter(description: LexiconFile.Description(
            name: description, sources: sources,
            notes: "IBM Model 1, \(options.iterations) EM iterations per direction; translations with p >= \(options.minimumProbability), "
                + "seen together in >= \(options.minimumCooccurrence) pairs, at most \(options.maximumTranslations) per word. "
                + "Arabic: search-normalized stems (clitics and article split by the word model); English: stems."))
        for (form, count) in attestation.counts { writer.add(form, side: .arabic, count: count) }
        for (word, count) in englishLowercase { writer.add(.lowercase, english: word, count: count) }
        for (word, count) in englishCapitalized { writer.add(.capitalized, english: word, count: count) }
        for (latin, count) in nameWordsLatin { writer.add(.nameWord, english: latin, count: count) }
        func isContent(_ word: String, english: Bool) -> Bool {
            guard word != "<null>", !word.contains(Self.cliticMark), word.unicodeScalars.count >= 2 else { return false }
            return english ? !EnglishWordForm.isStopword(word) : !ArabicWordForm.isStopword(word)
        }
        for (source, targets) in englishGivenArabic.best(options) where isContent(arabicVocabulary.words[Int(source)], english: false) {
            for (target, p) in targets where isContent(englishVocabulary.words[Int(target)], english: true) {
                writer.addTranslation(arabicVocabulary.words[Int(source)], side: .arabic, to: englishVocabulary.words[Int(target)], weight: p)
            }
        }
        for (source, targets) in arabicGivenEnglish.best(options) where isContent(englishVocabulary.words[Int(source)], english: true) {
            for (target, p) in targets where isContent(arabicVocabulary.words[Int(target)], english: false) {
                writer.addTranslation(englishVocabulary.words[Int(source)], side: .english, to: arabicVocabulary.words[Int(target)], weight: p)
            }
        }
        return writer
    }
}

/// IBM Model 1: t(target | source) by EM, with a NULL source word (id 0) in every pair.
///
/// Each sentence pair's co-occurring (source, target) cells are numbered once, so that an
/// EM iteration is array arithmetic over the corpus, not hashing.
struct Model1 {
    /// Probabilities by cell; `cellSource`/`cellTarget` name each cell's words.
    var probability: [Float]
    var cellSource: [Int32]
    var cellTarget: [Int32]
    /// Sentence pairs each cell occurs in.
    var cooccurrence: [Int32]

    init(corpus: [(source: [Int32], target: [Int32])], iterations: Int, progress: (String) -> Void) {
        var cellIndex: [UInt64: Int32] = [:]
        var cellSource: [Int32] = [], cellTarget: [Int32] = []
        var cooccurrence: [Int32] = []
        // Per pair: its distinct source words (with NULL), target tokens, and the cell of each (target, source).
        var pairCells: [[Int32]] = []
        var pairShape: [(sources: Int, targets: Int)] = []
        for (source, target) in corpus {
            let sources = [Int32(0)] + Array(Set(source)).sorted()
            var cells: [Int32] = []
            cells.reserveCapacity(sources.count * target.count)
            var seen = Set<Int32>()
            for t in target {
                for s in sources {
                    let key = UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: t))
                    let cell: Int32
                    if let known = cellIndex[key] { cell = known } else {
                        cell = Int32(cellSource.count)
                        cellIndex[key] = cell
                        cellSource.append(s)
                        cellTarget.append(t)
                        cooccurrence.append(0)
                    }
                    cells.append(cell)
                    if seen.insert(cell).inserted { cooccurrence[Int(cell)] += 1 }
                }
            }
            pairCells.append(cells)
            pairShape.append((sources.count, target.count))
        }
        let sourceCount = Int((cellSource.max() ?? 0) + 1)
        // Uniform start over the targets each source co-occurs with.
        var targetsPerSource = [Float](repeating: 0, count: sourceCount)
        for s in cellSource { targetsPerSource[Int(s)] += 1 }
        var probability = cellSource.map { 1 / targetsPerSource[Int($0)] }
        var counts = [Float](repeating: 0, count: probability.count)
        var totals = [Float](repeating: 0, count: sourceCount)
        for iteration in 1...max(1, iterations) {
            for k in counts.indices { counts[k] = 0 }
            for k in totals.indices { totals[k] = 0 }
            for (p, cells) in pairCells.enumerated() {
                let width = pairShape[p].sources
                var row = 0
                while row < cells.count {
                    var denominator: Float = 0
                    for k in row..<(row + width) { denominator += probability[Int(cells[k])] }
                    if denominator > 0 {
                        for k in row..<(row + width) {
                            let cell = Int(cells[k])
                            counts[cell] += probability[cell] / denominator
                        }
                    }
                    row += width
                }
            }
            for (cell, source) in cellSource.enumerated() { totals[Int(source)] += counts[cell] }
            for cell in probability.indices {
                let total = totals[Int(cellSource[cell])]
                probability[cell] = total > 0 ? counts[cell] / total : 0
            }
            progress("iteration \(iteration) of \(iterations), \(probability.count) word pairs")
        }
        self.probability = probability
        self.cellSource = cellSource
        self.cellTarget = cellTarget
        self.cooccurrence = cooccurrence
    }

    /// The best targets of every source word, as the options keep them.
    func best(_ options: LexiconTrainer.Options) -> [Int32: [(Int32, Float)]] {
        var result: [Int32: [(Int32, Float)]] = [:]
        for cell in probability.indices where probability[cell] >= options.minimumProbability
            && Int(cooccurrence[cell]) >= options.minimumCooccurrence && cellSource[cell] != 0 {
            result[cellSource[cell], default: []].append((cellTarget[cell], probability[cell]))
        }
        for (source, list) in result {
            result[source] = Array(list.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(options.maximumTranslations))
        }
        return result
    }
}
