"""Cost of the ``accord_quotes`` component relative to the bare spaCy parse.

    .venv/bin/python benchmarks/bench_quotes.py [PATH] [--limit N] [--repeat R]

PATH: a folder of texts (a PolNeAR split folder's ``text/``, or any folder of
``*.txt``; default: the PolNeAR dev split next to the project). Times, in
the same process and on the same texts, (1) ``nlp.pipe`` with the bare
spaCy model and (2) the quotes component alone over those parsed Docs (the
actors component runs first, untimed, so the Docs carry mentions as in
production). Prints one JSON line with the relative cost.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from accord.nlp import load_model, register_components, register_extensions
from accord.text import normalize_marks

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"


def _texts(path: Path, limit):
    root = path / "text" if (path / "text").is_dir() else path
    files = sorted(root.glob("*.txt"))[: limit or None]
    return [normalize_marks(p.read_text(encoding="utf-8")) for p in files]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    register_extensions()
    register_components()
    texts = _texts(Path(args.path), args.limit)
    nlp = load_model()
    actors = nlp.add_pipe("accord_actors")
    nlp.remove_pipe("accord_actors")
    from accord.quotes.component import QuotesComponent

    quotes = QuotesComponent(nlp, "accord_quotes")
    list(nlp.pipe(texts[:5]))  # warm up
    parse_t, comp_t, n_quotes = [], [], 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_t.append(time.perf_counter() - t0)
        for d in docs:
            actors(d)
        t0 = time.perf_counter()
        for d in docs:
            quotes(d)
        comp_t.append(time.perf_counter() - t0)
        n_quotes = sum(len(d._.quotes or []) for d in docs)
    parse, comp = min(parse_t), min(comp_t)
    print(json.dumps({
        "component": "accord_quotes",
        "articles": len(texts),
        "chars": sum(map(len, texts)),
        "quotes": n_quotes,
        "parse_s": round(parse, 3),
        "component_s": round(comp, 4),
        "relative_cost": round(comp / parse, 4),
        "ms_per_article": round(1000 * comp / max(1, len(texts)), 3),
    }))


if __name__ == "__main__":
    main()
