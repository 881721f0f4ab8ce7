/// Word lists the segmenter, aligner and glossary share, in one readable place.
///
/// Arabic entries are written in the `search` normalization (ا for أ إ آ, ي for ى,
/// ه for ة, و/ي for ؤ/ئ), which is how the tools compare them.
package enum LanguageData {

    // MARK: Dates

    /// English month names and abbreviations → month number.
    package static let englishMonths: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
        "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Arabic month names → month number: Levantine/Iraqi (كانون الثاني … كانون الأول) and
    /// Egyptian/Gulf (يناير … ديسمبر). Two-word names are keyed with a space.
    package static let arabicMonths: [String: Int] = [
        // Levantine / Iraqi (Syriac) names
        "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
        "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
        // Egyptian / Gulf (European) names and common spellings
        "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
        "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    ]

    /// The first words of the two-word Arabic month names, and the months they can be
    /// on their own (كانون alone is January or December).
    package static let arabicMonthHeads: [String: [Int]] = ["كانون": [1, 12], "تشرين": [10, 11]]

    /// Weekdays → 1 (Sunday) … 7 (Saturday).
    package static let englishWeekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]
    package static let arabicWeekdays: [String: Int] = [
        "الاحد": 1, "الاثنين": 2, "الثلاثاء": 3, "الاربعاء": 4, "الخميس": 5, "الجمعه": 6, "السبت": 7,
    ]

    /// Arabic ordinal words (`search`-normalized, with and without the article) → their value.
    package static let arabicOrdinals: [String: Int] = {
        let words: [(Int, [String])] = [
            (1, ["اول", "اولي"]), (2, ["ثاني", "ثانيه"]), (3, ["ثالث", "ثالثه"]), (4, ["رابع", "رابعه"]),
            (5, ["خامس", "خامسه"]), (6, ["سادس", "سادسه"]), (7, ["سابع", "سابعه"]), (8, ["ثامن", "ثامنه"]),
            (9, ["تاسع", "تاسعه"]), (10, ["عاشر", "عاشره"]),
        ]
        var table: [String: Int] = [:]
        for (value, forms) in words { for form in forms { table[form] = value; table["ال" + form] = value } }
        return table
    }()

    // MARK: Sentence segmentation

    /// English abbreviations after which a full stop does not end a sentence when a
    /// capitalized word follows (titles and name particles). Lowercased, without the dot.
    package static let englishTitleAbbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
        "sen", "rep", "gov", "pres", "rev", "hon", "st", "mt", "ft", "messrs", "mme",
        "vs", "approx", "dept", "univ",
    ]

    /// English cardinal words from two, which count things ("four Strykers").
    package static let englishCardinals: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12,
    ]

    /// Words that change what a number means (``Quantity``), search-folded: magnitude
    /// words ("300 ألف" is 300,000).
    package static let numberMagnitudes: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
        "trillion": 1e12, "bn": 1e9,
        "الف": 1e3, "الاف": 1e3, "الفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
        "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9, "تريليون": 1e12, "ترليون": 1e12,
    ]

    /// Suffixes that may be a magnitude or a unit: "€100m" is a hundred million, "100m" a
    /// distance; "100k" a hundred thousand, "5K" five kilometres. Both values are kept.
    package static let ambiguousNumberMagnitudes: [String: Double] = ["m": 1e6, "k": 1e3]

    /// Afternoon markers after an hour: "3 pm" is 15 o'clock.
    package static let afternoonMarkers: Set<String> = ["pm", "p.m", "مساء", "مساءا", "عصرا", "ظهرا"]

    /// English abbreviations with a full stop that come before a number ("No. 5", "Dec. 31",
    /// "fig. 3"): the stop ends no sentence when a number follows, and may when a word
    /// does ("The U.S. said no. Dr. Smith…", "…in Dec. The next…").
    package static let englishNumberAbbreviations: Set<String> = [
        "no", "nos", "fig", "vol", "p", "pp", "art", "ch", "sec",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    // Company suffixes and the like (Inc., Ltd., Co., Jr., etc.) often end a sentence, so
    // they are in neither list: ICU's own suppressions and the lower-case rule decide.

    /// Arabic abbreviations written with a full stop (د. for doctor, م. for engineer…).
    package static let arabicAbbreviations: Set<String> = ["د", "م", "ا", "ص", "ج", "ق", "ه", "ت"]

    // MARK: Stop words

    /// English function words that carry no alignment evidence.
    package static let englishStopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "as", "into", "onto", "than", "that", "this", "these", "those", "it",
        "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
        "does", "did", "not", "no", "so", "such", "he", "she", "they", "them", "their", "his",
        "her", "him", "we", "our", "us", "you", "your", "i", "me", "my", "which", "who", "whom",
        "whose", "what", "there", "here", "also", "would", "will", "could", "should", "can",
        "may", "might", "must", "about", "after", "before", "over", "under", "while", "all",
        "any", "each", "some", "more", "most", "other", "only", "very", "just", "up", "out",
        "then", "when", "where", "how", "why", "said", "says", "say", "s", "t",
        "am", "im", "ive", "dont", "doesnt", "didnt", "cant", "wont", "isnt", "arent", "wasnt",
        "because", "though", "although", "until", "since", "through", "both", "either", "neither",
        "nor", "yet", "still", "even", "much", "many", "own", "same", "too", "again", "further",
        "once", "off", "down", "being", "having", "doing", "ll", "re", "ve", "d", "m",
        "however", "meanwhile", "moreover", "furthermore", "previously", "several", "according", "newly",
    ]

    /// Verbs that attribute speech ("he said", "they demanded"): a sentence that is little
    /// more than one of them is a speech tag, which translators of dialogue move around the
    /// quote («قال وهو يتلعثم: "…"» for "“…” He said, slurring his words."). English forms
    /// as written, lowercase.
    package static let englishSpeechVerbs: Set<String> = [
        "said", "says", "asked", "asks", "replied", "replies", "answered", "answers", "added",
        "told", "shouted", "yelled", "cried", "exclaimed", "whispered", "muttered", "murmured",
        "mumbled", "demanded", "continued", "uttered", "spat", "snapped", "sighed", "called",
        "responded", "retorted", "insisted", "admitted", "explained", "wondered", "begged",
    ]

    /// Arabic speech verbs, without a leading و or ف (`search`-normalized from the spellings
    /// below): past and present, masculine and feminine, with an object pronoun, and the
    /// participles قائلاً / قائلة used after a verb of action.
    package static let arabicSpeechVerbs: Set<String> = Set([
        "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "قائلاً", "قائلة",
        "أجاب", "أجابت", "يجيب", "تجيب", "أجابه", "أجابته", "أجابها", "سأل", "سألت", "يسأل", "تسأل",
        "سأله", "سألها", "تساءل", "تساءلت", "رد", "ردت", "يرد", "ترد", "صاح", "صاحت", "صرخ", "صرخت",
        "هتف", "هتفت", "همس", "همست", "تمتم", "تمتمت", "أضاف", "أضافت", "استدرك", "استدركت",
        "تابع", "تابعت", "أخبر", "أخبرت", "تنهد", "تنهدت",
    ].map { Normalizer.search.normalize($0) })

    /// Arabic function words (search-normalized) that carry no alignment evidence.
    package static let arabicStopwords: Set<String> = [
        "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لقد", "هذا", "هذه",
        "ذلك", "تلك", "التي", "الذي", "الذين", "هو", "هي", "هم", "كان", "كانت", "لا", "لم",
        "لن", "ما", "كما", "بعد", "قبل", "حتي", "كل", "بين", "عند", "منذ", "اي", "و", "ف",
        "ب", "ل", "ك", "انه", "انها", "الا", "اذا", "لكن", "غير", "عام", "وقال", "قال",
        "ايضا", "فيها", "فيه", "منها", "منه", "عليه", "عليها", "له", "لها", "به", "بها",
        // forms of كان and other auxiliaries
        "وكان", "وكانت", "كانوا", "يكون", "تكون", "سيكون", "ستكون", "تكن", "يكن", "اصبح", "اصبحت",
        "يزال", "تزال", "مازال", "ليس", "ليست", "لست", "تم", "سيتم", "يتم", "يوجد", "توجد", "ينبغي", "يجب",
        // pronouns with particles
        "انني", "اننا", "انهم", "انك", "لكنني", "لكني", "لكنها", "لكنه", "لكنهم", "انا", "نحن", "انت",
        "انتم", "هما", "هن", "الذي", "والذي", "التي", "والتي", "اللذين", "اللتين", "هؤلاء", "اولئك", "هناك", "هنا",
        // conjunctions and adverbs
        "اذ", "حين", "حيث", "بهذه", "بهذا", "لهذا", "لذلك", "مما", "عما", "كيف", "متي", "لماذا", "اين",
        "رغم", "الرغم", "بعدما", "عندما", "بينما", "نظرا", "طوال", "خلال", "دون", "جميعا", "فقط", "جدا",
        "مثل", "بل", "لو", "سوف", "ولا", "وما", "ولم", "فان", "وان", "بان", "لان", "كي", "لكي",
        // vocative particles
        "يا", "ايها", "ايتها",
    ]

    /// Arabic words whose English translations are stopwords (under, over, through, around,
    /// toward, before, behind, some, just, again, both, either), `search`-normalized: function
    /// words to the aligner's lexical evidence (`ArabicWordForm.isFunctionWord`), which
    /// would otherwise count them untranslated; names may still hold them.
    package static let arabicStopwordCounterparts: Set<String> = [
        "تحت", "فوق", "عبر", "حول", "نحو", "لدي", "امام", "وراء", "فيما", "بعض", "مجرد", "مجددا", "كلا", "كلتا", "اما",
    ]

    /// Arabic prepositions (and the particles إن، لكن) that take a pronoun suffix (تحته، لديهم،
    /// معها، لكنه), `search`-normalized.
    package static let arabicPrepositions: Set<String> = [
        "في", "من", "علي", "الي", "عن", "مع", "عند", "لدي", "تحت", "فوق", "بين", "حول", "نحو",
        "امام", "وراء", "خلال", "دون", "عبر", "ضد", "قبل", "بعد", "ل", "ب", "ك", "مثل", "ان", "لكن",
    ]

    // MARK: Web boilerplate

    /// Line openings that mark web boilerplate rather than article text (matched on the
    /// `key` normalization of the line's start).
    package static let boilerplatePrefixes: [String] = [
        "also read", "read also", "read more", "related", "see also", "recommended",
        "comments", "post a comment", "leave a comment", "share this", "follow us",
        "subscribe", "sign up", "click here", "advertisement", "photo", "image",
        "اقرا ايضا", "اقرا المزيد", "شاهد ايضا", "مواضيع ذات صله", "اخبار ذات صله", "التعليقات",
        "اضف تعليق", "شارك", "تابعونا", "ترجمه", "الصوره", "صوره",
    ]

    /// Phrases anywhere in a line that mark it as site boilerplate (credits, captions).
    package static let boilerplatePhrases: [String] = [
        "all rights reserved", "getty images", "afp photo", "reuters photo", "photo:", "/ afp", "(afp)",
        "جميع الحقوق محفوظه",
    ]

    /// Phrases of comment policies and site footers: the line and the short lines after it
    /// to the end of the document are boilerplate.
    package static let boilerplateTrailerPhrases: [String] = [
        "moderates all comments", "community guidelines", "comments that do not meet",
        "we will not tolerate", "your comments must", "terms of use", "privacy policy", "cookie policy",
    ]
}

/// The kind of entity a glossary entry names.
public enum EntityKind: String, Sendable, Codable, CaseIterable {
    case person, organization, place
    /// Any other named thing: events, laws, works, products, storms, vehicles.
    case other
}
