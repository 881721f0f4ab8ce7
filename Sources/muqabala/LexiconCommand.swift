import ArgumentParser
import MuqabalaLexicon
import MuqabalaText
import MuqabalaIO

struct Lexicon: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look words up in the lexicon the aligner uses, or train a lexicon from parallel text.",
        subcommands: [LexiconLookup.self, LexiconTrain.self],
        defaultSubcommand: LexiconLookup.self
    )
}

struct LexiconLookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Print what the lexicon knows of words: Arabic words' readings and English translations, English words' Arabic ones.",
        discussion: """
            For an Arabic word: the word model's reading (clitics split), then the English \
            stems the aligner would match it with and their weights (1 for dictionary entries, \
            the probability for learned ones). For an English word: Arabic stems.
            Example:
              $ muqabala lexicon lookup والمتطوعين الحكومة court
              والمتطوعين	و+ال+متطوعين	volunt:1.00 …
            """
    )

    @Argument(help: "Arabic or English words.")
    var words: [String] = []

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if words.isEmpty { throw ValidationError("give at least one word to look up") }
    }

    func run() throws {
        try reportingErrors("lexicon") {
            var lexicon = BilingualLexicon.empty
            let seconds = try measure { lexicon = try lexiconOptions.load(command: "lexicon") }
            StandardError.write("muqabala lexicon: \(lexicon.layers.count) layers, \(lexicon.count) Arabic words, opened in \(threeDecimals(seconds)) s\n")
            var output = Output()
            func weighted(_ list: [(String, Float)]) -> String {
                list.prefix(12).map { "\($0.0):\(String(format: "%.2f", $0.1))" }.joined(separator: " ")
            }
            for word in words {
                if ScriptCounts(word).dominant == .arabic {
                    let reading = lexicon.wordModel.analyze(word, enclitics: true)?.articleSplit.description ?? word
                    output.line(word + "\t" + reading + "\t" + weighted(lexicon.translations(ofArabic: word).map { ($0.stem, $0.weight) }))
                } else {
                    var common = lexicon.isCommonEnglishWord(word) ? "common word" : "not a common word"
                    if lexicon.isNameWord(word) { common += ", a word of people's names" }
                    output.line(word + "\t" + EnglishWordForm.stem(word) + " (" + common + ")\t" + weighted(lexicon.arabicStems(forEnglish: word).map { ($0.stem, $0.weight) }))
                }
            }
            output.flush()
        }
    }
}

struct LexiconTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Learn a word-translation model (IBM Model 1, both directions) from parallel text.",
        discussion: """
            SOURCEs are folders (line-aligned NAME.en + NAME.ar files, and TSV lemma or name \
            lists, as in ../shared/corpora), NAME.en/NAME.ar pairs, TMX translation memories, \
            or TSV files of English and Arabic sentences. Arabic is segmented by the project's \
            word model (clitics split) before training. The result is a .mqlx lexicon: pass it \
            to align, gaps and report with --lexicon, or rebuild the shipped model with \
            scripts/train-lexicon.

            Examples:
              $ muqabala lexicon train --output Data/lexicon/ar-en.mqlx ../shared/corpora
              $ muqabala lexicon train --output agency.mqlx our-memory.tmx
            """
    )

    @Option(help: "The lexicon file to write (.mqlx).")
    var output: String

    @Option(help: "A name for the model, stored in the file.")
    var name = "Muqabala Arabic-English word translations"

    @Option(help: "EM iterations per direction.")
    var iterations = 5

    @Argument(help: "Training sources: folders, NAME.en/NAME.ar, .tmx or .tsv files.")
    var sources: [String]

    func validate() throws {
        if sources.isEmpty { throw ValidationError("give at least one training source") }
    }

    func run() throws {
        try reportingErrors("lexicon train") {
            var options = LexiconTrainer.Options()
            options.iterations = iterations
            var trainer = LexiconTrainer(options: options)
            for source in sources { try TrainingData.add(source, to: &trainer) }
            let progress: (String) -> Void = StandardError.isTerminal ? { StandardError.write("muqabala lexicon train: \($0)\n") } : { _ in }
            let writer = trainer.train(description: name, progress: progress)
            let bytes = writer.bytes()
            try AtomicFile.write(bytes, to: output)
            let lexicon = try LexiconFile(bytes: bytes)
            StandardError.write("muqabala lexicon train: wrote \(output): \(lexicon.wordCount(.arabic)) Arabic and "
                + "\(lexicon.wordCount(.english)) English words, \(bytes.count / 1024) KB\n")
        }
    }
}
