"""The article's home state, and the state bodies it names without a state.

A national body named by its proper name but no state ("The Ministry of
Defence said", "the Interior Ministry") belongs to the state the article is
written from: its dateline's ("ASTANA, May 3 ..."). With no dateline it
stays uncoded; no body name defaults to one fixed state."""

from __future__ import annotations

from .text import DETS
from .words import codes, word_set

#: a dateline stands in the article's first tokens
DATELINE_WINDOW = 60


def dateline_state(doc, drafts) -> str | None:
    """The state of the dateline place ("BISHKEK, April 22"): a location
    draft that starts a line near the top and is followed by a comma."""
    for d in drafts:
        if d.start >= DATELINE_WINDOW:
            break
        if d.kind != "location" or not d.country or d.end >= len(doc) or doc[d.end].text != ",":
            continue
        if d.start == 0 or "\n" in doc[d.start - 1].text_with_ws or doc[d.start - 1].is_space:
            return d.country
    return None


def _proper_body(doc, d) -> bool:
    """The draft is a body's proper name: its first and last words (past
    "the") are capitalised and one is a body head ("the Ministry of
    Defence", "Interior Ministry"; not "ministry officials", not the "Peace
    Mission" drills)."""
    s = d.start
    while s < d.end and doc[s].lower_ in DETS:
        s += 1
    heads = word_set("body_heads")
    if s >= d.end or not any(doc[i].lower_ in heads for i in range(s, d.end)):
        return False
    first, last = doc[s].text, doc[d.end - 1].text
    return first[:1].isupper() and last[:1].isupper() and last.isalpha()


def home_bodies(doc, drafts) -> None:
    """Give the dateline's state to national bodies named without a state."""
    home = None
    sectors = codes("national_body_sectors")
    for d in drafts:
        if d.kind != "org" or d.country or d.org or d.sector not in sectors or d.cameo:
            continue
        if not _proper_body(doc, d):
            continue
        if home is None:
            home = dateline_state(doc, drafts) or ""
        if home:
            d.country = home
