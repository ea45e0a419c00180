"""The event's copy of a party: the span and codes of an actor or recipient.

The mention's codes with the text of the argument phrase it is named in
(:mod:`accord.events.arg_spans`), an uncoded party's phrase, the state or
body an "it"/"they" subject stands for, and a quote's speaker. (Split from
:mod:`accord.events.actor_roles`, which still exports these names.)
"""

from __future__ import annotations

from ..record import EventActor
from . import words as W
from .actor_groups import ActorGroups
from .arg_spans import phrase_span
from .lexicon import lexicon
from .pairs import is_pair_reference, pair_antecedent
from .parties import party_words


def event_actor(m) -> EventActor:
    """The event's copy of an actor mention."""
    return EventActor.of(m)


def uncoded_party(head, actors: ActorGroups, trigger_i: int) -> EventActor | None:
    """A party present in the sentence that no actor mention covers (``the
    strikers``, ``a car bomb``): the phrase's text with ``code: null``.
    None for a pronoun, a relative pronoun or a word that is no noun."""
    if head is None or head.pos_ not in ("NOUN", "PROPN") or head.i == trigger_i:
        return None
    doc = actors.doc
    ps = phrase_span(doc[head.i : head.i + 1], actors.g, trigger_i) or (head.i, head.i + 1)
    start, end = doc[ps[0]].idx, doc[ps[1] - 1].idx + len(doc[ps[1] - 1])
    return EventActor(start=start, end=end, text=actors.text[start:end])


def party(actors: ActorGroups, mi: int, trigger_i: int) -> EventActor:
    """The event's party for mention ``mi``: the mention's code, the span and
    text of the argument phrase it is named in (:mod:`accord.events.arg_spans`);
    for a pronoun, the name it stands for where that is earlier in the same
    sentence ("the minister said his country would keep its troops ...")."""
    mi = _named_antecedent(actors, mi)
    m = actors.mentions[mi]
    ev = event_actor(m)
    ps = _object_at_place(actors, actors.span_of(mi), trigger_i) or phrase_span(actors.span_of(mi), actors.g, trigger_i)
    if ps is not None:
        doc = actors.doc
        start, end = doc[ps[0]].idx, doc[ps[1] - 1].idx + len(doc[ps[1] - 1])
        start, end = min(start, m.start), max(end, m.end)
        ev.start, ev.end, ev.text = start, end, actors.text[start:end]
    _owned_unit(ev, actors.span_of(mi), actors)
    return ev


def _object_at_place(actors: ActorGroups, span, trigger_i: int) -> tuple[int, int] | None:
    """ "stormed a police station in X", "captured the mosque in X": where a
    place that the trigger's place phrase names is the party of an act that
    strikes or takes a thing (``struck_blocks``), the phrase is the trigger's
    uncoded object with that place phrase right after it (what was struck, in
    the place whose code it takes); else None."""
    if span is None or not len(span):
        return None
    g, r = actors.g, span.root
    p = r.head
    if not g.is_(r, "prep_object") or p.head.i != trigger_i or p.lower_ not in W.words("place_preps"):
        return None
    doc = actors.doc
    block = (lexicon().verbs.get(doc[trigger_i].lemma_.lower()) or {}).get("block")
    if block not in party_words("struck_blocks"):
        return None  # ("imposed a curfew in X", "found refuge in X": no thing struck there)
    for o in g.children(doc[trigger_i], "object"):
        if o.pos_ not in ("NOUN", "PROPN") or o.right_edge.i + 1 != p.i:
            continue
        if any(actors.mentions[m].code for m in actors.group(o)):
            return None
        lo = (phrase_span(doc[o.i : o.i + 1], g, trigger_i) or (o.i, o.i + 1))[0]
        return lo, span.end
    return None


def _named_antecedent(actors: ActorGroups, mi: int) -> int:
    """The last earlier mention of the same entity in the pronoun mention
    ``mi``'s sentence that is no pronoun, else ``mi``."""
    m = actors.mentions[mi]
    span = actors.span_of(mi)
    if span is None or span.root.pos_ != "PRON" or not m.entity:
        return mi
    start = span.sent.start_char
    best = mi
    for j, o in enumerate(actors.mentions):
        if o.entity == m.entity and start <= o.start and o.end <= m.start:
            sj = actors.span_of(j)
            if sj is not None and sj.root.pos_ != "PRON":
                best = j
    return best


def _pair_subject_before(head, g):
    """ "The heads of the two border services met ... . They agreed ...": a
    "they" subject of a main clause stands for the pair that is the subject
    of the sentence before's main clause; that subject's head, else None."""
    if head.lower_ != "they" or not g.is_(head, "subject") or not g.is_(head.head, "root") or head.sent.start == 0:
        return None
    prev = head.doc[head.sent.start - 1].sent
    s = g.child(prev.root, "subject")
    if s is None or s.pos_ != "NOUN":
        return None
    return s if is_pair_reference(" ".join(x.text for x in s.subtree)) else None


def pronoun_party(head, actors: ActorGroups) -> EventActor | None:
    """An "it"/"they" subject that no mention covers, as the state, body or
    group it stands for: the latest coded non-person subject of a main clause
    before it, in its sentence or the two before ("The Foreign Ministry
    declared ... . It accused Vilnius ..."). Named in an earlier sentence,
    the pronoun keeps its own span (the mention in the event's sentence) with
    the antecedent's codes; named in the same one, the name's phrase."""
    if head is None or head.pos_ != "PRON" or head.lower_ not in W.words("body_pronouns") or actors.group(head):
        return None
    g = actors.g
    pair = pair_antecedent(head, g) or _pair_subject_before(head, g)
    if pair is not None:
        return uncoded_party(pair, actors, head.i)
    found, same = _main_subject_before(head, actors)
    if found is not None and same:
        return party(actors, found, head.i)  # named in the same sentence: the name's phrase
    if found is not None:
        ev = event_actor(actors.mentions[found])
        ev.start, ev.end, ev.text = head.idx, head.idx + len(head.text), head.text
        return ev
    return None


def _main_subject_before(head, actors: ActorGroups) -> tuple[int | None, bool]:
    """(the latest coded non-person subject of a main clause before ``head``,
    in its sentence or the two before; whether in its own sentence)."""
    g = actors.g
    sent = head.sent
    for _ in range(3):
        found = None
        for t in sent:
            if t.i >= head.i or not g.is_(t, "subject"):
                continue
            v = t.head
            if not (g.is_(v, "root") or (g.is_(v, "conjunct") and g.is_(v.head, "root"))):
                continue
            for mi in actors.group(t):
                m = actors.mentions[mi]
                if m.code and m.kind != "person":
                    found = mi
        if found is not None:
            return found, sent.start == head.sent.start
        if sent.start == 0:
            break
        sent = actors.doc[sent.start - 1].sent
    return None, False


def _owned_unit(ev: EventActor, span, actors: ActorGroups) -> None:
    """ "said its military police were patrolling": an uncoded unit with a
    sector whose owner is "its" takes the state of the main clause's subject
    before it (:func:`_main_subject_before`) with its sector. In place."""
    if ev.code or ev.country or not ev.sector or span is None or not len(span):
        return
    own = [t for t in span.root.children if t.lower_ == "its" and t.i < span.root.i]
    if not own:
        return
    found, _ = _main_subject_before(own[0], actors)
    if found is not None and actors.mentions[found].country:
        ev.country = actors.mentions[found].country
        ev.code = ev.country + ev.sector


def speaker_actor(q) -> EventActor | None:
    """The speaker of a quote as an event actor (its sector read off its code)."""
    s = q.speaker
    if s is None:
        return None
    sector = None
    if s.code and s.country and s.code.startswith(s.country) and len(s.code) > len(s.country):
        sector = s.code[len(s.country) :]
    return EventActor(start=s.start, end=s.end, text=s.text, code=s.code, country=s.country, org=s.org, sector=sector)
