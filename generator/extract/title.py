"""A short readable title derived from the article's first sentence.

The main clause is kept: the root verb with its subject and objects.
Coordinated and subordinate clauses, appositions and people's titles are
dropped, then trailing modifiers while the title is too long.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorIndex
from .parsed import ParsedArticle
from .patterns import TITLE_DROP_DEPS, TITLE_MAX_WORDS
from .summary import real_sentences


def _first_sentence(parsed: ParsedArticle) -> tuple[int, Span] | None:
    first = next(real_sentences(parsed), None)
    if first is None:
        return None
    for index, (para, doc) in enumerate(zip(parsed.paragraphs, parsed.docs, strict=True)):
        if not para.is_prose:
            continue
        for sent in doc.sents:
            if " ".join(sent.text.split()) == first:
                return index, sent
    return None


def _role_tokens(index: ActorIndex, para: int, sent: Span) -> set[int]:
    """Token indices of titles written before person names in the sentence."""
    dropped: set[int] = set()
    doc = sent.doc
    for mention in index.mentions:
        if mention.para != para or not mention.role or not (sent.start <= mention.start < sent.end):
            continue
        words = mention.role.split()
        start = mention.start - len(words)
        if start >= sent.start and doc[start : mention.start].text == mention.role:
            dropped.update(range(start, mention.start))
            if start > sent.start and doc[start - 1].lower_ == "the":
                dropped.add(start - 1)
    return dropped


def _keep(token: Token, root: Token, dropped: set[int]) -> list[Token]:
    if token.i in dropped:
        return []
    if token is not root and token.dep_ in TITLE_DROP_DEPS:
        return []
    kept = [token]
    for child in token.children:
        kept.extend(_keep(child, root, dropped))
    return kept


def _trim(tokens: list[Token], root: Token) -> list[Token]:
    """Drop trailing prepositional phrases and modifiers until short enough."""
    while len([t for t in tokens if not t.is_punct]) > TITLE_MAX_WORDS:
        tail = [t for t in tokens if t.i > root.i and t.dep_ in {"prep", "advmod", "npadvmod", "agent"}]
        if not tail:
            break
        cut = tail[-1]
        removed = {t.i for t in cut.subtree}
        tokens = [t for t in tokens if t.i not in removed]
    return tokens[: TITLE_MAX_WORDS + 4]


def derive_title(parsed: ParsedArticle, index: ActorIndex) -> str:
    """A headline-like title (≤ ~12 words) from the first real sentence."""
    found = _first_sentence(parsed)
    if found is None:
        text = parsed.article.text.strip().split("\n")[0]
        return " ".join(text.split()[:TITLE_MAX_WORDS]) or parsed.article.source
    para, sent = found
    root = sent.root
    tokens = sorted(_keep(root, root, _role_tokens(index, para, sent)), key=lambda t: t.i)
    tokens = [t for t in tokens if not (t.is_punct and t.text not in {"-", "–", "'s", "’s"})]
    tokens = _trim(tokens, root)
    words = [t.text for t in tokens]
    text = ""
    for token in tokens:
        if text and (token.whitespace_ or token.text) and not _attached(token):
            text += " "
        text += token.text
    if not words:
        return " ".join(sent.text.split()[:TITLE_MAX_WORDS])
    return text[:1].upper() + text[1:]


def _attached(token: Token) -> bool:
    """True for tokens written without a space before them ('s, n't)."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    return previous is not None and previous.whitespace_ == ""
