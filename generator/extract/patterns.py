"""Every lexicon, token pattern and tuned threshold of the extract stage.

Lexicons are general English news vocabulary, never phrases taken from the
development corpus. Each threshold says how it was calibrated.
"""

from __future__ import annotations

from typing import Final

from ..models import ActorKind

# --- quote marks -------------------------------------------------------------

#: Characters that open a quotation (straight marks are classified by context).
OPENING_MARKS: Final = frozenset("“„«")
#: Characters that close a quotation.
CLOSING_MARKS: Final = frozenset("”»")
#: Marks whose direction is decided by the characters around them.
AMBIGUOUS_MARKS: Final = frozenset('"')
#: Characters after which a straight mark opens a quotation.
OPEN_CONTEXT_BEFORE: Final = frozenset(" \t\n\u00a0([{—–-/:")

# --- quote classification ----------------------------------------------------

#: A quoted span of at most this many words needs speech context to count as a
#: quote (otherwise it is a term or scare quote). Calibrated on hand-written
#: cases: "peace treaty", "road load" (terms, 2 words) vs "deepest sympathies"
#: after "said" (quote); 3 keeps short slogans with a speech verb.
SHORT_QUOTE_MAX_WORDS: Final = 3
#: A quoted span of at most this many words that is title-cased throughout is
#: a name or a title ("Hero of Labour", "Smith vs. Jones Ltd"), not a quote.
TITLE_QUOTE_MAX_WORDS: Final = 8
#: Words right before an opening mark that introduce a term, not speech.
TERM_INTRODUCERS: Final = frozenset(
    {
        "so-called",
        "dubbed",
        "nicknamed",
        "titled",
        "entitled",
        "named",
        "as",  # "known as", "referred to as"
        "or",  # a gloss: "pamoja or "together""
        "word",
        "words",
        "term",
        "phrase",
        "slogan",
        "motto",
        "hashtag",
        "codenamed",
    }
)
#: Auxiliaries that make "called"/"termed" passive ("was called the ..."): a term.
PASSIVE_AUX: Final = frozenset({"is", "was", "are", "were", "be", "been", "being"})

# --- speech ------------------------------------------------------------------

#: Lemmas of verbs that introduce direct speech or writing.
SPEECH_VERBS: Final = frozenset(
    {
        "say", "add", "tell", "state", "write", "tweet", "post", "explain",
        "continue", "declare", "note", "announce", "ask", "reply", "warn",
        "insist", "argue", "claim", "urge", "comment", "remark", "acknowledge",
        "admit", "confirm", "emphasize", "emphasise", "stress", "report",
        "respond", "conclude", "suggest", "speak", "testify", "recall",
        "observe", "complain", "predict", "vow", "promise", "deny", "exclaim",
        "answer", "mention", "allege", "caution", "demand", "read", "call",
        "term", "describe", "label", "brand", "criticize", "criticise",
        "assert", "maintain", "contend", "point", "reiterate", "agree",
        "joke", "quip", "shout", "cry", "whisper", "publish", "thank",
        "welcome", "praise", "condemn", "plead", "express", "find", "rule",
        "decide", "order",
    }
)  # fmt: skip
#: Nouns whose possessor or "by"-agent is the source of a quote
#: ("the statement issued by X", "X's spokesman").
SOURCE_NOUNS: Final = frozenset(
    {
        "statement", "spokesman", "spokeswoman", "spokesperson", "tweet",
        "post", "release", "interview", "letter", "summary", "report",
        "ruling", "judgment", "judgement", "communique", "message", "note",
        "representative", "account", "website", "announcement", "decision",
    }
)  # fmt: skip
#: Pronouns that refer back to a person speaker.
PERSON_PRONOUNS: Final = frozenset({"he", "she", "him", "her"})
#: Relative pronouns: a subject "which"/"who" stands for the noun it follows.
RELATIVE_PRONOUNS: Final = frozenset({"which", "who", "that"})
#: Pronouns that refer back to an organisation (or a country) speaker.
GROUP_PRONOUNS: Final = frozenset({"it", "they", "we"})
#: A quote with no attribution inherits the previous quote's speaker when it
#: starts at most this many characters after that quote ended (same or next
#: paragraph). Calibrated on "…," she said. "Next sentence." chains: the gap
#: is an attribution clause, rarely over 120 characters.
CONTINUATION_MAX_GAP: Final = 160
#: A sentence after a quote is read as its attribution ("…" he said, adding
#: that …) when it has at most this many tokens. Attribution clauses such as
#: ", said the spokesman for the ministry." run to 10–12 tokens.
ATTRIBUTION_MAX_TOKENS: Final = 12

# --- actors ------------------------------------------------------------------

#: spaCy NER labels that become actors, and their kind.
KIND_BY_LABEL: Final = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "GPE": ActorKind.PLACE,
    "LOC": ActorKind.PLACE,
    "FAC": ActorKind.PLACE,
}
#: Nouns that turn "X's <noun>" or "X <noun>" into an organisation.
OFFICE_NOUNS: Final = frozenset({"office", "government", "administration", "cabinet"})
#: Words that head an organisation name; a trailing person-like pair after one
#: of these inside an ORG entity is a separate person ("Council Jane Doe").
ORG_HEAD_WORDS: Final = frozenset(
    {
        "council", "union", "party", "ministry", "department", "agency",
        "committee", "commission", "court", "office", "bank", "university",
        "institute", "organization", "organisation", "association", "company",
        "corporation", "inc", "ltd", "group", "forces", "army", "police",
        "service", "parliament", "assembly", "senate", "house", "board",
        "foundation", "centre", "center", "authority", "news", "times",
        "post", "network", "federation", "league", "nations", "europe",
    }
)  # fmt: skip
#: Words that make a name a place whatever the NER said ("Karl Marx Avenue",
#: "St Mary's Hospital", "Republic of X"): streets, buildings, regions.
PLACE_NAME_WORDS: Final = frozenset(
    {
        "avenue", "street", "road", "boulevard", "lane", "square", "bridge",
        "hospital", "cemetery", "airport", "station", "palace", "tower",
        "stadium", "park", "mosque", "church", "cathedral", "temple",
        "museum", "republic", "kingdom", "river", "valley", "mountains",
        "mountain", "sea", "ocean", "province", "region", "county",
        "district", "island", "islands", "lake", "bay", "gulf", "peninsula",
        "desert", "prison", "castle", "harbour", "harbor", "canal", "strait",
    }
)  # fmt: skip
#: Common nouns that make the name they introduce a place: "the town of X",
#: "the towns of X, Y and Z", "the constellation X", "the mayor of X", "X region".
PLACE_CLASS_NOUNS: Final = frozenset(
    {
        "city", "cities", "town", "towns", "village", "villages", "region",
        "province", "county", "district", "island", "islands", "capital",
        "port", "municipality", "settlement", "suburb", "neighbourhood",
        "neighborhood", "country", "countries", "constellation", "planet",
        "galaxy", "mayor", "governor", "outskirts", "residents",
    }
)  # fmt: skip
#: Named bodies of the solar system: places, whatever the NER says ("the Sun").
CELESTIAL_BODIES: Final = frozenset(
    {"sun", "moon", "earth", "mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto"}
)
#: Single-word organisation names that are generic on their own ("the Court",
#: "State"): they only count as a short name of an organisation named in full.
GENERIC_ORG_WORDS: Final = frozenset(
    {
        "court", "office", "state", "parliament", "house", "government",
        "ministry", "department", "committee", "commission", "council",
        "senate", "assembly", "order", "intelligence", "representatives",
        "congress", "cabinet", "police", "army", "embassy", "union", "party",
        "youth", "board", "agency", "treasury", "crown", "church",
    }
)  # fmt: skip
#: A one-word "person" the article never names in full, never titles and never
#: makes a subject is doubtful: after one of these prepositions it is a place
#: ("from Yartsevo"), after one of MEDIUM_PREPOSITIONS a medium or platform
#: ("wrote on Twitter"); otherwise it is dropped.
LOCATIVE_PREPOSITIONS: Final = frozenset(
    {"in", "at", "from", "near", "to", "into", "outside", "inside", "across", "around", "towards"}
)
MEDIUM_PREPOSITIONS: Final = frozenset({"on", "via", "through"})
#: Nouns a platform's name modifies ("a Ruritter user", "her Ruritter account"):
#: the name is then an organisation even when the NER left it untagged.
PLATFORM_NOUNS: Final = frozenset(
    {
        "user", "users", "account", "accounts", "post", "posts", "page",
        "pages", "feed", "video", "videos", "channel", "livestream", "profile",
        "followers", "handle", "story", "stories", "status", "thread",
    }
)  # fmt: skip
#: Nouns that, in apposition, describe a platform or outlet ("social media site
#: Ruritter", "an online provider, Ruritter,").
MEDIUM_NOUNS: Final = frozenset(
    {"site", "website", "platform", "network", "provider", "service", "app", "outlet", "portal"}
)
#: Capitalised calendar words that are never the medium in "said on <X>".
CALENDAR_WORDS: Final = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
        "christmas", "easter", "today", "tonight",
    }
)  # fmt: skip
#: A single word that is a known person's surname counts as that person even
#: where the NER tagged it otherwise, unless it was tagged as a place this many
#: times and never as a person (then it is a place that a mis-tagged name
#: happens to end with, "Youth Forum Zimbabwe"). Calibrated on the dev corpus: real
#: surnames mis-tagged as places occur once or twice per article.
SURNAME_OVERRIDE_MAX: Final = 3
#: Head nouns that describe an organisation: a "person" so described in
#: apposition ("X, the national space agency,") is an organisation.
ORG_DESCRIPTION_WORDS: Final = frozenset(
    {
        "agency", "company", "firm", "organisation", "organization", "group",
        "party", "broadcaster", "newspaper", "network", "website", "platform",
        "union", "ministry", "department", "service", "bank", "university",
        "charity", "regulator", "manufacturer", "carmaker", "airline", "outlet",
    }
)  # fmt: skip
#: Last words that make a name an event, a law or a contest, not an actor,
#: whatever label the NER gave it ("Civil War", "City Marathon", "the
#: Constitution"): news style capitalises these, and small models often tag them
#: as organisations or places.
EVENT_NAME_WORDS: Final = frozenset(
    {
        "war", "wars", "marathon", "race", "challenge", "championship",
        "championships", "cup", "olympics", "paralympics", "summit",
        "festival", "election", "elections", "referendum", "revolution",
        "tournament", "award", "awards", "prize", "treaty", "constitution",
        "accord", "accords", "amendment", "crisis", "pandemic", "epidemic",
        "outbreak", "uprising", "massacre", "genocide", "caliphate",
    }
)  # fmt: skip
#: Common nouns a name modifies when it names a thing, not an actor ("the
#: Apollo mission", "the PALM trial", "the Orion spacecraft"). Applied to names
#: the NER called organisations or places, and to "people" whose name has digits.
THING_NOUNS: Final = frozenset(
    {
        "mission", "missions", "trial", "trials", "study", "drug", "drugs",
        "vaccine", "vaccines", "spacecraft", "rocket", "satellite",
        "telescope", "probe", "programme", "program", "project", "operation",
        "treatment", "treatments", "therapy", "medicine", "device", "model",
        "vehicle", "car", "aircraft", "jet", "ship", "submarine", "missile",
        "software", "app", "phone", "smartphone", "virus", "disease",
    }
)  # fmt: skip
#: Words that may follow a company's own name in its full legal name; the first
#: word alone is then a short name of it ("Acme Motor Company" ... "Acme said").
CORPORATE_WORDS: Final = frozenset(
    {
        "company", "co", "corp", "corporation", "inc", "incorporated", "ltd",
        "limited", "llc", "plc", "ag", "gmbh", "sa", "group", "holdings",
        "holding", "motor", "motors", "airlines", "airways", "industries",
        "enterprises", "technologies", "international", "&",
    }
)  # fmt: skip
#: Determiners and possessive markers stripped from the edges of names.
NAME_EDGE_WORDS: Final = frozenset({"the", "The", "'s", "’s", "'", "’"})

# --- roles -------------------------------------------------------------------

#: Positions and occupations (lowercase); see TITLE_WORDS.
_POSITION_WORDS: Final = frozenset(
    {
        "comrade", "cde", "president", "minister", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "senator", "sen.", "governor", "gov.", "ambassador",
        "chancellor", "king", "queen", "prince", "princess", "emperor",
        "chairman", "chairwoman", "chair", "chairperson", "director",
        "general", "chief", "head", "leader", "mayor", "envoy",
        "representative", "rep.", "congressman", "congresswoman", "judge",
        "justice", "lord", "lady", "commissioner", "deputy", "speaker", "mp",
        "pope", "cardinal", "bishop", "archbishop", "sheikh", "emir",
        "colonel", "col.", "captain", "lieutenant", "sergeant", "major",
        "admiral", "commander", "officer", "official", "professor", "prof.",
        "dr.", "doctor", "astronomer", "scientist", "researcher", "physicist",
        "lawyer", "attorney", "prosecutor", "executive", "ceo", "founder",
        "co-founder", "analyst", "correspondent", "journalist", "reporter",
        "editor", "author", "coach", "runner", "athlete", "player",
        "cosmonaut", "astronaut", "constable", "aide", "adviser", "advisor",
        "economist", "expert", "activist", "rapporteur", "diplomat",
        "candidate", "nominee", "premier", "vice-president", "secretary-general",
        "director-general", "manager", "owner", "member", "lawmaker",
        "legislator", "inspector", "superintendent", "sheriff", "detective",
        "councillor", "councilor", "mogul", "singer", "actor", "actress",
        "writer", "poet", "historian", "spokesmen", "marshal",
        "dean", "rector", "principal", "teacher", "pastor", "priest", "rabbi",
        "imam", "ayatollah", "monarch", "regent", "duke", "duchess", "baron",
        "negotiator", "mediator", "investigator", "engineer", "pilot",
        "surgeon", "physician", "nurse", "scholar", "biologist", "chemist",
        "epidemiologist", "virologist", "delegate",
        "counsel", "solicitor", "barrister", "magistrate", "president-elect",
        "treasurer", "comptroller",
        "auditor", "administrator", "attorney-general", "coordinator",
        "champion", "runner-up", "medallist", "medalist",
    }
)  # fmt: skip
#: Family and personal relations that describe a person ("Jo Bloggs's wife").
RELATION_WORDS: Final = frozenset(
    {
        "wife", "husband", "son", "daughter", "mother", "father", "brother",
        "sister", "widow", "widower", "fiancée", "fiancee", "fiancé", "fiance",
        "partner", "girlfriend", "boyfriend", "uncle", "aunt", "nephew", "niece",
        "cousin", "grandson", "granddaughter", "grandmother", "grandfather",
        "countryman", "countrywoman", "friend", "colleague", "successor",
        "predecessor", "deputy", "lawyer", "spouse", "winner", "holder",
    }
)  # fmt: skip
#: Honorifics that say less than a position given in the same breath
#: ("Professor Jo Bloggs, director of ..." -> the position).
HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "dr", "professor", "prof", "sir", "lord", "lady", "dame", "cde", "comrade", "rev"}
)
#: Head words of titles, positions and descriptions of people (lowercase).
TITLE_WORDS: Final = _POSITION_WORDS | RELATION_WORDS | HONORIFICS | {f"{h}." for h in HONORIFICS}
#: Lowercase words allowed inside a role before the head ("former federal").
ROLE_MODIFIERS: Final = frozenset(
    {
        "former", "then", "acting", "interim", "federal", "regional",
        "national", "state", "senior", "deputy", "vice", "foreign", "top",
        "lead", "assistant", "associate", "special", "personal", "longtime",
        "veteran", "retired", "outgoing", "incoming", "elected", "prime",
        "general", "chief", "defence", "defense", "health", "interior",
        "finance", "justice", "education", "labour", "labor", "trade",
        "economy", "energy", "environment", "transport", "agriculture",
        "presidential", "executive", "managing", "principal", "first",
        "late", "current", "new", "local", "police", "party", "opposition",
        "government", "military", "army", "press", "communications",
        "political", "legal", "security", "intelligence", "independent",
        "emergencies", "emergency", "situations", "foreign-affairs",
    }
)  # fmt: skip
#: Lowercase words that may join the parts of a role ("Secretary of State").
ROLE_CONNECTORS: Final = frozenset({"of", "for", "to", "and", "the", "-", "–", "on"})
#: Characters that join the parts of one proper name ("Harvard–Smithsonian").
NAME_JOINERS: Final = frozenset({"–", "-", "of", "for", "&"})
#: Lowercase particles inside names ("Institut National de Recherche").
NAME_PARTICLES: Final = frozenset(
    {"de", "du", "des", "la", "le", "al", "el", "bin", "von", "van", "der", "di"}
)
#: Verbs that state a person's position ("X was the mayor", "X became minister",
#: "X was serving as the lawyer").
PREDICATE_VERBS: Final = frozenset({"be", "become", "serve", "remain", "work", "act"})
#: Participles that make the agent the leader of the group they describe
#: ("the team, led by Jo Bloggs," -> "leader of the team"), with the role noun.
LEADER_VERBS: Final = {
    "lead": "leader", "head": "head", "chair": "chair", "found": "founder",
    "coach": "coach", "command": "commander", "captain": "captain",
    "manage": "manager", "direct": "director", "edit": "editor",
    "hold": "holder",  # "the record, held by Jo Bloggs," -> "record holder"
}  # fmt: skip
#: Bodies a person's possessive makes them the head of ("Jo Bloggs's
#: government" -> "head of government"); used only when no other role is given.
HEADED_BODIES: Final = frozenset({"government", "administration", "cabinet"})
#: Role head words after which "of <place>" is part of the role
#: ("President Jane Doe of Ruritania" -> "President of Ruritania").
HEAD_OF_STATE_WORDS: Final = frozenset(
    {"president", "prime", "king", "queen", "chancellor", "premier", "emperor", "monarch"}
)
#: Titles written as "<country> <title>" that become "<title> of <country>"
#: ("Ruritanian President" -> "President of Ruritania").
HEAD_OF_STATE_TITLES: Final = frozenset(
    {"President", "Prime Minister", "King", "Queen", "Chancellor", "Premier", "Emperor"}
)
#: A demonym names the place in the same article that shares its first this
#: many letters (Turkish/Turkey needs 4; Syrian/Syria, German/Germany). Only
#: places named in the same article are candidates, so near-misses such as
#: Austrian/Australia need both countries in one story; French/France simply
#: stays unresolved.
DEMONYM_STEM: Final = 4
#: An appositive role ("Jane Doe, the state spokesman,") is at most this many
#: tokens; longer appositives are clauses, not titles (checked on wire copy:
#: titles run to 6–8 tokens, e.g. "the chairman of the House Foreign Affairs
#: committee", up to 11 with a foreign institution's name).
APPOSITIVE_ROLE_MAX_TOKENS: Final = 12
#: Named-entity labels a role may not cross (dates, numbers, other people).
ROLE_STOP_ENTS: Final = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY", "PERCENT", "QUANTITY"}
)

# --- summary and title ---------------------------------------------------------

#: A "real" sentence for the summary has at least this many words; shorter
#: lines are captions, bylines or legends. Calibrated on news captions (1-5
#: words) vs. the shortest lead sentences seen in wire copy (8+ words).
SUMMARY_MIN_WORDS: Final = 6
#: The summary takes three sentences while their total stays under this many
#: words, else two (a 2–3 sentence summary that reads in ~20 seconds).
SUMMARY_MAX_WORDS: Final = 75
#: Paragraph prefixes that mark map legends and similar non-prose lines.
LEGEND_PREFIXES: Final = ("██", "■", "▇", "—", "–", "•")
#: A derived title is cut to at most this many words (news headlines run 6–12).
TITLE_MAX_WORDS: Final = 12
#: Dependency labels cut from the main clause when deriving a title.
TITLE_DROP_DEPS: Final = frozenset(
    {"conj", "cc", "advcl", "punct", "parataxis", "relcl", "appos", "mark", "preconj", "npadvmod"}
)
