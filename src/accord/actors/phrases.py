"""Phrases: pieces joined by the words a noun phrase has between them
(adjectives, nouns, hyphens, possessive 's, and "of [the]" from a body to
the state or organization it belongs to): "[US] Indo-Pacific [Command]",
"[Kazakhstan]'s [Defence Ministry]", "the [Armed Forces] of [Kyrgyzstan]"."""

from __future__ import annotations

from .entnames import given_names
from .lexicon import ADJ, AGENT, CAPITAL, CITY, COUNTRY, INST, INTL, ORG, PERSON, REGION, REGION_ADJ
from .parts import Phrase, Piece
from .text import DETS, GLUE_POS, POSSESSIVE, PRONOUNS
from .words import word_set


def _glue(doc, a: Piece, b: Piece, sent_end: int) -> str | None:
    """How piece ``b`` attaches to the phrase ending with piece ``a``: 'adj'
    (NP-internal), 'of', 'and' (coordinated nationality words), or None."""
    gap = doc[a.end : b.start]
    if b.start >= sent_end:
        return None
    if not len(gap):
        if a.type == PERSON and b.type == PERSON:
            return None
        return "adj"
    if b.body_from >= 0 and _in_body(doc, a, b):
        return "adj"  # one body's name and the person after it: "Chairman of the Committee on Defence [NAME]"
    words = [t for t in gap]
    low = [t.lower_ for t in words]
    if len(low) == 2 and low[0] == "-" and low[1] in word_set("not_home") and a.led:
        return "adj"  # "Vietnamese-led forces"
    if (
        low in (["to"], ["to", "the"])
        and a.type == AGENT
        and a.entry.cls == "diplomat"
        and b.type in (COUNTRY, ORG, CAPITAL)
    ):
        return "to"  # "US Ambassador to Armenia Kristina Kvien": Armenia is where, not whose
    link = _remit_or_post(doc, a, b, low, words)
    if link:
        return link
    if low[0] in POSSESSIVE:
        if a.type == PERSON and b.type != AGENT:
            return None  # "the senator's pro-Russian stance": the person is an actor of their own
        rest = words[1:]
        if all(t.pos_ in GLUE_POS or t.text == "-" for t in rest) and len(rest) <= 3:
            return "adj"
        return None
    if (
        low[0] == "of"
        and a.type in (AGENT, ORG, INST, "orgent", PERSON)
        and (
            b.type in (COUNTRY, ORG, INST, CAPITAL, "orgent", "gpeent", REGION, ADJ, AGENT)
            or (b.type == INTL and a.type == AGENT and a.entry.person)  # "the head of the European Union Mission"
        )
        and len(low) <= 2
        and (len(low) == 1 or low[1] == "the")
    ):
        return "of"
    if low in (["and"], [","], [",", "and"]) and _nationality_word(doc, a) and b.type in (ADJ, REGION_ADJ):
        return "and"
    if _state_pair(doc, a, b, low):
        return "pair"  # "the Kyrgyz-Tajik border", "US-China talks": each state a mention of its own
    if a.type == COUNTRY and any(t.pos_ in ("NOUN", "NUM") and t.text.islower() for t in words):
        return None  # "Armenia hosts US troops": a state's name does not take a common-noun gap
    if _subject_of_gap(doc, a, b):
        return None  # a headline's verb tagged a noun: "Georgian police [disperse] protesters"
    if len(words) <= 3 and all(
        (t.pos_ in GLUE_POS or t.text == "-" or (t.pos_ == "" and t.is_alpha and t.text[:1].isupper()))
        and not t.is_sent_start
        and t.lower_ not in PRONOUNS
        for t in words
    ):
        if a.type == PERSON:
            return None
        return "adj"
    return None


def _state_pair(doc, a: Piece, b: Piece, low: list) -> bool:
    """Two states' names or adjectives joined by a hyphen with no space
    ("Kyrgyz-Tajik", "Azerbaijani-Iranian", "US-China"): a pair of states,
    not one state's modifier; neither is a demoted one ("Russian-backed")."""
    return (
        low == ["-"]
        and a.type in (ADJ, COUNTRY)
        and b.type in (ADJ, COUNTRY)
        and not doc[a.end - 1].whitespace_
        and not doc[a.end].whitespace_
        and a.country is not None
        and b.country is not None
        and a.country != b.country
    )


def _nationality_word(doc, a: Piece) -> bool:
    """A nationality adjective, or a state's short name used as one ("US" of
    "US and British forces")."""
    if a.type in (ADJ, REGION_ADJ):
        return True
    text = doc[a.start : a.end].text
    return a.type == COUNTRY and a.end - a.start == 1 and text.isupper() and 2 <= len(text) <= 3


def _subject_of_gap(doc, a: Piece, b: Piece) -> bool:
    """The parse makes ``a``'s last word the subject, and ``b``'s last word
    the object, of a word between them: a clause, not one noun phrase."""
    last, other = doc[a.end - 1], doc[b.end - 1]
    return (
        last.dep_ in ("nsubj", "nsubjpass")
        and a.end <= last.head.i < b.start
        and other.dep_ in ("dobj", "obj")
        and other.head.i == last.head.i
    )


def _remit_or_post(doc, a: Piece, b: Piece, low: list, words: list) -> str | None:
    """A role's remit before the name ("Special Representative [for Caspian
    Affairs] NAME": 'adj') and the state a body's post is in before its
    head's name ("the Mission [in] Georgia NAME": 'to', where, not whose)."""
    if (
        a.type == AGENT
        and a.entry.person
        and b.type == PERSON
        and low[0] in ("for", "on")
        and 2 <= len(low) <= 5
        and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "") for t in words[1:] if t.lower_ != "and")
    ):
        return "adj"
    if (
        low == ["in"]
        and a.type in (AGENT, ORG, INST, "orgent")
        and not a.entry.person
        and b.type in (COUNTRY, CAPITAL)
        and b.end < len(doc)
        and (doc[b.end].ent_type_ == "PERSON" or doc[b.end].lower_ in given_names())
    ):
        return "to"
    return None


def _envoy_post(doc, cur: Phrase, b: Piece, sent_end: int) -> str | None:
    """The state an envoy is posted to, after the state he serves: "the
    Ambassador of Japan [to] Uzbekistan NAME", "the Permanent Representative
    of Russia [to the] UN", "the Ambassador of Turkey [in] Kyrgyzstan": 'to'
    (where, not whose; the name after it is the envoy's)."""
    pieces, links = cur.pieces, cur.links
    if len(pieces) < 2 or links[-1] != "of" or b.start >= sent_end:
        return None
    role, state = pieces[-2], pieces[-1]
    if role.type != AGENT or role.entry.cls != "diplomat" or state.type not in (COUNTRY, ORG, INTL):
        return None
    low = [t.lower_ for t in doc[state.end : b.start]]
    if low not in (["to"], ["to", "the"], ["in"]) or b.type not in (COUNTRY, ORG, INTL, CAPITAL, CITY):
        return None
    if b.type == CITY and low != ["in"]:
        return None  # "Consul General of China in Almaty NAME": a consulate's city
    if (low == ["in"] or b.type in (CAPITAL, CITY)) and not (
        b.end < len(doc) and (doc[b.end].ent_type_ == "PERSON" or doc[b.end].lower_ in given_names())
    ):
        return (
            None  # "met the Ambassador of Russia in Minsk", "invited ... to Moscow": a venue, unless his name follows
        )
    return "to"


def _in_body(doc, a: Piece, b: Piece) -> bool:
    """``b`` is in an organisation's name that ends in a person's name
    (:func:`.pieces._entity_pieces`), and ``a`` is too, or is a role "of
    [the]" that body."""
    if a.end > b.body_from:
        return a.body_from == b.body_from or b.type == PERSON
    if a.type != AGENT or not a.entry.person:
        return False
    return [t.lower_ for t in doc[a.end : b.body_from]] in (["of"], ["of", "the"])


def find_phrases(doc, pieces, sent_end) -> list:
    """The article's pieces grouped into phrases, in text order."""
    out = []
    if not pieces:
        return out
    cur = Phrase([pieces[0]], [])
    for p in pieces[1:]:
        last = cur.pieces[-1]
        g = _glue(doc, last, p, sent_end[last.start]) or _envoy_post(doc, cur, p, sent_end[last.start])
        if g and not (cur.links.count("of") >= 3 and g == "of"):
            cur.pieces.append(p)
            cur.links.append(g)
        else:
            out.append(cur)
            cur = Phrase([p], [])
    out.append(cur)
    for ph in out:
        ph.start, ph.end = ph.pieces[0].start, ph.pieces[-1].end
        if ph.start > 0 and doc[ph.start - 1].lower_ in DETS:
            ph.start -= 1
    return out


def head_index(ph: Phrase) -> int:
    """Index of the head piece: the piece before 'of', else the last one that
    is not a possessive modifier; a person name wins."""
    for i, p in enumerate(ph.pieces):
        if p.type == PERSON and (not p.possessive or i == len(ph.pieces) - 1):
            # "the Bush administration": a name before a body modifies it
            if any(q.type == AGENT and not q.entry.person for q in ph.pieces[i + 1 :]):
                continue
            return i
    if "of" in ph.links:
        return ph.links.index("of")
    idx = len(ph.pieces) - 1
    while idx > 0 and ph.pieces[idx - 1].possessive and ph.pieces[idx].type == PERSON:
        idx -= 1
    return idx
