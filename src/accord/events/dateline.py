"""A dateline the parser took for a sentence's subject.

"ASTANA, July 4 (Steppe Wire) — Leaders of the bloc admitted Belarus": the
parser often makes the place that opens a story's first paragraph the
subject of its first verb, and the real subject an apposition of it. The
place of a dateline is where the story was filed, never a party: the actor
is the last noun apposition before the verb ("Leaders of the bloc"), and
with none there is no actor."""

from __future__ import annotations

#: words that may follow a dateline's place ("ASTANA," "YEREVAN -", "DALLAS (AP)")
_AFTER = frozenset({",", "-", "--", "\u2013", "\u2014", "("})


def is_dateline(subj, actors) -> bool:
    """Is ``subj`` the place of a dateline: the head of a location mention (or
    of a capital, coded as its government) that opens its sentence, written
    in capitals, followed by a comma, dash or bracket?"""
    mi = actors.at(subj)
    m = actors.mentions[mi] if mi is not None else None
    # (a capital is coded as its government: "DUSHANBE -" is TJKGOV, still a dateline)
    if m is None or not (m.kind == "location" or (m.kind == "state" and m.sector == "GOV")):
        return False
    span = actors.span_of(mi)
    if span is None or span.start != subj.sent.start or not span.text.isupper():
        return False
    doc = subj.doc
    return span.end < len(doc) and doc[span.end].text in _AFTER


def past_dateline(subj, verb, g):
    """The real subject behind a dateline subject: its last noun apposition
    before the verb outside brackets, else None."""
    doc = subj.doc
    appos = [
        c
        for c in g.children(subj, "apposition")
        if c.pos_ in ("NOUN", "PROPN")
        and c.i < verb.i
        and "(" not in (doc[c.left_edge.i].text, doc[c.left_edge.i - 1].text)
    ]  # (not the outlet in brackets: "(Steppe Wire)")
    return appos[-1] if appos else None
