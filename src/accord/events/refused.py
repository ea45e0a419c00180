"""A joint document or initiative a party did not join: ``Hungary did not sign
the joint statement of the EU``, ``the Indian delegation did not join the
paragraph of the communique``, ``Turkey did not join the Western sanctions``.
Refusing a cooperative act is REJECT (120; PLOVER), not a negated act: the
party that did not join rejects the document's owner.

The verb is one of ``refused_join_verbs`` (``join``, ``sign``, ``endorse``),
negated; its object a document (``document_nouns`` in
events/data/factuality_en.tsv) or a joint act (``joint_act_nouns``), or a
part of one (``document_part_nouns``: ``the paragraph of the communique``).
The owner is the party the document's phrase names (``of the EU``,
``Western``), else the actor of the latest event a few sentences back whose
object is a document of the same kind (``the ministers signed the final
communique``). Other negated acts (``did not meet``) stay negated.
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import party, subject_of
from .blame import owners
from .frames import token_at
from .made import code_event

REJECT_CODE = "120"
CONFIDENCE = 0.6
#: how many sentences back the event that owns the document is looked for
OWNER_SENTENCES = 4


def refused_documents(doc, events: list[Event], actors: ActorGroups) -> list[Event]:
    """The events with each negated join or signing of a joint document told
    as the party's REJECT of the document's owner (the negated act dropped)."""
    g = grammar(doc)
    out: list[Event] = []
    replaced: set[int] = set()
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in W.words("refused_join_verbs") or not F.is_negated(tok):
            continue
        paper = _document(tok, g)
        if paper is None:
            continue
        subj, _ = subject_of(tok, actors)
        doers = [party(actors, mi, tok.i) for mi in actors.group(subj)] if subj is not None else []
        owner = _owner(doc, paper, tok, events, actors)
        for a in doers:
            if not a.code or owner is None or (a.country or a.org) == (owner.country or owner.org):
                continue
            out.append(_reject(tok, a, copy.deepcopy(owner)))
            replaced.add(tok.i)
    kept = [e for e in events if not (e.negated and (t := token_at(doc, e.trigger.start)) and t.i in replaced)]
    return kept + out


def _document(tok, g):
    """The document or joint act the verb's object names (through a part of
    one: ``the paragraph of the communique``), or None."""
    nouns = F.own_words("document_nouns") | W.words("joint_act_nouns")
    for o in g.children(tok, "object"):
        if o.lemma_.lower() in W.words("document_part_nouns"):
            inner = [x for p in g.children(o, "prep") if p.lower_ == "of" for x in g.children(p, "prep_object")]
            o = inner[0] if inner else o
        if o.lemma_.lower() in nouns:
            return o
    return None


def _owner(doc, paper, tok, events: list[Event], actors: ActorGroups) -> EventActor | None:
    """The document's owner: the party its phrase names, else the actor of
    the latest earlier event over a document of the same kind."""
    named = owners(paper, actors)
    if named:
        return party(actors, named[0], tok.i)
    sents = [s.start_char for s in doc.sents]
    here = sum(1 for s in sents if s <= tok.idx)
    lem = paper.lemma_.lower()
    best = None
    for e in events:
        t = token_at(doc, e.trigger.start)
        if t is None or t.i >= tok.i or e.actor is None or not e.actor.code or e.negated:
            continue
        if here - sum(1 for s in sents if s <= t.idx) > OWNER_SENTENCES:
            continue
        objs = grammar(t).children(t, "object")
        if any(o.lemma_.lower() == lem for o in objs) and (best is None or t.i > best[0]):
            best = (t.i, e.actor)
    return copy.deepcopy(best[1]) if best is not None else None


def _reject(tok, actor: EventActor, owner: EventActor) -> Event:
    return code_event(tok, REJECT_CODE, actor, owner, CONFIDENCE)
