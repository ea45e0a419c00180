"""What made an export: accord's version, the date of its knowledge data and
the spaCy models named in the stored records."""

from __future__ import annotations

import json
import re
from importlib import resources

from .. import datafiles

#: a date in a knowledge file's header comment: ``# date: 2026-12-06``,
#: ``# generated: ...``, ``# built: ...``, ``Compiled ...``
_DATE = re.compile(
    r"\b(?:date|generated|built|compiled|written for accord)\b[^0-9\n]{0,12}(\d{4}-\d{2}-\d{2})", re.IGNORECASE
)
_HEADER_LINES = 15


def accord_version() -> str:
    from .. import __version__

    return __version__


@datafiles.cached
def data_date() -> str:
    """The newest date in the header comments of accord's packaged knowledge
    files (``*.tsv``): the knowledge-data date of everything accord ships."""
    newest = ""
    root = resources.files("accord")
    for path in _tsv_files(root):
        try:
            with path.open("r", encoding="utf-8", errors="replace") as fh:
                for i, line in enumerate(fh):
                    if i >= _HEADER_LINES or not line.startswith("#"):
                        break
                    for m in _DATE.finditer(line):
                        newest = max(newest, m.group(1))
        except OSError:
            continue
    return newest or "unknown"


def _tsv_files(node, depth: int = 0):
    if depth > 6:
        return
    for child in node.iterdir():
        if child.is_dir():
            if child.name not in ("__pycache__", "node_modules"):
                yield from _tsv_files(child, depth + 1)
        elif child.name.endswith(".tsv"):
            yield child


def stored_models(con, sample: int = 2000) -> dict[str, str]:
    """The ``provenance.models`` of the stored records (the first ``sample``
    articles; records written before provenance existed have none)."""
    models: dict[str, str] = {}
    try:
        rows = con.execute(
            "SELECT DISTINCT CAST(json_extract(record, '$.provenance.models') AS VARCHAR) "
            f"FROM (SELECT record FROM articles LIMIT {int(sample)}) WHERE record IS NOT NULL"
        ).fetchall()
    except Exception:  # noqa: BLE001 - an older store without the record column: no models known
        return models
    for (text,) in rows:
        if not text:
            continue
        try:
            found = json.loads(text)
        except ValueError:
            continue
        if isinstance(found, dict):
            models.update({str(k): str(v) for k, v in found.items()})
    return models


def provenance(con=None) -> dict:
    """``{"accord": version, "data": date, "models": {name: version}}`` (the
    contract's record-level provenance), for an export of the store ``con``."""
    return {"accord": accord_version(), "data": data_date(), "models": stored_models(con) if con is not None else {}}


def version_string(prov: dict) -> str:
    """One line for a format's version field: ``accord 0.1.0; data 2026-12-06;
    en_core_web_sm 3.8.0``."""
    parts = [f"accord {prov['accord']}", f"data {prov['data']}"]
    parts += [f"{k} {v}" for k, v in sorted(prov.get("models", {}).items())]
    return "; ".join(parts)


def model_names(prov: dict) -> str | None:
    models = prov.get("models") or {}
    return ", ".join(f"{k} {v}" for k, v in sorted(models.items())) or None
