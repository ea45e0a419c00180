"""Worker processes on one machine (placeholder: runs in this process until
the parallel engine lands)."""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from ..pipeline import Result, process
from ..readers import Item


def process_parallel(items: Iterable[Item], *, settings: dict, published: Optional[str], workers: int) -> Iterator[Result]:
    return process(items, None, published=published, settings=settings)
