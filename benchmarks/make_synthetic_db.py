"""Write a synthetic accord database for trying the analysis, report and viewer.

    .venv/bin/python benchmarks/make_synthetic_db.py /tmp/synthetic.duckdb [--articles 400] [--seed 7]

The articles are generated sentences (not news text) about states of the
CSTO/NATO/SCO neighbourhood, each sentence carrying one event with correct
offsets, actor mentions and now and then an attributed quote, so every
analysis and every page of the viewer has something to show. Tendencies are
built in so the pictures mean something: Kazakhstan and Kyrgyzstan
cooperate with Russia and China and exercise with the United States;
Armenia drifts from Russia towards the United States after 2022; Kyrgyzstan
and Tajikistan clash at their border in 2021-2022; Uzbekistan trains with
Russia in 2010-2011 (a CSTO member then) and again in 2021 (no longer one).
Some events are reported by two articles on the same day, and a few
articles are near-duplicates of others (``duplicate_of``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys

from accord import store
from accord.record import Event, EventActor, Mention, Quote, Record, Span, Speaker

NAMES = {
    "USA": "the United States",
    "RUS": "Russia",
    "KAZ": "Kazakhstan",
    "KGZ": "Kyrgyzstan",
    "TJK": "Tajikistan",
    "ARM": "Armenia",
    "UZB": "Uzbekistan",
    "CHN": "China",
    "TUR": "Turkey",
    "IND": "India",
    "AZE": "Azerbaijan",
    "BLR": "Belarus",
    "POL": "Poland",
    "DEU": "Germany",
}
ORGS = {"NATO": "NATO", "CSTO": "the CSTO", "SCO": "the SCO"}
LEADERS = {
    "USA": "Antony Blinken",
    "RUS": "Sergei Lavrov",
    "KAZ": "Murat Nurtleu",
    "ARM": "Nikol Pashinyan",
    "CHN": "Wang Yi",
    "KGZ": "Jeenbek Kulubaev",
    "TJK": "Sirojiddin Muhriddin",
    "IND": "S. Jaishankar",
}
PLACES = [
    "Astana",
    "Bishkek",
    "Dushanbe",
    "Yerevan",
    "Almaty",
    "Tashkent",
    "Samarkand",
    "Osh",
    "Gyumri",
    "the Caspian coast",
    "the Fergana valley",
]

# type -> (template, trigger word, context)
TEMPLATES = {
    "COOPERATE": ("{a} and {b} held joint military exercises near {place}.", "held", "military"),
    "AID": ("{a} delivered armoured vehicles and radios to {b}.", "delivered", "military"),
    "CONSULT": ("Officials of {a} met their counterparts from {b} in {place}.", "met", "diplomatic"),
    "AGREE": ("{a} agreed to expand security cooperation with {b}.", "agreed", "military"),
    "SUPPORT": ("{a} signed a defence cooperation agreement with {b}.", "signed", "military"),
    "ACCUSE": ("{a} accused {b} of destabilising the region.", "accused", "diplomatic"),
    "THREATEN": ("{a} warned {b} of unspecified consequences.", "warned", "diplomatic"),
    "REJECT": ("{a} rejected the demands of {b}.", "rejected", "diplomatic"),
    "SANCTION": ("{a} imposed new sanctions on {b}.", "imposed", "economic"),
    "MOBILIZE": ("{a} moved troops to the border with {b}.", "moved", "military"),
    "ASSAULT": ("Forces of {a} shelled positions held by {b} near {place}.", "shelled", "military"),
    "REQUEST": ("{a} called on {b} to withdraw its forces.", "called", "diplomatic"),
}
PLOVER = {
    "AGREE": ("verbal_cooperation", 4.2),
    "CONSULT": ("verbal_cooperation", 2.1),
    "SUPPORT": ("verbal_cooperation", 4.6),
    "COOPERATE": ("material_cooperation", 6.8),
    "AID": ("material_cooperation", 7.4),
    "REQUEST": ("verbal_conflict", -5.0),
    "ACCUSE": ("verbal_conflict", -2.0),
    "REJECT": ("verbal_conflict", -4.2),
    "THREATEN": ("verbal_conflict", -5.1),
    "SANCTION": ("material_conflict", -5.2),
    "MOBILIZE": ("material_conflict", -5.3),
    "ASSAULT": ("material_conflict", -9.3),
}
COOP = ["COOPERATE", "AID", "CONSULT", "AGREE", "SUPPORT"]
CONF = ["ACCUSE", "THREATEN", "REJECT", "SANCTION", "MOBILIZE", "REQUEST"]

# (actor, recipient, first year, last year, weight, share of cooperation)
DYADS = [
    ("RUS", "KAZ", 2019, 2024, 8, 0.9),
    ("RUS", "KGZ", 2019, 2024, 5, 0.9),
    ("RUS", "TJK", 2019, 2024, 5, 0.85),
    ("USA", "KAZ", 2019, 2024, 4, 0.9),
    ("USA", "KGZ", 2019, 2022, 2, 0.7),
    ("CHN", "KAZ", 2019, 2024, 5, 0.95),
    ("CHN", "KGZ", 2019, 2024, 3, 0.9),
    ("CHN", "TJK", 2019, 2024, 3, 0.9),
    ("USA", "RUS", 2019, 2024, 7, 0.1),
    ("RUS", "USA", 2019, 2024, 6, 0.1),
    ("RUS", "ARM", 2019, 2022, 4, 0.8),
    ("RUS", "ARM", 2023, 2024, 5, 0.2),
    ("ARM", "RUS", 2023, 2024, 4, 0.15),
    ("USA", "ARM", 2022, 2024, 5, 0.95),
    ("AZE", "ARM", 2019, 2024, 4, 0.1),
    ("ARM", "AZE", 2019, 2024, 3, 0.15),
    ("KGZ", "TJK", 2021, 2022, 5, 0.1),
    ("TJK", "KGZ", 2021, 2022, 5, 0.1),
    ("TUR", "RUS", 2019, 2024, 3, 0.5),
    ("TUR", "AZE", 2019, 2024, 3, 0.95),
    ("USA", "TUR", 2019, 2024, 2, 0.5),
    ("IND", "RUS", 2019, 2024, 3, 0.85),
    ("USA", "IND", 2019, 2024, 3, 0.9),
    ("CHN", "IND", 2019, 2024, 2, 0.2),
    ("RUS", "UZB", 2021, 2024, 3, 0.85),
    ("USA", "UZB", 2019, 2024, 2, 0.85),
    ("CHN", "UZB", 2019, 2024, 2, 0.9),
    ("BLR", "POL", 2021, 2024, 3, 0.05),
    ("DEU", "RUS", 2019, 2024, 2, 0.2),
    ("USA", "POL", 2019, 2024, 2, 0.95),
    ("NATO", "ARM", 2022, 2024, 2, 0.9),
    ("NATO", "KAZ", 2019, 2024, 1, 0.9),
    ("CSTO", "KAZ", 2022, 2022, 3, 1.0),
    ("RUS", "NATO", 2019, 2024, 3, 0.05),
    ("SCO", "IND", 2019, 2024, 1, 0.9),
    ("KAZ", "CSTO", 2019, 2024, 1, 0.9),
]
EARLY = [("RUS", "UZB", 2010, 2011, 4, 0.9)]  # Uzbekistan inside the CSTO


def _name(code: str, start: bool) -> str:
    n = ORGS.get(code) or NAMES[code]
    return n[0].upper() + n[1:] if start else n


def _date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    end = min(dt.date(y1, 12, 31), dt.date(2024, 12, 31)).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _actor(code: str, start: int, text: str) -> EventActor:
    if code in ORGS:
        return EventActor(start, start + len(text), text, code="IGO" + code, org=code)
    return EventActor(start, start + len(text), text, code=code, country=code)


def _mention(code: str, start: int, text: str) -> Mention:
    if code in ORGS:
        return Mention(start, start + len(text), text, name=code, kind="igo", code="IGO" + code, org=code)
    return Mention(
        start, start + len(text), text, name=NAMES[code].removeprefix("the "), kind="state", code=code, country=code
    )


def sentence(rng: random.Random, a: str, b: str, etype: str, offset: int, day: dt.date):
    """One event sentence at ``offset``: (text, event, mentions)."""
    tmpl, trig, context = TEMPLATES[etype]
    start_a = tmpl.index("{a}") == 0
    place = rng.choice(PLACES)
    text = tmpl.format(a="\x00", b="\x01", place=place)
    na, nb = _name(a, start_a), _name(b, False)
    ia = text.index("\x00")
    text = text.replace("\x00", na)
    ib = text.index("\x01")
    text = text.replace("\x01", nb)
    ti = text.index(trig)
    quad, intensity = PLOVER[etype]
    ev = Event(
        type=etype,
        trigger=Span(offset + ti, offset + ti + len(trig), trig),
        sentence={"start": offset, "end": offset + len(text)},
        context=[context],
        quad=quad,
        intensity=intensity,
        actor=_actor(a, offset + ia, na),
        recipient=_actor(b, offset + ib, nb),
        date=day.isoformat(),
        confidence=0.8,
    )
    mentions = [_mention(a, offset + ia, na), _mention(b, offset + ib, nb)]
    return text, ev, mentions


def article(rng: random.Random, n: int, picks: list, published: dt.date, with_quote: bool) -> Record:
    parts, events, mentions, quotes = [], [], [], []
    title = None
    offset = 0
    for a, b, etype, day in picks:
        if parts:
            parts.append(" ")
            offset += 1
        text, ev, ms = sentence(rng, a, b, etype, offset, day)
        if title is None:
            title = text.rstrip(".")
        parts.append(text)
        events.append(ev)
        mentions.extend(ms)
        offset += len(text)
    if with_quote:
        a = picks[0][0]
        speaker = LEADERS.get(a, "A spokesman")
        body = rng.choice(
            [
                "We will not be pressured by anyone",
                "Our partnership serves peace in the region",
                "Nobody should draw lines across our region",
                "These drills are directed at no one",
            ]
        )
        q = f"\u201c{body},\u201d said {speaker}."
        start = offset + 1
        parts.append(" " + q)
        qs, qe = start, start + len(body) + 3
        sp_start = q.index(speaker) + start
        cue_start = q.index("said") + start
        quotes.append(
            Quote(
                qs,
                qe,
                q[: len(body) + 3],
                kind="direct",
                speaker=Speaker(
                    sp_start,
                    sp_start + len(speaker),
                    speaker,
                    name=speaker,
                    role="foreign minister",
                    code=a + "GOV" if a not in ORGS else None,
                    country=a if a not in ORGS else None,
                ),
                cue=Span(cue_start, cue_start + 4, "said"),
            )
        )
        mentions.append(
            Mention(
                sp_start,
                sp_start + len(speaker),
                speaker,
                name=speaker,
                kind="person",
                code=(a + "GOV") if a not in ORGS else None,
                country=a if a not in ORGS else None,
                sector="GOV" if a not in ORGS else None,
                role="foreign minister",
            )
        )
        offset += len(q) + 1
    text = "".join(parts)
    return Record(
        id=f"syn-{n:05d}",
        text=text,
        title=title,
        published=published.isoformat(),
        outlet=rng.choice(["Steppe Wire", "Caucasus Herald", "Pamir Post", "Eurasia Daily"]),
        mentions=mentions,
        quotes=quotes,
        events=events,
        source="synthetic",
    )


def build(path: str, n_articles: int = 400, seed: int = 7) -> dict:
    rng = random.Random(seed)
    if os.path.exists(path):
        os.remove(path)
    con = store.connect(path)
    weights = [d[4] for d in DYADS]
    written = dupes = 0
    for n in range(n_articles):
        pool, w = (EARLY, [1]) if n % 40 == 0 else (DYADS, weights)
        k = rng.choice([1, 2, 2, 3])
        picks = []
        a0, b0, y0, y1, _, coop = rng.choices(pool, w)[0]
        day = _date(rng, y0, y1)
        for _ in range(k):
            a, b, coop = a0, b0, coop
            if picks:  # another event of the same day, among the dyads active that year
                live = [(d, x) for d, x in zip(pool, w) if d[2] <= day.year <= d[3]]
                a, b, _, _, _, coop = rng.choices([d for d, _ in live], [x for _, x in live])[0]
            etype = rng.choice(COOP if rng.random() < coop else CONF)
            if {a, b} == {"KGZ", "TJK"} and etype in ("MOBILIZE", "THREATEN") and rng.random() < 0.5:
                etype = "ASSAULT"
            picks.append((a, b, etype, day))
        published = day + dt.timedelta(days=rng.choice([0, 0, 1]))
        rec = article(rng, n, picks, published, with_quote=rng.random() < 0.4)
        store.write_record(con, rec)
        written += 1
        if n % 9 == 0:  # a second outlet reports the first event on the same day
            twin = article(rng, 100_000 + n, picks[:1], published, with_quote=False)
            twin.outlet = "Second Wire"
            store.write_record(con, twin)
            written += 1
        if n % 25 == 0:  # a syndicated copy: stored, but marked as a near-duplicate
            copy = Record.from_dict(rec.to_dict())
            copy.id = rec.id + "-copy"
            copy.outlet = "Syndicated"
            store.write_record(con, copy, duplicate_of=rec.id)
            dupes += 1
    figures = store.stats(con)
    con.close()
    return {"written": written, "near_duplicates": dupes, "events": figures["events"]}


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path")
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    print(build(args.path, args.articles, args.seed), file=sys.stderr)


if __name__ == "__main__":
    main()
