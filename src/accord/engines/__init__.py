"""Engines that run the pipeline function: in this process, across worker
processes on one machine (``--workers``, :mod:`accord.engines.local`), or
on an Apache Spark cluster (:mod:`accord.engines.spark`). Every engine calls
:func:`accord.pipeline.process`; none produces records another way."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..pipeline import Result, process
from ..readers import Item


def default_workers() -> int:
    """The cores this process may use (its CPU affinity where the platform
    says, else the machine's count)."""
    try:
        n = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        n = os.cpu_count() or 1
    return max(1, n)


def process_items(
    items: Iterable[Item],
    *,
    settings: dict,
    published: str | None = None,
    workers: int | None = None,
    nlp=None,
) -> Iterator[Result]:
    """Records (and InputErrors) in input order. ``workers`` defaults to the
    machine's cores; 1 (or a given ``nlp``) runs in this process. Either
    way the records are the same, in the same order."""
    n = default_workers() if workers is None else workers
    if n <= 1 or nlp is not None:
        return process(items, nlp, published=published, settings=settings)
    from .local import process_parallel

    return process_parallel(items, settings=settings, published=published, workers=n)
