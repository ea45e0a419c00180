"""The article record (shared contract) as dataclasses, and their JSON.

Every extracted item carries character offsets into ``Record.text``
(half-open), so a reader can always go back to the evidence.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any

ACTOR_KINDS = ("person", "state", "igo", "org", "group", "location")
QUOTE_KINDS = ("direct", "indirect", "mixed")
QUADS = (
    "verbal_cooperation",
    "material_cooperation",
    "verbal_conflict",
    "material_conflict",
)


def _flat(obj) -> dict:
    """A dataclass of scalars as a dict (dataclasses.asdict deep-copies and
    costs ~10 ms an article)."""
    return {f: getattr(obj, f) for f in obj.__dataclass_fields__}


def join_code(country: str | None, org: str | None, sector: str | None) -> str | None:
    """Join actor parts the way CAMEO does: ``USA``+``MIL`` -> ``USAMIL``;
    an organization without a country -> ``IGO`` + acronym (``IGONATO``).
    Returns ``None`` when nothing is known."""
    if country:
        if sector and sector != "IGO":
            return country + sector
        return country
    if org:
        return "IGO" + org
    return None


@dataclass
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Mention:
    """An actor mention. ``name`` and the codes are those of the entity it
    refers to (a pronoun carries its antecedent's name and codes)."""

    start: int
    end: int
    text: str
    name: str | None = None
    kind: str | None = None
    code: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    entity: str | None = None
    place: dict | None = None  # a place mention's GeoNames record (accord.places.locate)

    def to_dict(self) -> dict:
        return _flat(self)


@dataclass
class Speaker:
    start: int
    end: int
    text: str
    name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    code: str | None = None
    country: str | None = None
    org: str | None = None

    def to_dict(self) -> dict:
        return _flat(self)


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: str = "direct"
    speaker: Speaker | None = None
    cue: Span | None = None
    medium: str | None = None
    cue_class: str | None = (
        None  # speech|writing|report|opinion; attributions: intention|evidence|perception|thought|stance|act
    )
    utterance: int | None = None  # the stretches of one utterance share it

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "medium": self.medium,
            "cue_class": self.cue_class,
            "utterance": self.utterance,
        }


@dataclass
class EventActor:
    start: int
    end: int
    text: str
    code: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None

    @classmethod
    def of(cls, m) -> EventActor:
        """The event's copy of an actor mention."""
        return cls(start=m.start, end=m.end, text=m.text, code=m.code, country=m.country, org=m.org, sector=m.sector)

    def to_dict(self) -> dict:
        return _flat(self)


@dataclass
class Location:
    """Where an event happens: the place named in the text and, when the
    gazetteer resolves it (:mod:`accord.places.locate`), its GeoNames record.
    ``inferred``: the place of an exercise or meeting named in the same
    paragraph, not of the event's own sentence."""

    text: str
    country: str | None = None
    start: int | None = None
    end: int | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: dict | None = None  # {"code", "iso", "name"}
    feature: str | None = None  # city | site | region | country
    resolution: str | None = None  # site | city | region | country
    inferred: bool = False

    def to_dict(self) -> dict:
        return _flat(self)


@dataclass
class Event:
    type: str
    trigger: Span
    sentence: dict
    mode: str | None = None
    context: list = field(default_factory=list)
    cameo: str | None = None
    quad: str | None = None
    intensity: float | None = None
    actor: EventActor | None = None
    recipient: EventActor | None = None
    date: str | None = None
    date_end: str | None = None
    date_text: str | None = None
    date_precision: str | None = None  # day | month | year | published (no date in the text)
    location: Location | None = None
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    historical: bool = False
    quote: int | None = None
    confidence: float = 0.5
    id: str | None = None  # unique within the record ("ev3")
    evidence: list = field(default_factory=list)  # [{"start", "end"}] of every sentence the event drew on
    speech_act: bool = False  # the speaker's own act of saying (an accusation, a threat, a demand)
    attribution: int | None = None  # index of the attribution it comes from

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "cameo": self.cameo,
            "quad": self.quad,
            "intensity": self.intensity,
            "actor": self.actor.to_dict() if self.actor else None,
            "recipient": self.recipient.to_dict() if self.recipient else None,
            "date": self.date,
            "date_end": self.date_end,
            "date_text": self.date_text,
            "date_precision": self.date_precision,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "future": self.future,
            "historical": self.historical,
            "trigger": self.trigger.to_dict(),
            "sentence": dict(self.sentence),
            "quote": self.quote,
            "confidence": self.confidence,
            "evidence": [dict(e) for e in self.evidence],
            "speech_act": self.speech_act,
            "attribution": self.attribution,
        }


@dataclass
class Record:
    """One article's record: the one output format of accord."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    warnings: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    quotes: list = field(default_factory=list)
    events: list = field(default_factory=list)
    source: str | None = None  # where the article came from (PATH[:LINE])
    language: str | None = None  # ISO 639-1 ("en", "ru", ...), "und" when it could not be told
    provenance: dict = field(default_factory=dict)  # {"accord": version, "data": date, "models": {...}}
    attributions: list = field(default_factory=list)  # attributions that are not quotes, the shape of a quote

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "language": self.language,
            "provenance": dict(self.provenance),
            "text": self.text,
            "warnings": list(self.warnings),
            "mentions": [_as_dict(m) for m in self.mentions],
            "quotes": [_as_dict(q) for q in self.quotes],
            "events": [_as_dict(e) for e in self.events],
            "attributions": [_as_dict(a) for a in self.attributions],
            "source": self.source,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict) -> Record:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


def _as_dict(item: Any) -> dict:
    return item if isinstance(item, dict) else item.to_dict()
