"""Allegations that agency copy states with no verb of accusing
(accord.ru.events), and the clashes told inside them.

- «задержан военнослужащий, подозреваемый в шпионаже, сообщили в СГБ»: a
  participle of suspicion (``suspect_participles`` in
  ``lang/ru/events/words.tsv``) with its «в» charge, inside an institution's
  report, is that institution's ACCUSE of the suspect (a bare role takes the
  reporter's country: the suspect is often of the reporter's own state);
- «действовал по заданию украинских спецслужб»: a tasking noun
  (``tasking_nouns``) under «по» names the party the reporter accuses of
  sending him;
- «обвинили афганских пограничников в обстреле пакистанских постов»: the
  act of force inside an accusation (``accused_acts``) is an ASSAULT of the
  accused on the act's genitive owner, as this gold codes it;
- «огонь первыми открыли азербайджанские военные, заявили в Минобороны
  Армении»: fire opened with no «по» target is on the other side of the
  clash, the reporter's forces (or the other party of the last clash told).
"""

from __future__ import annotations

from bisect import bisect_right

from ..record import EventActor, join_code
from . import lexicon as lx
from .charges import quoted_words
from .event_reports import reported_role


def _reported(doc, at, quotes, tok, party) -> EventActor | None:
    """The party a word names, or a bare role in the speaker's state."""
    p = party(tok)
    return p if p is not None and p.code else reported_role(doc, at, tok, quotes)


def allegations(g, doc, quotes, at, party) -> list[tuple]:
    """(word, speaker, accused, quote index) for each suspicion or tasking
    told in an institution's report (see the module's doc)."""
    out = []
    suspects, tasks = lx.event_map("suspect_participles"), lx.event_map("tasking_nouns")
    for qi, speaker, tok in quoted_words(doc, quotes):
        accused = None
        if lx.lemma(tok) in suspects and "Part" in tok.morph.get("VerbForm") and tok.head.i != tok.i:
            if any(w == "в" for w, _c, _n in g.prep_args(tok)) and not g.negated(tok):
                accused = _reported(doc, at, quotes, tok.head, party)
        elif lx.lemma(tok) in tasks and (c := g.child(tok, "case")) is not None and lx.lemma(c) == "по":
            owners = [n for n in g.children(tok, "noun_modifier") if g.child(n, "case") is None]
            accused = party(owners[0]) if owners else None
        if accused is not None and accused.code and accused.code != speaker.code:
            out.append((tok, speaker, accused, qi))
    return out


def accused_acts(g, doc, out, party) -> list[tuple]:
    """(noun, cameo, accused, target) for each act of force named by the «в»
    phrase of an accusation verb whose event has a coded recipient."""
    acts = lx.event_map("accused_acts")
    verbs = lx.event_map("accusation_verbs")
    found = []
    for e in out:
        if e.type != "ACCUSE" or e.recipient is None or e.negated:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        verb = span[0] if span is not None and len(span) else None
        if verb is None or lx.lemma(verb) not in verbs:
            continue
        for w, _c, n in g.prep_args(verb):
            if w != "в" or lx.lemma(n) not in acts:
                continue
            owners = [m for m in g.children(n, "noun_modifier") if g.child(m, "case") is None]
            target = party(owners[0]) if owners else None
            if target is not None and target.country != e.recipient.country:
                target = target if target.sector else _as_sector(target, e.recipient.sector)  # «постов»: forces
                found.append((n, acts[lx.lemma(n)], e.recipient, target))
    return found


def _as_sector(p: EventActor, sector: str | None) -> EventActor:
    if not sector or p.org or not p.country:
        return p
    return EventActor(p.start, p.end, p.text, join_code(p.country, None, sector), p.country, None, sector)


def fire_targets(doc, out, quotes) -> None:
    """Fire opened with no target («открыли огонь» without «по»; verbs in
    ``untargeted_fire``): the recipient is the reporter's side when the
    reporter is of another state, else the other party of the last clash
    (ASSAULT or ACCUSE between two states) in the eight sentences before."""
    verbs = lx.event_map("untargeted_fire")
    starts = [s.start_char for s in doc.sents]
    for k, e in enumerate(out):
        if e.type != "ASSAULT" or e.recipient is not None or e.actor is None or not e.actor.country:
            continue
        tok = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if tok is None or not len(tok) or lx.lemma(tok[0]) not in verbs:
            continue
        q = next((q for q in quotes if q.start <= e.trigger.start < q.end), None)
        sp = q.speaker if q is not None else None
        if sp is not None and sp.code and sp.country and sp.country != e.actor.country:
            side = EventActor(sp.start, sp.end, sp.text, sp.country, sp.country, None, None)
            e.recipient = _as_sector(side, e.actor.sector)
            continue
        here = bisect_right(starts, e.trigger.start) - 1
        earliest = starts[max(here - 8, 0)]
        for p in reversed(out[:k]):
            if p.sentence["start"] < earliest or p.type not in ("ASSAULT", "ACCUSE") or not (p.actor and p.recipient):
                continue
            sides = {p.actor.country: p.recipient, p.recipient.country: p.actor}
            if e.actor.country in sides and len(sides) == 2:
                e.recipient = sides[e.actor.country]
                break
