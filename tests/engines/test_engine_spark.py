"""The Spark engine (local[2] master) gives the local engine's records, and
its Parquet output goes into the store without being processed again.

Needs Java (17 or newer) and pyspark (pip install 'accord[spark]'); skipped
with the reason when either is missing."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample"


def _java_reason():
    java = shutil.which("java") or (os.environ.get("JAVA_HOME") and Path(os.environ["JAVA_HOME"], "bin", "java"))
    if not java:
        return "Java is not installed (the Spark engine needs Java 17 or newer)"
    try:
        subprocess.run([str(java), "-version"], capture_output=True, timeout=60, check=True)
    except Exception as e:
        return f"Java does not run here: {e}"
    return None


_reason = _java_reason()
pytestmark = [pytest.mark.model, pytest.mark.skipif(_reason is not None, reason=_reason or "")]
pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'accord[spark]')")


@pytest.fixture(scope="module")
def spark():
    from accord.engines.spark import session

    sp = session("local[2]", app="accord-tests", conf={"spark.sql.shuffle.partitions": "2"})
    yield sp
    sp.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The sample corpus (.txt, .html, .jsonl) as one JSON Lines file, read
    by accord's readers."""
    from accord.readers import RawArticle, read

    path = tmp_path_factory.mktemp("corpus") / "sample.jsonl"
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for item in read([SAMPLE]):
            if isinstance(item, RawArticle):
                fh.write(
                    json.dumps({k: getattr(item, k) for k in ("id", "text", "title", "published", "url", "outlet")})
                    + "\n"
                )
                n += 1
    assert n >= 10
    return path


def _diff(a, b, path=""):
    """The first path where two JSON values differ, for a readable failure."""
    if isinstance(a, dict) and isinstance(b, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if a.get(k, "<missing>") != b.get(k, "<missing>"):
                return _diff(a.get(k, "<missing>"), b.get(k, "<missing>"), f"{path}/{k}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _diff(x, y, f"{path}[{i}]")
    return f"{path}: {a!r:.200} != {b!r:.200}"


def _same(got: dict, want: dict) -> None:
    assert set(got) == set(want)
    bad = [f"{k}{_diff(got[k], want[k])}" for k in want if got[k] != want[k]]
    assert not bad, f"{len(bad)} of {len(want)} records differ:\n" + "\n".join(bad[:10])


def _without_source(d):
    return {k: v for k, v in d.items() if k != "source"}


@pytest.fixture(scope="module")
def local(corpus):
    """The local engine's records of the sample corpus (as JSON Lines), by id."""
    from accord.config import settings
    from accord.pipeline import process
    from accord.readers import read

    return {r.id: _without_source(r.to_dict()) for r in process(read([corpus]), settings=settings())}


def test_spark_parquet_agrees_with_local_and_ingests(spark, corpus, local, tmp_path):
    from accord import store
    from accord.config import settings
    from accord.engines.spark import run
    from accord.ingest import ingest_items
    from accord.readers import read

    out = tmp_path / "records"
    report = run([str(corpus)], str(out), settings=settings(), spark=spark)
    assert report.failed == 0 and report.processed == len(local)
    months = {p.name for p in out.iterdir() if p.is_dir()}
    assert months and all(m.startswith("published_month=") for m in months)

    items = list(read([out]))
    got = {a.id: a.record for a in items}
    assert all(a.record is not None for a in items)
    _same({k: _without_source(v) for k, v in got.items()}, local)

    # the records go into the store as they are: nothing is parsed again
    con = store.connect(tmp_path / "db.duckdb")
    rep = ingest_items(con, read([out]), settings=settings(), workers=1)
    assert rep.failed == 0 and rep.stored_as_is == rep.written == len(local)
    stored = {r[0]: json.loads(r[1]) for r in con.execute("SELECT id, record FROM articles").fetchall()}
    assert {k: _without_source(v) for k, v in stored.items()} == local
    # a second ingest changes nothing
    rep = ingest_items(con, read([out]), settings=settings(), workers=1)
    assert rep.unchanged == len(local) and rep.written == 0
    con.close()


def test_spark_jsonl_and_text_folder_agree_with_local(spark, tmp_path):
    """A folder as it is: .txt and .html files one article each, .jsonl
    files one article a line (a few of each from the sample, to keep it short)."""
    from accord.config import settings
    from accord.engines.spark import run
    from accord.pipeline import process
    from accord.readers import read

    folder = tmp_path / "in" / "sub"
    folder.mkdir(parents=True)
    for suffix, n in ((".txt", 3), (".html", 1)):
        for f in sorted(SAMPLE.glob("*" + suffix))[:n]:
            shutil.copy(f, folder / f.name)
    jsonl = sorted(SAMPLE.glob("*.jsonl"))
    if jsonl:
        lines = jsonl[0].read_bytes().splitlines(keepends=True)[:3]
        (folder.parent / jsonl[0].name).write_bytes(b"".join(lines))
    local = {r.id: _without_source(r.to_dict()) for r in process(read([folder.parent]), settings=settings())}
    out = tmp_path / "records"
    report = run([str(folder.parent)], str(out), settings=settings(), fmt="jsonl", spark=spark)
    lines = [json.loads(line) for p in sorted(out.glob("published_month=*/part-*")) for line in open(p)]
    got = {d["id"]: _without_source(d) for d in lines}
    assert report.processed == len(lines) == len(local) >= 4
    _same(got, local)


def test_existing_output_is_refused(spark, corpus, tmp_path):
    from accord.config import settings
    from accord.engines.spark import run
    from accord.errors import AccordError

    out = tmp_path / "exists"
    out.mkdir()
    with pytest.raises(AccordError, match="already exists"):
        run([str(corpus)], str(out), settings=settings(), spark=spark)
