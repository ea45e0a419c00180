"""CAMEO region codes (``actors/data/region_codes.tsv``): collective actors
that sit in a record's ``country`` field but are not states."""

from __future__ import annotations

from .. import datafiles

REGION_CODES_FILE = "actors/data/region_codes.tsv"


@datafiles.cached
def region_codes(reader: str) -> frozenset[str]:
    """The region codes one component treats as regions (``"events"`` or
    ``"analysis"``; the file's column of that name says yes)."""
    return frozenset(r.get("code") for r in datafiles.table(REGION_CODES_FILE) if r.get(reader) == "yes")
