"""Cost of the ``accord_actors`` component relative to the bare spaCy parse.

    .venv/bin/python benchmarks/bench_actors.py [PATH] [--limit N] [--repeat R]

PATH: a folder of texts (a PolNeAR split folder's ``text/``, or any folder of
``*.txt``; default: the PolNeAR dev split next to the project). Times, in the
same process and on the same texts, (1) ``nlp.pipe`` with the bare spaCy
model and (2) the actors component alone over those parsed Docs (best of R
repeats each; wall clock and, less sensitive to other load on the machine,
process CPU time), plus the one-off cost of loading the actor data and
compiling the lexicon. Prints one JSON line with the relative cost.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

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
    args = ap.parse_args(argv)
    t0, c0 = time.perf_counter(), time.process_time()
    from accord.actors.lexicon import get_lexicon

    get_lexicon()
    build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    from accord.nlp import load_model, register_components, register_extensions

    register_extensions()
    register_components()
    texts = _texts(Path(args.path), args.limit)
    nlp = load_model()
    from accord.actors.component import ActorsComponent

    actors = ActorsComponent(nlp, "accord_actors")
    list(nlp.pipe(texts[:5]))  # warm up
    parse_t, comp_t, parse_c, comp_c, n = [], [], [], [], 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_t.append(time.perf_counter() - t0)
        parse_c.append(time.process_time() - c0)
        for d in docs:
            d._.published = "2016-10-01"
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            actors(d)
        comp_t.append(time.perf_counter() - t0)
        comp_c.append(time.process_time() - c0)
        n = sum(len(d._.mentions or []) for d in docs)
    parse, comp = min(parse_t), min(comp_t)
    print(json.dumps({
        "component": "accord_actors",
        "articles": len(texts),
        "chars": sum(map(len, texts)),
        "mentions": n,
        "lexicon_build_s": round(build_s, 3),
        "lexicon_build_cpu_s": round(build_cpu, 3),
        "parse_s": round(parse, 3),
        "component_s": round(comp, 4),
        "relative_cost": round(comp / parse, 4),
        "relative_cost_cpu": round(min(comp_c) / min(parse_c), 4),
        "ms_per_article": round(1000 * comp / max(1, len(texts)), 3),
    }))


if __name__ == "__main__":
    main()
