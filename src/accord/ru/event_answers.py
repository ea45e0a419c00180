"""Answers to an earlier act (accord.ru.events): a denial or refusal with no
recipient of its own is addressed to whoever made the charge or the demand
it answers, where the text names its maker («Ереван отказался выполнить
требование азербайджанской стороны»: the body that made the demand); a threat that an act «не останется без ответа» is aimed at the
doer of the last act against the threatener's side.

``answered_nouns`` (``lang/ru/events/words.tsv``) maps the noun answered
(«обвинения», «требование») to the type of the act it names.
"""

from __future__ import annotations

from ..record import Event, EventActor
from . import lexicon as lx


def _side(p: EventActor | None) -> str | None:
    return (p.country or p.org) if p is not None else None


def _answered(g, verb):
    """(the answered noun, the type it names) among the objects of the verb
    or of its infinitive («отказался выполнить требование»), or None."""
    nouns = lx.event_map("answered_nouns")
    objs = list(g.objects(verb))
    objs += [o for c in g.children(verb, "open_complement") for o in g.objects(c)]
    return next(((o, nouns[lx.lemma(o)]) for o in objs if lx.lemma(o) in nouns), None)


def _earlier(out: list[Event], ev: Event, kinds: set[str]) -> Event | None:
    """The last event before ``ev`` of one of ``kinds`` whose recipient is
    on the side of ``ev``'s actor, by another side."""
    mine = _side(ev.actor)
    before = [
        e
        for e in out
        if e.trigger.start < ev.trigger.start
        and e.type in kinds
        and not (e.negated or e.hypothetical)
        and e.actor is not None
        and _side(e.recipient) == mine
        and _side(e.actor) != mine
    ]
    return max(before, key=lambda e: e.trigger.start, default=None)


def answer_recipients(g, doc, out: list[Event], party) -> list[Event]:
    """The events with the recipients of their answers set; an unanswered
    threat idiom that answers no earlier act is dropped (``party`` codes a
    word, or gives None)."""
    keep = []
    for ev in out:
        if ev.recipient is not None or ev.actor is None:
            keep.append(ev)
            continue
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        verb = span[0] if span is not None and len(span) else None
        if ev.type == "THREATEN" and verb is not None and lx.lemma(verb) in lx.event_map("threat_unanswered_verbs"):
            prior = _earlier(out, ev, set(lx.event_map("answered_acts")))
            accused = _own_charge(out, ev, verb, party) if prior is None else None
            if prior is None and accused is None:
                continue  # «ни одна просьба не останется без ответа»: no act it answers
            ev.recipient = prior.actor if prior is not None else accused
        elif ev.type == "REJECT" and verb is not None:
            found = _answered(g, verb)
            if found is not None:
                ev.recipient = _accuser(g, out, ev, found, party)
        keep.append(ev)
    return keep


def _own_charge(out: list[Event], ev: Event, verb, party) -> EventActor | None:
    """«СВР обвинила сербские предприятия в поставках … В СВР предупредили,
    что это не останется без последствий»: the one the threatener's side
    accused last, where the threat's subject points back (``threat_anaphors``)
    and names no party itself («высылка дипломатов из Эстонии не останется
    без ответа» is about another act); in the threat's sentence or the one
    before, or anywhere before when the pointing noun repeats a word of the
    charge («продолжение таких поставок»)."""
    noun = _anaphoric(verb, party)
    if noun is None:
        return None
    doc, sent = verb.doc, verb.sent
    since = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    mine = _side(ev.actor)
    before = [
        e
        for e in out
        if e.trigger.start < ev.trigger.start
        and e.type == "ACCUSE"
        and not (e.negated or e.hypothetical)
        and _side(e.actor) == mine
        and e.recipient is not None
        and _side(e.recipient) != mine
        and (e.trigger.start >= since or _repeats(doc, e, noun))
    ]
    last = max(before, key=lambda e: e.trigger.start, default=None)
    return last.recipient if last is not None else None


def _anaphoric(verb, party):
    """The noun of the verb's subject that points back to an act told before
    («это», «такие действия», «продолжение таких поставок»: «поставок»),
    where the subject names no party of its own; else None."""
    anaphors = lx.event_map("threat_anaphors")
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is None or any(party(t) is not None for t in subj.subtree if t.i != subj.i):
        return None
    if lx.lemma(subj) in anaphors:
        return subj
    return next(
        (t for t in subj.subtree if any(lx.lemma(c) in anaphors for c in t.children if c.dep_ in ("det", "amod"))),
        None,
    )


def _repeats(doc, e: Event, noun) -> bool:
    """The charge's sentence holds the pointing noun's word («обвинила … в
    поставках» … «таких поставок»)."""
    span = doc.char_span(e.sentence["start"], e.sentence["end"], alignment_mode="expand")
    return span is not None and noun.pos_ == "NOUN" and any(lx.lemma(t) == lx.lemma(noun) for t in span)


def _accuser(g, out, ev, found, party) -> EventActor | None:
    """The maker of the charge or demand answered, where the noun names it
    in its genitive («требование азербайджанской стороны»): the actor of the
    last such event against the rejecter's side when it is of that side (its
    body, AZEGOV), else the owner itself. «В Минске обвинения отвергли» names
    no one: no recipient, as the gold's rules say («null where the text names
    none»)."""
    noun, kind = found
    owners = [c for c in g.children(noun, "noun_modifier") if g.child(c, "case") is None]
    owner = next((p for p in map(party, owners) if p is not None), None)
    if owner is None or _side(owner) == _side(ev.actor):
        return None
    prior = _earlier(out, ev, {kind})
    return prior.actor if prior is not None and _side(owner) == _side(prior.actor) else owner


def one_threat(out: list[Event]) -> list[Event]:
    """«Премьер предупредила, что если Минск …, граница будет закрыта»: the
    warning with its target stands for the conditional act inside it, told
    by the same actor with no recipient in that sentence."""
    aimed = {
        (e.sentence["start"], e.actor.code) for e in out if e.type == "THREATEN" and e.actor and e.recipient is not None
    }
    return [
        e
        for e in out
        if not (
            e.type == "THREATEN" and e.recipient is None and e.actor and (e.sentence["start"], e.actor.code) in aimed
        )
    ]
