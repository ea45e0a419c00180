"""PolNeAR's article texts (one .txt a file) -> one JSON Lines file for
``accord bench`` and ``accord ingest``.

    python benchmarks/polnear_to_jsonl.py ../shared/data/polnear/dev/text -o out/polnear_dev.jsonl

The id is the file name without .txt; ``published`` is the date in the name
(``breitbart_2016-09-12_...``). The output holds the corpus's text: keep it
out of the repository (``out/`` is ignored).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", help="folder of PolNeAR .txt files (e.g. shared/data/polnear/dev/text)")
    ap.add_argument("-o", "--output", default="out/polnear_dev.jsonl")
    args = ap.parse_args(argv)
    files = sorted(Path(args.folder).glob("*.txt"))
    if not files:
        print(f"{args.folder}: no .txt files", file=sys.stderr)
        return 1
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for f in files:
            text = f.read_text(encoding="utf-8", errors="replace")
            m = DATE.search(f.name)
            fh.write(
                json.dumps({"id": f.stem, "text": text, "published": m.group(1) if m else None}, ensure_ascii=False)
                + "\n"
            )
    print(f"{len(files)} articles -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
