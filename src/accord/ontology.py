"""PLOVER's event types, read once from ``events/data/plover.json``: each
type's quad class, intensity and the CAMEO code it gets when no finer code
fits. The event coder, the analysis and the exports all read this table."""

from __future__ import annotations

import json

from . import datafiles

PLOVER_FILE = "events/data/plover.json"
#: CAMEO 051 praise or endorse: what a quote praising a partner is coded (English and Russian rules)
PRAISE_CAMEO = "051"


@datafiles.cached
def plover_types() -> dict[str, dict]:
    """``{type: {"quad": ..., "intensity": ..., "cameo": ...}}`` in PLOVER's order."""
    data = json.loads(datafiles.package_path(PLOVER_FILE).read_text(encoding="utf-8"))
    return {t: dict(v) for t, v in data["categories"].items()}
