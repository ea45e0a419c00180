"""A chaired gathering's attendee list: the chair's state with each attendee.

"The meeting of the Council of Heads of State of the CIS was held in Dushanbe
under the chairmanship of the President of Tajikistan. The leaders of Russia,
Belarus, Kazakhstan ... took part in the summit": the #16 convention codes a
hosted summit as the host with each named participant, not every pair of
participants (nor nothing, for a list longer than ``MAX_JOINT``). The host is
the state of the gathering's chair (a ``chair_nouns`` phrase: "under the
chairmanship of X") or, with no chair named, of the place the gathering was
held in; the attendance is a verb of taking part (``attending_verbs``, "took
part": ``part_nouns``) whose subject lists coded states, told in the
gathering's sentence or the few after it (``GUEST_SENTENCES``). Its events
(the pairs of attendees) give way to one CONSULT host -> attendee each.
"""

from __future__ import annotations

from copy import copy

from ..actors import mentions_in
from ..record import Event, EventActor, Span
from ..syntax import grammar
from .parties import party_words
from .venues import GUEST_SENTENCES, place_state

#: the confidence of an attendance given its host
ATTENDED_CONFIDENCE = 0.8


def chaired_attendees(doc, events: list[Event]) -> list[Event]:
    """``events`` with each attendance of a chaired or hosted gathering told as
    host -> attendee (see the module docstring)."""
    sents = list(doc.sents)
    host = None
    since = 0
    out_of: dict = {}
    told: dict = {}  # the gathering's sentence start -> its host, where it has attendees
    for si, sent in enumerate(sents):
        low = sent.text.lower()  # (a string test first: no token loop over a sentence that names none)
        h = _gathering_host(doc, sent) if _names(low, "gathering_nouns") else None
        if h is not None:
            host, since = h, si
        if (
            host is None
            or si - since > GUEST_SENTENCES
            or not _names(low, "attending_verbs", "represented_verbs", "part_nouns")
        ):
            continue
        for v in sent:
            guests = _attendees(doc, v) if _attending(v) else []
            guests = [m for m in guests if m.country != host.country]
            if guests:
                out_of[v.idx] = (v, sent, host, guests)
                told[sents[since].start_char] = host.country
    if not out_of:
        return events
    kept = [e for e in events if e.trigger.start not in out_of and not _organisation_at_host(e, told)]
    for start, (v, sent, host, guests) in out_of.items():
        model = next((e for e in events if e.trigger.start == start and e.type == "CONSULT"), None)
        dated = max(
            (e for e in events if e.sentence["start"] <= start and e.date),
            key=lambda e: e.sentence["start"],
            default=None,
        )  # the latest dated act told up to the gathering
        for m in guests:
            e = copy(model) if model is not None else _consult(v, sent)
            e.actor, e.recipient = EventActor(**vars(host)), EventActor.of(m)
            if e.date is None and dated is not None:  # (the gathering's day, or the article's)
                e.date, e.date_end, e.date_precision = dated.date, dated.date_end, dated.date_precision
            kept.append(e)
    return sorted(kept, key=lambda e: (e.sentence["start"], e.trigger.start))


def _names(low: str, *lists: str) -> bool:
    """Does the lower-case text hold a word of the lists (by its stem: "attend" in "attended")?"""
    return any(w[:6] in low for name in lists for w in party_words(name))


def _organisation_at_host(e: Event, told: dict) -> bool:
    """The gathering's own event told as its organisation with the host
    ("The meeting of the CIS council was held in Dushanbe": CIS -> TJK), where
    the host is told with each attendee instead."""
    a, r = e.actor, e.recipient
    host = told.get(e.sentence["start"])
    return (
        host is not None
        and e.type == "CONSULT"
        and a is not None
        and bool(a.org)
        and not a.country
        and r is not None
        and r.country == host
    )


def _consult(v, sent) -> Event:
    return Event(
        "CONSULT",
        Span(v.idx, v.idx + len(v), v.text),
        {"start": sent.start_char, "end": sent.end_char},
        cameo="040",
        quad="verbal_cooperation",
        confidence=ATTENDED_CONFIDENCE,
    )


def _gathering_host(doc, sent) -> EventActor | None:
    """The host of a gathering the sentence tells of: the state of its chair
    ("under the chairmanship of the President of Tajikistan"), else the place
    the gathering noun's verb puts it in ("The summit was held in Astana")."""
    g = grammar(doc)
    gatherings = party_words("gathering_nouns")
    told = [t for t in sent if t.lemma_.lower() in gatherings and g.is_(t, "subject", "passive_subject")]
    if not told:
        return None
    for t in sent:
        if t.lemma_.lower() in party_words("chair_nouns"):
            for m in mentions_in(doc, t.idx, t.right_edge.idx + len(t.right_edge)):
                if m.country and not m.org:
                    return EventActor(m.start, m.end, m.text, code=m.country, country=m.country)
    return place_state(doc, told[0].head)


def _attending(v) -> bool:
    """A verb of taking part ("attended", "participated", "took part", "was represented")."""
    lemma = v.lemma_.lower()
    if v.pos_ != "VERB":
        return False
    g = grammar(v)
    if lemma in party_words("attending_verbs") or (
        lemma in party_words("represented_verbs") and g.has_child(v, "passive_subject")
    ):
        return True
    return lemma in party_words("part_verbs") and any(
        o.lemma_.lower() in party_words("part_nouns") for o in g.children(v, "object")
    )


def _attendees(doc, v) -> list:
    """The coded states the verb's subject lists ("The leaders of Russia,
    Belarus and Kazakhstan"), one per state."""
    g = grammar(v)
    sj = g.child(v, "subject") or g.child(v, "passive_subject")  # "Armenia was represented by its envoy"
    if sj is None:
        return []
    seen, out = set(), []
    for m in mentions_in(doc, sj.left_edge.idx, sj.right_edge.idx + len(sj.right_edge)):
        if m.country and not m.org and m.country not in seen:
            seen.add(m.country)
            out.append(m)
    return out
