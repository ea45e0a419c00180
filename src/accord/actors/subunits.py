"""Sub-units of a state's body named after what they deal with: "the Fourth
CIS Department of the Ministry of Foreign Affairs of Russia", "the
Department for NATO Affairs of the Ukrainian Defence Ministry", "the Russian
Foreign Ministry's Second European Department".

The international body or region in such a name (CIS, NATO, Europe) is the
unit's remit, not its owner: the unit belongs to the state's body named
after it by "of [the]" or before it by "'s". One piece (an organisation of
the text's own, like a parser's ORG entity) takes the whole name, so that
the phrase runs from a role through the unit to the ministry and its state
("Director of [the Fourth CIS Department] of [the Ministry] ... [NAME]").

The words are data (``lang/en/actors/words.tsv``): ``subunit_heads`` (the
unit's head noun), ``subunit_ordinals`` ("Fourth"), ``subunit_remits`` (the
last word of an "of ..." remit: "Department of European Affairs").
"""

from __future__ import annotations

from ..doc_index import tokens_with_lower
from .lexicon import ADJ, AGENT, CAPITAL, COUNTRY, INST, INTL, ORG, REGION, REGION_ADJ, Entry
from .parts import Piece
from .text import POSSESSIVE
from .words import word_set

#: pieces a unit's name may hold: its remit, never its owner
REMIT_TYPES = (ORG, INTL, REGION, REGION_ADJ)
#: pieces that own a unit named before them ("of the Ministry ...", "of Russia")
OWNER_TYPES = (AGENT, INST, COUNTRY, ADJ, CAPITAL)
#: the most words of a unit's name on either side of its head
SIDE_WORDS = 5


def subunit_pieces(doc, chosen: list, taken: bytearray, words: list) -> None:
    """Replace, in place, the pieces inside each such unit's name by one
    piece of the whole name (type ``orgent``); a unit whose name holds no
    remit piece and no ordinal is left to the parser."""
    heads = [t for t in tokens_with_lower(doc, word_set("subunit_heads")) if t.text[:1].isupper() and not taken[t.i]]
    if not heads:
        return
    at = {}
    for p in chosen:
        for i in range(p.start, p.end):
            at[i] = p
    for t in heads:
        span = _unit_span(doc, t.i, at, taken, words)
        if span is None:
            continue
        s, e = span
        inner = {id(p): p for i in range(s, e) if (p := at.get(i)) is not None}
        for p in inner.values():
            chosen.remove(p)
        for i in range(s, e):
            taken[i] = 1
            at.pop(i, None)
        piece = Piece(s, e, "orgent", Entry("orgent", doc[s:e].text))
        chosen.append(piece)
        for i in range(s, e):
            at[i] = piece


def _unit_span(doc, h: int, at: dict, taken: bytearray, words: list) -> tuple[int, int] | None:
    """``(start, end)`` of the unit whose head word is at ``h``, where it
    holds a remit piece or an ordinal and a state's body owns it; else None."""
    s, remit = _left(doc, h, at, taken, words)
    e, remit_right = _right(doc, h, at, taken, words)
    if not (remit or remit_right) or not (_owner_after(doc, e, at) or _owner_before(doc, s, at)):
        return None
    if any(taken[i] and at.get(i) is None for i in range(s, e)):
        return None
    return s, e


def _left(doc, h: int, at: dict, taken: bytearray, words: list) -> tuple[int, bool]:
    """Where the unit's name starts before its head, and whether it holds a
    remit piece or an ordinal ("Fourth CIS Department")."""
    ordinals = word_set("subunit_ordinals")
    s, remit = h, False
    while s > 0 and h - s < SIDE_WORDS:
        k = s - 1
        p = at.get(k)
        w = words[k]
        if p is not None:
            if p.type not in REMIT_TYPES or p.start < h - SIDE_WORDS:
                break
            s, remit = p.start, True
        elif taken[k] or not (w[:1].isupper() and w.isalpha()) or doc[k].is_sent_start:
            if w.lower() in ordinals and not taken[k]:
                s, remit = k, True  # a sentence may begin with it: "Fourth ..." is still the unit's
            break
        else:
            remit = remit or w.lower() in ordinals
            s = k
    return s, remit


def _right(doc, h: int, at: dict, taken: bytearray, words: list) -> tuple[int, bool]:
    """Where the unit's name ends after its head: a remit after "for" or "on"
    ("Department for NATO Affairs"), or after "of" where it ends in a remit
    word ("Department of European Cooperation"); and whether it holds a
    remit piece."""
    n = len(doc)
    e = h + 1
    if e + 1 >= n or words[e].lower() not in ("for", "on", "of") or taken[e]:
        return e, False
    k, remit = e + 1, False
    while k < n and k - e <= SIDE_WORDS:
        p = at.get(k)
        if p is not None:
            if p.type not in REMIT_TYPES:
                break
            k, remit = p.end, True
        elif not taken[k] and (words[k][:1].isupper() and words[k].isalpha() or words[k].lower() == "and"):
            k += 1
        else:
            break
    while k > e + 1 and words[k - 1].lower() == "and":
        k -= 1
    if k == e + 1:
        return e, False
    if words[e].lower() == "of" and words[k - 1].lower() not in word_set("subunit_remits"):
        return e, False  # "Department of Defence", "Department of the Russian ...": the owner, not a remit
    return k, remit


def _owner_after(doc, e: int, at: dict) -> bool:
    """ "... Department of [the] Ministry / Russia": a state's body or the
    state names the unit's owner after it."""
    n = len(doc)
    if e >= n or doc[e].lower_ != "of":
        return False
    k = e + 1
    if k < n and doc[k].lower_ == "the":
        k += 1
    p = at.get(k)
    return p is not None and p.type in OWNER_TYPES and p.start == k


def _owner_before(doc, s: int, at: dict) -> bool:
    """ "the Russian Foreign Ministry's ... Department": the owner before it, with 's."""
    if s < 2 or doc[s - 1].text not in POSSESSIVE:
        return False
    p = at.get(s - 2)
    return p is not None and p.type in OWNER_TYPES
