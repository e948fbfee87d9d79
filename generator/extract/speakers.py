"""Attributing each quotation to a speaker among the article's actors.

The attribution is read from the structure of the sentence(s) around the
quote, outside the quote marks. The candidate speech verbs are tried in the
order `speechverbs.rank_verbs` gives (the verb introducing the quote, then the
one whose clause holds it, then the nearest); a verb's speaker is its subject
or passive agent ("…," said X; X said: "…"; "…," added X; 'was called "…" by
X'; "quoted X as saying"), the object of "according to X", or the noun after
it ("read the statement"). A verb with no subject of its own only lends the
nearest subject before it when no verb names one; a verb whose subject is
anonymous ("a witness said") or a name no actor has (one the recogniser
missed) stops the search: no farther verb's actor spoke those words. A quote ending on a comma,
"?" or "!" inside its marks and followed by a clause of its own ('"…," Jo
Bloggs conceded') is attributed by that clause's subject, whatever its verb;
a quote introduced by a noun for words or a document ('the Jo Bloggs quote
that "…"', 'its statement: "…"') by that noun's source.

A noun phrase stands for: the person named in it (the name right before the
verb first), else an organisation named in it (never a place in it, nor a
platform the words went out on); the issuer of a statement, warning or decree
(its possessor, "issued by X", "X released a statement", or the issuer of the
same document named shortly before; "the spokeswoman" the one named with that
role, "a spokesperson" with no one named the organisation last named); a
pronoun's latest compatible person (by the gender of given names; a main
clause's subject first, "while Y wrote" counting as one) or organisation; a
title's holder ("the commissioner"), else the person who last spoke as a
subject in its paragraph ("said co-author Jo Bloggs. The Acme professor
added"); a party or a nationality ("the Ohio Democrat", "the Kenyan") the
person last named as a subject in its paragraph; "the
father"/"the mother" the latest man/woman named; "the ministry" the
organisation with that word in its name. A quote with no attribution of its
own continues the previous quote or is given to the speaker or subject of the
sentence before it (or of the paragraph before, for
a quotation that opens its paragraph).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..models import Actor, ActorKind, Quote
from .actors import ActorIndex
from .gazetteer import is_known_place
from .mentions import verb_of_a_root_name
from .namekinds import is_medium
from .paragraphs import Paragraph
from .parsed import ParsedArticle
from .patterns import (
    AMBIGUOUS_MARKS,
    ATTRIBUTION_MAX_TOKENS,
    CLOSING_MARKS,
    COLLECTIVE_PERSON_NOUNS,
    CONTINUATION_MAX_GAP,
    DASHES,
    FEMALE_NOUNS,
    GENERIC_ORG_WORDS,
    GROUP_PRONOUNS,
    HONORIFIC_TITLES,
    JUDGING_VERBS,
    MALE_NOUNS,
    ORG_DESCRIPTION_WORDS,
    PERSON_PRONOUNS,
    PHRASAL_SPEECH_VERBS,
    RELATIVE_PRONOUNS,
    SINGLE_AMBIGUOUS_MARKS,
    SINGLE_CLOSING_MARKS,
    SOURCE_LOOKBACK_PARAGRAPHS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    UNNAMED_PEOPLE_NOUNS,
    UNNAMED_PERSON_NOUNS,
    WORD_DASHES,
)
from .personnames import given_name_gender, is_agent_noun
from .quotemarks import QuoteSpan
from .quotes import judging_verb
from .roles import is_title_word
from .roletitles import names_a_national
from .speechverbs import (
    according_to,
    after_closing_mark,
    after_preposition,
    as_saying,
    attribution_window,
    before_opening_mark,
    is_listener,
    name_head,
    puts_it,
    quote_clause,
    rank_verbs,
)

_PERSON = frozenset({ActorKind.PERSON})
_GROUPS = frozenset({ActorKind.ORGANIZATION, ActorKind.PLACE})
_ORGANIZATION = frozenset({ActorKind.ORGANIZATION})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
#: Pronouns a body's own things are owned by ("its ministry", "their company").
_BODY_PRONOUNS = frozenset({"its", "their", "our"})
#: Speech verbs that also say what a fact shows ("that mobility stays low suggests "…"",
#: "the deals pointed to "…"").
_EVIDENCE_VERBS = frozenset({"suggest", "show", "indicate", "mean", "point"})
#: Past forms of speech verbs that `_a_speech_lemma` cannot undo ("Said Jo Bloggs:").
_IRREGULAR_SPEECH_FORMS = frozenset({"said", "told", "wrote", "spoke", "read"})
#: Nouns for groups of people that speak as one ("the jury asked", "the board said").
_COLLECTIVES = frozenset(
    {
        "board", "panel", "jury", "court", "government", "administration", "campaign",
        "staff", "family", "crowd", "audience", "police", "people", "public",
        "delegation", "leadership", "opposition", "prosecution", "defence", "defense",
    }
)  # fmt: skip
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Verbs by which a reporter comes by a document another wrote ("a letter seen by Reuters").
_ACCESS_VERBS = frozenset({"see", "obtain", "review", "receive", "examine", "view", "acquire", "get"})
#: Verbs whose clause reports what their subject holds true, as a speech verb's does.
_BELIEF_VERBS = frozenset({"believe", "think", "feel", "suspect", "fear"})
#: Where the parser puts the speaker written after its verb ('said the minister').
_INVERTED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
#: Speech verbs whose passive subject is the one spoken to ("was told", "was warned").
_ADDRESSING_VERBS = frozenset(
    {"tell", "inform", "warn", "assure", "advise", "brief", "remind", "ask", "urge"}
)
_NOUNS = frozenset({"NOUN", "PROPN"})
#: What a quote ends on inside its marks when the sentence goes on to name its speaker.
_OPEN_ENDINGS = frozenset({",", "?", "!"})
#: Modifiers a clause may open with before its subject pronoun ("Speaking by phone, she said").
_FRONTED_DEPS = frozenset({"advcl", "prep", "advmod", "npadvmod"})
#: Longest bracket between a name and its verb that `_person_before_verb` passes over ("(D-MA)").
_PARTY_TAG_MAX_TOKENS = 6
#: How many sentences back a chain of one pronoun ("She …. She …. she said") is followed.
_PRONOUN_CHAIN = 3
#: Those who speak for an organisation without being named.
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
#: Who speaks for the one a phrase after them names ("a spokeswoman for Jo Bloggs").
_SPEAKING_FOR = _SPOKESPEOPLE | {"representative"}
#: Documents "it" may stand for when one is the subject of the sentence before.
_DOCUMENTS = SOURCE_NOUNS - _SPOKESPEOPLE - {"representative", "account", "website", "interview"}
#: Nouns for someone a source may leave unnamed, besides title words.
_PERSON_NOUNS = UNNAMED_PERSON_NOUNS | MALE_NOUNS | FEMALE_NOUNS | {"source", "insider", "staffer", "anchor"}
#: Fewest words of a quote repeated from an earlier one (a pull quote) for it to take
#: that quote's speaker: short phrases ("a great show") recur in other mouths.
PULL_QUOTE_MIN_WORDS = 6
#: Words that set a description apart from the person named before ("the other doctor").
_OTHER_WORDS = frozenset({"other", "second", "third", "fellow", "another"})
#: Source nouns for words said back to someone: whose they are is named with them
#: ("Kell's answer was …"), never the organisation last named.
_REPLIES = frozenset({"response", "answer", "reply", "remark", "comment"})
#: Most words of an aside set off by commas between a name and its speech verb.
_ASIDE_MAX_TOKENS = 12
#: Most words of a title between a quote's closing mark and the name set off after it.
_TITLE_BEFORE_NAME_MAX = 4
#: Marks that may close a quotation, glued by the tokenizer to a dash after it.
_CLOSERS = "".join(sorted(CLOSING_MARKS | AMBIGUOUS_MARKS | SINGLE_CLOSING_MARKS | SINGLE_AMBIGUOUS_MARKS))
#: At most this many capitalised words after a dash that ends a paragraph sign the quote before it.
_SIGNATURE_MAX_WORDS = 5
#: Nouns for a newspaper or a magazine, which only a press name can stand for ("the paper said").
_PRESS_NOUNS = frozenset({"newspaper", "paper", "magazine", "tabloid"})
#: Words of newspapers' and magazines' names.
_PRESS_NAME_WORDS = frozenset(
    {
        "times", "post", "journal", "news", "herald", "tribune", "gazette", "leader", "daily",
        "chronicle", "observer", "guardian", "telegraph", "examiner", "globe", "advocate",
        "register", "review", "magazine", "inquirer", "star", "sun", "mirror", "express",
        "standard", "independent", "bulletin", "dispatch", "courier", "press", "record",
        "weekly", "monitor", "economist", "newsweek", "atlantic", "nation", "politico",
    }
)  # fmt: skip
#: Nouns for someone's words, which name their speaker as a statement does ("the Jo Bloggs quote").
_WORDS_NOUNS = frozenset(
    {"quote", "quotation", "words", "remark", "remarks", "comment", "comments", "saying", "slogan", "motto"}
)
#: Nouns for something said that a possessive gives its words ("X's "…" promise").
_SAYING_NOUNS = frozenset(
    {
        "promise", "pledge", "vow", "slogan", "motto", "mantra", "catchphrase", "line", "claim",
        "quip", "refrain", "boast", "tweet", "cry", "chant", "warning", "plea", "remark", "comment",
        "question", "phrase", "retort", "rallying",
    }
)  # fmt: skip
#: What may stand between a noun and the quote it introduces ("the line that "…"", "the statement: "…"").
_INTRODUCERS = frozenset({"that", ":", ","})
#: A copula introduces the words themselves only after a noun for words ("X's slogan is "…"");
#: after a statement or a claim it brings a judgement of them ("Trump's statement was "true"").
_COPULAS = frozenset({"is", "was"})
#: Nouns for a question or an answer put by someone ("a question came from the audience: "…"").
_ASKING_NOUNS = frozenset({"question", "questions", "answer", "reply", "response", "query"})
#: Conjunctions that set a second clause beside the main one rather than under it.
_CONTRAST_MARKS = frozenset({"while", "whereas", "whilst"})


@dataclass(frozen=True)
class _VerbSpeaker:
    """The speaker a speech verb names, and whether its own clause names it."""

    actor: Actor | None
    structural: bool


class _Resolver:
    """Speaker resolution for one article (actors and docs at hand)."""

    def __init__(self, parsed: ParsedArticle, index: ActorIndex) -> None:
        self.parsed = parsed
        self.index = index

    def _outside(self, para: int, token: Token) -> bool:
        return not self.parsed.token_in_quote(para, token) and not token.is_quote

    def noun_phrase(self, para: int, token: Token, before: int, depth: int = 0) -> Actor | None:
        """The actor a subject (or "according to" object) token stands for."""
        actor = self.index.actor_at(para, token.i)
        if actor is not None and actor.kind is not ActorKind.PERSON:
            # "Acme Bank president Jo Bloggs said": the person named in apposition
            person = self._appositive_person(para, token)
            return person or actor
        if actor is not None:
            return actor
        low = token.lower_
        limit = min(before, self.parsed.offset(para, token))
        if _an_age(token):
            # "said the 36-year-old": a person named before, as "he" or "she" would be
            return self._most_salient_antecedent(_PERSON, limit, frozenset())
        local = _a_local(token)
        if local is not None:
            # "the Dutchman said", "says the Waterford man": as "he" or "she" would be
            return self._most_salient_antecedent(_PERSON, limit, self._other_gender(local, limit))
        if (low in PERSON_PRONOUNS or low in _PLURAL_PRONOUNS) and self._reported_by_someone_new(para, token):
            return None  # 'an unidentified poster wrote they found it "…"': that poster
        if low in PERSON_PRONOUNS:
            if self._unnamed_antecedent(para, token):
                return None
            return self._most_salient_antecedent(_PERSON, limit, self._other_gender(low, limit))
        if low in _PLURAL_PRONOUNS:
            if self._unnamed_antecedent(para, token):
                return None  # "Cameron's family issued a tribute. They said: …": the family, unnamed
            together = self._named_together(para, token)
            if together is not None:
                return together
            # "they" and "we" are a body named in this paragraph or the one before, or
            # people the article does not name ("farmers say …, they say")
            return self._most_salient_antecedent(_ORGANIZATION, limit, frozenset(), nearest=para - 1)
        if low in GROUP_PRONOUNS:
            document = self._document_before(para, token)
            if document is not None:
                # "The letter said …. It asked …": the document's issuer, or no one named
                return self.noun_phrase(document[0], document[1], before, depth) if depth < 2 else None
            # "it" speaking is far more often an organisation than a place
            return self._most_salient_antecedent(_ORGANIZATION, limit, frozenset()) or (
                self._most_salient_antecedent(_GROUPS, limit, frozenset())
            )
        if low in RELATIVE_PRONOUNS and depth < 2:
            return self._relative(para, token, before, depth)
        if token.text[:1].isupper():  # the tagger may call a surname a noun ("added Price")
            named = self.index.named(token.text) or self.index.person_named(token.text, before)
            if named is not None:
                return named
        group = _people_of(token)
        if group is not None:
            # "one of Jo Bloggs's uncles said": someone of a group, unnamed, unless set off beside
            # it ("one of the witnesses, Jo Bloggs,"); a body's own people speak for it
            person = self._appositive_person(para, token)
            if person is not None:
                return person
            return self._linked(para, group, skip_possessors=True, own_phrase=True, kinds=_ORGANIZATION)
        source = token.lemma_.lower() in SOURCE_NOUNS
        if _indefinite(token) and _a_person_noun(token) and token.lemma_.lower() not in _SPOKESPEOPLE:
            # "a Fox executive said", "a person close to Jo Bloggs said", "says a woman who
            # met Bloggs": someone new, never a person named before with a like role or
            # named in the phrase, unless set off beside it ("another witness, Jo Bloggs,");
            # a body in the phrase speaks through its own ("an Acme official said"), not
            # through a former one
            person = self._appositive_person(para, token) or self._named_in(para, token)
            if person is not None or any(c.lower_ == "former" for c in token.children):
                return person
            return self._linked(para, token, skip_possessors=True, own_phrase=True, kinds=_ORGANIZATION)
        if (
            _a_person_noun(token)
            and token.lemma_.lower() not in _SPOKESPEOPLE
            and self._person_before(para, token)
        ):
            # "said the former Jo Bloggs campaign adviser": someone of Bloggs's, unnamed, neither
            # Bloggs nor whoever spoke last (a spokesperson speaks for whoever the phrase names)
            return self._appositive_person(para, token)
        linked = self._linked(para, token, skip_possessors=not source, own_phrase=source)
        described = not source and token.pos_ in _NOUNS and is_title_word(token)
        introduced = self._introduced(para, token) if described and linked is None else None
        if introduced is not None:
            # "according to a ministry official. "…," the official told Reuters": no one
            # named; "a White House official told Reuters. "…," the official said": its body
            return self.noun_phrase(introduced[0], introduced[1], before, depth + 1) if depth < 2 else None
        if described and (linked is None or linked.kind is not ActorKind.PERSON):
            # "the Acme Corp chief executive said": the person with that role
            titled = self._titled(token.lemma_.lower(), limit, _office(token)) or self._subject_before(
                para, token, before
            )
            if titled is not None:
                return titled
        if linked is not None:
            return linked
        if described:
            return self._described(para, token, before)
        if source:
            return self._source(para, token, before, depth) if depth < 2 else None
        if token.pos_ == "NOUN":
            named = self._named_like(token.lemma_.lower(), before)
            return named or self._described_group(para, token, before)
        if token.ent_type_ == "NORP":
            # "the Ohio Democrat said", "the Kenyan added": a party or a nationality for someone named
            return self._subject_before(para, token, before, speaking=False)
        return None

    def _reported_by_someone_new(self, para: int, pronoun: Token) -> bool:
        """True for the subject pronoun of a clause that a speech verb reports
        whose own subject is someone new and unnamed ("a witness said she saw
        …", "an unidentified poster wrote they found …"): the pronoun is that
        someone, not a person named earlier."""
        clause = pronoun.head
        if pronoun.dep_ not in _SUBJECT_DEPS or clause.dep_ != "ccomp":
            return False
        verb = clause.head
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return False
        subjects = [s for s in self._subjects(para, verb) if self._outside(para, s)]
        return bool(subjects) and all(
            s.pos_ == "NOUN"
            and _indefinite(s)
            and not any(self.index.actor_at(para, t.i) is not None for t in s.subtree)
            for s in subjects
        )

    def _introduced(self, para: int, token: Token) -> tuple[int, Token] | None:
        """For a definite noun ("the official"), the nearest earlier use of its
        word, in its paragraph or the one before, with its paragraph, when that
        brought in someone new and unnamed ("a foreign ministry official"): the
        same one. None when that use named its person, or was not new."""
        if not _definite(token) or token.tag_ != "NN":
            return None
        found = next(self._earlier_uses(para, token, 1, frozenset({"NOUN"})), None)
        if found is None:
            return None
        p, earlier = found
        named = self._appositive_person(p, earlier) or self._named_in(p, earlier)
        return (p, earlier) if _indefinite(earlier) and named is None else None

    def _earlier_uses(
        self, para: int, token: Token, paragraphs: int, tags: frozenset[str] = _NOUNS
    ) -> Iterator[tuple[int, Token]]:
        """The earlier uses (outside quote marks) of the noun's word, nearest first, in its
        paragraph and up to `paragraphs` before, each with its paragraph."""
        lemma = token.lemma_.lower()
        for p in range(para, max(-1, para - paragraphs - 1), -1):
            doc = self.parsed.docs[p]
            end = token.i if p == para else len(doc)
            for earlier in reversed(doc[:end]):
                if earlier.lemma_.lower() == lemma and earlier.pos_ in tags and self._outside(p, earlier):
                    yield p, earlier

    def _source(self, para: int, token: Token, before: int, depth: int) -> Actor | None:
        """Who issued a statement, a warning, a decree: its possessor ("X's
        statement"), the agent of the participle on it ("the decree signed by
        the chancellor"), the body a noun before it names ("a ministry
        account"), the subject of the verb it is the object of ("X
        released a statement"), else, for "the statement" named again, the
        issuer of the latest earlier one (SOURCE_LOOKBACK_PARAGRAPHS)."""
        for child in token.children:
            if child.dep_ == "poss" and child.tag_ == "PRP$" and child.lower_ in {"his", "her"}:
                return self._owner(para, child, before)
            if child.dep_ == "poss":
                return self.noun_phrase(para, child, before, depth + 1)
        for child in token.children:
            if child.dep_ != "acl" or not _by_its_author(child):
                continue
            for agent in child.children:
                for obj in agent.children if agent.dep_ == "agent" else []:
                    if obj.dep_ == "pobj" and self._outside(para, obj):
                        found = self.noun_phrase(para, obj, before, depth + 1)
                        if found is not None:
                            return found
        for child in token.children:
            if child.dep_ == "compound" and child.pos_ == "NOUN" and self._outside(para, child):
                # "an official ministry account": the ministry named before
                found = self.noun_phrase(para, child, before, depth + 1)
                if found is not None:
                    return found
        if token.dep_ in {"dobj", "pobj"}:
            # "X released a statement which said": the statement's issuer
            verb = token.head if token.dep_ == "dobj" else token.head.head
            subject = self._subject(para, verb)
            if subject is not None and subject.i != token.i:
                found = self.noun_phrase(para, subject, before, depth + 1)
                if found is not None:
                    return found
        if _definite(token):
            # "Jo Bloggs, a spokeswoman for Acme, … the spokeswoman said": the one named with that role
            titled = (
                self._titled(token.lemma_.lower(), before, _office(token)) if token.tag_ == "NN" else None
            )
            return titled or self._earlier_source(para, token, before, depth)
        if token.lemma_.lower() not in _SPOKESPEOPLE:
            return None
        for child in token.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and self._outside(para, child):
                # "a Downing Street spokesman": the institution the name stands for,
                # even when the model calls it a place (a place is otherwise never the speaker)
                named = self.index.actor_at(para, child.i)
                if named is not None and named.kind is not ActorKind.PERSON:
                    return named
        voice_of = _whose_voice(token)
        if voice_of is not None and voice_of.pos_ == "PROPN":
            return None  # "a spokesman for Bloggs" with no actor for Bloggs: not the body last named
        if voice_of is not None and voice_of.pos_ == "NOUN":
            # "a spokesman for the company": that company; "for the buyer": someone unnamed
            return self.noun_phrase(para, voice_of, before, depth + 1) if depth < 2 else None
        if token.dep_ in _SUBJECT_DEPS:
            # "Acme closed the plant. "…," a spokesperson said": Acme speaks
            return self._latest_group(para, token, before)
        return None

    def _owner(self, para: int, pronoun: Token, before: int) -> Actor | None:
        """Whom "his" or "her" before a statement or an office stands for, whatever the
        gender ("her" is also an object pronoun): the person subject of the sentence
        before ("Ryan took issue with Trump's talk. His office said": Ryan), else the
        person named last ("McCain's admission to hospital …. His office said")."""
        limit = min(before, self.parsed.offset(para, pronoun))
        other = self._other_gender("he" if pronoun.lower_ == "his" else "she", limit)
        found = self._preceding_sentence(para, pronoun.sent)
        para, previous = found if found is not None else (para, None)
        subjects = [t for t in previous.root.children if t.dep_ == "nsubj"] if previous is not None else []
        for subject in subjects:
            actor = self.index.actor_at(para, subject.i)
            if actor is not None and actor.kind is ActorKind.PERSON and actor.name not in other:
                return actor
        return self.index.most_recent(_PERSON, limit, min_salience=0, exclude=other)

    def _unnamed_antecedent(self, para: int, pronoun: Token) -> bool:
        """True when a pronoun that is its sentence's first word outside quote
        marks ("She said …", "“…,” she said") follows a sentence (in its
        paragraph or ending the one before) whose subject is a person the
        article does not name ("One of the victims decided …", "A witness ran
        …") and whose noun does not say the other sex: the pronoun stands for
        that person, not for someone named earlier; through sentences whose
        subject is the same pronoun ("Jo's sister says …. She added …. "…," she
        said"). Not when that sentence names its subject after all ("The first
        witness was Jo Bloggs.")."""
        for _ in range(_PRONOUN_CHAIN):
            before = self._sentence_before(para, pronoun)
            if before is None:
                return False
            para, previous = before
            subjects = [t for t in previous.root.children if t.dep_ in _SUBJECT_DEPS]
            if not subjects and previous.root.lemma_.lower() in SPEECH_VERBS:
                # "…, said Jo Bloggs's mother, now 81." with the subject hung on a later clause
                after = next((t for t in previous if t.i > previous.root.i and t.dep_ in _SUBJECT_DEPS), None)
                subjects = [after] if after is not None else []
            subject = subjects[0] if subjects else None
            if subject is None or subject.lower_ != pronoun.lower_ or not self._outside(para, subject):
                break
            pronoun = subject  # "Jo's sister says …. She added …. "…," she said": the sister
        if subject is None or not self._outside(para, subject) or subject.pos_ == "PRON":
            return False
        # named, by itself or beside it ("Mr Eavis' daughter Emily said"), not only by its owner
        # ("Jo Bloggs's family" is no one named; a spokesman speaks for his, named, owner)
        spokesperson = subject.lemma_.lower() in _SPOKESPEOPLE
        owners = {t.i for c in subject.children if c.dep_ == "poss" and not spokesperson for t in c.subtree}
        named = (t for s in subjects for t in s.subtree if t.i not in owners)
        if any(self.index.actor_at(para, t.i) is not None for t in named):
            return False
        if any(  # "The first witness was Jo Bloggs.": named after all
            self.index.actor_at(para, t.i) is not None
            for c in previous.root.children
            if c.dep_ == "attr"
            for t in c.subtree
        ):
            return False
        head = subject
        if subject.lower_ == "one":  # "one of the victims"
            of = [o for c in subject.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            head = of[0] if of else subject
        elif subject.tag_ != "NN" and not (subject.tag_ == "NNS" and pronoun.lower_ in _PLURAL_PRONOUNS):
            return False
        word = head.lemma_.lower()
        low = pronoun.lower_
        if low in _PLURAL_PRONOUNS:
            plural = head.tag_ == "NNS" and (word in UNNAMED_PERSON_NOUNS or word in UNNAMED_PEOPLE_NOUNS)
            return plural or (head.tag_ == "NN" and word in COLLECTIVE_PERSON_NOUNS)
        if (word in MALE_NOUNS and low in {"she", "her"}) or (word in FEMALE_NOUNS and low in {"he", "him"}):
            return False  # "A masked man shouted … "…," she adds": not the man
        return word in UNNAMED_PERSON_NOUNS or word in MALE_NOUNS or word in FEMALE_NOUNS

    def _sentence_before(self, para: int, pronoun: Token) -> tuple[int, Span] | None:
        """The sentence before a subject pronoun that is its sentence's first word
        outside quote marks ("She said …", "“…,” she said"), or the main clause's
        first after a modifier set before it ("Speaking by phone, she said …"),
        in its paragraph or ending the one before, with that sentence's
        paragraph; else None."""
        doc = pronoun.doc
        sent = pronoun.sent
        if pronoun.dep_ not in _SUBJECT_DEPS:
            return None
        leading = [t for t in doc[sent.start : pronoun.i] if self._outside(para, t) and not t.is_punct]
        if leading:
            # "Speaking by phone from Tashkent, she told …": only a modifier set before the clause
            fronted = {
                t.i
                for c in pronoun.head.children
                if c.dep_ in _FRONTED_DEPS and c.i < pronoun.i
                for t in c.subtree
            }
            if pronoun.head.dep_ != "ROOT" or any(t.i not in fronted for t in leading):
                return None
        return self._preceding_sentence(para, sent)

    def _preceding_sentence(self, para: int, sent: Span) -> tuple[int, Span] | None:
        """The sentence before `sent`, in its paragraph or ending the one before, with
        that sentence's paragraph; None at the article's start."""
        if sent.start > 0:
            return para, sent.doc[sent.start - 1].sent
        if para > 0 and len(self.parsed.docs[para - 1]) > 0:  # the paragraph's first words
            return para - 1, self.parsed.docs[para - 1][-1].sent
        return None

    def _subject_before_pronoun(self, para: int, pronoun: Token) -> tuple[int, Token] | None:
        """The active subject of the main clause of `_sentence_before`, with its paragraph."""
        before = self._sentence_before(para, pronoun)
        if before is None:
            return None
        para, previous = before
        subject = next((t for t in previous.root.children if t.dep_ == "nsubj"), None)
        return (para, subject) if subject is not None else None

    def _document_before(self, para: int, pronoun: Token) -> tuple[int, Token] | None:
        """'The letter said …. It added …. It asked …': the document (or the body
        described, "the newspaper") that "it" stands for, the subject of the
        sentences before it, with its paragraph."""
        for _ in range(3):
            found = self._subject_before_pronoun(para, pronoun)
            if found is None:
                return None
            para, subject = found
            if not self._outside(para, subject):
                return None
            if subject.pos_ == "NOUN" and subject.lemma_.lower() in _DOCUMENTS:
                return para, subject
            if (
                subject.pos_ == "NOUN"
                and _definite(subject)
                and subject.lemma_.lower() in ORG_DESCRIPTION_WORDS
            ):
                return para, subject  # '"…," the newspaper said. "…," it added': the same body
            if subject.lower_ != "it":
                return None
            pronoun = subject
        return None

    def _named_together(self, para: int, pronoun: Token) -> Actor | None:
        """'Jo Bloggs and Ann Smith pledged …. "…," they said': the first of the
        people named together as the subject of the sentence before, as when
        they are the speech verb's own subjects."""
        found = self._subject_before_pronoun(para, pronoun)
        if found is None:
            return None
        para, subject = found
        if not any(c.dep_ == "conj" for c in subject.children):
            return None
        people = [self.index.actor_at(para, t.i) for t in (subject, *subject.conjuncts)]
        if not all(p is not None and p.kind is ActorKind.PERSON for p in people):
            return None
        return people[0]

    def _latest_group(self, para: int, token: Token, before: int) -> Actor | None:
        """The organisation last named before the token, a clause subject
        first (as for "it")."""
        limit = min(before, self.parsed.offset(para, token))
        for level in (2, 1, 0):
            found = self.index.most_recent(_ORGANIZATION, limit, min_salience=level)
            if found is not None:
                return found
        return None

    def _described_group(self, para: int, token: Token, before: int) -> Actor | None:
        """'the company said', 'the airline said' after a named organisation
        whose name lacks the word: the organisation last named before."""
        word = token.lemma_.lower()
        press = (word in _PRESS_NOUNS and not _modified(token)) or (
            word == "board" and any(c.lower_ == "editorial" for c in token.children)
        )
        generic = word in ORG_DESCRIPTION_WORDS or word in GENERIC_ORG_WORDS or press
        if not generic or token.tag_ != "NN" or not _definite(token):
            return None
        if self._unnamed_body_before(para, token):
            return None
        if word == "force" or press:
            # "the force said": the police force named before; "the newspaper", "the
            # editorial board": a newspaper's, no other body
            fits = _a_police_force if word == "force" else _a_press_name
            limit = min(before, self.parsed.offset(para, token))
            others = frozenset(
                a.name for a in self.index.actors if a.kind is ActorKind.ORGANIZATION and not fits(a.name)
            )
            return self.index.most_recent(_ORGANIZATION, limit, exclude=others)
        return self._latest_group(para, token, before)

    def _unnamed_body_before(self, para: int, token: Token) -> bool:
        """'Mexico's finance ministry will … . "…," the ministry said': the nearest earlier
        use of the noun (SOURCE_LOOKBACK_PARAGRAPHS), or the use that brought in the one a
        chain of "the ministry" goes back to, is a body the article does not name
        (someone's, or "a ministry"), so the noun is that body, not the organisation last
        named."""
        for n, (p, earlier) in enumerate(self._earlier_uses(para, token, para)):
            if n == 0 and para - p > SOURCE_LOOKBACK_PARAGRAPHS:
                return False
            if self.index.actor_at(p, earlier.i) is not None or earlier.dep_ == "attr":
                return False  # "Acme is a company that …"
            described = self.index.actor_at(p, earlier.head.i) if earlier.dep_ == "appos" else None
            if earlier.dep_ == "appos" and (described is None or described.kind is not ActorKind.PLACE):
                return False  # "Acme Corp, a company based in Ohio,"; not a place the parser hung it on
            if any(c.dep_ == "appos" for c in earlier.children):
                return False
            owner = next((c for c in earlier.children if c.dep_ == "poss"), None)
            if owner is None and _definite(earlier) and earlier.tag_ == "NN":
                continue  # "The newspaper urged …": the one an earlier use brought in
            if n > 0:  # what a chain of "the newspaper" goes back to: only "a newspaper" is unnamed
                return _indefinite(earlier)
            if owner is None or owner.lower_ in _BODY_PRONOUNS:
                return _indefinite(earlier)  # "a Chinese company"; "its ministry" is the body's own
            owners = (self.index.actor_at(p, t.i) for t in owner.subtree)
            return not any(a is not None and a.kind is ActorKind.ORGANIZATION for a in owners)
        return False

    def _earlier_source(self, para: int, token: Token, before: int, depth: int) -> Actor | None:
        """'… read the statement': the issuer of the same document named in an
        earlier sentence ("X released a statement", "the warning issued by X").
        When no earlier sentence names such a document, the organisation last
        named before ("Acme cut 500 jobs. The statement added: …"); when one
        does but its issuer is not an actor, no one."""
        named = False
        for p, earlier in self._earlier_uses(para, token, SOURCE_LOOKBACK_PARAGRAPHS, frozenset({"NOUN"})):
            named = True
            found = self.noun_phrase(p, earlier, before, depth + 1)
            if found is not None:
                return found
        if named or token.lemma_.lower() in _REPLIES:
            return None  # "(The answer: "…")": someone's, said to someone; not the last body named
        return self._latest_group(para, token, before)

    def _described(self, para: int, token: Token, before: int) -> Actor | None:
        """A person described by a title or relation that names no one ("the
        minister", "the father said"): the person last named before whose role
        has the word; else, for a definite singular noun that says a gender
        ("the father", "the mother"), the person last named before (the subject
        of a clause first, like a pronoun) whose given name does not say the
        other gender. Other descriptions ("the official", "the witnesses") may
        stand for someone never named: no speaker."""
        word = token.lemma_.lower()
        titled = self._titled(word, before, _office(token)) or self._subject_before(para, token, before)
        if titled is not None:
            return titled
        definite = _definite(token)
        gender = "male" if word in MALE_NOUNS else "female" if word in FEMALE_NOUNS else None
        if not definite or gender is None or token.tag_ != "NN":
            return None  # "the officials", "the witness": no one named
        limit = min(before, self.parsed.offset(para, token))
        other = self._of_gender("female" if gender == "male" else "male")
        for level in (2, 1, 0):
            found = self.index.most_recent(_PERSON, limit, min_salience=level, exclude=other)
            if found is not None:
                return found
        return None

    def _most_salient_antecedent(
        self, kinds: frozenset[ActorKind], before: int, exclude: frozenset[str], nearest: int = -1
    ) -> Actor | None:
        """`_antecedent` at the highest salience that finds one: a main clause's
        subject, then any clause's, then any mention."""
        for level in (2, 1, 0):
            found = self._antecedent(kinds, before, level, exclude, nearest)
            if found is not None:
                return found
        return None

    def _antecedent(
        self, kinds: frozenset[ActorKind], before: int, level: int, exclude: frozenset[str], nearest: int = -1
    ) -> Actor | None:
        """The actor of these kinds last mentioned before `before` at least
        `level` salient (`ActorIndex.most_recent`), where the subject of a
        contrasting clause on a main verb ("X said …, while Y wrote …") counts
        as a main clause's: it reports a second speaker side by side; and the
        subject of what someone else said is reported, not speaking ("X said
        that Y understands …. "…," he said": X)."""
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if m.para < nearest:
                break
            if a is None or m.char >= before or m.in_quote or self.index.actors[a].name in exclude:
                continue
            if self.index.actors[a].kind not in kinds:
                continue  # before the salience reads below, which parse the mention's sentence
            if m.end - m.start == 1 and is_medium(self.parsed.docs[m.para][m.start]):
                continue  # "an image she posted to Facebook. It says …": where, not who
            salience = m.salience
            if salience and self._asked_about(m.para, m.start):
                salience = 0
            elif salience == 1 and self._contrasting_subject(m.para, m.start, m.end):
                salience = 2
            elif salience == 2 and self._reported_subject(m.para, m.start, m.end):
                salience = 1
            elif salience == 0 and self._named_predicate(m.para, m.start, m.end):
                salience = 2
            if salience >= level:
                return self.index.actors[a]
        return None

    def _asked_about(self, para: int, start: int) -> bool:
        """True for a name in the writer's own question, as an interview asks
        it ("Is Starmer a good leader?", "Was she a fan of Fey's before?"): the
        one asked about, not the one who answers."""
        sent = self.parsed.docs[para][start].sent
        words = [t for t in sent if not t.is_space]
        if any(t.is_quote or not self._outside(para, t) for t in words):
            return False
        return bool(words) and words[-1].text == "?"

    def _named_predicate(self, para: int, start: int, end: int) -> bool:
        """True for a name that a main clause's subject is ("The first witness
        was [Jo Bloggs]"): it stands for the subject."""
        root = self.parsed.docs[para][start:end].root
        verb = root.head
        return root.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ == "ROOT"

    def _reported_subject(self, para: int, start: int, end: int) -> bool:
        """True for the subject of a clause that a speech verb, or a verb of
        belief, with a subject of its own reports ("X said that [Y] understands
        …", "X believes [Y] caught him …")."""
        root = self.parsed.docs[para][start:end].root
        verb = root.head
        if root.dep_ not in _SUBJECT_DEPS or verb.dep_ != "ccomp":
            return False
        speech = verb.head
        reporting = speech.lemma_.lower() in SPEECH_VERBS | _BELIEF_VERBS
        return reporting and any(c.dep_ in _SUBJECT_DEPS for c in speech.children)

    def _contrasting_subject(self, para: int, start: int, end: int) -> bool:
        """True for the subject of a "while"/"whereas" clause on a main clause's
        verb, or on the verb of what a main clause reports ('X said the victims
        were …, while Y wrote …'); and for the subject of the news idiom "… came
        as X did …" ("His words came as Cardinal Jo Bloggs backed …", "The
        comments came as Jo Bloggs said …"), whose "as" clause tells the news."""
        root = self.parsed.docs[para][start:end].root
        verb = root.head
        if root.dep_ not in _SUBJECT_DEPS or verb.dep_ != "advcl":
            return False
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if "as" in marks and verb.head.dep_ == "ROOT" and verb.head.lemma_ == "come":
            return True
        return verb.head.dep_ in {"ROOT", "ccomp", "conj"} and bool(marks & _CONTRAST_MARKS)

    def _subject_before(self, para: int, token: Token, before: int, speaking: bool = True) -> Actor | None:
        """'"…," said study co-author Jo Bloggs. The Acme professor added, "…"':
        a definite singular title ("the professor", "the Acme professor") names
        again the person last named as a clause subject earlier in its own
        paragraph (or, with none there, in the one before, for a title a name
        qualifies: "the Florida senator") when that person spoke (the subject
        of a speech verb: "Jo Bloggs was arrested. "…," the officer said" is
        someone else); with `speaking` False, whatever the verb ("Rep. Jo
        Bloggs voted …, the Ohio Democrat said"). A description that no such
        person precedes may stand for someone never named."""
        if token.tag_ not in {"NN", "NNP"} or not _definite(token) or token.dep_ not in _SUBJECT_DEPS:
            return None
        if any(c.lower_ in _OTHER_WORDS for c in token.children):
            return None  # "the other professor said": not the one named
        limit = min(before, self.parsed.offset(para, token))
        # "the Florida senator", "the Acme professor": a title a name qualifies may also name
        # again the speaker of the paragraph before; not one with its office ("the U.S.
        # secretary of state"), which no one named with another office holds
        qualified = (
            speaking
            and _office(token) is None
            and any(
                c.dep_ in {"compound", "amod", "nmod"}
                and (c.pos_ == "PROPN" or c.ent_type_ in {"NORP", "GPE"})
                for c in token.children
            )
        )
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if a is None or m.char >= limit or m.in_quote or m.salience < 1:
                continue
            if m.para != para and (m.para != para - 1 or not qualified):
                return None
            if self.index.actors[a].kind is ActorKind.PERSON:
                spoke = _speech_subject(self.parsed.docs[m.para][m.start : m.end].root)
                return self.index.actors[a] if spoke or not speaking else None
        return None

    def _titled(self, word: str, before: int, office: str | None = None) -> Actor | None:
        """'the commissioner said': the person last mentioned before `before`
        whose role has this word (and the word of its office: "the secretary
        of state" is no foreign secretary), or whose mention follows the
        honorific of that title ("Dr. Jo Bloggs … the doctor said")."""
        honorifics = HONORIFIC_TITLES.get(word, frozenset())
        for n in range(len(self.index.mentions) - 1, -1, -1):
            m, a = self.index.mentions[n], self.index.mention_actor[n]
            if a is None or m.char >= before:
                continue
            actor = self.index.actors[a]
            role = (actor.role or "").lower().replace("-", " ").split()
            held = office is None or office in role
            if actor.kind is ActorKind.PERSON and (word in role or f"{word}s" in role) and held:
                return actor
            doc = self.parsed.docs[m.para]
            if actor.kind is ActorKind.PERSON and m.start > 0 and doc[m.start - 1].lower_ in honorifics:
                return actor
        return None

    def _other_gender(self, pronoun: str, before: int) -> frozenset[str]:
        """People "he"/"she" (at offset `before`) cannot stand for: those whose
        given name is of the other gender, or mostly so unless they are the
        person named last ("said pollster Kim Bloggs. … he added": Kim is not
        only a woman's name); gender-guesser, unknown and either-gender names
        stay candidates."""
        if pronoun not in PERSON_PRONOUNS:
            return frozenset()
        gender = "female" if pronoun in {"he", "him"} else "male"
        last = self.index.most_recent(_PERSON, before)
        mostly = self._of_gender(gender) - self._of_gender(gender, mostly=False)
        return self._of_gender(gender) - ({last.name} & mostly if last is not None else set())

    def _of_gender(self, gender: str, mostly: bool = True) -> frozenset[str]:
        """The people whose given name is (`mostly`: or mostly) of this gender."""
        genders = {gender, f"mostly_{gender}"} if mostly else {gender}
        return frozenset(
            a.name
            for a in self.index.actors
            if a.kind is ActorKind.PERSON and given_name_gender(a.name.split()[0]) in genders
        )

    def _appositive_person(self, para: int, token: Token) -> Actor | None:
        for child in token.children:
            if child.dep_ == "appos" and self._outside(para, child):
                actor = self.index.actor_at(para, child.i)
                if actor is not None and actor.kind is ActorKind.PERSON:
                    return actor
        return None

    def _person_before(self, para: int, token: Token) -> bool:
        """True when a person is named among the words before the noun that
        modify it ("the Jo Bloggs campaign adviser"), not by its possessor."""
        return any(
            self._a_person_at(para, child)
            for modifier in token.lefts
            if modifier.dep_ in {"compound", "amod", "nmod"}
            for child in modifier.subtree
        )

    def _named_in(self, para: int, token: Token) -> Actor | None:
        """The person a description says is named so ("a student named Jo Bloggs")."""
        for child in token.children:
            if child.dep_ == "acl" and child.lemma_.lower() in {"name", "call"}:
                for t in child.subtree:
                    actor = self.index.actor_at(para, t.i)
                    if actor is not None and actor.kind is ActorKind.PERSON and self._outside(para, t):
                        return actor
        return None

    def _linked(
        self,
        para: int,
        token: Token,
        skip_possessors: bool,
        own_phrase: bool = False,
        kinds: frozenset[ActorKind] = _PERSON | _ORGANIZATION,
    ) -> Actor | None:
        """An actor named inside the phrase: a person first, then an
        organisation. A place in it is where, not who ("officials in Kyiv",
        "the mayor at a rally in Porto"); a platform the words went out on ("a
        Twitter account") is not one either, nor whom the noun is sent or
        attached to ("the mission to the United Nations", "an adviser to X"),
        unless a spokesperson's; with `own_phrase`, neither is an actor of a
        clause on the noun ("a statement saying the Acme Corp ...") other than
        its author ("issued by X"), nor the one it is addressed to ("a letter to X")."""
        skipped: set[int] = set()
        for child in token.children:
            clause = child.dep_ in {"acl", "relcl"} and not _by_its_author(child)
            # "a letter to Jo Bloggs"; "the mission to the United Nations said", "an adviser to
            # Jo Bloggs": whom it is sent or attached to, not who speaks
            addressee = child.dep_ == "prep" and child.lower_ == "to"
            attached = addressee and token.lemma_.lower() not in _SPOKESPEOPLE
            if (
                (skip_possessors and child.dep_ == "poss")
                or (own_phrase and (clause or addressee))
                or attached
                or _related_to(token, child)
            ):
                skipped.update(t.i for t in child.subtree)
        linked = [
            actor
            for child in token.subtree
            if child.i != token.i and child.i not in skipped and self._outside(para, child)
            and not is_medium(child)
            for actor in [self.index.actor_at(para, child.i)]
            if actor is not None
        ]  # fmt: skip
        for kind in (ActorKind.PERSON, ActorKind.ORGANIZATION):
            for actor in linked:
                if actor.kind is kind and kind in kinds:
                    return actor
        return self._represented_place(para, token)

    def _represented_place(self, para: int, token: Token) -> Actor | None:
        """The place a spokesperson speaks for or a statement comes from ("a
        spokesperson for Buckingham Palace", "a statement from the Kremlin"
        when the model calls it a place): the institution the name stands for.
        Only right after "for"/"from" on such a noun; "officials in Kyiv" stay where."""
        word = token.lemma_.lower()
        if word not in _SPOKESPEOPLE and word not in SOURCE_NOUNS:
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"for", "from"}:
                continue
            for obj in prep.children:
                actor = self.index.actor_at(para, obj.i) if obj.dep_ == "pobj" else None
                if actor is not None and actor.kind is ActorKind.PLACE and self._outside(para, obj):
                    return actor
        return None

    def _relative(self, para: int, token: Token, before: int, depth: int) -> Actor | None:
        """'which'/'who' as a subject: the noun the relative clause hangs on."""
        clause = token.head
        if clause.dep_ == "relcl" and clause.head is not clause:
            return self.noun_phrase(para, clause.head, before, depth + 1)
        return None

    def _named_like(self, word: str, before: int) -> Actor | None:
        """'the court', 'the airline': the organisation with this word (or its
        plural) in its name mentioned most often before `before` (ties: the
        most recent)."""
        counts: dict[int, tuple[int, int]] = {}
        for n, m in enumerate(self.index.mentions):
            a = self.index.mention_actor[n]
            if a is None or m.char >= before:
                continue
            actor = self.index.actors[a]
            words = actor.name.lower().split()
            if actor.kind is ActorKind.ORGANIZATION and (word in words or f"{word}s" in words):
                seen, _ = counts.get(a, (0, 0))
                counts[a] = (seen + 1, m.char)
        if not counts:
            return None
        best = max(counts, key=lambda a: counts[a])
        return self.index.actors[best]

    def _subject(self, para: int, verb: Token) -> Token | None:
        subjects = self._subjects(para, verb)
        return subjects[0] if subjects else None

    def _subjects(self, para: int, verb: Token) -> list[Token]:
        """The subjects of the speech verb, or of the clause it hangs on ("…,"
        X said, adding "…"; "…" costs Y," X said, further saying …). Clauses
        inside the quote marks are passed over: their subjects are quoted words."""
        quoting = as_saying(verb)
        if quoting is not None:
            # "Reuters quoted Jo Bloggs as saying": the one quoted, not the quoter
            quoted = [c for c in quoting.children if c.dep_ == "dobj"]
            if quoted:
                return quoted
        current = _coordinated_participle(verb) or verb
        for _ in range(4):
            inside = current is not verb and not self._outside(para, current)
            found = [] if inside else [c for c in current.children if c.dep_ in _SUBJECT_DEPS]
            found = [t for s in found for t in _past_a_topic(s)]
            if found and current.lemma_.lower() in _ADDRESSING_VERBS and found[0].dep_ == "nsubjpass":
                found = []  # "X says the council was told that …": the one told, not the speaker
            if found and current is not verb and all(_reported_it(s) for s in found):
                current = current.head  # "X said it was early but added, "…"": X's words go on
                continue
            if (
                found
                and current is not verb
                and verb.lemma_.lower() not in _EVIDENCE_VERBS
                and all(self._a_thing(para, s) for s in found)
            ):
                # "X said Rubio's plan would give money to …, and called him "…"", "X denied the
                # notion that a shakeup is coming, explaining …": the parser hung the speech verb
                # on the nearer clause, whose subject is a thing; whoever speaks above it spoke
                found = self._speaking_above(para, current) or found
            if found and current is not verb and self._reported_content(para, verb, current):
                # "a strategist said Jo will have to choose, saying "…"": the participle
                # goes on with the reporter's words, not with the one reported on
                found = self._reporters(para, current.head) or found
            if found:
                return found
            if verb_of_a_root_name(current):  # "Mr. Bloggs, the Ohio Democrat, called it "…"" misparsed
                return [current.head]
            if current is not verb and current.dep_ == "ROOT" and self._names_a_person(para, current):
                return [current]  # "Trump defended it, calling it "…"" with the name made the root
            if current.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and current.head is not current:
                current = current.head
            else:
                break
        return []

    def _reporters(self, para: int, verb: Token) -> list[Token]:
        """The subjects of a speech verb; for one that describes a noun ("a statement
        saying"), the nearest subject before it (who released the statement)."""
        found = self._subjects(para, verb)
        if not found and verb.dep_ == "acl":
            nearest = self._nearest_subject(para, verb)
            found = [nearest] if nearest is not None else []
        return found

    def _reported_content(self, para: int, verb: Token, clause: Token) -> bool:
        """Whether `verb` is a participle set off by a comma ("…, saying", "…, calling
        it") hung on `clause`, a clause that is itself what a speech verb reports."""
        comma = verb.i - 1
        while comma > 0 and verb.doc[comma].is_quote:
            comma -= 1  # 'represents "New York values," stating'
        return (
            verb.tag_ == "VBG"
            and verb.dep_ == "advcl"
            and comma >= 0
            and verb.doc[comma].text == ","
            and clause.dep_ == "ccomp"
            and not _a_speech_verb(clause)  # "…," Jo added, saying: Jo's own words
            and _a_speech_verb(clause.head)
            and clause.head.i < clause.i  # "…, saying …, CNN reported": who spoke, not the outlet
            and clause.head.lemma_.lower() != "report"
            and self._outside(para, clause.head)
        )

    def _a_thing(self, para: int, token: Token) -> bool:
        """A common noun for no one who could speak ("the plan", "a shakeup"): not an
        actor, a person, a body, a document or a group of people."""
        word = token.lemma_.lower()
        return (
            token.pos_ == "NOUN"
            and self.index.actor_at(para, token.i) is None
            and not _a_person_noun(token)
            and not is_agent_noun(token)
            and not word.endswith(("man", "men", "person", "people"))  # "a cameraman", "townspeople"
            and word not in SOURCE_NOUNS
            and word not in ORG_DESCRIPTION_WORDS
            and word not in _COLLECTIVES
        )

    def _speaking_above(self, para: int, clause: Token) -> list[Token]:
        """The subjects of the nearest verb above `clause` (a few steps) that names
        someone who could speak; none when there is no such verb, or a relative
        clause is in between (its subject is the noun it describes: "Jo, whose
        vote could help decide its fate", is no speaker of what holds it)."""
        node = clause
        for _ in range(4):
            if node.dep_ == "relcl" or node.head.i == node.i:
                return []
            node = node.head
            if node.dep_ == "relcl" or node.pos_ not in {"VERB", "AUX"} or not self._outside(para, node):
                continue  # a relative clause's verb: the next step stops
            found = [c for c in node.children if c.dep_ in _SUBJECT_DEPS]
            if found and not all(self._a_thing(para, s) for s in found):
                return found
        return []

    def _nearest_subject(self, para: int, verb: Token) -> Token | None:
        """The closest subject before the verb in its sentence (parser fallback)."""
        for token in reversed(verb.doc[verb.sent.start : verb.i]):
            if token.dep_ in _SUBJECT_DEPS and self._outside(para, token):
                return token
        return None

    def _agent(self, para: int, verb: Token) -> Token | None:
        """'was told by X': the agent of a passive speech verb, its speaker;
        when the parser hangs "by X" on the quoted words ('was called "…" by
        X'), the object of the first "by" after the verb outside the quote marks."""
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj" and self._outside(para, obj):
                        return obj
        if not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        for token in verb.doc[verb.i + 1 : verb.sent.end]:
            if token.lower_ == "by" and self._outside(para, token):
                return next((obj for obj in token.children if obj.dep_ == "pobj"), None)
        return None

    def _after(self, para: int, verb: Token, before: int) -> Actor | None:
        """'…," added Smith': the actor named after the verb, in the phrase up
        to the next punctuation; a person before an organisation before a place
        ("tweeted Mayor of London Jo Bloggs", "said study co-author Jo Bloggs").
        A participle's words after it are its complement, not its speaker
        ("Speaking in Brussels, …"), and a place after a preposition is where,
        not who ("said at a rally in Leeds")."""
        doc = verb.doc
        found: list[Actor] = []
        if verb.tag_ == "VBG":
            return None
        for token in doc[verb.i + 1 : verb.sent.end]:
            inner_dash = token.text in WORD_DASHES and token.whitespace_ == ""
            if (token.is_punct and not inner_dash) or not self._outside(para, token):
                break
            if token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS and not found:
                return self.noun_phrase(para, token, before)
            if is_listener(token) or _a_possessor(token):
                continue  # "called Jo Bloggs's plan "…"": whose, not who
            actor = self.index.actor_at(para, token.i)
            if actor is None and token.pos_ == "PROPN":
                actor = self.index.person_named(token.text, before)
            if actor is not None and actor.kind is ActorKind.PLACE and _describes_someone(token):
                continue  # "added a Florida Democrat": where the speaker is from, not who
            if actor is not None and not (actor.kind is ActorKind.PLACE and after_preposition(token)):
                found.append(actor)
        if not found:
            # '…," read the statement' / 'said the minister': the noun after the verb
            for token in verb.children:
                inverted = token.i > verb.i and token.dep_ in _INVERTED_DEPS and token.pos_ in _NOUNS
                if inverted and self._outside(para, token) and not is_listener(token):
                    return self.noun_phrase(para, token, before)
        return _best_speaker(found)

    def _person_before_verb(self, para: int, verb: Token, subjects: list[Token] | None) -> Actor | None:
        """The person named right before the verb, inside its subject phrase
        ("Longtime X in the Morning writer Jo Bloggs tweeted", however the
        parser hangs the words): the last word of a subject phrase is its head.
        With `subjects` None (the parser gave the verb none), wherever the
        parser hangs the name."""
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].dep_ in {"advmod", "aux", "neg"}:
            i -= 1  # "Jo Bloggs also said", "Jo Bloggs has written"
        if subjects is None and i > verb.sent.start and verb.doc[i].text == ")":
            opening = next((t.i for t in reversed(verb.doc[verb.sent.start : i]) if t.text == "("), None)
            if opening is not None and i - opening <= _PARTY_TAG_MAX_TOKENS:
                i = opening - 1  # "Sen. Jo Bloggs (D-MA) said": the name before the party and state
        if subjects is None and i > verb.sent.start and verb.doc[i].text == ",":
            i = self._before_aside(para, verb, i)  # "Jo Bloggs, asked about it, had said"
        if i < verb.sent.start or not self._outside(para, verb.doc[i]):
            return None
        token = verb.doc[i]
        while token.dep_ == "conj" and token.head.i < token.i and self._a_person_at(para, token.head):
            token = token.head  # "Smith and Biggs wrote": the first of them, as with two subjects
        actor = self.index.actor_at(para, token.i)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        if subjects is None:
            # "sent a letter to Jo Bloggs demanding …": the one written to did not speak
            return None if is_listener(token) else actor
        holding = [s for s in subjects if s.left_edge.i <= i <= s.right_edge.i]
        if any(_indefinite(s) and _a_person_noun(s) and self._named_in(para, s) != actor for s in holding):
            return None  # "a person close to Jo Bloggs said": someone new (noun_phrase)
        if any(self._someone_of(para, token, s, actor) for s in holding):
            return None  # "one of the prosecutors for Jo Bloggs said": not Bloggs
        return actor if holding else None

    def _before_aside(self, para: int, verb: Token, comma: int) -> int:
        """For the comma closing an aside right before the verb ("Jo Bloggs, asked about
        it, had said", "Jo Bloggs, 70, said"), the last word before the aside's opening
        comma when the aside is a participle's clause or an age; else `comma` itself (no
        name there)."""
        doc = verb.doc
        start = max(verb.sent.start, comma - _ASIDE_MAX_TOKENS)
        opening = next((k for k in range(comma - 1, start - 1, -1) if doc[k].text == ","), None)
        if opening is None or opening + 1 >= comma or not self._outside(para, doc[opening]):
            return comma
        first = doc[opening + 1]
        participle = first.tag_ in {"VBN", "VBG"} or (first.tag_ == "VBD" and first.dep_ in {"advcl", "acl"})
        age = opening + 2 == comma and first.like_num  # "Jo Bloggs, 70, said"
        if not (participle or age) or any(t.is_quote for t in doc[opening:comma]):
            return comma
        return opening - 1

    def _someone_of(self, para: int, name: Token, subject: Token, actor: Actor) -> bool:
        """True when the name is, inside the subject's phrase, the whole object of a
        preposition after a noun for someone else ("one of the prosecutors for Jo
        Bloggs", "a lawyer for Jo Bloggs"): that someone is the subject, not the
        one named. Not "Secretary of State Jo Bloggs" or "ambassador to China Jo
        Bloggs", whose object holds more than the name; a spokesperson or
        representative for someone speaks for them."""
        node = name_head(name)
        while node.i != subject.i and node.head.i != node.i:
            if node.dep_ == "pobj" and node.head.lower_ in {"for", "of", "to"}:
                words = node.doc[node.left_edge.i : node.i + 1]
                holder = node.head.head
                whole = all(self.index.actor_at(para, t.i) is actor for t in words)
                if whole and (
                    holder.lower_ == "one"
                    or (_a_person_noun(holder) and holder.lemma_.lower() not in _SPEAKING_FOR)
                ):
                    return True
            node = node.head
        return False

    def _names_a_person(self, para: int, token: Token) -> bool:
        """A person's name or alias, though the recogniser left this use of it untagged."""
        if self._a_person_at(para, token):
            return True
        if token.pos_ not in _NOUNS or not token.text[:1].isupper():
            return False
        named = self.index.named(token.text) or self.index.person_named(
            token.text, self.parsed.offset(para, token)
        )
        return named is not None and named.kind is ActorKind.PERSON

    def _a_person_at(self, para: int, token: Token) -> bool:
        actor = self.index.actor_at(para, token.i)
        return actor is not None and actor.kind is ActorKind.PERSON

    def _named_before(self, para: int, verb: Token) -> Actor | None:
        """'…, Jo Bloggs, said' parsed without a subject: the person or
        organisation named right before the verb."""
        i = verb.i - 1
        while i >= verb.sent.start and verb.doc[i].text in {",", "—", "–"}:
            i -= 1
        if i < verb.sent.start or not self._outside(para, verb.doc[i]) or is_listener(verb.doc[i]):
            return None
        actor = self.index.actor_at(para, i)
        return actor if actor is not None and actor.kind is not ActorKind.PLACE else None

    def from_verb(self, para: int, verb: Token, before: int) -> Actor | None:
        """The speaker of a speech verb (or of "according to")."""
        return self.verb_speaker(para, verb, before).actor

    def verb_speaker(self, para: int, verb: Token, before: int) -> _VerbSpeaker:
        """The speaker of a speech verb, and whether the sentence structure names
        it (subject, agent, object of "according to", name after the verb) or it
        is only the nearest subject before a verb that has none of its own."""
        doc = verb.doc
        if verb.lower_ == "according":
            for child in verb.subtree:
                if child.dep_ == "pobj" and self._outside(para, child):
                    source = self.noun_phrase(para, child, before) or self._named_after_noun(para, child)
                    return _VerbSpeaker(source, True)
            if verb.i + 2 < len(doc):
                return _VerbSpeaker(self.noun_phrase(para, doc[verb.i + 2], before), True)
            return _VerbSpeaker(None, True)
        agent = self._agent(para, verb)
        if agent is not None:
            # "X was criticised by campaigners": whoever the agent is, X did not speak
            return _VerbSpeaker(self.noun_phrase(para, agent, before), True)
        inverted = self._named_right_after(para, verb)
        if inverted is not None:
            return _VerbSpeaker(inverted, True)
        subjects = self._subjects(para, verb)
        structural = bool(subjects)
        addressed = verb.lemma_.lower() in _ADDRESSING_VERBS and any(
            c.dep_ == "nsubjpass" for c in verb.children
        )
        if not subjects and addressed:
            return _VerbSpeaker(None, True)  # "X was advised by aides that …": X listened, no actor spoke
        noun = self._infinitive_subject(para, verb) if not subjects else None
        if noun is not None:
            # "all it took was one person to say, "…"": the noun the infinitive is about
            return _VerbSpeaker(self.noun_phrase(para, noun, before), True)
        if not subjects:
            # "…, White House spokeswoman Jo Bloggs said:" with the name hung on a
            # preposition before it: the person right before the verb, not a farther subject
            adjacent = self._person_before_verb(para, verb, None)
            if adjacent is not None:
                return _VerbSpeaker(adjacent, True)
            nearest = self._nearest_subject(para, verb)
            subjects = [nearest] if nearest is not None else []
        subjects = [s for s in subjects if self._outside(para, s) and not is_listener(s)]
        subjects = _inverted_subjects(verb, subjects)
        if not subjects:
            named = self._named_before(para, verb)
            if named is not None:
                return _VerbSpeaker(named, True)
        if subjects:
            # "Niger's president Mahamadou Issoufou said": the parser may give the
            # verb two subjects, the description and the name; the named speaker wins
            adjacent = self._person_before_verb(para, verb, subjects)
            if adjacent is not None:
                return _VerbSpeaker(adjacent, structural)
            found = [a for s in subjects for a in [self.noun_phrase(para, s, before)] if a is not None]
            return _VerbSpeaker(_best_speaker(found), structural)
        return _VerbSpeaker(self._after(para, verb, before), True)

    def _infinitive_subject(self, para: int, verb: Token) -> Token | None:
        """The noun right before "to" of an infinitive speech verb with no
        subject of its own ("one person to say", "for the court to declare"):
        whom the infinitive is about."""
        to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO"), None)
        if to is None or to.i != verb.i - 1 or to.i == 0:
            return None
        noun = verb.doc[to.i - 1]
        return noun if noun.pos_ in {"NOUN", "PROPN"} and self._outside(para, noun) else None

    def _named_right_after(self, para: int, verb: Token) -> Actor | None:
        """'"…," said Jo Bloggs, deputy editor at PC Pro. …, he said.': the
        person named right after a bare speech verb with no subject of its own,
        when the parser, misled by a period inside the phrase, hangs the name
        on another verb and this one on that verb's clause."""
        doc = verb.doc
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        # "Any reading of it, said Jo Bloggs, an expert, would …": set off by commas, with
        # the parser's subject a thing
        set_off = verb.i > 0 and doc[verb.i - 1].text == "," and all(self._a_thing(para, s) for s in subjects)
        if verb.i + 1 >= len(doc) or (subjects and not set_off):
            return None
        if verb.i == 0 or not (doc[verb.i - 1].is_quote or set_off):
            return None  # only the inverted attribution right after a closing mark or set off
        if verb.lemma_.lower() in _ADDRESSING_VERBS:
            return None  # '"…," told Jo Bloggs': the one told
        actor = self.index.actor_at(para, verb.i + 1)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        end = self._mention_end(para, verb.i + 1, actor)
        if set_off and (end >= len(doc) or doc[end].text != ","):
            return None  # ", said Jo Bloggs's lawyer": someone of Bloggs's
        # '“honest” describes Jo Bloggs': the verb's own object, not its speaker
        return None if doc[verb.i + 1 : end].root.head.i == verb.i else actor

    def _named_after_noun(self, para: int, noun: Token) -> Actor | None:
        """'according to his aunt, Jo Bloggs, "…"': the person named right after the
        common noun and its comma, however the parser hangs the name."""
        doc = noun.doc
        i = noun.i + 1
        if noun.pos_ != "NOUN" or i >= len(doc) or doc[i].text != ",":
            return None
        # set off by a second comma, not the subject of the main clause ("According to
        # reports, Jo Bloggs beat …")
        return self._person_set_off(para, i + 1)

    def _person_set_off(self, para: int, i: int) -> Actor | None:
        """The person whose mention starts at token `i` and is followed by a comma."""
        doc = self.parsed.docs[para]
        actor = self.index.actor_at(para, i) if i < len(doc) else None
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        end = self._mention_end(para, i, actor)
        return actor if end < len(doc) and doc[end].text == "," else None

    def _mention_end(self, para: int, i: int, actor: Actor) -> int:
        """The end of `actor`'s mention that token `i` of paragraph `para` opens."""
        doc = self.parsed.docs[para]
        end = i
        while end < len(doc) and self.index.actor_at(para, end) is actor:
            end += 1
        return end

    def subject_is_no_actor(self, para: int, verb: Token) -> bool:
        """True when the verb's subject speaks but names no actor: a common noun ("a
        witness said", "its source said": an anonymous speaker), or a proper name of the
        verb's own that no actor has (one the recogniser missed or took for something else)."""
        subject = self._subject(para, verb)
        if subject is None or not self._outside(para, subject):
            return False
        if subject.pos_ == "NOUN":
            # "a witness said", "officials say"; a fact a verb of showing reports is no
            # speaker ("that mobility remains low suggests "…"")
            word = subject.lemma_.lower()
            evidence = verb.lemma_.lower() in _EVIDENCE_VERBS and not (
                is_title_word(subject) or is_agent_noun(subject) or word in UNNAMED_PERSON_NOUNS
            )
            agent = any(c.dep_ == "agent" for c in verb.children)
            voice_of = _whose_voice(subject) if word in _SPOKESPEOPLE else None
            unknown = voice_of is not None and voice_of.pos_ == "PROPN"  # "a spokesman for Bloggs"
            return unknown or (not evidence and word not in SOURCE_NOUNS and not agent)
        return (
            subject.pos_ == "PROPN"
            and subject.head.i == verb.i
            and self.noun_phrase(para, subject, self.parsed.offset(para, subject)) is None
        )

    def trailing_subject(self, para: int, quote: Span, before: int) -> _VerbSpeaker | None:
        """'"…," Jo Bloggs conceded.' / '"…?" wondered Jo Bloggs': a quote that
        ends on a comma, a question or an exclamation inside its marks, followed
        at once by a clause of its own that reaches the next punctuation within
        ATTRIBUTION_MAX_TOKENS words, is attributed by that clause whatever its
        verb: its active subject speaks (an actor, or no one named when the subject
        is someone new: '"…," one reader replied'). None when no such clause
        follows or its subject names no one it can tell."""
        doc = quote.doc
        if quote[-1].text not in _OPEN_ENDINGS:
            return None
        i = after_closing_mark(quote)
        clause: list[Token] = []
        closed = False
        for token in doc[i : i + ATTRIBUTION_MAX_TOKENS + 1]:
            spaced = token.text in WORD_DASHES and bool(token.whitespace_)  # "… began – and …"
            if (token.is_punct and (token.text not in WORD_DASHES or spaced)) or not self._outside(
                para, token
            ):
                closed = True
                break
            clause.append(token)
        closed = closed or i + len(clause) >= len(doc)
        if not clause or clause[0].pos_ in {"CCONJ", "SCONJ"} or clause[0].lower_ in RELATIVE_PRONOUNS:
            return None  # '"…," and Jo Bloggs resigned': a clause of its own, not an attribution
        if not closed:
            return None  # '"…?" The House committee was due to begin debating …': a sentence of its own
        said = self._named_then_says(para, clause, before)
        if said is not None:
            return said
        # a subject the tagger read as a verb ("Trump shot back") is the subject still
        verbs = [t for t in clause if t.pos_ == "VERB" and t.tag_ != "VBG" and t.dep_ not in _SUBJECT_DEPS]
        if not verbs or verbs[0].lemma_.lower() in SPEECH_VERBS:
            return None  # a speech verb's speaker is the speech verbs' business
        subject = next((t for t in clause if t.head.i == verbs[0].i and t.dep_ == "nsubj"), None)
        if subject is None:
            return None  # no subject, or a passive one ("… was scheduled to …"): no one acting
        actor = self.noun_phrase(para, subject, before)
        if actor is not None and actor.kind is not ActorKind.PLACE:
            return _VerbSpeaker(actor, True)
        # '"…," one Twitter response began': someone new and unnamed, not whoever spoke last
        return _VerbSpeaker(None, True) if subject.pos_ == "NOUN" and _indefinite(subject) else None

    def _named_then_says(self, para: int, clause: list[Token], before: int) -> _VerbSpeaker | None:
        """'"…," Conway notes.': a name and a speech verb in the present, which the
        tagger may read as a plural noun ("notes", "writes") and the recogniser may
        leave untagged (then a surname of a person named before); or in the past, with
        the name the tagger read as a verb ('"…," Trump implored')."""
        if len(clause) != 2:
            return None
        name, verb = clause
        # '"…," Trump implored', "Will wrote": the name tagged a verb, the speech verb its object
        misread = name.pos_ in {"VERB", "AUX"} and verb.tag_ in {"VBD", "VBN"} and _a_speech_lemma(verb)
        if not name.text[:1].isupper() or not (
            misread or (name.pos_ == "PROPN" and _inflected_speech_verb(verb.lower_, "s"))
        ):
            return None
        actor = self.index.actor_at(para, name.i) or self.index.person_named(name.text, before)
        return _VerbSpeaker(actor, True) if actor is not None and actor.kind is not ActorKind.PLACE else None

    def named_after_quote(self, para: int, quote: Span) -> Actor | None:
        """The person named right after the quote's closing mark and a comma
        ('"…," Jo Bloggs, who worked at Acme …, told reporters')."""
        doc = quote.doc
        i = after_closing_mark(quote)
        if i >= len(doc) or not self._outside(para, doc[i]):
            return None
        # "Ohio delegate Bill Bloggs, …": the words of a title before the name
        for k in range(i, min(len(doc), i + _TITLE_BEFORE_NAME_MAX + 1)):
            actor = self.index.actor_at(para, k)
            if actor is not None and actor.kind is ActorKind.PERSON:
                return self._person_set_off(para, k)
            if doc[k].is_punct or doc[k].pos_ not in {"PROPN", "NOUN", "ADJ"}:
                return None
        return None

    def signed_with_a_dash(self, para: int, quote: Span) -> Actor | None:
        """'"…" – Charles Dickens, A Christmas Carol': an epigraph's or a pull
        quote's author, named right after a dash that follows the quote."""
        doc = quote.doc
        start = _signature(quote)
        if start is None or not self._outside(para, doc[start - 1]):
            return None
        actor = self.index.actor_at(para, start)
        if actor is None or actor.kind is not ActorKind.PERSON:
            return None
        end = self._mention_end(para, start, actor)
        return actor if end >= len(doc) or doc[end].is_punct else None

    def signed_by_someone_unknown(self, para: int, quote: Span) -> bool:
        """'"…" ― Jo N Bloggs' with no actor for the name after the dash (the recogniser
        missed it): someone signed the quote, not whoever spoke before."""
        doc = quote.doc
        start = _signature(quote)
        if start is None or not self._outside(para, doc[start - 1]):
            return False
        words = [t for t in doc[start:] if not t.is_space]
        while words and words[-1].is_punct:
            words.pop()
        return 0 < len(words) <= _SIGNATURE_MAX_WORDS and all(t.text[:1].isupper() for t in words)

    def _colon_before(self, para: int, quote: Span) -> int | None:
        """The index of the colon outside quote marks right before the quote's
        opening mark (not its sentence's first word), else None."""
        doc = quote.doc
        i = before_opening_mark(quote)
        if i < 1 or doc[i].text != ":" or not self._outside(para, doc[i]):
            return None
        return i

    def label(self, para: int, quote: Span) -> list[Token] | None:
        """The words of a label that introduces the quote: a name or a description
        and a colon, with no verb before them in the sentence ('- Jo Bloggs: "…"')."""
        doc = quote.doc
        i = self._colon_before(para, quote)
        if i is None:
            return None
        label = [t for t in doc[doc[i].sent.start : i] if not (t.is_punct or t.is_space)]
        if not label or any(t.pos_ in {"VERB", "AUX"} or not self._outside(para, t) for t in label):
            return None
        return label

    def labelled(self, para: int, label: list[Token]) -> Actor | None:
        """'Acme boss Jo Bloggs: "…"', '- Jo Bloggs: "…"': a quote introduced by
        a name and a colon with no verb before them in the sentence (`label`), as a
        list of reactions or a transcript writes it: that person (the first of
        several) or that body speaks; a place is where, not who, and when the
        label ends on one, or on a body it only places the speaker in, the person
        who opens it speaks ("JO BLOGGS, CHIEF ECONOMIST AT ACME IN NEW YORK:")."""
        token = label[-1]
        while token.dep_ == "conj" and token.head.i < token.i:
            token = token.head  # "Bloomberg's Jo Bloggs and Ann Smith:": the first of them
        actor = self.index.actor_at(para, token.i)
        if token.dep_ == "pobj" or actor is None or actor.kind is ActorKind.PLACE:
            return self._person_set_off(para, label[0].i)
        return actor

    def named_source(self, para: int, quote: Span, before: int) -> Actor | None:
        """'citing the Jo Bloggs quote that "…"', 'the statement: "…"': a quote
        introduced by a noun for words or a document is that noun's source."""
        doc = quote.doc
        i = quote.start - 1
        copula = False
        while i >= 0 and (doc[i].is_quote or doc[i].is_space or doc[i].lower_ in _INTRODUCERS | _COPULAS):
            copula = copula or doc[i].lower_ in _COPULAS
            i -= 1
        if i < 0 or quote.start - i > 4 or not self._outside(para, doc[i]):
            return None
        noun = doc[i]
        if copula and noun.lower_ not in _WORDS_NOUNS | _REPLIES:
            return None
        if noun.lower_ not in _WORDS_NOUNS and (
            noun.lemma_.lower() not in SOURCE_NOUNS or noun.pos_ != "NOUN"
        ):
            return None
        j = i - 1
        while j > 0 and (is_medium(doc[j]) or doc[j].pos_ == "NOUN") and doc[j].dep_ == "compound":
            j -= 1  # "Jo Bloggs's Facebook post", "Jo Bloggs's campaign slogan": the owner's
        if j >= 0 and doc[j].lower_ in {"'s", "’s"}:
            j -= 1
        # "the Jo Bloggs quote", "Jo Bloggs's words" (the parser may not make the name the noun's);
        # never the platform ("a Facebook post")
        named = j >= 0 and doc[j].pos_ == "PROPN" and not is_medium(doc[j])
        actor = self.noun_phrase(para, doc[j], before) if named else None
        if actor is None and noun.pos_ == "NOUN":
            actor = self.noun_phrase(para, noun, before)
        return actor if actor is not None and actor.kind is not ActorKind.PLACE else None

    def quote_from(self, para: int, quote: Span) -> Actor | None:
        """'"…." That quote from Alabama Securities Commissioner Thomas Krebs appeared
        …': the sentence after the quote names its words and whose they were."""
        doc = quote.doc
        i = after_closing_mark(quote)
        if i + 3 >= len(doc) or doc[i].lower_ not in {"that", "this", "the"}:
            return None
        noun, preposition = doc[i + 1], doc[i + 2]
        if noun.lower_ not in _WORDS_NOUNS | {"line"} or preposition.lower_ not in {"from", "by"}:
            return None
        found: list[Actor] = []
        for token in doc[i + 3 : i + 3 + ATTRIBUTION_MAX_TOKENS]:
            if token.is_punct or token.pos_ == "VERB":
                break
            actor = self.index.actor_at(para, token.i)
            if actor is not None and actor.kind is not ActorKind.PLACE:
                found.append(actor)
        # "from Alabama Securities Commissioner Thomas Krebs": the person, not the body before
        return next((a for a in found if a.kind is ActorKind.PERSON), found[0] if found else None)

    def possessor(self, para: int, quote: Span) -> Actor | None:
        """'Barack Obama's "if you like your plan, you can keep it" promise': words set
        between a name's possessive and a noun for something said (`_SAYING_NOUNS`) are
        that actor's."""
        doc = quote.doc
        opening = before_opening_mark(quote)
        after = after_closing_mark(quote)
        if opening < 1 or after >= len(doc) or doc[opening].lower_ not in {"'s", "’s"}:
            return None
        noun = doc[after]
        if noun.lemma_.lower() not in _SAYING_NOUNS or not self._outside(para, doc[opening - 1]):
            return None  # "X's "unprecedented" plans": whoever judged them, not X
        actor = self.index.actor_at(para, doc[opening - 1].i)
        return actor if actor is not None and actor.kind is not ActorKind.PLACE else None

    def introduced_by_someone_unnamed(self, para: int, quote: Span) -> bool:
        """True for a quote a clause introduces with a colon whose subject is
        someone or their words, named by a common noun and no actor ('a question
        came from a member of the audience: "…"', 'One resident put it simply:
        "…"'). Not for a thing ('That process led to a realization: "…"')."""
        doc = quote.doc
        i = self._colon_before(para, quote)
        if i is None:
            return False
        return any(
            t.dep_ in _SUBJECT_DEPS
            and t.pos_ == "NOUN"
            and (_a_person_noun(t) or t.lemma_.lower() in _ASKING_NOUNS | _WORDS_NOUNS)
            and self._outside(para, t)
            for t in doc[doc[i].sent.start : i]
        )

    def clause_subject(self, para: int, quote: Span, before: int) -> Actor | None:
        """The subject of the clause that introduces the quote ("X defended it,
        "…""), or of a coordinated clause holding it ("Y denies it, and X has
        called it "…""), that clause's own first; the main clause's own first too
        ("Filling in where Y appeared, X landed a dig at "…"")."""
        clause = quote_clause(quote)
        own = (
            [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
            if clause and clause.dep_ in {"conj", "ROOT"}
            else []
        )
        for token in own + list(self._subjects_before(para, quote)):
            if self._outside(para, token):
                actor = self.noun_phrase(para, token, before)
                if actor is not None and actor.kind is not ActorKind.PLACE:
                    return actor
        return None

    def _subjects_before(self, para: int, quote: Span) -> Iterator[Token]:
        """The subjects (outside quote marks) in the quote's sentence before it, in order."""
        for token in quote.doc[quote[0].sent.start : quote.start]:
            if token.dep_ in _SUBJECT_DEPS and self._outside(para, token):
                yield token

    def subject_named_before(self, para: int, quote: Span) -> Actor | None:
        """The actor (of any kind) a subject names in the quote's sentence before it."""
        actors = (self.index.actor_at(para, token.i) for token in self._subjects_before(para, quote))
        return next((actor for actor in actors if actor is not None), None)


def _speech_subject(token: Token) -> bool:
    """True for the subject of a speech verb ("Jo Bloggs said", "said Jo Bloggs")."""
    root = token
    while root.dep_ in {"compound", "flat", "appos"} and root.head.i != root.i:
        root = root.head
    # "X was called a pirate by …", "X was told …": spoken about or to, not speaking
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def _coordinated_participle(verb: Token) -> Token | None:
    """'with X tweeting that it was a "…" and asking, "…"': a participle the parser
    joined to a finite verb inside what another participle of saying reports; it goes
    with that participle, whose subject speaks."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.head.tag_ == "VBG":
        return None
    node = verb.head
    for _ in range(3):
        if node.dep_ not in {"ccomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
        if node.tag_ == "VBG" and _a_speech_verb(node):
            return node
    return None


def _by_its_author(clause: Token) -> bool:
    """A passive clause on a document that names who made or issued it ("the
    decree signed by X", "a statement released by X"), not who got hold of it
    ("a letter seen by Reuters", "a memo obtained by the Gazette")."""
    return clause.lemma_.lower() not in _ACCESS_VERBS and any(c.dep_ == "agent" for c in clause.children)


def _signature(quote: Span) -> int | None:
    """The index of the first word after a dash that follows the quote's closing
    mark ('"…" – Jo Bloggs', '"…"― Jo Bloggs' with the mark and the dash one token,
    a no-break space after the dash); None without such a dash."""
    doc = quote.doc
    i = after_closing_mark(quote)
    if i >= len(doc):
        return None
    glued = doc[i].text.lstrip(_CLOSERS)  # the tokenizer may keep a closing mark and a dash together
    if glued not in DASHES:
        return None
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i if i < len(doc) else None


def _past_a_topic(subject: Token) -> list[Token]:
    """The subject, or, for a name a fronted preposition makes the topic ("Of
    Carson, Jo Bloggs said", parsed with Carson the subject and Bloggs joined to
    it), the names joined to it."""
    if subject.tag_ == "IN":  # "Of" made the subject, the topic its object, the speaker set off beside it
        beside = [
            n for obj in subject.children if obj.dep_ == "pobj" for n in obj.children if n.dep_ == "appos"
        ]
        return beside or [subject]
    before = subject.left_edge.i - 1
    if before < 0 or subject.doc[before].tag_ != "IN" or not subject.doc[before].is_sent_start:
        return [subject]
    return list(subject.conjuncts) or [subject]


def _whose_voice(token: Token) -> Token | None:
    """The object of "for" or "of" on a noun for someone's voice, which says whose it
    is ("a spokesman for Bloggs", "a spokeswoman of Acme", "a spokesman for the buyer")."""
    return next(
        (
            obj
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}
            for obj in prep.children
            if obj.dep_ == "pobj"
        ),
        None,
    )


def _reported_it(subject: Token) -> bool:
    """ "it" or "there" as the subject of what a speech verb reports ("Jo said it
    takes time but added, "…""): a speech verb the parser joined to that clause
    is the reporter's, not the pronoun's."""
    clause = subject.head
    return (
        subject.lower_ in {"it", "there"}
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in SPEECH_VERBS
    )


def _related_to(noun: Token, child: Token) -> bool:
    """An adjective after `noun` with its own object ("a source close to Acme", "a
    person familiar with Acme's inquiry", "a lawmaker loyal to Jo Bloggs"): whom
    the noun stands near, not whom it is one of."""
    return child.dep_ == "amod" and child.i > noun.i and any(c.dep_ == "prep" for c in child.children)


def _a_person_noun(token: Token) -> bool:
    """A noun that says a person ("executive", "friend", "woman"), not a thing
    ("a survey by Jo Bloggs", "an interview with Jo Bloggs")."""
    return is_title_word(token) or token.lemma_.lower() in _PERSON_NOUNS


def _describes_someone(token: Token) -> bool:
    """A name modifying a noun for a person ("a Florida Democrat", "an Iowa
    Republican", "the Ohio senator"), not heading its own phrase."""
    head = token.head
    while token.dep_ == "compound" and head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "a New York City councillor"
    return (
        token.dep_ in {"compound", "amod", "nmod"}
        and head.i > token.i
        and head.pos_ in _NOUNS
        and (_a_person_noun(head) or head.ent_type_ == "NORP")
    )


def _an_age(token: Token) -> bool:
    """'the 36-year-old' standing alone: "old" with its "year" and the article."""
    return (
        token.lower_ == "old"
        and any(c.lower_ in {"year", "years"} for c in token.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


def _a_local(token: Token) -> str | None:
    """'the Dutchman', 'the Irishwoman', 'the Waterford man', 'the Kenyan
    woman': a definite description of someone by their country or their
    place, which stands for a person named before; the pronoun it is like."""
    if not _definite(token):
        return None
    word = token.lower_
    if names_a_national(token.text):
        return "she" if "woman" in word or "women" in word else "he"
    placed = any(
        c.i < token.i
        and c.dep_ in {"compound", "amod", "nmod"}
        and (c.ent_type_ in {"GPE", "NORP", "LOC"} or (c.pos_ == "PROPN" and is_known_place(c.text)))
        for c in token.children
    )
    if placed and word in {"man", "boy"}:
        return "he"
    if placed and word in {"woman", "girl"}:
        return "she"
    return None


def _people_of(token: Token) -> Token | None:
    """The noun of people after "one of" ("one of the victims", "one of Jo
    Bloggs's uncles"), or None."""
    if token.lower_ != "one":
        return None
    group = next(
        (o for c in token.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None
    )
    return group if group is not None and group.tag_ == "NNS" and _a_person_noun(group) else None


def _a_possessor(token: Token) -> bool:
    """A word of a possessor's name ("Jo Bloggs's plan")."""
    return name_head(token).dep_ == "poss"


def _indefinite(token: Token) -> bool:
    """A noun that brings in someone new: "a ...", "another ...", "one ..."."""
    return any(
        (c.dep_ == "det" and c.lower_ in {"a", "an", "another"}) or (c.dep_ == "nummod" and c.lower_ == "one")
        for c in token.children
    )


def _definite(token: Token) -> bool:
    """A noun that refers back: "the ...", "this ...", "that ..."."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)


def _inverted_subjects(verb: Token, subjects: list[Token]) -> list[Token]:
    """'X has been "…," said a source': the parser gave the verb the quoted clause's subject
    too; with a subject after the verb and a quote mark between an earlier one and the verb,
    the attribution is inverted and only the subjects after the verb speak (an unnamed one
    names no one)."""
    after = [s for s in subjects if s.i > verb.i]
    if not after or len(after) == len(subjects):
        return subjects
    first = min(s.i for s in subjects)
    if not any(t.is_quote for t in verb.doc[first : verb.i]):
        return subjects
    return after


def _best_speaker(found: list[Actor]) -> Actor | None:
    """The first person among candidate speakers, else the first organisation,
    else the first candidate."""
    for kinds in (_PERSON, _ORGANIZATION):
        for actor in found:
            if actor.kind in kinds:
                return actor
    return found[0] if found else None


def _speech_verbs(resolver: _Resolver, para: int, tokens: list[Token]) -> list[Token]:
    verbs = []
    for token in tokens:
        if not resolver._outside(para, token):
            continue
        if _a_speech_verb(token) or according_to(token) or puts_it(token):
            verbs.append(token)
    return verbs


def _judging_speaker_verb(quote: Span) -> Token | None:
    """The verb of the one who judged a thing with the quoted words (`judging_verb`) when it
    reports words (a speech verb or one of JUDGING_VERBS: not 'the U.S. is training groups
    as "…"', a misparse), no speech verb above it reports it in turn ('the ministry said
    it viewed the move as "…"' is the ministry's) and its subject is a name or "who"."""
    verb = judging_verb(quote)
    if verb is None or not (_a_speech_lemma(verb) or verb.lemma_.lower() in JUDGING_VERBS):
        return None
    if any(_a_speech_verb(above) for above in verb.ancestors):
        return None
    # a name or a relative pronoun ("Trump, who referred to …"): a personal pronoun or a
    # description ("he viewed Obama as", "the first lady had referred to") is left to the
    # other attributions of the sentence, which resolve it better
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return verb if subject.pos_ == "PROPN" or subject.tag_ in {"WP", "WDT"} else None


def _a_speech_verb(token: Token) -> bool:
    """A verb (or auxiliary) of a speech verb's lemma (`_a_speech_lemma`)."""
    return _a_speech_lemma(token) and token.pos_ in {"VERB", "AUX"}


_PARTICLE_DEPS = frozenset({"prt", "advmod"})


def _a_speech_lemma(token: Token) -> bool:
    """A speech verb's form, also when capitalised in a title-cased text ("Murphy
    … Tweeted on Friday", whose lemma the lemmatiser leaves as written), or a verb that
    reports words with its particle ("fired back", `PHRASAL_SPEECH_VERBS`)."""
    lemma = token.lemma_.lower()
    if lemma in SPEECH_VERBS:
        # "X will continue to be "…"": going on with something, not with words
        return not (lemma == "continue" and any(c.dep_ == "xcomp" for c in token.children))
    particle = PHRASAL_SPEECH_VERBS.get(lemma)
    if particle is not None and any(
        c.lower_ == particle and c.dep_ in _PARTICLE_DEPS for c in token.children
    ):
        return True
    return token.text[:1].isupper() and _inflected_speech_verb(token.lower_, "ed")


def _inflected_speech_verb(word: str, ending: str) -> bool:
    """A speech verb with an ending the lemmatiser did not take off ("tweeted", "notes"):
    the word less its last letter or two ("noted" -> note, "tweeted" -> tweet)."""
    return word.endswith(ending) and bool({word[:-1], word[:-2]} & SPEECH_VERBS)


def _bare_attribution_before(resolver: _Resolver, para: int, quote: Span, before: int) -> Actor | None:
    """The speaker of the sentence right before the quote's, in its paragraph, when that
    sentence only attributes: its root a speech verb with a subject and nothing said
    of its own (no clause, object or quote: "Jo Bloggs says.", "Or maybe so, Jo
    Bloggs says.")."""
    sent = quote[0].sent
    if sent.start == 0:
        return None
    previous = quote.doc[sent.start - 1].sent
    root = previous.root
    if root.lemma_.lower() not in SPEECH_VERBS or root.pos_ != "VERB":
        return None
    if any(t.is_quote for t in previous) or any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in root.children):
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in root.children):
        return None
    actor = resolver.from_verb(para, root, before)
    return actor if actor is not None and actor.kind is not ActorKind.PLACE else None


def _previous_subject(resolver: _Resolver, para: int, quote: Span, before: int) -> Actor | None:
    """The speaker or subject of the sentence before the quote's; for a quote
    that opens its paragraph (its first word the paragraph's, after the mark),
    of the last sentence of the paragraph before ("X spoke to reporters on
    Monday.\n\n"…"")."""
    sent = quote[0].sent
    introducing = False  # a line ending in a colon: its main clause names who speaks next
    if sent.start > 0:
        previous = quote.doc[sent.start - 1].sent
    elif quote.start <= 1 and para > 0 and _leads_on(resolver.parsed.paragraphs[para - 1]):
        introducing = not resolver.parsed.paragraphs[para - 1].is_prose
        para -= 1
        doc = resolver.parsed.docs[para]
        previous = doc[len(doc) - 1].sent
    else:
        return None
    if introducing:
        inverted = _inverted_label(resolver, para, previous)
        if inverted is not None:
            return inverted
    # "Strong winds hit the coast, Jo Bloggs said, adding …. "…"": the speaker of
    # the sentence before, when it reports speech, before its grammatical subject
    # the main clause's verb first: "When X asked Y about it, Y said the following."
    verbs = sorted(_speech_verbs(resolver, para, list(previous)), key=lambda v: v.dep_ != "ROOT")
    for verb in verbs:
        actor = resolver.from_verb(para, verb, before)
        if actor is not None and actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
            return actor
    for token in previous:
        if introducing and token.head.i != previous.root.i:
            continue  # "When Jo died, Ann Smith released the following statement:": not Jo
        if (
            token.dep_ in _SUBJECT_DEPS
            and resolver._outside(para, token)
            and not resolver._a_thing(para, token)
        ):
            # not a thing a name only qualifies ("the oversized Trump face hasn't hurt interest")
            actor = resolver.noun_phrase(para, token, before)
            if actor is not None and actor.kind in {ActorKind.PERSON, ActorKind.ORGANIZATION}:
                return actor
    return None


def _inverted_label(resolver: _Resolver, para: int, line: Span) -> Actor | None:
    """The person or body of a line that opens with its speech verb ("Stated Jo
    Bloggs:", "Said Acme:"), which the parser reads as one name."""
    first = line[0]
    if not (_a_speech_lemma(first) or first.lower_ in _IRREGULAR_SPEECH_FORMS) or len(line) < 2:
        return None
    actor = resolver.index.actor_at(para, line[1].i)
    return actor if actor is not None and actor.kind is not ActorKind.PLACE else None


def _leads_on(paragraph: Paragraph) -> bool:
    """A paragraph whose last sentence may introduce the next one's quote: prose,
    or a line ending in a colon ("Dr. Jo Bloggs stated:")."""
    return paragraph.is_prose or paragraph.text.rstrip().endswith(":")


def _own_speaker(resolver: _Resolver, span: QuoteSpan) -> tuple[Actor | None, str]:
    """The speaker named by the quote's own attribution, and how it was found:
    VERB (a speech verb's clause names it), FALLBACK (a verb lends the nearest
    subject, or names no one), CLAUSE (the subject of the introducing clause)
    or NONE (no attribution of its own)."""
    tokens = resolver.parsed.quote_tokens(span)
    if tokens is None or len(tokens) == 0:
        return None, NONE
    label = resolver.label(span.paragraph, tokens)
    if label is not None:
        labelled = resolver.labelled(span.paragraph, label)
        if labelled is not None:
            return labelled, VERB
        if label[0].pos_ == "PROPN":
            # "KEITH LERNER, CHIEF MARKET STRATEGIST …:", a name no actor has (the recogniser
            # missed it): someone speaks, not whoever spoke before
            return None, VERB
    owner = resolver.possessor(span.paragraph, tokens)
    if owner is not None:
        return owner, VERB
    window = attribution_window(resolver.parsed.docs[span.paragraph], tokens)
    verbs = rank_verbs(_speech_verbs(resolver, span.paragraph, window), tokens)
    judging = _judging_speaker_verb(tokens)
    if judging is not None and judging not in verbs:
        # 'and Trump, who referred to Kim as "little rocket man,"': the one who judged
        # speaks, before any speech verb elsewhere in the sentence ("Kim, who has called …")
        verbs.insert(0, judging)
    # a verb with no subject of its own ("… by pleading guilty") only lends the
    # nearest subject before it: a farther verb whose clause names its speaker wins
    fallback: Actor | None = None
    structural = False
    for verb in verbs:
        found = resolver.verb_speaker(span.paragraph, verb, span.start)
        structural = structural or found.structural
        if found.actor is not None and found.structural:
            return found.actor, VERB
        if found.actor is not None:
            fallback = fallback or found.actor
        elif resolver.subject_is_no_actor(span.paragraph, verb):
            # the nearest attribution names an anonymous source, or someone the article's
            # actors miss: not a farther actor ('"…," Jo told the court, according to Reuters')
            break
    if fallback is None and verbs:
        after = resolver.named_after_quote(span.paragraph, tokens)
        if after is not None:  # '"…," Jo Bloggs, who …, told X' with its subject lost by the parser
            return after, VERB
    signed = resolver.signed_with_a_dash(span.paragraph, tokens)
    if signed is not None:
        return signed, VERB
    if resolver.signed_by_someone_unknown(span.paragraph, tokens):
        return None, VERB
    trailing = resolver.trailing_subject(span.paragraph, tokens, span.start)
    if trailing is not None:
        return trailing.actor, VERB
    named = resolver.named_source(span.paragraph, tokens, span.start) or resolver.quote_from(
        span.paragraph, tokens
    )
    if named is not None:
        return named, VERB
    if verbs:
        return fallback, FALLBACK
    clause = resolver.clause_subject(span.paragraph, tokens, span.start)
    if clause is None and resolver.introduced_by_someone_unnamed(span.paragraph, tokens):
        return None, VERB  # 'a question came from a member of the audience: "…"': not the last speaker
    return clause, CLAUSE if clause is not None else NONE


def _modified(noun: Token) -> bool:
    """A noun with a word that says which kind it is ("the white paper", "the research
    paper"): not the bare "the paper" a newspaper is called."""
    return any(c.dep_ in {"amod", "compound", "nmod"} for c in noun.children)


def _a_press_name(name: str) -> bool:
    """'The New York Times', 'Union Leader', 'Baton Rouge Advocate': a name a newspaper's
    or a magazine's words make (`_PRESS_NAME_WORDS`)."""
    return any(word in _PRESS_NAME_WORDS for word in name.lower().split())


def _a_police_force(name: str) -> bool:
    """'Devon and Cornwall Police', 'Kent Constabulary', 'Border Force'."""
    return name.split()[-1].lower() in {"police", "constabulary", "force", "gendarmerie", "carabinieri"}


def _office(title: Token) -> str | None:
    """The word of a title's "of" complement ("secretary of [state]",
    "minister of [health]"), lowercased; None without one."""
    for prep in title.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj.lower_
    return None


def _previous_speaker(spans: list[QuoteSpan], speakers: list[Actor | None], n: int) -> Actor | None:
    """The speaker of the quote just before, when this one continues it."""
    span = spans[n]
    for m in range(n - 1, -1, -1):
        if spans[m].group == span.group and speakers[m] is not None:
            return speakers[m]
    if n == 0:
        return None
    previous = spans[n - 1]
    close = span.start - previous.end <= CONTINUATION_MAX_GAP
    if close and span.paragraph - previous.paragraph <= 1:
        return speakers[n - 1]
    return None


@dataclass(frozen=True)
class RulePick:
    """The hand-written rules' speaker of one quote and how they found it (one
    of SOURCES)."""

    actor: Actor | None
    source: str


#: How the rules found a quote's speaker: its own attribution (VERB: a speech
#: verb's clause names it; FALLBACK: the nearest subject of a verb with none;
#: CLAUSE: the subject of the introducing clause), the quote before it
#: (CONTINUED), the sentence before it (PREVIOUS), or not at all (NONE).
VERB, FALLBACK, CLAUSE, CONTINUED, PREVIOUS, NONE = (
    "verb",
    "fallback",
    "clause",
    "continued",
    "previous",
    "none",
)
SOURCES = (VERB, FALLBACK, CLAUSE, CONTINUED, PREVIOUS, NONE)


def rule_picks(parsed: ParsedArticle, index: ActorIndex, spans: list[QuoteSpan]) -> tuple[RulePick, ...]:
    """The rules' speaker of each quote, in text order (before the parts of a
    multi-paragraph quotation share theirs).

    A quote without an attribution of its own takes, in order: the subject of
    the clause introducing it, the previous quote's speaker when it follows
    closely, the subject of the sentence before it.
    """
    resolver = _Resolver(parsed, index)
    speakers: list[Actor | None] = []
    picks: list[RulePick] = []
    texts = [" ".join(parsed.article.text[s.start : s.end].split()).casefold() for s in spans]
    for n, span in enumerate(spans):
        speaker, source = _own_speaker(resolver, span)
        earlier = _said_elsewhere(texts, picks, range(n), n)
        if source != VERB and earlier is not None:
            # a pull quote: words quoted again on their own, with no attribution of their own
            speaker, source = earlier, CONTINUED
        tokens = parsed.quote_tokens(span)
        words = tokens if tokens is not None and len(tokens) > 0 else None
        if speaker is None and source in {NONE, CLAUSE} and words is not None:
            # "Or maybe Jeb Bush, digital consultant Phil Musser says. "…"": a sentence that only
            # attributes, right before, outweighs the last quote's speaker
            speaker = _bare_attribution_before(resolver, span.paragraph, words, span.start)
            source = PREVIOUS if speaker is not None else source
        if speaker is None and source in {NONE, CLAUSE}:
            speaker = _previous_speaker(spans, speakers, n)
            named = resolver.subject_named_before(span.paragraph, words) if words is not None else None
            other = named is not None and named != speaker
            if other:
                # "The Holocaust Museum issued a report charging X with "…"": a source named
                # in the quote's own clause, though no speaker, ends the last one's words
                speaker = None
            source = CONTINUED if speaker is not None else NONE
            if speaker is None and words is not None and not other:
                speaker = _previous_subject(resolver, span.paragraph, words, span.start)
                source = PREVIOUS if speaker is not None else NONE
        speakers.append(speaker)
        picks.append(RulePick(speaker, source))
    for n, pick in enumerate(picks):
        later = _said_elsewhere(texts, picks, range(n + 1, len(picks)), n) if pick.source != VERB else None
        if later is not None:  # a pull quote set before the words it repeats
            picks[n] = RulePick(later, CONTINUED)
    return tuple(picks)


def _said_elsewhere(texts: list[str], picks: list[RulePick], others: range, n: int) -> Actor | None:
    """The speaker that its own attribution names for another quote (of `others`)
    holding all the words of quote `n` (six or more): quote `n` repeats them."""
    if len(texts[n].split()) < PULL_QUOTE_MIN_WORDS:
        return None
    for m in others:
        if texts[n] in texts[m] and picks[m].source == VERB and picks[m].actor is not None:
            return picks[m].actor
    return None


def quotes_with(
    parsed: ParsedArticle, spans: list[QuoteSpan], speakers: list[Actor | None]
) -> tuple[Quote, ...]:
    """The quotes with these speakers; the parts of one multi-paragraph
    quotation share the speaker found for any part."""
    by_group: dict[int, Actor] = {}
    for span, speaker in zip(spans, speakers, strict=True):
        if speaker is not None:
            by_group.setdefault(span.group, speaker)
    quotes = []
    for span, speaker in zip(spans, speakers, strict=True):
        actor = speaker or by_group.get(span.group)
        name = actor.name if actor is not None else None
        quotes.append(Quote(parsed.article.text[span.start : span.end], name, span.start, span.end))
    return tuple(quotes)


def attribute(parsed: ParsedArticle, index: ActorIndex, spans: list[QuoteSpan]) -> tuple[Quote, ...]:
    """Quotes with their speakers (canonical actor names or None), in text
    order, as the rules find them (`rule_picks`)."""
    picks = rule_picks(parsed, index, spans)
    return quotes_with(parsed, spans, [p.actor for p in picks])
