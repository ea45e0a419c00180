"""Ingest: read -> process -> store, skipping articles already stored
unchanged (so a killed ingest resumes where it stopped)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from . import store
from .errors import InputError
from .readers import Item, RawArticle

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    processed: int = 0  # articles that went through (written or unchanged)
    failed: int = 0  # input items reported and skipped
    written: int = 0
    unchanged: int = 0
    near_duplicates: int = 0


def ingest_items(
    con,
    items: Iterable[Item],
    *,
    settings: dict,
    published: Optional[str] = None,
    workers: Optional[int] = None,
    force: bool = False,
    on_error: Callable[[InputError], None] = lambda e: None,
    on_item: Callable[[], None] = lambda: None,
) -> IngestReport:
    from .engines import process_items

    report = IngestReport()
    hashes: dict[str, str] = {}

    def fresh(stream: Iterable[Item]) -> Iterator[Item]:
        for item in stream:
            if isinstance(item, RawArticle):
                h = store.raw_hash(item)
                if not force:
                    row = con.execute("SELECT content_hash FROM articles WHERE id = ?", [item.id]).fetchone()
                    if row is not None and row[0] == h:
                        report.processed += 1
                        report.unchanged += 1
                        on_item()
                        continue
                hashes[item.id] = h
            yield item

    for res in process_items(fresh(items), settings=settings, published=published, workers=workers):
        if isinstance(res, InputError):
            report.failed += 1
            on_error(res)
        else:
            h = hashes.pop(res.id, None)
            if force:
                con.execute("UPDATE articles SET content_hash = NULL WHERE id = ?", [res.id])
            if store.write_record(con, res, chash=h):
                report.written += 1
                log.info("stored %s (%s)", res.id, res.source)
            else:
                report.unchanged += 1
            report.processed += 1
        on_item()
    return report
