"""An N-article JSON Lines corpus for load tests, made from the sample
articles (``data/sample``) by shuffling their paragraphs and substituting
names, days, months and years.

    python benchmarks/make_synthetic_corpus.py 20000 -o out/synthetic_20k.jsonl
    accord ingest out/synthetic_20k.jsonl --db out/syn.duckdb

Each article takes 4-12 paragraphs from random sample articles, in random
order, with the names after titles ("President X", "Minister X") replaced by
invented ones and dates moved; the headline is a source article's, edited
the same way. ``--duplicates F`` makes a fraction F of the articles
syndicated copies of an earlier synthetic article (new headline, a few
words changed), so the near-duplicate finder has work. The same seed gives
the same corpus. Memory is bounded by the paragraph pool, not by N.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FIRST = [
    "Aida",
    "Bakyt",
    "Daniyar",
    "Elena",
    "Farid",
    "Gulnara",
    "Hasan",
    "Irina",
    "Javlon",
    "Kamila",
    "Leyla",
    "Marat",
    "Nodira",
    "Oleg",
    "Parviz",
    "Rustam",
    "Saule",
    "Timur",
    "Umida",
    "Zarina",
    "Anders",
    "Claire",
    "Hiroshi",
    "Mei",
    "Pedro",
    "Sunil",
    "Tomasz",
    "Yusuf",
]
LAST = [
    "Abenov",
    "Baimukhamedov",
    "Charyev",
    "Dzhumabaev",
    "Ergashev",
    "Fayzulloev",
    "Gafurov",
    "Ismoilov",
    "Karimova",
    "Lukin",
    "Mamytov",
    "Nazarova",
    "Orlov",
    "Pulatov",
    "Rakhimov",
    "Sadykov",
    "Tokhtarov",
    "Usmonov",
    "Yakubova",
    "Zhakupov",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Chen",
    "Alvarez",
    "Raman",
    "Nowak",
    "Demir",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TITLED = re.compile(
    r"\b(President|Prime Minister|Minister|Secretary|General|Colonel|spokesman|spokeswoman|"
    r"leader|Ambassador|envoy|analyst)( [A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
)
MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
DAY = re.compile(r"\b(" + "|".join(DAYS) + r")\b")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")


def load_sample(folder: Path) -> tuple[list[str], list[str]]:
    sys.path.insert(0, str(ROOT / "src"))
    from accord.readers import RawArticle, read

    paragraphs, titles = [], []
    for item in read([folder]):
        if not isinstance(item, RawArticle):
            continue
        # body paragraphs only: a headline or a byline has no final stop
        paras = [
            p.strip()
            for p in re.split(r"\n\s*\n", item.text)
            if len(p.split()) >= 8 and p.rstrip()[-1:] in ".!?\"'\u201d\u2019"
        ]
        paragraphs.extend(paras)
        if item.title:
            titles.append(item.title)
    if not paragraphs:
        raise SystemExit(f"{folder}: no articles")
    return paragraphs, titles or ["Officials meet as regional tensions rise"]


def substitute(text: str, rng: random.Random, names: dict, shift: int) -> str:
    def name(m):
        old = m.group(2).strip()
        if old not in names:
            names[old] = f"{rng.choice(FIRST)} {rng.choice(LAST)}" if " " in old else rng.choice(LAST)
        return f"{m.group(1)} {names[old]}"

    text = TITLED.sub(name, text)
    text = MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group(1)) + shift) % 12], text)
    text = DAY.sub(lambda m: DAYS[(DAYS.index(m.group(1)) + shift) % 7], text)
    return YEAR.sub(lambda m: str(int(m.group(1)) + (shift % 7) - 3), text)


def edit(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    for _ in range(max(1, len(words) // 150)):
        i = rng.randrange(len(words))
        words[i] = rng.choice(["reportedly", "also", "officially", "again"])
    return " ".join(words)


def generate(n: int, paragraphs: list[str], titles: list[str], seed: int, duplicates: float):
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1).toordinal()
    recent: list[dict] = []  # a small window of earlier articles to copy from
    for i in range(n):
        if recent and rng.random() < duplicates:
            src = rng.choice(recent)
            yield {
                "id": f"syn-{i:07d}",
                "title": "UPDATE - " + src["title"],
                "published": src["published"],
                "outlet": "Syndicated Wire",
                "text": edit(src["text"], rng),
            }
            continue
        names: dict = {}
        shift = rng.randrange(12)
        k = rng.randint(4, 12)
        paras = [substitute(p, rng, names, shift) for p in rng.sample(paragraphs, min(k, len(paragraphs)))]
        art = {
            "id": f"syn-{i:07d}",
            "title": substitute(rng.choice(titles), rng, names, shift),
            "published": dt.date.fromordinal(start + rng.randrange(4000)).isoformat(),
            "outlet": rng.choice(["Steppe Daily", "Caspian Ledger", "Pamir Courier", "Eurasia Monitor"]),
            "text": "\n\n".join(paras),
        }
        recent.append(art)
        if len(recent) > 200:
            recent.pop(0)
        yield art


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of articles")
    ap.add_argument("-o", "--output", default="-", help="JSON Lines file (default: standard output)")
    ap.add_argument("--sample", default=str(ROOT / "data" / "sample"), help="articles to draw from")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--duplicates", type=float, default=0.02, help="fraction of syndicated copies")
    args = ap.parse_args(argv)
    paragraphs, titles = load_sample(Path(args.sample))
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for art in generate(args.n, paragraphs, titles, args.seed, args.duplicates):
            out.write(json.dumps(art, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if args.output != "-":
        print(f"{args.n} articles -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
