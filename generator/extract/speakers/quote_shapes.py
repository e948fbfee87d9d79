"""A quote's speaker from the shape of the words around it rather than a speech
verb: a label and a colon ('- Jo Bloggs: "…"'), a clause right after its closing
mark ('"…," Jo Bloggs conceded'), a name set off after it, a dash and a signature,
a noun for words or a document before it ('the statement: "…"'), a possessive
('X's "…" promise'), "That quote from X" after it, the subject of the clause that
introduces it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...models import Actor, ActorKind
from ..namekinds import is_medium
from ..patterns import (
    AMBIGUOUS_MARKS,
    ATTRIBUTION_MAX_TOKENS,
    CLOSING_MARKS,
    DASHES,
    RELATIVE_PRONOUNS,
    SINGLE_AMBIGUOUS_MARKS,
    SINGLE_CLOSING_MARKS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    WORD_DASHES,
)
from ..speechverbs import (
    after_closing_mark,
    before_opening_mark,
    quote_clause,
)
from .core import _Core
from .verb_speakers import _VerbSpeaker
from .words import (
    _REPLIES,
    _SUBJECT_DEPS,
    _a_person_noun,
    _a_speech_lemma,
    _indefinite,
    _inflected_speech_verb,
)

#: What a quote ends on inside its marks when the sentence goes on to name its speaker.
_OPEN_ENDINGS = frozenset({",", "?", "!"})
#: Most words of a title between a quote's closing mark and the name set off after it.
_TITLE_BEFORE_NAME_MAX = 4
#: Marks that may close a quotation, glued by the tokenizer to a dash after it.
_CLOSERS = "".join(sorted(CLOSING_MARKS | AMBIGUOUS_MARKS | SINGLE_CLOSING_MARKS | SINGLE_AMBIGUOUS_MARKS))
#: At most this many capitalised words after a dash that ends a paragraph sign the quote before it.
_SIGNATURE_MAX_WORDS = 5
#: Nouns for someone's words, which name their speaker as a statement does ("the Jo Bloggs quote").
_WORDS_NOUNS = frozenset(
    {"quote", "quotation", "words", "remark", "remarks", "comment", "comments", "saying", "slogan", "motto"}
)
#: Nouns for something said that a possessive gives its words ("X's "…" promise").
_SAYING_NOUNS = frozenset(
    {
        "promise", "pledge", "vow", "slogan", "motto", "mantra", "catchphrase", "line", "claim",
        "quip", "refrain", "boast", "tweet", "cry", "chant", "warning", "plea", "remark", "comment",
        "question", "phrase", "retort", "rallying", "dictum", "maxim", "advice", "message", "answer",
        "reply", "response", "words",
    }
)  # fmt: skip
#: What may stand between a noun and the quote it introduces ("the line that "…"", "the statement: "…"").
_INTRODUCERS = frozenset({"that", ":", ","})
#: A copula introduces the words themselves only after a noun for words ("X's slogan is "…"");
#: after a statement or a claim it brings a judgement of them ("Trump's statement was "true"").
_COPULAS = frozenset({"is", "was"})
#: Nouns for words a crowd cries out, by lemma ("the cries of "…"", "chants of "…"").
_CRY_NOUNS = frozenset({"cry", "chant", "shout", "scream", "yell", "jeer", "boo"})
#: Nouns for a question or an answer put by someone ("a question came from the audience: "…"").
_ASKING_NOUNS = frozenset({"question", "questions", "answer", "reply", "response", "query"})


class _QuoteShapes(_Core):
    """The speaker the shape of a quote's own sentence names, without a speech verb."""

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
        and a colon, with no verb before them in the sentence ('- Jo Bloggs: "…"') or
        after a heading the sentence sets off with a spaced dash."""
        doc = quote.doc
        i = self._colon_before(para, quote)
        if i is None:
            return None
        start = doc[i].sent.start
        # "TURNOUT DOESN'T RAISE HOPES - Jo Bloggs: "…"": a heading set off by a spaced dash
        start = max([start, *(t.i + 1 for t in doc[start:i] if t.text in WORD_DASHES and t.whitespace_)])
        label = [t for t in doc[start:i] if not (t.is_punct or t.is_space)]
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
        # a body the label places its person in ("JO BLOGGS, ECONOMIST AT ACME:") or a topic
        # ("Of Clinton:"), not a name the parser hung on a heading before the label
        placed = token.dep_ == "pobj" and token.head.i >= label[0].i
        if placed or actor is None or actor.kind is ActorKind.PLACE:
            return self._person_set_off(para, label[0].i)
        return actor

    def the_one_asked(self, para: int, label: list[Token], before: int) -> Actor | None:
        """'Nina asks her friend whether …. (The answer: "…")': a reply a label names with
        no one is the words of the one the sentence before asks (here no one named), never
        the asker's."""
        doc = label[0].doc
        start = label[0].sent.start
        if start == 0:
            return None
        for verb in doc[start - 1].sent:
            if verb.lemma_.lower() != "ask":
                continue
            asked = next((c for c in verb.children if c.dep_ in {"dobj", "dative"}), None)
            if asked is not None:
                return self.noun_phrase(para, asked, before)
        return None

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

    def cried_by_no_one_named(self, quote: Span) -> bool:
        """'the cries of "…"', 'chants of "…" and "…"': words a crowd cried, nobody's
        named (not "Jo Bloggs's cries of "…"")."""
        doc = quote.doc
        opening = before_opening_mark(quote)
        if opening < 1 or doc[opening].lower_ != "of":
            return False
        noun = doc[opening - 1]
        owned = any(c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN") for c in noun.children)
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in _CRY_NOUNS and not owned

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
        if clause is None:
            # a participle's words ("As X spoke, Y was whipping lawmakers against "…""): the
            # main clause's subject before a subordinate clause's
            clause = quote[0].sent.root
            own = [c for c in clause.children if c.dep_ in _SUBJECT_DEPS and c.i < quote.start]
        else:
            own = (
                [c for c in clause.children if c.dep_ in _SUBJECT_DEPS]
                if clause.dep_ in {"conj", "ROOT"}
                else []
            )
        for token in own + list(self._subjects_before(para, quote)):
            if "Acc" in token.morph.get("Case", []):
                continue  # "That makes her "…"": the one the words are about, not the speaker
            if self._outside(para, token):
                owner = self._whose_saying(para, token)
                if owner is not None:
                    return owner  # "Barrett's dictum to his interns was, "…"": Barrett's words
                actor = self.noun_phrase(para, token, before)
                if actor is not None and actor.kind is not ActorKind.PLACE:
                    return actor
        return None

    def _whose_saying(self, para: int, noun: Token) -> Actor | None:
        """The actor whose possessive owns a noun for something said (`_SAYING_NOUNS`:
        "Barrett's dictum", "the mayor's answer" as "his")."""
        if noun.lemma_.lower() not in _SAYING_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        actor = self.index.actor_at(para, owner.i) if owner is not None else None
        return actor if actor is not None and actor.kind is not ActorKind.PLACE else None

    def _subjects_before(self, para: int, quote: Span) -> Iterator[Token]:
        """The subjects (outside quote marks) in the quote's sentence before it, in order."""
        for token in quote.doc[quote[0].sent.start : quote.start]:
            if token.dep_ in _SUBJECT_DEPS and self._outside(para, token):
                yield token

    def subject_named_before(self, para: int, quote: Span) -> Actor | None:
        """The actor (of any kind) a subject names in the quote's sentence before it."""
        actors = (self.index.actor_at(para, token.i) for token in self._subjects_before(para, quote))
        return next((actor for actor in actors if actor is not None), None)


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
