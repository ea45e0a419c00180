"""``extract_events(doc) -> list[Event]``: PLOVER/CAMEO events from a parsed Doc.

Steps, per sentence:

1. **Triggers** (:mod:`accord.events.triggers`): verbs and event nouns looked
   up in accord's trigger rules (``data/triggers.tsv``) and the CAMEO verb
   dictionary (``data/cameo_verbs.json``: a verb's phrase patterns, then its
   default code); the CAMEO code gives the PLOVER category, mode and contexts
   (``data/cameo_plover.tsv``). Statement verbs (CAMEO 01) are not events.
2. **Embedding**: a trigger governed by another (``agreed to hold drills``,
   ``refused to withdraw``, ``accused X of attacking``) is the content of the
   outer event, which keeps its category and takes the inner one's context.
3. **Actors** (:mod:`accord.events.actor_roles`, :mod:`accord.events.actor_groups`)
   from ``doc._.mentions`` through the parse: subject or passive agent,
   object and ``with/to/against/on`` complements, possessors of event nouns
   (``US sanctions``), coordination (``X and Y held talks`` gives X->Y and
   Y->X), quotes (an event inside a quote is the speaker's claim: ``quote``
   is the quote's index and ``we`` is the speaker).
4. **Flags** (negated, hypothetical, future, historical), **date** and
   **place** (:mod:`accord.events.place_time`); a promised cooperative act
   becomes AGREE (PLOVER's rule).
5. **Confidence** from the trigger's evidence, the actors found and the
   sentence classifier (:mod:`accord.events.assemble`); weak events are
   dropped, and so is an event with no actor at all (#16; a party present
   with no code keeps its text, code null); the same event restated in one article is kept once, with its
   best evidence, and a definite event noun ("the exercise") joins the event
   named earlier (:mod:`accord.events.coref`: ``id`` and ``evidence``).
6. **Report frames** (:mod:`accord.events.speech`): a hostile act reported by
   another party is also the speaker's ACCUSE (``speech_act``); content after
   a claim verb is not emitted as a fact; ``rejected the accusation`` answers
   the accuser.
"""

from __future__ import annotations

import bisect

from ..record import Event, EventActor
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import speaker_actor
from .allies import ally_recipients
from .arg_slots import off_slot_recipients
from .assemble import cat_is_demand, cat_is_framing, events_for  # noqa: F401
from .chaired import chaired_attendees
from .choose import may_type, typed_candidates
from .conditioned_threats import conditioned_targets
from .coref import (
    HOSTED_TYPES,
    key_part,
    link_answers,
    link_context_recipients,
    link_events,
    link_hosts,
    party_of,
)
from .dates import parse_iso
from .demanded_release import release_addressees
from .denied_to import denial_addressees
from .document_voices import document_voice_actors, held_document_voices
from .factuality import is_back_reference, is_headline
from .joint_parties import lend_joint_parties
from .lexicon import lexicon
from .moves import link_moves
from .opposed_pacts import opposed_pacts
from .own_forces import own_forces
from .pairs import expand_pairs, without_self_recipients
from .parties import party_words
from .place_time import PLACE_LABELS, knowledge_country
from .plenary import plenary_actors
from .reactions import link_reactions
from .requested_at import requests_behind
from .rounds import link_rounds
from .scenario import scenario_acts
from .sense import internal_proposals
from .speech import speech_acts
from .told_again import drop_told_again, without_partnerless
from .triggers import Candidate, arg_words, find_candidates  # noqa: F401  (the public names stay importable here)
from .welcomed import welcomed_guests


def extract_events(doc, classifier=None, min_confidence: float = 0.4) -> list[Event]:
    """All events in the Doc (see module docstring). ``classifier``: a
    :class:`~accord.events.classifier.QuadModel` (or None: patterns only)."""
    from .classifier import sentence_features

    lex = lexicon()
    actors = ActorGroups(doc)
    quotes = doc._.quotes or []
    published = doc._.published
    kc = knowledge_country()
    events: list[Event] = []
    sents = list(doc.sents)
    ents_by_sent = _place_and_date_ents(doc, sents)
    for sent in sents:
        cands = find_candidates(sent, lex)
        probs = None
        if classifier is not None and (cands or may_type(sent, lex)):
            probs = classifier.predict(sentence_features(sent, cands))
            cands = typed_candidates(sent, cands, probs, lex)
        if not cands:
            continue
        ents = ents_by_sent.get(sent.start, [])
        for c in cands:
            events.extend(events_for(c, sent, ents, actors, quotes, published, kc, lex, probs))
    events = off_slot_recipients(doc, events)  # "a statement on the situation in X": a topic, no target
    events = internal_proposals(doc, speech_acts(doc, events, actors, quotes))
    events = without_self_recipients(expand_pairs(events, doc))
    events.sort(key=lambda e: (e.sentence["start"], e.trigger.start))
    link_answers(doc, events)
    link_reactions(doc, events)
    link_moves(doc, events)  # before the lead is read: a move may take its recipient
    link_context_recipients(doc, events, actors)
    events = ally_recipients(doc, events)  # "to the allies": each member of the group just told
    events = lend_joint_parties(doc, events)  # "joint patrols will be held twice a month": the patrol's parties
    # an event with no party at all is not emitted (#16 conventions: never "? -> ?"); one with a
    # recipient only may still take an actor below (an organisation's own meeting, a restatement)
    held = held_document_voices(doc, events, min_confidence)  # "The statement calls on X": the adopter's, below
    events = [e for e in events if e.confidence >= min_confidence and (e.actor is not None or e.recipient is not None)]
    events = link_hosts(doc, welcomed_guests(doc, events))
    link_rounds(doc, events)  # actor-less rounds, in document order
    events = link_events(doc, events)
    acted = {e.sentence["start"] for e in events if e.actor is not None}
    events = [e for e in events if not _joined_without_actor(doc, e) and not _part_without_actor(doc, e, acted)]
    events = _without_uncoded_beside_members(events)
    _date_by_publication(events, published)
    for e in events:
        _host_of_organisation(doc, e, actors)
        _speaker_target(doc, e, quotes, actors)
        _speaker_agent(doc, e, quotes, actors)
        _official_of_the_state_before(doc, e, actors)
    plenary_actors(doc, events)  # "the heads of state adopted ...", "the communique condemns ...": the IGO that met
    events = document_voice_actors(doc, held, events, min_confidence)
    events = chaired_attendees(doc, events)  # the chair with each attendee
    # an event needs an actor (#16 conventions): a party present with no code keeps its text
    # (code null); one with no actor at all, once hosts and earlier tellings have lent theirs, is
    # not emitted (sample events F1 0.7887 -> 0.7943)
    events = [e for e in events if e.actor is not None]
    own_forces(events)  # "Kadyrov thanked the security forces": his own state's
    scenario_acts(doc, events)  # "repel an attack of a conditional enemy": the drill's plan, no real attack
    # an event told again with fewer parties is that event (events.told_again)
    # (a title line of an article with a body; a lone line, as a coded sentence, is no headline)
    events = opposed_pacts(doc, events)  # "Nepal protested against the agreement": toward its makers
    headlines = frozenset(s.start_char for s in sents if is_headline(s)) if len(sents) > 1 else frozenset()
    events = drop_told_again(events, headlines)
    events = requests_behind(doc, events)  # "sent troops at the request of X": X's request to the sender
    release_addressees(doc, events)  # "B detained A's citizen ... A demands his return": to B
    denial_addressees(doc, events)  # "B detained A's citizen as a spy ... A denied any connection with him": to B
    conditioned_targets(doc, events)  # "warned that if the strikes continue, it will appeal to the UN": the striker
    return without_partnerless(events)


def _official_of_the_state_before(doc, e: Event, actors: ActorGroups) -> None:
    """An official named with no country ("Deputy Foreign Minister X warned
    ...") right after a sentence whose subject is a coded state ("Russia ...
    was quick to respond."): that state's official (the article's actor chain)."""
    a = e.actor
    if a is None or party_of(a):
        return
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or not len(span) or not actors.g.is_(span.root, "subject"):
        return
    mi = actors.at(span[0])
    m = actors.mentions[mi] if mi is not None else None
    if m is None or m.start != a.start or m.kind != "person" or not m.name:
        return
    sent = span.root.sent
    if sent.start == 0:
        return
    prev = doc[sent.start - 1].sent
    state = None
    for t in prev:
        if actors.g.is_(t, "subject") and actors.g.is_(t.head, "root"):
            for mi in actors.group(t):
                x = actors.mentions[mi]
                if x.kind == "state" and x.country and not x.org:
                    state = x
    if state is not None:
        a.country, a.code = state.country, state.country


def _speaker_target(doc, e: Event, quotes, actors: ActorGroups) -> None:
    """An act told in a quote whose target is the speaker's side ("opened fire
    on our posts", "they are threatening us") and has no coded recipient:
    the speaker's party, where it is not the actor's."""
    if e.quote is None or e.quote >= len(quotes) or (e.recipient is not None and party_of(e.recipient)):
        return
    sp = speaker_actor(quotes[e.quote])
    if sp is None or not party_of(sp) or (e.actor is not None and party_of(e.actor) == party_of(sp)):
        return
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    obj = _first_person_target(span[-1], actors.g) if span is not None and len(span) else None
    if obj is not None:
        lo, hi = obj.left_edge, obj.right_edge
        sp.start, sp.end = lo.idx, hi.idx + len(hi)
        sp.text = actors.text[sp.start : sp.end]
        e.recipient = sp


def _speaker_agent(doc, e: Event, quotes, actors: ActorGroups) -> None:
    """An agreement told in the passive with no agent by a party's speaker
    ("The mandate of the EU mission will be extended, Armenia's security chief
    said", "The decision has been agreed with our partners"): the speaker's
    party is the side that agreed, where it is not the recipient's."""
    if e.actor is not None or e.type != "AGREE" or e.quote is None or e.quote >= len(quotes):
        return
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return
    tok = span[-1]
    g = actors.g
    if not g.has_child(tok, "passive_subject") or g.has_child(tok, "agent"):
        return
    if _owned_gathering(doc, e, tok, actors):
        return
    sp = speaker_actor(quotes[e.quote])
    if sp is not None and party_of(sp) and (e.recipient is None or party_of(e.recipient) != party_of(sp)):
        e.actor = sp


def _owned_gathering(doc, e: Event, tok, actors: ActorGroups) -> bool:
    """A gathering of an organisation to be held ("the summit of the SCO will
    be held in Bishkek", "the next CSTO summit will be held in Minsk"; the
    passive subject a ``gathering_nouns`` word, the recipient the organisation
    named in it): the content has its own owner, so the organisation agrees
    with its host (the state of the place), not the speaker who told it. In
    place; False where the event is no such gathering."""
    r = e.recipient
    sj = actors.g.child(tok, "passive_subject")
    if r is None or not r.org or r.country or sj is None or sj.lemma_.lower() not in party_words("gathering_nouns"):
        return False
    if not (sj.left_edge.idx <= r.start and r.end <= sj.right_edge.idx + len(sj.right_edge)):
        return False
    e.actor, e.recipient = r, None
    loc = e.location
    if loc is not None and loc.country and not loc.inferred and loc.start is not None:
        e.recipient = EventActor(start=loc.start, end=loc.end, text=loc.text, code=loc.country, country=loc.country)
        return True
    sent = doc.char_span(e.sentence["start"], e.sentence["end"], alignment_mode="expand")
    m = _place_in(doc, sent, e.trigger.start, actors) if sent is not None else None
    if m is not None:
        e.recipient = EventActor(start=m.start, end=m.end, text=m.text, code=m.country, country=m.country)
    return True


def _first_person_target(tok, g):
    """The trigger's object or recipient phrase that is the speaker's side:
    'us', or a noun 'our' modifies (also below the object: "opened fire on our posts")."""
    own = W.words("speaker_pronouns")
    preps = W.words("recipient_preps")
    frontier, heads = [tok], []
    for _ in range(3):  # "opened fire with small arms on our positions": a few phrases down
        nxt = []
        for n in frontier:
            nxt += g.children(n, "object", "dative")
            for pr in g.children(n, "prep"):
                if pr.lower_ in preps:
                    nxt += g.children(pr, "prep_object")
        heads += nxt
        frontier = nxt
    for h in heads:
        if h.lower_ in own or any(c.lower_ in own for c in g.children(h, "possessor")):
            return h
    return None


def _host_of_organisation(doc, e: Event, actors: ActorGroups) -> None:
    """An organisation's exercise or meeting with no other party ("CSTO
    drills in Kazakhstan", "a meeting of the alliance's secretaries in
    Dushanbe"; one that names the organisation only as its recipient, with
    no actor, is the organisation's own) is the organisation with its host
    state (#16 conventions):
    the state of the event's place, else of the first place after the
    trigger that its sentence puts "in" a state."""
    a, r = e.actor, e.recipient
    if e.type in HOSTED_TYPES and a is None and r is not None and r.org and not r.country:
        # "a meeting of the secretaries of the CSTO was held in Astana": the organisation's own gathering
        e.actor, e.recipient = r, None
        a, r = r, None
    if e.type not in HOSTED_TYPES or a is None or not a.org or a.country:
        return
    if r is not None and (r.country or (r.org and r.org != a.org)):  # an uncoded place is no party
        return
    loc = e.location
    if loc is not None and loc.country and not loc.inferred and loc.start is not None:
        e.recipient = EventActor(start=loc.start, end=loc.end, text=loc.text, code=loc.country, country=loc.country)
        return
    sent = doc.char_span(e.sentence["start"], e.sentence["end"], alignment_mode="expand")
    m = _place_in(doc, sent, e.trigger.start, actors) if sent is not None else None
    if m is not None:
        e.recipient = EventActor(start=m.start, end=m.end, text=m.text, code=m.country, country=m.country)


def _place_in(doc, sent, after_char: int, actors: ActorGroups):
    """The mention of the first place named after ``after_char`` in ``sent``
    under an "in" ("at the training ground in Kazakhstan's Zhambyl region")."""
    for t in sent:
        if t.idx <= after_char or t.lower_ != "in" or not actors.g.is_(t, "prep"):
            continue
        for u in t.subtree:
            mi = actors.at(u)
            m = actors.mentions[mi] if mi is not None else None
            if m is not None and m.country and m.kind in ("location", "state"):
                return m
    return None


def _joined_without_actor(doc, e: Event) -> bool:
    """A back-reference (``the drills, which run until ...``) with no actor of its
    own that joined an event told before: that event is the news, this sentence
    only its evidence."""
    if e.actor is not None or len(e.evidence) < 2 or _dates_itself(doc, e):
        return False  # (one that dates the event stays: "the drills, which run until 27 December")
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and is_back_reference(span[0])


def _dates_itself(doc, e: Event) -> bool:
    """The event's own sentence gives its date (not one lent by an earlier event)."""
    s = e.sentence
    return bool(e.date_text) and e.date_text in doc.text[s["start"] : s["end"]]


def _part_without_actor(doc, e: Event, acted: set) -> bool:
    """An event with no actor in a sentence whose other event has one: an event
    noun (``agreed to a ceasefire and the withdrawal of troops``, ``facing
    challenges because of sanctions against Russia``) or a verb in a clause
    about a thing of that event (``discussed new outposts financed by Beijing``,
    ``valued its "expanding partnership"``): a part of that event's telling, not
    news of its own. (Measured over verbs too: own sample events F1 0.6615 ->
    0.6641, conflibert-args 0.6868 -> 0.6879, PLOVER unchanged.)"""
    return e.actor is None and e.sentence["start"] in acted and not _dates_itself(doc, e)


def _without_uncoded_beside_members(events: list[Event]) -> list[Event]:
    """The events less those whose actor no code names told by a trigger that
    also has coded actors: "several member states, including Germany and
    France, said they would halt exports" is Germany's and France's act, the
    uncoded group beside them no third party."""
    coded = {e.trigger.start for e in events if e.actor is not None and party_of(e.actor)}
    return [e for e in events if e.actor is None or party_of(e.actor) or e.trigger.start not in coded]


def _date_by_publication(events: list[Event], published) -> None:
    """An event whose text gives no date (nor a restatement's) takes the
    article's publication day, marked ``date_precision: "published"``."""
    day = parse_iso(published)
    if day is None:
        return
    for e in events:
        if e.date is None:
            e.date, e.date_end, e.date_precision = day.isoformat(), None, "published"


def _place_and_date_ents(doc, sents) -> dict:
    """sentence start -> the place, date and time entities in that sentence."""
    starts = [s.start for s in sents]
    ents_by_sent: dict = {}
    for e in doc.ents:
        if e.label_ in PLACE_LABELS or e.label_ in ("DATE", "TIME"):
            k = starts[bisect.bisect_right(starts, e.start) - 1]
            ents_by_sent.setdefault(k, []).append(e)
    return ents_by_sent


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, actor, recipient, date, negated): the restatement
    with the highest confidence, in document order."""
    best: dict = {}
    order = []
    for e in events:
        k = (e.type, key_part(e.actor), key_part(e.recipient), e.date, e.negated)
        if k not in best:
            best[k] = e
            order.append(k)
        elif e.confidence > best[k].confidence:
            best[k] = e
    return sorted((best[k] for k in order), key=lambda e: (e.sentence["start"], e.trigger.start))


def top_event(events: list[Event], sent_start: int | None = None) -> Event | None:
    """The most confident event (of one sentence, given its start offset)."""
    evs = [e for e in events if sent_start is None or e.sentence["start"] == sent_start]
    if not evs:
        return None
    return max(evs, key=lambda e: e.confidence)
