"""Wall time, articles/s and peak memory of one ``accord ingest`` run, the
worker processes included.

    python benchmarks/make_synthetic_corpus.py 2000 -o out/syn_2k.jsonl
    python benchmarks/measure_ingest.py out/syn_2k.jsonl --db out/syn_2k.duckdb --workers 2

Runs the ``accord`` command next to this interpreter in a fresh database
(removed first), samples the resident memory of it and of its children every
0.2 s (psutil), and prints one JSON line: ``articles``, ``seconds``,
``articles_per_s``, ``peak_rss_mb_parent``, ``peak_rss_mb_worker`` (the
largest worker), ``peak_rss_mb_total`` (all processes at one moment) and
the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    import psutil

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--db", required=True)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=None)
    ap.add_argument("--no-dedup", action="store_true")
    args = ap.parse_args(argv)
    for p in (args.db, args.db + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    accord = str(Path(sys.executable).with_name("accord"))
    cmd = [accord, "ingest", args.corpus, "--db", args.db, "--quiet"]
    if args.workers:
        cmd += ["--workers", str(args.workers)]
    if args.batch_size:
        cmd += ["--batch-size", str(args.batch_size)]
    if args.no_dedup:
        cmd += ["--no-dedup"]
    load_before = os.getloadavg()[0]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    ps = psutil.Process(proc.pid)
    peak_parent = peak_worker = peak_total = 0.0
    last_report = time.perf_counter()
    while proc.poll() is None:
        if time.perf_counter() - last_report > 60:
            last_report = time.perf_counter()
            print(
                json.dumps(
                    {
                        "seconds": round(last_report - t),
                        "peak_rss_mb_parent": round(peak_parent, 1),
                        "peak_rss_mb_worker": round(peak_worker, 1),
                        "peak_rss_mb_total": round(peak_total, 1),
                    }
                ),
                file=sys.stderr,
                flush=True,
            )
        try:
            parent = ps.memory_info().rss
            kids = []
            for c in ps.children(recursive=True):
                try:
                    kids.append(c.memory_info().rss)
                except psutil.Error:
                    pass
        except psutil.Error:
            break
        mb = 1024 * 1024
        peak_parent = max(peak_parent, parent / mb)
        peak_worker = max([peak_worker] + [k / mb for k in kids])
        peak_total = max(peak_total, (parent + sum(kids)) / mb)
        time.sleep(0.2)
    err = proc.stderr.read()
    proc.wait()
    seconds = time.perf_counter() - t
    import duckdb

    con = duckdb.connect(args.db, read_only=True)
    n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    dups = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    con.close()
    print(
        json.dumps(
            {
                "corpus": args.corpus,
                "workers": args.workers,
                "exit": proc.returncode,
                "articles": n,
                "near_duplicates": dups,
                "seconds": round(seconds, 1),
                "articles_per_s": round(n / seconds, 2),
                "peak_rss_mb_parent": round(peak_parent, 1),
                "peak_rss_mb_worker": round(peak_worker, 1),
                "peak_rss_mb_total": round(peak_total, 1),
                "db_mb": round(os.path.getsize(args.db) / 1e6, 1),
                "load_average_before": round(load_before, 2),
                "load_average_after": round(os.getloadavg()[0], 2),
                "stderr_tail": err.strip().splitlines()[-2:],
            }
        )
    )
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
