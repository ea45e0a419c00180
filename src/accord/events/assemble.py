"""From one trigger to its events: actors and recipients, place and date,
flags, the category an announced or refused act becomes, confidence, and
one event per actor-recipient pair.

:func:`events_for` is the step :func:`accord.events.extract.extract_events`
runs for every trigger candidate of a sentence.
"""

from __future__ import annotations

from dataclasses import replace

from ..actors.lexicon import COUNTRY, get_lexicon
from ..actors.regions import region_codes
from ..actors.words import codes
from ..record import Event, EventActor, Span
from ..syntax import grammar
from . import words as W
from .absence import not_left_out
from .actor_groups import ActorGroups
from .actor_roles import (
    at_venue,
    in_place_phrase,
    noun_roles,
    party,
    pronoun_party,
    speaker_actor,
    subject_of,
    uncoded_party,
    verb_recipient,
)
from .classifier import quad_class
from .coding import coding_of, confidence, pair_reference, parties_before
from .dyads import _pairs, _symmetric, with_partners  # noqa: F401 (_symmetric: tests import it here)
from .factuality import forecasts_another, is_background
from .fallback_roles import implicit_actors, no_fallback_party, unnamed_actor_group
from .fired_from import fired_from
from .flags import own_words
from .held_abroad import held_abroad
from .home_state import home_acts
from .lexicon import Lexicon
from .parties import party_words
from .place_time import location_for
from .sense import SHOW_OF_FORCE, left_places, unilateral_exercise
from .summoned import summoned_by
from .triggers import Candidate
from .voiced_capital import fronted_capital

#: the tags of a finite verb (a clause's own verb, never a participle on a noun)
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def cat_is_framing(c: Candidate) -> bool:
    """A category whose target may sit in a complement or condition clause."""
    return c.type in W.categories("aimed_at_others")


def cat_is_demand(c: Candidate) -> bool:
    """A category where 'demanded that X ...' makes X the recipient."""
    return c.type in W.categories("demands")


def events_for(
    c: Candidate, sent, ents, actors: ActorGroups, quotes, published, kc, lex: Lexicon, probs
) -> list[Event]:
    """The events one trigger candidate gives: one per actor-recipient pair
    (none for background, habit or boilerplate: :mod:`accord.events.factuality`)."""
    tok = c.tok
    if is_background(tok, c.type):
        return []
    a_head, r_head = _role_heads(c, actors)
    qi = _quote_index(quotes, tok.idx)
    said = c.said and qi is not None and speaker_actor(quotes[qi]) is not None
    if c.said and not said:
        return []  # the speaker's act, with no speaker: a sentence of the story's own, no party's act
    if said:
        a_head = None  # "the organisation did not fulfil its obligations," X said: X's criticism
    a_group = actors.group(a_head) if a_head is not None else []
    r_group = actors.group(r_head) if r_head is not None else []
    if a_head is None and not said:
        a_group = unnamed_actor_group(
            tok, actors, c.cameo
        )  # "Russian soldiers were deployed", "UN sanctions were lifted"
        r_group = [m for m in r_group if m not in a_group]
    r_group = _recipient_group(c, r_group, a_group, actors)
    a_group, r_group = fired_from(c, a_group, r_group, actors)  # "shelled from the Tajik side"
    a_group, r_group = held_abroad(c, a_group, r_group, actors)  # "the detention of A's citizens in B"
    a_group, r_group = summoned_by(c, a_group, r_group, actors)  # "was summoned to the Foreign Ministry"
    location = location_for(c, ents, actors, kc)
    a_group, r_group = _place_roles(c, a_group, r_group, location, actors)
    r_group = left_places(c, r_group, actors)
    posture = unilateral_exercise(c, a_group, r_group, actors)
    if posture is not None:
        # one side's drills near another: a show of force (MOBILIZE), not cooperation
        c = replace(c, cameo=SHOW_OF_FORCE, type="MOBILIZE", quad=lex.categories["MOBILIZE"]["quad"], mode=None)
        r_group = posture
    speaker = None
    if qi is not None:
        speaker = speaker_actor(quotes[qi])
    if forecasts_another(tok, actors, a_group):
        return []  # a warning that another party might act: a forecast, no event of the speaker
    a_actors = [party(actors, m, tok.i) for m in a_group]
    r_actors = [party(actors, m, tok.i) for m in r_group]
    # recipients named as the venue ("coordinate their positions at the UN"): no
    # target of coordinated parties acting toward each other (see the pairs below)
    venues = {id(r) for m, r in zip(r_group, r_actors) if at_venue(actors, m)}
    if said or (
        not a_actors and speaker is not None and a_head is not None and a_head.lower_ in W.words("speaker_pronouns")
    ):
        a_actors = [speaker]
    if not a_actors and not a_group:
        a_actors = [p for p in [pronoun_party(a_head, actors)] if p is not None]
    if a_actors and c.type in W.categories("home_acts"):
        r_actors = home_acts(a_actors, r_actors, actors, tok.i)
    coding = coding_of(c, ents, published, lex)
    info = lex.categories[coding.type]
    pair = pair_reference(a_actors, r_actors) and parties_before(actors, tok.idx)
    conf = confidence(
        c, a_actors, r_actors, coding.hypothetical, info["quad"], probs, quad_class(coding.cameo), coding.negated, pair
    )
    if not a_actors and not a_group:
        # a party that is present but has no mention keeps its text, code null
        u = uncoded_party(a_head, actors, tok.i)
        a_actors = [u] if u is not None else implicit_actors(tok, actors, r_group)
    base = _event_fields(coding, info, location, tok, sent, qi, conf)
    _domestic_groups(a_actors, r_actors, location)
    if any(r.code for r in r_actors):
        r_actors = [r for r in r_actors if r.code]  # the coded targets, where there are some
    cat = _crowd_violence(coding.type, a_head, base, lex)
    lead = _lead_party(tok, actors) if cat in W.categories("reciprocal") else None
    pairs = _pairs(cat, tok, a_actors, r_actors, venues, lead)
    pairs = with_partners(pairs, c.type, cat, a_actors, lead, base["cameo"], tok)
    out = []
    for x, y in pairs:
        out.append(Event(actor=x, recipient=y, **{k: (list(v) if isinstance(v, list) else v) for k, v in base.items()}))
    return out


def _event_fields(coding, info: dict, location, tok, sent, qi, conf) -> dict:
    """The fields every event of one trigger shares: its coding, place, flags,
    trigger and sentence spans, quote and confidence."""
    return dict(
        type=coding.type,
        mode=coding.mode,
        context=coding.context,
        cameo=coding.cameo,
        quad=info["quad"],
        intensity=info["intensity"],
        date=coding.date,
        date_end=coding.date_end,
        date_text=coding.date_text,
        date_precision=coding.date_precision,
        location=location,
        negated=coding.negated,
        hypothetical=coding.hypothetical,
        future=coding.future,
        historical=coding.historical,
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
        sentence={"start": sent.start_char, "end": sent.end_char},
        quote=qi,
        confidence=conf,
    )


def _crowd_violence(cat: str, a_head, base: dict, lex: Lexicon) -> str:
    """An assault by a crowd ("protesters attacked ...") is a violent
    protest (CAMEO 145, riot): updates ``base`` and returns the category."""
    if cat == "ASSAULT" and a_head is not None and a_head.lemma_.lower() in W.words("crowd_words"):
        cat = "PROTEST"
        base.update(
            type=cat,
            cameo="145",
            mode="riot",
            context=[],
            quad=lex.categories[cat]["quad"],
            intensity=lex.categories[cat]["intensity"],
        )
    return cat


def _domestic_groups(a_actors: list, r_actors: list, location) -> None:
    """A domestic group named without a country ("police dispersed
    demonstrators", "opposition groups in Zimbabwe demanded") is of the
    country the event happens in, else of the state authority on the other
    side (police, government, courts): its code is that country's with its
    sector. A party with no sector at all ("a roadside bomb", "prisoners",
    "leaders of the coalition") is of the country it acts in, as CAMEO codes
    an unidentified actor; a region ("in Asia", "in Europe") is no country
    to give ("the final declaration" adopted in Asia stays uncoded). Changes
    the parties in place."""
    domestic = codes("domestic_sectors")
    authority = codes("authority_sectors")
    place = location.country if location is not None and location.country and not location.inferred else None
    if place in region_codes("events"):
        place = None
    for side, other in ((a_actors, r_actors), (r_actors, a_actors)):
        for p in side:
            if p.code or p.country or p.org or (p.sector and p.sector not in domestic):
                continue
            country = place
            if country is None and p.sector:
                states = {o.country for o in other if o.country and o.sector in authority}
                country = states.pop() if len(states) == 1 else None
            if country:
                p.country, p.code = country, country + (p.sector or "")


def _role_heads(c: Candidate, actors: ActorGroups):
    """(actor head, recipient head) of a trigger: a noun's or verb's own
    roles, a demand's recipient, and for a demand verb the subject of the
    clause it introduces ('demanded that X ...')."""
    tok = c.tok
    g = grammar(tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        a_head, r_head = noun_roles(tok, actors)
    else:
        a_head, r_head = subject_of(tok, actors)
        if a_head is None:
            a_head = _verbless_root(tok, g)
        if c.recipient_tok is not None:
            r_head = c.recipient_tok
        if r_head is None:
            r_head = verb_recipient(tok, actors=actors)
        if c.actor_tok is not None:
            a_head = c.actor_tok  # "X received Turkish drones": the supplier acts
    if cat_is_demand(c) and tok.pos_ == "VERB" and c.recipient_tok is None:
        # "demanded that X ...": X is the one asked
        ch = g.child(tok, "clausal_complement")
        if ch is not None and not any(x.tag_ == "WRB" for x in ch.children if x.i < ch.i):
            # (not a clause opened by where/when: "... on the city where 100 people were killed")
            sj = g.child(ch, "subject", "passive_subject")
            if sj is not None and actors.group(sj) and not g.has_child(tok, "object", "dative"):
                r_head = sj
    return a_head, r_head


def _verbless_root(tok, g):
    """``The Bureau ... in a statement distributed on Wednesday called the
    presence "a violation"``, ``X at a briefing called ...``: a finite verb
    the parser hung on the noun of a phrase between subject and verb, in a
    sentence it left with no verb at its root: that root noun is the subject."""
    root = tok.sent.root
    if tok.tag_ not in FINITE_TAGS or not g.is_(tok, "clause_modifier") or root.pos_ not in ("NOUN", "PROPN"):
        return None
    if g.has_child(tok, "subject", "passive_subject") or root.i > tok.i:
        return None
    n = tok.head  # the noun of the phrase: "in a statement", "at a briefing", right under the root
    p = n.head
    return root if g.is_(n, "prep_object") and g.is_(p, "prep") and p.head.i == root.i else None


def _recipient_group(c: Candidate, r_group: list, a_group: list, actors: ActorGroups) -> list:
    """The recipient mentions: the trigger's own, else an embedded event's,
    a visit's place, a framing verb's complement ('threatened to cut off
    electricity to X') or the subject of its condition ('unless Y ...');
    never one of the actors."""
    tok = c.tok
    g = grammar(tok)
    if c.type == "CONSULT" and not any(actors.mentions[m].code for m in r_group):
        r_group = _attendees(tok, actors) or r_group
    if not r_group:
        r_group = _inner_recipients(c, actors)
    if not r_group and c.mode == "visit":
        for ch in g.children(tok, "prep"):
            if ch.lower_ in W.words("visit_preps"):
                for p in g.children(ch, "prep_object"):
                    if actors.group(p):
                        r_group = actors.group(p)
    r_group = [m for m in r_group if m not in a_group]
    r_group = [m for m in r_group if m not in a_group] or ([] if a_group else r_group)
    if not r_group and cat_is_framing(c) and tok.pos_ == "VERB":
        # "threatened to cut off electricity to X", "refused to allow UN planes ..."
        ch = g.child(tok, "open_complement")
        if ch is not None and ch.pos_ == "VERB":
            rh = verb_recipient(ch, actors=actors)
            if rh is not None:
                r_group = [m for m in _unplaced(actors, actors.group(rh), ch) if m not in a_group]
    if not r_group and cat_is_framing(c):
        # "... unless/if Y does Z": Y is the one the threat or demand is aimed at
        marks = W.words("condition_marks")
        for a in [tok] + g.children(tok, "open_complement"):
            for ch in g.children(a, "adverbial_clause"):
                if any(m.lower_ in marks for m in g.children(ch, "marker")):
                    sj = g.child(ch, "subject", "passive_subject")
                    if sj is not None:
                        r_group = [m for m in actors.group(sj) if m not in a_group]
    if tok.lemma_.lower() in W.words("topic_verbs"):  # "discussed the situation around X": X is a topic
        r_group = [m for m in r_group if actors.span_of(m) is None or not _off_the_act(actors.span_of(m).root, tok)]
    if c.type in party_words("venue_types"):  # "signed a memorandum on security in Ankara": where, not with whom
        r_group = [m for m in r_group if not _venue_only(actors, m, tok)]
    return not_left_out(r_group, tok, actors)


def _venue_only(actors: ActorGroups, mi: int, tok) -> bool:
    """Is every name of the mention inside a place phrase below ``tok`` (the
    place of the act, "in Washington", or of its object, "border security in
    Ankara")?"""
    span = actors.span_of(mi)
    if span is None or not len(span):
        return False
    named = [t for t in span if t.pos_ == "PROPN" or t.ent_type_]
    return bool(named) and all(in_place_phrase(t, tok) for t in named)


def _attendees(tok, actors: ActorGroups) -> list:
    """The participants of a meeting the trigger hosts or names, given in a
    clause "attended by X, Y and Z" on the trigger or its object ("hosted
    the summit, attended by Xi, Putin and Modi"; "the meeting, which was
    attended by ..."): the host's counterparts (#16 convention)."""
    g = grammar(tok)
    verbs = W.words("attendance_verbs")
    for n in [tok] + g.children(tok, "object"):
        for cl in g.children(n, "clause_modifier", "relative_clause", "adverbial_clause"):
            if cl.lemma_.lower() not in verbs:
                continue
            for ag in g.children(cl, "agent"):
                for p in g.children(ag, "prep_object"):
                    if actors.group(p):
                        return actors.group(p)
    return []


def _inner_recipients(c: Candidate, actors: ActorGroups) -> list:
    """The recipients of the first embedded event that has some (not of a
    clause with a subject of its own, but for a demand's)."""
    for inner in c.inner:
        it = inner.tok
        g = grammar(it)
        if g.has_child(it, "subject", "passive_subject") and not cat_is_demand(c):
            continue  # "X eased curbs ... as authorities cracked down on Y": another clause, other parties
        rh = noun_roles(it, actors)[1] if it.pos_ in ("NOUN", "PROPN") else verb_recipient(it, actors=actors)
        if rh is None and inner.recipient_tok is not None:
            rh = inner.recipient_tok
        if rh is not None and _unplaced(actors, actors.group(rh), it):
            return _unplaced(actors, actors.group(rh), it)
    return []


def _unplaced(actors: ActorGroups, group: list, tok) -> list:
    """The mentions of a group that are no place in a phrase below ``tok`` (the
    topic's place: "coordinate their approaches to the situation in X")."""
    out = []
    for m in group:
        span = actors.span_of(m)
        if span is None or not len(span) or not in_place_phrase(span.root, tok):
            out.append(m)
    return out


def _place_roles(c: Candidate, a_group: list, r_group: list, location, actors: ActorGroups):
    """Actor and recipient groups with the place weighed in: a passive
    authority act's actor is the place ('arrested in Lebanon'), an uncoded
    recipient yields to the coded place, the place is the target where
    nothing else is; last, the first coded actor after the trigger."""
    tok = c.tok
    g = grammar(tok)
    reciprocal = W.categories("reciprocal")
    loc_m = None
    if location is not None and location.start_tok is not None and location.attached:
        loc_m = actors.at(actors.doc[location.start_tok])
        if loc_m is not None and not actors.mentions[loc_m].code:
            loc_m = None
    voice = fronted_capital(c, actors) if not a_group else None
    if voice is not None:
        # "In Yerevan, the statement was rejected": the capital's state spoke
        return [voice], [m for m in r_group if m != voice]
    if (
        not a_group
        and r_group
        and loc_m is not None
        and loc_m not in r_group
        and (c.type in W.categories("authority_acts") or c.cameo in own_words("authority_codes"))
        and g.has_child(tok, "passive_subject")
    ):
        # "a missionary was arrested in Lebanon", "prisoners were released in X": the authorities of the place acted
        a_group = [loc_m]
    if (
        r_group
        and loc_m is not None
        and not any(actors.mentions[m].code for m in r_group)
        and c.type not in ("CONSULT",)
    ):
        r_group = []  # "aid to refugees ... in Liberia": the uncoded group yields to the coded place
    if not r_group and location is not None and c.type != "CONSULT" and not (len(a_group) > 1 and c.type in reciprocal):
        # the place is the target where nothing else is: "lifted the curfew in Abidjan"
        if loc_m is not None and loc_m not in a_group:
            r_group = [loc_m]
    if not r_group and not (len(a_group) > 1 and c.type in reciprocal):
        r_group = not_left_out(_first_coded_after(tok, a_group, actors, c.type), tok, actors)
    if c.type in party_words("home_venue_types") or _to_host(tok, g):
        # "the Kazakh navy's exercise near Aktau", "proposed to hold the next stage near Aktau": a place of one's
        # own state is where, not with whom ("agreed to a ceasefire in Hodeidah" keeps its place)
        home = {actors.mentions[m].country for m in a_group} - {None}
        r_group = [
            m for m in r_group if not (actors.mentions[m].kind == "location" and actors.mentions[m].country in home)
        ]
    return a_group, r_group


def _to_host(tok, g) -> bool:
    """Does the trigger frame a hosting ("proposed / agreed to hold the next stage ...")?"""
    return any(x.lemma_.lower() in party_words("hosting_verbs") for x in g.children(tok, "open_complement"))


def _first_coded_after(tok, a_group: list, actors: ActorGroups, cat: str | None = None) -> list:
    """Sparse-parse fallback (as TABARI codes): the first coded actor after
    the trigger in its own phrase, within a few words, outside a place phrase,
    a clause of its own (a complement, a coordinated clause) and a topic ("discussed the situation around X"),
    and not the subject of a relative clause on a later noun ("delivered under
    the programme, which Moscow has run since 2020": that clause's actor)."""
    g = grammar(tok)
    hi = min(tok.right_edge.i, tok.i + 12)
    later = set()  # a coordinated clause after the trigger ("..., and Y did Z"): another act's parties
    for c in g.children(tok, "conjunct"):
        if c.i > tok.i and c.pos_ in ("VERB", "AUX"):
            later.update(range(c.left_edge.i, c.right_edge.i + 1))
    for i in range(tok.i + 1, hi + 1):
        mi = actors.tok2m[i]
        if (
            mi >= 0
            and i not in later
            and mi not in a_group
            and actors.mentions[mi].code
            and not in_place_phrase(actors.doc[i], tok)
        ):
            span = actors.span_of(mi)
            r = span.root if span is not None and len(span) else actors.doc[i]
            r = span[-1] if span is not None and len(span) and g.is_(r, "determiner") else r  # "the Kyrgyz (capital)"
            if not _off_the_act(actors.doc[i], tok) and not _acts_in_relative_clause(actors, mi):
                if not no_fallback_party(r, tok, cat):
                    return [mi]
    return []


def _acts_in_relative_clause(actors: ActorGroups, mi: int) -> bool:
    span = actors.span_of(mi)
    if span is None or not len(span):
        return False
    g = grammar(span.root)
    return g.is_(span.root, "subject") and g.is_(span.root.head, "relative_clause")


def _off_the_act(t, tok) -> bool:
    """Is ``t`` (below ``tok``) in a complement clause opened by a marker
    ("said that X ...", "asked whether X ...", not after an object) or in the topic of a verb of
    talking ("discussed the situation around X", "talk about X")? Then it is
    no party. (Relative and adverbial clauses are not skipped: measured on
    PLOVER, the misparsed ones name the recipient as often as not.)"""
    g = grammar(t)
    topic = tok.lemma_.lower() in W.words("topic_verbs")
    preps = W.words("topic_preps")
    for _ in range(12):
        if t.i == tok.i or t.head.i == t.i:
            return False
        if g.is_(t, "clausal_complement") and g.has_child(t, "marker") and not g.has_child(t.head, "object"):
            # ("helped X strengthen ...": an unmarked complement's subject is the one helped;
            # "offered concessions that X believed ...": a "that" after an object is often a relative clause)
            return True
        if topic and (g.is_(t, "prep") and t.lower_ in preps or (t.head.i == tok.i and g.is_(t, "object"))):
            return True
        t = t.head
    return False


def _lead_party(tok, actors: ActorGroups):
    """The party that leads, hosts or organises the activity the trigger
    names ("a US-led exercise", "drills hosted by X"), else None; a state
    named only as the modifier ("US-led") is looked up by its name."""
    g = grammar(tok)
    verbs = W.words("lead_verbs")
    for t in tok.subtree:
        if t.i == tok.i or t.lemma_.lower() not in verbs or not g.is_(t, "adjective", "clause_modifier"):
            continue
        for h in [c for c in t.children if c.i < t.i] + g.agents(t):
            for x in h.subtree:
                m = actors.at(x)
                if m is not None and actors.mentions[m].code:
                    return party(actors, m, tok.i)
                state = next((e.country for e in get_lexicon().lookup(x.doc[x.i : x.i + 1]) if e.type == COUNTRY), None)
                if state:
                    return EventActor(x.idx, x.idx + len(x), x.text, code=state, country=state)
    return None


def _quote_index(quotes, start: int) -> int | None:
    for qi, q in enumerate(quotes):
        if q.start <= start < q.end:
            return qi
    return None
