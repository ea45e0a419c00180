"""The Russian threat idiom (accord.ru.events): «ответ Москвы не заставит
себя ждать» — a negated «заставить себя ждать» whose subject is a word of
response (``threat_idiom_subjects``) is a threat (THREATEN), not a negated
act. The doer is the speaker of the quote that holds it, else the owner of
the response («ответ России»). So is «… не останется без ответа» (a
negated ``threat_unanswered_verbs`` with «без» and a word of response,
``threat_idiom_subjects``): its doer the quote's speaker, else the subject
of the verb of saying it hangs on («Захарова заверила, что …»)."""

from __future__ import annotations

from . import lexicon as lx
from .charges import speaker_party
from .event_subjects import subject

THREAT_CAMEO = "130"


def idiom_doer(g, verb, quotes, party):
    """The doer of a threat the verb states as the idiom, or None where the
    verb is no such idiom (``party`` codes a word, or gives None)."""
    if lx.lemma(verb) in lx.event_map("threat_unanswered_verbs") and g.negated(verb):
        return _unanswered_doer(g, verb, quotes, party)
    if lx.lemma(verb) not in lx.event_map("threat_idiom_verbs") or not g.negated(verb):
        return None
    waits = [c for c in verb.children if lx.lemma(c) in lx.event_map("threat_idiom_waits")]
    selves = [c for w in [verb, *waits] for c in w.children if lx.lemma(c) in lx.event_map("threat_idiom_selves")]
    subj = next(iter(g.subjects(verb, agents=False)), None)
    if not waits or not selves or subj is None or lx.lemma(subj) not in lx.event_map("threat_idiom_subjects"):
        return None
    q = next((q for q in quotes if q.start <= verb.idx < q.end), None)
    spoken = speaker_party(q) if q is not None else None
    if spoken is not None:
        return spoken
    owners = [c for c in g.children(subj, "noun_modifier") if g.child(c, "case") is None]
    return next((p for p in map(party, owners) if p is not None), None)


def _unanswered_doer(g, verb, quotes, party):
    """«высылка дипломата не останется без ответа»: the speaker who says so."""
    answers = lx.event_map("threat_idiom_subjects")
    without = [c for c in verb.children if lx.lemma(c) in answers and any(lx.norm(k.text) == "без" for k in c.children)]
    if not without:
        return None
    q = next((q for q in quotes if q.start <= verb.idx < q.end), None)
    spoken = speaker_party(q) if q is not None else None
    if spoken is not None:
        return spoken
    head = verb.head if verb.head.i != verb.i else None
    sayer = subject(g, head) if head is not None else None  # «В СВР предупредили, что …»: the place speaks
    return party(sayer) if sayer is not None else None


def warning(g, verb, party):
    """«X предупредил, что если Y продолжит …, Z будет вынужден …»: a
    warning verb (``threat_warning_verbs``) whose clause holds a condition on
    another party is X's threat at the subject of that condition; (doer,
    recipient), or None."""
    if lx.lemma(verb) not in lx.event_map("threat_warning_verbs") or g.negated(verb):
        return None
    marks = lx.event_map("condition_markers")
    for said in g.children(verb, "clausal_complement"):
        for cond in [c for c in said.children if g.is_(c, "adverbial_clause") and c.i < said.i]:
            if not any(lx.lemma(m) in marks for m in cond.children if m.i < cond.i):
                continue
            doer = next((party(s) for s in g.subjects(verb, agents=False)), None)
            doer = doer or next(
                (party(s) for s in g.subjects(said, agents=False)), None
            )  # «…, Исламабад будет вынужден»
            target = next((party(s) for s in g.subjects(cond, agents=False)), None)
            if doer is not None and target is not None and (doer.country or doer.org) != (target.country or target.org):
                return doer, target
    return _warned(g, verb, party)


def _warned(g, verb, party):
    """«Захарова предупредила Стокгольм, что Москва оставляет за собой право
    на ответные шаги»: a warning told to a named party, with what it says,
    is a threat at that party; (doer, recipient), or None."""
    if not g.children(verb, "clausal_complement"):
        return None
    told = [o for o in g.objects(verb) if g.child(o, "case") is None]
    target = next((p for p in map(party, told) if p is not None), None)
    sayer = subject(g, verb)
    doer = party(sayer) if sayer is not None else None
    if doer is None or target is None or (doer.country or doer.org) == (target.country or target.org):
        return None
    if not any(_threat_content(g, said, doer, party) for said in g.children(verb, "clausal_complement")):
        return None  # «предупредило Россию, что уровень воды поднимется»: news, no threat
    return doer, target


def _threat_content(g, said, doer, party) -> bool:
    """What a warning says is a threat: a word of response or retaliation
    (``threat_warning_contents``, some only under their head: «оставляет за
    собой право»), a condition (``condition_markers``), or a hostile act
    (``answered_acts``) by the warner's side («Вильнюс вышлет дипломатов»)."""
    words, marks = lx.event_map("threat_warning_contents"), lx.event_map("condition_markers")
    toks = list(said.subtree)
    for t in toks:
        if lx.lemma(t) not in words:
            continue
        heads = [h for h in words[lx.lemma(t)].split(",") if h]
        if not heads or {lx.lemma(t.head), *map(lx.lemma, t.children)} & set(heads):
            return True
    if any(lx.lemma(t) in marks for t in toks) or any(
        lx.norm(a.text) == "в" and lx.lemma(b) == "случай" for a, b in zip(toks, toks[1:])
    ):
        return True
    return _hostile_act(g, said, doer, party)


def _hostile_act(g, said, doer, party) -> bool:
    """«… что Вильнюс вышлет российских дипломатов»: the clause's verb is a
    hostile act (a trigger of an ``answered_acts`` type) whose subject is
    of the warner's side."""
    kinds = set(lx.event_map("answered_acts"))
    plover = lx.cameo_plover()
    rows = lx.triggers().get(lx.lemma(said), [])
    objs = {lx.lemma(o) for o in g.objects(said)}
    hostile = any(
        (plover.get(r.get("cameo")) or {}).get("plover") in kinds
        and (r.get("args") == "-" or objs & set(r.get("args", "").split(",")))
        for r in rows
    )
    side = doer.country or doer.org
    subj = next((party(s) for s in g.subjects(said, agents=False)), None)
    return hostile and subj is not None and (subj.country or subj.org) == side
