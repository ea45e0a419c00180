"""Ingest: read -> process -> store, skipping articles already stored
unchanged (so a killed ingest resumes where it stopped), and flagging
near-duplicates of articles stored earlier (:mod:`accord.dedup`).

Articles that arrive as finished records (a Parquet dataset written by the
Spark engine, see :attr:`accord.readers.RawArticle.record`) are stored as
they are, without processing their text again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

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
    published: str | None = None,
    workers: int | None = None,
    force: bool = False,
    dedup: bool | None = None,
    on_error: Callable[[InputError], None] = lambda e: None,
    on_item: Callable[[], None] = lambda: None,
) -> IngestReport:
    """Store every article of ``items``; ``workers`` processes (default: the
    machine's cores) run the pipeline. ``dedup`` (default: the
    ``near_duplicates`` setting) flags near-duplicates."""
    from .engines import process_items

    if dedup is None:
        dedup = bool(settings.get("near_duplicates", True))
    writer = _BatchWriter(con, settings, force=force, dedup=dedup)
    report = writer.report
    try:
        stream = writer.fresh(items, on_item)
        for res in process_items(stream, settings=settings, published=published, workers=workers):
            if isinstance(res, InputError):
                report.failed += 1
                on_error(res)
            else:
                writer.save(res, writer.hashes.pop(res.id, None))
            on_item()
    finally:
        writer.flush()
    return report


class _BatchWriter:
    """Writes processed articles to the store a batch at a time, flags
    near-duplicates as they come, and counts what happened in ``report``."""

    def __init__(self, con, settings: dict, *, force: bool, dedup: bool):
        self.con, self.force = con, force
        self.report = IngestReport()
        self.hashes: dict[str, str] = {}  # article id -> content hash of the raw input
        self.size = max(1, int(settings.get("batch_size") or 32))
        self.finder = None
        if dedup:
            from .dedup import RECENT, NearDuplicates

            # the articles of a batch not yet written are found only in memory
            self.finder = NearDuplicates(
                con, threshold=float(settings.get("near_duplicate_threshold", 0.8)), recent=max(RECENT, 2 * self.size)
            )
        self.pending: list[tuple] = []  # (record, hash, duplicate_of, minhash) not yet written

    def save(self, rec: Record, h: str | None) -> None:
        """Queue a record for writing (and check it for near-duplicates)."""
        dup_of = blob = None
        if self.finder is not None:
            # sees the pending articles too: a copy within one batch is found
            dup_of, blob = self.finder.check(rec.id, rec.text)
            self.finder.add(rec.id, blob, dup_of)
        self.pending.append((rec, h, dup_of, blob))
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self) -> None:
        """Write the pending articles in one transaction (whole articles or
        none: a killed ingest loses at most this batch, redone next time)."""
        if not self.pending:
            return
        report = self.report
        flags = store.write_records(self.con, self.pending, force=self.force)
        for (rec, _, dup_of, _), written in zip(self.pending, flags):
            if written:
                report.written += 1
                if dup_of is not None:
                    report.near_duplicates += 1
                log.info("stored %s%s", rec.id, f" (near-duplicate of {dup_of})" if dup_of else "")
            else:
                report.unchanged += 1
            report.processed += 1
        self.pending.clear()

    def fresh(self, stream: Iterable[Item], on_item: Callable[[], None]) -> Iterator[Item]:
        """The items that need processing: articles stored unchanged are
        counted and skipped, finished records are saved as they are."""
        report = self.report
        for item in stream:
            if isinstance(item, RawArticle):
                h = store.raw_hash(item)
                if not self.force:
                    row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", [item.id]).fetchone()
                    if row is not None and row[0] == h:
                        report.processed += 1
                        report.unchanged += 1
                        on_item()
                        continue
                if item.record is not None:
                    # a finished record: stored as it is, never parsed again
                    self.save(Record.from_dict(item.record), h)
                    report.stored_as_is += 1
                    on_item()
                    continue
                self.hashes[item.id] = h
            yield item
