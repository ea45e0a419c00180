"""When and where an event happened: the date expression and the place
named nearest the trigger in its sentence.

A date entity attached to the trigger (or near it) is resolved against the
publication date (:func:`accord.events.dates.resolve_date`); a place is a
GPE/LOC/FAC entity in an ``in/at/near ...`` phrase, its country from the
actor mention that covers it or from the actors knowledge.
"""

from __future__ import annotations

import functools

from .. import datafiles
from ..record import Location
from ..syntax import grammar
from . import words as W
from .dates import resolve_date_precise

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: roles of a clause of its own below a trigger, whose date is its own ("since the fighting began on Tuesday")
SUBCLAUSE_ROLES = ("adverbial_clause", "relative_clause", "clause_modifier", "clausal_complement")


def date_for(cand, ents, published: str | None, past: bool):
    """(date, date_end, text, precision, own) of the date entity that belongs to a
    trigger: one attached to it, then to its head, then the nearest, the
    dateline's last; a time entity that names a day ("on Saturday night")
    counts as a date; None.
    ``own``: the date is not told by a clause within the trigger's phrase (``the
    withdrawal of troops, which will be completed by the end of August``)."""
    tok = cand.tok
    dates = [
        e
        for e in ents
        if (e.label_ == "DATE" or (e.label_ == "TIME" and _resolve_cached(e.text, published, past)))
        and not _describes_another(e, tok)
    ]
    if not dates:
        return None

    def attached(e) -> int:
        """0: the date hangs from the trigger, 1: from its head, 2: from a
        clause below the trigger ("killed since the fighting began on
        Tuesday": when that began), 3: none of them (within a few steps)."""
        verb = _governing_verb(e)
        below = verb is not None and verb.i != tok.i and grammar(verb).is_(verb, *SUBCLAUSE_ROLES)
        for a in [e.root] + list(e.root.ancestors)[:4]:
            if a.i == tok.i:
                return 2 if below else 0
            if a.i == tok.head.i:
                return 1
        return 3

    # the dateline's date yields to any the story gives; the trigger's own date to its head's
    # ("will host drills in June and will send a battalion in September")
    dates.sort(key=lambda e: (in_dateline(e, tok), attached(e), abs(e.root.i - tok.i)))
    for e in dates[:2]:
        res = _resolve_cached(e.text, published, _tense_of(e, tok, past))
        if res:
            return res[0], res[1], e.text, res[2], not _in_own_clause(e, tok)
    return None


def _describes_another(ent, tok) -> bool:
    """The date is told by a relative or participle clause on another noun than
    the trigger, one that holds no trigger (``the United States, which has a
    treaty dating from 1951, condemned ...``, ``X, who has overseen the ties
    since 2023, said ...``): it dates what the clause describes, not the event."""
    g = grammar(tok)
    above = {a.i for a in tok.ancestors}
    for a in [ent.root, *ent.root.ancestors]:
        if a.i == tok.i:
            return False
        if g.is_(a, "relative_clause", "clause_modifier"):
            return a.head.i != tok.i and a.i not in above and not _in_own_phrase(a.head, tok, g)
    return False


def _in_own_phrase(noun, tok, g) -> bool:
    """The noun belongs to the trigger's phrase but not to its subject (``the
    withdrawal of troops, which will be completed by the end of August``)."""
    for a in [noun, *noun.ancestors]:
        if a.head.i == tok.i and a.i != tok.i:
            return not g.is_(a, "subject", "passive_subject")
    return False


def _governing_verb(ent):
    """The first verb the date entity hangs from (within a few steps), or None."""
    return next((a for a in list(ent.root.ancestors)[:4] if a.pos_ in ("VERB", "AUX")), None)


def _in_own_clause(ent, tok) -> bool:
    """The date hangs from a verb of a clause inside the trigger's phrase (a
    relative clause on the event noun or on its object)."""
    verb = _governing_verb(ent)
    return verb is not None and verb.i != tok.i and any(a.i == tok.i for a in verb.ancestors)


def _tense_of(ent, tok, past: bool) -> bool:
    """Whether a date points back: by the tense of the verb it hangs from
    where that is another verb than the trigger's ("On Sunday, X announced a
    deal under which Y would deploy": Sunday is past; "which Biden said would be
    completed by the end of August": ahead), else by the trigger's (``past``)."""
    verb = _governing_verb(ent)
    if verb is None or verb.i == tok.i:
        return past
    g = grammar(verb)
    if any(
        g.is_(c, "aux", "passive_aux") and (c.lower_ in W.words("future_aux") or c.lower_ == "would")
        for c in verb.children
    ):
        return False
    return True if verb.tag_ == "VBD" else past


def in_dateline(ent, tok) -> bool:
    """The date entity is the dateline's ("NEW DELHI, Nov 21 (Wire) — ..."),
    before the dash that opens the story the trigger is in: the day of filing,
    which yields to any date the story's own words give."""
    doc = ent.doc
    dashes = W.words("dateline_dashes")
    hi = min(ent.end + 8, tok.i, len(doc))
    return any(doc[i].text in dashes for i in range(ent.end, hi))


@functools.lru_cache(maxsize=4096)
def _resolve_cached(text: str, published: str | None, past: bool):
    return resolve_date_precise(text, published, past=past)


def location_for(cand, ents, actors, knowledge_country) -> Location | None:
    """The place of an event: the place entity in an ``in/at/near ...``
    phrase attached to the trigger (else the nearest), with its country."""
    tok = cand.tok
    g = grammar(tok)
    best = None
    location_preps = W.words("location_preps")
    for e in ents:
        if e.label_ not in PLACE_LABELS:
            continue
        r = e.root
        h = r.head
        if not g.is_(r, "prep_object") or h.lower_ not in location_preps:
            continue
        d = abs(r.i - tok.i)
        anc = {a.i for a in list(h.ancestors)[:4]}
        att = tok.i in anc or h.head.i == tok.i or h.head.i == tok.head.i
        key = (not att, d)
        if best is None or key < best[0]:
            best = (key, e)
    if best is None:
        return None
    e = best[1]
    country = None
    mi = actors.at(e.root)
    if mi is not None:
        country = actors.mentions[mi].country
    if country is None and knowledge_country is not None:
        try:
            country = knowledge_country(e.text)
        except Exception:
            country = None
    loc = Location(text=e.text, country=country, start=e.start_char, end=e.end_char)
    # not serialised (Location.to_dict lists its fields): for the recipient fallback
    loc.start_tok = e.root.i
    loc.attached = not best[0][0]
    return loc


@datafiles.cached
def knowledge_country():
    """A place name -> ISO country lookup built from the actors knowledge
    (country names, capitals, major cities, known places), when it exists."""
    try:
        from ..actors.knowledge import load_knowledge

        k = load_knowledge()
    except Exception:
        return None
    table: dict = {}
    try:
        for iso, c in k.countries.items():
            for key in ("names", "capitals", "cities"):
                for n in c.get(key) or ():
                    table.setdefault(n.lower(), iso)
            if c.get("name"):
                table.setdefault(c["name"].lower(), iso)
        for pl in k.places:
            table.setdefault(pl.name.lower(), pl.country)
    except Exception:
        return None

    def look(text: str):
        t = text.lower()
        if t.startswith("the "):
            t = t[4:]
        return table.get(t)

    return look


def is_past(tok) -> bool:
    """Whether the trigger's clause is in the past tense ('began
    withdrawing', 'has held'). Not used by the extractor today."""
    g = grammar(tok)
    t = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if g.is_(t, "open_complement", "prep_clause") and t.tag_ in ("VBG", "VB") and t.head.i != t.i:
            t = t.head  # "began withdrawing"
        else:
            break
    if t.tag_ in ("VBD", "VBN"):
        return True
    return any(
        g.is_(c, "aux", "passive_aux") and c.tag_ in ("VBD", "VBN") or c.lower_ in W.words("perfect_aux")
        for c in t.children
    )
