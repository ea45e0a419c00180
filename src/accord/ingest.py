"""Ingest: read -> process -> store, skipping articles already stored
unchanged (so a killed ingest resumes where it stopped), and flagging
near-duplicates of articles stored earlier (:mod:`accord.dedup`).

Articles that arrive as finished records (a Parquet dataset written by the
Spark engine, see :attr:`accord.readers.RawArticle.record`) are stored as
they are, without processing their text again.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Optional

from . import store
from .errors import InputError
from .readers import Item, RawArticle
from .record import Record

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    processed: int = 0  # articles that went through (written or unchanged)
    failed: int = 0  # input items reported and skipped
    written: int = 0
    unchanged: int = 0
    near_duplicates: int = 0  # written articles flagged as copies of earlier ones
    stored_as_is: int = 0  # finished records stored without processing


def ingest_items(
    con,
    items: Iterable[Item],
    *,
    settings: dict,
    published: Optional[str] = None,
    workers: Optional[int] = None,
    force: bool = False,
    dedup: Optional[bool] = None,
    on_error: Callable[[InputError], None] = lambda e: None,
    on_item: Callable[[], None] = lambda: None,
) -> IngestReport:
    """Store every article of ``items``; ``workers`` processes (default: the
    machine's cores) run the pipeline. ``dedup`` (default: the
    ``near_duplicates`` setting) flags near-duplicates."""
    from .engines import process_items

    report = IngestReport()
    hashes: dict[str, str] = {}
    if dedup is None:
        dedup = bool(settings.get("near_duplicates", True))
    finder = None
    size = max(1, int(settings.get("batch_size") or 32))
    if dedup:
        from .dedup import RECENT, NearDuplicates

        # the articles of a batch not yet written are found only in memory
        finder = NearDuplicates(con, threshold=float(settings.get("near_duplicate_threshold", 0.8)),
                                recent=max(RECENT, 2 * size))

    pending: list[tuple] = []  # (record, hash, duplicate_of, minhash) not yet written

    def save(rec: Record, h: Optional[str]) -> None:
        dup_of = blob = None
        if finder is not None:
            # sees the pending articles too: a copy within one batch is found
            dup_of, blob = finder.check(rec.id, rec.text)
            finder.add(rec.id, blob, dup_of)
        pending.append((rec, h, dup_of, blob))
        if len(pending) >= size:
            flush()

    def flush() -> None:
        """Write the pending articles in one transaction (whole articles or
        none: a killed ingest loses at most this batch, redone next time)."""
        if not pending:
            return
        flags = store.write_records(con, pending, force=force)
        for (rec, _, dup_of, _), written in zip(pending, flags):
            if written:
                report.written += 1
                if dup_of is not None:
                    report.near_duplicates += 1
                log.info("stored %s%s", rec.id, f" (near-duplicate of {dup_of})" if dup_of else "")
            else:
                report.unchanged += 1
            report.processed += 1
        pending.clear()

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
                if item.record is not None:
                    # a finished record: stored as it is, never parsed again
                    save(Record.from_dict(item.record), h)
                    report.stored_as_is += 1
                    on_item()
                    continue
                hashes[item.id] = h
            yield item

    try:
        for res in process_items(fresh(items), settings=settings, published=published, workers=workers):
            if isinstance(res, InputError):
                report.failed += 1
                on_error(res)
            else:
                save(res, hashes.pop(res.id, None))
            on_item()
    finally:
        flush()
    return report
