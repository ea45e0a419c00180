"""Phrases around a speaker that the speaker rules read past or read as
the speaker: a fronted "In <capital>," before an empty "it" of a passive
report, and the speaker's own page between an inverted cue and the
speaker's name (translated copy)."""

from __future__ import annotations

from ..syntax import grammar
from .vocabulary import word_set


def _fronted_place(prep, subj) -> bool:
    """Does "in <place>" open its clause before a comma and an empty "it" of
    a passive ("In Ankara, it was announced that ...")?"""
    doc = prep.doc
    obj_end = prep.right_edge.i + 1
    return (
        subj is not None
        and subj.lower_ == "it"
        and prep.i < subj.i
        and obj_end < len(doc)
        and doc[obj_end].text == ","
        and obj_end < subj.i
        and grammar(prep).is_(subj, "passive_subject")
    )


def fronted_place_of_passive(tok, subj):
    """ "In New Delhi, the claims were called 'baseless'": a passive cue with
    a noun subject and no agent, opened by "in <place>" and a comma, is the
    place's officials' word: the place's token; else None."""
    gr = grammar(tok)
    if subj is None or not gr.is_(subj, "passive_subject") or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(gr.is_(c, "agent") for c in tok.children):
        return None  # "... were rejected by the ministry": the agent speaks
    doc = tok.doc
    for p in tok.children:
        if not (gr.is_(p, "prep") and p.lower_ == "in" and p.i < subj.left_edge.i):
            continue
        obj = next((g for g in p.children if gr.is_(g, "prep_object")), None)
        end = p.right_edge.i + 1
        if obj is not None and obj.ent_type_ == "GPE" and end < subj.left_edge.i and doc[end].text == ",":
            return obj
    return None


def _past_own_page(doc, j: int) -> int:
    """The token after a phrase of the speaker's own page that opens at ``j``
    right after an inverted cue ("wrote on his page in Facebook", "posted
    in her Telegram channel"); ``j`` itself when none opens there."""
    n = len(doc)
    if j + 2 >= n or doc[j].lower_ not in ("on", "in") or doc[j + 1].lower_ not in word_set("possessive_pronouns"):
        return j
    k = j + 2
    if doc[k].lower_ in word_set("social_networks") and k + 1 < n:
        k += 1  # "in her Telegram channel"
    if doc[k].lower_ not in word_set("page_nouns"):
        return j
    k += 1
    if k + 1 < n and doc[k].lower_ in ("on", "in") and doc[k + 1].lower_ in word_set("social_networks"):
        k += 2  # "on his page in Facebook"
    return k if k < n else j
