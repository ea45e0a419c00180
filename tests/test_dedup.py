"""Near-duplicates across articles (MinHash LSH at ingest)."""

import re
from pathlib import Path

import pytest

from accord import dedup, store
from accord.dedup import NearDuplicates, signature, similarity
from accord.record import Record

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"

# two reports of one (invented) event by different writers: same names,
# place, date and figures, different wording
REPORT_A = """Border guards of Kyrgyzstan and Tajikistan exchanged fire on Tuesday near the village of
Kok-Tash in Batken region, killing two soldiers, the Kyrgyz border service said. The service said
Tajik troops opened fire first with mortars and that Kyrgyz units returned fire to protect civilians.
Residents were evacuated from three villages along the disputed frontier. Kyrgyz President Sadyr
Japarov called his Tajik counterpart Emomali Rahmon late on Tuesday, and the two leaders agreed to
pull back their forces and to let a joint commission meet in Batken next week, his office said."""

REPORT_B = """Two servicemen died on Tuesday in a shootout on the Tajik-Kyrgyz frontier, officials in
Dushanbe reported, blaming Kyrgyz border units for starting the fighting close to Kok-Tash. According
to Tajikistan's border troops, Kyrgyz forces fired on a Tajik post and Tajik soldiers answered. Emomali
Rahmon spoke by phone with Sadyr Japarov in the evening; both sides promised a withdrawal of troops and
a meeting of the joint border commission in the coming days. Several hundred people left their homes
in the area, local media said, as tensions stayed high along the poorly marked border."""


def sample_text() -> str:
    from accord.readers import RawArticle, read

    texts = [a.text for a in read(sorted(SAMPLE.glob("*.txt"))) if isinstance(a, RawArticle)]
    return max(texts, key=len)  # the longest sample article


def syndicate(text: str) -> str:
    """A syndicated copy: a new headline, the dateline's agency changed, and
    a few words edited through the text."""
    lines = text.split("\n")
    lines[0] = "UPDATE 1-" + lines[0].upper() + " (REPORTS)"
    copy = "\n".join(lines)
    words = copy.split(" ")
    for i in range(40, len(words), max(60, len(words) // 6)):
        words[i] = "edited"
    copy = " ".join(words)
    return re.sub(r"\(([A-Z][a-z]+ ?)+\)", "(Wire Service)", copy, count=1) + "\n\nReporting by a wire reporter."


def test_copy_is_similar_rewrite_is_not():
    text = sample_text()
    sim_copy = similarity(signature(text), signature(syndicate(text)))
    sim_other = similarity(signature(REPORT_A), signature(REPORT_B))
    assert sim_copy >= 0.8, sim_copy
    assert sim_other < 0.3, sim_other


def test_short_text_gets_no_signature():
    assert signature("Reuters") is None
    assert signature("") is None


def _write(con, nd, rid, text):
    dup, blob = nd.check(rid, text)
    store.write_record(con, Record(id=rid, text=text), duplicate_of=dup, minhash=blob)
    nd.add(rid, blob, dup)
    return dup


def _dup_of(con, rid):
    return con.execute("SELECT duplicate_of FROM articles WHERE id = ?", [rid]).fetchone()[0]


def test_copy_found_rewrite_kept_and_index_persists(tmp_path):
    db = tmp_path / "a.duckdb"
    text = sample_text()
    con = store.connect(db)
    nd = NearDuplicates(con, threshold=0.8)
    assert _write(con, nd, "orig", text) is None
    assert _write(con, nd, "report-a", REPORT_A) is None
    assert _write(con, nd, "copy-1", syndicate(text)) == "orig"
    assert _write(con, nd, "report-b", REPORT_B) is None  # same event, other words: not merged
    con.close()

    # a later ingest rebuilds the index from the stored signatures
    con = store.connect(db)
    nd = NearDuplicates(con, threshold=0.8)
    assert len(nd.index) == 4
    # a copy of the copy points at the original
    assert _write(con, nd, "copy-2", syndicate(syndicate(text))) == "orig"
    assert _dup_of(con, "copy-1") == "orig" and _dup_of(con, "report-b") is None
    # the original itself written again is not its own duplicate
    dup, _ = nd.check("orig", text)
    assert dup is None
    assert con.execute("SELECT count(*) FROM minhash").fetchone()[0] == 5
    con.close()


def test_threshold_is_a_setting(tmp_path):
    text = sample_text()
    con = store.connect(tmp_path / "b.duckdb")
    nd = NearDuplicates(con, threshold=0.99)
    _write(con, nd, "orig", text)
    assert _write(con, nd, "copy", syndicate(text)) is None
    con.close()
    with pytest.raises(Exception, match="near_duplicate_threshold"):
        NearDuplicates(store.connect(tmp_path / "c.duckdb"), threshold=1.5)


def test_band_index_merge(monkeypatch):
    monkeypatch.setattr(dedup, "_MERGE_AT", 2)
    idx = dedup.BandIndex(*dedup.bands_for(0.8))
    sigs = {f"r{i}": signature(REPORT_A + f" extra words number {i} " * 3) for i in range(5)}
    for k, s in sigs.items():
        idx.add(k, s)
    assert idx.candidates(sigs["r3"])[:1] == ["r0"] and "r3" in idx.candidates(sigs["r3"])
    assert idx.candidates(signature(REPORT_B)) == []


def test_band_index_merged_and_overlay_agree(monkeypatch):
    import numpy as np

    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**32, size=(40, dedup.NUM_PERM), dtype=np.uint64)
    sigs = []
    for i in range(120):  # copies of 40 originals with a few values changed
        s = base[i % 40].copy()
        s[rng.integers(0, dedup.NUM_PERM, size=i % 7)] = rng.integers(0, 2**32)
        sigs.append(s)
    found = []
    for merge_at in (3, 10**9):
        monkeypatch.setattr(dedup, "_MERGE_AT", merge_at)
        idx = dedup.BandIndex(*dedup.bands_for(0.8))
        for i, s in enumerate(sigs):
            idx.add(f"a{i}", s)
        found.append([idx.candidates(s) for s in sigs])
    assert found[0] == found[1]
    assert all(f"a{i % 40}" in c for i, c in enumerate(found[0]))


def test_index_loads_a_large_store_within_ingest_memory_limit(tmp_path):
    # 200,000 stored signatures (100 MB) under ingest's 64 MB DuckDB limit:
    # the load must stream, not sort
    path = tmp_path / "large.duckdb"
    con = store.connect(path)
    con.execute(f"INSERT INTO minhash SELECT 'a' || range, repeat('x', {4 * dedup.NUM_PERM})::BLOB FROM range(200000)")
    con.close()
    con = store.connect(path, memory_limit="64MB")
    try:
        nd = NearDuplicates(con)
        assert len(nd.index) == 200_000 and nd.index.ids[:2] == ["a0", "a1"]
    finally:
        con.close()


@pytest.mark.model
def test_ingest_flags_syndicated_copy(tmp_path):
    from accord.config import settings
    from accord.ingest import ingest_items
    from accord.readers import from_objects

    text = sample_text()
    items = [
        {"id": "orig", "text": text, "published": "2024-01-02"},
        {"id": "a", "text": REPORT_A},
        {"id": "b", "text": REPORT_B},
        {"id": "copy", "text": syndicate(text), "published": "2024-01-03"},
    ]
    con = store.connect(tmp_path / "d.duckdb")
    rep = ingest_items(con, from_objects(items), settings=settings(), workers=1)
    assert rep.written == 4 and rep.near_duplicates == 1
    assert dict(con.execute("SELECT id, duplicate_of FROM articles").fetchall()) == {
        "orig": None,
        "a": None,
        "b": None,
        "copy": "orig",
    }
    con.close()
    # switched off: nothing flagged, no signatures
    con = store.connect(tmp_path / "e.duckdb")
    rep = ingest_items(con, from_objects(items), settings=settings(near_duplicates=False), workers=1)
    assert rep.near_duplicates == 0
    assert con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0] == 0
    con.close()
