"""Any store table as Parquet, with accord's provenance in the file's
key-value metadata (``accord``, ``data``, ``models``)."""

from __future__ import annotations

import json

from .. import store
from ..errors import AccordError


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_table(con, table: str, out: str, prov: dict) -> int:
    if table not in store.TABLES:
        raise AccordError(f"unknown table {table!r} (choose from {', '.join(store.TABLES)})")
    n = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    order = "id" if table == "articles" else "article_id, idx"
    meta = ", ".join(f"{k}: {_literal(v if isinstance(v, str) else json.dumps(v))}" for k, v in prov.items())
    con.execute(
        f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {_literal(str(out))} "
        f"(FORMAT PARQUET, KV_METADATA {{{meta}}})"
    )
    return n
