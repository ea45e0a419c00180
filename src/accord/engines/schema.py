"""The article record (shared/CONTRACT.md) as a columnar schema, for
Parquet files written by pyarrow (``accord extract --format parquet``) and
by Spark (``--engine spark``): one row per article, ``mentions``,
``quotes`` and ``events`` as arrays of structs.

The schema is written out here field by field, from the contract. A field
added to the record dataclasses must be added here too, or it is left out of
Parquet output (``tests/engines/test_engine_schema.py`` fails until it is).
"""

from __future__ import annotations

from typing import Any

# a type is "string" | "int" | "double" | "bool" | ("list", type) | ("struct", fields) | ("map", "string")
SPAN = ("struct", [("start", "int"), ("end", "int"), ("text", "string")])
ADMIN1 = ("struct", [("code", "string"), ("iso", "string"), ("name", "string")])
PLACE = (
    "struct",
    [
        ("name", "string"),
        ("geonameid", "int"),
        ("lat", "double"),
        ("lon", "double"),
        ("country", "string"),
        ("admin1", ADMIN1),
        ("feature", "string"),
        ("resolution", "string"),
    ],
)
MENTION = (
    "struct",
    [
        ("start", "int"),
        ("end", "int"),
        ("text", "string"),
        ("name", "string"),
        ("kind", "string"),
        ("code", "string"),
        ("country", "string"),
        ("org", "string"),
        ("sector", "string"),
        ("role", "string"),
        ("entity", "string"),
        ("place", PLACE),
    ],
)
SPEAKER = (
    "struct",
    [
        ("start", "int"),
        ("end", "int"),
        ("text", "string"),
        ("name", "string"),
        ("role", "string"),
        ("affiliation", "string"),
        ("code", "string"),
        ("country", "string"),
        ("org", "string"),
    ],
)
QUOTE = (
    "struct",
    [
        ("start", "int"),
        ("end", "int"),
        ("text", "string"),
        ("kind", "string"),
        ("speaker", SPEAKER),
        ("cue", SPAN),
        ("medium", "string"),
        ("cue_class", "string"),
        ("utterance", "int"),
    ],
)
EVENT_ACTOR = (
    "struct",
    [
        ("start", "int"),
        ("end", "int"),
        ("text", "string"),
        ("code", "string"),
        ("country", "string"),
        ("org", "string"),
        ("sector", "string"),
    ],
)
LOCATION = (
    "struct",
    [
        ("text", "string"),
        ("country", "string"),
        ("start", "int"),
        ("end", "int"),
        ("geonameid", "int"),
        ("lat", "double"),
        ("lon", "double"),
        ("admin1", ADMIN1),
        ("feature", "string"),
        ("resolution", "string"),
        ("inferred", "bool"),
    ],
)
SENTENCE = ("struct", [("start", "int"), ("end", "int")])
EVENT = (
    "struct",
    [
        ("id", "string"),
        ("type", "string"),
        ("mode", "string"),
        ("context", ("list", "string")),
        ("cameo", "string"),
        ("quad", "string"),
        ("intensity", "double"),
        ("actor", EVENT_ACTOR),
        ("recipient", EVENT_ACTOR),
        ("date", "string"),
        ("date_end", "string"),
        ("date_text", "string"),
        ("date_precision", "string"),
        ("location", LOCATION),
        ("negated", "bool"),
        ("hypothetical", "bool"),
        ("future", "bool"),
        ("historical", "bool"),
        ("trigger", SPAN),
        ("sentence", SENTENCE),
        ("quote", "int"),
        ("confidence", "double"),
        ("evidence", ("list", SENTENCE)),
        ("speech_act", "bool"),
        ("attribution", "int"),
    ],
)
PROVENANCE = ("struct", [("accord", "string"), ("data", "string"), ("models", ("map", "string"))])
RECORD = (
    "struct",
    [
        ("id", "string"),
        ("title", "string"),
        ("published", "string"),
        ("url", "string"),
        ("outlet", "string"),
        ("language", "string"),
        ("provenance", PROVENANCE),
        ("text", "string"),
        ("warnings", ("list", "string")),
        ("mentions", ("list", MENTION)),
        ("quotes", ("list", QUOTE)),
        ("events", ("list", EVENT)),
        ("attributions", ("list", QUOTE)),
        ("source", "string"),
    ],
)

#: the partition column of datasets written by the Spark engine
PARTITION = "published_month"


def published_month(published: str | None) -> str:
    """``2024-05-16`` -> ``2024-05``; no date -> ``unknown``."""
    return published[:7] if published and len(published) >= 7 else "unknown"


def record_fields() -> list[str]:
    return [name for name, _ in RECORD[1]]


# ------------------------------------------------------------------ pyarrow
def arrow_type(t: Any):
    import pyarrow as pa

    if isinstance(t, tuple):
        if t[0] == "list":
            return pa.list_(arrow_type(t[1]))
        if t[0] == "map":
            return pa.map_(pa.string(), arrow_type(t[1]))
        return pa.struct([pa.field(n, arrow_type(s)) for n, s in t[1]])
    return {"string": pa.string(), "int": pa.int32(), "double": pa.float64(), "bool": pa.bool_()}[t]


def arrow_schema():
    import pyarrow as pa

    return pa.schema([pa.field(n, arrow_type(t)) for n, t in RECORD[1]])


# -------------------------------------------------------------------- spark
def spark_type(t: Any):
    from pyspark.sql import types as T

    if isinstance(t, tuple):
        if t[0] == "list":
            return T.ArrayType(spark_type(t[1]), containsNull=True)
        if t[0] == "map":
            return T.MapType(T.StringType(), spark_type(t[1]), valueContainsNull=True)
        return T.StructType([T.StructField(n, spark_type(s), True) for n, s in t[1]])
    return {"string": T.StringType(), "int": T.IntegerType(), "double": T.DoubleType(), "bool": T.BooleanType()}[t]


def spark_schema(with_partition: bool = True):
    """The record schema, with the ``published_month`` column last."""
    from pyspark.sql import types as T

    fields = [T.StructField(n, spark_type(t), True) for n, t in RECORD[1]]
    if with_partition:
        fields.append(T.StructField(PARTITION, T.StringType(), False))
    return T.StructType(fields)


def to_tuple(value: Any, t: Any = RECORD) -> Any:
    """A record dict (``Record.to_dict()``) -> nested tuples in schema order,
    the fastest row form for Spark's ``createDataFrame``."""
    if value is None:
        return None
    if isinstance(t, tuple):
        if t[0] == "list":
            return [to_tuple(v, t[1]) for v in value]
        if t[0] == "map":
            return {str(k): to_tuple(v, t[1]) for k, v in dict(value).items()}
        return tuple(to_tuple(value.get(n), s) for n, s in t[1])
    if t == "int":
        return int(value)
    if t == "double":
        return float(value)
    if t == "bool":
        return bool(value)
    return str(value)


def from_row(row: dict) -> dict:
    """A row read back (pyarrow ``to_pylist`` or Spark ``asDict(True)``) -> the
    record dict, in the contract's order, without the partition column."""
    out = {n: row.get(n) for n in record_fields()}
    prov = out.get("provenance")
    if isinstance(prov, dict):
        if isinstance(prov.get("models"), list):  # pyarrow reads a map as pairs
            prov = {**prov, "models": dict(prov["models"])}
        out["provenance"] = {} if all(v is None for v in prov.values()) else prov  # none was given
    elif prov is None:
        out["provenance"] = {}
    return out


class ParquetRecordWriter:
    """Records -> one Parquet file, written in row groups of ``batch``
    records so memory stays bounded (``accord extract --format parquet``)."""

    def __init__(self, path: str, batch: int = 512):
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self._writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self._rows: list[dict] = []
        self.batch = batch

    def write(self, rec) -> None:
        self._rows.append(rec if isinstance(rec, dict) else rec.to_dict())
        if len(self._rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []

    def close(self) -> None:
        self.flush()
        self._writer.close()
