"""Engines that run the pipeline function: in this process, or across
worker processes on one machine (``--workers``). Every engine calls
:func:`accord.pipeline.process`; none produces records another way."""
from __future__ import annotations

import os
from typing import Iterable, Iterator, Optional

from ..pipeline import Result, process
from ..readers import Item


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def process_items(
    items: Iterable[Item],
    *,
    settings: dict,
    published: Optional[str] = None,
    workers: Optional[int] = None,
    nlp=None,
) -> Iterator[Result]:
    """Records (and InputErrors) in input order."""
    n = workers or 1
    if n <= 1:
        return process(items, nlp, published=published, settings=settings)
    from .local import process_parallel

    return process_parallel(items, settings=settings, published=published, workers=n)
