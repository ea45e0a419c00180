"""An answer to what was said before: its authors are the recipients.

A rejection or denial of "the accusation", "the criticism", "the claim"
(``speech_reference_nouns``) that names no one answers the latest
accusation of the few sentences before it by another party: the accuser is
its recipient ("The Kyrgyz border service said Tajik troops fired first
... . Dushanbe rejected the version": Tajikistan -> Kyrgyzstan). So is a
verdict of a judging verb on such a noun or on a pronoun that names it back
("Lithuania and Latvia criticised the drills. Minsk called them
hypocrisy": ACCUSE Belarus -> each critic), where the verdict's recipient is
none or only the pronoun's guess. A plural answer (``them``, ``these``, "the
statements", "the claims of the neighbours") answers every author of the
accusations told in those sentences, one event each; a singular one the
latest author. A denial of a part in an act (``denied_act_nouns``: "In
Moscow, any involvement in the damage was denied") answers the latest
accuser too, and an answer whose recipient is its own author's state (the
owner read from "any involvement of Russia") is open.
"""

from __future__ import annotations

import copy

from ..record import Event
from ..syntax import grammar
from . import words as W
from .coref import party_of, sentence_numbers, trigger_token

#: how many sentences back an answered "accusation" looks for the accusation
ANSWER_SENTENCES = 3


def _said_object(doc, e: Event):
    """The object (or passive subject) of an answer's trigger that names what
    was said back: a definite speech noun, or for a judging verb a pronoun;
    None."""
    tok = trigger_token(doc, e)
    if tok is None:
        return None
    judging = e.type == "ACCUSE" and tok.lemma_.lower() in W.words("judging_verbs")
    if e.type != "REJECT" and not judging:
        return None
    nouns = W.words("speech_reference_nouns")
    dets = W.words("definite_determiners")
    for ch in grammar(doc).children(tok, "object", "passive_subject"):
        if ch.lower_ in nouns and any(d.lower_ in dets for d in ch.children if d.i < ch.i):
            return ch
        if e.type == "REJECT" and ch.lemma_.lower() in W.words("denied_act_nouns"):
            return ch
        if judging and ch.lower_ in W.words("answered_pronouns"):
            return ch
    return None


def _open_recipient(doc, e: Event, obj) -> bool:
    """Is the answer's recipient open: none, uncoded, or only read from the
    answered phrase itself (the pronoun's or the collective's guess: "the
    statements of the neighbours")?"""
    r = e.recipient
    if r is None or not party_of(r) or _owners(obj) or party_of(r) == party_of(e.actor):
        return True  # (a collective's members may have been read from the sentence before: its authors)
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    return (_plural(obj) or obj.lower_ in W.words("answered_pronouns")) and lo <= r.start < hi


def _owners(obj) -> list:
    """The definite plural common nouns that own what was said ("the statements
    of the neighbours", "the criticism of the Baltic states")."""
    g = grammar(obj)
    dets = W.words("definite_determiners")
    return [
        o
        for p in g.children(obj, "prep")
        if p.lower_ == "of"
        for o in g.children(p, "prep_object")
        if o.tag_ == "NNS" and any(d.lower_ in dets for d in o.children if d.i < o.i)
    ]


def _named_group(o) -> bool:
    """A collective that names its own members by a name ("the Baltic states",
    "the Western countries", "the EU members"): not whoever spoke before."""
    return any(m.i < o.i and (m.pos_ == "PROPN" or m.text[:1].isupper()) for m in o.children)


def _members(obj) -> frozenset | None:
    """The states of the group that owns what was said, where its modifier
    names one (``group_members``: "the Baltic states"); an empty set for a
    named group no list knows ("the Western countries"); None for an unnamed
    group or none."""
    named = [o for o in _owners(obj) if _named_group(o)]
    if not named:
        return None
    groups = W.word_map("group_members")
    mods = [m for o in named for m in o.children if m.i < o.i]
    for m in mods:
        key = " ".join(t.lower_ for t in m.subtree if not t.is_punct)
        if key in groups or m.lower_ in groups:
            return frozenset(groups.get(key, groups.get(m.lower_, "")).split())
    return frozenset()


def _plural(obj) -> bool:
    """A plural answered phrase: ``the statements``, ``them``, ``these``, ``the criticism of the neighbours``."""
    if obj.lower_ in W.words("answered_pronouns"):
        return obj.lower_ not in W.words("singular_pronouns")
    return obj.tag_ == "NNS" or bool(_owners(obj))


def _authors(events: list[Event], j: int, index: dict, own, answered: set, charges: bool) -> list:
    """The parties whose accusations (``charges``), or any statements, by
    parties other than ``own`` the few sentences before event ``j`` tell,
    latest first, once each (their actors); an answer ``own`` gave them just
    before stands for what they said ("the statements of the neighbours were
    rejected. X called them hypocrisy")."""
    e = events[j]
    si = index.get(e.sentence["start"], 0)
    out, seen = [], set()
    for a in reversed(events[:j]):
        if si - index.get(a.sentence["start"], 0) > ANSWER_SENTENCES:
            break
        if a.actor is None or a.hypothetical or a.negated or a.sentence["start"] >= e.sentence["start"]:
            continue
        who = party_of(a.actor)
        if who == own and id(a) in answered:
            named = [a.recipient]
        elif who and who != own and (a.type == "ACCUSE" or not charges and _said_to(a, own)):
            named = [a.actor]
        else:
            continue
        for p in named:
            if party_of(p) not in seen:
                seen.add(party_of(p))
                out.append(p)
    return out


def _said_to(a: Event, own) -> bool:
    """A verbal act of another party aimed at ``own`` (what "the statements"
    an answer of ``own`` rejects can be)."""
    return (a.quad or "").startswith("verbal") and a.recipient is not None and party_of(a.recipient) == own


def link_answers(doc, events: list[Event]) -> None:
    """Each answer to what was said addressed to its authors (see module doc),
    in place: a plural answer is given once for each author."""
    index = sentence_numbers(doc)
    out, answered = [], set()
    for e in events:
        out.append(e)
        if e.actor is None or not party_of(e.actor):
            continue
        obj = _said_object(doc, e)
        if obj is not None:
            answered.add(id(e))  # its recipient stands for what it answers ("called them ...")
        if obj is None or not _open_recipient(doc, e, obj):
            continue
        members = _members(obj)
        if members is not None and not members:
            continue  # "the statements of the Western countries": a group named, whose members no list gives
        charges = obj.lower_ in W.words("accusation_nouns") or obj.lemma_.lower() in W.words(
            "denied_act_nouns"
        )  # "the accusation": an accuser; "the statements": any
        said = _authors(out, len(out) - 1, index, party_of(e.actor), answered, charges)
        if members:
            said = [p for p in said if (party_of(p) or "")[:3] in members]  # "the Baltic states": not Poland
        if not said:
            continue
        e.recipient = copy.copy(said[0])
        answered.add(id(e))
        if _plural(obj):
            for p in said[1:]:
                twin = copy.deepcopy(e)
                twin.recipient = copy.copy(p)
                answered.add(id(twin))
                out.append(twin)
    events[:] = out
