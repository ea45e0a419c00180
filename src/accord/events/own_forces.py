"""A state's own forces named bare: "thanked the security forces".

A leader or a body that praises, thanks or supports "the security forces",
"the police" or "law enforcement" with no country named speaks of its own
state's forces: the recipient of such a friendly act (``own_force_types``)
that no code names and whose words are a bare definite force phrase
(``own_force_phrases``) is the actor's state. A hostile act on "the security
forces" is left alone: the attacker is not of their state. Words are in
``events/data/party_words.tsv``.
"""

from __future__ import annotations

from ..record import EventActor
from .parties import party_words


def own_forces(events: list) -> None:
    """Code each bare own-force recipient of a friendly act to its actor's state (see module doc). In place."""
    for e in events:
        a, r = e.actor, e.recipient
        if r is None or r.code or r.country or r.org or a is None or not a.country:
            continue
        if e.type not in party_words("own_force_types") or e.negated:
            continue
        words = " ".join(r.text.lower().split())
        if words.startswith("the "):
            words = words[4:]
        if words in party_words("own_force_phrases"):
            e.recipient = EventActor(start=r.start, end=r.end, text=r.text, code=a.country, country=a.country)
