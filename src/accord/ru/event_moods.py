"""Moods of a Russian event (accord.ru.events): negation, the future, the
hypothetical (``flags``), acts inside an allegation (``claim_content``) and
PLOVER's rule on moods (``plover_mood``): a promised cooperative act is
AGREE, a refused one REJECT.
"""

from __future__ import annotations

from . import lexicon as lx
from .event_subjects import intent_holder


def flags(g, verb) -> tuple[bool, bool, bool]:
    words = lx.event_map
    chain = [verb] + (
        [verb.head] if g.is_(verb, "open_complement", "clausal_subject") else []
    )  # «планируется провести»
    negated = any(g.negated(v) for v in chain)
    future = any("Fut" in v.morph.get("Tense") for v in chain) or any(
        lx.lemma(c) in words("future_aux") and g.is_(c, "aux") for v in chain for c in v.children
    )
    future = future or any(_future_be(c) for v in chain for c in v.children)  # «будет подписано», «будет вынужден»
    future = future or (len(chain) > 1 and lx.lemma(chain[1]) in words("future_heads"))  # «пообещали передать»
    future = future or intent_holder(g, verb) is not None  # «заявила о готовности поставлять»
    hypo = any(lx.lemma(c) in words("conditional") for v in chain for c in v.children)
    heads = clause_heads(g, verb)
    hypo = hypo or any(lx.lemma(h) in words("hypothetical_heads") for h in heads)  # «может ввести», «не исключил, что»
    hypo = hypo or any(lx.lemma(c) in words("condition_markers") for v in [verb, *heads[:1]] for c in v.children)
    hypo = hypo or _conditioned(g, verb)  # «Если обстановка обострится, Таджикистан обратится к ОДКБ»
    hypo = hypo or any(lx.lemma(c) in words("alleged_markers") for v in chain for c in v.children)  # «якобы»
    if any(lx.lemma(v) in words("refusal_heads") and g.negated(v) for v in chain[1:]):
        return True, True, False  # «не можем поддержать»: a refusal, which _plover_mood makes REJECT
    return negated, future, hypo


def _conditioned(g, verb) -> bool:
    """An act told under a condition clause of its own («Если …
    обострится, X обратится …»: «если» hangs on the condition's verb)."""
    marks = lx.event_map("condition_markers")
    clauses = [c for c in verb.children if g.is_(c, "adverbial_clause") and c.i < verb.i]
    return any(lx.lemma(m) in marks for c in clauses for m in c.children if m.i < c.i)


def _future_be(tok) -> bool:
    """«будет» as the auxiliary of a passive or a short adjective («будет
    подписано», «будет вынужден»): a form of «быть» that is not the past
    («было подписано») and not the conditional."""
    if lx.lemma(tok) not in lx.event_map("future_aux") or tok.dep_ not in ("aux:pass", "cop"):
        return False
    return tok.pos_ == "AUX" and not ({"Past"} & set(tok.morph.get("Tense")) or "Cnd" in tok.morph.get("Mood"))


def clause_heads(g, verb, limit: int = 4) -> list:
    """The words whose clause the verb's clause is part of, nearest first:
    «полагают, что … может ввести» -> [может, полагают]; a noun on the way
    («утверждения о том, что …») is kept."""
    out, t = [], verb
    for _ in range(limit):
        if t.head.i == t.i or not g.is_(
            t,
            "clausal_complement",
            "open_complement",
            "adverbial_clause",
            "clause_modifier",
            "noun_modifier",
            "oblique",
        ):
            break
        t = t.head
        out.append(t)
    return out


def claim_content(g, verb) -> bool:
    """An act inside what someone alleges or denies («обвинило Азербайджан
    в том, что … обстреляли», «отверг утверждения о том, что …»): the claim
    is the speaker's event, its content is no fact."""
    claims = lx.event_map("claim_heads")
    return any(lx.lemma(h) in claims for h in clause_heads(g, verb))


def plover_mood(kind: str, cameo: str, negated: bool, future: bool, hypo: bool) -> tuple[str, str, bool]:
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


def conditional_threat(g, verb, kind: str, negated: bool) -> str | None:
    """The CAMEO code of the threat (13x) that a conflict act becomes when
    its sentence sets a condition on it («Если …, Ташкент будет вынужден
    пересмотреть договоренности с Кабулом»): the English coder's
    ``threat_code`` table; None when it is no such act. The act inside the
    condition itself («если задержанных не освободят») is no threat."""
    from ..events import words as W

    code = W.category_map("threat_code").get(kind)
    if code is None or negated:
        return None
    if any(lx.lemma(h) in lx.event_map("forecast_heads") for h in clause_heads(g, verb)):
        return None  # «политолог полагает, что если …, Баку может приостановить»: a forecast, no one's threat
    marks = lx.event_map("condition_markers")
    pairs = zip(verb.sent, list(verb.sent)[1:] + [None])  # «в случае» is two words
    conds = [
        t
        for t, nxt in pairs
        if t.i < verb.i
        and (lx.lemma(t) in marks or (nxt is not None and f"{lx.norm(t.text)} {lx.norm(nxt.text)}" in marks))
    ]
    own = {verb.i, *(h.i for h in clause_heads(g, verb))}
    return code if conds and not any(c.head.i in own for c in conds) else None


def condition_subject(g, verb):
    """The subject of the condition a conditional act sets («Если Вильнюс
    продолжит …, Минск закроет границу» -> Вильнюс): the one it threatens;
    None when the condition has no subject of its own."""
    marks = lx.event_map("condition_markers")
    for t in verb.sent:
        if t.i < verb.i and lx.lemma(t) in marks and t.head.i != verb.i:
            subj = g.subjects(t.head, agents=False)
            if subj:
                return subj[0]
    return None
