"""The Apache Spark engine: the same pipeline function, once per partition.

``accord extract INPUT --engine spark --format parquet -o DIR`` reads the
input with Spark, runs :func:`accord.pipeline.process` inside
``mapPartitions`` (the model is loaded once per executor Python process and
kept in a module-level cache, so every later task on that process reuses it)
and writes a dataset of article records partitioned by publication month
(``DIR/published_month=2024-05/part-....parquet``, ``unknown`` for articles
without a date).

Inputs (local paths or any URI the cluster can read: ``hdfs://``, ``s3a://``,
``abfss://``, ``dbfs:/``...):

* JSON Lines files (``.jsonl``, ``.ndjson``, also ``.gz``): one article a
  line, the same fields as everywhere (``id``, ``text`` or ``html``,
  ``title``, ``published``, ``url``, ``outlet``);
* Parquet files or datasets with ``id``/``text`` columns (``.parquet``);
* folders: their ``.txt``/``.html`` files (one article a file) and their
  JSON Lines files, recursively; a folder holding Parquet files is read as a
  Parquet dataset.

Every row becomes a :class:`~accord.readers.RawArticle` through the same
reader functions the local engine uses, so the records are the same; only
``source`` differs: Spark does not know line numbers, so it is the file's
URI (``file:/data/a.jsonl``) where the local engine writes ``PATH:LINE``.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from ..errors import AccordError, InputError
from .schema import PARTITION, published_month, spark_schema, to_tuple

log = logging.getLogger(__name__)

TEXT_GLOB = "*.{txt,text,html,htm,xhtml}"
JSONL_GLOB = "*.{jsonl,ndjson,jsonl.gz,ndjson.gz}"
PARQUET_GLOB = "*.parquet"
_MAX_ERRORS = 50


def _have_pyspark() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise AccordError(
            "the Spark engine needs pyspark: pip install 'accord[spark]' (and Java 17 or newer)"
        ) from None


def session(master: str | None = None, app: str = "accord", conf: dict | None = None):
    """The active SparkSession, or a new one. ``master`` defaults to what
    ``spark-submit`` (or the cluster) configured, else ``local[*]``.
    Executors run the driver's interpreter (``PYSPARK_PYTHON``) unless the
    environment says otherwise, so they see the same packages."""
    _have_pyspark()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark import SparkConf
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    elif not SparkConf().contains("spark.master"):
        builder = builder.master("local[*]")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    try:
        spark = builder.getOrCreate()
    except Exception as e:  # no Java, a bad master URL...
        raise AccordError(f"cannot start Spark: {e}") from None
    spark.sparkContext.setLogLevel(os.environ.get("ACCORD_SPARK_LOG_LEVEL", "ERROR"))
    return spark


# ----------------------------------------------------------------- executors
def _items(rows: Iterable[tuple], max_chars: int) -> Iterator:
    """(kind, where, payload) rows -> RawArticles / InputErrors, through the
    same reader functions as the local engine."""
    from pathlib import PurePosixPath

    from ..readers import _from_dict, jsonl_line, text_item

    for kind, where, payload in rows:
        if kind == "line":
            item = jsonl_line(payload, where, max_chars)
            if item is None:
                continue
        elif kind == "file":
            item = text_item(bytes(payload), where, PurePosixPath(where).name, max_chars)
        else:  # "row": a Parquet row as a dict
            item = _from_dict(payload, where, max_chars)
        yield item


def _partition(rows, settings: dict, published: str | None, fmt: str, counts, errors):
    """mapPartitions: input rows -> output rows of one partition."""
    from ..nlp import load
    from ..pipeline import process

    nlp = load(settings["model"])  # cached per executor process
    ok = bad = 0
    for res in process(_items(rows, settings["max_chars"]), nlp, published=published, settings=settings):
        if isinstance(res, InputError):
            bad += 1
            if bad <= _MAX_ERRORS:
                errors.add([str(res)])
            continue
        ok += 1
        month = published_month(res.published)
        if fmt == "parquet":
            yield to_tuple(res.to_dict()) + (month,)
        else:
            yield (res.to_json(), month)
    counts.add((ok, bad))


# -------------------------------------------------------------------- driver
@dataclass
class SparkReport:
    processed: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)  # the first failures' messages
    output: str = ""


def _fs_files(spark, uri: str) -> list[str] | None:
    """File names under ``uri`` (recursively) through Hadoop's FileSystem,
    or None when ``uri`` is a file."""
    jvm = spark._jvm
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(spark._jsc.hadoopConfiguration())
    if not fs.exists(path):
        raise AccordError(f"{uri}: no such file or folder")
    if not fs.getFileStatus(path).isDirectory():
        return None
    names = []
    it = fs.listFiles(path, True)
    while it.hasNext():
        names.append(it.next().getPath().getName())
    return names


def _kind(name: str) -> str | None:
    n = name.lower()
    if n.startswith((".", "_")):
        return None
    if n.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return "jsonl"
    if n.endswith(".parquet"):
        return "parquet"
    if n.endswith((".txt", ".text", ".html", ".htm", ".xhtml")):
        return "text"
    return None


def _uri(path: str) -> str:
    if "://" in path or path.startswith(("file:", "dbfs:")):
        return path
    return os.path.abspath(path)


def input_rdd(spark, inputs: Iterable[str]):
    """The inputs as one RDD of ``(kind, where, payload)`` rows."""
    from pyspark.sql import functions as F

    parts = []
    for inp in inputs:
        uri = _uri(str(inp))
        names = _fs_files(spark, uri)
        kinds = {_kind(n) for n in names} - {None} if names is not None else {_kind(uri.rsplit("/", 1)[-1])}
        if names is not None and not kinds:
            raise AccordError(f"{inp}: no .jsonl, .parquet, .txt or .html files in this folder")
        if None in kinds:
            raise AccordError(
                f"{inp}: the Spark engine reads JSON Lines, Parquet, .txt and .html files "
                "(convert other inputs with `accord extract` or readers first)"
            )
        rec = {"recursiveFileLookup": "true"} if names is not None else {}
        if "parquet" in kinds:
            reader = spark.read.options(**rec)
            if names is not None:
                reader = reader.option("pathGlobFilter", PARQUET_GLOB)
            df = reader.parquet(uri)
            cols = [c for c in ("id", "text", "html", "title", "published", "url", "outlet") if c in df.columns]
            if "text" not in cols and "html" not in cols:
                raise AccordError(f"{inp}: Parquet input has no 'text' or 'html' column")
            df = df.select(*cols, F.input_file_name().alias("_where"))
            parts.append(
                df.rdd.map(lambda r: ("row", r["_where"], {k: v for k, v in r.asDict().items() if k != "_where"}))
            )
            if names is not None:
                continue  # a folder of Parquet files is a dataset, nothing else
        if "jsonl" in kinds:
            reader = spark.read.options(**rec)
            if names is not None:
                reader = reader.option("pathGlobFilter", JSONL_GLOB)
            df = reader.text(uri).select("value", F.input_file_name().alias("_where"))
            parts.append(df.rdd.map(lambda r: ("line", r["_where"], r["value"])))
        if "text" in kinds:
            reader = spark.read.format("binaryFile").options(**rec)
            if names is not None:
                reader = reader.option("pathGlobFilter", TEXT_GLOB)
            df = reader.load(uri).select("path", "content")
            parts.append(df.rdd.map(lambda r: ("file", r["path"], r["content"])))
    if not parts:
        raise AccordError("no input")
    rdd = parts[0] if len(parts) == 1 else spark.sparkContext.union(parts)
    want = spark.sparkContext.defaultParallelism
    if rdd.getNumPartitions() < want:
        rdd = rdd.repartition(want)
    return rdd


def run(
    inputs: Iterable[str],
    output: str,
    *,
    settings: dict,
    fmt: str = "parquet",
    published: str | None = None,
    master: str | None = None,
    spark=None,
    mode: str = "errorifexists",
) -> SparkReport:
    """Process ``inputs`` on Spark and write records to the folder
    ``output`` (``fmt``: ``parquet`` or ``jsonl``), partitioned by
    ``published_month``."""
    if fmt not in ("parquet", "jsonl"):
        raise AccordError(f"unknown format {fmt!r} (choose parquet or jsonl)")
    spark = spark or session(master)
    sc = spark.sparkContext
    from pyspark.accumulators import AccumulatorParam
    from pyspark.sql import types as T

    class _Pair(AccumulatorParam):
        def zero(self, value):
            return (0, 0)

        def addInPlace(self, a, b):
            return (a[0] + b[0], a[1] + b[1])

    class _List(AccumulatorParam):
        def zero(self, value):
            return []

        def addInPlace(self, a, b):
            return (a + b)[:_MAX_ERRORS]

    counts = sc.accumulator((0, 0), _Pair())
    errors = sc.accumulator([], _List())
    cfg = dict(settings)
    rows = input_rdd(spark, inputs).mapPartitions(lambda part: _partition(part, cfg, published, fmt, counts, errors))
    if fmt == "parquet":
        df = spark.createDataFrame(rows, spark_schema())
        writer = df.write.mode(mode).partitionBy(PARTITION)
        write = writer.parquet
    else:
        schema = T.StructType(
            [T.StructField("value", T.StringType(), False), T.StructField(PARTITION, T.StringType(), False)]
        )
        df = spark.createDataFrame(rows, schema)
        writer = df.write.mode(mode).partitionBy(PARTITION)
        write = writer.text
    try:
        write(_uri(output))
    except Exception as e:
        msg = str(e).splitlines()[0] if str(e) else type(e).__name__
        if "already exists" in msg.lower():
            raise AccordError(f"{output}: already exists (remove it or choose another -o folder)") from None
        raise
    ok, bad = counts.value
    return SparkReport(processed=ok, failed=bad, errors=list(errors.value), output=output)
