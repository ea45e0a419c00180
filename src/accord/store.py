"""The DuckDB store: schema, idempotent writes, simple queries.

Tables (one row each, ``article_id`` links them):

* ``articles`` -- id (primary key), title, published, url, outlet, text,
  warnings, content_hash, source, ingested_at, duplicate_of, record (the
  whole article record as JSON, so an export round-trips exactly)
* ``mentions`` -- article_id, idx, start_char, end_char, text, name, kind,
  code, country, org, sector, role, entity
* ``quotes`` -- article_id, idx, start_char, end_char, text, kind,
  speaker_* (start, end, text, name, role, affiliation, code, country, org),
  cue_* (start, end, text), medium, cue_class, utterance
* ``attributions`` -- the record's attributions that are not quotes
  (intentions, evidence, acts ...), with the columns of ``quotes``
* ``minhash`` -- article_id, signature: the near-duplicate signature of
  the article's text (:mod:`accord.dedup`), written with the article
* ``events`` -- article_id, idx, type, mode, context, cameo, quad,
  intensity, actor_* / recipient_* (start, end, text, code, country, org,
  sector), date, date_end, date_text, location_*, the four flags,
  trigger_*, sentence_start/end, quote, confidence, and the place the
  gazetteer resolved (schema 2): location_geonameid, _lat, _lon, _feature,
  _resolution, _admin1_code, _admin1_name, _admin1_iso, _inferred, _start,
  _end (all null when the place is unresolved or the event has none)

In ``mentions``, ``quotes`` and ``events``, (``article_id``, ``idx``) is
unique by construction (an article's rows are deleted before it is written
again) and deliberately not a primary key: DuckDB keeps a key's index in
memory, which would grow with the store (about 50 mention rows an article).

Contract field ``start``/``end`` become ``start_char``/``end_char`` (``end``
is an SQL keyword). An article is written in the same transaction as its
mentions, quotes and events (ingest commits a batch of articles at a time):
a killed ingest leaves whole articles or none. Writing an article whose content hash is already stored changes
nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .errors import StoreError
from .record import Record
from .store_rows import _ACTOR_COLS, LOCATION_COLS, event_rows, mention_rows, quote_rows  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2


_QUOTE_DDL = """CREATE TABLE IF NOT EXISTS {table} (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER,
        text VARCHAR, kind VARCHAR,
        speaker_start INTEGER, speaker_end INTEGER, speaker_text VARCHAR,
        speaker_name VARCHAR, speaker_role VARCHAR, speaker_affiliation VARCHAR,
        speaker_code VARCHAR, speaker_country VARCHAR, speaker_org VARCHAR,
        cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR, medium VARCHAR,
        cue_class VARCHAR, utterance INTEGER)"""

DDL = [
    """CREATE TABLE IF NOT EXISTS accord_meta (key VARCHAR PRIMARY KEY, value VARCHAR)""",
    """CREATE TABLE IF NOT EXISTS articles (
        id VARCHAR PRIMARY KEY,
        title VARCHAR, published DATE, url VARCHAR, outlet VARCHAR,
        text VARCHAR USING COMPRESSION zstd, warnings VARCHAR[], content_hash VARCHAR,
        source VARCHAR, ingested_at TIMESTAMP, duplicate_of VARCHAR,
        record JSON USING COMPRESSION zstd)""",
    # added after schema 1; appended, so older stores gain it in place
    """ALTER TABLE articles ADD COLUMN IF NOT EXISTS language VARCHAR""",
    """CREATE TABLE IF NOT EXISTS mentions (
        article_id VARCHAR, idx INTEGER, start_char INTEGER, end_char INTEGER,
        text VARCHAR, name VARCHAR, kind VARCHAR, code VARCHAR, country VARCHAR,
        org VARCHAR, sector VARCHAR, role VARCHAR, entity VARCHAR)""",
    _QUOTE_DDL.format(table="quotes"),
    # a store made before quotes had cue classes and utterances
    "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS cue_class VARCHAR",
    "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS utterance INTEGER",
    _QUOTE_DDL.format(table="attributions"),  # attributions that are not quotes: the same columns
    """CREATE TABLE IF NOT EXISTS events (
        article_id VARCHAR, idx INTEGER, type VARCHAR, mode VARCHAR,
        context VARCHAR[], cameo VARCHAR, quad VARCHAR, intensity DOUBLE,
        """
    + ",\n        ".join(
        f"{side}_{c} {'INTEGER' if c in ('start', 'end') else 'VARCHAR'}"
        for side in ("actor", "recipient")
        for c in _ACTOR_COLS
    )
    + """,
        date DATE, date_end DATE, date_text VARCHAR, date_precision VARCHAR,
        location_text VARCHAR, location_country VARCHAR,
        negated BOOLEAN, hypothetical BOOLEAN, future BOOLEAN, historical BOOLEAN,
        trigger_start INTEGER, trigger_end INTEGER, trigger_text VARCHAR,
        sentence_start INTEGER, sentence_end INTEGER,
        quote INTEGER, confidence DOUBLE,
        """
    + ", ".join(f"{c} {t}" for c, t in LOCATION_COLS)
    + ")",
    # near-duplicate signatures (accord.dedup): uint32[128] little-endian
    """CREATE TABLE IF NOT EXISTS minhash (article_id VARCHAR PRIMARY KEY, signature BLOB)""",
]

TABLES = ("articles", "mentions", "quotes", "events", "attributions")


def connect(path: str | Path, read_only: bool = False, memory_limit: str | None = None):
    """Open (and create, unless read-only) the database at ``path``.

    ``memory_limit`` (e.g. ``"128MB"``) makes this a long-running writer
    (``accord ingest``) whose memory does not grow with the database:

    * DuckDB's buffer pool is capped at ``memory_limit`` while a batch is
      written, and trimmed to :data:`_CACHE_FLOOR` after it: DuckDB keeps
      the blocks it has written cached until memory runs short (by default
      80% of RAM), so without this a 20,000-article ingest holds more than a
      2,000-article one;
    * checkpoints do not vacuum (``max_vacuum_tasks = 0``): a vacuum merges
      the small row groups that each checkpoint appends, in memory and
      outside the limit, and the merges grow with the table (a 63 MB spike
      at 16,000 articles, and on up to 122,880 rows a group). The cost is a
      file about 15% larger; rows replaced by a re-ingest are not
      compacted, though blocks of wholly replaced row groups are reused.

    Ignored for ``:memory:``, whose tables live in that pool."""
    import duckdb

    path = str(path)
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StoreError(f"{path}: no such database (create it with `accord ingest`)")
    try:
        con = duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as e:
        msg = str(e)
        if "lock" in msg.lower():
            raise StoreError(f"{path}: the database is in use by another process (DuckDB allows one writer)") from None
        raise StoreError(f"{path}: cannot open database: {msg}") from None
    except duckdb.Error as e:
        raise StoreError(f"{path}: not a usable DuckDB database: {e}") from None
    if memory_limit and path != ":memory:":
        try:
            con.execute(f"SET memory_limit = '{_size(memory_limit)}'")
            con.execute(f"SET VARIABLE {_TRIM_TO} = '{_size(memory_limit)}'")
        except duckdb.Error as e:
            con.close()
            raise StoreError(f"memory limit {memory_limit!r}: {e}") from None
        try:
            con.execute("SET max_vacuum_tasks = 0")
        except duckdb.Error:  # a DuckDB before 1.2 has no such setting (nor the parallel vacuum)
            pass
    if not read_only:
        init(con)
    return con


#: a memory size as DuckDB reads and prints it: "128MB", "1.5 GiB"
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMGT]?)i?B", re.IGNORECASE)
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def _size(text: str) -> str:
    """A memory size setting, checked before it reaches SQL."""
    t = str(text).strip()
    if not _SIZE.fullmatch(t):
        raise StoreError(f"{text!r} is not a memory size (write it like 128MB or 2GB)")
    return t


def _bytes(size: str) -> float:
    """A size DuckDB printed ("61.0 MiB") in bytes; infinite if unreadable."""
    m = _SIZE.fullmatch(size.strip())
    return float(m.group(1)) * _UNITS[m.group(2).upper()] if m else float("inf")


#: long texts and records are compressed with zstd: DuckDB's default for
#: strings (dictionary + FSST) analyses the whole still-growing row group at
#: each checkpoint, outside memory_limit, so a 20,000-article ingest peaked
#: 50 MB above a 2,000-article one; zstd keeps the peak flat and the file
#: smaller (99 MB against 128 MB for 20,000 synthetic articles)
_ZSTD = " USING COMPRESSION zstd"


def init(con) -> None:
    import duckdb

    for stmt in DDL:
        try:
            con.execute(stmt)
        except duckdb.Error as e:
            if _ZSTD not in stmt or "compress" not in str(e).lower():
                raise
            con.execute(stmt.replace(_ZSTD, ""))  # a DuckDB without zstd for strings
    _upgrade(con)
    con.execute("INSERT OR REPLACE INTO accord_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _upgrade(con) -> None:
    """Bring an older store's tables up to this schema: columns added since
    (the location columns of schema 2, ``date_precision``) are appended
    (empty) at the end of their table; the writers insert by column name, so
    their rows fit either order. An existing article keeps nulls there until
    it is ingested again (``accord ingest --force``)."""
    have = {name for name, _ in _table_columns(con, "events")}
    missing = [(c, t) for c, t in _canonical_columns("events") if c not in have]
    for c, t in missing:
        con.execute(f"ALTER TABLE events ADD COLUMN {c} {t}")
    if missing:
        _COLUMN_TYPES.pop("events", None)
        log.info("store upgraded: %d columns added to events", len(missing))


def content_hash(rec_or_text: Any, *meta: Any) -> str:
    """Hash of what determines an article's record: its text and metadata."""
    h = hashlib.sha256()
    for part in (rec_or_text, *meta):
        h.update(b"\x1f" + (str(part) if part is not None else "").encode("utf-8"))
    return h.hexdigest()[:32]


def raw_hash(art) -> str:
    """The content hash of a RawArticle, computed before any NLP, so an
    unchanged article can be skipped without parsing it."""
    from . import __version__

    return content_hash(art.text, art.title, art.published, art.url, art.outlet, __version__)


def known_hashes(con, ids: Iterable[str]) -> dict[str, str]:
    ids = list(ids)
    if not ids:
        return {}
    rows = con.execute("SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
    return dict(rows)


def _placeholders(n: int) -> str:
    return "(" + ", ".join("?" * n) + ")"


def minhash_params(con) -> str | None:
    row = con.execute("SELECT value FROM accord_meta WHERE key = 'minhash_params'").fetchone()
    return row[0] if row else None


def set_minhash_params(con, params: str) -> None:
    con.execute("INSERT OR REPLACE INTO accord_meta VALUES ('minhash_params', ?)", [params])


def write_record(
    con,
    rec: Record,
    chash: str | None = None,
    duplicate_of: str | None = None,
    minhash: bytes | None = None,
) -> bool:
    """Write one article with its mentions, quotes and events in one
    transaction. Returns False when the same content was already stored
    (nothing changes), True when the article was written. ``minhash`` is
    the article's near-duplicate signature (:mod:`accord.dedup`), replaced
    in the same transaction."""
    return write_records(con, [(rec, chash, duplicate_of, minhash)])[0]


def write_records(con, entries: Iterable[tuple], force: bool = False) -> list[bool]:
    """Write many articles, each ``(record, content_hash, duplicate_of,
    minhash)``, in one transaction per batch (whole articles or none), with
    bulk inserts: much faster than one article at a time. Returns, for each
    entry in order, whether it was written (False: the same content was
    already stored; ``force`` writes it anyway). An id met twice is written
    twice, in order, as :func:`write_record` would."""
    out: list[bool] = []
    batch: list[tuple] = []
    ids: set = set()
    for entry in entries:
        if entry[0].id in ids:
            out += _write_batch(con, batch, force)
            batch, ids = [], set()
        batch.append(entry)
        ids.add(entry[0].id)
    out += _write_batch(con, batch, force)
    return out


_COLUMN_TYPES: dict[str, dict[str, str]] = {}


def _table_columns(con, table: str) -> list[tuple[str, str]]:
    """(name, SQL type) of a table's columns, in the table's order."""
    return [
        (n, t)
        for n, t in con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? "
            "AND table_schema = current_schema() ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


@functools.cache
def _canonical_columns(table: str) -> tuple[tuple[str, str], ...]:
    """A table's columns as this schema creates it: the order of the writers'
    rows (an upgraded store has the newer columns last instead)."""
    import duckdb

    con = duckdb.connect(":memory:")
    try:
        for stmt in DDL:
            con.execute(stmt.replace(_ZSTD, ""))
        return tuple(_table_columns(con, table))
    finally:
        con.close()


def _columns(con, table: str) -> dict[str, str]:
    """Column name -> SQL type of a table in this store."""
    if table not in _COLUMN_TYPES:
        _COLUMN_TYPES[table] = dict(_table_columns(con, table))
    return _COLUMN_TYPES[table]


def _arrow_type(sql_type: str):
    import pyarrow as pa

    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "DOUBLE": pa.float64(),
        "BOOLEAN": pa.bool_(),
        "DATE": pa.string(),
        "JSON": pa.string(),
        "TIMESTAMP": pa.timestamp("us"),
        "BLOB": pa.binary(),
        "VARCHAR[]": pa.list_(pa.string()),
    }.get(sql_type)


def _insert(con, table: str, rows: list[tuple]) -> None:
    """Bulk insert through an Arrow table (DuckDB's executemany costs
    milliseconds a row)."""
    if not rows:
        return
    import pyarrow as pa

    have = _columns(con, table)
    names_in_rows = [n for n, _ in _canonical_columns(table)]
    types = [have[n] for n in names_in_rows]
    arrays = []
    for col, sql_type in zip(zip(*rows), types):
        try:
            arrays.append(pa.array(col, type=_arrow_type(sql_type)))
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, OverflowError):
            arrays.append(pa.array([None if v is None else str(v) for v in col]))
    names = [f"c{i}" for i in range(len(arrays))]
    view = "_accord_insert_" + table
    con.register(view, pa.Table.from_arrays(arrays, names=names))
    try:
        cols = ", ".join(f"CAST({n} AS {t})" for n, t in zip(names, types))
        target = ", ".join(names_in_rows)
        con.execute(f"INSERT INTO {table} ({target}) SELECT {cols} FROM {view}")
    finally:
        try:
            con.unregister(view)
        except Exception:  # noqa: BLE001 - in an aborted transaction; the insert's error is the one to report
            pass


def _write_batch(con, batch: list[tuple], force: bool) -> list[bool]:
    if not batch:
        return []
    prepared = []
    for rec, chash, dup, minhash in batch:
        chash = chash or content_hash(rec.text, rec.title, rec.published, rec.url, rec.outlet)
        prepared.append((rec, chash, dup, minhash))
    stored = known_hashes(con, [p[0].id for p in prepared])
    flags = [force or stored.get(rec.id) != chash for rec, chash, _, _ in prepared]
    todo = [p for p, f in zip(prepared, flags) if f]
    if not todo:
        return flags
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    articles, mentions, quotes, events, hashes, attributions = [], [], [], [], [], []
    for rec, chash, dup, minhash in todo:
        d = rec.to_dict()
        articles.append(
            (
                rec.id,
                rec.title,
                rec.published,
                rec.url,
                rec.outlet,
                rec.text,
                list(rec.warnings),
                chash,
                rec.source,
                now,
                dup,
                json.dumps(d, ensure_ascii=False),
                rec.language,
            )
        )
        mentions += mention_rows(rec.id, d["mentions"])
        quotes += quote_rows(rec.id, d["quotes"])
        attributions += quote_rows(rec.id, d.get("attributions") or [])
        events += event_rows(rec.id, d["events"])
        if minhash is not None:
            hashes.append((rec.id, minhash))
    # only articles already stored have rows to replace: a new article's
    # write deletes nothing (a DELETE scans the whole table, which would make
    # a long ingest quadratic)
    old = [p[0].id for p in todo if p[0].id in stored]
    _make_room(con, sum(len(a[5] or "") + len(a[11]) for a in articles))
    con.execute("BEGIN TRANSACTION")
    try:
        if old:
            for table in ("mentions", "quotes", "events", "minhash", "attributions"):
                con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [old])
            con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [old])
        _insert(con, "articles", articles)
        _insert(con, "mentions", mentions)
        _insert(con, "quotes", quotes)
        _insert(con, "events", events)
        _insert(con, "attributions", attributions)
        _insert(con, "minhash", hashes)
        con.execute("COMMIT")
    except BaseException as e:
        _rollback(con)
        import duckdb

        if isinstance(e, duckdb.Error):
            first = todo[0][0].id
            raise StoreError(
                f"cannot store articles {first}..{todo[-1][0].id} ({len(todo)}): {str(e).splitlines()[0]}"
                + (
                    "; raise the ingest_memory_limit setting (ACCORD_INGEST_MEMORY_LIMIT) and run again"
                    if "memory" in str(e).lower()
                    else ""
                )
            ) from None
        raise
    _trim_cache(con)
    return flags


#: the connection variable that marks a writer opened with a memory limit
#: (its value: the limit to return to after a batch)
_TRIM_TO = "accord_memory_limit"
#: what such a writer's DuckDB keeps cached between batches
_CACHE_FLOOR = 16 << 20


def _writer_limit(con) -> str | None:
    """The memory limit of a writer opened with one, else None."""
    return con.execute(f"SELECT getvariable('{_TRIM_TO}')").fetchone()[0]


def _trim_cache(con) -> None:
    """Drop the blocks DuckDB keeps cached after a write (lowering the limit
    evicts them), then restore the writer's limit; a no-op for other
    connections."""
    import duckdb

    try:
        limit = _writer_limit(con)
        if limit is None:
            return
        con.execute(f"SET memory_limit = '{_CACHE_FLOOR >> 20}MB'")
    except duckdb.Error:  # pinned blocks above the floor: the cache stays as it is
        pass
    else:
        con.execute(f"SET memory_limit = '{limit}'")


#: what a checkpoint needs besides the batch: the data written since the last
#: checkpoint (DuckDB checkpoints at 16 MB of log) and its write buffers
_CHECKPOINT_ROOM = 48 << 20


def _make_room(con, payload: int) -> None:
    """Raise DuckDB's memory limit when a batch (``payload`` characters of
    text and records) would not fit beside a checkpoint: a checkpoint that
    cannot get memory invalidates the connection. The limit then follows the
    largest batch, never the size of the database."""
    need = _CHECKPOINT_ROOM + 4 * payload
    row = con.execute("SELECT value FROM duckdb_settings() WHERE name = 'memory_limit'").fetchone()
    if row and _bytes(row[0]) < need:
        con.execute(f"SET memory_limit = '{need >> 20}MB'")
        if _writer_limit(con) is not None:
            con.execute(f"SET VARIABLE {_TRIM_TO} = '{need >> 20}MB'")  # the new limit stays
        log.info("memory limit raised to %d MB for a batch of %d characters", need >> 20, payload)


def _rollback(con) -> None:
    """Roll back, when the connection can (after a fatal error DuckDB has
    already dropped the transaction; the file is intact and the stored
    articles are kept)."""
    try:
        con.execute("ROLLBACK")
    except Exception:  # noqa: BLE001 - the original error is the one to report
        pass


def stats(con) -> dict:
    """Counts for ``accord stats`` and the demo summary."""
    one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
    out = {
        "articles": one("SELECT count(*) FROM articles"),
        "mentions": one("SELECT count(*) FROM mentions"),
        "coded_mentions": one("SELECT count(*) FROM mentions WHERE code IS NOT NULL"),
        "quotes": one("SELECT count(*) FROM quotes"),
        "events": one("SELECT count(*) FROM events"),
        "published_from": _iso(one("SELECT min(published) FROM articles")),
        "published_to": _iso(one("SELECT max(published) FROM articles")),
        "articles_with_warnings": one("SELECT count(*) FROM articles WHERE len(warnings) > 0"),
    }
    cols = {r[0] for r in con.execute("DESCRIBE articles").fetchall()}
    lang = "coalesce(language, 'unknown')" if "language" in cols else "'unknown'"
    out["articles_by_language"] = dict(
        con.execute(f"SELECT {lang} AS l, count(*) AS n FROM articles GROUP BY l ORDER BY n DESC, l").fetchall()
    )
    out["events_by_type"] = dict(
        con.execute("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type").fetchall()
    )
    out["top_actors"] = [
        {"code": c, "name": n, "mentions": k}
        for c, n, k in con.execute(
            """SELECT code, mode(name) AS name, count(*) AS n FROM mentions
               WHERE code IS NOT NULL GROUP BY code ORDER BY n DESC, code LIMIT 10"""
        ).fetchall()
    ]
    out["top_speakers"] = [
        {"name": n, "quotes": k}
        for n, k in con.execute(
            """SELECT speaker_name, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL
               GROUP BY speaker_name ORDER BY n DESC, speaker_name LIMIT 10"""
        ).fetchall()
    ]
    return out


def _iso(v: Any) -> Any:
    return v.isoformat() if hasattr(v, "isoformat") else v


def orphan_count(con) -> int:
    """Rows whose article is missing (should always be 0)."""
    return sum(
        con.execute(f"SELECT count(*) FROM {t} WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0]
        for t in ("mentions", "quotes", "events", "attributions")
    )


def export(con, table: str, fmt: str, out: str) -> int:
    """Write a table to ``out`` as jsonl, csv or parquet; returns row count.
    ``articles`` as jsonl writes the whole article records (the contract)."""
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r} (choose from {', '.join(TABLES)})")
    n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    target = str(out)
    if table == "articles" and fmt == "jsonl":
        with open(target, "w", encoding="utf-8") as fh:
            cur = con.execute("SELECT record FROM articles ORDER BY published NULLS LAST, id")
            while True:
                rows = cur.fetchmany(500)
                if not rows:
                    break
                for (r,) in rows:
                    fh.write(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False))
                    fh.write("\n")
        return n
    order = "id" if table == "articles" else "article_id, idx"
    cols = "* EXCLUDE (record)" if table == "articles" else "*"
    opts = {"csv": "(FORMAT CSV, HEADER)", "parquet": "(FORMAT PARQUET)", "jsonl": "(FORMAT JSON)"}[fmt]
    escaped = target.replace("'", "''")
    con.execute(f"COPY (SELECT {cols} FROM {table} ORDER BY {order}) TO '{escaped}' {opts}")
    return n
