"""Cost of the ``accord_events`` component relative to the bare spaCy parse.

    .venv/bin/python benchmarks/bench_events.py [PATH] [--limit N] [--repeat R]

PATH: a folder of texts (a PolNeAR split folder's ``text/``, or any folder of
``*.txt``; default: the PolNeAR dev split next to the project). Times, in the
same process and on the same texts, (1) ``nlp.pipe`` with the bare spaCy
model and (2) the events component alone over those parsed Docs (the actors
and quotes components run first, untimed, so the Docs carry mentions and
quotes as in production). Prints one JSON line with the relative cost.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from accord.nlp import load_model, register_components, register_extensions

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"


def _texts(path: Path, limit):
    root = path / "text" if (path / "text").is_dir() else path
    files = sorted(root.glob("*.txt"))[: limit or None]
    return [p.read_text(encoding="utf-8") for p in files]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--published", default="2016-10-01")
    args = ap.parse_args(argv)
    register_extensions()
    register_components()
    texts = _texts(Path(args.path), args.limit)
    nlp = load_model()
    before = []
    for name in ("accord_actors", "accord_quotes"):
        before.append(nlp.add_pipe(name))
        nlp.remove_pipe(name)
    from accord.events.component import EventsComponent

    events = EventsComponent(nlp, "accord_events")
    for d in nlp.pipe(texts[:5]):  # warm up
        d._.published = args.published
        for comp in before:
            comp(d)
        events(d)
    parse_t, comp_t, n_events, n_tokens = [], [], 0, 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_t.append(time.perf_counter() - t0)
        for d in docs:
            d._.published = args.published
            for comp in before:
                comp(d)
        t0 = time.perf_counter()
        for d in docs:
            events(d)
        comp_t.append(time.perf_counter() - t0)
        n_events = sum(len(d._.events or []) for d in docs)
        n_tokens = sum(len(d) for d in docs)
    parse, comp = min(parse_t), min(comp_t)
    print(json.dumps({
        "component": "accord_events",
        "docs": len(texts),
        "tokens": n_tokens,
        "events": n_events,
        "parse_s": round(parse, 3),
        "events_s": round(comp, 3),
        "ms_per_doc": round(1000 * comp / max(1, len(texts)), 2),
        "relative_cost": round(comp / parse, 4) if parse else None,
    }))


if __name__ == "__main__":
    main()
