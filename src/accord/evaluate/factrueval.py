"""Names in Russian news: score PER/ORG/LOC spans on factRuEval-2016.

``accord eval actors --dataset factrueval PATH`` (PATH: a folder of
``book_N.txt`` with ``.spans`` and ``.objects`` beside each, such as
``../shared/data/factrueval/devset``).

Gold spans, from the ``.objects`` (``id Type span_ids... # text``) and
``.spans`` (``id type start len first_token n_tokens # text``) files:

- ``Person``: from its first to its last name part (name, surname,
  patronymic, nickname spans; all its spans if it has none of those) -> PER;
- ``Org``: its ``org_name`` spans, first to last -> ORG (an Org with no
  ``org_name`` has no name and is left out);
- ``Location`` and ``LocOrg``: their ``loc_name`` spans, first to last -> LOC;
- other objects (Facility, Project) are not scored;
- the same span twice counts once; nested gold spans are dropped, longest
  first (a span inside a longer kept one, of any type, is left out).

Predictions (``--layer``): accord's Russian actor mentions that are names
(:func:`actor_spans`, by kind: person -> PER; org, igo, group -> ORG;
state, location -> LOC), or the entities natasha finds (spaCy ``doc.ents``
of :func:`accord.ru.analyze`).

A prediction and a gold span match when they overlap and have the same
type. Precision: matched predictions / predictions; recall: matched gold /
gold; F1 per type and their mean over PER, ORG, LOC (``macro_f1``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import click

from ..errors import AccordError

TYPES = ("PER", "ORG", "LOC")
NAME_PARTS = {"name", "surname", "patronymic", "nickname"}
#: accord mention kinds -> factRuEval types
KIND_TYPE = {"person": "PER", "org": "ORG", "igo": "ORG", "group": "ORG", "state": "LOC", "location": "LOC"}

Span = tuple[int, int, str]  # start, end (exclusive), type


@dataclass
class GoldDoc:
    id: str
    text: str
    spans: list[Span]


def _read(path: Path) -> str:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        raise AccordError(f"{path}: cannot read: {e}") from None


def _parse_spans(path: Path) -> dict[str, tuple[str, int, int]]:
    out = {}
    for n, line in enumerate(_read(path).splitlines(), 1):
        cells = line.split("#", 1)[0].split()
        if not cells:
            continue
        try:
            sid, kind, start, length = cells[0], cells[1], int(cells[2]), int(cells[3])
        except (IndexError, ValueError):
            raise AccordError(f"{path}:{n}: expected 'id type start len ...'") from None
        out[sid] = (kind, start, start + length)
    return out


def _object_span(kind: str, parts: list[tuple[str, int, int]]) -> Span | None:
    if kind == "Person":
        names = [p for p in parts if p[0] in NAME_PARTS] or parts
        label, chosen = "PER", names
    elif kind == "Org":
        label, chosen = "ORG", [p for p in parts if p[0] == "org_name"]
    elif kind in ("Location", "LocOrg"):
        label, chosen = "LOC", [p for p in parts if p[0] == "loc_name"]
    else:
        return None
    if not chosen:
        return None
    return min(p[1] for p in chosen), max(p[2] for p in chosen), label


def drop_nested(spans: Iterable[Span]) -> list[Span]:
    """Distinct spans without those nested in a longer kept one, in text order."""
    kept: list[Span] = []
    for s in sorted(set(spans), key=lambda s: (-(s[1] - s[0]), s[0], s[2])):
        if not any(k[0] <= s[0] and s[1] <= k[1] for k in kept):
            kept.append(s)
    return sorted(kept)


def read_doc(txt: Path) -> GoldDoc:
    """One factRuEval document and its gold PER/ORG/LOC spans."""
    stem = txt.with_suffix("")
    spans = _parse_spans(stem.with_suffix(".spans"))
    gold: list[Span] = []
    objects = stem.with_suffix(".objects")
    for n, line in enumerate(_read(objects).splitlines(), 1):
        cells = line.split("#", 1)[0].split()
        if len(cells) < 2:
            continue
        missing = [c for c in cells[2:] if c not in spans]
        if missing:
            raise AccordError(f"{objects}:{n}: span ids {missing} are not in {stem.name}.spans")
        span = _object_span(cells[1], [spans[c] for c in cells[2:]])
        if span is not None:
            gold.append(span)
    return GoldDoc(stem.name, _read(txt), drop_nested(gold))


def read_dataset(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Every document of a factRuEval folder, in name order."""
    folder = Path(path)
    if not folder.is_dir():
        raise AccordError(f"{folder}: not a folder of factRuEval files (book_N.txt, .spans, .objects)")
    txts = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".objects").exists())
    if not txts:
        raise AccordError(f"{folder}: no factRuEval documents (a .txt with .spans and .objects beside it)")
    return [read_doc(p) for p in txts[:limit]]


def score(gold: list[list[Span]], pred: list[list[Span]]) -> dict:
    """Per-type and macro figures; a match is any overlap of the same type."""
    counts = {t: {"gold": 0, "pred": 0, "gold_hit": 0, "pred_hit": 0} for t in TYPES}
    for g, p in zip(gold, pred):
        for t in TYPES:
            gs = [s for s in g if s[2] == t]
            ps = [s for s in p if s[2] == t]
            c = counts[t]
            c["gold"] += len(gs)
            c["pred"] += len(ps)
            c["gold_hit"] += sum(any(q[0] < s[1] and s[0] < q[1] for q in ps) for s in gs)
            c["pred_hit"] += sum(any(s[0] < q[1] and q[0] < s[1] for s in gs) for q in ps)
    out: dict = {}
    for t, c in counts.items():
        prec = c["pred_hit"] / c["pred"] if c["pred"] else 0.0
        rec = c["gold_hit"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {
            "precision": round(prec, 4),
            "recall": round(rec, 4),
            "f1": round(f1, 4),
            "gold": c["gold"],
            "predicted": c["pred"],
        }
    out["macro_f1"] = round(sum(out[t]["f1"] for t in TYPES) / len(TYPES), 4)
    return out


def entity_spans(doc) -> list[Span]:
    """A Doc's PER/ORG/LOC entities as spans."""
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in TYPES]


def mention_spans(mentions) -> list[Span]:
    """accord mentions (``kind``) as spans, for the Russian actor layer."""
    out = []
    for m in mentions:
        kind = m["kind"] if isinstance(m, dict) else m.kind
        start = m["start"] if isinstance(m, dict) else m.start
        end = m["end"] if isinstance(m, dict) else m.end
        if kind in KIND_TYPE:
            out.append((start, end, KIND_TYPE[kind]))
    return out


def actor_spans(text: str) -> list[Span]:
    """The Russian actor layer's named mentions (entities and named lexicon
    entries, not roles, adjectives or pronouns) as spans."""
    from ..ru import analyze
    from ..ru.actors import build

    doc = analyze(text)
    actors, _chains = build(doc)
    spans = [
        (doc[a.start : a.end].start_char, doc[a.start : a.end].end_char, KIND_TYPE[a.kind])
        for a in actors
        if a.named and a.kind in KIND_TYPE
    ]
    return drop_nested(spans)


def evaluate(path, limit: int | None = None, progress: Callable | None = None, predict: Callable | None = None) -> dict:
    """Score names on a factRuEval folder. ``predict(text) -> spans``
    defaults to natasha's entities through :func:`accord.ru.analyze`."""
    docs = read_dataset(path, limit)
    if predict is None:
        from ..ru import analyze

        def predict(text):
            return entity_spans(analyze(text))

    preds = []
    t0 = time.perf_counter()
    for n, d in enumerate(docs, 1):
        preds.append(predict(d.text))
        if progress:
            progress(n, len(docs))
    figures = score([d.spans for d in docs], preds)
    figures["documents"] = len(docs)
    figures["seconds"] = round(time.perf_counter() - t0, 2)
    return figures


@click.command(name="eval-factrueval")
@click.argument("path", type=click.Path(exists=True, file_okay=False))
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option(
    "--layer",
    type=click.Choice(["actors", "entities"]),
    default="actors",
    show_default=True,
    help="Score accord's Russian actor mentions, or natasha's entities.",
)
def factrueval_cmd(path, limit, layer):
    """Score Russian names (PER/ORG/LOC, any overlap) on a factRuEval folder;
    prints one JSON line of figures last.

    \b
    Example:
        accord eval-factrueval ../shared/data/factrueval/devset --layer entities
        accord eval actors --dataset factrueval ../shared/data/factrueval/devset
    """
    import json

    try:
        figures = evaluate(path, limit, predict=actor_spans if layer == "actors" else None)
        figures["layer"] = layer
    except AccordError as e:
        raise click.ClickException(str(e)) from None
    for t in TYPES:
        f = figures[t]
        click.echo(
            f"{t}\tP {f['precision']:.3f}\tR {f['recall']:.3f}\tF1 {f['f1']:.3f}\tgold {f['gold']}\tpredicted {f['predicted']}"
        )
    click.echo(json.dumps({"kind": "actors", "dataset": "factrueval", **figures}, ensure_ascii=False))


def register(group) -> None:
    """Add ``eval-factrueval`` to the ``accord`` group."""
    group.add_command(factrueval_cmd)
