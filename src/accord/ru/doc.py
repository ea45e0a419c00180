"""Russian text -> a spaCy ``Doc`` made from natasha's analysis.

:func:`analyze` runs natasha (razdel segmentation, slovnet morphology, UD
syntax and NER, pymorphy3 lemmas and normal forms of names) and builds a
``Doc`` on a blank ``ru`` vocabulary that accord's components read like
the English model's: the words with the text's own whitespace (so
``doc.text == text`` and every character offset is the input's), lemmas,
UD part of speech and morphology, heads and UD relations (every sentence
a tree: :mod:`accord.ru.parse`), PER/LOC/ORG entities in ``doc.ents``
with their normal form in ``span._.normal`` («Сергея Шойгу» -> «Сергей
Шойгу»), and one sentence per natasha sentence.

Whitespace other than one space between words becomes a whitespace token
(``SPACE``, attached to the word before it), as in spaCy's own models.
Sentences that hold no word (whitespace, invisible characters) are left
out of the parse: natasha's parser crashes on them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from . import lexicon as lx
from .models import models
from .parse import Parsed, parse
from .tree import converb_subjects, speaker_subjects

NORMAL_KEY = "accord_ru_normal"


@dataclass
class Stats:
    """What one call met: sentences parsed and repaired (by reason)."""

    sentences: int = 0
    repaired: dict[str, int] = field(default_factory=dict)

    def add(self, p: Parsed) -> None:
        self.sentences += 1
        if p.repaired:
            self.repaired[p.repaired] = self.repaired.get(p.repaired, 0) + 1


@functools.lru_cache(maxsize=1)
def blank():
    """The blank Russian pipeline whose vocabulary the Docs share."""
    import spacy
    from spacy.tokens import Span

    from ..nlp import register_extensions

    register_extensions()
    if not Span.has_extension("normal"):
        Span.set_extension("normal", getter=_normal_of)
    return spacy.blank("ru")


def _normal_of(span) -> str | None:
    return span.doc.user_data.get(NORMAL_KEY, {}).get((span.start_char, span.end_char))


def _is_word(tok) -> bool:
    """A token with something visible in it (not whitespace, not only
    zero-width or soft-hyphen characters, which the parser would take for a
    word)."""
    return any(c.isprintable() and not c.isspace() and c != "\xad" for c in tok.text)


def _at_paragraphs(text: str, sent) -> list:
    """A sentence cut at every blank line inside it: the segmenter can run
    on across a paragraph break («… Су-30СМ.» + next paragraph), which is
    always a sentence end in news text."""
    from natasha.doc import DocSent

    pieces, cur = [], [sent.tokens[0]]
    for prev, tok in zip(sent.tokens, sent.tokens[1:]):
        gap = text[prev.stop : tok.start]
        if gap.count("\n") >= 2:
            pieces.append(cur)
            cur = []
        cur.append(tok)
    pieces.append(cur)
    if len(pieces) == 1:
        return [sent]
    return [DocSent(p[0].start, p[-1].stop, text[p[0].start : p[-1].stop], tokens=p) for p in pieces]


@functools.lru_cache(maxsize=1)
def _signatures() -> tuple[frozenset, frozenset]:
    """The agencies' names (media of the actor lexicon) and the dashes after them."""
    media = frozenset(k for k, e in lx.lexicon()[0].items() if e.flag == "medium")
    return media, lx.quote_words("dashes") | {"-"}


def _signature_end(tokens) -> int:
    """How many leading tokens are a wire signature: an agency's name (a
    medium of the actor lexicon, maybe in slashes) and the dash after it
    («ИНТЕРФАКС - », «КАЗИНФОРМ – ») that opens an agency's lead; 0 if none."""
    media, dashes = _signatures()
    words = [lx.norm(t.text) for t in tokens[:6]]
    i = 1 if words[:1] == ["/"] else 0
    for n in (2, 1):
        j = i + n
        if tuple(words[i:j]) not in media:
            continue
        j += words[j : j + 1] == ["/"]
        if j + 1 < len(words) and words[j] in dashes:
            return j + 1
    return 0


@functools.lru_cache(maxsize=1)
def _month_stems() -> tuple[tuple[str, int], ...]:
    """(stem, longest form) of each month name: the lemma less its last
    letter, which every case form and the agencies' short forms («июн»)
    begin with."""
    return tuple((m[:-1], len(m) + 1) for m in lx.event_map("months"))


def _is_month(word: str) -> bool:
    return any(word.startswith(stem) and len(word) <= longest for stem, longest in _month_stems())


def _closing(words: list[str], i: int, close: str, most: int = 5) -> int:
    """The index after the ``close`` mark that ends a group opened at
    ``i`` («/Челябинская область/», «(БелТА)»), or ``i`` if none does."""
    if i < len(words) and words[i] in ("(", "/"):
        for j in range(i + 1, min(i + most + 2, len(words))):
            if words[j] == close:
                return j + 1
    return i


def _dateline_end(tokens) -> int:
    """How many leading tokens are a dateline that runs into the lead with a
    dash: a place in capitals or capitalised, maybe a region in slashes or
    brackets, a comma, a day and a month, maybe the agency in brackets or
    slashes, then the dash («МИНСК, 10 июня (БелТА) – Заседание ...»); 0 if
    the sentence does not start so. Only a paragraph's first sentence is
    looked at. Left in the lead, the parser takes the
    city for the subject of its verb."""
    words = [lx.norm(t.text) for t in tokens[:16]]
    i = 0
    while i < min(3, len(words)) and tokens[i].text[:1].isupper() and tokens[i].text.replace("-", "").isalpha():
        i += 1
    if not i:
        return 0
    i = _closing(words, i, ")" if words[i : i + 1] == ["("] else "/")
    if words[i : i + 1] != [","] or not (i + 2 < len(words) and words[i + 1].isdigit() and _is_month(words[i + 2])):
        return 0
    i += 3
    i += words[i : i + 1] == ["."]
    i = _closing(words, i, ")" if words[i : i + 1] == ["("] else "/")
    dashes = _signatures()[1]
    if i + 1 < len(words) and words[i] in dashes:
        return i + 1
    return 0


def _opens_paragraph(text: str, start: int) -> bool:
    """Is ``start`` the first word of the text or of a line (spaces and tabs before it)?"""
    j = start
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j == 0 or text[j - 1] == "\n"


def _at_signature(text: str, sent) -> list:
    """A sentence cut after a wire signature or a dateline at its start:
    «ИНТЕРФАКС - Подразделения ... провели учения» is the agency's mark and
    a lead, and the parser takes the agency (or the dateline's city) for the
    lead's subject if they stay one."""
    from natasha.doc import DocSent

    k = _signature_end(sent.tokens) or (_opens_paragraph(text, sent.start) and _dateline_end(sent.tokens))
    if not k:
        return [sent]
    pieces = [sent.tokens[:k], sent.tokens[k:]]
    return [DocSent(p[0].start, p[-1].stop, text[p[0].start : p[-1].stop], tokens=p) for p in pieces]


def natasha_doc(text: str, stats: Stats | None = None):
    """natasha's own ``Doc`` for ``text``, analysed, with our parse (trees)
    in its tokens' ``id``/``head_id``/``rel``, lemmas and normal forms."""
    import natasha

    m = models()
    nd = natasha.Doc(text)
    nd.segment(m.segmenter)
    for s in nd.sents:
        s.tokens = [t for t in s.tokens or () if _is_word(t)]
    nd.sents = [
        cut for s in nd.sents if s.tokens for piece in _at_paragraphs(text, s) for cut in _at_signature(text, piece)
    ]
    words = [[t.text for t in s.tokens] for s in nd.sents]
    for sent, markup in zip(nd.sents, m.morph.map(words)):
        for tok, tagged in zip(sent.tokens, markup.tokens):
            tok.pos, tok.feats = tagged.pos, tagged.feats
    parsed = parse(m.syntax, words) if words else []
    for sid, (sent, p) in enumerate(zip(nd.sents, parsed), 1):
        if stats is not None:
            stats.add(p)
        for i, (tok, h, rel) in enumerate(zip(sent.tokens, p.heads, p.rels), 1):
            tok.id, tok.head_id, tok.rel = f"{sid}_{i}", f"{sid}_{h + 1}", rel
    nd.tokens = [t for s in nd.sents for t in s.tokens]
    for tok in nd.tokens:
        tok.lemma = m.vocab.lemmatize(tok.text, tok.pos, tok.feats) or tok.text.lower()
    nd.tag_ner(m.ner)
    for span in nd.spans:
        if span.tokens:
            try:
                span.normalize(m.vocab)
            except Exception:  # a name natasha cannot inflect keeps its text
                span.normal = span.text
    return nd


def _layout(text: str, nd) -> tuple[list[str], list[bool], list[int | None]]:
    """Words and spaces covering ``text`` exactly; for each word the index
    of its natasha token (None for whitespace and uncovered text)."""
    words: list[str] = []
    spaces: list[bool] = []
    src: list[int | None] = []
    pos = 0

    def gap(s: str) -> None:
        if not s:
            return
        if s == " " and words:
            spaces[-1] = True
            return
        if s[0] == " " and words and not spaces[-1]:
            spaces[-1] = True
            s = s[1:]
        words.append(s)
        spaces.append(False)
        src.append(None)

    for k, tok in enumerate(nd.tokens):
        gap(text[pos : tok.start])
        words.append(text[tok.start : tok.stop])
        spaces.append(False)
        src.append(k)
        pos = tok.stop
    gap(text[pos:])
    return words, spaces, src


def _morph(feats: dict | None) -> str:
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats or {}))


def to_spacy(text: str, nd):
    """The spaCy Doc for natasha's analysed Doc of ``text``."""
    from spacy.tokens import Doc

    words, spaces, src = _layout(text, nd)
    tok_at = {k: i for i, k in enumerate(src) if k is not None}
    index = {t.id: k for k, t in enumerate(nd.tokens)}
    heads, deps, pos, lemmas, morphs = [], [], [], [], []
    last_word = None
    for i, k in enumerate(src):
        if k is None:  # whitespace (or text razdel left out): hangs on the word before
            owner = last_word if last_word is not None else _next_word(src, i)
            heads.append(owner if owner is not None else i)
            deps.append("dep" if owner is not None else "root")
            pos.append("SPACE" if words[i].isspace() else "X")
            lemmas.append(words[i])
            morphs.append("")
            continue
        t = nd.tokens[k]
        h = index.get(t.head_id)
        heads.append(tok_at[h] if h is not None else i)
        deps.append(t.rel or "dep")
        pos.append(t.pos or "X")
        lemmas.append(t.lemma or t.text)
        morphs.append(_morph(t.feats))
        last_word = i
    converb_subjects(words, heads, deps, pos, morphs)  # «Открывая учения, министр X отметил»: X is the subject
    speaker_subjects(words, heads, deps, pos, morphs)  # «„Мы …“, – заявил, открывая заседание, министр X»
    doc = Doc(blank().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, morphs=morphs)
    _entities(doc, nd)
    return doc


def _next_word(src, i):
    for j in range(i + 1, len(src)):
        if src[j] is not None:
            return j
    return None


def _entities(doc, nd) -> None:
    ents, normal, taken = [], {}, set()
    for s in nd.spans or []:
        span = doc.char_span(s.start, s.stop, label=s.type, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        ents.append(span)
        normal[(span.start_char, span.end_char)] = s.normal or s.text
    doc.ents = ents
    doc.user_data[NORMAL_KEY] = normal


def analyze(text: str, stats: Stats | None = None):
    """A spaCy Doc of Russian ``text`` (see the module's docstring)."""
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
    blank()
    return to_spacy(text, natasha_doc(text, stats))
