"""What a trigger is once its flags, date and evidence are read: the
category an announced or refused act becomes (:func:`coding_of`) and the
event's confidence (:func:`confidence`), the trigger's evidence weighed
with the sentence classifier's view. Split out of :mod:`accord.events.assemble`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .dates import is_historical
from .factuality import tells_a_phase
from .judged import CRITICISM_CODE
from .lexicon import Lexicon
from .pairs import is_pair_reference
from .place_time import date_for
from .triggers import SPEC_RULE, SPEC_RULE_ARGS, Candidate

# how the sentence classifier weighs in (chosen on the cross-validated ConfliBERT
# folds and the PLOVER records together): an event's confidence is
# CLS_BASE * pattern evidence + (1 - CLS_BASE) * P(its class), the class of its CAMEO
# code as the classifier's labels count it (classifier.quad_class); a sentence the
# classifier reads as a statement (P >= GATE, the most likely class) keeps only
# events with a rule or pattern trigger and an actor (measured on ConfliBERT args:
# gating those too, as the classifier asked, dropped F1 0.649 -> 0.622; gating
# nothing 0.650 at lower precision), and none of another class where it is sure
# (P >= GATE_STRONG: 0.65, 0.8 and 0.9 tried on the cross-validated ConfliBERT
# classes, 0.822 / 0.841 / 0.840 macro-F1 with the typed verbs of accord.events.choose;
# below 0.9 the sample events lose true events, 279 -> 272 at 0.65, 275 at 0.8).
CLS_BASE = 0.7
UNCODED_MAX = 0.35  # below min_confidence: an event with nobody codable is dropped unless its trigger is strong
GATE = 0.45
GATE_STRONG = 0.9
SOURCE_CONFIDENCE = {"rule": 0.55, "pattern": 0.5, "verb": 0.3}


@dataclass
class Coding:
    """What an event is once flags and date are read: its category, code,
    mode and contexts (an announced cooperative act is AGREE, a refused one
    REJECT, an announced coercive act THREATEN) and its flags and date."""

    type: str
    cameo: str
    mode: str | None
    context: list
    negated: bool
    hypothetical: bool
    future: bool
    historical: bool
    date: str | None
    date_end: str | None
    date_text: str | None
    date_precision: str | None


def coding_of(c: Candidate, ents, published, lex: Lexicon) -> Coding:
    """Flags and date of the trigger, and the category they make of it: a
    promised cooperative act is AGREE (PLOVER's rule), a refused one REJECT
    (CAMEO 12), an announced or conditional coercive act a THREATEN (13)."""
    tok = c.tok
    prevented = F.is_prevented(tok)
    negated = F.is_negated(tok) or prevented
    phase = tells_a_phase(tok)
    future = F.is_future(tok) and not phase  # "the exercise will end on Friday": under way
    hypothetical = F.is_hypothetical(tok)
    if c.made:  # "will not return to talks unless Yerevan withdraws": the demand is made now
        prevented = negated = future = hypothetical = False
    past = not future
    d = date_for(c, ents, published, past)
    date = date_end = date_text = precision = None
    if d:
        date, date_end, date_text, precision, own = d
        if published and date > published and not future and not phase and tok.pos_ == "NOUN" and own:
            # "a joint exercise next month": an event noun dated after publication (not by a
            # clause within its phrase: "the withdrawal of troops, which will be completed by ...")
            future = True
    historical = is_historical(date_end or date, published)
    cat, cameo, mode = c.type, c.cameo, c.mode
    cooperative = W.categories("cooperative")
    threat_code = W.category_map("threat_code")
    if future and cat in cooperative and not negated:
        fine = lex.future_agree_fine.get(cameo) or lex.future_agree.get(cameo[:2])
        if fine:
            cat, cameo, mode = "AGREE", fine, None
    elif future and not negated and cat == "MOBILIZE" and F.is_offered_force(tok):
        # "ready to deploy its forces", "will send a battalion to the drills": an offer of military aid (CAMEO 0332)
        cat, cameo, mode = "AGREE", "0332", None
    elif (future or hypothetical) and negated and not prevented and cat in cooperative | {"AGREE"}:
        # "will not accept", "would not meet": a refusal (CAMEO 12); "will not allow X to
        # re-establish itself": a warning against X (CAMEO 130)
        cat, cameo = ("THREATEN", "130") if F.forbids_an_act(tok) else ("REJECT", "120")
        mode, negated = None, False
    elif (
        (future or (hypothetical and F.has_condition(tok) and not F.in_condition(tok)))
        and not negated
        and cat in threat_code
        and c.source != "verb"
    ):
        # an announced or conditional coercive act is a threat (CAMEO 13), and the threat is made
        cat, cameo, mode = "THREATEN", threat_code[cat], None
        # "would strike if": made; "might leave if", "Will X leave?": not
        hypothetical = hypothetical and (F.is_speculative(tok) or F.is_question(tok))
    return Coding(
        cat,
        cameo,
        mode,
        list(c.context),
        negated,
        hypothetical,
        future,
        historical,
        date,
        date_end,
        date_text,
        precision,
    )


def confidence(
    c: Candidate,
    a_actors,
    r_actors,
    hypothetical: bool,
    quad: str,
    probs,
    cls: str | None = None,
    negated=False,
    pair=False,
) -> float:
    """The event's confidence: the trigger's evidence, the actors found, how
    central the clause is, and the sentence classifier's view (``cls``: the
    classifier's class of the event's CAMEO code, :func:`quad_class`)."""
    tok = c.tok
    conf = SOURCE_CONFIDENCE.get(c.source, 0.4)
    conf += min(c.spec, 3.4) * 0.05
    if a_actors:
        conf += 0.1
        if any(a.code for a in a_actors):
            conf += 0.05
    if r_actors:
        conf += 0.05
    if not a_actors and not r_actors:
        conf -= 0.15
    conf += _clause_weight(tok)
    if hypothetical:
        conf -= 0.05
    cls = cls or quad
    if probs is not None:
        # an appeal (CAMEO 02) shares the classifier's statement class with the comments
        # (01) that are no events here: it is weighed by its PLOVER quad, as before
        appeal = cls == "statement"
        p = probs.get(quad if appeal else cls, 0.0)
        pstat = probs.get("statement", 0.0)
        strong = c.spec >= SPEC_RULE and bool(a_actors)  # a rule/pattern trigger with its actor stands
        # a party's verdict in words ("considers the mission a threat") is a statement and an act
        verdict = c.verdict or _concern_at_party(c, a_actors, r_actors)
        gate = not strong or (pstat >= GATE_STRONG and not appeal and not verdict)
        if pstat >= GATE and pstat == max(probs.values()) and gate:
            conf = min(conf, 0.3)
        else:
            conf = CLS_BASE * conf + (1 - CLS_BASE) * p
    coded_a = any(a.code for a in a_actors)
    coded_r = any(r.code for r in r_actors)
    if c.source == "verb":
        # a CAMEO verb default alone is weak evidence: it needs coded actor and
        # recipient and a sentence the classifier does not read as another class; an act
        # a coded party did not do ("Turkmenistan did not attend") is told for its actor alone
        if not (coded_a and (coded_r or negated)) or (
            probs is not None and probs.get(quad if cls == "statement" else cls, 0.0) < 0.35
        ):
            conf = min(conf, 0.35)
    elif not coded_a and not coded_r and c.spec < SPEC_RULE_ARGS and not pair:
        conf = min(conf, UNCODED_MAX)  # nobody codable takes part: weak evidence for event data
    return round(max(0.0, min(0.99, conf)), 3)


def _concern_at_party(c: Candidate, a_actors, r_actors) -> bool:
    """``expressed concern over the actions of the Chinese coast guard``:
    concern voiced (a stance verb's criticism) over the act of a coded party
    its own phrase names is a speech act, as a verdict is; concern over an
    unnamed incident, or over a place (``the situation in Mali``), stays
    gated (events.judged.gives_a_verdict)."""
    if c.cameo != CRITICISM_CODE or c.tok.lemma_.lower() not in W.words("stance_verbs"):
        return False
    own = {a.code for a in a_actors if a.code}
    return any(r.code and r.code not in own and not _in_place_phrase(c.tok.doc, r) for r in r_actors)


def _in_place_phrase(doc, r) -> bool:
    """Is the party ``r`` named as a place (the object of a place preposition)?"""
    span = doc.char_span(r.start, r.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    return head.head.lower_ in W.words("place_preps") and grammar(head).is_(head, "prep_object")


def pair_reference(a_actors, r_actors) -> bool:
    """A party named as a pair ("the two leaders agreed", "both sides"): not
    nobody, but the parties the article has joined, whom
    :func:`accord.events.pairs.expand_pairs` gives the event later (``pair``
    of :func:`confidence`, where :func:`parties_before` finds them)."""
    return any(is_pair_reference(p.text) for p in [*a_actors, *r_actors])


def parties_before(actors: ActorGroups, start: int) -> bool:
    """Has the text before ``start`` named two coded parties (a pair to refer to)?"""
    seen = set()
    for m in actors.mentions:
        if m.start < start and (m.country or m.org):
            seen.add((m.country, m.org))
            if len(seen) >= 2:
                return True
    return False


def _clause_weight(tok) -> float:
    """+0.05 for a trigger at the head of its sentence (or in its main
    complement); events deep inside other clauses are background more often
    than news."""
    g = grammar(tok)
    if g.is_(tok, "root") or (
        g.is_(tok.head, "root") and g.is_(tok, "clausal_complement", "open_complement", "object")
    ):
        return 0.05
    depth, t = 0, tok
    while t.head.i != t.i and depth < 8:
        t = t.head
        depth += 1
    return -0.03 * max(0, min(depth, 6) - 1)
