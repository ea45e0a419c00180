"""One real-world event, one event: restatements and back-references within
an article.

* The same dyad of the same type restated (same actor, recipient, date and
  negation) is one event; its ``evidence`` lists every sentence that said it.
* A definite event noun (``the exercise``, ``the drills``, ``the talks``,
  ``the summit``) refers back to the latest earlier event of the same type:
  the sentence joins that event's evidence, the earlier event lends its date
  and place where the later one has none, and the parties named with the
  back-reference (``troops from A, B and C took part in the exercise``) are
  dyads of the one event (their rows share its evidence).

* A rejection or denial of "the accusation", "the criticism", "the claim"
  (``speech_reference_nouns``) that names no one answers the latest
  accusation of the few sentences before it by another party: the accuser
  is its recipient ("The Kyrgyz border service said Tajik troops fired
  first ... . Dushanbe rejected the version": Tajikistan -> Kyrgyzstan);
  a verdict on what was said ("called them hypocrisy") answers its authors
  (:mod:`accord.events.answers`).

* A short reaction that names no one but its actor ("Moscow warned of
  retaliation.", "Russia condemned the extension.", "Moscow has promised
  help.") answers the article's news: it is aimed at the party of the
  article's lead event, that event's actor where it is another party, else
  its recipient ("Poland expels 45 Russian diplomats ... Moscow warned of
  retaliation": Russia -> Poland). So is one with no recipient at all whose
  sentence names only that party beside its own ("Washington valued its
  partnership with Kyrgyzstan and would continue to help the country").
  The lead is the first factual event with a coded actor, or where that
  names no coded recipient (a headline), its first retelling that does.
  A reaction whose phrase names a pair ("ready to host talks between the
  ministers of the two countries") is aimed at both of the lead's sides.

* A gathering that one party hosts or organises and that names no
  counterpart ("the drills are hosted by A's Defence Ministry") is the host's
  with each party the joint acts of the same type in the sentences around it
  join ("B, C and D troops join the drills"): A -> B, A -> C, A -> D (#16
  convention for a hosted exercise or meeting). The guests of a hosted
  exercise ("A will host the exercise with US and British forces") are
  also paired among themselves (B -> C), as the parties of a joint exercise.
  A gathering told by a host participle on what a party attended ("Z
  attended a dinner hosted by A") is A's with Z alone. Guests named before
  their host ("A's minister and his B counterpart met in Abu Dhabi for talks
  hosted by C", told as C's meeting with each) also meet each other, where
  they are few (``MAX_MEETING_GUESTS``).

Every event gets an ``id`` unique within the record (``ev1``, ``ev2``, ...).
"""

from __future__ import annotations

import bisect
import copy

from ..actors import mentions_in
from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W

#: how many sentences back a definite event noun looks for its antecedent
LOOKBACK_SENTENCES = 12
#: how many sentences before or after a hosted gathering its participants are looked for
HOST_SENTENCES = 3
#: the event types of a gathering a party hosts (drills, meetings)
HOSTED_TYPES = ("COOPERATE", "CONSULT")
#: more guests of a hosted exercise than this less one: a multilateral one, no pairs among them
JOINT_GUESTS = 5
#: more guests of a hosted meeting named before their host than this: a multilateral one, no pairs among them
MAX_MEETING_GUESTS = 4


def key_part(a) -> str | None:
    """A party's part of an event's identity: its code, else its words."""
    if a is None:
        return None
    return a.code or a.text.lower()


def _sent(e: Event) -> dict:
    return {"start": e.sentence["start"], "end": e.sentence["end"]}


def _add_evidence(e: Event, s: dict) -> None:
    if s not in e.evidence:
        e.evidence.append(s)
        e.evidence.sort(key=lambda x: x["start"])


def merge_restatements(events: list[Event]) -> list[Event]:
    """One event per (type, actor, recipient, date, negated): the restatement
    with the highest confidence, with every restatement's sentence as evidence."""
    best: dict = {}
    order = []
    sents: dict = {}
    for e in events:
        k = (e.type, key_part(e.actor), key_part(e.recipient), e.date, e.negated)
        sents.setdefault(k, []).append(_sent(e))
        if k not in best:
            best[k] = e
            order.append(k)
        elif e.confidence > best[k].confidence:
            best[k] = e
    out = []
    for k in order:
        e = best[k]
        for s in sents[k]:
            _add_evidence(e, s)
        out.append(e)
    return sorted(out, key=lambda e: (e.sentence["start"], e.trigger.start))


def _is_back_reference(doc, e: Event) -> bool:
    """Is the trigger a definite event noun ('the exercise', 'these drills')?"""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span[0]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.i < tok.i and c.lower_ in W.words("definite_determiners") for c in tok.children)


def sentence_numbers(doc) -> dict[int, int]:
    """Each sentence's first character -> the sentence's number in the Doc."""
    return {s.start_char: i for i, s in enumerate(doc.sents)}


def link_back_references(doc, events: list[Event]) -> None:
    """Join each back-referring event to its antecedent (see module doc), in place."""
    index = sentence_numbers(doc)
    for j, e in enumerate(events):
        if not _is_back_reference(doc, e):
            continue
        si = index.get(e.sentence["start"])
        for a in reversed(events[:j]):
            if a.sentence["start"] >= e.sentence["start"] or a.type != e.type:
                continue
            ai = index.get(a.sentence["start"])
            if si is not None and ai is not None and si - ai > LOOKBACK_SENTENCES:
                break
            _add_evidence(e, _sent(a))
            for s in e.evidence:
                _add_evidence(a, s)
            if e.date is None and a.date is not None:
                e.date, e.date_end, e.date_text = a.date, a.date_end, a.date_text
                e.date_precision = a.date_precision
            if e.location is None and a.location is not None:
                e.location = a.location
            break


def party_of(a) -> str | None:
    """The state or organisation a party stands for (None: uncoded or no party)."""
    return (a.country or a.org) if a is not None else None


def coded_starting_in(doc, lo: int, hi: int) -> list:
    """The mentions of a coded state or body (a country or an organisation)
    that start at characters ``[lo, hi)``, in text order
    (:func:`accord.actors.mentions_in`, less those begun before ``lo``)."""
    return [m for m in mentions_in(doc, lo, hi) if m.start >= lo and party_of(m)]


def party_or_code(a) -> str | None:
    """A party's key when pairing events: its state or organisation, else its
    code (None: no party, or an uncoded one)."""
    if a is None:
        return None
    return a.country or a.org or a.code


def trigger_token(doc, e: Event):
    """The last token of an event's trigger, or None where it does not align."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def link_answers(doc, events: list[Event]) -> None:
    """Each answer to "the accusation" (or a verdict on what was said) addressed to its authors
    (:mod:`accord.events.answers`), in place."""
    from .answers import link_answers as answer
    from .told_again import similar_statements

    similar_statements(doc, events)  # "a similar statement was made by B": before its answers are read
    answer(doc, events)


def _reaction_alone(doc, e: Event, parties_in: dict, sides: list = ()) -> bool:
    """A factual act aimed at others (``context_recipients``) with a coded
    actor, no coded recipient, whose sentence codes no party but the actor's
    and one of the lead's ``sides`` (``parties_in``: sentence start -> the
    coded parties its mentions name)."""
    if e.type not in W.categories("context_recipients") or e.negated or e.hypothetical:
        return False
    if e.actor is None or not party_of(e.actor) or (e.recipient is not None and party_of(e.recipient)):
        return False
    if e.type == "REJECT" and _definite_object(doc, e):
        return False  # "rejected the plan": the proposer's, who may be no one named (an accusation: link_answers)
    if e.type == "ACCUSE" and _definite_object(doc, e, _told_nouns()):
        return False  # "called these reports groundless": the authors of the reports, not the lead's party
    if _adopts_document(doc, e):
        return False  # "the leaders adopted a statement": their own declaration, aimed at no one
    if _authored_target(doc, e):
        return False  # "warned against attempts by non-regional players": aimed at those players
    others = parties_in.get(e.sentence["start"], set()) - {party_of(e.actor)}
    if others and e.recipient is not None:
        return False  # "condemned the attack on tourists in X": a target of its own beside the party named
    return len(others) <= 1 and not (others - {party_of(p) for p in sides})


def _authored_target(doc, e: Event) -> bool:
    """Does a recipient phrase of the trigger name an act with its author
    ("warned against attempts by non-regional players")? The reaction is
    aimed at that author, named though uncoded, not at the article's news."""
    tok = trigger_token(doc, e)
    if tok is None:
        return False
    g = grammar(doc)
    for p in g.children(tok, "prep"):
        if p.lower_ in W.words("recipient_preps"):
            for n in g.children(p, "prep_object"):
                if any(c.lower_ == "by" for c in g.children(n, "prep")):
                    return True
    return False


def _adopts_document(doc, e: Event) -> bool:
    """Is the trigger's object a document the actor issues ("adopted a
    statement", "signed a declaration": ``own_document_nouns``)?"""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    nouns = W.words("own_document_nouns")
    return any(ch.lemma_.lower() in nouns for ch in grammar(doc).children(span[-1], "object"))


def _parties_by_sentence(doc) -> dict:
    """Sentence start -> the coded parties (country or organisation) its mentions name."""
    starts = [s.start_char for s in doc.sents]
    out: dict = {}
    for m in doc._.mentions or []:
        k = m.country or m.org
        i = bisect.bisect_right(starts, m.start) - 1
        if k and i >= 0:
            out.setdefault(starts[i], set()).add(k)
    return out


def lead_event(events: list[Event]) -> Event | None:
    """The article's news: its first factual event with a coded actor; where
    that names no coded recipient (a headline's "froze its participation in
    the Russian-led bloc"), its first retelling by the same party that does
    ("Armenia has frozen its participation in the CSTO")."""
    facts = [e for e in events if not e.hypothetical and not e.negated and e.actor is not None and party_of(e.actor)]
    if not facts:
        return None
    lead = facts[0]
    if lead.recipient is None or not party_of(lead.recipient):
        own = party_of(lead.actor)
        for e in facts[1:]:
            if e.type == lead.type and party_of(e.actor) == own and e.recipient is not None and party_of(e.recipient):
                return e
    return lead


def _told_nouns() -> frozenset:
    from .parties import party_words  # (parties imports this module)

    return party_words("told_nouns")


def _definite_object(doc, e: Event, nouns: frozenset | None = None) -> bool:
    """Has the trigger a definite direct object ('rejected the plan'; with
    ``nouns``, one of those: 'called these reports ...')?"""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    dets = W.words("definite_determiners")
    return any(
        any(d.i < ch.i and d.lower_ in dets for d in ch.children) and (nouns is None or ch.lemma_.lower() in nouns)
        for ch in grammar(doc).children(span[-1], "object")
    )


def link_context_recipients(doc, events: list[Event], actors=None) -> None:
    """Each short reaction aimed at the party of the article's lead event
    (see module doc), in place; then a group of people named without a
    country that is still a target is of the dateline's state (events.home_state), and a state
    organ's agentless operation with no target is aimed at its own state, and a titled person
    no code names is of the body his title names (events.attribution). ``actors``: the
    article's :class:`~accord.events.actor_groups.ActorGroups`, built once by the caller."""
    from .attribution import home_operations, titled_parties
    from .home_state import home_recipients  # (home_state -> actor_groups -> parties -> coref)

    titled_parties(doc, events, actors)
    _link_to_lead(doc, events)
    home_recipients(doc, events, actors)
    home_operations(doc, events, actors)


def _link_to_lead(doc, events: list[Event]) -> None:
    lead = lead_event(events)
    if lead is None:
        return
    parties_in = _parties_by_sentence(doc)
    sides = [p for p in (lead.actor, lead.recipient) if p is not None and party_of(p)]
    for e in list(events):
        if e.sentence["start"] == lead.sentence["start"] or not _reaction_alone(doc, e, parties_in, sides):
            continue
        own = party_of(e.actor)
        if own == lead.actor.org and lead.type in HOSTED_TYPES:
            continue  # a body's act after its own gathering ("Leaders of X gathered in Y"): Y only hosted
        named = parties_in.get(e.sentence["start"], set()) - {own}
        # (the lead's side the sentence names, where it names one: "valued its partnership with X
        # and would continue to help the country")
        who = next((p for p in sides if party_of(p) != own and (not named or party_of(p) in named)), None)
        if who is not None:
            e.recipient = copy.copy(who)
            _add_evidence(e, _sent(lead))
        other = next((p for p in sides if party_of(p) not in (own, party_of(who))), None) if who else None
        if other is not None and (_names_pair(doc, e) or _mutual(lead, events)):
            # "ready to host talks between the ministers of the two countries": both of the lead's sides;
            # so a reaction to a two-sided news ("A and B blame each other ... Moscow offered its help")
            events.append(retold(e, e.actor, copy.copy(other)))


def _mutual(lead: Event, events: list[Event]) -> bool:
    """Is the lead event a two-sided dispute: a conflict told by its trigger
    also from its recipient toward its actor ("A and B blame each other for
    the shooting")? A third party's reaction to it is to both sides."""
    a, r = party_of(lead.actor), party_of(lead.recipient)
    return (lead.quad or "").endswith("conflict") and any(
        e.trigger.start == lead.trigger.start and party_of(e.actor) == r and party_of(e.recipient) == a
        for e in events
        if e.actor is not None and e.recipient is not None
    )


def _names_pair(doc, e: Event) -> bool:
    """Does the trigger's phrase name a pair ("talks between the ministers of the two countries")?"""
    from .pairs import is_pair_reference  # (pairs reads this module)

    tok = trigger_token(doc, e)
    if tok is None:
        return False
    return any(t.pos_ == "NOUN" and is_pair_reference(doc[t.left_edge.i : t.i + 1].text) for t in tok.subtree)


def _hosted_alone(doc, e: Event) -> bool:
    """A factual gathering whose trigger is a host verb ('hosted', 'organised')
    with a coded host and no coded counterpart."""
    if e.type not in HOSTED_TYPES or e.negated or e.hypothetical or e.actor is None or not party_of(e.actor):
        return False
    if e.recipient is not None and party_of(e.recipient):
        return False
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].lemma_.lower() in W.words("host_verbs")


def _participants(e: Event, events: list[Event], index: dict) -> list:
    """The coded parties, other than the host, of the joint acts of ``e``'s
    type (both sides coded) within HOST_SENTENCES sentences of it."""
    si = index.get(e.sentence["start"], 0)
    host = party_of(e.actor)
    out: dict = {}
    for o in events:
        if o is e or o.type != e.type or o.negated or o.hypothetical or o.actor is None or o.recipient is None:
            continue
        if abs(index.get(o.sentence["start"], 0) - si) > HOST_SENTENCES:
            continue
        sides = [p for p in (o.actor, o.recipient) if party_of(p)]
        if len(sides) < 2:
            continue
        for p in sides:
            if party_of(p) != host:
                out.setdefault(party_of(p), p)
    return list(out.values())


def retold(e: Event, actor, recipient, confidence: float | None = None) -> Event:
    """A copy of ``e`` between other parties (one member of a pair, a host and
    a guest), with lists of its own so that evidence added to one is not added
    to the other; ``confidence``: at least this."""
    n = copy.copy(e)
    n.actor, n.recipient = actor, recipient
    n.context, n.evidence = list(e.context), list(e.evidence)
    if confidence is not None:
        n.confidence = max(e.confidence, confidence)
    return n


def _hosted_exercise(doc, e: Event) -> bool:
    """A factual act whose trigger is a host verb with an exercise as its
    object ("will host the Steppe Eagle exercise with US and British forces")."""
    if e.negated or e.actor is None or e.recipient is None or not party_of(e.recipient):
        return False
    tok = trigger_token(doc, e)
    if tok is None or tok.lemma_.lower() not in W.words("host_verbs"):
        return False
    return any(o.lemma_.lower() in W.words("exercise_nouns") for o in grammar(doc).children(tok, "object"))


def _guest_pairs(doc, events: list[Event]) -> list[Event]:
    """The pairs among the guests of a hosted exercise (#16 convention: a
    joint exercise of a few named states is coded for every pair of them):
    each guest toward each later one, once per trigger."""
    by_trigger: dict = {}
    for e in events:
        if _hosted_exercise(doc, e):
            by_trigger.setdefault(e.trigger.start, []).append(e)
    out = []
    for group in by_trigger.values():
        guests = list({party_of(e.recipient): e for e in group if party_of(e.recipient) != party_of(e.actor)}.values())
        if not 2 <= len(guests) < JOINT_GUESTS:
            continue
        for i, x in enumerate(guests):
            for y in guests[i + 1 :]:
                out.append(retold(x, copy.copy(x.recipient), copy.copy(y.recipient)))
    return out


def _attendee(doc, e: Event) -> list:
    """The one who attended a gathering told by a host participle on the
    object of an attendance verb ("Zelensky attended a dinner hosted by the
    Dutch king"): its only participant, not those of other acts around it
    ("... and met Trump"); else []."""
    tok = trigger_token(doc, e)
    if tok is None:
        return []
    g = grammar(doc)
    n = tok.head
    if not g.is_(tok, "clause_modifier") or n.i == tok.i or not g.is_(n, "object"):
        return []
    v = n.head
    s = g.child(v, "subject") if v.lemma_.lower() in W.words("attendance_verbs") else None
    if s is None:
        return []
    lo, hi = s.left_edge.idx, s.right_edge.idx + len(s.right_edge)
    m = next((m for m in coded_starting_in(doc, lo, hi) if party_of(m) != party_of(e.actor)), None)
    return [EventActor.of(m)] if m is not None else []


def guests_meetings(events: list[Event]) -> list[Event]:
    """The meetings among the guests of a meeting whose host is named after
    them ("A and B met for talks hosted by C"): each guest with each other,
    once per trigger (see module doc)."""
    groups: dict = {}
    for e in events:
        if e.type != "CONSULT" or e.negated or e.actor is None or e.recipient is None:
            continue
        if e.actor.country and e.recipient.country and e.sentence["start"] <= e.recipient.start < e.actor.start:
            groups.setdefault((e.trigger.start, e.actor.country), []).append(e)
    out: list[Event] = []
    for group in groups.values():
        guests = list({e.recipient.country: e for e in group if e.recipient.country != e.actor.country}.values())
        if not 2 <= len(guests) <= MAX_MEETING_GUESTS:
            continue
        for x in guests:
            for y in guests:
                if x is not y:
                    out.append(retold(x, copy.copy(x.recipient), copy.copy(y.recipient)))
    return out


def link_hosts(doc, events: list[Event]) -> list[Event]:
    """Each hosted gathering with no counterpart given once per participant
    of the joint acts around it, and the guests of a hosted exercise paired
    (see module doc)."""
    from .contributors import exercise_contributors  # (they read this module)
    from .delegations import delegation_meetings
    from .venues import link_venues

    events = delegation_meetings(doc, link_venues(doc, exercise_contributors(doc, events)))
    index = sentence_numbers(doc)
    guests = _guest_pairs(doc, events) + guests_meetings(events)
    out: list[Event] = []
    for e in events:
        alone = _hosted_alone(doc, e)
        parts = (_attendee(doc, e) or _participants(e, events, index)) if alone else []
        if not parts:
            out.append(e)
            continue
        for p in parts:
            n = retold(e, e.actor, copy.copy(p))
            _add_evidence(n, _sent(e))
            out.append(n)
    # in document order, as the linkers after this one read it ("a similar drill" looks only before)
    return sorted(out + guests, key=lambda e: (e.sentence["start"], e.trigger.start))


def assign_ids(events: list[Event]) -> None:
    """``ev1``, ``ev2``, ... in document order (unique within the record)."""
    for n, e in enumerate(events, start=1):
        e.id = f"ev{n}"
        if not e.evidence:
            e.evidence = [_sent(e)]


def link_events(doc, events: list[Event]) -> list[Event]:
    """Restatements merged, back-references linked, ids assigned."""
    events = merge_restatements(events)
    assign_ids(events)
    link_back_references(doc, events)
    return events
