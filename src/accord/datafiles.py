"""One loader for every knowledge file: actor tables, office holders, cue
words, event triggers, stop-lists.

Knowledge lives in tab-separated files inside the package: language-free
tables (codes, countries, memberships, office holders) under
``actors/data/``, ``events/data/`` and ``quotes/data/``; words of one
language under ``lang/<code>/`` (``lang/en/quotes/words.tsv``). Every file
is UTF-8, lines starting with ``#`` are comments (source, licence, date,
what each column means) and blank lines are skipped. A file read with
``header=True`` has its column names on its first other line.

Word files (``words.tsv``) hold many small named lists in three columns,
``list``, ``word`` and ``value``: :func:`words` gives one list as a frozen
set, :func:`word_list` in file order, :func:`word_map` as a dict of word to
value.

A user's own data folder (the ``data_dir`` setting) adds or overrides rows
without touching the installed package: ``DATA_DIR/actors/data/office_holders.tsv``
is read after the packaged file of the same path, with the same columns; a
row whose key (by default its first column; for word files the list and
the word) matches a packaged row replaces it, any other row is added.

A malformed row (more cells than the file has columns) raises
:class:`~accord.errors.DataFileError` naming the file and line.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from .errors import DataFileError

PACKAGE = "accord"

_LOCK = threading.Lock()
_USER_DIR: Path | None = None
_CACHES: list = []  # functions whose cache depends on the knowledge files


class Row(tuple):
    """One row's cells (a tuple of strings), with where it came from."""

    source: str
    line: int
    columns: tuple[str, ...] | None

    def __new__(cls, cells, source: str, line: int, columns=None):
        row = super().__new__(cls, cells)
        row.source, row.line, row.columns = source, line, columns
        return row

    def get(self, column: str, default: str = "") -> str:
        """The cell of a named column (files read with a header)."""
        if not self.columns or column not in self.columns:
            raise KeyError(f"{self.source}: no column {column!r}")
        i = self.columns.index(column)
        return self[i] if i < len(self) else default

    def as_dict(self) -> dict[str, str]:
        return dict(zip(self.columns or (), self))


def cached(fn: Callable) -> Callable:
    """``functools.lru_cache`` that is cleared when the user data folder
    changes (see :func:`use_data_dir`). Use it for every function that
    builds something from knowledge files."""
    wrapped = functools.lru_cache(maxsize=None)(fn)
    _CACHES.append(wrapped)
    return wrapped


def use_data_dir(path: str | Path | None) -> list[str]:
    """Read a user's data folder after the packaged files from now on (None
    or "" = none). Clears every cached table. Returns the user files that
    exist there, relative to the folder, for the caller to report."""
    global _USER_DIR
    new = Path(path).expanduser() if path else None
    if new is not None and not new.is_dir():
        raise DataFileError(f"{new}: the data_dir setting names no folder")
    with _LOCK:
        if new != _USER_DIR:
            _USER_DIR = new
            for fn in _CACHES:
                fn.cache_clear()
    return user_files()


def data_dir() -> Path | None:
    return _USER_DIR


def user_files() -> list[str]:
    """The knowledge files of the user's data folder, relative paths."""
    if _USER_DIR is None:
        return []
    return sorted(
        str(p.relative_to(_USER_DIR)) for p in _USER_DIR.rglob("*") if p.suffix in (".tsv", ".json") and p.is_file()
    )


def package_path(relpath: str):
    """The packaged file (a Traversable) at ``relpath`` inside accord."""
    return resources.files(PACKAGE).joinpath(relpath)


def _parse(text: str, source: str, header: bool, columns: int | None) -> tuple[tuple[str, ...] | None, list[Row]]:
    names: tuple[str, ...] | None = None
    rows: list[Row] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.rstrip("\r\n").split("\t")
        if header and names is None:
            names = tuple(c.strip() for c in cells)
            continue
        width = len(names) if names is not None else columns
        if width is not None:
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                raise DataFileError(f"{source}:{n}: {len(cells)} cells, the file has {width} columns")
            cells = (cells + [""] * width)[:width]
        rows.append(Row(cells, source, n, names))
    return names, rows


def _read_user(relpath: str, header: bool, columns: int | None, names) -> list[Row]:
    if _USER_DIR is None:
        return []
    path = _USER_DIR / relpath
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(f"{path}: cannot read: {e}") from None
    user_names, rows = _parse(text, str(path), header, columns if names is None else len(names))
    if header and names is not None and user_names != names:
        raise DataFileError(f"{path}: columns {list(user_names or ())} differ from the packaged file's {list(names)}")
    return rows


def _merge(rows: list[Row], extra: list[Row], key: Callable[[Row], object]) -> list[Row]:
    if not extra:
        return rows
    where = {key(r): i for i, r in enumerate(rows)}
    out = list(rows)
    for r in extra:
        k = key(r)
        if k in where:
            out[where[k]] = r
        else:
            where[k] = len(out)
            out.append(r)
    return out


@functools.cache
def _table(relpath: str, header: bool, columns: int | None, key: tuple[int, ...], user_dir) -> tuple[Row, ...]:
    src = package_path(relpath)
    try:
        text = src.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        raise DataFileError(f"{relpath}: no such knowledge file in the accord package") from None
    names, rows = _parse(text, f"accord/{relpath}", header, columns)
    extra = _read_user(relpath, header, columns, names)
    rows = _merge(rows, extra, lambda r: tuple(r[i] if i < len(r) else "" for i in key))
    return tuple(rows)


def table(
    relpath: str, *, header: bool = True, columns: int | None = None, key: Sequence[int] = (0,)
) -> tuple[Row, ...]:
    """The rows of a knowledge file (the package's, then the user's).

    ``relpath`` is the file's path inside the accord package
    (``"actors/data/countries.tsv"``). ``header=False`` is for files whose
    column names are in a comment: give ``columns`` and short rows are
    padded with empty cells. ``key`` are the column indexes that identify a
    row for a user's override."""
    return _table(relpath, header, columns, tuple(key), _USER_DIR)


def _words_file(relpath: str) -> dict[str, list[Row]]:
    return _words_index(relpath, _USER_DIR)


@functools.cache
def _words_index(relpath: str, user_dir) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = {}
    for row in table(relpath, key=(0, 1)):
        if len(row) < 2 or not row[0].strip():
            raise DataFileError(f"{row.source}:{row.line}: a word row needs a list name and a word")
        out.setdefault(row[0].strip(), []).append(row)
    return out


def _rows_of(relpath: str, name: str) -> list[Row]:
    index = _words_file(relpath)
    if name not in index:
        raise DataFileError(f"accord/{relpath}: no list named {name!r}")
    return index[name]


def word_list(relpath: str, name: str) -> tuple[str, ...]:
    """The words of one list, in file order."""
    return tuple(r[1] for r in _rows_of(relpath, name))


def words(relpath: str, name: str) -> frozenset[str]:
    """The words of one list as a set."""
    return frozenset(word_list(relpath, name))


def word_map(relpath: str, name: str) -> dict[str, str]:
    """One list as ``{word: value}`` (the third column), in file order."""
    return {r[1]: (r[2] if len(r) > 2 else "") for r in _rows_of(relpath, name)}


def lang_path(lang: str, relpath: str) -> str:
    """``lang_path("en", "quotes/words.tsv")`` -> ``"lang/en/quotes/words.tsv"``."""
    return f"lang/{lang}/{relpath}"


def clear() -> None:
    """Forget every table read (tests that write a data folder call this)."""
    _table.cache_clear()
    _words_index.cache_clear()
    for fn in _CACHES:
        fn.cache_clear()
