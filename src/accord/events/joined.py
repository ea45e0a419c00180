"""The organiser of an activity a party joins: "Kazakh units will take part
in the CSTO's drills in Belarus" (Kazakhstan -> the CSTO, not the host),
"troops participated in exercises led by Russia".

A participation verb (``participation_verbs``: "participate in", "take part
in") whose ``in`` phrase names an activity with its owner (a possessor, a
modifier, or the ``by`` agent of a participle on it, that a coded mention names) is aimed at that
owner; with none, at the partner of a ``with`` phrase of the activity
("took part in drills with Russia's Central Military District"). Used by
:func:`accord.events.actor_roles.verb_recipient` when no
phrase of the verb names a recipient; the place of the activity then stays
its place.

A joining verb with a direct object (``object_joining_verbs``: "refused to
join Western sanctions against Russia") is aimed likewise at the owner its
object names before it (the West), not at a party deeper in the object's
phrase (the sanctions' target); an object that is itself a party ("joined
NATO") is left to the verb's own phrases. Used by
:func:`accord.events.actor_roles.verb_recipient` before them.
"""

from __future__ import annotations

from . import words as W
from .parties import party_words

#: how many sentences back the exercise a definite "the manoeuvres" joins is looked for
EXERCISE_SENTENCES = 2


def _coded(t, actors) -> bool:
    return any(actors.mentions[m].code for m in actors.group(t))


def _activities(tok, g) -> list:
    """The nouns of the verb's ``in`` phrases (on the verb or on its object 'part')."""
    heads = [tok] + [o for o in g.children(tok, "object") if o.lemma_.lower() == "part"]
    out = []
    for h in heads:
        for p in g.children(h, "prep"):
            if p.lower_ == "in":
                out += g.children(p, "prep_object")
    return out


def joined_object_owner(tok, actors, g):
    """The owner a joining verb's object names before it (see module doc), else None."""

    if tok.lemma_.lower() not in party_words("object_joining_verbs"):
        return None
    for o in g.children(tok, "object"):
        if actors.at(o) is not None:
            return None  # "joined NATO": the object is the party
        for c in o.children:
            if g.is_(c, "possessor", "compound", "noun_modifier", "adjective") and c.i < o.i and _coded(c, actors):
                return c
    return None


def joined_owner(tok, actors, g):
    """The owner of the activity a participation verb joins, else its partner (see module doc), else None."""

    lemma = tok.lemma_.lower()
    if lemma not in W.words("participation_verbs"):
        return None
    if lemma == "take" and not any(o.lemma_.lower() == "part" for o in g.children(tok, "object")):
        return None
    for n in _activities(tok, g):
        owner = _owner_before(n, actors, g)
        sj = g.child(tok, "subject")
        if owner is None and sj is not None and _coded(sj, actors):  # (not "5,000 servicemen took part")
            owner = _earlier_owner(n, actors, g)
        if owner is not None:
            return owner
        for cl in g.children(n, "clause_modifier"):  # "exercises led by Russia"
            for p in g.agents(cl):
                if _coded(p, actors):
                    return p
        for p in g.children(n, "prep"):  # "took part in drills with Russia's Central Military District"
            if p.lower_ in party_words("partner_preps"):
                for o in g.children(p, "prep_object"):
                    if _coded(o, actors):
                        return o
    return None


def _owner_before(n, actors, g):
    """A coded owner named before an activity noun ("the CSTO's drills", "CSTO drills"), else None."""
    for c in n.children:
        if g.is_(c, "possessor", "compound", "noun_modifier", "adjective") and c.i < n.i and _coded(c, actors):
            return c
    return None


def _earlier_owner(n, actors, g):
    """For a definite exercise noun with no owner of its own ("take part in the
    manoeuvres") joined by a coded party, the coded owner of the exercise the sentences before it name
    (``EXERCISE_SENTENCES`` back: "CSTO drills began in Belarus on Monday"), else None."""
    nouns = W.words("exercise_nouns")
    if n.lemma_.lower() not in nouns and n.lower_ not in nouns:
        return None
    if not any(c.lower_ in ("the", "these", "this") for c in n.children) or n.sent.start == 0:
        return None
    doc = n.doc
    lo = n.sent.start
    for _ in range(EXERCISE_SENTENCES):
        if lo == 0:
            break
        lo = doc[lo - 1].sent.start
    for t in reversed(doc[lo : n.sent.start]):
        if t.lemma_.lower() in nouns or t.lower_ in nouns:
            owner = _owner_before(t, actors, g) or _of_owner(t, actors, g)
            if owner is not None:
                return owner
    return None


def _of_owner(n, actors, g):
    """The coded ``of`` phrase of a noun ("drills of the CSTO"), else None."""
    for p in g.children(n, "prep"):
        if p.lower_ == "of":
            for o in g.children(p, "prep_object"):
                if _coded(o, actors):
                    return o
    return None
