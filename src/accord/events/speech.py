"""Speech acts and report frames (issue #16, item 3).

An event told in reported speech is two things: the speaker's act of saying
it and, maybe, the reported fact.

* **The speaker's act.** Content that charges another party with a hostile
  act (``Dushanbe said that Kyrgyz troops had opened fire ...``, a quote of
  the Azerbaijani ministry on Armenian shelling) is the speaker's ACCUSE
  (CAMEO 112) toward the accused: the speaker's code as actor, the content's
  actor as recipient, ``quote`` pointing at the quote and ``speech_act``
  true. A verbal act whose trigger is the cue of a quote or attribution
  (``urged X to``, ``accused X of``) or that a speaker performs in their own
  quoted words (``we will respond``) is a speech act too.
* **The content.** After a neutral reporting verb (``said``, ``reported``,
  ``according to``: ``report_cues``) the content stays an event of its own,
  linked by ``quote``; after a claim verb (``claimed``, ``alleged``,
  ``denied``: ``claim_cues``) it is not emitted as a fact.
* **Wishes.** After ``hope``, ``wish``, ``want`` (``wish_cues``) the content
  is emitted only as ``hypothetical``, and so is the wish itself
  (``Pakistan wanted peace``: no act aimed at anyone).
* **Acts.** A speech verb with only a noun-phrase, infinitive or
  prepositional object (``urged Kyiv to return to talks``, ``denied the
  charge``: the quotes layer's ``act`` attributions) is the speaker's event.
  Where the coder already emitted an event from the cue, that event takes
  the attribution's index in ``attribution`` (and ``speech_act`` when it is
  a verbal act); where it emitted none, a verb of ``act_event_verbs`` gives
  one: its CAMEO code, the attribution's speaker as actor, the verb's object
  or addressee as recipient.
* **Answers.** ``Manila rejected the accusation``: a rejection of an
  accusation (``accusation_nouns``) whose target is unnamed answers the
  latest earlier accusation aimed at the rejecting party.

The verb classes and nouns are lists in ``lang/en/events/words.tsv``, the
category sets in ``events/data/category_sets.tsv``.
"""

from __future__ import annotations

import bisect
import copy

from ..record import Event, EventActor, Span
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import party, speaker_actor, verb_recipient
from .bad_faith import bad_faith_charges
from .blame import ACCUSE_CODE, ACT_CONFIDENCE, blame_charges, failure_charges
from .dismissals import dismissal_word, dismissals, refused_counsel
from .embedding import setting_head
from .factuality import acts_on_noun, is_headline
from .frames import commentator, cue_word, frame_verb, speaker_of, token_at
from .lexicon import lexicon
from .made import code_event
from .refused import refused_documents
from .reserved_rights import reserved_rights
from .suspects import suspects_accused
from .threat_conditions import conditional_threats
from .told_denials import told_denials
from .warned_side import aim_own_side_demands, aim_own_side_warnings

SETTING_FLOOR = 0.45  # a setting clause's act is ranked down, never below the emitted events' floor
#: how many sentences back a rejection looks for the accusation it answers when none names the rejecting party
ANSWER_SENTENCES = 3  # an act attribution's own event: a speaker and a listed speech verb


def _is_report_cue(doc, char: int) -> bool:
    """Is the token at a character offset a reporting verb (``report_cues``)?"""
    tok = token_at(doc, char)
    return tok is not None and cue_word(tok) in W.words("report_cues")


def _cue_lemma(doc, q) -> str | None:
    cue = getattr(q, "cue", None)
    if cue is None:
        return None
    t = token_at(doc, cue.start)
    return cue_word(t) if t is not None else None


def _frame(doc, e: Event, tok, quotes):
    """(cue lemma, cue token or None, speaker EventActor or None) of an
    event's report frame, or None when it is told as the writer's own."""
    if acts_on_noun(tok):
        return None  # "..., a claim Baku denied": the writer's report of the denial, not the claim's content
    fv = frame_verb(tok)
    if e.quote is not None and e.quote < len(quotes):
        q = quotes[e.quote]
        lem = _cue_lemma(doc, q)
        cue_tok = token_at(doc, q.cue.start) if getattr(q, "cue", None) is not None else None
        if fv is not None and lem not in W.words("claim_cues"):
            lem, cue_tok = cue_word(fv), fv
        return lem, cue_tok, speaker_actor(q)
    if fv is not None:
        return cue_word(fv), fv, None
    return None


def _accusation(e: Event, speaker: EventActor, cue_tok, qi) -> Event | None:
    """The speaker's ACCUSE of the content's actor, or None where the content
    charges nobody else (the speaker's own side, an uncoded actor, a negated
    or hypothetical act)."""
    a = e.actor
    if a is None or not a.code or e.negated or e.hypothetical or e.future or e.type not in W.categories("accusable"):
        return None
    own = speaker.country or speaker.org
    if not (speaker.code or own) or (a.country or a.org) == own:
        return None
    trig = e.trigger
    if cue_tok is not None:
        trig = Span(cue_tok.idx, cue_tok.idx + len(cue_tok.text), cue_tok.text)
    out = copy.deepcopy(e)
    out.type, out.cameo, out.mode, out.context = "ACCUSE", ACCUSE_CODE, "allege", list(e.context)
    info = lexicon().categories["ACCUSE"]
    out.quad, out.intensity = info["quad"], info["intensity"]
    out.actor, out.recipient = copy.deepcopy(speaker), copy.deepcopy(a)
    out.trigger, out.speech_act, out.quote = trig, True, qi
    out.future = False
    if cue_tok is not None and not (e.sentence["start"] <= trig.start < trig.end <= e.sentence["end"]):
        # the cue stands in another sentence ('"...," the ministry said'): the act is stated there, and the
        # content's sentence is evidence of what it charges
        sent = cue_tok.sent
        out.sentence = {"start": sent.start_char, "end": sent.end_char}
        out.evidence = [dict(s) for s in [out.sentence, e.sentence, *(e.evidence or [])] if s]
        out.evidence = [s for i, s in enumerate(out.evidence) if s not in out.evidence[:i]]
    return out


def _is_cue_of(tok, quotes, doc) -> int | None:
    """The index of the quote whose cue is this token, or None."""
    for qi, q in enumerate(quotes):
        cue = getattr(q, "cue", None)
        if cue is not None and cue.start <= tok.idx < cue.end:
            return qi
    return None


def _mark_own_speech(e: Event, tok, quotes, doc) -> bool:
    """A verbal act that is the cue of a quote (``urged X to``) or said by the
    speaker in their own quoted words is a speech act. True when the event's
    trigger is the cue itself (the act of saying, no reported content)."""
    qi = _is_cue_of(tok, quotes, doc)
    if e.type == "ACCUSE" and tok.lemma_.lower() in W.words("characterise_verbs"):
        e.speech_act = True  # "described the drills as a provocation": the speaker's charge, said
    if e.type not in W.categories("speech_acts") or not e.quad.startswith("verbal"):
        return qi is not None and e.quote is None
    if qi is not None:
        e.speech_act = True
        if e.quote is None:
            e.quote = qi
        return True
    if e.quote is not None and e.quote < len(quotes) and e.actor is not None:
        s = quotes[e.quote].speaker
        if s is not None and e.actor.start == s.start and e.actor.end == s.end:
            e.speech_act = True
    return False


def speech_acts(doc, events: list[Event], actors: ActorGroups, quotes) -> list[Event]:
    """The events with report frames read: a speaker's accusation added for
    reported hostile acts, claimed content dropped, speech acts marked."""
    out: list[Event] = []
    claim = W.words("claim_cues")
    acts = _act_attributions(doc)
    uncovered = _link_acts(doc, events, acts)
    anchors: list[Event] = []
    for e in events:
        tok = token_at(doc, e.trigger.start)
        if tok is None:
            out.append(e)
            continue
        if cue_word(tok) in W.words("wish_cues"):
            e.hypothetical = True  # "Pakistan wanted peace": a wish is no act, as what is wished is no fact
        if _expected(tok):
            e.hypothetical = True  # "expects China to release them": what is expected has not happened
        if _commentators_expectation(e, tok):
            continue  # "analysts expect Turkey to ...": a forecast, no party's request
        if _mark_own_speech(e, tok, quotes, doc):
            out.append(e)
            continue
        fr = _frame(doc, e, tok, quotes)
        if fr is None:
            out.append(e)
            continue
        lem, cue_tok, speaker = fr
        if speaker is None and cue_tok is not None:
            speaker = speaker_of(cue_tok, actors)
        if commentator(speaker, e.quote, quotes) and not _told_past(tok):
            e.hypothetical = True  # an analyst's remark: an opinion, not news of the parties' acts
            out.append(e)
            continue
        if lem in W.words("wish_cues"):
            e.hypothetical = True  # "hopes that NATO will deploy": a wish, no fact and no charge
            out.append(e)
            continue
        if lem not in W.words("report_cues") and lem not in claim:
            out.append(e)  # a belief, a plan: the content as it stands
            continue
        acc = _accusation(e, speaker, cue_tok, e.quote) if speaker is not None else None
        if acc is not None:
            # a neutral report of an act in the writer's words is no charge of the speaker's own; it is
            # kept only as what a later denial may answer
            (out if lem in claim or _own_words(e, quotes) else anchors).append(acc)
        if lem not in claim:
            out.append(e)
    out.extend(_act_events(doc, acts, uncovered, actors))
    out.extend(failure_charges(doc, out, actors, quotes))
    out.extend(bad_faith_charges(doc, out, actors, quotes))  # "Vilnius knows this perfectly well"
    blamed, claimed = blame_charges(doc, out, actors, quotes)
    out = [e for e in out if (t := token_at(doc, e.trigger.start)) is None or t.i not in claimed] + blamed
    out = refused_documents(doc, out, actors)  # "did not sign the joint statement": REJECT
    out.extend(conditional_threats(doc, out, actors, quotes))  # "if X does Y, we will be forced to ..."
    out.extend(reserved_rights(doc, out, actors, quotes))  # "reserves the right to respond": THREATEN
    out = suspects_accused(doc, out, actors, quotes)  # "a citizen suspected of spying": the accused
    out.extend(dismissals(doc, out, actors, quotes))  # "such assessments are groundless": REJECT
    refused_counsel(doc, out)  # "does not need the advice of Moscow": REJECT
    answer_accusations(doc, out, anchors)
    out.extend(told_denials(doc, out, actors, quotes, lambda d, x, ev: _accusation_answered(d, x, ev + anchors)))
    aim_own_side_warnings(doc, out, lambda char: _is_report_cue(doc, char))
    aim_own_side_demands(doc, out, lambda d, x, ev: _accusation_answered(d, x, ev + anchors))
    _conjunct_recipients(doc, out)
    _rank_settings(doc, out)
    return out


def _rank_settings(doc, events: list[Event]) -> None:
    """An act told in an ``after`` clause (``expelled them after X
    alleged ...``) is the setting of the main clause's act: it ranks below it
    (confidence), so the sentence's top event is the main one."""
    by_trigger: dict = {}
    for e in events:
        by_trigger.setdefault(e.trigger.start, []).append(e)
    for e in events:
        tok = token_at(doc, e.trigger.start)
        head = setting_head(tok) if tok is not None else None
        mains = by_trigger.get(head.idx, []) if head is not None else []
        if mains:
            e.confidence = min(e.confidence, max(min(m.confidence for m in mains) - 0.01, SETTING_FLOOR))


def _conjunct_recipients(doc, events: list[Event]) -> None:
    """``spoke with Putin and asked for help``: a verbal act with no
    recipient, conjoined to its actor's meeting or call with someone, is
    addressed to the one met."""
    by_tok = {}
    for p in events:
        t = token_at(doc, p.trigger.start)
        if t is not None and p.type == "CONSULT" and p.recipient is not None and p.actor is not None:
            by_tok.setdefault(t.i, p)
    for e in events:
        if e.recipient is not None or e.actor is None or not e.actor.code or not e.quad.startswith("verbal"):
            continue
        t = token_at(doc, e.trigger.start)
        if t is None or t.pos_ != "VERB":
            continue
        g = grammar(t)
        near = [t.head] if g.is_(t, "conjunct") else []
        near += g.children(t, "conjunct")
        for n in near:
            p = by_tok.get(n.i)
            if p is not None and (p.actor.code, p.actor.country) == (e.actor.code, e.actor.country):
                e.recipient = copy.deepcopy(p.recipient)
                break


def _expected(tok) -> bool:
    """The act of an infinitive after an expectation verb (``expects China
    to release``, ``expectation_verbs``)."""
    g = grammar(tok)
    if not g.is_(tok, "clausal_complement", "open_complement") or tok.head.i == tok.i:
        return False
    return tok.head.lemma_.lower() in W.words("expectation_verbs") and any(c.tag_ == "TO" for c in tok.children)


def _commentators_expectation(e: Event, tok) -> bool:
    """An expectation verb whose subject is a commentator (``analysts expect``):
    a forecast, not the request a government's expectation makes."""
    if tok.lemma_.lower() not in W.words("expectation_verbs"):
        return False
    if e.actor is not None and e.actor.sector in W.words("commentator_sectors"):
        return True
    subj = grammar(tok).child(tok, "subject")
    return subj is not None and subj.lower_ in W.words("commentator_roles")


def _told_past(tok) -> bool:
    """A specific past act (``noted that X had met Y``, ``since X held``), which
    a commentator reports as a fact, not as an opinion."""
    if tok.tag_ == "VBD":
        return True
    return tok.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in tok.children
    )


def _own_words(e: Event, quotes) -> bool:
    """The content stands in the speaker's own quoted words."""
    return e.quote is not None and e.quote < len(quotes) and quotes[e.quote].kind == "direct"


def _act_attributions(doc) -> list:
    """(index into ``doc._.attributions``, attribution, cue token) of each
    ``act`` attribution with a cue."""
    out = []
    for ai, a in enumerate(getattr(doc._, "attributions", None) or []):
        if a.cue_class != "act" or a.cue is None:
            continue
        t = token_at(doc, a.cue.start)
        if t is not None:
            out.append((ai, a, t))
    return out


def _link_acts(doc, events: list[Event], acts: list) -> list:
    """Events triggered by an act attribution's cue take its index (and
    ``speech_act`` when they are verbal acts); the acts no event came from
    are returned."""
    uncovered = []
    for ai, a, t in acts:
        mine = [e for e in events if a.cue.start <= e.trigger.start < a.cue.end]
        for e in mine:
            e.attribution = ai
            if e.type in W.categories("speech_acts") and (e.quad or "").startswith("verbal"):
                e.speech_act = True
        if not mine:
            uncovered.append((ai, a, t))
    return uncovered


def _act_events(doc, acts: list, uncovered: list, actors: ActorGroups) -> list[Event]:
    """The speaker's own event of each act attribution no event came from,
    where its verb is listed (``act_event_verbs``: verb -> CAMEO code) and
    its speaker is coded."""
    verbs = W.word_map("act_event_verbs")
    out = []
    for ai, a, t in uncovered:
        code = verbs.get(_cue_lemma(doc, a) or "")
        speaker = speaker_actor(a)
        if not code or speaker is None or not (speaker.code or speaker.country or speaker.org):
            continue
        e = code_event(
            t,
            code,
            speaker,
            _act_recipient(t, speaker, actors),
            ACT_CONFIDENCE,
            negated=F.is_negated(t),
            hypothetical=F.is_hypothetical(t),
            speech_act=True,
            attribution=ai,
        )
        if e is not None:  # a code the lexicon gives no type
            out.append(e)
    return out


def _act_recipient(t, speaker: EventActor, actors: ActorGroups) -> EventActor | None:
    """The party an act is addressed to: the verb's object or addressee with
    a mention (``urged the EU to``), never the speaker's own side. A denial's
    object is the charge, not a party: :func:`answer_accusations` finds whom
    it answers."""
    if t.lemma_.lower() in W.words("denial_verbs"):
        return None
    head = verb_recipient(t, actors=actors)
    group = actors.group(head) if head is not None else []
    if not group:
        return None
    r = party(actors, group[0], t.i)
    own = speaker.country or speaker.org
    return None if own and (r.country or r.org) == own else r


def answer_accusations(doc, events: list[Event], unsaid: list[Event] | None = None) -> None:
    """``X rejected the accusation``, ``X denied ...``: the unnamed target
    of a rejection of an accusation noun, or of a denial of anything (its
    object is the charge), is the one who accused X last (``unsaid``: the
    charges read from neutral reports, answered but not emitted)."""
    nouns = W.words("accusation_nouns")
    for k, e in enumerate(events):
        if e.type != "REJECT" or e.actor is None:
            continue
        tok = token_at(doc, e.trigger.start)
        if tok is None:
            continue
        if e.recipient is not None and e.recipient.code and not _in_denied_content(doc, tok, e.recipient):
            continue  # (an uncoded object, "denied targeting civilians", names no party)
        charged = any(c.lemma_.lower() in nouns for c in grammar(tok).children(tok, "object")) or dismissal_word(tok)
        if not charged and tok.lemma_.lower() not in W.words("denial_verbs"):
            continue
        prev = _accusation_answered(doc, e, events[:k] + events[k + 1 :] + list(unsaid or []), charged)
        if prev is not None:
            e.recipient = copy.deepcopy(prev.actor)
            s = {"start": prev.sentence["start"], "end": prev.sentence["end"]}
            e.evidence = sorted([*e.evidence, s] if s not in e.evidence else e.evidence, key=lambda x: x["start"])


def _in_denied_content(doc, tok, r) -> bool:
    """Is the party ``r`` named inside what a denial verb ``tok`` denies
    (``denied that the troops had entered Ukraine``), or lent to it from an
    earlier sentence (``denied that the deliveries are directed ...``: the
    deliveries' recipient)? The denial answers its accuser, where there is one."""
    if tok.lemma_.lower() not in W.words("denial_verbs"):
        return False
    if not tok.sent.start_char <= r.start < tok.sent.end_char:
        return True
    g = grammar(tok)
    return any(c.left_edge.idx <= r.start <= c.right_edge.idx for c in g.children(tok, "clausal_complement"))


def _accusation_answered(doc, e: Event, others: list[Event], named: bool = False) -> Event | None:
    """The accusation a rejection answers: the latest earlier one (before it in
    its own sentence too: ``accused X of ..., which X denies``) aimed at the
    rejecting party, else the latest one made by another coded party in the
    sentences just before (``Zakharova criticised ... Astana rejected the criticism``);
    a rejection that names the charge (``rejected the accusation``: ``named``)
    looks back as far as the article goes. A denial that names no charge
    answers a demand made of the party too (``called on Beijing to share data
    ... The Chinese diplomat denied that ...``). A headline's accusation is
    the body's later news in summary, nothing a body sentence answers."""
    mine = e.actor.country or e.actor.org
    heads = {s.start_char for s in doc.sents if is_headline(s)} if len(list(doc.sents)) > 1 else set()
    earlier = [
        p
        for p in sorted(others, key=lambda x: -x.sentence["start"])
        if (p.sentence["start"], p.trigger.start) < (e.sentence["start"], e.trigger.start)
        and (p.type == "ACCUSE" or p.type == "REQUEST" and not named and not p.hypothetical)
        and p.sentence["start"] not in heads
        and p.actor is not None
        and p.actor.code
    ]
    for p in earlier:
        r = p.recipient
        if r is not None and mine and (r.country or r.org) == mine:
            return p
    starts = [s.start_char for s in doc.sents]
    here = bisect.bisect_right(starts, e.sentence["start"])
    for p in earlier:
        if here - bisect.bisect_right(starts, p.sentence["start"]) > ANSWER_SENTENCES and not named:
            break
        if p.type == "ACCUSE" and (p.actor.country or p.actor.org) != mine:
            return p
    return None
