"""Baseline: textacy's direct-quotation extractor through accord's quote scorer.

    .venv/bin/python benchmarks/quotes_textacy_baseline.py /work/shared/data/polnear/dev [--limit N]

Runs ``textacy.extract.triples.direct_quotations`` (speaker, cue, content
triples; content is the quoted text) on the same spaCy parse accord uses
(length-preserving text repairs only, so offsets match the gold) and scores
it with :mod:`accord.evaluate.quotes` (overlap/union >= 0.5, one-to-one).
Prints one JSON line. Needs ``pip install textacy`` (not an accord dependency).
"""

from __future__ import annotations

import argparse
import json
import sys

from accord.evaluate.polnear import read_split
from accord.evaluate.quotes import score_docs
from accord.nlp import load_model
from accord.text import normalize_marks


def textacy_quotes(doc) -> list[dict]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except Exception as e:  # textacy raises on some unbalanced texts
        print(f"textacy failed on a document: {type(e).__name__}: {e}", file=sys.stderr)
        return out
    for t in triples:
        content = t.content
        if isinstance(content, list) or not hasattr(content, "start_char"):
            toks = list(content)
            start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        else:
            start, end = content.start_char, content.end_char
        spk = list(t.speaker)
        speaker = None
        if spk:
            speaker = {"start": min(x.idx for x in spk), "end": max(x.idx + len(x.text) for x in spk)}
        out.append({"start": start, "end": end, "kind": "direct", "speaker": speaker})
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    arts = list(read_split(args.path, limit=args.limit))
    nlp = load_model()
    preds = [textacy_quotes(doc) for doc in nlp.pipe((normalize_marks(a.text) for a in arts), batch_size=32)]
    figs = {"system": "textacy.direct_quotations", "articles": len(arts)}
    figs.update(score_docs(arts, preds))
    print(json.dumps(figs))


if __name__ == "__main__":
    main()
