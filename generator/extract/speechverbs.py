"""Which speech verb attributes a quote: the words around it that may name
its speaker, and the order in which its candidate verbs are tried.

Pure functions of the parse (no actors): the window of tokens around a quote,
"according to", "quoted X as saying", the listener of "told X", a place after
a preposition, and the ranking of candidate verbs (asides last, then the verb
that introduces the quote, then the verb whose clause holds it, then the
nearest).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .patterns import ATTRIBUTION_MAX_TOKENS, RELATIVE_PRONOUNS, SPEECH_VERBS, WORD_DASHES

#: Speech verbs that only report words ("… asked", "… tweeted"), not a statement
#: of their own ("announced updates", "pointed to earlier bans").
_ATTRIBUTING = frozenset(
    {
        "say", "tell", "ask", "tweet", "write", "post", "add", "reply", "respond",
        "answer", "exclaim", "shout", "yell", "scream", "cry", "joke", "quip",
        "continue", "insist", "explain", "argue", "declare", "note", "warn",
        "retort", "counter", "remark", "comment", "muse", "sigh",
    }
)  # fmt: skip
#: Dashes that set a quote off from the clause before it.
_DASH_MARKS = WORD_DASHES | {"—"}
#: How far up the parse `quote_clause` looks for the verb of the quote's clause.
_CLAUSE_STEPS = 6
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def name_head(token: Token) -> Token:
    """The last word a word of a name hangs on inside the name ("Jo" of "Jo
    Bloggs" -> Bloggs): the token that carries the name's relation."""
    while token.dep_ in {"compound", "flat"} and token.head.i != token.i:
        token = token.head
    return token


def before_opening_mark(quote: Span) -> int:
    """The index of the last token before the quote's opening mark (and spaces), -1 if none."""
    doc = quote.doc
    i = quote.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i


def after_closing_mark(quote: Span) -> int:
    """The index of the first token after the quote's closing mark (and spaces)."""
    doc = quote.doc
    i = quote.end
    while i < len(doc) and (doc[i].is_quote or doc[i].is_space):
        i += 1
    return i


def is_listener(token: Token) -> bool:
    """A word of the one spoken to: "told X", "speaking to X", "said to X"."""
    root = name_head(token)
    if root.dep_ == "pobj" and root.head.lower_ == "to":
        return True
    before = root.left_edge.i - 1
    if before >= 0 and root.doc[before].lower_ == "to" and root.doc[before].dep_ in {"dative", "prep"}:
        return True  # "a letter to Jo Bloggs demanding …", the name parsed as the verb's subject
    return root.dep_ in {"dobj", "dative"} and root.head.lemma_.lower() == "tell"


def after_preposition(token: Token) -> bool:
    """True for a word of a preposition's object ("in Brussels", "at the
    London office")."""
    return preposition_of(token) is not None


def preposition_of(token: Token) -> Token | None:
    """The preposition whose object the word is part of ("at" of "at the London
    office"), None for a word of no preposition's object."""
    root = token
    while root.dep_ in {"compound", "flat", "amod", "nmod"} and root.head.i != root.i:
        root = root.head
    return root.head if root.dep_ == "pobj" else None


def attribution_window(doc: Doc, quote: Span) -> list[Token]:
    """Tokens of the sentences the quote touches, plus a trailing attribution."""
    first = quote[0].sent
    last = quote[-1].sent
    end = last.end
    after = end
    while after < len(doc) and doc[after].is_space:
        after += 1
    if end <= quote.end + 1 and after < len(doc):
        # the attribution can be split off as its own short sentence
        following = doc[after].sent
        short = (
            len(following) <= ATTRIBUTION_MAX_TOKENS
            or _named_then_set_off(following)
            or _after_a_question(quote, following)
        )
        if not doc[after].is_quote and short and not _says_more(following):
            end = following.end
    start = first.start
    return list(doc[start:end])


def _named_then_set_off(sentence: Span) -> bool:
    """'Jo Bloggs, the head of Acme, tweeted on Friday with an image.': a name
    set off by a comma, the subject of the sentence's speech verb (or the
    name the parser made the root, the verb hung on it), however long what
    sets it off. Not 'Flynn, who pleaded guilty …, is a former director'."""
    first = sentence[0]
    if first.pos_ != "PROPN" or not first.ent_type_ or len(sentence) < 2 or sentence[1].text != ",":
        return False
    root = sentence.root
    name = name_head(first)
    if root.lemma_.lower() in SPEECH_VERBS and root.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and c.i == name.i for c in root.children)
    # "Murphy, the head of …, Tweeted on Friday": the verb hung on the name
    return root.i == name.i and _speech_verb_on(root)


def _speech_verb_on(noun: Token) -> bool:
    """A speech verb the parser hung on a noun as its clause ("Jo Bloggs, …, tweeted")."""
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in SPEECH_VERBS and c.pos_ == "VERB" for c in noun.children
    )


def _after_a_question(quote: Span, sentence: Span) -> bool:
    """'"…, who knows?" Trump told Britain's ITV television station in an interview
    aired on Monday when asked …': a quote ending in a question or exclamation
    mark ends the sentence for the splitter, not for the writer, when the next
    one opens with the subject of its speech verb; that sentence is the quote's
    attribution, however long."""
    marks = [t for t in quote if not t.is_quote]
    if not marks or marks[-1].text not in {"?", "!"}:
        return False
    if sentence[0].is_alpha and sentence[0].is_lower:
        return True  # '"…?" a reporter can be heard asking': the writer's sentence goes on
    root = sentence.root
    if root.lemma_.lower() in _ATTRIBUTING and root.pos_ == "VERB":
        # not a statement of its own: "The company … announced minor updates", "X pointed to …"
        listener = root.lemma_.lower() in {"tell", "ask"}
        if not listener and any(c.dep_ == "dobj" for c in root.children):
            return False
        return any(c.dep_ == "nsubj" and c.left_edge.i == sentence.start for c in root.children)
    # "the party's nominee, Jo Bloggs, tweeted Sunday …": the verb hung on the noun opening it
    return root.left_edge.i == sentence.start and _speech_verb_on(root)


def _says_more(sentence: Span) -> bool:
    """A sentence with a statement of its own ("The US has said it is committed to a
    strong dollar."), not a bare attribution ("Jo Bloggs said on Monday."), nor one
    whose verb a clause set off by punctuation follows ("Jo Bloggs asked, repeating a
    charge - that the mayor was to blame - …": what the parser hung there is an aside)."""
    root = sentence.root
    return any(t.dep_ == "ccomp" and t.head.i == root.i and not _set_off_after(root, t) for t in sentence)


def _set_off_after(verb: Token, clause: Token) -> bool:
    """True when the clause comes after the verb with punctuation between them, and is no
    quotation ('He answered, "…"' says more)."""
    between = verb.doc[verb.i + 1 : clause.left_edge.i + 1]
    return (
        clause.left_edge.i > verb.i
        and any(w.is_punct for w in between[:-1])
        and not any(w.is_quote for w in between)
    )


def puts_it(token: Token) -> bool:
    """'as the Times put it', 'she put it bluntly': "put" with "it" as its
    object, "as" or an adverb and no place says how someone worded something."""
    if token.lemma_.lower() != "put" or token.pos_ != "VERB":
        return False
    children = list(token.children)
    placed = any(
        c.dep_ == "prep" and not any(o.ent_type_ in {"DATE", "TIME"} for o in c.children) for c in children
    )
    if placed or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in children):
        return False  # "putting it into a database": put somewhere, not worded ("on Tuesday" is when)
    return any((c.dep_ == "mark" and c.lower_ == "as") or c.dep_ == "advmod" for c in children)


def according_to(token: Token) -> bool:
    doc = token.doc
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def as_saying(verb: Token) -> Token | None:
    """'… quoted X as saying': for a participle after "as" that reports
    speech, the verb it hangs on ("quoted"), else None."""
    if verb.tag_ != "VBG":
        return None
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        return verb.head.head
    return None


#: Verbs of finding, which speak for the finder only when no one reports the finding.
_FINDING_VERBS = frozenset({"find", "conclude", "determine"})


def _introduces(token: Token, quote: Span) -> bool:
    """True when only punctuation stands between the verb and the quote
    ('X said: "…"', 'X said, "…"'), or its clause ends at a spaced dash right
    before the quote: the verb introduces it, whatever verb after the quote
    relays it ('X said "…," Reuters reported')."""
    if token.i >= quote.start:
        return False
    if all(t.is_punct for t in token.doc[token.i + 1 : quote.start]):
        return True
    # "X lamented her tendency to commit gaffes – "…" –": the clause a spaced dash closes
    at = quote.start - 1
    while at > token.i and token.doc[at].is_quote:
        at -= 1  # the opening mark
    dash = token.doc[at]
    spaced = at > token.i + 1 and bool(token.doc[at - 1].whitespace_)
    return dash.text in _DASH_MARKS and spaced and token.left_edge.i <= at - 1 <= token.right_edge.i


def _a_reported_finding(verb: Token) -> bool:
    """A finding in what a speaker says ("The FBI did not find "ties of any consequence,"
    said its director"): the one who reports it chose the words, not the finder."""
    if verb.lemma_.lower() not in _FINDING_VERBS:
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    head = clause.head
    said = head.lemma_.lower() in SPEECH_VERBS and head.lemma_.lower() not in _FINDING_VERBS
    return clause.dep_ == "ccomp" and said and any(c.dep_ == "nsubj" for c in head.children)


def _in_a_dashed_aside(verb: Token, quote: Span) -> bool:
    """A verb before the quote in an aside set off by dashes that ends right before it
    ("If X is so — as Y believe, but Z denies — "…" asked W")."""
    if verb.i >= quote.start:
        return False
    return verb.doc[before_opening_mark(quote)].text in _DASH_MARKS and _closes_an_aside(verb)


def _closes_an_aside(verb: Token) -> bool:
    """True when a dash after the verb closes an aside that a dash before it in its
    sentence opened ("If X is so — as Y believe, but Z denies — "…" asked W"): the
    verb's clause is the aside. A dateline's dash ("LONDON (Reuters) -") opens none."""
    doc = verb.doc
    opened = sum(
        t.text in _DASH_MARKS and t.i > 0 and doc[t.i - 1].text != ")" and not doc[t.i - 1].is_upper
        for t in doc[verb.sent.start : verb.i]
    )
    return opened % 2 == 1


def _rank(token: Token, quote: Span, governing: Token | None) -> tuple[bool, bool, bool, int]:
    """Sort key for candidate verbs: asides last ("as reported by X", "which X
    noted", a speech act foretold by another verb, a clause set off by dashes, a
    finding another speaker reports), then the verb that
    introduces the quote, then the verb whose clause holds the quote, then by
    distance from the quote."""
    aside = as_saying(token) is None and any(
        (c.dep_ == "mark" and c.lower_ == "as") or (c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS)
        for c in token.children
    )
    governs = governing is not None and token.i == governing.i
    # "even as X claimed that "…"": a clause of its own holding the quote is no aside; nor
    # one whose subject introduces it ("Cruz said as the heckler yelled: "…"")
    speaking = _introduces(token, quote) and any(c.dep_ == "nsubj" for c in token.children)
    aside = (
        (aside and not governs and not speaking)
        or _foretold(token)
        or _object_relative(token)
        or _in_a_dashed_aside(token, quote)
        or _a_reported_finding(token)
    )
    distance = quote.start - token.i if token.i < quote.start else token.i - quote.end + 1
    return aside, not _introduces(token, quote), not governs, distance


def _object_relative(token: Token) -> bool:
    """A speech verb in a relative clause on its own object ("Nothing the president
    said "…," the senator said"): what it says is the noun it describes, not the quote."""
    if token.dep_ != "relcl" or not any(c.dep_ == "nsubj" for c in token.children):
        return False
    own_clause = any(
        c.dep_ == "dobj" or (c.dep_ == "ccomp" and any(g.dep_ in _SUBJECT_DEPS for g in c.children))
        for c in token.children
    )
    if own_clause:
        return False  # "a correction that the source clarified that X had …": an object of its own
    # no relative word before the verb ("at which he had said "…"" reports the quote)
    return not any(t.tag_ in {"WDT", "WP", "WP$", "WRB"} for t in token.doc[token.left_edge.i : token.i])


def _foretold(token: Token) -> bool:
    """A speech act someone else foretells ("he said Labour would publish
    "…""): a verb with a modal, in what another speech verb reports. The
    words are the reporter's account of it, not yet said by its subject."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)
    return modal and token.dep_ == "ccomp" and token.head.lemma_.lower() in SPEECH_VERBS


def _governing_verb(verbs: list[Token], quote: Span) -> Token | None:
    """The speech verb whose clause holds the quote: the first of `verbs` met
    going up the parse from the words the quote hangs on ('X said the plan was
    "a disaster" while Y wrote ...' -> said). None when the parse attaches the
    quote to no speech verb (the attribution then hangs on the quoted words).

    The quote's words decide when they hang on a verb with a subject of its
    own, not its closing comma, which the parser may hang on a verb after the
    quote ('X told reporters it was "false," the Gazette reported' -> told);
    otherwise the verbs its words and its punctuation hang on are weighed
    alike, the nearest first. A relative clause on a verb's object ('failed to
    find the cause, which was "distressing," wrote X') hands the words to no
    verb above it; a participle's clause does not ('said the memos provided a
    framework for interrogation using methods such as "…"' -> said)."""
    candidates = {v.i for v in verbs}
    inside = range(quote.start, quote.end)
    found = _verbs_above([t for t in quote if not t.is_punct], candidates, inside)
    if not any(any(c.dep_ in _SUBJECT_DEPS for c in v.children) for v in found):
        # no verb with a speaker of its own holds the words ('…, saying it would be "…," the
        # White House said'): the verb the punctuation hangs on counts as well
        found += _verbs_above([t for t in quote if t.is_punct], candidates, inside)
    if not found:
        return None
    return min(found, key=lambda v: quote.start - v.i if v.i < quote.start else v.i - quote.end)


def _verbs_above(tokens: list[Token], candidates: set[int], inside: range) -> list[Token]:
    """The first candidate verb met going up the parse from each of `tokens`
    that hangs outside the quote, not past a relative clause on a verb's object outside it."""
    found: list[Token] = []
    for token in tokens:
        if token.head.i in inside:
            continue
        node = token
        while node.head.i != node.i and node.head.i not in inside:
            if node.i not in inside and node.dep_ == "relcl" and node.head.dep_ in {"dobj", "pobj"}:
                break  # a relative clause on a verb's object: what it found or named, not what it says
            node = node.head
            if node.i in candidates:
                found.append(node)
                break
    return found


def rank_verbs(verbs: list[Token], quote: Span) -> list[Token]:
    """The candidate speech verbs of a quote, the likeliest attribution first
    (see `_rank`), less those whose coordinated clause with a subject of its own
    holds the quote (`in_other_conjunct`)."""
    clause = quote_clause(quote)
    verbs = [v for v in verbs if not in_other_conjunct(v, clause) and not _while_speaking(v, quote)]
    governing = _governing_verb(verbs, quote)
    return sorted(verbs, key=lambda v: _rank(v, quote, governing))


#: Speech verbs that also name the act of speaking alone ("as X spoke, …").
_INTRANSITIVE_SPEECH = frozenset({"speak", "talk"})
#: Conjunctions of time that open a clause beside the main one.
_TIME_MARKS = frozenset({"as", "while", "when", "before", "after"})


def _while_speaking(verb: Token, quote: Span) -> bool:
    """A clause of time about someone speaking ("As Jo Bloggs spoke, the Acme lobby was
    whipping lawmakers against "…""), with no words of its own: it says when, not who, for
    a quote in the main clause."""
    if verb.lemma_.lower() not in _INTRANSITIVE_SPEECH or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    inside = {t.i for t in verb.subtree}
    return quote.start not in inside and any(c.dep_ in _SUBJECT_DEPS for c in verb.head.children)


def quote_clause(quote: Span) -> Token | None:
    """The nearest verb above the quote's words, outside its marks, when it has
    a subject of its own ('and Trump has dismissed the inquiry as a "witch hunt"'
    -> dismissed); None when it has none, or no verb is met within a few steps."""
    inside = range(quote.start, quote.end)
    word = next((t for t in quote if not t.is_punct and t.head.i not in inside), None)
    node = word.head if word is not None else None
    for _ in range(_CLAUSE_STEPS):
        if node is None or node.i in inside:
            return None
        if node.pos_ in {"VERB", "AUX"}:
            # the first verb above the words: its clause holds them; one sharing another
            # clause's subject ("…, and was described by an aide as "…"") is no clause of its own
            return node if any(c.dep_ in _SUBJECT_DEPS for c in node.children) else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def in_other_conjunct(verb: Token, clause: Token | None) -> bool:
    """True when the quote sits in a clause coordinated with the verb's by a
    conjunction, before or after it, that has a subject of its own, a name or a
    noun ('Moscow denies
    any effort …, and Trump has dismissed the investigation as a "witch hunt"';
    '"…," one Twitter response began – and Acme soon found itself …'): that
    clause's subject acts, not the verb's. `clause` is the quote's (`quote_clause`)."""
    if clause is None or clause.i == verb.i or clause.lemma_.lower() in SPEECH_VERBS:
        return False
    if not any(c.dep_ in _SUBJECT_DEPS and c.pos_ in {"PROPN", "NOUN"} for c in clause.children):
        return False  # 'said there was "…" and it was "…"': what the speaker said goes on
    if not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return False  # 'X proposed we "…" and said …': one subject for both, the verb's too
    if any(c.dep_ == "ccomp" and c.i < clause.i for c in verb.children):
        return False  # 'added that they wrote, and the letter was "…"': the report may go on
    first, later = sorted((clause, verb), key=lambda t: t.i)
    between = range(first.i + 1, later.i)
    if not any(c.dep_ == "cc" and c.i in between for t in (first, later) for c in t.children):
        return False  # '… was "foolish" because …, the lawyer told CNBC': a misparsed attribution
    return _first_conjunct(clause).i == _first_conjunct(verb).i


def _first_conjunct(verb: Token) -> Token:
    """The first of the clauses coordinated with the verb's (itself when none)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb
