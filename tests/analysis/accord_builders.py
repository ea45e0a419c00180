"""Hand-made stores for the analysis, report and viewer tests.

``article(id, published, [E(...), ...])`` builds a Record whose text is the
events' sentences, with correct offsets; ``make_db(path, records)`` writes
them with :func:`accord.store.write_record`. ``StubKnowledge`` answers the
membership API of :mod:`accord.actors.knowledge` from a small table, so the
formula tests do not move when the real knowledge base is edited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from accord import store
from accord.record import Event, EventActor, Mention, Quote, Record, Span, Speaker

PLOVER = {
    "AGREE": ("verbal_cooperation", 4.2),
    "CONSULT": ("verbal_cooperation", 2.1),
    "SUPPORT": ("verbal_cooperation", 4.6),
    "COOPERATE": ("material_cooperation", 6.8),
    "AID": ("material_cooperation", 7.4),
    "ACCUSE": ("verbal_conflict", -2.0),
    "THREATEN": ("verbal_conflict", -5.1),
    "SANCTION": ("material_conflict", -5.2),
    "MOBILIZE": ("material_conflict", -5.3),
    "ASSAULT": ("material_conflict", -9.3),
}
ORGS = {"NATO", "CSTO", "SCO", "EU"}


@dataclass
class E:
    """One event to put in an article: ``E("COOPERATE", "USA", "KAZ", "2023-06-01")``."""

    type: str
    actor: str | None
    recipient: str | None
    date: str | None = None
    negated: bool = False
    hypothetical: bool = False
    quad: str | None = "default"
    words: str = ""
    extra: dict = field(default_factory=dict)


def _side(code: str | None, start: int) -> EventActor | None:
    if code is None:
        return None
    text = code
    if code in ORGS:
        return EventActor(start, start + len(text), text, code="IGO" + code, org=code)
    return EventActor(start, start + len(text), text, code=code, country=code)


def article(
    aid: str,
    published: str | None,
    events: list[E],
    title: str | None = None,
    quotes: list[tuple[str, str]] | None = None,
    text_prefix: str = "",
) -> Record:
    """A record whose text holds one sentence per event: ``"ACTOR trigger
    RECIPIENT words."``; ``quotes`` adds ``“content,” said SPEAKER.``
    sentences with attributed quotes."""
    parts, evs, ments, qs = [text_prefix] if text_prefix else [], [], [], []
    off = len(text_prefix)
    for e in events:
        if parts:
            parts.append(" ")
            off += 1
        a = e.actor or "Someone"
        trig = e.type.lower()
        r = e.recipient or "others"
        sent = f"{a} {trig} {r}{(' ' + e.words) if e.words else ''}."
        quad, inten = PLOVER.get(e.type, (None, None))
        ev = Event(
            type=e.type,
            trigger=Span(off + len(a) + 1, off + len(a) + 1 + len(trig), trig),
            sentence={"start": off, "end": off + len(sent)},
            quad=quad if e.quad == "default" else e.quad,
            intensity=inten,
            actor=_side(e.actor, off),
            recipient=_side(e.recipient, off + len(a) + len(trig) + 2),
            date=e.date,
            negated=e.negated,
            hypothetical=e.hypothetical,
            **e.extra,
        )
        evs.append(ev)
        for side in (ev.actor, ev.recipient):
            if side is not None:
                ments.append(
                    Mention(
                        side.start,
                        side.end,
                        side.text,
                        name=side.text,
                        kind="state",
                        code=side.code,
                        country=side.country,
                        org=side.org,
                    )
                )
        parts.append(sent)
        off += len(sent)
    for content, speaker in quotes or []:
        if parts:
            parts.append(" ")
            off += 1
        q = f"\u201c{content},\u201d said {speaker}."
        qlen = len(content) + 3
        sp = off + q.index(" said ") + 6
        cue = off + q.index("said")
        qs.append(
            Quote(
                off,
                off + qlen,
                q[:qlen],
                kind="direct",
                speaker=Speaker(sp, sp + len(speaker), speaker, name=speaker, code="USAGOV", country="USA"),
                cue=Span(cue, cue + 4, "said"),
            )
        )
        ments.append(
            Mention(
                sp, sp + len(speaker), speaker, name=speaker, kind="person", code="USAGOV", country="USA", sector="GOV"
            )
        )
        parts.append(q)
        off += len(q)
    text = "".join(parts)
    return Record(
        id=aid,
        text=text,
        title=title if title is not None else f"article {aid}",
        published=published,
        outlet="Test Wire",
        mentions=ments,
        quotes=qs,
        events=evs,
        source="test",
    )


def make_db(path, records: list[Record], duplicates: dict[str, str] | None = None) -> str:
    """Write ``records`` to a new DuckDB file; ``duplicates`` maps an
    article id to the id it is a near-duplicate of."""
    con = store.connect(str(path))
    try:
        for rec in records:
            store.write_record(con, rec, duplicate_of=(duplicates or {}).get(rec.id))
    finally:
        con.close()
    return str(path)


class StubKnowledge:
    """The membership API over a small dated table (ISO date strings)."""

    PERIODS = {
        "NATO": [
            ("USA", "1949-08-24", None),
            ("TUR", "1952-02-18", None),
            ("POL", "1999-03-12", None),
            ("FIN", "2023-04-04", None),
        ],
        "CSTO": [
            ("RUS", "2002-10-07", None),
            ("KAZ", "2002-10-07", None),
            ("ARM", "2002-10-07", None),
            ("KGZ", "2002-10-07", None),
            ("TJK", "2002-10-07", None),
            ("UZB", "2006-08-16", "2012-12-20"),
        ],
        "SCO": [
            ("CHN", "2001-06-15", None),
            ("RUS", "2001-06-15", None),
            ("KAZ", "2001-06-15", None),
            ("UZB", "2001-06-15", None),
            ("IND", "2017-06-09", None),
        ],
    }
    NAMES = {
        "USA": "United States",
        "RUS": "Russia",
        "KAZ": "Kazakhstan",
        "ARM": "Armenia",
        "CHN": "China",
        "UZB": "Uzbekistan",
        "IND": "India",
        "TUR": "Turkey",
    }

    def membership_periods(self, org):
        return list(self.PERIODS.get(org.upper(), []))

    def members(self, org, date):
        date = date if isinstance(date, str) else date.isoformat()
        return {c for c, s, e in self.PERIODS.get(org.upper(), []) if s <= date and (e is None or date < e)}

    def orgs_of(self, iso3, date):
        return {o for o in self.PERIODS if iso3 in self.members(o, date)}

    def country_name(self, iso3):
        return self.NAMES.get(iso3, iso3)


def days(start: str, n: int) -> list[str]:
    d = dt.date.fromisoformat(start)
    return [(d + dt.timedelta(days=i)).isoformat() for i in range(n)]
