import Testing
import MuqabalaSegment
import TestSupport

@Suite("Sentence segmentation") struct SegmenterTests {
    let english = SentenceSegmenter(language: .english)
    let arabic = SentenceSegmenter(language: .arabic)

    /// "No." joins only before a number; a company suffix may end a sentence.
    @Test func numberAbbreviationsAndCompanySuffixes() {
        #expect(english.sentences(in: "The U.S. said no. Dr. Smith arrived at No. 10 on Dec. 31.")
                == ["The U.S. said no.", "Dr. Smith arrived at No. 10 on Dec. 31."])
        #expect(english.sentences(in: "He works for Apple Inc. The company agreed.")
                == ["He works for Apple Inc.", "The company agreed."])
    }

    @Test func abbreviationsInitialsAndAcronyms() {
        #expect(english.sentences(in: "The U.S. President Joe Biden met Dr. Smith and Gen. Petraeus. George W. Bush left.")
                == ["The U.S. President Joe Biden met Dr. Smith and Gen. Petraeus.", "George W. Bush left."])
        #expect(english.sentences(in: "Troops left the U.S. The war ended.").count == 2)
        #expect(english.sentences(in: "On Nov. 19 he spoke. About 1,500 came, 1.5 times more.").count == 2)
    }

    @Test func quotesClosingAfterTheFullStop() {
        #expect(english.sentences(in: "He said “we fought IS.” Then he left.")
                == ["He said “we fought IS.”", "Then he left."])
    }

    @Test func arabicPunctuationAndJoinedSentences() {
        #expect(arabic.sentences(in: "تضم كل منها ما يقرب من 1000 إلى 1500. اعتاد البعض القتال.")
                == ["تضم كل منها ما يقرب من 1000 إلى 1500.", "اعتاد البعض القتال."])
        #expect(arabic.sentences(in: "هل انتهى؟ نعم، انتهى؛ وقال د. محمد إن الوضع صعب.")
                == ["هل انتهى؟", "نعم، انتهى؛ وقال د. محمد إن الوضع صعب."])
    }

    /// A mark with a letter right after it, no space, ends no sentence (Arabic has no
    /// capitals to tell ICU so); with a space it still does.
    @Test func ellipsisInsideAPhrase() {
        #expect(arabic.sentences(in: "هل ينقلونه إلى...مدينة أخرى؟ كان الأمر...مأساويًا.")
                == ["هل ينقلونه إلى...مدينة أخرى؟", "كان الأمر...مأساويًا."])
        #expect(arabic.sentences(in: "انتظرنا طويلًا... ثم عدنا إلى البيت.").count == 2)
        #expect(english.sentences(in: "Were they moving him to the…other city? Nobody knew.").count == 2)
    }
}

@Suite("Document ingestion") struct DocumentTests {
    let reader = DocumentReader()

    @Test func seedPairSegmentsLikeTheGold() throws {
        let en = try reader.read(TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call/en.txt").path, language: .english)
        let ar = try reader.read(TestSupport.root.appendingPathComponent("Corpus/kss-volunteers-call/ar.txt").path, language: .arabic)
        #expect(en.sentences.count == 14)
        #expect(ar.sentences.count == 17)
        #expect(en.sentences.last?.isBoilerplate == true)     // "Also Read: …"
        #expect(ar.sentences.last?.isBoilerplate == true)     // "ترجمة: …"
        #expect(en.sentences.filter(\.isBoilerplate).count == 1)
    }

    @Test func repeatedBodyAndCommentBoilerplateAreReported() throws {
        let doc = try reader.read(TestSupport.root.appendingPathComponent("Corpus/kataib-hezbollah-readiness/en.txt").path, language: .english)
        let repeats = doc.notices.filter { $0.kind == .repeatedBody }
        #expect(repeats.count == 1)
        #expect(repeats.first?.original?.lowerBound == 4)   // "Abu Ali al-Askari, senior …"
        let copies = doc.sentences.filter { $0.repeatOf != nil }
        #expect(copies.count > 20)
        for copy in copies { #expect(doc.sentences[copy.repeatOf!].text == copy.text) }
        #expect(doc.sentences.suffix(5).allSatisfy { $0.isBoilerplate })
        #expect(doc.sentences.count == doc.alignable.count + copies.count)   // nothing dropped
    }

    /// Each way a line is judged boilerplate: a credit phrase anywhere in it (either
    /// script), a label opening it, a short line that is only a label; a line that merely
    /// mentions a photo is article text.
    @Test func boilerplateByPhraseAndLabel() {
        let text = [
            "The minister spoke for an hour about the budget and the coming elections in the north.",
            "Protesters gathered outside the ministry on Sunday morning. (Getty Images)",
            "Also Read: Ten things to know about the budget",
            "Comments",
            "She showed reporters a photo of the damaged bridge and asked for help.",
        ].joined(separator: "\n")
        let doc = reader.segment(text, source: "t", language: .english)
        let flagged = Set(doc.sentences.filter(\.isBoilerplate).map(\.line))
        #expect(flagged == [2, 3, 4])
        let arabic = reader.segment("وقال الوزير إن الميزانية ستقر قريبا في البرلمان.\nجميع الحقوق محفوظة لموقع الأخبار ٢٠٢٤",
                                    source: "t", language: .arabic)
        #expect(arabic.sentences.map(\.isBoilerplate) == [false, true])
    }

    @Test func presegmentedKeepsLineNumbers() {
        let doc = reader.presegmented("one\n\nthree\n", source: "t", language: .english)
        #expect(doc.sentences.map(\.index) == [0, 1, 2])
        #expect(doc.sentences[1].text.isEmpty)
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = """
            This paragraph is wrapped
            at a fixed width by an
            old editor and continues.

            A second paragraph, also
            wrapped at the same width
            ends here.
            """
        let doc = reader.segment(text, source: "t", language: .english)
        #expect(doc.sentences.map(\.text) == [
            "This paragraph is wrapped at a fixed width by an old editor and continues.",
            "A second paragraph, also wrapped at the same width ends here.",
        ])
    }

    /// Paragraphs one per line with no final punctuation (Arabic news often) stay apart,
    /// even after a title and a blank line: they are not a hard-wrapped block.
    @Test func unpunctuatedParagraphLinesAreNotJoined() {
        let line = "قال المتحدث باسم الحكومة إن الاجتماع المقبل سيعقد في العاصمة لبحث الملفات العالقة بين الطرفين منذ سنوات طويلة"
        let text = "عنوان الخبر\n\n" + (0..<8).map { "\(line) \($0)" }.joined(separator: "\n") + "\n"
        let doc = reader.segment(text, source: "t", language: .arabic)
        #expect(doc.sentences.count == 9)
        // Short unpunctuated lines (posts) with no blank line between them are not a block,
        // the newline ending the file notwithstanding.
        let posts = (0..<8).map { "Make that \($0) times" }.joined(separator: "\n") + "\n"
        #expect(reader.segment(posts, source: "t", language: .english).sentences.count == 8)
    }
}
