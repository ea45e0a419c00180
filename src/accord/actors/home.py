"""The article's home state, and the state bodies it names without a state.

A national body named by its proper name but no state ("The Ministry of
Defence said", "the Interior Ministry") belongs to the state the article is
written from: its dateline's ("ASTANA, May 3 ..."). With no dateline it
stays uncoded; no body name defaults to one fixed state.

So does a state's generic body named by its common noun alone ("the
government", "the authorities", "parliament") that no earlier body of the
same name claimed: where the dateline's state is named in its sentence or
the one before (the article is speaking of that state there)."""

from __future__ import annotations

from bisect import bisect_left

from ..doc_index import tokens_with_lower
from .parts import Draft
from .text import DETS
from .words import codes, word_map, word_set

#: a dateline stands in the article's first tokens
DATELINE_WINDOW = 60


def dateline_state(doc, drafts) -> str | None:
    """The state of the dateline place ("BISHKEK, April 22"): a location
    draft that starts a line near the top and is followed by a comma."""
    for d in drafts:
        if d.start >= DATELINE_WINDOW:
            break
        if opens_dateline(doc, d.start, d.end, d.kind, d.country):
            return d.country
    return None


def dateline_places(doc, drafts) -> None:
    """A dateline's town the dictionary does not know ("MAKHACHKALA, February
    5", taken for a body's name) is the place the gazetteer resolves it to,
    when it resolves to a town or region without guessing. In place."""
    for d in drafts:
        if d.start >= DATELINE_WINDOW:
            return
        if d.kind == "location" and d.country:
            return  # the dictionary knows the dateline's place
        if d.country or d.org or d.kind not in ("org", "location", None) or not _line_start(doc, d.start):
            continue
        words = doc[d.start : d.end]
        if d.end >= len(doc) or doc[d.end].text != "," or not words.text.isupper():
            continue
        place = _gazetteer_place(words.text.title())
        if place is not None and place.feature in ("city", "region"):
            d.kind, d.country, d.name, d.sector = "location", place.country, place.name, None
        return


def _gazetteer_place(name: str):
    try:
        from ..places.resolve import resolve

        return resolve(name)
    except Exception:  # noqa: BLE001 - no gazetteer: the dateline stays as it is
        return None


def _line_start(doc, start: int) -> bool:
    return start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space


def opens_dateline(doc, start: int, end: int, kind: str, country: str | None) -> bool:
    """Is the place named by tokens ``[start, end)`` a dateline's: a location
    with a country in the article's first tokens that starts a line and is
    followed by a comma?"""
    if start >= DATELINE_WINDOW or kind != "location" or not country or end >= len(doc) or doc[end].text != ",":
        return False
    return _line_start(doc, start)


def _proper_body(doc, d) -> bool:
    """The draft is a body's proper name: its first and last words (past
    "the") are capitalised and one is a body head ("the Ministry of
    Defence", "Interior Ministry"; not "ministry officials", not the "Peace
    Mission" drills)."""
    s = d.start
    while s < d.end and doc[s].lower_ in DETS:
        s += 1
    if s == d.end - 1 and doc[s].is_upper and doc[s].is_alpha and 2 <= len(doc[s]) <= 6:
        return True  # a national body's acronym the dictionary gives no state ("the KGB", "GKNB")
    heads = word_set("body_heads")
    if s >= d.end or not any(doc[i].lower_ in heads for i in range(s, d.end)):
        return False
    first, last = doc[s].text, doc[d.end - 1].text
    return first[:1].isupper() and last[:1].isupper() and last.isalpha()


def _generic_body(doc, d) -> bool:
    """The draft is only a state's generic body noun, bare or after "the"
    ("the government", "The authorities", "parliament"; not "a government",
    "the governments", "the interim government")."""
    words = [t.lower_ for t in doc[d.start : d.end]]
    if words and words[0] == "the":
        words = words[1:]
    return len(words) == 1 and words[0] in word_set("home_generic_bodies")


def _home_named_near(doc, drafts, starts: list, d, home: str) -> bool:
    """A draft of the state ``home`` stands in ``d``'s sentence before it, or
    in the sentence before that one."""
    sent = doc[d.start].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    k = bisect_left(starts, first)
    while k < len(drafts) and drafts[k].start < d.start:
        if drafts[k].country == home:
            return True
        k += 1
    return False


def home_bodies(doc, drafts) -> None:
    """Give the dateline's state to national bodies named without a state."""
    home = None
    sectors = codes("national_body_sectors")
    starts = None
    for d in drafts:
        if d.kind != "org" or d.country or d.org or d.sector not in sectors or d.cameo:
            continue
        proper = _proper_body(doc, d)
        if not proper and not _generic_body(doc, d):
            continue
        if home is None:
            home = dateline_state(doc, drafts) or ""
        if not home:
            return
        if not proper:
            starts = starts or [x.start for x in drafts]
            if not _home_named_near(doc, drafts, starts, d, home):
                continue
        d.country = home


def state_anaphors(doc, drafts) -> None:
    """ "Saudi Foreign Minister X said the deal reflected the kingdom's
    preference": "the kingdom" (``state_anaphors``: a lower-case noun after
    "the", alone or an uncoded mention of its own) is the state of the latest
    mention before it in its sentence or the one before whose state is of
    that kind (the code list the noun names: ``kingdoms``)."""
    kinds = word_map("state_anaphors")
    found = tokens_with_lower(doc, kinds)
    if not found:
        return
    own = {d.start: d for d in drafts if d.end - d.start == 2}
    covered = {i for d in drafts for i in range(d.start, d.end)}
    starts = [d.start for d in drafts]
    added = []
    for t in found:
        i = t.i
        if i == 0 or doc[i - 1].lower_ != "the" or not t.text.islower():
            continue
        if i + 1 < len(doc) and doc[i + 1].lower_ == "of":
            continue  # "the kingdom of heaven": a name or a figure, not an anaphor
        mine = own.get(i - 1)
        if (mine is None and i in covered) or (mine is not None and (mine.country or mine.org)):
            continue
        state = _latest_state(doc, drafts, starts, i, codes(kinds[t.lower_]))
        if state is None:
            continue
        if mine is None:
            mine = Draft(i - 1, i + 1, definite=True)
            added.append(mine)
        mine.kind, mine.name, mine.country, mine.sector = "state", state, state, None
    if added:
        drafts.extend(added)
        drafts.sort(key=lambda d: (d.start, -d.end))


def _latest_state(doc, drafts, starts: list, i: int, states) -> str | None:
    """The state of ``states`` of the latest draft before token ``i`` in its
    sentence or the one before."""
    sent = doc[i].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    k = bisect_left(starts, i - 1) - 1
    while k >= 0 and drafts[k].start >= first:
        if drafts[k].country in states:
            return drafts[k].country
        k -= 1
    return None


#: sentences back in which a same-sector body gives a stateless title its state
TITLE_LOOKBACK = 3


def home_titles(doc, drafts) -> None:
    """A person whose title names a state's body but no state ("Commander of
    the Air Force", "Chief of the General Staff") takes the state of the
    nearest same-sector body named before (within a few sentences), else the
    dateline's state; so does a person set right after such a title ("...,
    Air Marshal X"). In place."""
    home = None
    for i, d in enumerate(drafts):
        if d.kind != "person" or d.country or d.org or d.sector not in ("MIL", "GOV"):
            continue
        if not any(
            t.text[:1].isupper() and t.lower_ in word_set("stateless_title_bodies") for t in doc[d.start : d.end]
        ):
            continue
        state = _same_sector_before(doc, drafts, i)
        if state is None:
            if home is None:
                home = dateline_state(doc, drafts) or ""
            state = home or None
        if state is None:
            continue
        d.country = state
        nxt = drafts[i + 1] if i + 1 < len(drafts) else None
        if nxt is not None and nxt.kind == "person" and not nxt.country and not nxt.org:
            gap = doc[d.end : nxt.start]
            if len(gap) <= 1 and all(t.text == "," for t in gap):
                nxt.country = state  # "the Commander of the Air Force, Air Marshal X"


def _same_sector_before(doc, drafts, i: int) -> str | None:
    """The state of the nearest body of draft ``i``'s sector named before it
    in its sentence or the few before."""
    d = drafts[i]
    first = doc[d.start].sent.start
    for _ in range(TITLE_LOOKBACK - 1):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for x in reversed(drafts[:i]):
        if x.start < first:
            return None
        if x.kind == "org" and x.sector == d.sector and x.country:
            return x.country
    return None
