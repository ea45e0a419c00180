"""Perturbed copies of a quote-gold corpus: translation artefacts applied to the
articles and, consistently, to the gold snippets, one corpus per kind, so that
the drop per kind is measurable with ``accord eval quotes --dataset sample``.

    python tools/perturb_quotes.py data/sample-translated /tmp/pq-tr            # write every kind
    python tools/perturb_quotes.py data/sample-translated /tmp/pq-tr --eval     # and score each one
    python tools/perturb_quotes.py data/sample /tmp/pq-s --kinds guillemets,dash_direct --eval

Each kind is written to OUT/KIND (articles, quotes_gold.json, dates.json). The kinds:
guillemets «», low_double „“, low_single ‚‘, straight_single '', angle_single ‹›
(every quotation's marks swapped); drop_close (every second quotation loses its
closing mark); doubled (every mark written twice); dash_direct (a paragraph
that opens with '"A," the minister said.' becomes '- A, - the minister said.');
said_front ('"A," the minister said.' becomes 'The minister said: "A."');
according_to ('X said that A.' becomes 'According to X, A.'); dup_paragraph (the
first and the last paragraph with a quotation repeated right after themselves);
linebreak (a hard line break in the middle of every long quotation); parabreak
(a paragraph break at a sentence end inside a quotation).

HTML articles are copied unchanged; JSONL feeds too unless --jsonl (their
``text`` perturbed; the gold of data/sample's feeds does not carry yet).
A gold snippet is carried to the new text through the edits' offsets (or found
again as it is when it lay inside a moved sentence); entries whose snippet is
lost are dropped and counted (printed per kind).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

OPENERS = {'"': '"', "\u00ab": "\u00bb", "\u201c": "\u201d", "\u201e": "\u201c"}
CLOSE_ALT = {"\u201e": "\u201d"}
MARKS = '"\u00ab\u00bb\u201c\u201d\u201e'
SWAPS = {
    "guillemets": ("\u00ab", "\u00bb"),
    "low_double": ("\u201e", "\u201c"),
    "low_single": ("\u201a", "\u2018"),
    "straight_single": ("'", "'"),
    "angle_single": ("\u2039", "\u203a"),
}
CUES = (
    "said|added|stated|noted|stressed|emphasized|emphasised|explained|told|recalled|"
    "believes|assured|remarked|continued|concluded|warned|insisted|wrote|replied|answered"
)
KINDS = (
    *SWAPS,
    "drop_close",
    "doubled",
    "dash_direct",
    "said_front",
    "according_to",
    "dup_paragraph",
    "linebreak",
    "parabreak",
)
_NORM = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2019": "'"})


def quotations(text: str) -> list[tuple[int, int]]:
    """(open, close) mark offsets of the top-level quotations, paragraph by paragraph."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        open_at, want = None, ""
        for m in re.finditer(f"[{MARKS}]", para.group()):
            ch, i = m.group(), para.start() + m.start()
            if open_at is None:
                if ch in OPENERS:
                    open_at, want = i, OPENERS[ch] + CLOSE_ALT.get(ch, "")
            elif ch in want:
                out.append((open_at, i))
                open_at = None
    return out


def _swap(text, kind):
    o, c = SWAPS[kind]
    edits = []
    for a, b in quotations(text):
        edits += [(a, a + 1, o), (b, b + 1, c)]
    return edits


def _drop_close(text):
    return [(b, b + 1, "") for n, (_a, b) in enumerate(quotations(text)) if n % 2 == 1]


def _doubled(text):
    edits = []
    for a, b in quotations(text):
        edits += [(a, a + 1, text[a] * 2), (b, b + 1, text[b] * 2)]
    return edits


def _dash_direct(text):
    """'"A," rest' opening a paragraph -> '- A, - rest'."""
    edits = []
    for a, b in quotations(text):
        if a and text[a - 1] != "\n":
            continue
        inner, after = text[a + 1 : b], text[b + 1 : b + 3]
        if not re.match(r",? [a-z]", text[b + 1 : b + 4]):
            continue  # a dash or a new sentence after the mark: leave it
        if inner.endswith(",") and after[:1] == " ":
            edits.append((a, b + 2, "- " + inner + " - "))
        elif after[:2] == ", ":
            edits.append((a, b + 3, "- " + inner + ", - "))
    return edits


_TAIL = re.compile(rf" ((?:{CUES})\b[^.\n\"]{{0,60}}|[^.\n\"]{{1,60}}? (?:{CUES})\b[^.\n\"]{{0,40}})\.(?= |\n|$)")


def _said_front(text):
    """'"A," the minister said.' (opening its sentence) -> 'The minister said: "A."'."""
    edits = []
    for a, b in quotations(text):
        if a and not (text[a - 1] == "\n" or text[a - 2 : a] in (". ", "? ", "! ")):
            continue
        inner = text[a + 1 : b]
        outside = text[b + 1 : b + 2] == ","
        if not (inner.endswith(",") or outside):
            continue
        m = _TAIL.match(text, b + 1 + outside)
        if not m or len(m.group(1).split()) > 9:
            continue
        tail = m.group(1)
        v = re.match(rf"({CUES}) (.+)$", tail)
        if v:  # 'said the minister' -> 'the minister said'
            tail = f"{v.group(2)} {v.group(1)}"
        tail = tail[0].upper() + tail[1:]
        edits.append((a, m.end(), f"{tail}: {text[a]}{inner if outside else inner[:-1]}.{text[b]}"))
    return edits


_PRON = {"He": "him", "She": "her", "They": "them", "We": "us"}
_THAT = re.compile(r"(?:(?<=\n)|(?<=\. ))([A-Z][^,.\n\"]{0,70}?) (?:said|stated|noted|believes|reported) that ")


def _according_to(text):
    """'X said that A.' opening a sentence -> 'According to X, A.'."""
    edits = []
    for m in _THAT.finditer(text):
        subj = m.group(1)
        if len(subj.split()) > 9:
            continue
        subj = _PRON.get(subj, subj)
        if subj.startswith("The "):
            subj = "the " + subj[4:]
        nxt = text[m.end() : m.end() + 1]
        edits += [(m.start(), m.end(), f"According to {subj}, "), (m.end(), m.end() + 1, nxt.upper())]
    return edits


def _dup_paragraph(text):
    paras = [m for m in re.finditer(r"[^\n]+", text) if re.search(f"[{MARKS}]", m.group())]
    picked = {p.span(): p for p in (paras[:1] + paras[-1:])}
    return [(e, e, "\n\n" + p.group()) for (_s, e), p in sorted(picked.items())]


def _linebreak(text):
    edits = []
    for a, b in quotations(text):
        spaces = [m.start() for m in re.finditer(" ", text[a:b])]
        if len(spaces) >= 8:
            i = a + spaces[len(spaces) // 2]
            edits.append((i, i + 1, "\n"))
    return edits


def _parabreak(text):
    edits = []
    for a, b in quotations(text):
        m = re.search(r"[.!?] (?=[A-Z])", text[a:b])
        if m:
            i = a + m.end() - 1
            edits.append((i, i + 1, "\n\n"))
    return edits


def edits_for(text: str, kind: str) -> list[tuple[int, int, str]]:
    if kind in SWAPS:
        return _swap(text, kind)
    return globals()["_" + kind](text)


def apply(text: str, edits) -> tuple[str, list]:
    edits = sorted(edits)
    out, last, kept = [], 0, []
    for s, e, r in edits:
        if s < last:
            continue
        out += [text[last:s], r]
        kept.append((s, e, r))
        last = e
    out.append(text[last:])
    return "".join(out), kept


def _map(pos: int, edits, end: bool) -> int | None:
    shift = 0
    for s, e, r in edits:
        if e < pos or (e == pos and (s < e or not end)):
            shift += len(r) - (e - s)
        elif s < pos < e:
            return None
    return pos + shift


def carry(snippet: str | None, old: str, new: str, edits) -> str | None:
    """The snippet's text in the new article, or None when it is lost."""
    if not snippet:
        return snippet
    pos = old.translate(_NORM).find(snippet.translate(_NORM))
    if pos >= 0:
        s, e = _map(pos, edits, False), _map(pos + len(snippet), edits, True)
        if s is not None and e is not None and new[s:e].strip():
            return new[s:e]
    if new.translate(_NORM).find(snippet.translate(_NORM)) >= 0:
        return snippet
    return None


def _split_stretch(q: dict, old: str, new: str, edits) -> dict:
    """A gold stretch whose quotation the paragraph break split: its content
    is the part before the break, its 'continues' the part after it."""
    pos = old.translate(_NORM).find(q["content"].translate(_NORM))
    for a, b in quotations(old):
        brk = [e for e in edits if a < e[0] < b]
        if not (a < pos < b and brk):
            continue
        cut = _map(brk[0][0], edits, False)
        s, e = _map(pos, edits, False), _map(pos + len(q["content"]), edits, True)
        after = new[cut : _map(b, edits, False)].strip()
        if s < cut < e:
            q = {**q, "content": new[s:cut].strip() or new[cut:e].strip()}
        return {**q, "continues": after} if after and after not in q["content"] else q
    return q


def _utf8(path: Path) -> bool:
    try:
        path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def perturb_corpus(src: Path, dst: Path, kind: str, jsonl: bool = False) -> dict:
    gold = json.loads((src / "quotes_gold.json").read_text(encoding="utf-8"))
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir(parents=True)
    texts: dict[str, list[tuple[str, str, list]]] = {}
    for f in sorted(src.iterdir()):
        if f.name == "quotes_gold.json" or f.is_dir():
            continue
        if f.suffix == ".txt" and not _utf8(f):
            shutil.copy(f, dst / f.name)  # another encoding (the reader guesses it): left as it is
        elif f.suffix == ".txt":
            old = f.read_text(encoding="utf-8")
            new, ed = apply(old, edits_for(old, kind))
            (dst / f.name).write_text(new, encoding="utf-8")
            texts[f.name] = [(old, new, ed)]
        elif f.suffix == ".jsonl" and not jsonl:
            shutil.copy(f, dst / f.name)  # feeds left as they are unless --jsonl
        elif f.suffix == ".jsonl":
            rows, trip = [], []
            for line in f.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                row = json.loads(line)
                old = row.get("text") or ""
                row["text"], ed = apply(old, edits_for(old, kind))
                trip.append((old, row["text"], ed))
                rows.append(json.dumps(row, ensure_ascii=False))
            (dst / f.name).write_text("\n".join(rows) + "\n", encoding="utf-8")
            texts[f.name] = trip
        else:
            shutil.copy(f, dst / f.name)
    lost = changed = 0
    for art in gold.get("articles") or []:
        trips = texts.get(art["file"]) or []
        keep = []
        for q in art["quotes"]:
            snip = None
            for old, new, ed in trips:
                if old.translate(_NORM).find(q["content"].translate(_NORM)) >= 0:
                    snip = carry(q["content"], old, new, ed)
                    cont = carry(q.get("continues"), old, new, ed) if snip else None
                    break
            else:
                keep.append(q)  # html or not found in the raw text: left as it is
                continue
            if snip is None:
                lost += 1
                continue
            changed += snip != q["content"]
            q = {**q, "content": snip}
            if q.get("continues"):
                q["continues"] = cont or q["continues"]
            elif kind == "parabreak":
                q = _split_stretch(q, old, new, ed)
            keep.append(q)
        art["quotes"] = keep
    (dst / "quotes_gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    n_edits = sum(len(ed) for trip in texts.values() for _o, _n, ed in trip)
    return {"kind": kind, "edits": n_edits, "lost": lost, "changed": changed}


def evaluate(folder: Path) -> dict:
    cmd = [sys.executable, "-m", "accord.cli", "eval", "quotes", "--dataset", "sample", str(folder), "-q"]
    res = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in res.stdout.splitlines() if ln.startswith("{")]
    if not lines:
        return {"error": res.stderr[-400:]}
    return json.loads(lines[-1])


def details(folder: Path) -> list[str]:
    """Every miss and wrong prediction on one corpus (in this process)."""
    from accord.evaluate import quote_gold
    from accord.evaluate.sample import load_records

    gold = quote_gold.load_gold(folder)
    records = load_records(folder)
    counts = quote_gold.Counts()
    for art in gold.get("articles") or []:
        rec = records.get(art.get("article_id") or "") or records.get(art["file"])
        quote_gold.score_article(counts, art["quotes"], rec, art["file"][:30])
    return counts.misses + counts.wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds (default: all)")
    ap.add_argument("--eval", action="store_true", help="score each perturbed corpus (sequentially)")
    ap.add_argument("--jsonl", action="store_true", help="perturb JSONL feeds too (their gold may not carry)")
    ap.add_argument("--details", action="store_true", help="print every miss and wrong prediction per kind")
    a = ap.parse_args(argv)
    rows = []
    for kind in a.kinds.split(","):
        info = perturb_corpus(a.corpus, a.out / kind, kind, a.jsonl)
        if a.eval:
            fig = evaluate(a.out / kind)
            info.update({k: fig.get(k) for k in ("attributed_recall", "precision", "gold", "predicted", "error")})
            if "error" not in fig:
                info.pop("error")
        rows.append(info)
        print(json.dumps(info), flush=True)
        if a.details:
            print("\n".join(details(a.out / kind)), flush=True)
    if a.eval:
        print(f"{'kind':16} {'edits':>5} {'lost':>4} {'R':>7} {'P':>7}")
        for r in rows:
            print(
                f"{r['kind']:16} {r['edits']:>5} {r['lost']:>4} {r.get('attributed_recall')!s:>7} {r.get('precision')!s:>7}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
