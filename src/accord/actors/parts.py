"""The intermediate results of actor extraction from one article: lexicon
*pieces*, noun *phrases* built of pieces, *drafts* of mentions with their
codes, and the *persons* coreference links mentions to."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lexicon import ADJ, CAPITAL, CITY, COUNTRY, REGION, REGION_ADJ, SEAT, Entry

#: piece types that name or stand for a state or a place
STATE_KINDS = {COUNTRY, ADJ, CAPITAL, SEAT, CITY, REGION, REGION_ADJ}


@dataclass
class Piece:
    """A lexicon match or entity in the text: tokens ``start:end`` and the entry they name."""

    start: int  # token index
    end: int
    type: str
    entry: Entry
    demoted: bool = False  # "anti-Russian", "US-backed": not the actor's own country
    led: bool = False  # "Russian-led": leads the head; the head's country only if the head is generic
    possessive: bool = False  # followed by 's
    body_from: int = -1  # a name that ended the parser's ORG entity: that entity's first token

    @property
    def country(self):
        return None if self.demoted else self.entry.country


@dataclass
class Phrase:
    """Pieces that make one noun phrase, and how each joins the one before."""

    pieces: list
    links: list  # glue kind before each piece after the first
    start: int = 0
    end: int = 0


@dataclass
class Draft:
    """A mention being built: its span, kind, name and codes."""

    start: int  # token span
    end: int
    kind: str | None = None
    name: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    role_cls: str | None = None
    person: str | None = None  # person name (named mention)
    role_noun: bool = False  # a person noun without a name ("the analyst")
    definite: bool = False
    cameo: str | None = None
    from_dict: bool = False
    same_as: Draft | None = None  # an apposition: the same person as this named draft
    person_text: str | None = None  # the name as the text spells it
    sector_default: bool = False  # the sector is only an official's default GOV, no word of the text names it


@dataclass
class Person:
    """One person of the article that mentions (names, roles, pronouns) refer to."""

    name: str
    first: int  # index of the first mention
    surname: str
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    role_cls: set = field(default_factory=set)
    from_text: bool = False  # codes came from the article (role), not the dictionary
    role_words: set = field(default_factory=set)  # last words of the roles the text gives ("general")
    name_from_text: bool = False  # name is the article's full spelling
    entity: str | None = None
    gender: str | None = None  # "m"/"f" once the text shows it (Mr/Mrs, spokeswoman, an unambiguous he/she)
