"""A party named as a pair: "both sides", "the two leaders", "the parties".

News names the two parties of a dyad once and then refers to them together:
"Japarov spoke with Rahmon ... Moscow urged both sides to settle the
dispute", "Putin met Xi on Monday. The two leaders signed ...". Such an
argument has no code of its own. It stands for the pair of distinct coded
parties that most earlier events of the article join (leaving out the
event's other side: "Russia met Armenia ... Russia urged both sides" is not
Russia urging itself), and the event is given once per member of the pair:

* a pair recipient: A -> X and A -> Y;
* a pair actor with no recipient: X -> Y and Y -> X (as "X and Y held talks");
* a pair actor with a recipient: X -> R and Y -> R.

A call for restraint, calm or a ceasefire that names no addressee ("Moscow
called for an immediate ceasefire", "the CSTO called for restraint") is
addressed to the two sides of the article's conflict dyad (the pair the
most conflict events join) in the same way: A -> X and A -> Y
(``appeal_nouns``); with no conflict events before it, it stays unaddressed.
So is a mediation that names no one ("Moscow brokered a ceasefire": ``mediation_verbs``).
An attack on one side of that dyad that names no attacker ("four Armenian
soldiers were killed") is the other side's; an attack or coercion by one
side that names no target ("Kyrgyz servicemen seized the water intake") is
on the other side (``dyad_conflict_types``).

A group named by a plural noun alone ("the leaders agreed to meet again",
"the ministers adopted a joint statement": ``group_nouns``) after a
meeting of one party with several ("Putin met the leaders of A, B and C")
stands for that meeting's parties: the act is the host's with each of them
(#16 convention for a hosted meeting), as a reader takes it; after a
meeting of two ("Putin met Xi ... The leaders signed a joint statement")
it is that pair, toward each other. So do "the
parties" and "the sides" after a meeting of one party with three or more
("the parties will hold the next meeting in Ashgabat"); after a meeting
with two they are the dyad a mediator met. A group noun that an earlier
actor named an international body's members by ("Leaders of the CSTO
gathered ... The leaders adopted a statement") is that body, acting as one.

Two guests named before their host ("A and B met for talks hosted by C")
are the ones "the ministers" then stand for, toward each other, and "both
delegations" that host praises are those two. "The heads of the two border
services" (a group noun of a pair) and "both delegations"
(``pair_member_nouns``) are pair references too; "both sides pulled back"
beside one of the pair (a speaker taken as the recipient) is the pair's act
toward each other. A negated event ("A and B did not meet") joins no pair.

The words ("both", "the two"; sides, parties, leaders, ...) are data
(``pair_quantifiers``, ``pair_nouns``, ``pair_bare_nouns``); "the" alone
makes a pair only with the bare nouns ("the sides", "the parties").
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor
from ..syntax import grammar
from . import words as W
from .attended import attended_acts
from .coref import party_or_code as _key
from .coref import retold, trigger_token
from .definites import bind_definites, bind_owned_things
from .listed import list_group_act
from .parties import MAX_JOINT as MAX_JOINT
from .parties import as_member, distinct_parties, party_words
from .parties import joint_pairs as joint_pairs
from .parties import named_participants as named_participants
from .parties import same_party as same_party
from .parties import without_self_recipients as without_self_recipients
from .venues import off_the_venue

#: how many events back a pair is looked for
LOOKBACK_EVENTS = 40
#: the fewest counterparts of a meeting whose parties "the parties" can be (two: a dyad and its mediator)
MULTILATERAL = 3
#: CAMEO sectors of armed groups outside a state (rebels, insurgents, separatists, militias)
NONSTATE_ARMED = frozenset({"REB", "INS", "SEP", "UAF"})
#: the most characters between two names of one list (", and ")
LIST_GAP = 6
#: the confidence of an act whose group actor now codes (no longer "nobody codable")
GROUP_CONFIDENCE = 0.45


def is_pair_reference(text: str | None) -> bool:
    """'both sides', 'the two Central Asian neighbours', 'the parties'."""
    if not text:
        return False
    t = " ".join(text.lower().split())
    if t in party_words("reciprocal_subjects"):
        return True  # "each side accused the other": the pair, each toward the other
    head, sep, owners = t.partition(" of ")
    if sep and _quantified_pair(owners):
        if head in {"the " + n for n in W.words("group_nouns")}:
            return True  # "the heads of the two border services": the pair, each by its leaders
        bare = head.removeprefix("the ").split()
        if len(bare) <= 2 and bare[-1:] and bare[-1] in party_words("pair_member_nouns"):
            return True  # "the militaries of the two countries": the pair, each by its forces
    head, sep, owners = t.rpartition(" of ")
    bare = head.removeprefix("the ").split()
    if sep and _quantified_pair(owners) and bare and bare[0] in party_words("pair_member_nouns"):
        return True  # "the commissions on the delimitation of the border of the two countries"
    noun = t.rsplit(" ", 1)[-1]
    if _quantified_pair(t) and noun in party_words("pair_member_nouns"):
        return True  # "both delegations", "the two teams"
    for q in sorted(W.words("pair_quantifiers"), key=len, reverse=True):
        if t.startswith(q + " "):
            if q == "the" and t != "the " + noun:
                return False
            nouns = W.words("pair_bare_nouns") if q == "the" else W.words("pair_nouns")
            return noun in nouns
    return False


def _quantified_pair(t: str) -> bool:
    """'both X', 'the two X': a plural noun phrase that names two parties
    (``pair_quantifiers`` less the bare "the")."""
    return any(t.startswith(q + " ") for q in W.words("pair_quantifiers") if q != "the")


def pair_antecedent(head, g):
    """The subject that a "they" no mention covers stands for where it names
    a pair and governs the pronoun's clause ("the two allies pledged to
    resist what they called coercion"): its head, whose phrase the pair
    expansion then gives once per member; else None."""
    if head.lower_ != "they" or head.head.i == head.i:
        return None
    t = head.head
    for _ in range(8):
        if t.head.i == t.i:
            return None
        t = t.head
        s = g.child(t, "subject") if t.pos_ in ("VERB", "AUX") else None
        if s is not None and s.i < head.i:
            text = " ".join(x.text for x in s.subtree if x.i < head.i)
            return s if s.pos_ == "NOUN" and is_pair_reference(text) else None
    return None


def _pair_of(
    before: list[Event], exclude, conflict: bool = False, role: str | None = None, types: frozenset | None = None
) -> tuple[EventActor, EventActor] | None:
    """The pair of distinct coded parties that the most earlier events join
    (the article's dyad; of equals the latest), neither of them ``exclude``;
    ``conflict``: joined by conflict events (the sides a call for restraint is to);
    ``role``: the latest pair named with that role word, where there is one;
    ``types``: joined by events of these types only."""
    best: dict = {}
    for n, e in enumerate(before[-LOOKBACK_EVENTS:]):
        if (conflict and not (e.quad or "").endswith("conflict")) or (types is not None and e.type not in types):
            continue
        if e.negated:  # ("A and B did not meet": no pair joined)
            continue
        a, r = e.actor, e.recipient
        ka, kr = _key(a), _key(r)
        if not _named_pair(a, r, ka, kr, exclude):
            continue
        k = frozenset((ka, kr))
        count = best[k][0] + 1 if k in best else 1
        best[k] = (count, n, a, r)
    if not best:
        return None
    if role:
        named = _role_pair(before, role, exclude)
        if named is not None:
            return named
    _, _, a, r = max(best.values(), key=lambda v: (v[0], v[1]))
    return a, r


def _pair_in_sentence(doc, e: Event, ref: EventActor, exclude) -> tuple[EventActor, EventActor] | None:
    """The pair a reference stands for where no earlier event joins one:
    the two distinct coded parties its own sentence names before it, neither
    ``exclude`` ("Hegseth said Washington would upgrade its forces in Japan,
    as the two allies pledged ..."); else None."""
    if doc is None:
        return None
    found: dict = {}
    for m in doc._.mentions or []:
        if e.sentence["start"] <= m.start and m.end <= ref.start and m.code:
            k = m.country or m.org
            if k and k != exclude and k not in found:
                found[k] = EventActor.of(m)
    return tuple(found.values()) if len(found) == 2 else None


def _joined_in_sentence(before: list[Event], e: Event, exclude) -> tuple[EventActor, EventActor] | None:
    """ "A and B signed the declaration, in which the two sides agreed ...": the
    pair an earlier event of the reference's own sentence joins (the nearest
    antecedent, before the article's dyad), neither ``exclude``; else None."""
    for p in reversed(before):
        if p.sentence["start"] != e.sentence["start"] or p.negated:
            continue
        if _named_pair(p.actor, p.recipient, _key(p.actor), _key(p.recipient), exclude):
            return p.actor, p.recipient
    return None


def _named_pair(a, r, ka, kr, exclude) -> bool:
    """Two distinct coded parties, neither ``exclude`` nor itself a pair
    reference ('the two sides')."""
    if not ka or not kr or ka == kr or exclude in (ka, kr):
        return False
    return not (is_pair_reference(a.text) or is_pair_reference(r.text))


def _role_pair(before: list[Event], role: str, exclude=None) -> tuple[EventActor, EventActor] | None:
    """ "The two ministers": the latest pair of distinct coded parties, one of
    them named with that role word ("Mongolia's Defence Minister met his Kazakh
    counterpart"), neither of them ``exclude``; else None."""
    for e in reversed(before[-LOOKBACK_EVENTS:]):
        a, r = e.actor, e.recipient
        ka, kr = _key(a), _key(r)
        if e.negated or not _named_pair(a, r, ka, kr, exclude):
            continue
        if role in a.text.lower().split() or role in r.text.lower().split():
            return a, r
    return None


def _role_of(text: str | None) -> str | None:
    """The role word a pair reference names its members by ('the two
    ministers' -> 'minister'), else None."""
    if not text:
        return None
    return W.word_map("pair_role_nouns").get(text.lower().split()[-1]) or None


def is_group_reference(a: EventActor | None) -> bool:
    """'the leaders', 'the ministers': an uncoded definite plural group noun alone."""
    if a is None or a.code or a.country or a.org or not a.text:
        return False
    t = a.text.lower().split()
    return len(t) == 2 and t[0] == "the" and t[1] in W.words("group_nouns")


def _hub_of(before: list[Event]) -> tuple[EventActor, list[EventActor]] | None:
    """The latest meeting of one coded party with two or more others (one
    trigger, one actor, several coded recipients): (host, its counterparts)."""
    groups: dict = {}
    for e in before[-LOOKBACK_EVENTS:]:
        if e.type != "CONSULT" or not _key(e.actor) or not _key(e.recipient):
            continue
        if is_pair_reference(e.actor.text) or _key(e.recipient) == _key(e.actor):
            continue
        k = (e.sentence["start"], e.trigger.start, _key(e.actor))
        host, recips = groups.setdefault(k, (e.actor, {}))
        recips.setdefault(_key(e.recipient), e.recipient)
    hubs = [(k, v) for k, v in groups.items() if len(v[1]) >= 2]
    if not hubs:
        return None
    _, (host, recips) = max(hubs, key=lambda kv: kv[0][:2])
    return host, list(recips.values())


def _mediated_pair(before: list[Event], other) -> tuple[EventActor, EventActor] | None:
    """ "C hosted talks of A and B ... C praised both delegations": where the
    other party of a pair reference is the host of the latest meeting with
    two counterparts (a mediator), the pair is those two; else None."""
    hub = _hub_of(before)
    if other is None or hub is None or len(hub[1]) != 2 or _key(hub[0]) != _key(other):
        return None
    return hub[1][0], hub[1][1]


def is_parties(a: EventActor | None) -> bool:
    """'the parties', 'the sides': a pair reference with "the" alone, which
    after a meeting of one party with many stands for all of them."""
    if a is None or not a.text or not is_pair_reference(a.text):
        return False
    t = a.text.lower().split()
    return len(t) == 2 and t[0] == "the"


def _group_act(e: Event, before: list[Event]) -> list[Event] | None:
    """The act of 'the leaders' as the host's with each party of the latest
    multi-party meeting (see module doc); None where there is none."""
    parties = is_parties(e.actor)
    if not (is_group_reference(e.actor) or parties):
        return None
    if e.recipient is not None and _key(e.recipient) and not (parties and is_parties(e.recipient)):
        return None
    body = None if parties else _body_named_by(e.actor, before)
    if body is not None:
        return [retold(e, as_member(e.actor, body), e.recipient, GROUP_CONFIDENCE)]
    hub = _hub_of(before)
    if hub is None:
        return None if parties else _meeting_pair_act(e, before)
    host, recips = hub
    if parties and len(recips) < MULTILATERAL and _host_listed_among(host, recips):
        # "the meeting of the ministers of A, B and C ... The sides agreed": the host is one of the sides
        return _among(e, [host, *recips])
    if parties and len(recips) < MULTILATERAL:
        return None  # two counterparts: a mediator between a dyad, whose sides "the parties" are
    if len(recips) < MULTILATERAL and all(r.start < host.start for r in recips):
        # "A and B met for talks hosted by C. The ministers agreed": the guests that met, not the host
        x, y = recips
        return [retold(e, as_member(e.actor, p), as_member(e.actor, q), GROUP_CONFIDENCE) for p, q in ((x, y), (y, x))]
    return [retold(e, as_member(e.actor, host), copy.copy(r), GROUP_CONFIDENCE) for r in recips]


def _host_listed_among(host: EventActor, recips: list[EventActor]) -> bool:
    """Is the meeting's host named in one list with its counterparts ("the
    meeting of the ministers of A, B and C": each name right after the one
    before, with no more than ", and " between), so one of the sides, not a
    go-between named apart ("C hosted talks of A and B")?"""
    spans = sorted((p.start, p.end) for p in [host, *recips])
    return all(0 <= b[0] - a[1] <= LIST_GAP for a, b in zip(spans, spans[1:]))


def _among(e: Event, parties: list[EventActor]) -> list[Event]:
    """The act of a group reference as each party's toward each other."""
    return [
        retold(e, as_member(e.actor, x), as_member(e.actor, y), GROUP_CONFIDENCE)
        for x in parties
        for y in parties
        if _key(x) != _key(y)
    ]


def _meeting_pair_act(e: Event, before: list[Event]) -> list[Event] | None:
    """ "Putin met Xi ... The leaders signed a joint statement": with no
    meeting of one party with several before it, 'the leaders' are the two
    sides of the latest meeting of two coded parties, acting toward each
    other (as "the two leaders" would be); None where there is none."""
    for m in reversed(before[-LOOKBACK_EVENTS:]):
        if m.type != "CONSULT":
            continue
        ka, kr = _key(m.actor), _key(m.recipient)
        if not _named_pair(m.actor, m.recipient, ka, kr, None):
            continue
        pairs = ((m.actor, m.recipient), (m.recipient, m.actor))
        return [retold(e, as_member(e.actor, x), as_member(e.actor, y), GROUP_CONFIDENCE) for x, y in pairs]
    return None


def _body_named_by(ref: EventActor, before: list[Event]) -> EventActor | None:
    """ "The leaders adopted a statement" after "Leaders of the CSTO gathered
    ...": the international body whose members an earlier event's actor named
    with the same group noun ("Leaders of the X", "X foreign ministers"), as
    one actor (#16 conventions: an organisation acting as one); else None."""
    noun = ref.text.lower().split()[-1]
    for e in reversed(before):  # (the whole article: the gathering is often its lead)
        a = e.actor
        if a is not None and a.org and not a.country and noun in a.text.lower().split():
            return a
    return None


def _is_unaddressed_appeal(e: Event, doc) -> bool:
    """A REQUEST with no recipient whose trigger asks for restraint, calm or
    a ceasefire ('called for an immediate ceasefire', 'urged calm'), or a
    mediation with no recipient ('Moscow brokered a ceasefire':
    ``mediation_verbs``), which is between the two sides as well."""
    if doc is None or e.actor is None or e.recipient is not None:
        return False
    tok = trigger_token(doc, e)
    if tok is None:
        return False
    if e.type == "CONSULT":
        return tok.lemma_.lower() in W.words("mediation_verbs")
    if e.type != "REQUEST":
        return False
    nouns = W.words("appeal_nouns")
    after = [t for t in tok.subtree if t.i > tok.i][:10]
    return any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in after)


def _fight_noun_actor(e: Event, doc) -> bool:
    """An attack whose actor is a fight no code names ("clashes in the
    valley killed ..."; ``mutual_fight``)?"""
    if e.type != "ASSAULT" or e.actor is None or _key(e.actor) or doc is None:
        return False
    span = doc.char_span(e.actor.start, e.actor.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.lemma_.lower() in W.words("mutual_fight")


def _fights_between(events: list[Event], doc) -> list[Event]:
    """A fight that killed or hurt coded parties ("clashes killed 20 Indian and
    four Chinese soldiers") is a fight between them, each toward the other;
    with one coded side only ("fighting killed two Armenian soldiers"), an
    attack with no attacker named (its other side may be the article's dyad)."""
    fights: dict = {}
    for e in events:
        if _fight_noun_actor(e, doc) and e.recipient is not None and _key(e.recipient):
            fights.setdefault(e.trigger.start, []).append(e)
    if not fights:
        return events
    out = []
    for e in events:
        group = fights.get(e.trigger.start)
        if group is None or not any(x is e for x in group):
            out.append(e)
            continue
        sides = distinct_parties([x.recipient for x in group])
        if len(sides) == 1:
            e.actor = None
            out.append(e)
        elif e is group[0]:
            for x in sides:
                for y in sides:
                    if x is not y:
                        out.append(retold(e, copy.copy(x), copy.copy(y)))
    return out


def _unattributed_attack(e: Event) -> bool:
    """An attack on a coded party that names no attacker ("four Armenian
    soldiers were killed"); not one on an armed group outside the state
    ("the strike was carried out against the positions of the PKK": a rebel
    force of one side is no side of the states' dyad)."""
    if e.type != "ASSAULT" or e.actor is not None or e.recipient is None or not _key(e.recipient):
        return False
    return e.recipient.sector not in NONSTATE_ARMED


def _untargeted_attack(e: Event) -> bool:
    """A factual attack or coercion by a coded party that names no target
    ("Kyrgyz servicemen seized the water intake")."""
    if e.type not in party_words("dyad_conflict_types") or e.negated or e.hypothetical:
        return False
    return bool(_key(e.actor)) and not (e.recipient is not None and _key(e.recipient))


def _other_side(before: list[Event], target: EventActor, types: frozenset | None = None) -> EventActor | None:
    """In an article about a two-sided conflict, the side facing ``target``:
    the other member of the pair the most earlier conflict events join,
    where ``target`` is one of them (as a reader takes "soldiers were
    killed" in a report of the two sides' clashes); else None."""
    pair = _pair_of(before, None, conflict=True, types=types)
    if pair is None:
        return None
    a, r = pair
    k = _key(target)
    if k == _key(a):
        return r
    if k == _key(r):
        return a
    return None


def _mutual_pledge(e: Event, doc) -> bool:
    """A pledge or agreement of a pair ("the two allies pledged to
    strengthen deterrence against X": ``mutual_pair_types``) whose recipient
    no phrase of the trigger itself names: X is the target of what they
    pledged, and the pledge is each ally's to the other."""
    if doc is None or e.type not in party_words("mutual_pair_types") or e.recipient is None:
        return False
    tok = trigger_token(doc, e)
    if tok is None:
        return False
    g = grammar(tok)
    heads = g.children(tok, "object", "dative")
    heads += [p for p in g.children(tok, "prep") if p.lower_ in W.words("recipient_preps")]
    r = e.recipient.start
    return not any(h.left_edge.idx <= r <= h.right_edge.idx for h in heads)


def expand_pairs(events: list[Event], doc=None) -> list[Event]:
    """Each event with a pair reference as a party, given once per member
    of the pair it stands for, and each unaddressed appeal for restraint
    given once per side of the dyad (see module doc); the others as they are.
    An attendance at the gathering before it is first given toward that
    gathering's host (:mod:`accord.events.attended`)."""
    events = off_the_venue(bind_definites(events, doc), doc)
    events = _fights_between(attended_acts(events, doc), doc)
    order = sorted(range(len(events)), key=lambda i: (events[i].sentence["start"], events[i].trigger.start))
    out: list[Event] = []
    seen: list[Event] = []
    for i in order:
        e = events[i]
        group = list_group_act(e, doc) or _group_act(e, seen)
        if group is not None:
            out.extend(group)
            seen.extend(group)
            continue
        a_ref = e.actor is not None and is_pair_reference(e.actor.text)
        r_ref = e.recipient is not None and is_pair_reference(e.recipient.text)
        pair = None
        appeal = not a_ref and _is_unaddressed_appeal(e, doc)
        if _unattributed_attack(e):
            side = _other_side(seen, e.recipient)
            if side is not None:
                e.actor = copy.copy(side)
            out.append(e)
            seen.append(e)
            continue
        if _untargeted_attack(e):
            side = _other_side(seen, e.actor, party_words("dyad_conflict_types"))  # (the sides that fight)
            if side is not None:
                e.recipient = copy.copy(side)
        member = False
        if a_ref != r_ref:
            other = e.recipient if a_ref else e.actor
            role = _role_of((e.actor if a_ref else e.recipient).text)
            near = _joined_in_sentence(seen, e, None if a_ref else _key(other))  # (one of them beside: each other)
            pair = near or (_role_pair(seen, role) if role else None)
            member = pair is not None and _key(other) in (_key(pair[0]), _key(pair[1]))
            if not member and not (pair is not None and other is None):
                pair = _mediated_pair(seen, other) or _pair_of(seen, _key(other), role=role)
            if pair is None and a_ref:  # "both sides pulled back, the Kyrgyz service said": one of them
                pair = _pair_of(seen, None)
                member = pair is not None and _key(other) in (_key(pair[0]), _key(pair[1]))
                pair = pair if member else None
            if pair is None:
                pair = _pair_in_sentence(doc, e, e.actor if a_ref else e.recipient, _key(other))
        elif appeal:
            pair = _pair_of(seen, _key(e.actor), conflict=True)
        if pair is None:
            out.append(e)
            seen.append(e)
            continue
        x, y = pair
        if appeal:  # the parties as named where they were joined
            sides = [(e.actor, copy.copy(x)), (e.actor, copy.copy(y))]
        elif r_ref:
            sides = [(e.actor, as_member(e.recipient, x)), (e.actor, as_member(e.recipient, y))]
        elif e.recipient is None or member or (a_ref and not _key(e.recipient)) or _mutual_pledge(e, doc):
            # ("both sides used tanks": an uncoded thing beside the pair is no third party)
            # (a party named beside "the two ministers" that is one of them: their act toward each other)
            sides = [(as_member(e.actor, x), as_member(e.actor, y)), (as_member(e.actor, y), as_member(e.actor, x))]
        else:
            sides = [(as_member(e.actor, x), e.recipient), (as_member(e.actor, y), e.recipient)]
        for actor, recipient in sides:
            out.append(retold(e, actor, recipient))
    return bind_owned_things(out, doc)
