"""Which dyads one trigger's parties make (#16 conventions): coordinated
parties of a reciprocal act each toward the other, a lead party toward each
participant, every actor toward every recipient otherwise; the partners of one
party's joint activity toward each other; and which acts both parties do to
each other (a meeting, joint drills). Split out of :mod:`accord.events.assemble`.
"""

from __future__ import annotations

from ..actors.regions import region_codes
from ..syntax import grammar
from . import words as W
from .flags import own_words
from .pairs import MAX_JOINT, joint_pairs, named_participants, same_party

MAX_CROSS = 6  # several actors toward several recipients: each side's first few (one side alone is uncapped)


def _pairs(cat: str, tok, a_actors: list, r_actors: list, venues: set, lead=None) -> list:
    """(actor, recipient) pairs: coordinated parties of a reciprocal act each
    toward the other ('X and Y held talks'), or a lead party ('a US-led
    exercise') toward each of the others; else every actor toward every
    recipient; a self-directed dyad only where there is no other reading."""
    reciprocal = cat in W.categories("reciprocal") or (
        cat == "ASSAULT" and tok.lemma_.lower() in W.words("mutual_fight")
    )
    if not a_actors and reciprocal:
        if lead is not None:  # "a US-led exercise with A and B": the lead with each
            a_actors = [lead]
        else:
            a_actors, r_actors, joint = named_participants(tok, r_actors)
            if not joint:
                return []
            if not a_actors and cat in own_words("mutual_acts"):
                a_actors, r_actors = _met_together(r_actors)
    if len(a_actors) >= 2 and reciprocal and r_actors:
        # "Indian and US soldiers began an exercise ... from India's border": a
        # recipient of one of the parties' own countries is no target of theirs
        # nor is a region the counterpart of parties acting toward each other ("in the Middle East")
        own = {a.country for a in a_actors if a.country}
        regions = region_codes("events")
        r_actors = [
            r
            for r in r_actors
            if not (r.country and (r.country in own or (r.country in regions and not r.org))) and id(r) not in venues
        ]
    if reciprocal:
        r_actors = _without_regions_beside_states(r_actors)
    if len(a_actors) >= 2 and reciprocal and not any(r.code for r in r_actors):
        pairs = joint_pairs(a_actors, lead)
    else:
        xs, ys = a_actors or [None], r_actors or [None]
        if len(xs) > 1 and len(ys) > 1:
            xs, ys = xs[:MAX_CROSS], ys[:MAX_CROSS]
        pairs = [(x, y) for x in xs for y in ys]
    # a self-directed dyad (one state on both sides) is a misreading where another reading exists
    others = [(x, y) for x, y in pairs if not same_party(x, y)]
    if others:
        pairs = others
    return pairs


def _met_together(r_actors: list) -> tuple[list, list]:
    """(actors, recipients) of a meeting or joint act that names no actor:
    two or more coded parties it names ("Modi and Khan were seated apart but
    did not hold a meeting": the parse gives the subject of the passive only
    as the one acted on) take part each toward the others; else none."""
    coded = [r for r in r_actors if r.code]
    if 2 <= len({(r.country, r.org) for r in coded}) <= MAX_JOINT and len(coded) == len(r_actors):
        return coded, []
    return [], r_actors


def _without_regions_beside_states(r_actors: list) -> list:
    """The participants of a meeting or joint act less a region named beside
    states of their own ("hosted the meeting, attended by Xi, Putin, ... and
    the leaders of Central Asian states"): the named states are the
    counterparts, the region only a loose group of others. (Not for a one-way
    act, whose region is a target of its own: "urged Europe and the United
    States to press ...".)"""
    regions = region_codes("events")
    states = [r for r in r_actors if r.country and not r.org and r.country not in regions]
    if not states:
        return r_actors
    return [r for r in r_actors if not (r.country in regions and not r.org)]


def _fellow_participants(a_actors: list, pairs: list) -> list:
    """The pairs among the partners of one party's joint activity ("Kazakh
    peacekeepers trained alongside American and British soldiers": the US and
    Britain trained together too), where they are states and few enough for a
    joint act (#16 convention: every pair of up to ``MAX_JOINT`` participants)."""
    if len(a_actors) != 1 or not a_actors[0].country or a_actors[0].org:
        return []
    own = a_actors[0].country
    states: dict = {}
    for _, y in pairs:
        if y is not None and y.country and not y.org and y.country != own:
            states.setdefault(y.country, y)
    if not 2 <= len(states) < MAX_JOINT:
        return []
    ys = list(states.values())
    return [(ys[i], ys[j]) for i in range(len(ys)) for j in range(i + 1, len(ys))]


def with_partners(pairs: list, kind: str, cat: str, a_actors: list, lead, cameo: str | None, tok) -> list:
    """The pairs with those a joint act adds: the partners of one state's
    drills toward each other, also when the drills are promised (AGREE:
    "will host the exercise with US and British forces") (``kind``: the
    trigger's category before flags, ``cat`` after), and a bilateral "X met Y", "X held joint drills
    with Y" each toward the other (two coded states, not a state and an
    organisation: at a summit of its own body a member attends)."""
    if kind == "COOPERATE" and cat in ("COOPERATE", "AGREE") and lead is None:
        pairs = pairs + _fellow_participants(a_actors, pairs)
    # a promised joint act ("ready to continue bilateral cooperation with Y") is the promiser's:
    # only a meeting's own code makes it mutual
    mutual = _symmetric(cameo, tok) if cat == kind else cameo in W.categories("symmetric_cameo")
    if len(pairs) == 1 and mutual:
        pairs = pairs + [
            (y, x) for x, y in pairs if x is not None and y is not None and x.code and y.code and not (x.org or y.org)
        ]
    return pairs


def _symmetric(cameo: str | None, tok) -> bool:
    """Is the act one both parties do to each other: a meeting or a
    negotiation (``symmetric_cameo``), or an act the trigger or its object
    calls joint ("held joint drills with", "bilateral talks")?"""
    if cameo in W.categories("symmetric_cameo"):
        return True
    g = grammar(tok)
    nouns = [tok] + g.children(tok, "object")
    joint = W.words("joint_words")
    return any(m.lower_ in joint for n in nouns for m in g.children(n, "adjective", "compound"))
