"""Small helpers every format shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

#: the contract's ``resolution`` -> PLOVER's resolution number (5 sub-city .. 1 country)
PLOVER_RESOLUTION = {"site": 5, "city": 4, "district": 3, "region": 2, "country": 1}


@dataclass
class Context:
    """What a format writer needs besides the units."""

    con: Any
    provenance: dict
    version: str
    include_flagged: bool = False
    notes: list = field(default_factory=list)


def iso_day(v: Any) -> str | None:
    if v is None:
        return None
    return v.isoformat()[:10] if hasattr(v, "isoformat") else str(v)[:10]


def compact_day(v: Any) -> str:
    """``2023-06-19`` -> ``20230619``."""
    d = iso_day(v)
    return d.replace("-", "") if d else ""


def as_date(v: Any) -> dt.date | None:
    d = iso_day(v)
    return dt.date.fromisoformat(d) if d else None


def cell(v: Any) -> str:
    """A value as a TSV cell: tabs and newlines become spaces; None -> ''."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, float):
        text = f"{v:.6f}".rstrip("0").rstrip(".")
        return "0" if text in ("", "-0") else text
    return " ".join(str(v).replace("\r", " ").replace("\n", " ").split("\t"))


def tsv_line(values: list) -> str:
    return "\t".join(cell(v) for v in values) + "\n"


def location(unit) -> dict | None:
    """The unit's place, with every gazetteer field (None where unknown)."""
    f = unit.first
    if not (f.get("location_text") or f.get("location_country")):
        return None
    return {
        "text": f.get("location_text"),
        "country": f.get("location_country"),
        "geonameid": f.get("location_geonameid"),
        "lat": f.get("location_lat"),
        "lon": f.get("location_lon"),
        "feature": f.get("location_feature"),
        "resolution": f.get("location_resolution"),
        "admin1_code": f.get("location_admin1_code"),
        "admin1_name": f.get("location_admin1_name"),
        "start": f.get("location_start"),
        "end": f.get("location_end"),
    }
