"""The body an envoy was summoned to is the one that summoned him.

"The Iranian ambassador was summoned to the Foreign Ministry (of
Azerbaijan)": an agentless passive summons (``summon_verbs``) names its
actor only as the place the envoy was called to; that body, where it is a
coded organ, is the actor (an envoy named abroad stays its target; "summoned
to Moscow for consultations", a capital, is a recall, no body's summons).
"""

from __future__ import annotations

from ..syntax import grammar
from .actor_groups import ActorGroups
from .parties import party_words


def summoned_by(c, a_group: list, r_group: list, actors: ActorGroups) -> tuple[list, list]:
    """(actor, recipient) mention groups of a passive summons with the body
    it was made to as the actor (see the module docstring); else unchanged."""
    tok = c.tok
    g = grammar(tok)
    if a_group or tok.lemma_.lower() not in party_words("summon_verbs") or g.agents(tok):
        return a_group, r_group
    if not g.has_child(tok, "passive_subject"):
        return a_group, r_group
    for pr in g.children(tok, "prep"):
        if pr.lower_ not in party_words("summon_preps"):
            continue
        for p in g.children(pr, "prep_object"):
            body = [m for m in actors.group(p) if actors.mentions[m].code and actors.mentions[m].kind == "org"]
            if body:
                return body, [m for m in r_group if m not in body]
    return a_group, r_group
