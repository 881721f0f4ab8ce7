import MuqabalaText

/// The word lists the name finders and the typer read, in one place. English entries are
/// lowercase; Arabic entries are in the `search` normalization (ا for أ إ آ, ي for ى, ه for ة).
package enum NameData {

    // MARK: Titles

    /// Words that introduce a person's name and are not part of it (Sen. Lindsey Graham,
    /// Shadow Chancellor John McDonnell). A run of them, with "of" + a capitalized word
    /// between (Secretary of State), is split off the front of a name.
    package static let englishTitles: Set<String> = [
        "mr", "mister", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
        "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "director-general",
        "ceo", "cfo", "coo",
        "chair", "chairman", "chairwoman", "chairperson", "speaker", "leader", "spokesman", "spokeswoman", "spokesperson",
        "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor",
        "councillor", "councilor", "mp", "msp", "mep", "ambassador", "envoy", "general", "justice", "judge",
        "king", "queen", "prince", "princess", "emperor", "empress", "duke", "duchess", "emir", "sultan", "sheikh",
        "shaykh", "imam", "ayatollah", "pope", "bishop", "archbishop", "cardinal", "rabbi", "reverend", "rev", "father",
        "gen", "col", "colonel", "lt", "lieutenant", "maj", "capt", "captain", "cmdr", "commander",
        "sgt", "sergeant", "cpl", "corporal", "pvt", "adm", "admiral", "brig", "brigadier", "marshal",
        "officer", "detective", "inspector", "constable", "superintendent", "commissioner", "director", "manager",
        "coach", "founder", "co-founder", "cofounder", "chef", "agent", "cleric", "mg", "maj-gen",
        "rapporteur", "prosecutor", "coordinator", "ombudsman", "ombudsperson", "registrar", "vice-president",
        "vice-chair", "under-secretary-general", "assistant-secretary-general",
    ]

    /// Words that name an office's field before its title word (National Security Advisor,
    /// Chief Operating Officer, Senior Policy Advisor), besides the title modifiers and domains.
    package static let englishOfficeWords: Set<String> = [
        "national", "security", "policy", "operating", "financial", "technology", "technical", "medical", "legal",
        "press", "public", "general", "special", "principal", "regional", "federal", "managing", "creative",
        "marketing", "sales", "research", "program", "programme", "project", "product", "head", "science", "scientific",
    ]
    /// The titles of rulers and nobles, which epithets take as names (the Ice King, the Red Queen).
    package static let englishRulers: Set<String> = [
        "king", "queen", "prince", "princess", "emperor", "empress", "duke", "duchess", "lord", "lady", "emir", "sultan", "sheikh",
    ]

    /// Occupations written before a name like a title (Barrister Iyabo Awokoya); alone or
    /// together (Political Analyst) they are not a name.
    package static let englishOccupations: Set<String> = [
        "barrister", "lawyer", "attorney", "solicitor", "analyst", "consultant", "official", "accountant", "accountant-general",
        "engineer", "architect", "journalist", "reporter", "correspondent", "editor", "columnist", "doctor", "nurse",
        "teacher", "pastor", "priest", "activist", "economist", "historian", "scientist", "researcher", "author",
        "writer", "novelist", "artist", "designer", "producer", "actor", "actress", "singer", "rapper", "player",
        "striker", "midfielder", "defender", "goalkeeper", "coach", "boss", "owner", "investor", "entrepreneur",
        "legal", "political", "management", "senior", "junior", "special", "adviser", "advisor", "counsel",
        "lecturer", "dean", "principal", "student", "candidate", "nominee", "delegate", "member", "staff",
    ]

    /// What a title's "of" may continue with (Secretary of State, Minister of Defence).
    package static let englishTitleDomains: Set<String> = [
        "state", "defense", "defence", "justice", "health", "education", "energy", "treasury", "commerce", "labor",
        "labour", "transportation", "transport", "agriculture", "interior", "homeland", "finance", "trade", "culture",
        "foreign", "exchequer", "staff", "war", "information", "communications", "housing", "environment", "industry",
        "economy", "tourism", "sport", "sports", "youth", "women", "humanitarian", "affairs",
        // After "of the": Speaker of the House, Secretary of the Navy.
        "house", "navy", "army",
    ]

    /// Words that make a title only before another title word (Prime Minister, Home
    /// Secretary, Attorney General); alone they may begin a name (Home Depot).
    package static let englishTitleModifiers: Set<String> = [
        "former", "acting", "interim", "deputy", "vice", "prime", "shadow", "foreign", "home", "senior", "chief",
        "attorney", "executive", "co", "assistant", "associate", "lead", "first", "junior", "permanent", "supreme",
    ]

    /// Abbreviations written with a dot that belongs to them.
    package static let englishAbbreviations: Set<String> = [
        "jr", "sr", "st", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
        "inc", "corp", "co", "ltd", "vs", "mt", "ft", "bros", "no",
    ]

    /// Words after a person's name that belong to it.
    package static let englishNameSuffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    // MARK: Connectors

    /// The connectors of a person's name that Arabic spells out as words (De Niro ⇄ «دي
    /// نيرو», von der Leyen ⇄ «فون دير لاين», bin Laden ⇄ «بن لادن»), unlike "of" or the
    /// article al- written onto the next word (Al Jazeera ⇄ «الجزيرة»).
    package static let englishNameParticles: Set<String> = [
        "de", "del", "della", "des", "di", "da", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "bint",
    ]

    /// Lowercase words that can stand inside a name between capitalized words: a person's
    /// particles and the words that join a name's parts.
    package static let englishConnectors: Set<String> = englishNameParticles.union([
        "of", "for", "and", "the", "al", "el", "ul", "y", "&",
    ])

    /// Last words before "of" that make "X of Y" one name (Bank of England, Department of
    /// Justice, House of Representatives): otherwise "Carlos Varela of Panama" is two.
    package static let englishOfHeads: Set<String> = [
        "bank", "department", "ministry", "minister", "secretary", "university", "college", "school", "institute",
        "academy", "house", "court", "courts", "council", "board", "chamber", "office", "bureau", "division", "faculty",
        "federation", "union", "league", "association", "society", "order", "church", "republic", "kingdom",
        "state", "states", "city", "county", "province", "region", "district", "isle", "island", "islands", "gulf",
        "bay", "sea", "museum", "gallery", "library", "centre", "center", "hall", "tower", "palace", "duke", "prince",
        "princess", "king", "queen", "lord", "mayor", "governor", "cost", "commission", "committee", "agency",
        "authority", "party", "army", "navy", "corps", "brigade", "battalion", "fund", "organization", "organisation",
        "appeals", "friends", "bill", "act", "statute", "battle", "siege", "treaty", "declaration", "game", "games",
        "lords", "lady", "knights", "sisters", "brothers", "daughters", "sons", "people", "elders", "brewers", "cape",
    ]

    /// Place heads a text drops once the place is known: the Pacific for the Pacific Ocean,
    /// the Caspian, the Mississippi, the Sahara. (Not "lake", before its name: Lake Victoria.)
    package static let englishDroppedPlaceHeads: Set<String> = ["ocean", "sea", "river", "desert", "mountains"]

    /// Common nouns whose possessive stands inside names (People's Republic of China,
    /// Children's Hospital, Women's Day), lowercase, without the 's.
    package static let englishPossessiveNouns: Set<String> = [
        "people", "children", "women", "men", "workers", "veterans", "citizens", "farmers", "peoples",
    ]

    /// Heads of bodies and instruments named by what they are on (Commission on the Status of
    /// Women, Treaty on the Non-Proliferation of Nuclear Weapons): "on" continues their name.
    package static let englishOnHeads: Set<String> = [
        "commission", "committee", "subcommittee", "convention", "treaty", "conference", "forum", "panel",
        "agreement", "declaration", "protocol", "summit", "dialogue", "institute", "centre", "center",
        // Not "council": one briefs the Security Council on Syria.
    ]

    // MARK: Head words by kind

    /// Last (or first) words of English names that say what kind of thing they name.
    package static let englishHeads: [String: EntityKind] = [
        // organizations
        "party": .organization, "ministry": .organization, "department": .organization, "agency": .organization,
        "administration": .organization, "commission": .organization, "committee": .organization,
        "council": .organization, "board": .organization, "bureau": .organization, "office": .organization,
        "authority": .organization, "corporation": .organization, "corp": .organization, "inc": .organization,
        "company": .organization, "co": .organization, "ltd": .organization, "llc": .organization, "plc": .organization,
        "group": .organization, "holdings": .organization, "bank": .organization, "forum": .organization,
        "parliament": .organization, "assembly": .organization, "senate": .organization, "congress": .organization,
        "court": .organization, "tribunal": .organization, "university": .organization, "college": .organization,
        "institute": .organization, "academy": .organization, "association": .organization,
        "federation": .organization, "union": .organization, "league": .organization, "alliance": .organization,
        "coalition": .organization, "movement": .organization, "army": .organization, "navy": .organization,
        "forces": .organization, "corps": .organization, "brigade": .organization, "brigades": .organization,
        "battalion": .organization, "battalions": .organization, "division": .organization, "platoon": .organization,
        "regiment": .organization, "police": .organization, "network": .organization, "news": .organization,
        "times": .organization, "post": .organization, "journal": .organization, "herald": .organization,
        "gazette": .organization, "tribune": .organization, "magazine": .organization, "press": .organization,
        "media": .organization, "airlines": .organization, "airways": .organization, "club": .organization,
        "fc": .organization, "united": .organization, "foundation": .organization, "trust": .organization,
        "society": .organization, "organization": .organization, "organisation": .organization,
        "project": .organization, "government": .organization, "legislature": .organization,
        "section": .organization, "brothers": .organization, "enterprise": .organization, "markets": .organization,
        "labs": .organization, "systems": .organization, "technologies": .organization, "capital": .organization,
        "partners": .organization, "industries": .organization, "motors": .organization, "cabinet": .organization,
        "militia": .organization, "kataib": .organization, "saraya": .organization, "harakat": .organization,
        "asaib": .organization, "hezbollah": .organization, "channel": .organization, "newspaper": .organization,
        "taskforce": .organization, "guard": .organization, "guards": .organization, "command": .organization,
        "church": .organization, "secretariat": .organization, "directorate": .organization,
        // places
        "city": .place, "county": .place, "province": .place, "region": .place, "district": .place, "street": .place,
        "st": .place, "road": .place, "avenue": .place, "ave": .place, "blvd": .place, "boulevard": .place,
        "square": .place, "river": .place, "lake": .place, "sea": .place, "ocean": .place, "gulf": .place,
        "bay": .place, "island": .place, "islands": .place, "mountain": .place, "mountains": .place, "mount": .place,
        "valley": .place, "desert": .place, "airport": .place, "station": .place, "bridge": .place, "base": .place,
        "borders": .place, "cbd": .place, "heights": .place, "hills": .place, "coast": .place, "peninsula": .place,
        "canal": .place, "harbour": .place, "harbor": .place, "port": .place, "camp": .place, "stadium": .place,
        "arena": .place, "village": .place, "town": .place, "borough": .place, "kingdom": .place, "republic": .place,
        "emirates": .place, "territory": .place, "governorate": .place, "oblast": .place, "works": .place,
        "front": .place, "zone": .place, "border": .place, "park": .place, "palace": .place, "castle": .place,
        "west": .place, "east": .place, "north": .place, "south": .place, "belt": .place,
        "mosque": .place, "cathedral": .place, "temple": .place, "synagogue": .place,
        "strait": .place, "straits": .place, "cape": .place, "sultanate": .place, "emirate": .place,
        "empire": .place, "caliphate": .place, "khanate": .place,
        // other named things
        "act": .other, "law": .other, "bill": .other, "regulation": .other, "regulations": .other, "treaty": .other,
        "accord": .other, "agreement": .other, "convention": .other, "directive": .other, "programme": .other,
        "program": .other, "scheme": .other, "fund": .other, "prize": .other, "award": .other, "awards": .other,
        "cup": .other, "championship": .other, "championships": .other, "games": .other, "olympics": .other,
        "festival": .other, "expo": .other, "conference": .other, "summit": .other, "war": .other, "battle": .other,
        "operation": .other, "storm": .other, "hurricane": .other, "typhoon": .other, "cyclone": .other,
        "scandal": .other, "crisis": .other, "pandemic": .other, "revolution": .other, "series": .other,
        "show": .other, "album": .other, "film": .other, "movie": .other, "maker": .other, "edition": .other,
    ]

    /// Heads that say an organization only before "of" or "for" (Center for Disease Control,
    /// Centre for Policy Studies; the Rockefeller Center is a place).
    package static let englishHeadsBeforeOf: [String: EntityKind] = ["center": .organization, "centre": .organization]

    /// The kind a head word gives a name, its plural's as its singular's (Centers for Disease
    /// Control, Ministries of Health); `beforeOf` when "of", "on" or "for" follows it.
    package static func englishHeadKind(_ word: String, beforeOf: Bool = false) -> EntityKind? {
        func kind(_ w: String) -> EntityKind? { (beforeOf ? englishHeadsBeforeOf[w] : nil) ?? englishHeads[w] }
        if let found = kind(word) { return found }
        guard word.count > 4, word.hasSuffix("s"), !word.hasSuffix("ss") else { return nil }
        return word.hasSuffix("ies") ? kind(String(word.dropLast(3)) + "y") : kind(String(word.dropLast()))
    }

    /// Organization heads a text may leave off: Labour Party is also Labour, Brewster
    /// Brothers also Brewster.
    package static let englishGenericHeads: Set<String> = [
        "party", "inc", "inc.", "corp", "corp.", "corporation", "company", "co", "co.", "ltd", "ltd.", "llc", "plc", "group", "holdings",
        "brothers", "bros", "bros.",
    ]

    /// Adjectives that follow the head of an institution's Arabic name and are no nisba
    /// (اللجنة الخاصة، المحكمة العليا، اللائحة العامة), `search`-normalized: after one the
    /// head is definite; before a noun in construct it is not (لجنة البرنامج).
    package static let arabicNameAdjectives: Set<String> = [
        "العامه", "الخاصه", "الدايمه", "الدايم", "العليا", "الاعلي", "الكبري", "الاكبر", "الجديده", "الجديد",
        "المتحده", "المستقله", "المستقل", "المشتركه", "المشترك", "الموقته", "الموقت", "المختلطه", "المتكامله",
    ]

    /// The prepositions a name's Arabic may hold (بعثة الأمم المتحدة في السودان), `search`-normalized.
    package static let arabicNamePrepositions: Set<String> = ["في", "من", "علي", "الي", "عن", "ضد", "بين", "مع"]

    /// Arabic words that open a name and say what kind of thing it is (`search`-normalized).
    package static let arabicHeads: [String: EntityKind] = [
        // organizations
        "حزب": .organization, "وزاره": .organization, "شركه": .organization, "هييه": .organization,
        "مجلس": .organization, "منظمه": .organization, "جامعه": .organization, "محكمه": .organization,
        "لجنه": .organization, "وكاله": .organization, "مكتب": .organization, "اتحاد": .organization,
        "جمعيه": .organization, "موسسه": .organization, "حركه": .organization, "جيش": .organization,
        "كتيبه": .organization, "كتايب": .organization, "فرقه": .organization, "قوات": .organization,
        "بنك": .organization, "مصرف": .organization, "منتدي": .organization, "برلمان": .organization,
        "حكومه": .organization, "اداره": .organization, "قسم": .organization, "شبكه": .organization,
        "صحيفه": .organization, "مجله": .organization, "قناه": .organization, "نادي": .organization,
        "فريق": .organization, "عصايب": .organization, "سرايا": .organization, "فصايل": .organization,
        "تنظيم": .organization, "مفوضيه": .organization, "البرلمان": .organization, "الحكومه": .organization,
        "كليه": .organization, "معهد": .organization, "صندوق": .organization, "اكاديميه": .organization,
        // places
        "مدينه": .place, "ولايه": .place, "محافظه": .place, "اقليم": .place, "منطقه": .place, "مقاطعه": .place,
        "جزيره": .place, "جزر": .place, "نهر": .place, "بحر": .place, "بحيره": .place, "جبل": .place,
        "مطار": .place, "ميناء": .place, "شارع": .place, "ساحه": .place, "قاعده": .place, "مملكه": .place,
        "جمهوريه": .place, "عاصمه": .place, "جبهه": .place, "حي": .place, "قريه": .place,
        "حديقه": .place, "خليج": .place, "محطه": .place, "قصر": .place, "مسجد": .place, "كاتدراييه": .place,
        "معبد": .place, "كنيسه": .organization,
        // other named things
        "قانون": .other, "لايحه": .other, "اتفاقيه": .other, "معاهده": .other, "عمليه": .other, "اعصار": .other,
        "عاصفه": .other, "بطوله": .other, "كاس": .other, "جايزه": .other, "مهرجان": .other, "موتمر": .other,
        "حرب": .other, "معركه": .other, "فضيحه": .other, "برنامج": .other, "مسلسل": .other, "فيلم": .other,
        "كتاب": .other, "لعبه": .other, "تطبيق": .other,
    ]

    /// Head words that, just before a name, govern it rather than say what it is: «إدارة
    /// بايدن» is the Biden administration, «حكومة العراق» the government of Iraq — Biden is
    /// no organization, Iraq no organization (`search`-normalized; at the start of a span
    /// they still open an institution's name: إدارة الغذاء والدواء).
    package static let arabicGoverningHeads: Set<String> = [
        "اداره", "حكومه", "الحكومه", "برلمان", "البرلمان", "مكتب",
    ]

    /// Arabic words that open a name and belong to it, with the kind of thing they name.
    package static let arabicNameOpeners: [String: EntityKind] = [
        "كتايب": .organization, "حركه": .organization, "حزب": .organization, "عصايب": .organization,
        "سرايا": .organization, "فصايل": .organization, "تنظيم": .organization, "جبهه": .organization,
        "ابو": .person, "ام": .person, "عبد": .person, "بن": .person,
    ]

    /// Arabic titles that introduce a name and are not part of it, with the kind of thing
    /// that follows.
    package static let arabicTitles: [String: EntityKind] = [
        "الشيخ": .person, "الرييس": .person, "القايد": .person, "المتحدث": .person, "الامين": .person,
        "الوزير": .person, "السيد": .person, "السيده": .person, "الجنرال": .person, "اللواء": .person,
        "العميد": .person, "قايد": .person, "وزير": .person, "رييس": .person, "الدكتور": .person,
        "النايب": .person, "السيناتور": .person, "الملك": .person, "الملكه": .person, "الامير": .person,
        "قاعده": .place, "محافظه": .place, "مدينه": .place, "مطار": .place, "منطقه": .place, "اقليم": .place,
        "ولايه": .place,
    ]

    /// Words that continue an Arabic title before the name (رئيس الوزراء، المتحدث باسم).
    package static let arabicTitleContinuations: Set<String> = [
        "الوزراء", "باسم", "العام", "العراقي", "الامريكي", "الايراني", "الخارجيه", "الدفاع", "التنفيذي",
    ]

    /// Words before a name that hint at its kind (counted as cues: the builder weighs them).
    package static let englishCuesBefore: Set<String> = englishPlaceCues.union(["the", "at"])
    /// Prepositions of place before a name (in Fife, from Kyiv). "at" is weaker evidence:
    /// at Telford, but also at Google.
    package static let englishPlaceCues: Set<String> = [
        "in", "from", "near", "across", "into", "outside", "inside", "around", "throughout",
    ]
    /// Nouns that say what a name is when they follow it in apposition ("Telford, a town in
    /// Shropshire"; "Acme, a company that…"; "Anton, the man who owned the store"; "Celeste,
    /// a game about…").
    package static let englishAppositiveNouns: [String: EntityKind] = [
        "town": .place, "city": .place, "village": .place, "county": .place, "province": .place, "region": .place,
        "district": .place, "country": .place, "island": .place, "borough": .place, "suburb": .place, "capital": .place,
        "company": .organization, "firm": .organization, "agency": .organization, "charity": .organization,
        "organisation": .organization, "organization": .organization, "newspaper": .organization, "broadcaster": .organization,
        "startup": .organization, "retailer": .organization, "manufacturer": .organization, "publisher": .organization,
        "airline": .organization, "bank": .organization, "party": .organization, "group": .organization,
        "ministry": .organization, "department": .organization, "association": .organization, "university": .organization,
        "man": .person, "woman": .person, "boy": .person, "girl": .person, "guy": .person, "lady": .person,
        "gentleman": .person, "kid": .person, "teenager": .person, "friend": .person, "neighbour": .person,
        "neighbor": .person, "son": .person, "daughter": .person, "wife": .person, "husband": .person,
        "brother": .person, "sister": .person, "father": .person, "mother": .person, "uncle": .person, "aunt": .person,
        "game": .other, "film": .other, "movie": .other, "novel": .other, "book": .other, "album": .other,
        "song": .other, "series": .other, "documentary": .other,
    ]
    /// Lowercase nouns before "of" that make the name after it a place ("the town of
    /// Flensburg", "the pass of Thermopylae", "the capital of Peru") or a person ("the son of
    /// Herod"). Not the nouns of organizations: "the party of Lincoln" names a person.
    package static let englishNounsBeforeOf: [String: EntityKind] = [
        "town": .place, "city": .place, "village": .place, "county": .place, "province": .place, "region": .place,
        "district": .place, "island": .place, "port": .place, "pass": .place, "capital": .place, "kingdom": .place,
        "outskirts": .place, "suburbs": .place, "streets": .place, "state": .place, "people": .place, "coast": .place,
        "son": .person, "daughter": .person, "wife": .person, "husband": .person, "widow": .person,
        "brother": .person, "sister": .person, "father": .person, "mother": .person,
    ]
    /// Determiners before a noun that names the kind of the name right after it ("the company
    /// Uber", "the game Celeste", "his wife Anna").
    package static let englishClassifierDeterminers: Set<String> = ["the", "a", "an", "his", "her", "their", "my", "our", "its", "your"]
    /// Nouns of organizations that also name a person's trade, so "the manufacturer Georg
    /// Reichenbach" is a person.
    package static let englishPeopleOrOrganizationNouns: Set<String> = ["manufacturer", "publisher", "retailer"]
    /// Words that open examples of a plural noun ("companies such as Spotify, Tesla and Uber",
    /// "cities like Leeds"): the names are of the noun's kind.
    package static let englishExampleMarkers: Set<String> = ["like", "including"]

    /// Lowercase nouns of place that follow a place name as its modifier ("the Itania
    /// plains", "the Kharkiv region", "Gaza border"); a person's name rarely takes them.
    package static let englishPlaceNounsAfter: Set<String> = [
        "region", "province", "plains", "plain", "border", "borders", "coast", "coastline", "area", "valley",
        "district", "county", "suburbs", "outskirts", "countryside", "highlands", "mountains", "peninsula",
    ]
    /// What only someone has, after a name's possessive: parts of a body, family, a home and
    /// a birthday ("Thassalin's jaws", "Farid's mother", "at Salima's house"): the name is a
    /// person's (or a creature's, which a glossary lists with people).
    package static let englishPersonalNouns: Set<String> = [
        "head", "face", "eyes", "eye", "hand", "hands", "arm", "arms", "shoulder", "shoulders", "back", "neck",
        "chest", "leg", "legs", "foot", "feet", "mouth", "lips", "jaw", "jaws", "voice", "hair", "fingers", "tail",
        "wings", "claws", "heart", "ears", "nose", "cheek", "cheeks", "forehead", "gaze", "body",
        "mother", "father", "mom", "dad", "wife", "husband", "son", "daughter", "brother", "sister", "parents",
        "girlfriend", "boyfriend", "uncle", "aunt", "cousin", "grandmother", "grandfather", "children", "kids",
        "house", "bedroom", "apartment", "flat", "birthday", "wedding", "funeral", "dog", "cat",
    ]
    /// Nouns of an online platform's things after a name ("her Twitter account", "a Pinterest
    /// tracker"): the name is a platform, which a glossary lists as an organization. (Not
    /// "post", a job in "a P-4 post"; not "website", which anything has; not "accounts", which
    /// banks keep; not "site" or "platform", which are more than online.)
    package static let englishPlatformNounsAfter: Set<String> = [
        "account", "feed", "profile", "channel", "app", "users", "tracker", "trackers", "handle", "timeline", "followers",
    ]
    /// Greetings that address a person by name ("Hey Lilith", "Thanks Cohren").
    package static let englishGreetings: Set<String> = ["hey", "hi", "hello", "dear", "thanks", "bye", "goodbye", "morning", "welcome"]
    /// Words that end the search for an apposition's head ("Apple, whose CEO…" is none).
    package static let englishAppositionStops: Set<String> = ["whose", "which", "where", "that", "who", "and", "or", "but", "said", "says"]
    /// The small words a title in title case keeps in lowercase (Too Hot to Handle).
    package static let englishTitleSmallWords: Set<String> = ["to", "of", "and", "the", "a", "an", "in", "on", "for", "with", "at", "from", "by"]

    // The cues the English finder records for the typer besides the words around a name
    // ("in", "the", "said"…), named once here.

    /// Its Arabic rendering follows a word the translator added to say what it is
    /// («منظمة», «شركة» before the name).
    package static let arabicClassifierCue = "arabic-classifier"
    /// Quoted as a title, or a title in title case ("Too Hot to Handle").
    package static let quotedCue = "quoted"
    /// Listed with places, or with organizations CLDR names (Kiev, Kharkov, and Odessa).
    package static let listedPlaceCue = "listed-place"
    package static let listedOrganizationCue = "listed-organization"
    /// Followed by a noun of place ("the Itania plains").
    package static let placeNounCue = "place-noun-after"
    /// After "to" following a word of travel ("traveling to Albuquerque", "a flight to
    /// Vancouver"): a place.
    package static let travelCue = "travel-to"
    /// Words of travel before "to" a place. Not go, move or return, which people do
    /// to companies and teams as often (went to Google, moved to Ferrari).
    package static let englishTravelWords: Set<String> = [
        "travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly", "flew", "flying", "flown", "flight",
        "flights", "drive", "drove", "driving", "sail", "sailed", "sailing", "trip", "trips", "journey", "journeys", "road",
        "route", "emigrated", "fled", "deported", "exiled", "relocated", "headed", "heading", "commute", "voyage",
    ]
    /// An abbreviation of a state or province rendered in the Arabic by its full name
    /// (NSW ⇄ «نيو ساوث ويلز»).
    package static let stateCodeCue = "state-code"
    /// Its possessive before what only someone has ("Thassalin's jaws", "Farid's house").
    package static let personalNounCue = "possessive-personal"
    /// A plural counted by a number before it ("four Strykers"): things, not people.
    package static let countedCue = "counted"
    /// Followed by a noun of an online platform's things ("her Twitter account").
    package static let platformNounCue = "platform-noun-after"
    /// Addressed by a greeting ("Hey Lilith").
    package static let addressedCue = "addressed"
    /// Followed in apposition by a title or a noun of a person ("X, former attorney general";
    /// "Anton, the man who…"), or by a noun of a kind of place, organization or work
    /// ("Telford, a town in…"; "Celeste, a game about…").
    package static let appositiveTitleCue = "appositive-title"
    package static let appositivePlaceCue = "appositive-place"
    package static let appositiveOrganizationCue = "appositive-organization"
    package static let appositiveOtherCue = "appositive-other"
    /// The apposition cue of `kind`; a noun before the name gives the same ("the town of
    /// Flensburg", "the company Uber", "companies such as Uber").
    package static func appositiveCue(_ kind: EntityKind) -> String {
        switch kind {
        case .person: appositiveTitleCue
        case .place: appositivePlaceCue
        case .organization: appositiveOrganizationCue
        case .other: appositiveOtherCue
        }
    }

    /// Words after a name that hint at a person: verbs people do, and "who".
    package static let englishCuesAfter: Set<String> = [
        "said", "says", "told", "added", "wrote", "explained", "argued", "asked", "replied", "answered", "smiled",
        "nodded", "laughed", "shrugged", "sighed", "grinned", "frowned", "whispered", "shouted", "muttered",
        "thought", "felt", "knew", "wanted", "walked", "stood", "sat", "looked", "turned", "who",
    ]

    /// Celestial bodies a text names as places (the Earth, the Moon), lowercased: CLDR lists
    /// none of them. Mercury is left out: it is an element and a surname too (Venus, a
    /// first name as well, is typed a place only alone: Venus Williams is two words).
    package static let celestialPlaces: Set<String> = [
        "earth", "moon", "sun", "mars", "venus", "jupiter", "saturn", "uranus", "neptune", "pluto", "milky way",
    ]

    /// Adjectives of direction and size that open place names (Southern Africa, Greater
    /// London) and alone name none.
    package static let englishPlaceAdjectives: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
    ]

    /// First words that make a place name (West Lothian, North Korea, Lake Chad).
    package static let englishPlacePrefixes: Set<String> = englishPlaceAdjectives.union([
        "north", "south", "east", "west", "mount", "mt", "lake", "port", "fort", "cape", "isle", "san", "santa", "saint", "st",
    ])

    /// The postal abbreviations of the states and provinces of the United States, Australia and
    /// Canada, with the names they stand for (news writes "Seattle, WA", "the NSW government";
    /// a translation writes the name out). WA is Washington or Western Australia: the pairing
    /// tries both and keeps the one the Arabic renders.
    package static let stateAbbreviations: [String: [String]] = [
        "AL": ["Alabama"], "AK": ["Alaska"], "AZ": ["Arizona"], "AR": ["Arkansas"], "CA": ["California"],
        "CO": ["Colorado"], "CT": ["Connecticut"], "DE": ["Delaware"], "FL": ["Florida"], "GA": ["Georgia"],
        "HI": ["Hawaii"], "ID": ["Idaho"], "IL": ["Illinois"], "IN": ["Indiana"], "IA": ["Iowa"], "KS": ["Kansas"],
        "KY": ["Kentucky"], "LA": ["Louisiana"], "ME": ["Maine"], "MD": ["Maryland"], "MA": ["Massachusetts"],
        "MI": ["Michigan"], "MN": ["Minnesota"], "MS": ["Mississippi"], "MO": ["Missouri"], "MT": ["Montana"],
        "NE": ["Nebraska"], "NV": ["Nevada"], "NH": ["New Hampshire"], "NJ": ["New Jersey"], "NM": ["New Mexico"],
        "NY": ["New York"], "NC": ["North Carolina"], "ND": ["North Dakota"], "OH": ["Ohio"], "OK": ["Oklahoma"],
        "OR": ["Oregon"], "PA": ["Pennsylvania"], "RI": ["Rhode Island"], "SC": ["South Carolina"],
        "SD": ["South Dakota"], "TN": ["Tennessee"], "TX": ["Texas"], "UT": ["Utah"], "VT": ["Vermont"],
        "VA": ["Virginia"], "WA": ["Washington", "Western Australia"], "WV": ["West Virginia"], "WI": ["Wisconsin"],
        "WY": ["Wyoming"],
        "NSW": ["New South Wales"], "VIC": ["Victoria"], "QLD": ["Queensland"], "SA": ["South Australia"],
        "TAS": ["Tasmania"], "NT": ["Northern Territory"], "ACT": ["Australian Capital Territory"],
        "ON": ["Ontario"], "QC": ["Quebec"], "BC": ["British Columbia"], "AB": ["Alberta"], "MB": ["Manitoba"],
        "SK": ["Saskatchewan"], "NS": ["Nova Scotia"], "NB": ["New Brunswick"], "NL": ["Newfoundland and Labrador"],
        "PE": ["Prince Edward Island"],
    ]

    /// How Arabic news spells the letters of an English acronym (FBI ⇄ «إف بي آي», CNN ⇄
    /// «سي إن إن», PCR ⇄ «بي سي آر»), each letter's usual spellings.
    package static let arabicLetterNames: [Character: [String]] = [
        "A": ["إيه", "ايه", "أيه", "إي"], "B": ["بي"], "C": ["سي"], "D": ["دي"], "E": ["إي", "اي"],
        "F": ["إف", "اف"], "G": ["جي"], "H": ["إتش", "اتش", "إيتش", "ايتش"], "I": ["آي", "أي", "اي"],
        "J": ["جيه", "جي"], "K": ["كيه", "كي"], "L": ["إل", "ال"], "M": ["إم", "ام"], "N": ["إن", "ان"],
        "O": ["أو", "او"], "P": ["بي"], "Q": ["كيو"], "R": ["آر", "ار"], "S": ["إس", "اس"], "T": ["تي"],
        "U": ["يو"], "V": ["في"], "W": ["دبليو", "دابليو"], "X": ["إكس", "اكس"], "Y": ["واي"], "Z": ["زد", "زي"],
    ]

    // MARK: Not names

    /// Holidays, which are dates, not names (part of ``englishNonNames``).
    package static let englishHolidays: Set<String> = [
        "christmas", "easter", "halloween", "thanksgiving", "ramadan", "eid", "hanukkah", "passover",
    ]

    /// Capitalized words that are not names: holidays, greetings, interjections, and the pronoun I.
    package static let englishNonNames: Set<String> = englishHolidays.union([
        "i", "hey", "hi", "hello", "dear", "please", "thanks", "thank", "welcome", "sorry", "wow", "yeah", "yep", "yup",
        "nope", "haha", "hahaha", "lol", "chapter", "prologue", "epilogue", "part",
        "mr", "mrs", "ok", "okay", "oh", "hey", "hi", "hello", "yes", "no", "lol",
        "god", "covid", "covid-19", "am", "pm", "bst", "gmt", "utc", "est", "pst", "cet",
        // Interjections, which informal text capitalizes at the start of a sentence (Psst. Yay!);
        // a letter held longer (Aaah, Psssst, Arggh) is read with its repeats folded.
        "ah", "aw", "ow", "ouch", "oops", "whoa", "woah", "yay", "hooray", "hurray", "yikes", "eek", "phew",
        "pst", "sh", "ugh", "argh", "blech", "bleh", "meh", "hm", "huh", "uh", "um", "er", "erm", "duh", "nah",
        "ahem", "bah", "gah", "pft", "pf", "tsk", "heh", "yo", "boo", "omg", "lmao", "rofl", "bye",
    ])

    /// Religious and ethnic groups' adjectives and plurals, which a text capitalizes as it does
    /// a demonym and which name no one entity (Muslims, Jewish, Sunni, Kurds), and the
    /// adjectives of states CLDR no longer lists (Soviet). Not the ones that are also first
    /// names (Christian, Islam, Arab).
    package static let englishGroupWords: Set<String> = [
        "muslim", "muslims", "christians", "jewish", "jews", "buddhist", "buddhists", "hindu", "hindus", "sikh",
        "sikhs", "catholic", "catholics", "protestant", "protestants", "sunni", "sunnis", "shia", "shiite",
        "shiites", "islamic", "arabs", "kurds", "kurdish", "berber", "berbers", "amazigh", "yazidi", "yazidis", "druze",
        "alawite", "alawites", "evangelical", "evangelicals", "mormon", "mormons", "blacks", "whites",
        "soviet", "yugoslav", "czechoslovak",
    ]

    /// What a family calls its own, capitalized as a name is ("giving a small holler to Dad"):
    /// no name, unless written in capitals (DAD is an acronym).
    package static let englishKinshipWords: Set<String> = [
        "dad", "daddy", "mom", "mommy", "mum", "mummy", "grandma", "grandpa", "granny", "grandad", "nana",
    ]

    /// Nouns that, capitalized before a bare number, refer to a numbered part of something
    /// rather than name it (Section 713, Chapter 4, Episode 3).
    package static let englishNumberedParts: Set<String> = [
        "section", "sections", "article", "articles", "chapter", "chapters", "act", "part", "page", "pages",
        "paragraph", "clause", "item", "step", "level", "episode", "season", "volume", "vol", "figure", "fig",
        "table", "appendix", "annex", "schedule", "rule", "round", "phase", "stage", "week", "day", "line",
        "no", "nos", "eq", "figs",
    ]

    /// Words English capitalizes that are adjectives or common nouns of politics, not names
    /// (a Louisiana Republican, the Democrats): common words to the name finder.
    package static let englishCapitalizedCommonWords: Set<String> = [
        "republican", "republicans", "democrat", "democrats", "democratic", "conservative", "conservatives",
        "liberal", "liberals", "tory", "tories", "socialist", "socialists", "communist", "communists",
        "nationalist", "nationalists", "unionist", "unionists", "loyalist", "loyalists", "independent",
        "independents", "progressive", "progressives", "libertarian", "centrist",
    ]

    /// Acronyms of organizations that spell a function word (the WHO): names, though their
    /// lowercase is a stop word.
    package static let englishStopwordAcronyms: Set<String> = ["WHO"]

    /// Acronyms of things that are not named entities: technical standards, units, job
    /// titles and other common abbreviations.
    package static let englishNonNameAcronyms: Set<String> = [
        "html", "css", "js", "dom", "url", "urls", "usb", "usb-c", "dna", "rna", "ai", "cpu", "gpu", "ram", "pdf", "api",
        "apis", "sql", "http", "https", "json", "xml", "dns", "spf", "dkim", "dmarc", "vpn", "led", "gps", "wifi",
        "sms", "pc", "tv", "ceo", "ceos", "cfo", "coo", "cto", "mp", "mps", "mep", "meps", "nco", "it", "pr", "hr", "ok",
        "faq", "etf", "etfs", "etp", "etps", "gdp", "crm", "pcb", "gnd", "e2ee", "sla", "slas", "kpi", "roi", "ui",
        "ux", "iot", "ar", "vr", "hd", "uk-based", "diy", "lol", "omg", "btw", "fyi", "aka", "asap", "tbh", "imo",
        "rsvp", "vs", "am", "pm", "bst", "gmt", "utc", "est", "pst", "cet", "id", "ids", "pin", "atm", "suv", "ev", "evs",
        "ipo", "llc", "inc", "ltd", "plc", "phd", "mba", "msc", "ba", "ma", "bsc", "covid", "hiv", "aids", "ngo", "ngos",
        "gg", "pks", "xo", "dp", "prs", "ag", "fob", "erg", "tas",
        // Era markers (500 B.C., AD 70, 1200 BCE).
        "bc", "b.c.", "b.c", "ad", "a.d.", "a.d", "bce", "b.c.e.", "ce", "c.e.",
    ]


    /// Prefixes that derive words from names (anti-American, pro-Russian, post-Soviet,
    /// de-Russify): written in lowercase before a hyphen, they make the word no name.
    package static let englishDerivationPrefixes: Set<String> = [
        "anti", "pro", "post", "pre", "non", "neo", "pan", "de", "ex", "un", "re", "mid", "trans", "inter", "sub", "semi",
    ]

    /// Contraction endings: I'm, I've, we'll are not names.
    package static let contractionEndings = ["m", "ve", "ll", "re", "d", "t"]
}
