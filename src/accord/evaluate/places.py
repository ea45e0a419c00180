"""Scores the place resolver on a gold list of sentences (``data/places/gold.tsv``).

Each gold row names one place in one sentence, with its country, kind and
coordinates written by hand. A resolution is

* **within** tolerance when its point lies within the kind's tolerance of the
  gold point and its country is the gold country (seas and straits, which
  belong to several states, are not checked for country);
* **wrong** when it is resolved but outside tolerance or in another country;
* **coarse** when the name is resolved only to its country and that is the
  gold country (the resolver's designed answer for a name that several
  places of one country bear; right, but not a point on the map);
* **unresolved** when the resolver gives nothing (better than wrong).

Tolerances (great-circle km): city and site 25, region 100, sea and country
300.

Two figures: **given** resolves the gold span itself (with the countries the
sentence names as context); **ner** runs spaCy's NER over the sentence and
resolves the GPE/LOC/FAC entity that overlaps the gold span (none overlapping
counts as unresolved, reported as ``not_found`` too). The NER figure needs
the spaCy model; without it only ``given`` is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import DataFileError

TOLERANCE_KM = {"city": 25.0, "site": 25.0, "region": 100.0, "sea": 300.0, "country": 300.0}
COLUMNS = ("id", "text", "span", "country", "kind", "lat", "lon")


def read_gold(path: str | Path) -> list[dict]:
    """The gold rows; a malformed row raises DataFileError naming file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"{path}: cannot read: {e}") from None
    rows: list[dict] = []
    header = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = tuple(c.strip() for c in cells)
            if header[: len(COLUMNS)] != COLUMNS:
                raise DataFileError(f"{path}:{n}: the header must start with {', '.join(COLUMNS)}")
            continue
        if len(cells) < len(COLUMNS):
            raise DataFileError(f"{path}:{n}: {len(cells)} cells, a gold row has {len(COLUMNS)}")
        row = dict(zip(COLUMNS, (c.strip() for c in cells)))
        try:
            row["lat"], row["lon"] = float(row["lat"]), float(row["lon"])
        except ValueError:
            raise DataFileError(f"{path}:{n}: lat/lon must be numbers") from None
        if row["kind"] not in TOLERANCE_KM:
            raise DataFileError(f"{path}:{n}: kind {row['kind']!r} is not one of {', '.join(TOLERANCE_KM)}")
        if row["span"] not in row["text"]:
            raise DataFileError(f"{path}:{n}: the span {row['span']!r} is not in the sentence")
        row["line"] = n
        rows.append(row)
    if header is None:
        raise DataFileError(f"{path}: no header and no rows")
    return rows


def judge(gold: dict, place) -> tuple[str, float | None]:
    """``("within"|"coarse"|"wrong"|"unresolved", distance_km)`` of one resolution."""
    from ..places import distance_km

    if place is None:
        return "unresolved", None
    km = distance_km(gold["lat"], gold["lon"], place.lat, place.lon)
    same_country = gold["kind"] == "sea" or not gold["country"] or place.country == gold["country"]
    if (
        place.resolution == "country"
        and gold["kind"] != "country"
        and place.country == gold["country"]
        and km > TOLERANCE_KM[gold["kind"]]
    ):
        return "coarse", round(km, 1)
    ok = km <= TOLERANCE_KM[gold["kind"]] and same_country
    return ("within" if ok else "wrong"), round(km, 1)


def _figures(verdicts: list[str]) -> dict:
    n = len(verdicts)
    out = {k: verdicts.count(k) for k in ("within", "coarse", "wrong", "unresolved")}
    out["within_rate"] = round(out["within"] / n, 4) if n else 0.0
    out["wrong_rate"] = round(out["wrong"] / n, 4) if n else 0.0
    return out


def _ner_mention(doc, gold: dict, ctx, path):
    from ..places import find_places

    s = gold["text"].find(gold["span"])
    e = s + len(gold["span"])
    ents = [(x.start_char, x.end_char, x.label_) for x in doc.ents if x.start_char < e and s < x.end_char]
    found = find_places(doc, ctx, entities=ents, path=path)
    return found[0] if found else None


def evaluate_places(
    path: str | Path,
    nlp=None,
    *,
    limit: int | None = None,
    gazetteer_path=None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Figures for the gold file at ``path``: ``given`` always, ``ner`` when
    ``nlp`` (a spaCy pipeline with NER) is given. ``misses`` lists the rows
    not within tolerance, for a reader to check."""
    from ..places import context_countries, resolve_span

    gold = read_gold(path)[:limit] if limit else read_gold(path)
    given, ner, misses = [], [], []
    not_found = 0
    for i, g in enumerate(gold, 1):
        ctx = context_countries(g["text"], gazetteer_path)
        s = g["text"].find(g["span"])
        m = resolve_span(g["text"], s, s + len(g["span"]), ctx, path=gazetteer_path)
        verdict, km = judge(g, m.place)
        given.append(verdict)
        miss = {
            "id": g["id"],
            "span": g["span"],
            "given": verdict,
            "km": km,
            "got": m.place.as_dict() if m.place else None,
        }
        if nlp is not None:
            nm = _ner_mention(nlp(g["text"]), g, (), gazetteer_path)
            not_found += nm is None
            nv, nkm = judge(g, nm.place if nm else None)
            ner.append(nv)
            miss.update(ner=nv, ner_km=nkm, ner_text=nm.text if nm else None)
        if verdict != "within" or (ner and ner[-1] != "within"):
            misses.append(miss)
        if progress:
            progress(i, len(gold))
    out = {"n": len(gold), "tolerance_km": TOLERANCE_KM, "given": _figures(given)}
    if nlp is not None:
        out["ner"] = {**_figures(ner), "not_found": not_found}
    out["misses"] = misses
    return out


def evaluate(dataset: str, path, nlp=None, limit=None, progress=None) -> dict:
    """``accord eval places --dataset gold data/places/gold.tsv``."""
    if dataset != "gold":
        raise DataFileError(f"places: unknown dataset {dataset!r} (known: gold)")
    figures = evaluate_places(path, nlp, limit=limit, progress=progress)
    figures.pop("misses")
    return figures
