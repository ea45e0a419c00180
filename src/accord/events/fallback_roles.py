"""Which coded mentions after a trigger are no recipient of it (issue #16).

The sparse-parse fallback of :mod:`accord.events.assemble` takes the first
coded actor after the trigger as its recipient (as TABARI codes). A mention
there is no party of the trigger when the parse shows another role for it:

* **another clause's party**: the subject or agent of a clause of its own on
  the way up to the trigger (``sent a platoon, and Kazakhstan contributed
  officers``, ``talks brokered by the European Union``); an unmarked
  complement's subject stays the one acted on (``helped Tajikistan
  strengthen ...``), and so does an adverbial clause's, often a misparse;
* **the same party's other act**: the object of a verb joined to the trigger
  with no subject of its own (``would not accept mediators, and criticised
  France``): that act's target, told as an event of its own;
* **the setting** of a statement, protest or declaration (``venue_acts``): a
  name that only qualifies a place noun in an ``in`` phrase on the act
  (``signed a declaration in the Kyrgyz capital``), where the tagger saw no
  place. (For a material act the place is its target, as CAMEO codes it:
  ``struck a target in the Gaza Strip's border regions``; for a drill, its host.)

The lists ``setting_preps``, ``place_nouns`` and ``venue_acts`` are in
``events/data/factuality_en.tsv``.
"""

from __future__ import annotations

from ..syntax import grammar
from .flags import own_words

#: clauses whose subject is a party of their own act, not of the trigger
#: (not an adverbial clause: "improved since May as the government tried to ...", "officers holed up in ..."
#: are often a misparsed clause whose subject is the trigger's party; measured on PLOVER)
OWN_CLAUSES = ("conjunct", "relative_clause", "clause_modifier")
#: the roles of a word that only qualifies the noun it hangs on
QUALIFIER_ROLES = ("compound", "adjective", "possessor")


def other_clause_party(r, tok) -> bool:
    """Is ``r`` (the head of a mention below ``tok``) the subject or agent
    of a clause of its own between it and the trigger?"""
    g = grammar(r)
    t = r
    for _ in range(12):
        h = t.head
        if t.i == tok.i or h.i == t.i:
            return False
        if h.i != tok.i and h.pos_ in ("VERB", "AUX") and g.is_(h, *OWN_CLAUSES):
            if g.is_(t, "subject", "passive_subject", "agent"):  # ('by X': X below the agent word)
                return True
        t = h
    return False


def joined_act_target(r, tok) -> bool:
    """Is ``r`` the object of a verb joined to the trigger that shares its
    subject (``refused X and criticised France``)?"""
    g = grammar(r)
    h = r.head
    return (
        h.i != tok.i
        and g.is_(r, "object")
        and h.pos_ == "VERB"
        and g.is_(h, "conjunct")
        and h.head.i == tok.i
        and not g.has_child(h, "subject", "passive_subject")
    )


def in_setting(r, tok) -> bool:
    """Is ``r`` a word that qualifies a place noun in an ``in`` phrase on the
    trigger or its object (``signed a declaration in the Kyrgyz capital``,
    ``will be held in Russia's Orenburg region``)? The place, not a party."""
    g = grammar(r)
    t = r
    for _ in range(3):
        if t.i == tok.i or t.head.i == t.i or not g.is_(t, *QUALIFIER_ROLES):
            break
        t = t.head
    if t.i == r.i or t.lemma_.lower() not in own_words("place_nouns") or not g.is_(t, "prep_object"):
        return False
    p = t.head
    on = p.head
    on_act = on.i == tok.i or (g.is_(on, "object") and on.head.i == tok.i)
    return on_act and p.lower_ in own_words("setting_preps")


def is_venue_act(cat: str | None) -> bool:
    """Is the category one whose place is only where it was done (a
    statement, a protest, a declaration of support), never its target as a
    struck place is (``hit positions in Saudi Arabia's Asir region``) or a
    host is (``a drill will be held in Russia's Orenburg region``)?"""
    return cat in own_words("venue_acts")


def no_fallback_party(r, tok, cat: str | None = None) -> bool:
    """Is the mention headed by ``r`` no recipient of ``tok`` (of category ``cat``) for the fallback?"""
    if other_clause_party(r, tok) or joined_act_target(r, tok):
        return True
    return is_venue_act(cat) and in_setting(r, tok)
