"""Events in a Russian Doc (issue #19): the record's ``Event`` objects.

A trigger is a verb lemma with the lemmas of its object
(``lang/ru/events/triggers.tsv``: «провести учения», «подписать
соглашение», «ввести санкции», «обвинить»); its CAMEO code gives the PLOVER
type, mode and context from the English table, so both languages code
alike. The actor is the subject (or the passive agent, an instrumental
``obl``); the recipient is marked as the trigger's row says («с», «против»,
a dative, an accusative). A subject «X и Y» with no other recipient gives
Y as the recipient. Flags: «не» (negated), the future tense or «будет»
(future), «бы» (hypothetical). Dates («16 августа», «в понедельник», «в
прошлом году») are resolved against the publication date.
"""

from __future__ import annotations

from ..ontology import PRAISE_CAMEO, plover_types
from ..record import Event, EventActor, Span, join_code
from ..syntax import grammar
from . import lexicon as lx
from .actor_context import actor_at, target
from .actors import Actor
from .charges import CHARGE_CAMEO, charges
from .dates import date_of, date_range
from .event_allegations import accused_acts, allegations, fire_targets
from .event_answers import answer_recipients, one_threat
from .event_described import dashed_roles, described, state_pronoun
from .event_drills import drill_noun, drill_pairs, hosted_drill
from .event_moods import claim_content as _claim_content
from .event_moods import clause_heads, condition_subject, conditional_threat
from .event_moods import flags as _flags
from .event_moods import plover_mood as _plover_mood
from .event_nominal import nominal_meeting
from .event_parties import (
    counted_pair,
    epithet_person,
    exercise_owner,
    own_body,
    owned_pair_states,
    owner_conjuncts,
    owner_sides,
    pair_partner,
    pair_states,
    parent_org,
    passive_sides,
    plural_sense,
)
from .event_recipients import plural_pronoun, recipients, relative, said_subject, shared_object
from .event_reports import reported_partner, reported_role, reporting_body, summoning_body, suspects_state
from .event_rows import row_for
from .event_subjects import subject
from .event_supplies import contract_supplies, supply_pairs, supply_subject
from .praise import praises
from .threats import THREAT_CAMEO, idiom_doer, warning


def _party(doc, actors, at, tok, place_ok: bool = True) -> EventActor | None:
    """The coded party a word names; with ``place_ok`` False, not a place
    inside it («осудили теракт в Пакистане» has no recipient)."""
    a = actor_at(doc, at, tok) or parent_org(doc, at, tok=tok)  # «заседание Совета министров … ОДКБ»
    if a is None:  # «задержала российский танкер», «капитана судна, гражданина России»
        return described(doc, at, tok, lambda t: _party(doc, actors, at, t, place_ok))
    if not place_ok and not (a.start <= tok.i < a.end):
        places = lx.event_map("place_cases")
        if any(lx.lemma(c) in places for i in range(a.start, a.end) for c in doc[i].children if c.dep_ == "case"):
            own = [at[c.i] for c in tok.children if c.pos_ == "ADJ" and c.i in at and at[c.i].country]
            if not own:  # «обстреляли армянские позиции в Сюникской области»: the adjective, not the place
                return None
            a = own[0]
    t = target(actors, a)
    body_of = parent_org(doc, at, a) if not t.code() else None
    if body_of is not None:  # «Совет министров обороны государств – членов ОДКБ»: the organization's body
        a, t = body_of, target(actors, body_of)
    if not t.code():  # «в норвежский порт Берген» with Bergen uncoded: the adjective's state
        own = [at[c.i] for c in tok.children if c.pos_ == "ADJ" and c.i in at and at[c.i].country]
        if not own or own[0].kind is not None:
            return None
        a, t = own[0], target(actors, own[0])
    span = doc[a.start : a.end]
    return EventActor(span.start_char, span.end_char, span.text, t.code(), t.country, t.org, t.sector)


def _meeting_parties(g, at, subj, meeting: Event | None, mutual: bool, future=False, pair=None) -> tuple | None:
    """«Лидеры подписали заявление»: a plural noun for the people who met
    (``meeting_parties`` in ``lang/ru/events/words.tsv``; not «стороны»,
    which the gold leaves uncoded) stands for the two parties of the
    article's last meeting before it; so does «мы» for an act done together
    («мы договорились»). A modifier that names no party («главы
    государств») does not stop it; one that does («министры России и
    Казахстана») names the parties itself."""
    sector = at[subj.i].sector if subj.i in at and at[subj.i].flag == "role" else None
    states = pair_states(g, subj, meeting or pair)  # «обе страны договорились»; after a signing as well
    if (
        states is None and not future
    ):  # «правительства двух стран заключили» (a plan of theirs is the gold's hypothesis)
        states = owned_pair_states(g, subj, meeting or pair, sector)
    if states is not None or meeting is None or not plural_sense(g, subj):
        return states
    if meeting.recipient is None and not (meeting.actor and (meeting.actor.code or "").startswith("IGO")):
        return None  # «Министры утвердили план» after «заседание Совета министров ОДКБ прошло»: the organization
    lem = lx.lemma(subj)
    if lem not in lx.event_map("meeting_parties") and not (mutual and lem in lx.event_map("meeting_pronouns")):
        return None
    mods = g.children(subj, "noun_modifier", "adjective")
    if any(m.i in at and (at[m.i].country or at[m.i].org) for m in mods):
        return None
    return meeting.actor, meeting.recipient


def _bare_sides(g, at, subj) -> bool:
    """«Стороны» with nothing that names them («стороны договорились»): the
    parties of a joint act that the text leaves unnamed (coded with no actor
    and no recipient, as the gold's rules code «the sides»)."""
    counted = lx.lemma(subj) in lx.event_map("pair_states") and counted_pair(g, subj)  # «две страны», no meeting
    if not (lx.lemma(subj) in lx.event_map("bare_sides") or counted) or not plural_sense(g, subj):
        return False
    return not any(m.i in at for m in g.children(subj, "noun_modifier", "adjective"))


def _partners(g, doc, actors, at, subj, actor: EventActor) -> list[EventActor]:
    """The other parties of a coordinated subject: «Киргизия и Таджикистан»,
    «военнослужащие России, Таджикистана и Киргизии», «казахстанские и
    киргизские военные» (a country of the modifier takes the head's sector:
    KGZ + MIL)."""
    conj = g.conjuncts(subj) or [p for p in [pair_partner(subj)] if p is not None]  # «Хренин и Белоусов»
    conj = conj or [c for a in g.children(subj, "apposition") for c in g.conjuncts(a)]  # «президенты A и B»
    out = [p for p in (_party(doc, actors, at, c) for c in conj) if p is not None]
    sector = actor.sector if actor.sector and actor.sector != "IGO" else None
    mods = g.children(subj, "noun_modifier", "adjective")
    seen = {m.i for m in mods}
    for _ in range(2):  # «разговор президентов России и Армении», «военнослужащие сил ПВО Казахстана и России»
        deeper = [
            m
            for n in mods
            if n.i not in at or at[n.i].kind in ("person", "group", "org")
            for m in g.children(n, "noun_modifier")
            if m.i not in seen
        ]
        seen.update(m.i for m in deeper)
        mods += deeper
    for mod in mods:
        if mod.i not in at or target(actors, at[mod.i]).country != actor.country:
            continue
        for c in g.conjuncts(mod):
            p = _party(doc, actors, at, c)
            if p is None and c.i in at and at[c.i].kind is None and at[c.i].country:  # «киргизские»
                p = EventActor(c.idx, c.idx + len(c.text), c.text, at[c.i].country, at[c.i].country, None, None)
            if p is not None and p.country and not p.sector and sector:
                code = join_code(p.country, None, sector)
                p = EventActor(p.start, p.end, p.text, code, p.country, p.org, sector)
            if p is not None:
                out.append(p)
    return out


def _speaker_party(g, tok, quotes) -> EventActor | None:
    """«мы», «наш» in a quote: the quote's speaker («открыли огонь по нашим
    позициям», — говорится в заявлении ведомства)."""
    first = lx.event_map("first_person")
    if tok is None or not (lx.lemma(tok) in first or any(lx.lemma(c) in first for c in tok.children)):
        return None
    q = next((q for q in quotes if q.start <= tok.idx < q.end and q.speaker is not None), None)
    sp = q.speaker if q is not None else None
    if sp is None or not sp.code:
        return None
    sector = sp.code[len(sp.country) :] if sp.country and sp.code.startswith(sp.country) else None
    return EventActor(sp.start, sp.end, sp.text, sp.code, sp.country, sp.org, sector or None)


def _noun_pairs(g, doc, actors, at, verb, arg, quotes, pair, state) -> list[tuple] | None:
    """Drills told by their noun («учения ОДКБ начались», «прошли учения с
    участием A, B и C»): the noun's owners; None when the noun names none,
    or when a state is the subject (``state``: «Анкара готова провести у
    себя учения НАТО» is Turkey's act, not the owner's)."""
    drill = drill_noun(g, verb, arg)
    if drill is None or (state is not None and state.i != drill.i):
        return None
    party = lambda t: _party(doc, actors, at, t, place_ok=False)  # noqa: E731
    sector = lambda t: at[t.i].sector if t.i in at and at[t.i].flag == "role" else None  # noqa: E731
    found = drill_pairs(g, verb, drill, party, sector)
    found = found or hosted_drill(g, verb, at, lambda h: reporting_body(g, verb, quotes, at, h, doerless=False))
    return found or None


def _supplied(g, doc, actors, at, verb, arg, quotes, pair) -> list[tuple] | None:
    """«Поставки комплексов Индии начнутся в 2027 году»: a delivery whose
    supplier is not in the clause; None when the verb tells no such one."""
    supply = supply_subject(g, verb, arg)
    if supply is None:
        return None
    party = lambda t: _party(doc, actors, at, t, place_ok=False)  # noqa: E731
    body = reporting_body(g, verb, quotes, at, doerless=False)
    return supply_pairs(g, verb, supply, party, body, pair)


def _pairs(g, doc, actors, at, verb, row, arg, meeting: Event | None, quotes=(), pair=None) -> list[tuple]:
    """(actor, recipient) of each event a trigger states."""
    mutual = row["cameo"].startswith(tuple(lx.event_map("mutual"))) or lx.lemma(verb) in lx.event_map("mutual_verbs")
    subj = relative(g, subject(g, verb))
    means = subj is not None and g.is_passive(verb) and lx.lemma(subj) in lx.event_map("means_nouns")
    subj = None if means else subj  # «ответным огнем уничтожены огневые точки»: the fire is no doer
    state_subj = subj is not None and mutual and _state_subject(g, doc, actors, at, subj)
    found = _noun_pairs(g, doc, actors, at, verb, arg, quotes, pair, subj if state_subj else None) if mutual else None
    found = found if found is not None else _supplied(g, doc, actors, at, verb, arg, quotes, pair)
    if found is not None:
        return found
    doerless = lx.lemma(verb) in lx.event_map("doerless_verbs")  # «приглашены представители A и B»
    if (
        subj is None and mutual and not doerless
    ):  # «был подписан договор между A и B», «планируется провести учения армий A и B»
        party = lambda t: _party(doc, actors, at, t, place_ok=False)  # noqa: E731
        sector = lambda t: at[t.i].sector if t.i in at and at[t.i].flag == "role" else None  # noqa: E731
        found = owner_sides(g, arg, party, sector, meeting) or passive_sides(g, verb, party)
        return reported_partner(g, verb, quotes, at, party) or found if found == [(None, None)] else found
    if subj is None:  # «задержаны 14 контрабандистов, сообщили в ГКНБ»: the reporting body did it
        actor = summoning_body(g, verb, lambda t: _party(doc, actors, at, t)) or reporting_body(
            g, verb, quotes, at, doerless=not means
        )
        if actor is None and not doerless:
            return []
    else:
        actor = _party(doc, actors, at, subj, place_ok=arg is None or subj.i != arg.i)  # «учения в Киргизии прошли»
    if actor is None and not (mutual and meeting is not None):
        actor = _speaker_party(g, subj, quotes) or reported_role(doc, at, subj, quotes)
    if subj is not None and actor is not None and not actor.sector and lx.lemma(subj) in lx.quote_words("epithets"):
        actor = epithet_person(doc, actors, subj, actor) or actor
    recipient, rec_tok = None, None
    for cand in recipients(g, verb, row, arg):
        cand = state_pronoun(doc, at, shared_object(g, plural_pronoun(g, relative(g, cand), verb, at), verb))
        recipient = _party(doc, actors, at, cand, place_ok=False) or _speaker_party(g, cand, quotes)
        recipient = recipient or (own_body(doc, actors, at, cand, actor) if actor is not None else None)
        if recipient is not None and actor is not None and recipient.code == actor.code and not mutual:
            recipient = None  # «задержаны члены организации, сообщили в МВД»: the doer itself is no recipient
        if recipient is not None:
            rec_tok = cand
            break
    said = said_subject(g, verb) if recipient is None and not mutual else None
    if said is not None:  # «осудил поставку, заявив, что Иран вооружает Россию»
        recipient = _party(doc, actors, at, said, place_ok=False)
        recipient = None if recipient is not None and actor is not None and recipient.code == actor.code else recipient
    direct = g.conjuncts(rec_tok) if rec_tok is not None else []
    owned = owner_conjuncts(g, at, rec_tok, recipient) if rec_tok is not None else []
    more = [_party(doc, actors, at, c, place_ok=False) for c in direct]
    more += [  # «вооруженных сил Киргизии и Таджикистана»: both MIL
        _as_body(p, recipient) for p in (_party(doc, actors, at, c, place_ok=False) for c in owned) if p is not None
    ]
    more = [p for p in more if p is not None and recipient is not None and p.code != recipient.code]
    recipient, more = _listed(doc, at, rec_tok, recipient, more)  # «граждан Грузии — сотрудников полиции и судей»
    if actor is None and subj is None:  # «приглашены представители A и B»: the host unnamed
        return [(None, r) for r in [recipient, *more] if r is not None]
    if actor is None:
        pair = _meeting_parties(g, at, subj, meeting, mutual, _flags(g, verb)[1], pair)
        if pair is None:  # «Стороны договорились …»: an act of the two, who are not named
            retold = meeting is not None and row["cameo"].startswith("04")  # «стороны также обсудили» the talks told
            retold = retold and not _flags(g, verb)[1]  # «стороны проведут заседание»: a meeting still to come
            return [(None, None)] if mutual and recipient is None and not retold and _bare_sides(g, at, subj) else []
        sp = _speaker_party(g, subj, quotes)  # «Сегодня мы договорились», — заявил X: X's side first
        if (
            sp is not None
            and pair[1] is not None
            and pair[1].country == sp.country != getattr(pair[0], "country", None)
        ):
            pair = (pair[1], pair[0])
        if pair[1] is None:  # the one organization whose body met
            return [(pair[0], recipient)]
        return [pair] if mutual else [(pair[0], recipient), (pair[1], recipient)]
    others = [o for o in _partners(g, doc, actors, at, subj, actor) if o.code != actor.code] if subj is not None else []
    if mutual and others and rec_tok is not None and _in_place(g, rec_tok, {verb.i, getattr(arg, "i", -1)}):
        recipient, more = None, []  # «A и B провели учения у границы с C»: C is where, not a party
    owner = exercise_owner(g, verb, lambda t: _party(doc, actors, at, t, place_ok=False)) if mutual else None
    owner = None if state_subj and not others else owner
    in_owners = recipient is not None and owner is not None and recipient.code == owner.code and others
    if owner is not None and (recipient is None or in_owners):  # «В маневрах ОДКБ участвуют A, B и C»: its own act
        return [(owner, None)]
    return _each(verb, mutual, actor, others, recipient, more)


def _listed(doc, at, rec_tok, recipient, more) -> tuple:
    """The recipients a dash lists after the recipient, else those found."""
    listed = dashed_roles(doc, at, rec_tok, recipient)
    return (listed[0], listed[1:]) if listed else (recipient, more)


def _each(verb, mutual, actor, others, recipient, more) -> list[tuple]:
    """(actor, recipient) of each party of a coordinated subject and each
    recipient."""
    if recipient is None and mutual and others:
        parties = [actor] + others
        return [(a, b) for k, a in enumerate(parties) for b in parties[k + 1 :]]
    if recipient is None and others and _reciprocal(verb):  # «A и B наносили друг другу удары»
        parties = [actor] + others
        return [(a, b) for a in parties for b in parties if a.code != b.code]
    if recipient is None and others and not mutual:  # «Россия и Китай осудили…»: each of them
        return [(actor, None)] + [(o, None) for o in others]
    pairs = [(actor, recipient)] + [(actor, r) for r in more]  # «обвинил Минск и Москву»: each of them
    return pairs + [(o, r) for o in others for r in [recipient, *more] if recipient is not None]


def _reciprocal(verb) -> bool:
    """«друг другу», «друг против друга» on the verb (``reciprocals``): the
    parties of the subject act on each other."""
    return any(lx.lemma(c) in lx.event_map("reciprocals") and c.pos_ == "PRON" for c in verb.children)


def _state_subject(g, doc, actors, at, subj) -> bool:
    """A subject that names one state alone (its government at most), with
    no partner: the doer of an act on drills it hosts or joins."""
    p = _party(doc, actors, at, subj)
    alone = not g.conjuncts(subj)
    return alone and p is not None and bool(p.country) and not p.org and p.sector in (None, "GOV")


def _as_body(p: EventActor, like: EventActor | None) -> EventActor:
    """A bare state coordinated under a body word takes that body's sector."""
    if like is None or not like.sector or like.org or p.sector or p.org or not p.country:
        return p
    return EventActor(p.start, p.end, p.text, join_code(p.country, None, like.sector), p.country, None, like.sector)


def _in_place(g, tok, stop: set[int]) -> bool:
    """Is the word inside a place phrase below the act («у границы с
    Литвой», «в районе границы с Азербайджаном»), three levels up at most?"""
    t = tok.head
    for _ in range(3):
        if t.i in stop or t.head.i == t.i:
            return False
        case = g.child(t, "case")
        if case is not None and lx.lemma(case) in lx.event_map("place_cases"):
            return True
        t = t.head
    return False


def _event(
    doc, actors, at, verb, row, arg, published, meeting: Event | None = None, quotes=(), pair=None
) -> list[Event]:
    g = grammar(doc)
    info0 = lx.cameo_plover().get(row["cameo"])
    if info0 is None:
        return []
    negated, future, hypo = _flags(g, verb)
    out = []
    for actor, recipient in _pairs(g, doc, actors, at, verb, row, arg, meeting, quotes, pair):
        if recipient is not None and actor is not None and recipient.code == actor.code:
            continue  # «министры Таджикистана и Узбекистана A и B»: Uzbekistan is no partner of its own minister
        info = info0
        promised = future and not _joint_operation(g, verb, arg)  # «экипажи проведут совместное патрулирование»
        kind, cameo, neg = _plover_mood(info["plover"], row["cameo"], negated, promised, hypo)
        if kind == "THREATEN" and lx.lemma(verb) in lx.event_map("threat_frames"):
            hypo = False  # «может поставить вопрос о высылке»: the threat is the possibility itself
        threat = conditional_threat(g, verb, kind, neg)
        if threat is not None:  # a conditional act is a threat, itself no hypothesis
            kind, cameo, hypo = "THREATEN", threat, False
            cond = _threatened(doc, actors, at, g, verb, actor)  # «если Тбилиси не изменит курс»: Georgia's government
            recipient = (
                cond if cond is not None and (recipient is None or recipient.country == cond.country) else recipient
            )
            actor = _threat_sayer(doc, actors, at, g, verb, actor)
        if kind != info["plover"]:
            info = lx.cameo_plover().get(cameo, {"plover": kind})
        out.append(_make(verb, kind, cameo, info, actor, recipient, neg, future, hypo, published))
    return out


def _threatened(doc, actors, at, g, verb, actor) -> EventActor | None:
    """The party whose condition a conditional threat sets, not the actor's side."""
    cond = condition_subject(g, verb)
    p = _party(doc, actors, at, cond, place_ok=False) if cond is not None else None
    side = lambda e: (e.country or e.org) if e is not None else None  # noqa: E731
    return p if p is not None and side(p) != side(actor) else None


def _threat_sayer(doc, actors, at, g, verb, actor) -> EventActor | None:
    """«Представитель Госдепартамента не исключил, что … США могут ввести
    санкции»: the threat is the sayer's, where he speaks for the state that
    would act (his code is the finer one)."""
    if actor is None:
        return actor
    for head in clause_heads(g, verb):
        for s in g.subjects(head, agents=False):
            p = _party(doc, actors, at, s)
            if p is not None and p.code != actor.code and (p.country or p.org) == (actor.country or actor.org):
                return p
    return actor


def _joint_operation(g, verb, arg) -> bool:
    """A joint operation in the plain future («проведут совместное
    патрулирование»: ``joint_operations``) is the operation itself, told
    ahead (COOPERATE, future), not a promise; under a verb of agreeing or
    intent («договорились провести») it stays one."""
    if arg is None or lx.lemma(arg) not in lx.event_map("joint_operations"):
        return False
    return "Fut" in verb.morph.get("Tense") and not g.is_(verb, "open_complement")


def _make(verb, kind, cameo, info, actor, recipient, negated, future, hypo, published) -> Event:
    meta = plover_types().get(kind, {})
    date, precision, date_text = date_of(verb.sent, published, future)
    date, date_end = date_range(date, precision)
    if date is None and published:  # as the English coder: the publication day, flagged as such
        date, precision = published[:10], "published"
    return Event(
        kind,
        Span(verb.idx, verb.idx + len(verb.text), verb.text),
        {"start": verb.sent.start_char, "end": verb.sent.end_char},
        mode=info.get("mode") or None,
        context=[c for c in [info.get("context")] if c],
        cameo=cameo,
        quad=meta.get("quad"),
        intensity=meta.get("intensity"),
        actor=actor,
        recipient=recipient,
        date=date,
        date_end=date_end,
        date_text=date_text,
        negated=negated,
        hypothetical=hypo,
        future=future,
        confidence=0.6,
        date_precision=precision,
    )


def _title_end(doc) -> int:
    """The end of a title line (the first line, short, with no final period,
    and a blank line after it): it restates the lead, and is not coded."""
    text = doc.text  # Doc.text joins every token anew on each access
    first, sep, _rest = text.partition("\n")
    if (
        sep
        and len(first) < 200
        and not first.rstrip().endswith((".", "!", "?"))
        and text.startswith("\n\n", len(first))
    ):
        return len(first)
    return 0


def _events_at(g, doc, actors, at, tok, table, published, meeting, quotes, pair=None) -> list[Event]:
    """The events a word states: a trigger verb's, or a meeting told as a
    noun («в ходе переговоров министров A и B»)."""
    if tok.pos_ == "NOUN":
        party = lambda t: _party(doc, actors, at, t)  # noqa: E731
        pair = nominal_meeting(g, tok, party, lambda s, a: _partners(g, doc, actors, at, s, a))
        info = lx.cameo_plover()["040"]
        return [_make(tok, "CONSULT", "040", info, *pair, False, False, False, published)] if pair else []
    doer = idiom_doer(g, tok, quotes, lambda t: _party(doc, actors, at, t, place_ok=False))
    if doer is not None:  # «ответ Москвы не заставит себя ждать»
        info = lx.cameo_plover()[THREAT_CAMEO]
        return [_make(tok, "THREATEN", THREAT_CAMEO, info, doer, None, False, False, False, published)]
    warned = warning(g, tok, lambda t: _party(doc, actors, at, t, place_ok=False))
    if warned is not None:  # «предупредил, что если Индия продолжит …, Исламабад будет вынужден …»
        info = lx.cameo_plover()[THREAT_CAMEO]
        return [_make(tok, "THREATEN", THREAT_CAMEO, info, *warned, False, False, False, published)]
    rows = table.get(lx.lemma(tok))
    if not rows or tok.pos_ not in ("VERB", "AUX"):
        return []
    if "Part" in tok.morph.get("VerbForm") and "Short" not in tok.morph.get("Variant"):
        return []  # «журналистов, арестованных в Китае»: a description, not a reported act
    if "Inf" in tok.morph.get("VerbForm") and lx.lemma(_first_conjunct(g, tok).head) in lx.event_map("request_heads"):
        return []  # «призвал Индию освободить … и отказаться от …»: the acts asked of another, not the caller's
    row, arg = row_for(g, tok, rows)
    if row is None or _claim_content(g, tok) or _hoped(g, tok):
        return []
    if lx.lemma(tok) in lx.event_map("approval_verbs") and g.is_passive(tok) and subject(g, tok) is None:
        return []  # «была утверждена программа»: approved by no one named
    return _event(doc, actors, at, tok, row, arg, published, meeting, quotes, pair)


def _hoped(g, tok) -> bool:
    """«мы ожидаем, что сербское руководство примет меры»: an act that
    someone hopes another will do (``hope_heads``) is no act of that other."""
    heads = [h for h in clause_heads(g, tok)[:1] if g.is_(tok, "clausal_complement")]
    return any(lx.lemma(h) in lx.event_map("hope_heads") and "Fut" in tok.morph.get("Tense") for h in heads)


def _first_conjunct(g, tok):
    """«освободить … и отказаться»: the first of coordinated infinitives,
    which hangs on the verb they all complete."""
    while g.is_(tok, "conjunct") and tok.head.i != tok.i and "Inf" in tok.head.morph.get("VerbForm"):
        tok = tok.head
    return tok


def _recap(tok) -> bool:
    """A sentence that recalls an earlier act («Напомним, в 2023 году …»;
    ``recap_markers``): what it tells is another event than the news told
    before, even between the same parties."""
    first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
    return first is not None and lx.lemma(first) in lx.event_map("recap_markers")


def _two_states(ev: Event) -> bool:
    """An act of one state toward another, told as a fact."""
    a, r = ev.actor, ev.recipient
    return bool(a and r and a.country and r.country and a.country != r.country and not ev.negated)


def _same_state(ev: Event, party: EventActor) -> bool:
    """Whether an event's recipient is the party's state or organization,
    whatever its sector: praise of a state already told is not told again."""
    r = ev.recipient
    return r is not None and (r.country or r.org) == (party.country or party.org)


def _allegation_events(g, doc, actors, at, quotes, out: list[Event], seen: set, title_end: int, published) -> None:
    """Allegations with no verb of accusing and the acts inside accusations
    (:mod:`accord.ru.event_allegations`), added to ``out``."""
    info = lx.cameo_plover()[CHARGE_CAMEO]
    party = lambda t: _party(doc, actors, at, t, place_ok=False)  # noqa: E731
    for tok, speaker, accused, qi in allegations(g, doc, quotes, at, party):
        key = ("ACCUSE", speaker.code, accused.code, False, False)
        if key not in seen and tok.idx >= title_end:  # «задержан мужчина, подозреваемый в шпионаже», — сообщили в СГБ
            seen.add(key)
            out.append(_make(tok, "ACCUSE", CHARGE_CAMEO, info, speaker, accused, False, False, False, published))
            out[-1].quote = qi
    fire_targets(doc, out, quotes)
    for noun, cameo, doer, hit in accused_acts(g, doc, out, party):
        act = lx.cameo_plover()[cameo]
        alleged = any(  # «… якобы открыли огонь» told of the same two: the act stays an allegation
            e.type == act["plover"]
            and e.hypothetical
            and e.actor
            and e.recipient
            and (e.actor.country, e.recipient.country) == (doer.country, hit.country)
            for e in out
        )
        key = (act["plover"], doer.code, hit.code, False, alleged)
        if key not in seen:  # «обвинили пограничников в обстреле постов»: the act itself, as the gold codes it
            seen.add(key)
            out.append(_make(noun, act["plover"], cameo, act, doer, hit, False, False, alleged, published))


def _met(ev: Event) -> bool:
    """A meeting whose parties «министры», «лидеры» after it stand for: two
    parties, or one organization's body («заседание Совета министров ОДКБ»)."""
    return ev.recipient is not None or (ev.actor is not None and (ev.actor.code or "").startswith("IGO"))


def events(doc, actors: list[Actor], quotes=(), published: str | None = None) -> list[Event]:
    """The Doc's events in text order, one per (type, actor, recipient)."""
    g = grammar(doc)
    table = lx.triggers()
    at = {i: a for a in actors for i in range(a.start, a.end)}
    out: list[Event] = []
    seen: set = set()
    meeting = None  # the last meeting of two parties: «лидеры» after it are those two
    pair = None  # the last act of two states
    title_end = _title_end(doc)
    for tok in doc:
        if tok.idx < title_end:
            continue
        for ev in _events_at(g, doc, actors, at, tok, table, published, meeting, quotes, pair):
            if ev.type == "CONSULT" and _met(ev) and not ev.negated and not ev.future:
                meeting = ev
            if _two_states(ev):  # «подписали план …»: «военные двух стран» after it are those two
                pair = ev
            key = (
                ev.type,
                ev.actor.code if ev.actor else None,
                ev.recipient.code if ev.recipient else None,
                ev.negated,
                ev.hypothetical,  # «может выйти из ОДКБ» does not hide «заморозила участие в ОДКБ» told later
            ) + (("recap",) if _recap(tok) else ())  # «Напомним, ранее Франция уже передала …»: an earlier act
            if key in seen or (tok.pos_ == "NOUN" and (key[0], key[2], key[1], *key[3:]) in seen):
                continue  # a meeting told again as a noun, its parties either way round
            seen.add(key)
            ev.quote = next((k for k, q in enumerate(quotes) if q.start <= tok.idx < q.end), None)
            out.append(ev)
    suspects_state(doc, out)
    for verb, row, supplier, receiver in contract_supplies(g, doc, out, lambda t: _party(doc, actors, at, t, False)):
        kind, cameo, neg = _plover_mood(lx.cameo_plover()[row["cameo"]]["plover"], row["cameo"], False, True, False)
        key = (kind, supplier.code, receiver.code, neg, False)
        if key not in seen:  # «подписали контракт на поставку армянской армии комплексов»: the supplier's promise
            seen.add(key)
            info = lx.cameo_plover().get(cameo, {"plover": kind})
            out.append(_make(verb, kind, cameo, info, supplier, receiver, neg, True, False, published))
    info = lx.cameo_plover()[CHARGE_CAMEO]
    for verb, speaker, charged, qi in charges(g, doc, quotes, lambda t: _party(doc, actors, at, t, place_ok=False)):
        key = ("ACCUSE", speaker.code, charged.code, False, False)
        if key not in seen and verb.idx >= title_end:  # «по словам X, Y нагнетает напряженность»
            seen.add(key)
            out.append(_make(verb, "ACCUSE", CHARGE_CAMEO, info, speaker, charged, False, False, False, published))
            out[-1].quote = qi
    _allegation_events(g, doc, actors, at, quotes, out, seen, title_end, published)
    info = lx.cameo_plover()[PRAISE_CAMEO]
    for noun, speaker, praised, qi in praises(g, doc, quotes, lambda t: _party(doc, actors, at, t, place_ok=False)):
        key = ("SUPPORT", speaker.code, praised.code, False, False)
        told = any(
            e.type == "SUPPORT" and e.actor and e.actor.code == speaker.code and _same_state(e, praised) for e in out
        )
        if not told and key not in seen and noun.idx >= title_end:  # «Китай — наш стратегический партнер», — заявил X
            seen.add(key)
            out.append(_make(noun, "SUPPORT", PRAISE_CAMEO, info, speaker, praised, False, False, False, published))
            out[-1].quote = qi
    talks = {e.sentence["start"] for e in out if e.type == "CONSULT" and e.cameo != "042"}
    out = [e for e in out if e.cameo != "042" or e.sentence["start"] not in talks]  # «…, который прибыл с визитом»
    out = one_threat(answer_recipients(g, doc, out, lambda t: _party(doc, actors, at, t, place_ok=False)))
    return sorted(out, key=lambda e: e.trigger.start)
