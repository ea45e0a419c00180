"""How far back a Russian reference looks (accord.ru): a word for a body or
person named before («пресс-служба», «иранский дипломат») stands for one
named a few sentences back, not anywhere earlier in the article."""

from __future__ import annotations

BACK = 6  # sentences before the word's own: a news paragraph or two
DOCUMENT_BACK = 3  # a bare «в документе» for the statement a body issued a sentence or two before
SERVICE_BACK = 10  # a bare «пресс-служба» for the one an agency note names in its lead, ten sentences on


def window_start(tok, sentences: int = BACK) -> int:
    """The index of the first token of the sentence ``sentences`` before
    ``tok``'s own (the document's start where there are fewer)."""
    doc, start = tok.doc, tok.sent.start
    for _ in range(sentences):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start
