"""A holding of foreigners told as a noun: the state where they were held
holds them.

"Azerbaijan protested over the detention of nine citizens of Azerbaijan in
Yekaterinburg", "the arrest of three Kazakh citizens in Moscow sparked a
row": the arrest noun (PLOVER mode ``arrest``) names no one who held them,
and the parties of the verb above it (the protest's) are not the holding's.
Its actor is the state of the place it happened in (the authorities there)
and its recipient the state of the ones held, where the two differ. A holding
with its own agent ("the detention ... by Russian police", "Moscow's arrest
of ...") or of a state's own people at home keeps its parties.
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups
from .parties import party_words


def _own_agent(tok, actors: ActorGroups, g) -> bool:
    if any(
        p.lower_ == "by" and any(actors.group(x) for x in g.children(p, "prep_object")) for p in g.children(tok, "prep")
    ):
        return True
    return any(actors.at(c) is not None for c in g.children(tok, "possessor", "compound", "adjective"))


def _coded(actors: ActorGroups, heads) -> list:
    return [m for h in heads for m in actors.group(h) if actors.mentions[m].code and actors.mentions[m].country]


def held_abroad(c, a_group: list, r_group: list, actors: ActorGroups) -> tuple[list, list]:
    """(actor, recipient) mention groups of an arrest noun that names the ones
    held (its ``of`` phrase) and the place (an ``in``/``at`` phrase below it)
    of another state: that place's state toward theirs; one in a reason phrase
    that names no holder takes no party of the verb above it; else unchanged."""
    tok = c.tok
    if c.mode != "arrest" or tok.pos_ != "NOUN" or _own_agent(tok, actors, grammar(tok)):
        return a_group, r_group
    found = _held_and_holder(tok, actors)
    if found is None and _reason_phrase(tok):
        return [], []  # "added officials to the list over the detention of activists": not the EU's holding
    return found if found is not None else (a_group, r_group)


def news_of_its_own(tok) -> bool:
    """Is the arrest noun ``tok`` in a reason phrase an act of its own: its
    holder named ("over the detention of X by the Russian police") or
    foreigners held in a place of another state (see the module docstring)?"""
    actors = ActorGroups(tok.doc)
    return _own_agent(tok, actors, grammar(tok)) or _held_and_holder(tok, actors) is not None


def _reason_phrase(tok) -> bool:
    g = grammar(tok)
    return g.is_(tok, "prep_object") and tok.head.lower_ in W.words("reason_preps")


def _held_and_holder(tok, actors: ActorGroups) -> tuple[list, list] | None:
    g = grammar(tok)
    held_heads = [p for pr in g.children(tok, "prep") if pr.lower_ == "of" for p in g.children(pr, "prep_object")]
    place_preps = party_words("held_place_preps")
    places = [
        p
        for pr in (t for t in tok.subtree if t.i > tok.i and g.is_(t, "prep") and t.lower_ in place_preps)
        for p in g.children(pr, "prep_object")
    ]
    held = [m for m in _coded(actors, held_heads) if actors.mentions[m].kind != "location"]
    where = [m for m in _coded(actors, places) if actors.mentions[m].kind == "location"]
    if not held or not where:
        return None
    state = actors.mentions[where[0]].country
    foreign = [m for m in held if actors.mentions[m].country != state]
    return ([where[0]], foreign) if foreign else None
