"""A short readable title derived from the article's first sentence.

The main clause is kept: the root verb with its subject and objects.
Coordinated and subordinate clauses, appositions and people's titles are
dropped, then trailing modifiers while the title is too long.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..models import Article
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


_TRAILING_DEPS = frozenset({"prep", "advmod", "npadvmod", "agent", "acl", "relcl", "advcl", "ccomp"})
_DANGLING_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PRON", "AUX"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})


def _is_scene_setter(token: Token, root: Token) -> bool:
    """Time phrases anywhere ("on Sunday") and adverbials before the subject
    ("Late on Sunday, ...", "In findings published ...")."""
    if token.dep_ in {"prep", "npadvmod", "advmod"}:
        if token.i < root.i and token.head is root:
            subject = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return not subject or token.i < subject[0].i
        return all(t.ent_type_ in _TIME_ENTS or t is token for t in token.subtree)
    return False


def _words(tokens: list[Token]) -> int:
    return len([t for t in tokens if not t.is_punct])


def _trim(tokens: list[Token], root: Token) -> list[Token]:
    """Drop time phrases, then trailing modifiers until short enough, then cut."""
    kept = {t.i for t in tokens}
    for token in tokens:
        if token.i in kept and _is_scene_setter(token, root):
            kept -= {t.i for t in token.subtree}
    tokens = [t for t in tokens if t.i in kept]
    # a title starts with its subject, not with "On Sunday," or "In findings ..."
    while tokens and tokens[0].i < root.i and tokens[0].pos_ in {"ADP", "ADV", "SCONJ"}:
        phrase = {t.i for t in tokens[0].subtree} | {tokens[0].i}
        inside = [t for t in tokens if t.i in phrase]
        if any(t.dep_ in {"nsubj", "nsubjpass"} or t.ent_type_ in _NAME_ENTS for t in inside):
            break  # the parser hung the subject on the phrase: keep it
        tokens = [t for t in tokens if t.i not in phrase]
    while _words(tokens) > TITLE_MAX_WORDS:
        tail = [t for t in tokens if t.i > root.i and t.dep_ in _TRAILING_DEPS]
        if not tail:
            break
        removed = {t.i for t in tail[-1].subtree}
        tokens = [t for t in tokens if t.i not in removed]
    tokens = tokens[:TITLE_MAX_WORDS]
    while tokens and tokens[-1].pos_ in _DANGLING_POS:
        tokens = tokens[:-1]
    return tokens


def _join(tokens: list[Token]) -> str:
    """The tokens as text: original spacing between neighbours, one space
    where words in between were dropped."""
    text = ""
    for n, token in enumerate(tokens):
        text += token.text
        if n + 1 < len(tokens):
            adjacent = tokens[n + 1].i == token.i + 1
            text += token.whitespace_ if adjacent else " "
    return " ".join(text.split())


def first_words_title(article: Article) -> str:
    """The first TITLE_MAX_WORDS words of the text's first line, as they are; with no
    words at all, the file's own name (not its folder, which depends on where the
    build runs from)."""
    text = article.text.strip().split("\n")[0]
    file_name = article.source.replace("\\", "/").rsplit("/")[-1]
    return " ".join(text.split()[:TITLE_MAX_WORDS]) or file_name


def derive_title(parsed: ParsedArticle, index: ActorIndex) -> str:
    """A headline-like title (at most TITLE_MAX_WORDS words) from the first real sentence."""
    found = _first_sentence(parsed)
    if found is None:
        return first_words_title(parsed.article)
    para, sent = found
    root = sent.root
    tokens = sorted(_keep(root, root, _role_tokens(index, para, sent)), key=lambda t: t.i)
    tokens = [t for t in tokens if not (t.is_punct and t.text not in {"-", "–"})]
    tokens = _trim(tokens, root)
    if not tokens:
        return " ".join(sent.text.split()[:TITLE_MAX_WORDS])
    text = _join(tokens)
    return text[:1].upper() + text[1:]
