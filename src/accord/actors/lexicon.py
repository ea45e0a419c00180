"""The compiled actor lexicon: every name, adjective, capital, seat, organization,
group, agent phrase and office holder in accord's data files, keyed by its
lower-case tokens (the way spaCy tokenizes news text) and matched n-gram by
n-gram. Built once per process (about 0.2 s of CPU for ~37k entries); a
spaCy ``PhraseMatcher`` does the same job but takes seconds to compile."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from .. import datafiles
from .knowledge import Knowledge, load_knowledge, non_actor_heads
from .words import alternation, word_map, word_set

# piece types, by priority when two entries have the same surface form
COUNTRY = "country"
ADJ = "adj"
REGION = "region"
REGION_ADJ = "region_adj"
CAPITAL = "capital"
SEAT = "seat"
CITY = "city"
ORG = "org"
INST = "inst"
INTL = "intl"
GROUP = "group"
PERSON = "person"
AGENT = "agent"
PRIORITY = {
    PERSON: 0,
    ORG: 1,
    INST: 2,
    SEAT: 3,
    COUNTRY: 4,
    ADJ: 5,
    CAPITAL: 6,
    REGION: 7,
    REGION_ADJ: 8,
    GROUP: 9,
    INTL: 10,
    CITY: 11,
    AGENT: 12,
}
NAMED = {COUNTRY, ADJ, REGION, REGION_ADJ, CAPITAL, SEAT, CITY, ORG, INST, INTL, GROUP, PERSON}


@dataclass(eq=False, slots=True)
class Entry:
    """One lexicon entry (compared by identity: one object per fact, shared by its aliases)."""

    type: str
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    person: bool = False  # agent: names a person
    cls: str | None = None  # agent: coreference class
    cameo: str | None = None
    start: str | None = None
    end: str | None = None
    terms: tuple = ()  # person: OfficeTerm objects (office_holders.tsv)
    raw_terms: str = ""  # person from persons.tsv: terms parsed on demand

    def person_terms(self) -> list:
        if self.terms:
            return list(self.terms)
        if self.raw_terms:
            from .knowledge import reference_terms

            return list(reference_terms(self.name, self.raw_terms))
        return []

    def active(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


def _plural(phrase: str) -> str | None:
    """The plural of an agent phrase ("border guard" -> "border guards"), or
    None where it is not made by a rule."""
    words = phrase.split(" ")
    last = words[-1]
    if not last.isalpha() or len(last) < 3:
        return None
    irregular = word_map("plural_irregular")
    if last in irregular:
        p = irregular[last]
    elif last.endswith("man"):
        p = last[:-3] + "men"
    elif last.endswith("s") or last.endswith("x") or last.endswith("ch") or last.endswith("sh"):
        if last.endswith(("ss", "x", "ch", "sh")):
            p = last + "es"
        else:
            return None
    elif last.endswith("y") and last[-2] not in "aeiou":
        p = last[:-1] + "ies"
    else:
        p = last + "s"
    if p == last:
        return None
    return " ".join(words[:-1] + [p])


def _entries(k: Knowledge, add) -> None:
    """Call ``add(surface_text, Entry)`` for every lexicon entry."""
    _place_entries(k, add)
    _body_entries(k, add)
    _agent_entries(k, add)
    _person_entries(k, add)


def _place_entries(k: Knowledge, add) -> None:
    """States (names, official long forms, adjectives and demonyms),
    capitals, cities, dated places and regions."""
    dated_caps = {p.name.lower() for p in k.places}
    for iso, c in k.countries.items():
        state = Entry(COUNTRY, c["name"], iso)
        for n in c["names"]:
            add(n, state)
        # official long forms: "the Republic of Kazakhstan", "the Kyrgyz Republic" is in the names
        if " " not in c["name"]:
            add("Republic of " + c["name"], state)
        for a in c["adjectives"]:
            # a plural demonym ("Kazakhs", "Libyans") is the people: civilians in CAMEO
            plural = a.endswith("s") and not a.endswith("ss") and " " not in a
            add(a, Entry(ADJ, c["name"], iso, sector="CVL" if plural else None))
            if a[-1:] in ("n", "i") and " " not in a:
                add(a + "s", Entry(ADJ, c["name"], iso, sector="CVL"))
        for cap in c["capitals"]:
            if cap.lower() not in dated_caps:
                add(cap, Entry(CAPITAL, cap, iso, sector="GOV"))
        for city in c["cities"]:
            if city.lower() not in dated_caps:
                add(city, Entry(CITY, city, iso))
    for p in k.places:
        typ = {"capital": CAPITAL, "seat": SEAT}.get(p.type, CITY)
        add(
            p.name,
            Entry(
                typ,
                p.name,
                p.country,
                sector=p.sector,
                start=p.start,
                end=p.end,
                cls="disputed" if p.type == "disputed" else None,
            ),
        )
    for name, code, typ in k.regions:
        add(name, Entry(REGION_ADJ if typ == "adj" else REGION, name, code))


def _body_entries(k: Knowledge, add) -> None:
    """Organizations and their bodies, national institutions, international
    bodies and armed groups."""
    for org, o in k.orgs.items():
        for a in [o["name"]] + o["aliases"]:
            add(a, Entry(ORG, o["name"], org=org, sector=o["sector"]))
    for org, name, aliases, sector in k.org_bodies:
        for a in [name] + aliases:
            add(a, Entry(ORG, name, org=org, sector=sector))
    for name, aliases, iso, sector in k.institutions:
        for a in [name] + aliases:
            add(a, Entry(INST, name, iso, sector=sector))
    known_org_names = {o["name"].lower() for o in k.orgs.values()} | {
        a.lower() for o in k.orgs.values() for a in o["aliases"]
    }
    for name, aliases, org, sector, cameo in k.international:
        for a in [name] + aliases:
            if a.lower() in known_org_names:
                continue
            if org:
                add(a, Entry(INTL, name, org=org, sector=sector, cameo=cameo))
            else:
                add(a, Entry(INTL, name, sector=sector, cameo=cameo))
    seen_groups = set()
    generic = _generic_nouns(k)
    for name, aliases, iso, sector, cameo, start, end in k.groups:
        manual = start is not None or end is not None or name.lower() in seen_groups
        for a in [name] + aliases:
            if not manual and a.lower() in seen_groups:
                continue  # the hand-written row wins over the reference
            if a is not name and a.lower() in generic:
                continue  # a translated alias that is a common noun ("Organization", "Youth") names no group
            seen_groups.add(a.lower())
            add(a, Entry(GROUP, name, iso, sector=sector, cameo=cameo, start=start, end=end))


def _generic_nouns(k: Knowledge) -> frozenset:
    """One-word common nouns of bodies and agents ("organization", "youth"):
    an armed group's alias that is one of them is a translation, not a name."""
    return word_set("bloc_words") | word_set("body_heads") | {a for a in k.agents if " " not in a}


def _agent_entries(k: Knowledge, add) -> None:
    """Agent phrases and their regular plurals."""
    bad_end = word_set("bad_agent_end")
    for phrase, (sector, person, cls) in k.agents.items():
        if phrase.split(" ")[-1] in bad_end:
            continue
        e = Entry(AGENT, phrase, sector=sector, person=person, cls=cls)
        add(phrase, e)
        pl = _plural(phrase)
        if pl and pl not in k.agents and phrase not in k.name_only_ranks:  # "oil majors" are no officers
            add(pl, Entry(AGENT, phrase, sector=sector, person=person, cls=cls))


def _person_entries(k: Knowledge, add) -> None:
    """Office holders (by name and alias) and the reference dictionary's people."""
    by_name: dict = {}
    for t in k.office_terms:
        for n in (t.name,) + tuple(t.aliases):
            by_name.setdefault(n, []).append(t)
    for n, terms in by_name.items():
        canon = terms[0].name
        add(n, Entry(PERSON, canon, terms=tuple(terms)))
    for name, aliases, raw in k.persons:
        e = Entry(PERSON, name, raw_terms=raw)
        if " " in name:  # a single name ("Suharto") is found through the surname index only
            add(name, e)
        for a in aliases.split("|") if aliases else ():
            add(a, e)


#: kinds of entry whose name is no person's: a reference "person" spelt the same is a mistake of its source
_PLACE_KINDS = frozenset((COUNTRY, ADJ, REGION, REGION_ADJ, CAPITAL, CITY, GROUP, ORG))


def _drop_place_persons(table: dict) -> set:
    """Remove the reference dictionary's "people" named as a state, place or
    group is ("South Sudan", "Bosnia and Herzegovina": its source coded some
    states' names as person rows) from the keys they share with that entry.
    Returns their names."""
    out = set()
    for lst in table.values():
        if len(lst) > 1 and any(e.type in _PLACE_KINDS for e in lst):
            fake = [e for e in lst if e.type == PERSON and e.raw_terms and not e.terms]
            for e in fake:
                lst.remove(e)
                out.add(e.name)
    return out


_SIMPLE = re.compile(r"^[A-Za-z]+( [A-Za-z]+)*$")
_INITIALS = re.compile(r"^([A-Za-z]\.)+$")
_HYPHEN = re.compile(r"(?<=[A-Za-z])([-/])(?=[A-Za-z])")


def _tokens(text: str) -> list:
    """Lower-case tokens of a lexicon entry, split the way spaCy's English
    tokenizer splits news text (initialisms like "U.S." stay whole, hyphens
    between letters and possessive 's are split off). Avoids running the
    tokenizer over 30k entries at start-up."""
    if _SIMPLE.match(text):
        return text.lower().split(" ")
    out = []
    abbreviations = word_set("abbreviations")
    for chunk in text.split():
        lead, trail = [], []
        while chunk and chunk[0] in "(\"'“‘[":
            lead.append(chunk[0])
            chunk = chunk[1:]
        while chunk and chunk[-1] in ",)\";:”’!?]'":
            trail.insert(0, chunk[-1])
            chunk = chunk[:-1]
        if chunk.lower().endswith(("'s", "’s")) and len(chunk) > 2:
            trail.insert(0, chunk[-2:])
            chunk = chunk[:-2]
        if (
            chunk.endswith(".")
            and len(chunk) > 1
            and not _INITIALS.match(chunk)
            and chunk[:-1].lower() not in abbreviations
        ):
            trail.insert(0, ".")
            chunk = chunk[:-1]
        out += lead + [p for p in _HYPHEN.split(chunk) if p] + trail
    return [t.lower() for t in out]


class Lexicon:
    """Token trie + lookup table for one vocabulary (a ``PhraseMatcher`` on
    LOWER does the same job but takes ~1 s to compile 14k patterns; the trie
    takes ~0.1 s and matches in linear time)."""

    def __init__(self, vocab=None, tokenizer=None, k: Knowledge | None = None):
        k = k or load_knowledge()
        self.knowledge = k
        table: dict = {}
        self.table = table
        first_max: dict = {}
        self.first_max = first_max

        acronym: dict = {}
        self.acronym_only = acronym

        def add(text, e):
            if len(text) < 2:
                return
            words = _tokens(text)
            if not words:
                return
            if e.type != AGENT:
                # "GIA", "IS", "US": a short all-capitals name matches only all-capitals text ("Isis", "Nato" still do)
                key0 = " ".join(words)
                is_acr = len(words) == 1 and text.replace(".", "").isupper() and len(text.replace(".", "")) <= 3
                acronym[key0] = acronym.get(key0, True) and is_acr
            if len(words) == 1 and _INITIALS.match(words[0]) and len(words[0]) <= 8:
                # "U . S ." / "U.S" as some sources tokenize or type it
                letters = words[0].rstrip(".").split(".")
                spaced = []
                for x in letters:
                    spaced += [x, "."]
                add_words(spaced, e)
                add_words(spaced[:-1], e)
                add_words([words[0].rstrip(".")], e)
            add_words(words, e)

        def add_words(words, e):
            key = " ".join(words)
            lst = table.get(key)
            if lst is None:
                table[key] = [e]
                n = len(words)
                if first_max.get(words[0], 0) < n:
                    first_max[words[0]] = n
            elif e not in lst:
                lst.append(e)

        _entries(k, add)
        for key in [k_ for k_, v in acronym.items() if not v]:
            del acronym[key]
        not_persons = _drop_place_persons(table)
        for lst in table.values():
            if len(lst) > 1:
                lst.sort(key=lambda e: PRIORITY[e.type])
        # surname index for office holders: surname -> names
        self.surnames: dict = {}
        for t in k.office_terms:
            for n in (t.name,) + tuple(t.aliases):
                if len(n.split()) >= 2:
                    self.surnames.setdefault(surname_key(n), set()).add(t.name)
        self.terms_by_name: dict = {}
        for t in k.office_terms:
            self.terms_by_name.setdefault(t.name, []).append(t)
        self.ref_persons: dict = {}
        # a body the reference lists among persons ("Syrian National Council") has no surname:
        # a lone "the Council" of another article is not it
        heads = word_set("body_heads") | word_set("ngo_heads") | word_set("entity_heads")
        for name, _aliases, raw in k.persons:
            if name in not_persons:
                continue
            if name.split()[-1].lower() not in heads:
                self.surnames.setdefault(surname_key(name), set()).add(name)
            self.ref_persons[name] = raw
        self.non_actor_heads = non_actor_heads()

    def matches(self, doc, lower=None) -> list:
        """All (start, end, key) token spans whose lower-case text is in the lexicon."""
        if lower is None:
            lower = [t.lower_ for t in doc]
        first_max, table = self.first_max, self.table
        out = []
        n = len(lower)
        for i in range(n):
            m = first_max.get(lower[i])
            if not m:
                continue
            for j in range(i + 1, min(n, i + m) + 1):
                key = " ".join(lower[i:j])
                if key in table:
                    out.append((i, j, key))
        return out

    def near_names(self, first: str, surname: str) -> set:
        """Dictionary people with this first name whose surname differs from
        ``surname`` by one edit (transliteration and typing variants:
        Gbago/Gbagbo, Bouteflicka/Bouteflika). Surnames of 5+ letters only."""
        if len(surname) < 5:
            return set()
        idx = self.__dict__.get("_by_first")
        if idx is None:
            idx = {}
            for n in list(self.terms_by_name) + list(self.ref_persons):
                parts = n.split()
                if len(parts) >= 2:
                    idx.setdefault(parts[0].lower(), []).append(n)
            self._by_first = idx
        out = set()
        for n in idx.get(first.lower(), ()):
            if _one_edit(surname_key(n), surname):
                out.add(n)
        return out

    def terms_of(self, name: str) -> list:
        if name in self.terms_by_name:
            return self.terms_by_name[name]
        raw = self.ref_persons.get(name)
        if raw:
            from .knowledge import reference_terms

            return list(reference_terms(name, raw))
        return []

    def lookup(self, span) -> list:
        return self.table.get(" ".join(t.lower_ for t in span), [])


def surname_key(name: str) -> str:
    """ "Omar Hassan al-Bashir" -> "bashir"; "Abdullah II" -> "abdullah"."""
    suffixes = word_set("name_suffixes")
    parts = [p for p in name.split() if p.lower() not in suffixes] or name.split()
    if not parts:
        return ""
    return alternation("surname_prefix", "^", "-", re.I).sub("", parts[-1]).lower()


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion or substitution."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


_LOCK = threading.Lock()


@datafiles.cached
def _compiled() -> Lexicon:
    return Lexicon()


def get_lexicon(vocab=None) -> Lexicon:
    """The compiled lexicon (cached per process until the user's data folder
    changes; it does not depend on the vocabulary, the argument is kept for
    callers that pass one)."""
    with _LOCK:
        return _compiled()
