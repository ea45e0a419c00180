"""The side an attack with no named attacker was fired from.

Border and front-line reports tell the attack on their own side in the
passive and name the attacker only as the place the fire came from: "Fire
was opened on our positions from the territory of Y", "Kyrgyz posts were
shelled from the Tajik side", "... were fired upon from Azerbaijani
positions". The coded party of that ``from`` phrase (on the trigger, or on
the attack noun below it: "came under fire from Y", "were killed as a result
of shelling from Y") is the attacker, and no longer a target; the actor found
otherwise stays where it is coded, but for the passive's own subject (the
ones hit, never the attacker). The ``from`` phrase of a verb of taking away
("abducted from the territory of Y", "kidnapped from Y": ``removal_verbs``)
is the place taken from, no attacker.
"""

from __future__ import annotations

from ..syntax import grammar
from .actor_groups import ActorGroups
from .parties import party_words


def fired_from(c, a_group: list, r_group: list, actors: ActorGroups) -> tuple[list, list]:
    """(actor, recipient) mention groups of an attack with the side it was
    fired from as its actor, where no coded actor is named (see the module
    docstring); else the groups unchanged."""
    if c.type not in party_words("fired_from_types"):
        return a_group, r_group
    victims = _passive_subject_mentions(c.tok, actors)
    if any(actors.mentions[m].code and m not in victims for m in a_group):
        return a_group, r_group  # a named attacker ("Three Armenian soldiers were wounded": the passive's, no attacker)
    if c.tok.lemma_.lower() in party_words("removal_verbs"):
        return a_group, r_group  # "abducted from the territory of Y": the place taken from, no attacker
    side = _from_side(c.tok, actors)
    if not side:
        return a_group, r_group
    targets = [m for m in r_group if m not in side]
    return side, targets + [m for m in a_group if m not in side and m not in targets]


def _passive_subject_mentions(tok, actors: ActorGroups) -> set:
    g = grammar(tok)
    return {m for sj in g.children(tok, "passive_subject") for m in actors.group(sj)}


def _from_side(tok, actors: ActorGroups) -> list:
    """The coded mentions with a country in a ``from`` phrase on ``tok``, on
    a noun right below it ("came under fire from ...") or on the attack its
    cause phrase names ("were killed as a result of shelling from ...",
    "wounded in shelling from ...": ``fire_words``)."""
    g = grammar(tok)
    heads = [tok]
    for pr in g.children(tok, "prep"):
        heads += g.children(pr, "prep_object", "prep_clause")
    heads += g.children(tok, "object", "passive_subject")
    heads += [t for t in tok.subtree if t.i != tok.i and t.lemma_.lower() in party_words("fire_words")]
    for h in heads:
        for pr in g.children(h, "prep"):
            if pr.lower_ not in party_words("fired_from_preps"):
                continue
            for p in g.children(pr, "prep_object"):
                side = [m for m in actors.group(p) if actors.mentions[m].code and actors.mentions[m].country]
                if side:
                    return side
    return []
