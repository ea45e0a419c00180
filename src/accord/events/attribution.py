"""The body a report is attributed to, as the actor of its agentless acts.

Agency news tells a state body's own operations in the passive and names the
body only as the source of the report: "14 smugglers were detained, the SBS
said"; "A criminal case has been opened" after "..., the message says", the
message being the press centre's told at the start. Where a trigger of a
CAMEO root that such a body does itself (``attributed_roots``: arrests,
investigations, sanctions, not where aimed at its own state: ``target_preps``;
an attack only by a verb that the acting side uses of its own force,
``own_force_verbs``: "two were neutralized") has no actor and no
agent, and the quote it is told in is attributed to a coded state organ
(``reporting_sectors``) or a state, that body is the actor.

The body is found from the quote's speaker (:mod:`accord.quotes`):

* a coded mention among the speaker's words ("the press service of the
  Border Troops of Tajikistan");
* an abbreviation among them that an earlier coded mention stands for: the
  one it follows in brackets ("the State Border Service (SBS)") or whose
  capitalised words it is the initials of, or of three or more of them in
  a row ("the press centre of the SCNS":
  the State Committee for National Security);
* for a speaker that is the report itself (``report_nouns``: "the message
  says") or the body's own unnamed staff (``own_source_nouns``: "according
  to investigators"), the body of the quote before it (up to a few back).

Such an act that names no target is aimed at the body's own state
(:func:`home_operations`). Words are in ``events/data/party_words.tsv``.
"""

from __future__ import annotations

from ..doc_index import doc_text
from ..record import EventActor
from .actor_groups import ActorGroups
from .dateline import is_dateline
from .parties import party_words

#: how many quotes back a "the message says" is followed to its body
REPORT_CHAIN = 3


def attributed_body(tok, actors: ActorGroups, cameo: str | None) -> list:
    """The mention (as a one-item group) of the body the report of an
    agentless act is attributed to (see the module docstring), else []."""
    if not _agentless_own_act(tok, actors, cameo):
        return []
    quotes = actors.doc._.quotes or []
    qi = _told_in(tok, quotes, cameo)
    if qi is not None and not _told_act(tok, quotes[qi], actors):
        return []
    for _ in range(REPORT_CHAIN):
        if qi is None or qi < 0:
            return []
        q = quotes[qi]
        if q.speaker is None:
            return []
        span = actors.doc.char_span(q.speaker.start, q.speaker.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        mi = _body_in(span, actors)
        if mi is not None:
            country = actors.mentions[mi].country
            return [] if _placed_abroad(tok, country, actors) or _aimed_at(tok, country, actors) else [mi]
        if span.root.lemma_.lower() not in party_words("report_nouns") | party_words("own_source_nouns"):
            return []
        qi -= 1  # "the message says", "according to investigators": the report told before
    return []


def _aimed_at(tok, country: str | None, actors: ActorGroups) -> bool:
    """Is the act aimed at the body's own state ("sanctions were imposed on
    Russian companies, the Kremlin said": the target tells it, no doer)?"""
    g = actors.g
    for pr in g.children(tok, "prep"):
        if pr.lower_ not in party_words("target_preps"):
            continue
        for t in pr.subtree:
            mi = actors.at(t)
            if mi is not None and country and actors.mentions[mi].country == country:
                return True
    return False


def _placed_abroad(tok, country: str | None, actors: ActorGroups) -> bool:
    """Does the act's own ``in``/``at`` phrase put it in another state than
    the body's ("three journalists were arrested in Minsk, the US State
    Department said": Belarus's act, not the reporter's)?"""
    g = actors.g
    for pr in g.children(tok, "prep"):
        if pr.lower_ not in ("in", "at"):
            continue
        for t in pr.subtree:
            mi = actors.at(t)
            if mi is not None and actors.mentions[mi].country and actors.mentions[mi].country != country:
                return True
    return False


def _told_in(tok, quotes, cameo: str | None = None) -> int | None:
    """The index of the quote ``tok`` is told in; for a sentence in no quote,
    of the quote that ends in the sentence before it (a report told on: "...,
    the message says. A criminal case has been opened."); else None."""
    qi = next((i for i, q in enumerate(quotes) if q.start <= tok.idx < q.end), None)
    if qi is not None:
        return qi
    sent = tok.sent
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    before = [i for i, q in enumerate(quotes) if prev.start_char <= q.end <= sent.start_char]
    if not before:
        return None
    if "\n\n" in doc_text(tok.doc)[quotes[before[-1]].end : sent.start_char]:
        # across a blank line only the report's follow-up ('A criminal case has been opened.'), not a new
        # story's act ('Three activists were arrested after a rally.')
        return before[-1] if cameo and cameo[:2] in party_words("follow_up_roots") else None
    return before[-1]


def _told_act(tok, q, actors: ActorGroups) -> bool:
    """Is ``tok`` (or the verb it is joined to) the report's own act: its
    sentence's root or the complement of the quote's cue ("14 smugglers were
    detained, the SBS said"), not a clause below another verb ("we will not
    allow that our people are arrested"), and not done to a coded party
    ("the Tajik side was forced to answer": another's act on it)?"""
    g = actors.g
    t = tok
    while g.is_(t, "conjunct") and t.head.i != t.i:
        t = t.head
    cue = q.cue.start if q.cue is not None else None
    if not (t.head.i == t.i or (cue is not None and t.head.idx == cue and g.is_(t, "clausal_complement"))):
        return False
    # (a dateline the parser made a second passive subject is no target: "MOSCOW, March 3 - Two
    # members of a group were detained ..., the FSB said")
    sjs = [s for s in g.children(tok, "passive_subject") if not is_dateline(s, actors)]
    return not any(_a_side(sj, m, actors) for sj in sjs for m in actors.group(sj))


def _a_side(sj, mi: int, actors: ActorGroups) -> bool:
    """Is the mention (of passive subject ``sj``) a coded side that the
    subject names (a state, an organisation: "the Tajik side was forced to
    answer"), not coded people an organ detains ("Russian citizens were
    detained") nor a nationality that only qualifies them ("two Ukrainian
    saboteurs")?"""
    m = actors.mentions[mi]
    span = actors.span_of(mi)
    if not m.code:
        return False
    if span is None or span.start <= sj.i < span.end:  # the subject's own word: people, or a side
        return m.kind not in party_words("detainee_kinds")
    # a nationality on the subject ("two Ukrainian saboteurs", "a group of Afghan smugglers") qualifies
    # the ones detained; a name further down ("six members of the cell, including citizens of X") is
    # not taken for theirs
    return not _qualifies(span.root, sj, actors.g)


def _qualifies(t, head, g) -> bool:
    """Is ``t`` a modifier of ``head``, directly or through ``of`` phrases?"""
    for _ in range(6):
        if t.i == head.i:
            return True
        if t.head.i == t.i or not (
            g.is_(t, "adjective", "compound", "prep_object") or (g.is_(t, "prep") and t.lower_ == "of")
        ):
            return False
        t = t.head
    return False


def _agentless_own_act(tok, actors: ActorGroups, cameo: str | None) -> bool:
    """Is ``tok`` a passive act with no agent, of a CAMEO root a reporting
    body does itself (``attributed_roots``; an attack only by an own-force verb)?"""
    g = actors.g
    if tok.pos_ != "VERB" or not g.has_child(tok, "passive_subject") or g.agents(tok):
        return False
    if cameo and cameo[:2] in party_words("attributed_roots"):
        return True
    return tok.lemma_.lower() in party_words("own_force_verbs")


def _reporting(m) -> bool:
    return bool(m.code) and (m.sector in party_words("reporting_sectors") or (m.kind == "state" and not m.sector))


def _body_in(span, actors: ActorGroups) -> int | None:
    """The coded body among a speaker's words, directly or by its abbreviation."""
    for t in span:
        mi = actors.at(t)
        if mi is not None and _reporting(actors.mentions[mi]):
            return mi
    for t in span:
        if len(t.text) >= 2 and t.text.isalpha() and t.text.isupper():
            mi = abbreviated(t.text, span.start, actors)
            if mi is not None:
                return mi
    return None


def abbreviated(abbr: str, before: int, actors: ActorGroups) -> int | None:
    """The last coded mention before token ``before`` that ``abbr`` stands
    for: one followed by it in brackets, or whose capitalised words' initials
    it is; else None."""
    doc = actors.doc
    for mi in range(len(actors.mentions) - 1, -1, -1):
        m = actors.mentions[mi]
        span = actors.span_of(mi)
        if span is None or not len(span) or span.start >= before or not _reporting(m):
            continue
        after = doc[span.end : span.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[1].text == abbr and after[2].text == ")":
            return mi
        initials = "".join(t.text[0] for t in span if t.text[:1].isupper() and t.is_alpha)
        if initials == abbr or (len(abbr) >= 3 and abbr in initials):
            return mi  # ("Officers of the State Committee for National Security ...": SCNS)
    return None


def home_operations(doc, events: list, actors=None) -> None:
    """An agentless act of a state organ's own operation that names no
    target, told in a report ("A criminal case has been opened", "two were
    neutralized", the body said) and has no place in another state is aimed at
    that organ's own state, as a domestic operation is coded. In place."""
    for e in events:
        a = e.actor
        if e.recipient is not None or a is None or not a.country:
            continue
        if a.sector not in party_words("reporting_sectors") and a.code != a.country:
            continue  # (a state organ, or the state itself)
        loc = e.location
        if loc is not None and loc.country and not loc.inferred and loc.country != a.country:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        actors = actors or ActorGroups(doc)
        tok = span[-1]
        if _told_in(tok, doc._.quotes or [], e.cameo) is not None and _agentless_own_act(tok, actors, e.cameo):
            e.recipient = EventActor(start=a.start, end=a.end, text=a.text, code=a.country, country=a.country)


def titled_parties(doc, events: list, actors=None) -> None:
    """A party that is a titled person no code names ("the Chairman of the
    SCNS Bakyt Sultanaliev", "military spokesman Lieutenant Colonel X" after
    "The Israeli military said ...") takes the code of the body his title
    names: a coded body among his words or its abbreviation, else the coded
    body of his title's sector named in his sentence or the one before it
    (the speaker of a "we" is his state's organ). In place."""
    for e in events:
        for p in (e.actor, e.recipient):
            if p is None or p.code or p.country:
                continue
            actors = actors or ActorGroups(doc)
            body = _title_body(p, actors)
            if body is not None:
                p.code, p.country, p.sector = body.code, body.country, body.sector


def _title_body(p, actors: ActorGroups):
    """The coded mention of the body a titled person's party stands for, else None."""
    span = actors.doc.char_span(p.start, p.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    mi = actors.at(span[0])
    m = actors.mentions[mi] if mi is not None else None
    if m is None or m.kind != "person" or m.code:
        return None
    mspan = actors.span_of(mi)
    bi = _body_in(mspan, actors) if mspan is not None and len(mspan) else None
    if bi is not None:
        return actors.mentions[bi]
    if not m.sector or mspan is None or not len(mspan):
        return None
    sent = mspan[0].sent
    lo = actors.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(mspan.start - 1, lo - 1, -1):
        bi = actors.tok2m[i]
        if bi >= 0 and bi != mi:
            b = actors.mentions[bi]
            if b.code and b.country and b.sector == m.sector:
                return b
    return None
