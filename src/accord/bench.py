"""``accord bench``: how fast accord runs, against the bare spaCy parse.

One run times, on the same texts with the same model and batch size:

* the bare spaCy pipeline (``nlp.pipe`` of the model alone, loaded
  separately, as spaCy users run it);
* the whole accord pipeline (:func:`accord.pipeline.process`: text repair,
  the model, accord's components, the records);

chunk by chunk, alternating the two (and which goes first), so a change of
load on the machine touches both alike. ``ratio`` is accord's speed over spaCy's (1.0: accord
costs nothing on top of the parse; the budget is 0.85). Each accord
component is also timed alone on parsed Docs (``components``: its cost as a
share of the bare parse). With ``--workers N`` (N > 1), N worker processes
are started and warmed up (the model loading is not timed), then the whole
corpus goes through accord in one process and through the workers, in turn,
twice: ``workers_speedup`` is the workers' speed over the one process's.

The last line on standard output is one JSON object with the figures.
"""

from __future__ import annotations

import json
import os
import platform
import time
from collections.abc import Callable

from .errors import AccordError

#: rounds of (one process, N workers) behind ``workers_speedup``
SPEEDUP_ROUNDS = 2


def _rss_mb() -> float:
    from .engines.local import peak_rss_mb

    return peak_rss_mb()


def load_articles(corpus: str, limit: int | None, max_chars: int) -> list:
    from .readers import RawArticle, read

    out = []
    for item in read([corpus], max_chars=max_chars):
        if isinstance(item, RawArticle):
            out.append(item)
            if limit and len(out) >= limit:
                break
    return out


def run_bench(
    corpus: str,
    *,
    workers: int | None = None,
    limit: int | None = None,
    batch_size: int | None = None,
    model: str | None = None,
    components: bool = True,
    progress: Callable[[str], None] = lambda msg: None,
) -> dict:
    """The figures as a flat dict (plus ``components``)."""
    from .config import settings
    from .nlp import COMPONENTS, load, load_model
    from .pipeline import process

    cfg = settings(model=model, batch_size=batch_size)
    size = cfg["batch_size"]
    arts = load_articles(corpus, limit, cfg["max_chars"])
    if not arts:
        raise AccordError(f"{corpus}: no articles to time")
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None

    progress(f"loading {cfg['model']} twice (bare spaCy and accord)")
    bare = load_model(cfg["model"])
    nlp = load(cfg["model"])
    ours = [n for n in nlp.pipe_names if n in COMPONENTS or n not in bare.pipe_names]
    # warm up both (first calls allocate and fill caches)
    list(bare.pipe(texts[:2], batch_size=size))
    list(process(arts[:2], nlp, batch_size=size, settings=cfg))

    timed = _time_pipelines(bare, nlp, arts, texts, cfg, ours if components else [], progress)
    out = _speed_figures(corpus, cfg, len(arts), words, *timed)
    del bare
    if workers and workers > 1:
        out.update(_time_workers(arts, nlp, cfg, workers, progress))
    out.update(_machine_figures(load_before))
    return out


def _time_pipelines(
    bare, nlp, arts: list, texts: list[str], cfg: dict, ours: list[str], progress: Callable[[str], None]
) -> tuple[float, float, dict[str, float]]:
    """Seconds of the bare spaCy parse and of accord's whole pipeline over the
    corpus, batch by batch, and of each of accord's components named in
    ``ours`` (an empty list: components not timed)."""
    from .pipeline import process

    size = cfg["batch_size"]
    t_bare = t_accord = 0.0
    t_comp = {n: 0.0 for n in ours}
    done = 0
    for i in range(0, len(arts), size):
        chunk_arts, chunk_texts = arts[i : i + size], texts[i : i + size]
        # alternate which goes first, so neither always meets a cold cache
        for which in ("bare", "accord") if (i // size) % 2 == 0 else ("accord", "bare"):
            t = time.perf_counter()
            if which == "bare":
                for _ in bare.pipe(chunk_texts, batch_size=size):
                    pass
                t_bare += time.perf_counter() - t
            else:
                for _ in process(chunk_arts, nlp, batch_size=size, settings=cfg):
                    pass
                t_accord += time.perf_counter() - t
        if ours:
            _time_components(nlp, chunk_arts, cfg, t_comp)
        done += len(chunk_arts)
        progress(f"{done}/{len(arts)} articles: spaCy {t_bare:.1f}s, accord {t_accord:.1f}s")
    return t_bare, t_accord, t_comp


def _time_components(nlp, chunk_arts: list, cfg: dict, t_comp: dict[str, float]) -> None:
    """Run the pipeline once more over a batch, component by component in its
    order, adding the seconds of each component in ``t_comp`` to it: the
    model's own run untimed, each of accord's timed alone (a component placed
    among the model's, such as a sentence fixer before the parser, runs in its
    place)."""
    from .pipeline import prepare

    size = cfg["batch_size"]
    docs = [prepare(nlp, a, None, cfg) for a in chunk_arts]
    for name, proc in nlp.pipeline:
        if name in t_comp:
            t = time.perf_counter()
            docs = [proc(d) for d in docs]
            t_comp[name] += time.perf_counter() - t
        elif hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=size))
        else:
            docs = [proc(d) for d in docs]


def _speed_figures(
    corpus: str, cfg: dict, n: int, words: int, t_bare: float, t_accord: float, t_comp: dict[str, float]
) -> dict:
    """Articles and words per second of spaCy alone and of accord, their
    ratio, and each timed component's share of the bare parse's time."""
    out: dict = {
        "corpus": str(corpus),
        "model": cfg["model"],
        "batch_size": cfg["batch_size"],
        "articles": n,
        "words": words,
        "spacy_seconds": round(t_bare, 3),
        "accord_seconds": round(t_accord, 3),
        "spacy_articles_per_s": round(n / t_bare, 2),
        "accord_articles_per_s": round(n / t_accord, 2),
        "spacy_words_per_s": round(words / t_bare, 1),
        "accord_words_per_s": round(words / t_accord, 1),
        "ratio": round(t_bare / t_accord, 3),
    }
    if t_comp:
        out["components"] = {k: round(v / t_bare, 4) for k, v in t_comp.items()}
        # what is left: text repair, Doc set-up, records (the pipeline glue)
        out["glue_share"] = round((t_accord - t_bare - sum(t_comp.values())) / t_bare, 4)
    return out


def _time_workers(arts: list, nlp, cfg: dict, workers: int, progress: Callable[[str], None]) -> dict:
    """The speed-up of ``workers`` processes over one on the whole corpus,
    averaged over :data:`SPEEDUP_ROUNDS` rounds, and the workers' peak memory."""
    from .engines.local import LocalEngine
    from .pipeline import process

    size, n = cfg["batch_size"], len(arts)
    progress(f"starting {workers} worker processes")
    t_one = t_workers = 0.0
    with LocalEngine(workers, cfg) as eng:
        eng.warm_up(arts[0])  # as the one-process run, each worker has parsed once
        for r in range(SPEEDUP_ROUNDS):
            # one process and the workers in turn, on the whole corpus: a
            # change of load on the machine touches both alike
            t = time.perf_counter()
            for _ in process(arts, nlp, batch_size=size, settings=cfg):
                pass
            t_one += time.perf_counter() - t
            t = time.perf_counter()
            got = sum(1 for _ in eng.process(arts))
            t_workers += time.perf_counter() - t
            assert got == n
            progress(
                f"speed-up round {r + 1}/{SPEEDUP_ROUNDS}: one process {t_one:.1f}s, {workers} workers {t_workers:.1f}s"
            )
        rss = eng.max_worker_rss_mb
    return {
        "workers": workers,
        "one_process_seconds": round(t_one / SPEEDUP_ROUNDS, 3),
        "workers_seconds": round(t_workers / SPEEDUP_ROUNDS, 3),
        "workers_articles_per_s": round(n * SPEEDUP_ROUNDS / t_workers, 2),
        "workers_speedup": round(t_one / t_workers, 3),
        "peak_rss_mb_per_worker": round(rss, 1) if rss else None,
    }


def _machine_figures(load_before: float | None) -> dict:
    """Peak memory, cores, load average before and after, Python version."""
    out: dict = {"peak_rss_mb": round(_rss_mb(), 1), "cpus": os.cpu_count()}
    if load_before is not None:
        out["load_average_before"] = round(load_before, 2)
        out["load_average_after"] = round(os.getloadavg()[0], 2)
    out["python"] = platform.python_version()
    return out


def register(group) -> None:
    import click

    from .cli_common import common, console

    @group.command()
    @click.option(
        "--corpus",
        required=True,
        type=click.Path(exists=True),
        help="Articles to time: a file or folder accord reads (.txt, .jsonl, ...).",
    )
    @click.option(
        "--workers",
        "-w",
        type=click.IntRange(min=1),
        default=None,
        help="Also time N worker processes and report the speed-up over one.",
    )
    @click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N articles.")
    @click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=None,
        help="Articles per nlp.pipe batch, for both (default 32).",
    )
    @click.option("--model", metavar="NAME", default=None, help="spaCy model package.")
    @click.option(
        "--components/--no-components",
        default=True,
        help="Also time each accord component alone (one more parse, not timed).",
    )
    @common
    def bench(corpus, workers, limit, batch_size, model, components):
        """Time accord against the bare spaCy parse on a corpus; prints one
        JSON line of figures last (ratio = accord's speed / spaCy's).

        \b
        Example:
            accord bench --corpus benchmarks/polnear_dev.jsonl
            accord bench --corpus corpus.jsonl --workers 2 --limit 500
        """
        con = console()
        figures = run_bench(
            corpus,
            workers=workers,
            limit=limit,
            batch_size=batch_size,
            model=model,
            components=components,
            progress=lambda m: None if con.quiet else con.message(m),
        )
        click.echo(json.dumps(figures, ensure_ascii=False))
