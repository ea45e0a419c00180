"""Build the events component's derived data files from the reference dictionaries.

    python -m accord.events.build_data [--shared ../shared/data]

Writes, under ``src/accord/events/data/``:

* ``cameo_plover.tsv`` - the project's CAMEO -> PLOVER table, cleaned from the
  PLOVER draft ``CAMEO2PLOVER-2021.txt`` (CC BY-SA 4.0, Open Event Data Alliance):
  the repeated code 175 is kept once; 1712 "destroy property" is COERCE mode
  ``seize`` (CAMEO 171 "seize or damage property") (property damage is repression short of violence against people,
  the way PLOVER 0.8 codes property destruction, not ASSAULT); context words the
  draft put into the mode slot (``pro_autocracy``, ``ease``, ...) move to the
  context list; 163 (sanctions, embargo) is SANCTION as in PLOVER's category
  definitions (the draft's COERCE there contradicts the manual); the CAMEO 02x
  "appeal" codes the draft omits are added as REQUEST; 01x statements are not
  events and stay out.
* ``cameo_verbs.json`` - verb lemmas, multi-word verbs and phrase patterns with
  their CAMEO codes, from the PETRARCH verb dictionary ``CAMEO.2.0.txt``
  (MIT License, Copyright (c) 2015 Open Event Data Alliance).

The files are committed; this script only needs to run again when the
references change.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import re
from pathlib import Path

from .. import datafiles

HERE = Path(__file__).parent
DATA = HERE / "data"

MIT = """The MIT License (MIT)
Copyright (c) 2015 Open Event Data Alliance
Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:
The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""

# the tables that clean the draft: language-free data files in events/data/
MODES_FILE = "events/data/plover_modes.tsv"
DRAFT_FIXES_FILE = "events/data/plover_draft_fixes.tsv"
EXTRA_FILE = "events/data/cameo_extra.tsv"


@datafiles.cached
def plover_modes() -> dict[str, set]:
    """PLOVER modes per category (shared/ONTOLOGY.md)."""
    out: dict[str, set] = {}
    for r in datafiles.table(MODES_FILE, key=(0, 1)):
        out.setdefault(r.get("category"), set()).add(r.get("mode"))
    return out


@datafiles.cached
def _draft_fixes(kind: str) -> list:
    return [r for r in datafiles.table(DRAFT_FIXES_FILE, key=(0, 1, 2)) if r.get("kind") == kind]


def mode_aliases() -> dict[tuple[str, str], str]:
    """The draft's older mode names -> PLOVER 2021 modes, per category."""
    return {(r.get("category"), r.get("draft")): r.get("fixed") for r in _draft_fixes("mode_alias")}


def context_fix() -> dict[str, str]:
    """The draft's context spellings -> the ONTOLOGY list's."""
    return {r.get("draft"): r.get("fixed") for r in _draft_fixes("context_fix")}


def context_words() -> set[str]:
    """Context names a draft row may carry in its mode slot."""
    return {r.get("draft") for r in _draft_fixes("context_word")}


def extra_codes() -> list[tuple]:
    """Codes the draft leaves out or accord codes otherwise (CAMEO 02 "appeal" = PLOVER REQUEST):
    (cameo, plover, mode, context, name), in file order."""
    return [tuple(r) for r in datafiles.table(EXTRA_FILE)]


def __getattr__(name: str):
    # MODES is read lazily from data (tests and callers import it by that name)
    if name == "MODES":
        return plover_modes()
    raise AttributeError(name)


def build_cameo_plover(src: Path) -> list[tuple]:
    rows: dict[str, tuple] = {}
    modes, aliases, fix, ctx_words = plover_modes(), mode_aliases(), context_fix(), context_words()
    for line in src.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{3,4}):\s*([^#]*)#\s*(.*)$", line)
        if not m:
            continue
        code, body, name = m.group(1), m.group(2), m.group(3).strip()
        parts = [p.strip() for p in body.split(",")]
        cat = parts[0].strip()
        mode = parts[1].strip() if len(parts) > 1 else ""
        ctx = parts[2].strip() if len(parts) > 2 else ""
        ctxs = [c.strip() for c in re.split(r"[;]", ctx) if c.strip()]
        mode = aliases.get((cat, mode), mode)
        if mode and mode not in modes.get(cat, set()):
            # a context word in the mode slot, or a mode PLOVER 2021 dropped ("ease")
            if mode in ctx_words:
                ctxs.insert(0, mode)
            mode = ""
        ctxs = [fix.get(c, c) for c in ctxs]
        if code in rows:  # the draft repeats 175
            continue
        rows[code] = (code, cat, mode, ",".join(dict.fromkeys(ctxs)), name)
    for code, cat, mode, ctx, name in extra_codes():
        rows[code] = (code, cat, mode, ctx, name)
    return [rows[k] for k in sorted(rows, key=lambda c: (c[:2], c))]


def write_cameo_plover(rows: list[tuple], out: Path) -> None:
    today = _dt.date.today().isoformat()
    with out.open("w", encoding="utf-8") as f:
        f.write("# accord's CAMEO -> PLOVER table (category, mode, contexts), built by accord.events.build_data\n")
        f.write("# source: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (draft 0.8, 2021-09-17), CC BY-SA 4.0,\n")
        f.write("#   Copyright Open Event Data Alliance; cleaned and amended (see build_data.py docstring)\n")
        f.write(f"# built: {today}; license of this derived file: CC BY-SA 4.0\n")
        f.write("# quad and intensity per category are in plover.json\n")
        f.write("cameo\tplover\tmode\tcontext\tname\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


# --------------------------------------------------------------------- verbs


def _clean_word(w: str) -> str:
    return w.strip().strip("_").replace("_", " ").lower()


def parse_cameo_verbs(src: Path) -> dict:
    lines = src.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    blocks: dict[str, dict] = {}
    verbs: dict[str, dict] = {}
    cur_set = None
    cur_block = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            cur_set = None
            continue
        if line.startswith("&") and cur_block is None:
            cur_set = line.strip().rstrip("_")
            synsets[cur_set] = []
            continue
        if cur_set and line.startswith("+") and cur_block is None:
            synsets[cur_set].append(_clean_word(line[1:]))
            continue
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            cur_block = m.group(1)
            code = m.group(2).split(":")[0].strip()
            blocks[cur_block] = {"code": None if code in ("---", "") else code, "patterns": []}
            continue
        if cur_block is None:
            continue
        if line.startswith("-"):
            pm = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", line)
            if not pm:
                continue
            body, code = pm.group(1), pm.group(2)
            parts = [c for c in code.split(":") if c.strip()]
            code = parts[0].strip() if parts else "---"
            if "*" not in body:
                continue
            pre, post = body.split("*", 1)
            pat = [_pattern_tokens(pre, synsets), _pattern_tokens(post, synsets), None if code == "---" else code]
            if not pat[0] and not pat[1]:
                continue
            blocks[cur_block]["patterns"].append(pat)
            continue
        # a verb line: VERB {FORMS} [code] or +MULTI_WORD {FORMS} [code]
        vm = re.match(r"^\+?([A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line.strip())
        if not vm:
            continue
        word = _clean_word(vm.group(1))
        vcode = None
        if vm.group(3):
            c = vm.group(3)[1:-1].split(":")[0].strip()
            vcode = None if c in ("---", "") else c
        if word and word not in verbs:
            verbs[word] = {"block": cur_block, "code": vcode}
    # drop synset-expanded duplicates, keep order
    for b in blocks.values():
        seen = set()
        uniq = []
        for p in b["patterns"]:
            key = json.dumps(p)
            if key not in seen:
                seen.add(key)
                uniq.append(p)
        b["patterns"] = uniq
    return {"verbs": verbs, "blocks": blocks}


def _pattern_tokens(text: str, synsets: dict) -> list:
    """``SANCTIONS (AGAINST) &WEAPON {ARMS SHIPMENT}`` -> list of alternatives
    lists: [["sanctions"], ["against"], ["gun", "rifle", ...], ["arms"], ["shipment"]]."""
    out = []
    for tok in re.findall(r"[&A-Za-z0-9'_.-]+", text):
        if tok.startswith("&"):
            alts = synsets.get(tok.rstrip("_"), [])
            alts = sorted({a.split(" ")[0] for a in alts if a})
            if alts:
                out.append(alts)
            continue
        w = _clean_word(tok)
        if not w or w in ("$", "+", "%", "^"):
            continue
        for part in w.split(" "):
            if part:
                out.append([part])
    return out


def write_cameo_verbs(d: dict, out: Path) -> None:
    doc = {
        "_about": "CAMEO verb lemmas, multi-word verbs and phrase patterns with CAMEO event codes, "
        "derived by accord.events.build_data from the PETRARCH verb dictionary CAMEO.2.0.txt "
        "(openeventdata/petrarch2, last update 2015-04-30). Patterns: [pre-words, post-words, code]: "
        "each word a list of alternatives; '*' (the verb) sits between pre and post; null code = no event.",
        "_license": MIT,
        "_built": _dt.date.today().isoformat(),
        "verbs": d["verbs"],
        "blocks": d["blocks"],
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=0, sort_keys=False), encoding="utf-8")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[4] / "shared" / "data"))
    a = ap.parse_args(argv)
    shared = Path(a.shared)
    DATA.mkdir(exist_ok=True)
    rows = build_cameo_plover(shared / "plover" / "CAMEO2PLOVER-2021.txt")
    write_cameo_plover(rows, DATA / "cameo_plover.tsv")
    verbs = parse_cameo_verbs(shared / "reference" / "CAMEO.2.0.txt")
    write_cameo_verbs(verbs, DATA / "cameo_verbs.json")
    n_pat = sum(len(b["patterns"]) for b in verbs["blocks"].values())
    print(
        f"cameo_plover.tsv: {len(rows)} codes; cameo_verbs.json: {len(verbs['verbs'])} verbs, "
        f"{len(verbs['blocks'])} blocks, {n_pat} patterns"
    )


if __name__ == "__main__":
    main()
