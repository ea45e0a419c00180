"""What the actor extractor reads off single tokens of news text: per-token
strings read once, sentence bounds, which tokens stand inside quotation
marks, and small token tests (a name word, a plural, a phrase's text
without its article)."""

from __future__ import annotations

from .words import word_set

GLUE_POS = {"ADJ", "NOUN", "PROPN", "NUM"}
POSSESSIVE = {"'s", "’s", "'", "’"}
DETS = {"the", "a", "an"}
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
PRONOUNS = MALE | FEMALE


class TokenArrays:
    """Per-token strings read once (iterating a Doc creates Token objects)."""

    __slots__ = ("words", "lower", "pos", "tag")

    def __init__(self, doc):
        from spacy.attrs import LOWER, ORTH, POS, TAG
        from spacy.parts_of_speech import NAMES

        if not len(doc):
            self.words, self.lower, self.pos, self.tag = [], [], [], []
            return
        rows = doc.to_array([ORTH, LOWER, POS, TAG]).tolist()
        strings = doc.vocab.strings
        cache: dict = {0: ""}

        def s(h):
            v = cache.get(h)
            if v is None:
                v = cache[h] = strings[h]
            return v

        self.words = [s(r[0]) for r in rows]
        self.lower = [s(r[1]) for r in rows]
        self.pos = [NAMES.get(r[2], "") if r[2] else "" for r in rows]
        self.tag = [s(r[3]) for r in rows]


def sentences(doc):
    """``(sent_of, sent_end)``: per token, its sentence number and the end of its sentence."""
    n = len(doc)
    sent_of = [0] * n
    sent_end = [n] * n
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        for si, s in enumerate(doc.sents):
            st, en = s.start, s.end
            sent_of[st:en] = [si] * (en - st)
            sent_end[st:en] = [en] * (en - st)
    return sent_of, sent_end


def quote_mask(words) -> bytearray:
    """1 for tokens inside quotation marks (toggle per paragraph)."""
    mask = bytearray(len(words))
    inside = False
    quote_chars = word_set("quote_chars")
    for i, w in enumerate(words):
        if "\n" in w:
            inside = False
        if w in quote_chars:
            if w in ("“", "«", "„"):
                inside = True
            elif w in ("”", "»"):
                inside = False
            else:
                inside = not inside
            continue
        if inside:
            mask[i] = 1
    return mask


def is_name_token(t) -> bool:
    """A capitalised proper-noun word that does not start its sentence (part of a name)."""
    return t.is_alpha and t.text[:1].isupper() and not t.is_sent_start and (t.pos_ in ("PROPN", "") or t.tag_ == "NNP")


def plural_token(tok) -> bool:
    """A plural noun (by its tag; by its ending where there is no tag)."""
    if tok.tag_:
        return tok.tag_ in ("NNS", "NNPS")
    return tok.lower_.endswith("s") and not tok.lower_.endswith("ss")


def phrase_text(doc, ph) -> str:
    """The text of a phrase without its leading articles."""
    s = ph.start
    while s < ph.end and doc[s].lower_ in DETS:
        s += 1
    return doc[s : ph.end].text
