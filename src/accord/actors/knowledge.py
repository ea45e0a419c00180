"""accord's actor knowledge: countries, places, organizations with dated
membership, agent words and office holders, loaded from the data files in
``accord/actors/data/`` (each file's header says where its facts come from).

The analysis layer uses the dated membership API::

    >>> from accord.actors.knowledge import members, orgs_of
    >>> "FIN" in members("NATO", "2024-01-01"), "FIN" in members("NATO", "2022-01-01")
    (True, False)

Dates are ISO strings (``YYYY-MM-DD``); comparisons are on the strings.
A period's ``end`` is the first day the fact no longer holds (``None`` = still).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .. import datafiles
from .words import alternation, word_set

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Membership:
    org: str
    iso3: str
    start: str | None
    end: str | None
    status: str = "member"
    note: str = ""

    def active(self, date: str) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    sector: str | None
    type: str  # capital | seat | city
    start: str | None
    end: str | None
    note: str = ""

    def active(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class OfficeTerm:
    name: str
    aliases: tuple
    country: str | None
    org: str | None
    office: str
    sector: str | None
    title: str
    start: str | None
    end: str | None

    def active(self, date: str | None) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Knowledge:
    countries: dict = field(default_factory=dict)  # iso3 -> dict(name, names, adjectives, capitals, cities)
    orgs: dict = field(default_factory=dict)  # acronym -> dict(name, aliases, sector, note)
    org_bodies: list = field(default_factory=list)  # (org, name, aliases, sector)
    memberships: list = field(default_factory=list)  # Membership
    places: list = field(default_factory=list)  # Place
    regions: list = field(default_factory=list)  # (name, code, type)
    agents: dict = field(default_factory=dict)  # phrase(lower) -> (sector|None, person: bool, cls|None)
    name_only_ranks: set = field(default_factory=set)  # ranks that are ranks only before a name ("major")
    institutions: list = field(default_factory=list)  # (name, aliases, country, sector)
    international: list = field(default_factory=list)  # (name, aliases, org|None, sector|None, cameo)
    groups: list = field(default_factory=list)  # (name, aliases, country|None, sector|None, cameo)
    office_terms: list = field(default_factory=list)  # OfficeTerm
    persons: list = field(default_factory=list)  # (name, aliases, raw terms) from persons.tsv (reference)


def _rows(fn: str, ncols: int, key=(0,)):
    """The rows of ``actors/data/<fn>`` (then of the user's data folder's file
    of the same path), each padded or cut to ``ncols`` cells. ``key``: the
    columns that identify a row a user's file overrides."""
    rows = datafiles.table(f"actors/data/{fn}", header=False, columns=ncols, key=key)
    for row in rows:
        yield list(row)


def _split(s: str) -> list:
    return [x.strip() for x in s.split("|") if x.strip()]


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date(s: str) -> str | None:
    s = (s or "").strip()
    return s if _DATE.match(s) else None


def _is_person_phrase(phrase: str) -> bool:
    """Whether an agent phrase names a person ("defence minister") rather
    than a body ("defence ministry"), from its last word."""
    last = phrase.split()[-1]
    if " of " in phrase and phrase.split()[0] in word_set("body_heads"):
        return False  # "ministry of interior", "office of the president": the body its head names
    if last in word_set("person_words"):
        return True
    if last in word_set("not_person") or last.endswith("s") and not last.endswith(("ss", "us")):
        return False
    # words after the last space that make an agent phrase name a person
    return bool(alternation("person_suffix", after="$").search(last))


def _read_states(k: Knowledge) -> None:
    """Countries, organizations (and their bodies), memberships, places, regions."""
    for iso, name, names, adjs, caps, cities in _rows("countries.tsv", 6):
        k.countries[iso] = {
            "name": name,
            "names": _split(names),
            "adjectives": _split(adjs),
            "capitals": _split(caps),
            "cities": _split(cities),
        }
    for iso, forms in _rows("state_long_forms.tsv", 2):
        if iso in k.countries:
            k.countries[iso]["names"] += [f for f in _split(forms) if f not in k.countries[iso]["names"]]
    # an organization's first row is the organization, later rows with its acronym are its bodies
    for org, name, aliases, sector, note in _rows("organizations.tsv", 5, key=(0, 1)):
        if org not in k.orgs:
            k.orgs[org] = {"name": name, "aliases": _split(aliases), "sector": sector or None, "note": note}
        else:
            k.org_bodies.append((org, name, _split(aliases), sector or None))
    for org, iso, start, end, status, note in _rows("memberships.tsv", 6, key=(0, 1, 2)):
        k.memberships.append(Membership(org, iso, _date(start), _date(end), status or "member", note))
    for name, iso, sector, typ, start, end, note in _rows("places.tsv", 7, key=(0, 1, 4)):
        k.places.append(Place(name, iso, sector or None, typ or "city", _date(start), _date(end), note))
    for name, code, typ, _note in _rows("regions.tsv", 4, key=(0, 2)):
        k.regions.append((name, code, typ))


def _read_actors(k: Knowledge) -> None:
    """Agent words, national institutions, international bodies and armed groups."""
    for phrase, sector, _cameo in _rows("agents.tsv", 3):
        p = phrase.lower()
        k.agents[p] = (sector or None, _is_person_phrase(p), None)
    ranks = datafiles.table(datafiles.lang_path("en", "actors/ranks.tsv"), header=False, columns=3)
    for rank, sector, name_only in ranks:
        k.agents[rank] = (sector or None, True, "general")  # a rank names a person: "the general", "the officer"
        if name_only == "1":
            k.name_only_ranks.add(rank)
    for phrase, sector, person, cls in _rows("agents_manual.tsv", 4):
        k.agents[phrase.lower()] = (sector or None, person == "1", cls or None)
    for fn in ("institutions_manual.tsv", "institutions.tsv"):
        for name, aliases, iso, sector in _rows(fn, 4):
            k.institutions.append((name, _split(aliases), iso, sector or None))
    for name, aliases, org, sector, cameo in _rows("international.tsv", 5, key=(0, 2)):
        k.international.append((name, _split(aliases), org or None, sector or None, cameo))
    for name, aliases, iso, sector, cameo, start, end in _rows("groups_manual.tsv", 7, key=(0, 5)):
        k.groups.append((name, _split(aliases), iso or None, sector or None, cameo, _date(start), _date(end)))
    for name, aliases, iso, sector, cameo in _rows("groups.tsv", 5):
        k.groups.append((name, _split(aliases), iso or None, sector or None, cameo, None, None))


def _read_people(k: Knowledge) -> None:
    """Office holders (hand-checked, one row per term: a user's row with the
    same name and start replaces it) and the reference dictionary's people
    they do not list."""
    for row in _rows("office_holders.tsv", 9, key=(0, 7)):
        name, aliases, iso, org, office, sector, title, start, end = row
        if not name or (name, end) == ("name", "end"):  # empty line or the column header
            continue
        k.office_terms.append(
            OfficeTerm(
                name,
                tuple(_split(aliases)),
                iso or None,
                org or None,
                office,
                sector or None,
                title,
                _date(start),
                _date(end),
            )
        )
    listed = {t.name.lower() for t in k.office_terms} | {a.lower() for t in k.office_terms for a in t.aliases}
    for name, aliases, terms in _rows("persons.tsv", 3):
        if name.lower() in listed:
            continue
        k.persons.append((name, aliases, terms))


@datafiles.cached
def load_knowledge() -> Knowledge:
    """All actor data (the package's files, then the user's data folder's),
    read once per process and again when the data folder changes."""
    k = Knowledge()
    _read_states(k)
    _read_actors(k)
    _read_people(k)
    return k


@datafiles.cached
def non_actor_heads() -> frozenset:
    """Nouns that make a preceding nationality word a non-actor use ("US dollar")."""
    rows = datafiles.table("actors/data/non_actor_heads.tsv", header=False, columns=1)
    return frozenset(r[0].strip().lower() for r in rows if r[0].strip())


#: persons.tsv's open-ended terms are trusted up to this date (its source was last updated 2014-01-30)
REFERENCE_STALE_AFTER = "2015-01-01"


@functools.lru_cache(maxsize=4096)
def reference_terms(name: str, raw: str) -> tuple:
    """OfficeTerms of a persons.tsv row (``CODE:start:end;...``), parsed on demand."""
    out = []
    for part in raw.split(";"):
        bits = part.split(":")
        if len(bits) != 3:
            continue
        code, start, end = bits
        sector = code[3:6] or None
        start, end = _date(start), _date(end)
        if start and not end:
            # "in office at the reference's last update" (2014): not evidence of office after it
            end = REFERENCE_STALE_AFTER
        out.append(OfficeTerm(name, (), code[:3], None, "reference", sector, "", start, end))
    return tuple(out)


# ---------------------------------------------------------------- membership API


def membership_periods(org: str) -> list:
    """``[(iso3, start, end_or_None), ...]`` for every recorded period of ``org``
    (acronym, case-insensitive), sorted by start."""
    org = org.upper()
    out = [(m.iso3, m.start or "", m.end) for m in load_knowledge().memberships if m.org == org]
    return sorted(out, key=lambda t: (t[1], t[0]))


def members(org: str, date: str) -> set:
    """ISO3 codes of the states that are members of ``org`` on ``date``
    (formal membership: a state that froze its participation still counts)."""
    org = org.upper()
    return {m.iso3 for m in load_knowledge().memberships if m.org == org and m.active(date)}


def orgs_of(iso3: str, date: str) -> set:
    """Acronyms of the organizations ``iso3`` belongs to on ``date``."""
    return {m.org for m in load_knowledge().memberships if m.iso3 == iso3 and m.active(date)}


def membership_status(org: str, iso3: str, date: str) -> str | None:
    """``member``/``associate``/``participant``... on ``date``, or None; the
    note of the active period says more (e.g. Armenia's frozen participation)."""
    for m in load_knowledge().memberships:
        if m.org == org.upper() and m.iso3 == iso3 and m.active(date):
            return m.status
    return None


def country_name(iso3: str) -> str:
    """The usual short English name of a state (the code itself if unknown)."""
    c = load_knowledge().countries.get(iso3)
    return c["name"] if c else iso3


def org_name(org: str) -> str:
    o = load_knowledge().orgs.get(org)
    return o["name"] if o else org


def capital(iso3: str, date: str | None = None) -> str | None:
    """The capital's name on ``date`` (latest when None): ``capital("KAZ",
    "2020-05-01") == "Nur-Sultan"``."""
    k = load_knowledge()
    dated = [p for p in k.places if p.country == iso3 and p.type == "capital"]
    if dated:
        active = [p for p in dated if p.active(date)]
        if active:
            # the most specific (dated) entry wins over an undated one
            active.sort(key=lambda p: (p.start is None, p.name.count(",")))
            return active[0].name
        if date is not None:
            return None
    c = k.countries.get(iso3)
    return c["capitals"][0] if c and c["capitals"] else None


# ---------------------------------------------------------------- office holders


def office_terms(name: str | None = None) -> list:
    """Office-holder terms (all, or those of one person by name or alias)."""
    terms = load_knowledge().office_terms
    if name is None:
        return list(terms)
    key = name.lower()
    return [t for t in terms if t.name.lower() == key or key in (a.lower() for a in t.aliases)]


def term_on(terms: list, date: str | None):
    """The term in force on ``date``; with no date, the most recent term.
    Dated terms win over undated ones (an undated code is the person's code
    outside office, as in the TABARI dictionaries); among several on one
    day, the highest office (head of state first) and government over elite.
    After a person's last term (and with no undated code) they are coded as
    a former office holder: that state's ELI (elite), as CAMEO does; before
    their first term, nothing (None)."""
    if not terms:
        return None
    rank = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "defence_minister": 3}
    dated = [t for t in terms if t.start or t.end]
    undated = [t for t in terms if not (t.start or t.end)]

    def pref(t):
        return (t.sector == "ELI", rank.get(t.office, 9))

    if date:
        active = [t for t in dated if t.active(date)]
        if active:
            return sorted(active, key=pref)[0]
        if undated:
            return undated[0]
        past = [t for t in dated if t.end and t.end < date and t.sector != "ELI"]
        if past:
            # a former office holder is one of the state's elites (CAMEO ELI), no longer its government
            last = max(past, key=lambda t: t.end)
            return OfficeTerm(last.name, last.aliases, last.country, last.org, "former", "ELI", "", last.end, None)
        return None
    best = [t for t in dated if t.sector != "ELI"] or dated
    if best:
        return max(best, key=lambda t: (t.end or "9999-99-99", t.start or "", -rank.get(t.office, 9)))
    return undated[0] if undated else None
