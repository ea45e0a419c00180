"""Throughput and memory of accord's Russian analysis against natasha's own
pipeline, on the same texts.

    .venv/bin/python benchmarks/bench_russian.py [PATH] [--limit N] [--repeat R]

PATH: a folder of ``*.txt`` (default: ``../shared/data/factrueval/devset``
next to the project). Each side runs in its own fresh process, so its memory
is its own: (1) natasha as its documentation shows it (segment, morphology,
syntax, NER, lemmas, normal forms of names; lemmas from the same pymorphy3
dictionary, since natasha's pymorphy2 cannot load on Python 3.11 without
``pkg_resources``) and (2) :func:`accord.ru.analyze` (the same analysis,
every sentence repaired into a tree, a spaCy Doc built). Best of R repeats;
words per second (wall clock and process CPU), peak resident memory after
the models load and after the run, and the sentences the tree repair
changed (by reason). Prints one JSON line last with accord / natasha.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "factrueval" / "devset"


def rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def load_texts(path: Path, limit: int | None) -> list[str]:
    files = sorted(Path(path).glob("*.txt"))[:limit]
    if not files:
        sys.exit(f"{path}: no .txt files")
    return [f.read_text(encoding="utf-8") for f in files]


def natasha_side(texts: list[str]):
    import natasha

    from accord.ru.models import models

    m = models()

    def run(text):
        d = natasha.Doc(text)
        d.segment(m.segmenter)
        d.tag_morph(m.morph)
        d.parse_syntax(m.syntax)
        d.tag_ner(m.ner)
        for t in d.tokens:
            t.lemmatize(m.vocab)
        for s in d.spans:
            s.normalize(m.vocab)
        return d

    return run, None


def accord_side(texts: list[str]):
    from accord.ru.doc import Stats, analyze

    stats = Stats()
    return (lambda text: analyze(text, stats)), stats


def child(side: str, path: Path, limit: int | None, repeat: int) -> dict:
    texts = load_texts(path, limit)
    base = rss_mb()
    t0 = time.perf_counter()
    run, stats = (natasha_side if side == "natasha" else accord_side)(texts)
    run("Загрузка моделей.")
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    from razdel import tokenize

    words = sum(1 for t in texts for _ in tokenize(t))
    best_wall = best_cpu = float("inf")
    for _ in range(repeat):
        if stats is not None:
            stats.sentences, stats.repaired = 0, {}
        w0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            run(t)
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    out = {
        "side": side,
        "texts": len(texts),
        "words": words,
        "load_s": round(load_s, 2),
        "wall_s": round(best_wall, 2),
        "cpu_s": round(best_cpu, 2),
        "words_per_s": round(words / best_wall),
        "words_per_cpu_s": round(words / best_cpu),
        "rss_start_mb": base,
        "rss_loaded_mb": loaded,
        "rss_peak_mb": rss_mb(),
    }
    if stats is not None:
        out["sentences"] = stats.sentences
        out["repaired"] = stats.repaired
        out["repaired_share"] = round(sum(stats.repaired.values()) / max(stats.sentences, 1), 4)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--side", choices=["natasha", "accord"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    path = Path(args.path)
    if args.side:
        print(json.dumps(child(args.side, path, args.limit, args.repeat)))
        return
    results = {}
    for side in ("natasha", "accord"):
        cmd = [sys.executable, __file__, str(path), "--repeat", str(args.repeat), "--side", side]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode:
            sys.exit(f"{side} failed:\n{done.stderr[-2000:]}")
        results[side] = json.loads(done.stdout.strip().splitlines()[-1])
        print(json.dumps(results[side], ensure_ascii=False))
    n, a = results["natasha"], results["accord"]
    print(
        json.dumps(
            {
                "throughput_ratio_wall": round(a["words_per_s"] / n["words_per_s"], 3),
                "throughput_ratio_cpu": round(a["words_per_cpu_s"] / n["words_per_cpu_s"], 3),
                "extra_memory_mb": round(a["rss_peak_mb"] - n["rss_peak_mb"], 1),
                "accord_memory_mb": round(a["rss_peak_mb"] - a["rss_start_mb"], 1),
                "repaired_share": a.get("repaired_share"),
                "repaired": a.get("repaired"),
            }
        )
    )


if __name__ == "__main__":
    main()
