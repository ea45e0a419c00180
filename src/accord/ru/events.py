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

import datetime as dt

from ..ontology import plover_types
from ..record import Event, EventActor, Span
from ..syntax import grammar
from . import lexicon as lx
from .actors import Actor, actor_at, target


def _row_for(g, verb, rows):
    objs = [lx.lemma(o) for o in g.objects(verb)] + [lx.lemma(n) for _w, _c, n in g.prep_args(verb)]
    objs += [lx.lemma(s) for s in g.subjects(verb, agents=False)]
    for r in rows:
        if r["args"] == "-":
            return r, None
        args = set(r["args"].split(","))
        for o in g.objects(verb) + g.subjects(verb, agents=False):
            if lx.lemma(o) in args:
                return r, o
        if args.intersection(objs):
            return r, None
    return None, None


def _subject(g, verb):
    t = verb
    for _ in range(3):
        subj = g.subjects(t)
        if subj:
            return subj[0]
        places = [n for w, _c, n in g.prep_args(t) if w == "в" and "Plur" in t.morph.get("Number")]
        if places:  # «в Бишкеке эти обвинения отвергли»: the place speaks
            return places[0]
        if not g.is_(t, "open_complement", "conjunct") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _recipient(g, verb, row, arg, subj):
    nouns = [verb] + ([arg] if arg is not None else [])
    for mark in (row.get("recipient") or "").split(","):
        mark = mark.strip()
        for head in nouns:
            if mark == "acc":
                cands = [o for o in g.objects(head) if arg is None or o.i != arg.i]
            elif mark == "dat":
                cands = g.children(head, "dative") + [
                    o
                    for o in g.children(head, "oblique", "noun_modifier")
                    if "Dat" in o.morph.get("Case") and not g.children(o, "case")
                ]
            else:
                cands = [n for w, _c, n in g.prep_args(head) if w == mark]
            if cands:
                return cands[0]
    conj = g.conjuncts(subj) if subj is not None else []
    return conj[0] if conj else None


def _party(doc, actors, at, tok) -> EventActor | None:
    a = actor_at(doc, at, tok)
    if a is None:
        return None
    t = target(actors, a)
    if not t.code():
        return None
    span = doc[a.start : a.end]
    return EventActor(span.start_char, span.end_char, span.text, t.code(), t.country, t.org, t.sector)


def _flags(g, verb) -> tuple[bool, bool, bool]:
    words = lx.event_map
    chain = [verb] + ([verb.head] if g.is_(verb, "open_complement") else [])
    negated = any(g.negated(v) for v in chain)
    future = any("Fut" in v.morph.get("Tense") for v in chain) or any(
        lx.lemma(c) in words("future_aux") and g.is_(c, "aux") for v in chain for c in v.children
    )
    hypo = any(lx.lemma(c) in words("conditional") for v in chain for c in v.children)
    return negated, future, hypo


def _plover_mood(kind: str, cameo: str, negated: bool, future: bool, hypo: bool) -> tuple[str, str, bool]:
    """(type, CAMEO, negated) after PLOVER's rule on moods, the English
    coder's own (``events/data/plover.json``, ``category_sets.tsv``): a
    promised cooperative act is AGREE (CAMEO 03x), a refused one («не будет
    поставлять») REJECT (CAMEO 120)."""
    from ..events import words as W
    from ..events.lexicon import lexicon

    cooperative = W.categories("cooperative")
    if future and not negated and kind in cooperative:
        lex = lexicon()
        fine = lex.future_agree_fine.get(cameo) or lex.future_agree.get(cameo[:2])
        if fine:
            return "AGREE", fine, negated
    elif (future or hypo) and negated and kind in cooperative | {"AGREE"}:
        return "REJECT", "120", False
    return kind, cameo, negated


def _date(sent, published: str | None, future: bool = False) -> tuple[str | None, str | None, str | None]:
    """(date, precision, text) of the first date expression in a sentence."""
    if not published:
        return None, None, None
    try:
        pub = dt.date.fromisoformat(published[:10])
    except ValueError:
        return None, None, None
    months, weekdays = lx.event_map("months"), lx.event_map("weekdays")
    rel, periods = lx.event_map("relative"), lx.event_map("periods")
    toks = list(sent)
    for k, t in enumerate(toks):
        lem = lx.lemma(t)
        nxt = lx.lemma(toks[k + 1]) if k + 1 < len(toks) else ""
        if t.like_num and nxt in months and t.text.isdigit() and 1 <= int(t.text) <= 31:
            year = pub.year - (1 if int(months[nxt]) > pub.month + 1 else 0)
            try:
                return dt.date(year, int(months[nxt]), int(t.text)).isoformat(), "day", f"{t.text} {toks[k + 1].text}"
            except ValueError:
                continue
        if lem in weekdays:
            step = (int(weekdays[lem]) - pub.weekday()) % 7 if future else -((pub.weekday() - int(weekdays[lem])) % 7)
            return (pub + dt.timedelta(days=step)).isoformat(), "day", t.text
        if lem in rel and periods.get(nxt) == "year":
            return str(pub.year + int(rel[lem])), "year", f"{t.text} {toks[k + 1].text}"  # a year: see _date_range
    return None, None, None


def _date_range(date: str | None, precision: str | None) -> tuple[str | None, str | None]:
    """A year as the contract writes it (as the English coder does): its first
    and last day."""
    if date and precision == "year" and len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    return date, None


def _meeting_parties(g, subj, meeting: Event | None) -> tuple[EventActor, EventActor] | None:
    """«Лидеры подписали заявление»: a plural noun for the people who met
    (``meeting_parties`` in ``lang/ru/events/words.tsv``; not «стороны»,
    which the gold leaves uncoded) stands for the two parties of the
    article's last meeting before it."""
    if meeting is None or meeting.recipient is None or "Plur" not in subj.morph.get("Number"):
        return None
    if lx.lemma(subj) not in lx.event_map("meeting_parties") or g.children(subj, "noun_modifier"):
        return None
    return meeting.actor, meeting.recipient


def _event(doc, actors, at, verb, row, arg, published, meeting: Event | None = None) -> Event | None:
    g = grammar(doc)
    info = lx.cameo_plover().get(row["cameo"])
    if info is None:
        return None
    subj = _subject(g, verb)
    actor = _party(doc, actors, at, subj) if subj is not None else None
    pair = _meeting_parties(g, subj, meeting) if subj is not None and actor is None else None
    if pair is not None:
        actor, recipient = pair
    elif actor is None:
        return None
    else:
        rec_tok = _recipient(g, verb, row, arg, subj)
        recipient = _party(doc, actors, at, rec_tok) if rec_tok is not None else None
    negated, future, hypo = _flags(g, verb)
    kind, cameo, negated = _plover_mood(info["plover"], row["cameo"], negated, future, hypo)
    if kind != info["plover"]:
        info = lx.cameo_plover().get(cameo, {"plover": kind})
    meta = plover_types().get(kind, {})
    date, precision, date_text = _date(verb.sent, published, future)
    date, date_end = _date_range(date, precision)
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
    first, sep, _rest = doc.text.partition("\n")
    if (
        sep
        and len(first) < 200
        and not first.rstrip().endswith((".", "!", "?"))
        and doc.text[len(first) :].startswith("\n\n")
    ):
        return len(first)
    return 0


def events(doc, actors: list[Actor], quotes=(), published: str | None = None) -> list[Event]:
    """The Doc's events in text order, one per (type, actor, recipient)."""
    g = grammar(doc)
    table = lx.triggers()
    at = {i: a for a in actors for i in range(a.start, a.end)}
    out: list[Event] = []
    seen: set = set()
    meeting = None  # the last meeting of two parties: «лидеры» after it are those two
    title_end = _title_end(doc)
    for tok in doc:
        rows = table.get(lx.lemma(tok))
        if tok.idx < title_end:
            continue
        if not rows or tok.pos_ not in ("VERB", "AUX"):
            continue
        row, arg = _row_for(g, tok, rows)
        ev = _event(doc, actors, at, tok, row, arg, published, meeting) if row else None
        if ev is None:
            continue
        if ev.type == "CONSULT" and ev.recipient is not None and not ev.negated and not ev.future:
            meeting = ev
        key = (ev.type, ev.actor.code, ev.recipient.code if ev.recipient else None, ev.negated)
        if key in seen:
            continue
        seen.add(key)
        ev.quote = next((k for k, q in enumerate(quotes) if q.start <= tok.idx < q.end), None)
        out.append(ev)
    return out
