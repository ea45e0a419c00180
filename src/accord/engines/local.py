"""Worker processes on one machine (``--workers N``).

Each worker process loads the model once (in the pool's initializer) and
runs :func:`accord.pipeline.process` on chunks of articles. The parent reads
the input lazily, keeps a bounded window of chunks in flight and yields the
results in input order, so memory is bounded by the chunk size and the
number of workers, never by the corpus size.

Records are plain dataclasses and travel back by pickle. InputErrors do not
pickle (their constructor takes two arguments), so those met while reading
stay in the parent in their place and those raised in a worker travel as
``(where, reason)`` pairs.

The start method is ``forkserver`` where the platform has it (a fresh
server process forks the workers: no threads or DuckDB handles of the parent
are inherited, and no model is copied), else ``spawn``. ``ACCORD_START_METHOD``
overrides it (``fork``, ``forkserver``, ``spawn``).
"""

from __future__ import annotations

import collections
import itertools
import logging
import multiprocessing as mp
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..errors import AccordError, InputError
from ..pipeline import Result, process
from ..readers import Item, RawArticle

log = logging.getLogger(__name__)

#: articles per task sent to a worker (at most the batch size): small enough
#: to balance the load across workers on a short corpus; nlp.pipe's speed
#: hardly depends on the batch size on CPU
CHUNK = 4

# --------------------------------------------------------------- in a worker
_WORKER: dict = {}


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB."""
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def _init_worker(settings: dict, log_level: int) -> None:
    logging.basicConfig(level=log_level, format="%(levelname)s %(name)s[%(process)d]: %(message)s", stream=sys.stderr)
    if log_level > logging.INFO:
        logging.getLogger("accord.nlp").setLevel(logging.CRITICAL)
    from ..nlp import load

    _WORKER["settings"] = settings
    _WORKER["nlp"] = load(settings["model"])


def _run_chunk(arts: list, published: str | None) -> tuple[list, float, int]:
    """Worker side: RawArticles -> Records or ``(where, reason)`` pairs,
    one per article, in order; with the worker's peak RSS and pid."""
    settings = _WORKER["settings"]
    out: list = []
    for res in process(arts, _WORKER["nlp"], published=published, batch_size=len(arts) or 1, settings=settings):
        out.append((res.where, res.reason) if isinstance(res, InputError) else res)
    return out, peak_rss_mb(), os.getpid()


def _ping(delay: float, sample: RawArticle | None = None) -> tuple[int, float]:
    """Worker side: (pid, peak RSS) after ``delay`` seconds; the first call
    with a ``sample`` article also runs the pipeline on it once (the first
    parse allocates buffers and fills caches)."""
    import time

    if sample is not None and not _WORKER.get("warm"):
        for _ in process([sample], _WORKER["nlp"], settings=_WORKER["settings"]):
            pass
        _WORKER["warm"] = True
    time.sleep(delay)
    return os.getpid(), peak_rss_mb()


# --------------------------------------------------------------- in the parent
def start_method() -> str:
    wanted = os.environ.get("ACCORD_START_METHOD")
    methods = mp.get_all_start_methods()
    if wanted:
        if wanted not in methods:
            raise AccordError(
                f"ACCORD_START_METHOD={wanted!r} is not available here (choose from {', '.join(methods)})"
            )
        return wanted
    return "forkserver" if "forkserver" in methods else "spawn"


class LocalEngine:
    """A pool of worker processes, each with the model loaded once.

    >>> with LocalEngine(4, settings) as eng:
    ...     for res in eng.process(read(["corpus/"])):
    ...         ...

    ``worker_peak_rss_mb`` holds the largest peak RSS any worker reported.
    """

    def __init__(self, workers: int, settings: dict, chunk_size: int | None = None):
        self.workers = max(1, int(workers))
        self.settings = settings
        self.chunk_size = max(1, chunk_size or min(settings["batch_size"], CHUNK))
        # chunks in flight, four per worker: results come back in input order, so a
        # long article at the head must not leave the other workers idle
        self.window = 4 * self.workers
        self.worker_peak_rss_mb: dict[int, float] = {}
        self._pool: ProcessPoolExecutor | None = None

    # the pool starts on first use, so a short input never pays for it
    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = mp.get_context(start_method())
            if ctx.get_start_method() == "forkserver":
                # imported once in the server, inherited by every worker
                ctx.set_forkserver_preload(["accord.engines.local", "spacy"])
            level = logging.getLogger().getEffectiveLevel()
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=ctx,
                initializer=_init_worker,
                initargs=(self.settings, level),
            )
        return self._pool

    def warm_up(self, sample: RawArticle | None = None) -> None:
        """Start every worker and wait until each has loaded the model, and
        has run the pipeline once on ``sample`` when one is given (for
        benchmarks that should not time the start)."""
        pool = self._executor()
        seen: set[int] = set()
        for _ in range(20):
            for pid, rss in pool.map(_ping, [0.2] * self.workers, [sample] * self.workers):
                seen.add(pid)
                self.worker_peak_rss_mb[pid] = rss
            if len(seen) >= self.workers:
                return

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def max_worker_rss_mb(self) -> float | None:
        return max(self.worker_peak_rss_mb.values()) if self.worker_peak_rss_mb else None

    def process(self, items: Iterable[Item], published: str | None = None) -> Iterator[Result]:
        """Records and InputErrors in input order."""
        it = iter(items)
        first = list(itertools.islice(it, self.chunk_size))
        second = list(itertools.islice(it, self.chunk_size))
        if not second and self._pool is None:
            # one chunk: a worker would only add its start-up time
            yield from process(first, None, published=published, settings=self.settings)
            return
        chunks = _chunks(itertools.chain(first, second, it), self.chunk_size, tail=self.chunk_size * self.workers)
        pending: collections.deque = collections.deque()
        pool = self._executor()
        try:
            for chunk in chunks:
                arts = [x for x in chunk if isinstance(x, RawArticle)]
                fut = pool.submit(_run_chunk, arts, published) if arts else None
                pending.append((chunk, fut))
                while len(pending) >= self.window:
                    yield from self._collect(pending.popleft())
            while pending:
                yield from self._collect(pending.popleft())
        except BrokenProcessPool as e:
            raise AccordError(
                f"a worker process died ({e}); it may have run out of memory: try fewer --workers "
                "or a smaller --batch-size"
            ) from None
        finally:
            for _, fut in pending:
                if fut is not None:
                    fut.cancel()

    def _collect(self, entry) -> Iterator[Result]:
        chunk, fut = entry
        done = iter(())
        if fut is not None:
            results, rss, pid = fut.result()
            self.worker_peak_rss_mb[pid] = max(rss, self.worker_peak_rss_mb.get(pid, 0.0))
            done = iter(results)
        for item in chunk:
            if isinstance(item, RawArticle):
                res = next(done)
                yield InputError(*res) if isinstance(res, tuple) else res
            else:
                yield item


def _chunks(items: Iterator, n: int, tail: int = 0) -> Iterator[list]:
    """Chunks of ``n`` items; the last ``tail`` items of the input go one by
    one, so at the end no worker is left with a whole chunk while the others
    wait (the input is read ``tail`` items ahead to know where it ends)."""
    buf: collections.deque = collections.deque()

    def take(k: int) -> list:
        chunk = [buf.popleft() for _ in range(min(k, len(buf)))]
        for x in chunk:
            if not isinstance(x, (RawArticle, InputError)):
                raise TypeError(f"expected RawArticle or InputError, got {type(x).__name__}")
        return chunk

    for x in items:
        buf.append(x)
        if len(buf) >= n + tail:
            yield take(n)
    while buf:
        yield take(n if len(buf) > tail else 1)


def process_parallel(
    items: Iterable[Item],
    *,
    settings: dict,
    published: str | None,
    workers: int,
    chunk_size: int | None = None,
) -> Iterator[Result]:
    """Records and InputErrors in input order, computed by ``workers``
    processes; the pool is shut down when the stream ends or is closed."""
    engine = LocalEngine(workers, settings, chunk_size=chunk_size)
    try:
        yield from engine.process(items, published)
    finally:
        engine.close()
