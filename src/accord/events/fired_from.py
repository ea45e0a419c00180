"""The side an attack with no named attacker was fired from.

Border and front-line reports tell the attack on their own side in the
passive and name the attacker only as the place the fire came from: "Fire
was opened on our positions from the territory of Y", "Kyrgyz posts were
shelled from the Tajik side", "... were fired upon from Azerbaijani
positions". The coded party of that ``from`` phrase (on the trigger, or on
the attack noun below it: "came under fire from Y") is the attacker, and no
longer a target; the actor found otherwise stays where it is coded.
"""

from __future__ import annotations

from ..syntax import grammar
from .actor_groups import ActorGroups
from .parties import party_words


def fired_from(c, a_group: list, r_group: list, actors: ActorGroups) -> tuple[list, list]:
    """(actor, recipient) mention groups of an attack with the side it was
    fired from as its actor, where no coded actor is named (see the module
    docstring); else the groups unchanged."""
    if c.type not in party_words("fired_from_types") or any(actors.mentions[m].code for m in a_group):
        return a_group, r_group
    side = _from_side(c.tok, actors)
    if not side:
        return a_group, r_group
    return side, [m for m in r_group if m not in side]


def _from_side(tok, actors: ActorGroups) -> list:
    """The coded mentions with a country in a ``from`` phrase on ``tok`` or
    on a noun right below it ("came under fire from ...")."""
    g = grammar(tok)
    heads = [tok]
    for pr in g.children(tok, "prep"):
        heads += g.children(pr, "prep_object")
    heads += g.children(tok, "object", "passive_subject")
    for h in heads:
        for pr in g.children(h, "prep"):
            if pr.lower_ not in party_words("fired_from_preps"):
                continue
            for p in g.children(pr, "prep_object"):
                side = [m for m in actors.group(p) if actors.mentions[m].code and actors.mentions[m].country]
                if side:
                    return side
    return []
