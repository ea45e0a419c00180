"""Throughput and memory of accord's Russian analysis against natasha's own
pipeline, on the same texts.

    .venv/bin/python benchmarks/bench_russian.py [PATH] [--limit N] [--repeat R]

PATH: a folder of ``*.txt`` (default: ``../shared/data/factrueval/devset``
next to the project). Each side runs in its own process, so its memory is
its own: (1) natasha as its documentation shows it (segment, morphology,
syntax, NER, lemmas, normal forms of names; lemmas from the same pymorphy3
dictionary, since natasha's pymorphy2 cannot load on Python 3.11 without
``pkg_resources``) and (2) :func:`accord.ru.analyze` (the same analysis,
every sentence repaired into a tree, a spaCy Doc built). Both processes load
their models first and then take turns, one pass over the texts each, after
one warm-up pass each, in the order natasha, accord, accord, natasha, ...
so that a change in the machine's load falls on both sides alike; the ratio
is the median of the per-round ratios (a noisy round moves a best-of figure,
not a median). Words per second (best round, wall clock and process CPU),
peak resident memory after the models load and after the run, and the
sentences the tree repair changed (by reason). Prints one JSON line last with accord / natasha.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
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


def serve(side: str, path: Path, limit: int | None) -> None:
    """Load, answer ``ready``, then one pass over the texts per ``run`` line on
    stdin (its wall and CPU seconds) until ``stop`` (the final figures)."""
    texts = load_texts(path, limit)
    base = rss_mb()
    t0 = time.perf_counter()
    run, stats = (natasha_side if side == "natasha" else accord_side)(texts)
    run("Загрузка моделей.")
    from razdel import tokenize

    words = sum(1 for t in texts for _ in tokenize(t))
    say = {"side": side, "texts": len(texts), "words": words, "load_s": round(time.perf_counter() - t0, 2)}
    say |= {"rss_start_mb": base, "rss_loaded_mb": rss_mb()}
    print(json.dumps(say), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            break
        if stats is not None:
            stats.sentences, stats.repaired = 0, {}
        w0, c0 = time.perf_counter(), time.process_time()
        for t in texts:
            run(t)
        print(json.dumps({"wall_s": time.perf_counter() - w0, "cpu_s": time.process_time() - c0}), flush=True)
    end = {"rss_peak_mb": rss_mb()}
    if stats is not None:
        end["sentences"] = stats.sentences
        end["repaired"] = stats.repaired
        end["repaired_share"] = round(sum(stats.repaired.values()) / max(stats.sentences, 1), 4)
    print(json.dumps(end), flush=True)


class Side:
    """One side's serving process, asked for a pass at a time."""

    def __init__(self, side: str, path: Path, limit: int | None):
        cmd = [sys.executable, __file__, str(path), "--side", side]
        if limit:
            cmd += ["--limit", str(limit)]
        self.name = side
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.info = self._answer()
        self.rounds: list[dict] = []

    def _answer(self) -> dict:
        line = self.proc.stdout.readline()
        if not line:
            sys.exit(f"{self.name} failed:\n{self.proc.stderr.read()[-2000:]}")
        return json.loads(line)

    def ask(self, what: str) -> dict:
        self.proc.stdin.write(what + "\n")
        self.proc.stdin.flush()
        return self._answer()

    def finish(self) -> dict:
        end = self.ask("stop")
        self.proc.wait()
        words = self.info["words"]
        wall = min(r["wall_s"] for r in self.rounds)
        cpu = min(r["cpu_s"] for r in self.rounds)
        figures = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
        figures |= {"words_per_s": round(words / wall), "words_per_cpu_s": round(words / cpu)}
        return self.info | figures | end


def rounds(natasha: Side, accord: Side, repeat: int) -> list[float]:
    """Per-round throughput ratios accord / natasha, in alternating order,
    after one unmeasured warm-up pass each (first-call caches)."""
    for side in (natasha, accord):
        side.ask("run")
    ratios = []
    for k in range(repeat):
        order = (natasha, accord) if k % 2 == 0 else (accord, natasha)
        for side in order:
            side.rounds.append(side.ask("run"))
        ratios.append(natasha.rounds[-1]["wall_s"] / accord.rounds[-1]["wall_s"])
    return ratios


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=4)
    ap.add_argument("--side", choices=["natasha", "accord"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    path = Path(args.path)
    if args.side:
        serve(args.side, path, args.limit)
        return
    natasha, accord = Side("natasha", path, args.limit), Side("accord", path, args.limit)
    ratios = rounds(natasha, accord, max(args.repeat, 1))
    n, a = natasha.finish(), accord.finish()
    print(json.dumps(n, ensure_ascii=False))
    print(json.dumps(a, ensure_ascii=False))
    print(
        json.dumps(
            {
                "throughput_ratio_wall": round(statistics.median(ratios), 3),
                "throughput_ratio_rounds": [round(r, 3) for r in ratios],
                "throughput_ratio_best": round(a["words_per_s"] / n["words_per_s"], 3),
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
