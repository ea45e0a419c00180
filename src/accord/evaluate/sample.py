"""Checks of a corpus against its ``cases.json``: machine-readable
expectations written with the corpus (quotes and their speakers, metonyms,
mentions, relative dates, events, flags, repairs).

``accord eval sample --dataset cases data/sample`` prints the share of
checks passed per family; the test suite pins floors on those shares.
``--dataset events`` scores events on the corpus's exhaustive event gold
instead (:mod:`accord.evaluate.sample_events`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .. import datafiles
from ..errors import AccordError

FAMILIES = {
    "title": "reader",
    "no_title": "reader",
    "encoding": "reader",
    "duplicate_paragraph": "reader",
    "metonym": "actors",
    "mention": "actors",
    "relative_date": "dates",
    "event": "events",
    "negation": "flags",
    "hypothetical_or_future": "flags",
}


def family(case: str) -> str | None:
    if case.startswith("quote_"):
        return "quotes"
    return FAMILIES.get(case)


def load_records(folder: Path, nlp=None, progress=None, only: set | None = None) -> dict[str, dict]:
    """Records of every article in the folder (or of those whose file name
    or id is in ``only``), keyed by file name and by id."""
    from ..config import settings
    from ..pipeline import process
    from ..readers import read

    cfg = settings()
    items = list(read([folder], max_chars=cfg["max_chars"], max_file_bytes=cfg["max_file_bytes"]))
    if only is not None:
        items = [it for it in items if _item_names(it) & only]
    out: dict[str, dict] = {}
    for n, res in enumerate(process(items, nlp, settings=cfg), start=1):
        if hasattr(res, "to_dict"):
            d = res.to_dict()
            out[d["id"]] = d
            if d.get("source"):
                out.setdefault(Path(d["source"].split(":")[0]).name, d)
        if progress:
            progress(n, len(items))
    return out


def _item_names(item) -> set:
    names = {getattr(item, "id", None)}
    if getattr(item, "source", None):
        names.add(Path(item.source.split(":")[0]).name)
    return names


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).lower()


WORDS = datafiles.lang_path("en", "evaluate/words.tsv")


@datafiles.cached
def _prepositions() -> tuple[str, ...]:
    """The prepositions that may open a date phrase, each with its space, in
    the order they are tried."""
    return tuple(w + " " for w in datafiles.word_list(WORDS, "date_prepositions"))


def _date_phrase(s: str | None) -> str:
    """A date phrase without its leading preposition: "on Monday" -> "monday"."""
    s = _norm(s)
    for p in _prepositions():
        if s.startswith(p):
            return s[len(p) :]
    return s


def _sentence_events(rec: dict, needle: str) -> list[dict]:
    text = rec["text"]
    pos = text.find(needle)
    if pos < 0:
        return []
    end = pos + len(needle)

    def spans(e):  # the event's sentence, and every sentence it gathered parties from (event coreference)
        return [e["sentence"], *(e.get("evidence") or [])]

    return [e for e in rec["events"] if any(s["start"] <= end and s["end"] >= pos for s in spans(e))]


def _name_words(s: str) -> set:
    """The words of a name without "the", "of" and possessive endings, so
    "China's Defence Ministry" and "the Defence Ministry of China" agree."""
    s = s.replace("\u2019", "'").replace("'s ", " ")
    return {w for w in s.split() if w not in ("the", "of")}


def _name_ok(got: str | None, want: str | None) -> bool:
    if not want:
        return True
    g, w = _norm(got), _norm(want)
    return bool(g) and (g == w or w in g or g in w or _name_words(g) == _name_words(w))


def check(case: dict, rec: dict) -> bool:
    """Does the article's record pass one hand-written case of the sample
    corpus (a title, a quote and its speaker, a mention's code, a date, an
    event, a flag)?"""
    kind = case["case"]
    text = rec["text"]
    if kind == "title":
        return rec["title"] == case["title"]
    if kind == "no_title":
        return rec["title"] is None
    if kind == "encoding":
        return any(case["encoding"] in w for w in rec["warnings"])
    if kind == "duplicate_paragraph":
        return text.count(case["paragraph_starts"]) == 1 and any("duplicate paragraph" in w for w in rec["warnings"])
    if kind.startswith("quote_"):
        return _check_quote(case, rec)
    if kind in ("metonym", "mention"):
        return _check_mention(case, rec)
    if kind == "relative_date":
        return _check_relative_date(case, rec)
    if kind == "event":
        return _check_event(case, rec)
    if kind == "negation":
        return any(e["negated"] for e in _sentence_events(rec, case["sentence_contains"]))
    if kind == "hypothetical_or_future":
        return any(e["hypothetical"] or e["future"] for e in _sentence_events(rec, case["sentence_contains"]))
    raise ValueError(f"unknown case kind {kind!r}")


def _check_quote(case: dict, rec: dict) -> bool:
    """A quote covers the case's words and names the case's speaker (and,
    with ``continues_with``, the quote's continuation has the same speaker)."""
    text = rec["text"]
    pos = text.find(case["quote_contains"])
    if pos < 0:
        return False
    end = pos + len(case["quote_contains"])
    for q in rec["quotes"]:
        if q["start"] <= pos and q["end"] >= end - 1:
            sp = q.get("speaker") or {}
            ok = _name_ok(sp.get("name"), case.get("speaker_name"))
            if ok and case.get("continues_with"):
                tail = text.find(case["continues_with"], end)
                ok = tail >= 0 and any(
                    o["start"] <= tail < o["end"]
                    and _name_ok((o.get("speaker") or {}).get("name"), case.get("speaker_name"))
                    for o in rec["quotes"]
                )
            if ok:
                return True
    return False


def _check_mention(case: dict, rec: dict) -> bool:
    """A mention overlapping the case's words (after its context) has the
    case's country (``metonym``) or code (``mention``)."""
    kind = case["case"]
    text = rec["text"]
    ctx = case.get("context")
    base = text.find(ctx) if ctx else 0
    if base < 0:
        return False
    pos = text.find(case["text"], base)
    if pos < 0:
        return False
    end = pos + len(case["text"])
    for m in rec["mentions"]:
        if m["start"] < end and m["end"] > pos:
            if kind == "metonym" and m.get("country") == case["country"]:
                return True
            if kind == "mention" and m.get("code") == case["code"]:
                return True
    return False


def _check_relative_date(case: dict, rec: dict) -> bool:
    """An event dated by the case's phrase has the case's date (and end)."""
    want = case["date"]
    phrase = _date_phrase(case["text"])
    for e in rec["events"]:
        got = _date_phrase(e.get("date_text"))
        if got and (phrase in got or got in phrase):
            if (e.get("date") or "").startswith(want):
                if not case.get("end") or (e.get("date_end") or "").startswith(case["end"]):
                    return True
    return False


def _check_event(case: dict, rec: dict) -> bool:
    """An event of the case's sentence has its type, actor country and
    recipient (country, or organization when no country is asked)."""
    for e in _sentence_events(rec, case["sentence_contains"]):
        if e["type"] != case["type"]:
            continue
        a, r = e.get("actor") or {}, e.get("recipient") or {}
        if case.get("actor_country") and a.get("country") != case["actor_country"]:
            continue
        want_r = case.get("recipient_country")
        if want_r and r.get("country") != want_r:
            continue
        if not want_r and case.get("recipient_org") and r.get("org") != case["recipient_org"]:
            continue
        return True
    return False


def evaluate(
    dataset: str,
    path: str,
    nlp=None,
    limit: int | None = None,
    progress: Callable | None = None,
    tier: str | None = None,
    subset: str | None = None,
) -> dict:
    if dataset == "events":  # the corpus's exhaustive event gold (events_gold.json)
        from .sample_events import evaluate as evaluate_events

        return evaluate_events(dataset, path, nlp=nlp, limit=limit, progress=progress, subset=subset)
    if subset:
        raise AccordError(
            "--set is for `accord eval sample --dataset events` and `accord eval quotes --dataset sample`"
        )
    if dataset != "cases":
        raise AccordError(f"unknown dataset {dataset!r} for `eval sample` (use: cases, events)")
    folder = Path(path)
    cases_file = folder / "cases.json"
    if not cases_file.exists():
        raise AccordError(f"{cases_file}: no cases.json in the corpus folder")
    cases = json.loads(cases_file.read_text(encoding="utf-8"))
    if tier:
        cases = [c for c in cases if c.get("tier") == tier]
    if limit:
        cases = cases[:limit]
    records = load_records(folder, nlp, progress)
    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    failures: list[str] = []
    for c in cases:
        fam = family(c["case"])
        if fam is None:
            continue
        rec = records.get(c.get("article_id") or "") or records.get(c["file"])
        total[fam] += 1
        if rec is not None and check(c, rec):
            passed[fam] += 1
        else:
            failures.append(f"{c['file']}: {c['case']}")
    out = {f"{fam}_pass": round(passed[fam] / total[fam], 3) for fam in sorted(total)}
    out["n"] = sum(total.values())
    out["passed"] = sum(passed.values())
    out["failures_sample"] = failures[:10]
    return out
