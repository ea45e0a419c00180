"""The knowledge tables of the exports (``exports/data/*.tsv``): Goldstein
scores per CAMEO code, FIPS 10-4 country codes, CAMEO root classes, quad
numbers, per-type defaults, and country names from the actor data."""

from __future__ import annotations

from .. import datafiles
from ..ontology import plover_types

DATA = "exports/data/"


@datafiles.cached
def goldstein_table() -> dict[str, float]:
    return {r.get("cameo"): float(r.get("goldstein")) for r in datafiles.table(DATA + "goldstein.tsv")}


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code; a code not listed takes its base
    (3-digit) code's score, then its root's; None for no code."""
    if not cameo:
        return None
    table = goldstein_table()
    for n in (len(cameo), 3, 2):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


@datafiles.cached
def fips_table() -> dict[str, str]:
    return {r.get("iso3"): r.get("fips") for r in datafiles.table(DATA + "fips.tsv")}


def fips(iso3: str | None) -> str | None:
    """The FIPS 10-4 country code of an ISO 3166 alpha-3 code (None if none)."""
    return fips_table().get(iso3) if iso3 else None


@datafiles.cached
def roots_table() -> dict[str, tuple[int, int]]:
    return {
        r.get("root"): (int(r.get("quad_class")), int(r.get("penta_class")))
        for r in datafiles.table(DATA + "cameo_roots.tsv")
    }


def root_code(cameo: str | None) -> str | None:
    return cameo[:2] if cameo and len(cameo) >= 2 else None


def quad_class(cameo: str | None) -> int | None:
    """GDELT's QuadClass (1-4) of a CAMEO code, from its root."""
    row = roots_table().get(root_code(cameo) or "")
    return row[0] if row else None


def penta_class(cameo: str | None) -> int | None:
    """Phoenix's PentaClass (0-4) of a CAMEO code, from its root."""
    row = roots_table().get(root_code(cameo) or "")
    return row[1] if row else None


def base_code(cameo: str | None) -> str | None:
    """GDELT's EventBaseCode: the 3-digit code of a 4-digit one, else the code."""
    return cameo[:3] if cameo and len(cameo) > 3 else cameo


@datafiles.cached
def quad_numbers() -> dict[str, int]:
    return {r.get("quad"): int(r.get("number")) for r in datafiles.table(DATA + "quads.tsv")}


def quad_number(quad: str | None) -> int | None:
    return quad_numbers().get(quad) if quad else None


@datafiles.cached
def type_defaults() -> dict[str, dict]:
    return {
        t: {"cameo": v["cameo"], "quad": v["quad"], "intensity": float(v["intensity"])}
        for t, v in plover_types().items()
    }


@datafiles.cached
def country_names() -> dict[str, str]:
    """ISO3 -> English short name, from the actor data's countries.tsv."""
    try:
        rows = datafiles.table("actors/data/countries.tsv", header=False, columns=6)
    except Exception:  # noqa: BLE001 - the actor data being restructured elsewhere: names are optional
        return {}
    return {r[0]: r[1] for r in rows if len(r) > 1 and r[0]}


def country_name(iso3: str | None) -> str | None:
    return country_names().get(iso3) if iso3 else None
