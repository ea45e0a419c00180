"""``accord eval actors``: score actor mentions and their codes on gold sets.

Datasets
--------
``plover``  (``PLOVER_GSR_CAMEO.json``): for every gold source/target actor,
    a mention overlapping the actor's text must carry the gold country or
    organization code (``country_accuracy``; the best mention,
    :func:`accord.actors.mention_at`, is tried first and gives the sector;
    ``country_accuracy_best_mention`` counts only that one); of those, the
    share with the gold sector (``sector_accuracy``).
    Gold-code conventions: ``IGO`` = any intergovernmental organization
    (mention has an ``org``); ``NGO`` = a non-governmental organization
    (sector NGO, no state); ``IMG`` = an armed group with no state; the
    non-ISO codes (``JAP``, ``ITL``, ``VTN``, ``ROM``) are read as their ISO codes.
    Sector: the first three letters of the gold sector (``CVLalb`` -> CVL,
    ``CIV`` -> CVL); a missing gold sector means the bare country code (the
    mention must have no sector); ``***`` (unknown) is left out of the sector
    figure. The records carry no real publication date, so office holders
    resolve to their most recent term (``published=None``).
``conflibert-ner`` (``cameo_ner_train.txt``): sentences rebuilt by joining
    tokens with spaces; ``span_recall`` = share of gold source/target/both
    spans (B-/I- S, T, R) overlapped by a mention with a non-null code. No
    publication date either (most recent office-holder term).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from ..errors import AccordError
from . import LEGACY_CODES, share

DATASETS = ("plover", "conflibert-ner")
SECTOR_FIX = {"CIV": "CVL"}


def _docs(nlp, texts: list, progress: Callable | None = None, published: str | None = None):
    from ..config import settings
    from ..pipeline import prepare
    from ..readers import RawArticle

    cfg = settings()
    arts = [RawArticle(text=t, id=str(i), published=published) for i, t in enumerate(texts)]
    docs = (prepare(nlp, a, published, cfg) for a in arts)
    for n, doc in enumerate(nlp.pipe(docs, batch_size=64), 1):
        if progress:
            progress(n, len(texts))
        yield doc


def _load_nlp(nlp):
    if nlp is None:
        from ..nlp import load

        nlp = load()
    return nlp


def _code_ok(gold: str, m) -> bool:
    if m is None:
        return False
    gold = LEGACY_CODES.get(gold, gold)
    if gold == "IGO":
        return bool(m.org) or bool(m.code and m.code.startswith("IGO"))
    if gold == "NGO":
        return (m.sector == "NGO" and not m.country) or bool(m.code and m.code.startswith("NGO"))
    if gold == "IMG":
        return (m.kind == "group" and not m.country) or bool(m.code and m.code.startswith("IMG"))
    return m.country == gold or bool(m.code and m.code.startswith(gold) and not m.country)


def evaluate_plover(path: str, nlp=None, limit: int | None = None, progress=None) -> dict:
    from ..actors import mention_at, mentions_in

    items = _plover_items(path, limit)
    nlp = _load_nlp(nlp)
    n = n_country = n_sector = n_sector_scored = n_found = n_best = 0
    misses = []
    for doc, (_text, actors) in zip(_docs(nlp, [t for t, _ in items], progress), items):
        for a in actors:
            n += 1
            at, s = _find_actor_text(doc.text, a["actorText"])
            m = None
            if s >= 0:
                n_found += 1
                m = mention_at(doc, s, s + len(at))
                if _code_ok(a["code"], m):
                    n_best += 1
                else:
                    # the task's definition: *a* mention overlapping the actor's text has the code
                    m = next((x for x in mentions_in(doc, s, s + len(at)) if _code_ok(a["code"], x)), m)
            if _code_ok(a["code"], m):
                n_country += 1
                gs = (a.get("sector") or "").strip()
                if gs == "***":
                    continue
                gs = SECTOR_FIX.get(gs[:3].upper(), gs[:3].upper()) or None
                n_sector_scored += 1
                if (m.sector or None) == gs:
                    n_sector += 1
                elif len(misses) < 400:
                    misses.append(
                        {
                            "text": at,
                            "gold": f"{a['code']}/{a.get('sector')}",
                            "got": f"{m.code}/{m.sector}",
                            "kind": "sector",
                        }
                    )
            elif len(misses) < 400:
                misses.append(
                    {
                        "text": at,
                        "gold": f"{a['code']}/{a.get('sector')}",
                        "got": None if m is None else f"{m.text}={m.code}",
                        "kind": "country",
                    }
                )
    return {
        "dataset": "plover",
        "n": n,
        "country_accuracy": share(n_country, n),
        "sector_accuracy": share(n_sector, n_sector_scored),
        "country_accuracy_best_mention": share(n_best, n),
        "n_sector_scored": n_sector_scored,
        "text_found": n_found,
        "misses": misses[: _n_misses()],
    }


def _plover_items(path: str, limit: int | None) -> list[tuple[str, list[dict]]]:
    """(text, gold actors) of every PLOVER gold record that has a text and
    at least one source or target with a text and a code."""
    try:
        records = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise AccordError(f"cannot read PLOVER gold records from {path}: {e}") from e
    items = []
    for r in records:
        actors = []
        for role in ("source", "target"):
            for a in r.get(role) or []:
                if isinstance(a, dict) and a.get("actorText") and a.get("code"):
                    actors.append(a)
        if actors and r.get("text"):
            items.append((r["text"], actors))
    if limit:
        items = items[:limit]
    return items


def _find_actor_text(text: str, actor_text: str) -> tuple[str, int]:
    """Where a gold actor's text stands in the article: (the text found,
    its start), start -1 when not found."""
    at = actor_text.strip()
    s = text.find(at)
    if s < 0:
        # gold texts are sometimes elided or re-spaced ("French warships" for "French and
        # Egyptian warships"): fall back to the text's first word
        at = " ".join(at.split())
        s = text.lower().find(at.lower())
        if s < 0:
            words = [w.strip(",.'()") for w in at.split()]
            content = [w for w in words if len(w) >= 3 and w[:1].isupper()] or words
            at = content[0]
            s = text.find(at) if len(at) >= 2 else -1
    return at, s


def read_conflibert(path: str) -> list:
    """``[(tokens, [(start_tok, end_tok, tag), ...]), ...]``"""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise AccordError(f"cannot read ConfliBERT NER file {path}: {e}") from e
    sents, toks, tags = [], [], []
    for line in raw.splitlines() + [""]:
        line = line.strip()
        if not line:
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        parts = line.rsplit(None, 1)
        if len(parts) != 2:
            continue
        toks.append(parts[0])
        tags.append(parts[1])
    out = []
    for toks, tags in sents:
        spans, cur = [], None
        for i, t in enumerate(tags):
            if t.startswith("B-") or (t.startswith("I-") and (cur is None or cur[2] != t[2:])):
                if cur:
                    spans.append(tuple(cur))
                cur = [i, i + 1, t[2:]]
            elif t.startswith("I-") and cur:
                cur[1] = i + 1
            else:
                if cur:
                    spans.append(tuple(cur))
                cur = None
        if cur:
            spans.append(tuple(cur))
        out.append((toks, spans))
    return out


def evaluate_conflibert(path: str, nlp=None, limit: int | None = None, progress=None) -> dict:
    from ..actors import mentions_in

    sents = read_conflibert(path)
    if limit:
        sents = sents[:limit]
    nlp = _load_nlp(nlp)
    texts, offsets = [], []
    for toks, _ in sents:
        offs, pos = [], 0
        for t in toks:
            offs.append((pos, pos + len(t)))
            pos += len(t) + 1
        texts.append(" ".join(toks))
        offsets.append(offs)
    n = covered = 0
    by_tag: dict = {}
    misses = []
    for doc, (_toks, spans), offs in zip(_docs(nlp, texts, progress), sents, offsets):
        for s, e, tag in spans:
            cs, ce = offs[s][0], offs[e - 1][1]
            n += 1
            ok = any(m.code for m in mentions_in(doc, cs, ce))
            covered += ok
            t = by_tag.setdefault(tag, [0, 0])
            t[0] += ok
            t[1] += 1
            if not ok and len(misses) < _n_misses():
                misses.append(doc.text[cs:ce])
    return {
        "dataset": "conflibert-ner",
        "n": n,
        "span_recall": share(covered, n),
        "by_tag": {k: round(v[0] / v[1], 4) for k, v in sorted(by_tag.items())},
        "misses": misses,
    }


def evaluate(dataset: str, path: str, nlp=None, limit: int | None = None, progress=None) -> dict:
    """Figures for ``dataset`` (``plover``, ``conflibert-ner`` or ``factrueval``) at ``path``."""
    if dataset == "factrueval":  # Russian names: the folder of .txt/.spans/.objects files
        from . import factrueval

        if not Path(path).is_dir():
            raise AccordError(f"{path}: no such folder (the factRuEval gold set)")
        return factrueval.evaluate(path, limit, progress, predict=factrueval.actor_spans)
    if dataset not in DATASETS:
        raise AccordError(f"unknown actors dataset {dataset!r}: use one of {', '.join(DATASETS)}, factrueval")
    if not Path(path).is_file():
        raise AccordError(f"{path}: no such file (the {dataset} gold set)")
    if dataset == "plover":
        return evaluate_plover(path, nlp, limit, progress)
    return evaluate_conflibert(path, nlp, limit, progress)


def _n_misses() -> int:
    """How many misses the figures carry (``ACCORD_EVAL_MISSES``, default 40)."""
    import os

    try:
        return int(os.environ.get("ACCORD_EVAL_MISSES", "40"))
    except ValueError:
        return 40
