"""Parse a long text in pieces, so memory stays bounded by the piece size.

spaCy's tagger, parser and entity recogniser hold working arrays for the
whole Doc at once (about 17 KB a token with the small English model): a
normal 26 KB article costs some 80 MB above the loaded model, but a 26 KB
text of nothing but short words and quotation marks has three times the
tokens and costs some 290 MB. :func:`pipe` runs the model's own components
on pieces of at most ``piece_tokens`` tokens, cut where a paragraph begins
(else after a sentence's closing punctuation, else at any space), joins the
pieces back into one Doc with the same text and characters, and only then
runs accord's components on the whole article, so that quotes, coreference
and events still see every sentence. A Doc no longer than ``piece_tokens``
goes through ``nlp.pipe`` as before, and its parse is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .nlp import COMPONENTS

_ENDS = frozenset(".!?;")


def cut_points(doc, piece_tokens: int) -> list[int]:
    """Token indices where pieces start (the first is 0): each piece is at
    most ``piece_tokens`` long unless no space at all lies inside it."""
    n = len(doc)
    starts = [0]
    while n - starts[-1] > piece_tokens:
        lo, hi = starts[-1] + max(1, piece_tokens // 4), starts[-1] + piece_tokens
        cut = _best_cut(doc, lo, hi)
        starts.append(cut)
    return starts


def _best_cut(doc, lo: int, hi: int) -> int:
    """The latest good place to start a piece in ``(lo, hi]``: a paragraph
    start, else a sentence start, else after any token with a space."""
    sentence = space = None
    for i in range(hi, lo, -1):
        prev = doc[i - 1]
        if prev.is_space and "\n" in prev.text:
            return i
        if sentence is None and prev.whitespace_ and i >= 2 and doc[i - 2].text in _ENDS:
            sentence = i
        if space is None and (prev.whitespace_ or prev.is_space):
            space = i
    return sentence or space or hi


def _model_steps(nlp) -> tuple[list, list]:
    """The pipeline split into the model's components and accord's."""
    model, ours = [], []
    for name, proc in nlp.pipeline:
        (ours if name in COMPONENTS else model).append(proc)
    return model, ours


def analyze_long(nlp, doc, piece_tokens: int):
    """One long Doc through the pipeline, its parse made piece by piece."""
    from spacy.tokens import Doc

    model, ours = _model_steps(nlp)
    starts = cut_points(doc, piece_tokens) + [len(doc)]
    parsed = []
    for a, b in zip(starts, starts[1:]):
        piece = doc[a:b].as_doc()
        for proc in model:
            piece = proc(piece)
        parsed.append(piece)
    whole = Doc.from_docs(parsed, ensure_whitespace=False)
    if whole.text != doc.text:  # never expected: the pieces are cut between tokens
        raise ValueError("the parsed pieces do not join back into the article's text")
    whole.user_data.update(doc.user_data)
    for proc in ours:
        whole = proc(whole)
    return whole


def pipe(nlp, docs: Iterable, batch_size: int = 32, piece_tokens: int | None = None) -> Iterator:
    """``nlp.pipe(docs)``, in order, with every Doc longer than
    ``piece_tokens`` (setting ``parse_piece_tokens``) parsed in pieces."""
    if piece_tokens is None:
        from .config import settings

        piece_tokens = settings()["parse_piece_tokens"]
    docs = list(docs)
    long_ones = {k for k, d in enumerate(docs) if piece_tokens and len(d) > piece_tokens}
    short = iter(nlp.pipe([d for k, d in enumerate(docs) if k not in long_ones], batch_size=batch_size))
    for k, d in enumerate(docs):
        yield analyze_long(nlp, d, piece_tokens) if k in long_ones else next(short)
