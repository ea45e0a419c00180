"""Records before and after a change, byte for byte.

A refactoring must not change what accord extracts. Take a snapshot of the
records on main, change the code, and compare:

    python tools/compare_records.py snapshot -o /tmp/before.jsonl
    # ... change the code ...
    python tools/compare_records.py compare /tmp/before.jsonl

The corpus is the demo sample (``data/sample``), the quote probes
(``data/probes``) and PolNeAR's dev texts (``../shared/data/polnear/dev/text``,
where present; ``--polnear`` names another folder, ``--polnear ""`` leaves it
out). Records are written as ``accord extract`` writes them (one JSON line an
article, in input order). ``compare`` prints the first field that differs for
each changed article and exits 1 if any record differs. Only the ``source``
field (the input's path) is compared relative to its corpus folder.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POLNEAR = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def _polnear_jsonl(folder: Path, out: Path) -> None:
    with open(out, "w", encoding="utf-8") as fh:
        for f in sorted(folder.glob("*.txt")):
            m = DATE.search(f.name)
            rec = {
                "id": f.stem,
                "text": f.read_text(encoding="utf-8", errors="replace"),
                "published": m.group(1) if m else None,
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def snapshot(out: Path, polnear: str, workers: int) -> int:
    inputs = [str(ROOT / "data" / "sample"), str(ROOT / "data" / "probes")]
    with tempfile.TemporaryDirectory() as tmp:
        if polnear and Path(polnear).is_dir():
            pj = Path(tmp) / "polnear_dev.jsonl"
            _polnear_jsonl(Path(polnear), pj)
            inputs.append(str(pj))
        accord = Path(sys.executable).parent / "accord"
        cmd = [str(accord), "extract", *inputs, "-o", str(out), "--quiet", "--workers", str(workers)]
        return subprocess.run(cmd).returncode


_SOURCE = re.compile(r"^.*?/((?:data/(?:sample|probes)/)|polnear_dev\.jsonl)")


def _normalised(line: bytes) -> bytes:
    """The record with its ``source`` (the input path, which differs between
    checkouts and temporary folders) made relative to its corpus."""
    rec = json.loads(line)
    if isinstance(rec.get("source"), str):
        rec["source"] = _SOURCE.sub(r"\1", rec["source"])
    return json.dumps(rec, ensure_ascii=False).encode("utf-8")


def _first_difference(a, b, path="") -> str:
    if type(a) is not type(b):
        return f"{path or '/'}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for k in list(a) + [k for k in b if k not in a]:
            if k not in a or k not in b:
                return f"{path}/{k}: only in {'before' if k in a else 'after'}"
            if a[k] != b[k]:
                return _first_difference(a[k], b[k], f"{path}/{k}")
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items before, {len(b)} after"
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return _first_difference(x, y, f"{path}/{i}")
    return f"{path or '/'}: {str(a)[:200]!r} != {str(b)[:200]!r}"


def compare(before: Path, polnear: str, workers: int) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        after = Path(tmp) / "after.jsonl"
        rc = snapshot(after, polnear, workers)
        old = [_normalised(x) for x in before.read_bytes().splitlines()]
        new = [_normalised(x) for x in after.read_bytes().splitlines()]
    changed = 0
    if len(old) != len(new):
        print(f"{len(old)} records before, {len(new)} after")
        changed += 1
    for lo, ln in zip(old, new):
        if lo != ln:
            changed += 1
            a, b = json.loads(lo), json.loads(ln)
            print(f"{a.get('id')}: {_first_difference(a, b)}")
    print(f"{len(new)} records, {changed} differ" + ("" if rc == 0 else f" (extract exited {rc})"))
    return 1 if changed or rc else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snapshot", help="write the records of the comparison corpus")
    s.add_argument("-o", "--output", required=True, type=Path)
    c = sub.add_parser("compare", help="extract again and compare with a snapshot")
    c.add_argument("before", type=Path)
    for p in (s, c):
        p.add_argument("--polnear", default=str(DEFAULT_POLNEAR), help="PolNeAR text folder ('' = leave out)")
        p.add_argument("-w", "--workers", type=int, default=2)
    args = ap.parse_args(argv)
    if args.cmd == "snapshot":
        return snapshot(args.output, args.polnear, args.workers)
    return compare(args.before, args.polnear, args.workers)


if __name__ == "__main__":
    sys.exit(main())
