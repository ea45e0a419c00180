"""Place names to places: :func:`resolve` for one name, :func:`find_places`
for the place mentions of a text or spaCy Doc.

Disambiguation, in this order, and never a guess:

0. a qualifier written after the name ("Alexandria, Virginia"): candidates
   in that region or country are kept when any are;
1. the article's own countries: candidates in them are kept when any are;
1b. a place's own name before other places' alternate names: a GeoNames
   town that only has the name among its alternate names is dropped when
   a town bearing it as its main name (or a close spelling of it, "Basrah")
   is more populous; when it is the more populous one, the population rule
   (4) is not used ("Poti": the Georgian port, and Teresina in Brazil, once
   named after the Poti river);
2. one name, one place: a single candidate (a curated place and GeoNames
   towns within 30 km of it in its country count as one; so do a province
   and its same-named capital, which is taken) is the answer;
3. the field's own names: when exactly one candidate is from our curated
   file (bases, ranges, regions, seas) and no article country chose, it is
   the answer -- the file exists because the news means these places;
4. population: the most populous candidate when it has at least ten times
   the next one's population;
5. the country: when all candidates lie in one country, the name resolves
   to that country (resolution ``country``);
6. otherwise unresolved (None).
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from .. import datafiles
from . import gazetteer

ENTITY_LABELS = ("GPE", "LOC", "FAC")
# the small English model often labels an unfamiliar town PERSON, ORG, NORP or PRODUCT ("arriving in
# Vilnius"): such an entity counts as a place mention when a locative word or a verb of movement or attack
# precedes it and the gazetteer resolves it below country level
OTHER_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT")
SAME_PLACE_KM = 30.0
POPULATION_FACTOR = 10
SPELLING_SIMILARITY = 0.8

WORDS = "lang/en/places/words.tsv"


@datafiles.cached
def _locative_re() -> re.Pattern:
    """A locative word or a verb of movement or attack (and 'the') just before a name."""
    words = "|".join(datafiles.word_list(WORDS, "locative_words"))
    return re.compile(r"(?:\b(?:" + words + r")\s+(?:the\s+)?)$", re.IGNORECASE)


@datafiles.cached
def _site_word_re() -> re.Pattern:
    """Words after a name that make it a site or region name ("Kant air base"), longest first."""
    words = sorted((re.escape(s) for s in datafiles.word_list(WORDS, "site_words")), key=len, reverse=True)
    return re.compile(r"\s+(" + "|".join(words) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """A resolved place (the contract's location fields)."""

    name: str
    lat: float
    lon: float
    country: str | None
    feature: str  # city | region | country | site
    resolution: str  # site | city | region | country
    geonameid: int | None = None
    admin1: dict | None = None  # {"code", "iso", "name"}
    source: str = "geonames"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """A place named in a text: its characters and what it resolved to."""

    text: str
    start: int
    end: int
    place: Place | None
    label: str = ""
    context: tuple[str, ...] = field(default=())


def _place(row: tuple) -> Place:
    pid, gid, name, lat, lon, country, a1, feature, resolution, pop, source, a1iso, a1name = row
    admin1 = {"code": a1, "iso": a1iso, "name": a1name} if a1 else None
    return Place(
        name=name,
        lat=lat,
        lon=lon,
        country=country,
        feature=feature,
        resolution=resolution,
        geonameid=gid,
        admin1=admin1,
        source=source,
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _merge_same(rows: list[tuple]) -> list[tuple]:
    """Drop GeoNames towns that are a curated place under another name (same
    country, within 30 km) and provinces whose same-named capital is there."""
    curated = [r for r in rows if r[10] == "curated"]
    out = []
    for r in rows:
        if r[10] != "curated" and any(
            c[5] == r[5] and distance_km(c[3], c[4], r[3], r[4]) <= SAME_PLACE_KM for c in curated
        ):
            continue
        if (
            r[7] == "region"
            and r[10] == "geonames"
            and any(o[7] == "city" and o[5] == r[5] and o[6] == r[6] for o in rows)
        ):
            continue
        out.append(r)
    return out


def _country_place(country: str, path=None) -> Place | None:
    for row in gazetteer.candidates_for_country(country, path):
        return _place(row)
    return None


def _is_main(row: tuple, k: str) -> bool:
    """The name is the place's own: its main name or a spelling of it
    ("Basra" for GeoNames' "Basrah", similarity >= 0.8), or one we listed."""
    if row[10] == "curated" or row[7] in ("country", "region"):
        return True
    own = gazetteer.key(row[2])
    return own == k or difflib.SequenceMatcher(None, own, k).ratio() >= SPELLING_SIMILARITY


def _own_names_first(rows: list[tuple], k: str) -> tuple[list[tuple], bool]:
    """Rule 1b: the rows kept, and whether the population rule may apply."""
    main = [r for r in rows if _is_main(r, k)]
    if not main or len(main) == len(rows):
        return rows, True
    best = max(r[9] or 0 for r in main)
    bigger = [r for r in rows if not _is_main(r, k) and (r[9] or 0) > best]
    return main + bigger, not bigger


def _narrow(rows: list[tuple], keep) -> tuple[list[tuple], bool]:
    inside = [r for r in rows if keep(r)]
    return (inside, len(inside) < len(rows)) if inside else (rows, False)


def choose(
    rows: list[tuple],
    context: Iterable[str] = (),
    path=None,
    *,
    name: str = "",
    within: Iterable[tuple[str, str | None]] = (),
) -> Place | None:
    """Apply the disambiguation rules (module docstring) to candidate rows
    of ``name``; ``within`` are (country, admin1 or None) qualifiers."""
    rows = _merge_same(list({r[0]: r for r in rows}.values()))
    if not rows:
        return None
    within = list(within)
    rows, narrowed = _narrow(rows, lambda r: any(r[5] == c and (a is None or r[6] == a) for c, a in within))
    ctx = [c for c in context if c]
    chosen_by_context = narrowed
    if ctx:
        rows, by_ctx = _narrow(rows, lambda r: r[5] in ctx)
        chosen_by_context = chosen_by_context or by_ctx
    rows, population_rule = _own_names_first(rows, gazetteer.key(name)) if name else (rows, True)
    if len(rows) == 1:
        return _place(rows[0])
    curated = [r for r in rows if r[10] == "curated"]
    if len(curated) == 1 and not chosen_by_context:
        return _place(curated[0])
    # a country named like one of its own towns ("Djibouti", "Kuwait"): the country's the name
    countries = [r for r in rows if r[7] == "country"]
    if len(countries) == 1 and all(r[5] == countries[0][5] for r in rows):
        return _place(countries[0])
    ranked = sorted(rows, key=lambda r: r[9] or 0, reverse=True)
    if (
        population_rule
        and (ranked[0][9] or 0) >= POPULATION_FACTOR * max(ranked[1][9] or 0, 1)
        and (ranked[0][9] or 0) > 0
    ):
        return _place(ranked[0])
    shared = {r[5] for r in rows}
    if len(shared) == 1 and None not in shared:
        return _country_place(shared.pop(), path)
    return None


def resolve(name: str, context_countries: Iterable[str] = (), *, within=(), path=None) -> Place | None:
    """The place ``name`` stands for, or None when there is none or the name
    is ambiguous. ``context_countries``: ISO3 codes of the article's own
    countries, which win ties; ``within``: (ISO3, admin1 code or None)
    pairs the text qualifies the name with."""
    if not name or not name.strip():
        return None
    return choose(gazetteer.candidates(name, path), tuple(context_countries), path, name=name, within=within)


_QUALIFIER = re.compile(r",\s+(?:the\s+)?([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})")


def qualifier(text: str, end: int, path=None) -> list[tuple[str, str | None]]:
    """The region or country written after a name ("Alexandria, Virginia"),
    as (ISO3, admin1 code or None) pairs; [] when there is none."""
    m = _QUALIFIER.match(text, end)
    if not m:
        return []
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        rows = [r for r in gazetteer.candidates(" ".join(words[:n]), path) if r[7] in ("region", "country")]
        if rows:
            return [(r[5], r[6] if r[7] == "region" else None) for r in rows]
    return []


# ---------------------------------------------------------------- context


def context_countries(text: str, path=None) -> tuple[str, ...]:
    """The countries a text names: country names and aliases, adjectives
    ("the Kazakh army") and US state names, in order of first mention."""
    found: list[tuple[int, str]] = []
    for m in gazetteer.country_words_re(path).finditer(text):
        found.append((m.start(), gazetteer.country_word(m.group(0), path)))
    seen: list[str] = []
    for _, cc in sorted(found):
        if cc and cc not in seen:
            seen.append(cc)
    return tuple(seen)


def _extended(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``start:end`` extended over a site word that follows the name."""
    m = _site_word_re().match(text, end)
    return (start, m.end()) if m else None


def resolve_span(text: str, start: int, end: int, context: Iterable[str] = (), *, path=None) -> Mention:
    """Resolve the name at ``text[start:end]``, trying it first with the
    site word that follows ("Jiuquan launch centre"), then alone."""
    context = tuple(context)
    ext = _extended(text, start, end)
    if ext is not None:
        place = resolve(text[ext[0] : ext[1]], context, within=qualifier(text, ext[1], path), path=path)
        if place is not None:
            return Mention(text[ext[0] : ext[1]], ext[0], ext[1], place, context=context)
    place = resolve(text[start:end], context, within=qualifier(text, end, path), path=path)
    return Mention(text[start:end], start, end, place, context=context)


def find_places(doc_or_text, context: Iterable[str] = (), *, entities=None, path=None) -> list[Mention]:
    """The place mentions of a spaCy Doc (its GPE, LOC and FAC entities, and
    PERSON or ORG entities after a locative word that resolve to a place
    below country level), or of a text with ``entities`` given as
    (start_char, end_char, label) triples, each resolved with the countries
    the text names (plus ``context``) as the article's countries."""
    text = doc_or_text if isinstance(doc_or_text, str) else doc_or_text.text
    if entities is None:
        if isinstance(doc_or_text, str):
            raise TypeError("find_places on a plain text needs entities=[(start, end, label), ...]")
        entities = [(e.start_char, e.end_char, e.label_) for e in doc_or_text.ents]
    ctx = tuple(dict.fromkeys(tuple(context) + context_countries(text, path)))
    out = []
    for start, end, label in entities:
        other = label in OTHER_LABELS
        if not (label in ENTITY_LABELS or other and _locative_re().search(text, max(0, start - 20), start)):
            continue
        s, e = _trim(text, start, end)
        m = resolve_span(text, s, e, ctx, path=path)
        if other and (m.place is None or m.place.resolution == "country"):
            continue
        out.append(Mention(m.text, m.start, m.end, m.place, label, ctx))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and trailing possessive from an entity span."""
    span = text[start:end]
    if span.lower().startswith("the "):
        start += 4
    if text[start:end].endswith(("'s", "\u2019s")):
        end -= 2
    return start, end
