"""Memory of ingest's parent side (reading, near-duplicate index, store
writes) as the store grows, without the NLP: finished records are stored as
they are, so 20,000 articles take minutes, not hours.

    python benchmarks/make_synthetic_corpus.py 20000 -o out/syn_20k.jsonl
    python benchmarks/measure_store_memory.py out/syn_20k.jsonl --records-from out/syn_500.duckdb

The records' mentions, quotes and events are borrowed (in turn) from a
database made by a real ingest (``--records-from``); ids and texts are the
corpus's, so the near-duplicate finder sees real texts. Prints the peak RSS
every ``--every`` articles and one JSON line last.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--records-from", required=True, help="a DuckDB store to borrow records from")
    ap.add_argument("--db", default="out/store_memory.duckdb")
    ap.add_argument("--every", type=int, default=2000)
    ap.add_argument(
        "--duckdb-memory-limit",
        default=None,
        help="DuckDB's memory_limit, e.g. 256MB (default: the ingest_memory_limit setting; "
        "'none' for DuckDB's own default)",
    )
    args = ap.parse_args(argv)

    import duckdb

    from accord import store
    from accord.config import settings
    from accord.ingest import ingest_items
    from accord.readers import RawArticle, read

    src = duckdb.connect(args.records_from, read_only=True)
    donors = [json.loads(r[0]) for r in src.execute("SELECT record FROM articles ORDER BY id LIMIT 300").fetchall()]
    src.close()
    for p in (args.db, args.db + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    limit = args.duckdb_memory_limit or settings()["ingest_memory_limit"]
    con = store.connect(args.db, memory_limit=None if limit == "none" else limit)
    marks = []
    state = {"n": 0, "t": time.perf_counter()}

    def ready():
        for i, item in enumerate(read([args.corpus])):
            if isinstance(item, RawArticle):
                rec = dict(
                    donors[i % len(donors)],
                    id=item.id,
                    text=item.text,
                    title=item.title,
                    published=item.published,
                    outlet=item.outlet,
                    source=item.source,
                )
                item.record = rec
            yield item

    def tick():
        state["n"] += 1
        if state["n"] % args.every == 0:
            tags = con.execute(
                "SELECT tag, memory_usage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0"
            ).fetchall()
            marks.append(
                {
                    "articles": state["n"],
                    "rss_mb": round(rss_mb(), 1),
                    "duckdb_mb": round(sum(b for _, b in tags) / 1e6, 1),
                    "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                    "seconds": round(time.perf_counter() - state["t"], 1),
                }
            )
            print(json.dumps(marks[-1]), file=sys.stderr)

    print(json.dumps({"articles": 0, "rss_mb": round(rss_mb(), 1)}), file=sys.stderr)
    t = time.perf_counter()
    rep = ingest_items(con, ready(), settings=settings(), workers=1, on_item=tick)
    seconds = time.perf_counter() - t
    before_close = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    con.close()
    print(
        json.dumps(
            {
                "memory_limit": limit,
                "articles": rep.processed,
                "written": rep.written,
                "near_duplicates": rep.near_duplicates,
                "seconds": round(seconds, 1),
                "articles_per_s": round(rep.processed / seconds, 1),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                "peak_rss_mb_before_close": before_close,
                "rss_by_articles": marks,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
