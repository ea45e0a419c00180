"""Inputs -> :class:`RawArticle`.

:func:`read` walks the inputs in order and yields a :class:`RawArticle` for
every usable item and an :class:`~accord.errors.InputError` (never raised)
for every unusable one, so one bad item never stops a batch. A wrong
*argument type* is a programming error and raises.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .errors import InputError
from .text import content_id

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
PARQUET_SUFFIXES = {".parquet"}


@dataclass
class RawArticle:
    """One article as read, before any NLP."""

    text: str
    id: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # PATH[:LINE] it came from
    warnings: list = field(default_factory=list)
    #: a finished article record (the contract's dict) read back from a
    #: records file such as the Spark engine's Parquet output: ``accord
    #: ingest`` stores it as it is, without processing the text again
    record: dict | None = None

    def __post_init__(self) -> None:
        if self.id is None:
            self.id = content_id(self.text)


Item = RawArticle | InputError


# --------------------------------------------------------------- helpers
_DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def parse_date(value: object) -> str | None:
    """An ISO date ``YYYY-MM-DD`` from a date, a datetime or an ISO string
    (``2022-08-16``, ``2022-08-16T10:00:00Z``); ``None`` if it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        m = _DATE_PREFIX.match(value.strip())
        if m:
            try:
                return dt.date.fromisoformat(m.group(1)).isoformat()
            except ValueError:
                return None
    return None


def decode(data: bytes, where: str) -> tuple[str, list[str]]:
    """Bytes -> text. UTF-8 (with or without BOM) first; otherwise
    Windows-1252, then Latin-1, which never fails; the warning says which."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        bad = e.start
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text, [f"not valid UTF-8 (first bad byte at {bad}); decoded as {enc}"]
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return ctrl / len(head) > 0.05


def split_title(text: str) -> str | None:
    """The first non-empty line, when it is short and has no final period:
    the headline of a plain-text article."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= 200 and len(line.split()) <= 25 and not line.endswith((".", ":", ";", ",")):
            return line
        return None
    return None


def _check_text(text: str, where: str, max_chars: int) -> InputError | None:
    if not text or not text.strip():
        return InputError(where, "empty: no text")
    if len(text) > max_chars:
        return InputError(
            where,
            f"too long: {len(text):,} characters, more than the limit of {max_chars:,} for one "
            "article (split it, or raise the max_chars setting)",
        )
    return None


def _date_from_name(path: Path) -> str | None:
    return parse_date(path.name)


# --------------------------------------------------------------- formats
def html_to_article(html: str, where: str, **meta) -> Item:
    """Main text and metadata of an HTML page (trafilatura)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=False
        )
    except Exception as e:  # trafilatura raises many kinds on broken markup
        return InputError(where, f"cannot parse HTML: {e}")
    if doc is None:
        return InputError(where, "no main text found in the HTML page")
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    text = doc.get("text") or ""
    # trafilatura puts one paragraph a line; a blank line between paragraphs
    # reads like the other formats
    text = "\n\n".join(line for line in text.splitlines() if line.strip())
    if not text.strip():
        return InputError(where, "no main text found in the HTML page")
    return RawArticle(
        text=text,
        id=meta.get("id"),
        title=meta.get("title") or doc.get("title"),
        published=meta.get("published") or parse_date(doc.get("date")),
        url=meta.get("url") or doc.get("url"),
        outlet=meta.get("outlet") or doc.get("sitename"),
        source=where,
        warnings=list(meta.get("warnings") or []),
    )


def _from_dict(obj: object, where: str, max_chars: int) -> Item:
    if not isinstance(obj, dict):
        return InputError(where, f"expected a JSON object, got {type(obj).__name__}")
    warnings: list[str] = []
    pub_raw = obj.get("published")
    published = parse_date(pub_raw)
    if pub_raw not in (None, "") and published is None:
        warnings.append(f"published {pub_raw!r} is not an ISO date; ignored")
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, (str, int)):
        return InputError(where, f"'id' must be a string or a number, got {type(ident).__name__}")
    ident = str(ident) if ident not in (None, "") else None
    meta = {
        "id": ident,
        "title": _str_or_none(obj.get("title")),
        "published": published,
        "url": _str_or_none(obj.get("url")),
        "outlet": _str_or_none(obj.get("outlet")),
        "warnings": warnings,
    }
    text = obj.get("text")
    if text is None and obj.get("html") is not None:
        html = obj["html"]
        if not isinstance(html, str):
            return InputError(where, "'html' must be a string")
        item = html_to_article(html, where, **meta)
        if isinstance(item, RawArticle):
            err = _check_text(item.text, where, max_chars)
            if err:
                return err
        return item
    if text is None:
        return InputError(where, "no 'text' or 'html' field")
    if not isinstance(text, str):
        return InputError(where, f"'text' must be a string, got {type(text).__name__}")
    err = _check_text(text, where, max_chars)
    if err:
        return err
    return RawArticle(text=text, source=where, **meta)


def _str_or_none(v: object) -> str | None:
    if v is None or v == "":
        return None
    return str(v)


def read_jsonl_stream(stream: IO[bytes], name: str, max_chars: int) -> Iterator[Item]:
    """One article per line; blank lines are skipped. Streams: memory is
    bounded by the longest line."""
    for lineno, raw in enumerate(stream, start=1):
        item = jsonl_line(raw, f"{name}:{lineno}", max_chars)
        if item is not None:
            yield item


def read_warc(path: Path, max_chars: int) -> Iterator[Item]:
    """Every HTML response record of a WARC file is an article."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") if rec.http_headers else "") or ""
                if "html" not in ctype.lower():
                    continue
                n += 1
                url = rec.rec_headers.get_header("WARC-Target-URI")
                where = f"{path}:record {n}"
                data = rec.content_stream().read()
                if len(data) > max_chars * 4:
                    yield InputError(where, f"HTML response too large ({len(data):,} bytes)")
                    continue
                html, warn = decode(data, where)
                item = html_to_article(html, where, url=url, warnings=warn)
                if isinstance(item, RawArticle):
                    err = _check_text(item.text, where, max_chars)
                    if err:
                        item = err
                yield item
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
        yield InputError(str(path), f"cannot read WARC: {e}")
        return
    if n == 0:
        yield InputError(str(path), "no HTML response records in the WARC file")


def read_text_file(path: Path, max_chars: int, max_bytes: int) -> Item:
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(
                where,
                f"file too large: {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.0f} MB limit "
                "for one article (split it, use JSON Lines, or raise the max_file_bytes setting)",
            )
        data = path.read_bytes()
    except OSError as e:
        return InputError(where, f"cannot read: {e.strerror or e}")
    return text_item(data, where, path.name, max_chars)


def text_item(data: bytes, where: str, name: str, max_chars: int) -> Item:
    """The bytes of one text or HTML file -> an article (``name`` is the
    file name: its suffix says the kind, a date in it is the publication
    date). Shared by the file reader and the Spark engine."""
    if not data.strip():
        return InputError(where, "empty file")
    if looks_binary(data):
        return InputError(where, "binary data, not text")
    text, warnings = decode(data, where)
    suffix = Path(name).suffix.lower()
    published = parse_date(Path(name).name)
    if suffix in HTML_SUFFIXES:
        item = html_to_article(text, where, warnings=warnings, published=published)
        if isinstance(item, RawArticle):
            err = _check_text(item.text, where, max_chars)
            if err:
                return err
        return item
    err = _check_text(text, where, max_chars)
    if err:
        return err
    return RawArticle(
        text=text,
        title=split_title(text),
        published=published,
        source=where,
        warnings=warnings,
    )


def jsonl_line(raw: bytes | str, where: str, max_chars: int) -> Item | None:
    """One JSON Lines line -> an article, an InputError, or None for a blank
    line. Shared by the stream reader and the Spark engine."""
    if not raw.strip():
        return None
    if isinstance(raw, bytes):
        line, enc_warn = decode(raw, where)
    else:
        line, enc_warn = raw, []
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return InputError(where, f"malformed JSON: {e.msg} at column {e.colno}")
    item = _from_dict(obj, where, max_chars)
    if isinstance(item, RawArticle) and enc_warn:
        item.warnings.extend(enc_warn)
    return item


def kind_of(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz") or name.endswith(".warc"):
        return "warc"
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    return None


def expand(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | str | InputError]:
    """Inputs -> files in order (folders recursively, sorted by path);
    ``"-"`` stays as it is. Unreadable folders and unknown files in folders
    are skipped (files given by name with an unknown suffix are read as text)."""
    for inp in inputs:
        if isinstance(inp, str) and inp == "-":
            yield "-"
            continue
        p = Path(inp)
        if p.is_dir():
            files = []
            for root, dirs, names in os.walk(p, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in names:
                    f = Path(root) / n
                    if not n.startswith(".") and kind_of(f) is not None:
                        files.append(f)
            yield from sorted(files)
        elif p.exists():
            yield p
        else:
            yield InputError(str(p), "no such file or folder")


def read(
    inputs: Iterable[str | os.PathLike],
    *,
    max_chars: int = 2_000_000,
    max_file_bytes: int = 20_000_000,
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Read every input in order, yielding articles and input errors."""
    if isinstance(inputs, (str, os.PathLike)):
        raise TypeError("inputs must be a list of paths, not a single path")
    for f in expand(inputs):
        if isinstance(f, InputError):
            yield f
        elif f == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_jsonl_stream(stream, "<stdin>", max_chars)
        else:
            yield from read_path(f, max_chars=max_chars, max_file_bytes=max_file_bytes)


def read_path(path: Path, *, max_chars: int, max_file_bytes: int) -> Iterator[Item]:
    kind = kind_of(path)
    if kind == "jsonl":
        try:
            with open(path, "rb") as fh:
                yield from read_jsonl_stream(fh, str(path), max_chars)
        except OSError as e:
            yield InputError(str(path), f"cannot read: {e.strerror or e}")
    elif kind == "warc":
        yield from read_warc(path, max_chars)
    elif kind == "parquet":
        yield from read_parquet(path, max_chars)
    else:
        yield read_text_file(path, max_chars, max_file_bytes)


#: columns that make a Parquet row a finished article record
RECORD_COLUMNS = ("id", "text", "mentions", "quotes", "events")


def read_parquet(path: Path, max_chars: int) -> Iterator[Item]:
    """A Parquet file with an ``id``/``text`` column pair (and optional
    ``title``, ``published``, ``url``, ``outlet``), streamed by row group.

    A file whose rows are whole article records (``mentions``, ``quotes``
    and ``events`` columns too, as the Spark engine writes them) yields
    articles carrying their :attr:`RawArticle.record`, which ``accord
    ingest`` stores without processing the text again."""
    try:
        import pyarrow.parquet as pq

        pf = pq.ParquetFile(path)
    except Exception as e:
        yield InputError(str(path), f"cannot read Parquet: {e}")
        return
    names = pf.schema_arrow.names
    if all(c in names for c in RECORD_COLUMNS):
        yield from _read_record_parquet(pf, path)
        return
    cols = [c for c in ("id", "text", "html", "title", "published", "url", "outlet") if c in names]
    if "text" not in cols and "html" not in cols:
        yield InputError(str(path), "Parquet file has no 'text' or 'html' column")
        return
    row = 0
    for batch in pf.iter_batches(columns=cols, batch_size=256):
        for obj in batch.to_pylist():
            row += 1
            yield _from_dict(obj, f"{path}:row {row}", max_chars)


def _read_record_parquet(pf, path: Path) -> Iterator[Item]:
    from .engines.schema import from_row
    from .record import Record

    fields = [f for f in Record.__dataclass_fields__ if f in pf.schema_arrow.names]
    row = 0
    for batch in pf.iter_batches(columns=fields, batch_size=256):
        for rec in batch.to_pylist():
            row += 1
            where = f"{path}:row {row}"
            if not isinstance(rec.get("text"), str) or not rec.get("id"):
                yield InputError(where, "record without 'id' or 'text'")
                continue
            if "provenance" in rec:
                rec["provenance"] = from_row({"provenance": rec["provenance"]})["provenance"]
            rec["published"] = parse_date(rec.get("published"))
            for key in ("warnings", "mentions", "quotes", "events"):
                rec[key] = list(rec.get(key) or [])
            yield RawArticle(
                text=rec["text"],
                id=str(rec["id"]),
                title=rec.get("title"),
                published=rec["published"],
                url=rec.get("url"),
                outlet=rec.get("outlet"),
                source=rec.get("source") or where,
                warnings=list(rec["warnings"]),
                record=rec,
            )


def from_objects(items: Iterable[str | dict | RawArticle], max_chars: int = 2_000_000) -> Iterator[Item]:
    """Python objects -> articles: strings are texts, dicts follow the JSON
    Lines fields, RawArticles pass through."""
    for n, obj in enumerate(items, start=1):
        where = f"<item {n}>"
        if isinstance(obj, RawArticle):
            if obj.source is None:
                obj.source = where
            yield obj
        elif isinstance(obj, str):
            err = _check_text(obj, where, max_chars)
            yield err if err else RawArticle(text=obj, source=where)
        elif isinstance(obj, dict):
            yield _from_dict(obj, where, max_chars)
        else:
            raise TypeError(f"item {n}: expected str, dict or RawArticle, got {type(obj).__name__}")


def jsonl_bytes(objs: Iterable[dict]) -> io.BytesIO:
    """Test helper: JSON objects as a JSON Lines byte stream."""
    return io.BytesIO("".join(json.dumps(o) + "\n" for o in objs).encode("utf-8"))
