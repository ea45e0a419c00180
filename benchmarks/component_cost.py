"""Shared harness of the bench_<component>.py scripts: the cost of one
accord component relative to the bare spaCy parse, in the same process and
on the same texts."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"


def arguments(doc: str, argv=None, **extra) -> argparse.Namespace:
    """PATH [--limit N] [--repeat R], plus ``extra`` options {name: default}."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3)
    for name, default in extra.items():
        ap.add_argument(f"--{name}", default=default)
    return ap.parse_args(argv)


def load_texts(path: str, limit=None) -> list[str]:
    """The ``*.txt`` texts of a folder (or of its ``text/``), with the
    length-keeping mark repairs the pipeline applies."""
    from accord.text import normalize_marks

    root = Path(path)
    root = root / "text" if (root / "text").is_dir() else root
    files = sorted(root.glob("*.txt"))[: limit or None]
    return [normalize_marks(p.read_text(encoding="utf-8")) for p in files]


def measure(nlp, texts: list[str], component, before=(), published=None, repeat: int = 3) -> dict:
    """Best-of-``repeat`` wall and CPU seconds of (1) ``nlp.pipe`` over the
    texts and (2) ``component`` over the parsed Docs, after the ``before``
    components have run untimed (so the Docs carry what they would in
    production). Returns the times and the last run's Docs."""

    def prepare(docs):
        for d in docs:
            d._.published = published
            for comp in before:
                comp(d)
        return docs

    for d in prepare(list(nlp.pipe(texts[:5]))):  # warm up
        component(d)
    parse_t, comp_t, parse_c, comp_c, docs = [], [], [], [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_t.append(time.perf_counter() - t0)
        parse_c.append(time.process_time() - c0)
        prepare(docs)
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            component(d)
        comp_t.append(time.perf_counter() - t0)
        comp_c.append(time.process_time() - c0)
    return {
        "parse_s": min(parse_t),
        "component_s": min(comp_t),
        "parse_cpu_s": min(parse_c),
        "component_cpu_s": min(comp_c),
        "docs": docs,
    }


def pipes(nlp, *names):
    """Standalone instances of accord components (not left in the pipeline)."""
    from accord.nlp import register_components, register_extensions

    register_extensions()
    register_components()
    out = []
    for name in names:
        out.append(nlp.add_pipe(name))
        nlp.remove_pipe(name)
    return out
