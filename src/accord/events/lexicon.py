"""Loads the events component's data files once (module-level cache).

* ``data/plover.json``        - categories: quad, intensity, default CAMEO code
* ``data/cameo_plover.tsv``   - CAMEO code -> PLOVER category, mode, contexts
* ``data/cameo_verbs.json``   - CAMEO verb lemmas and phrase patterns (PETRARCH, MIT)
* ``data/triggers.tsv``       - accord's own trigger rules for security news
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class CodeInfo:
    cameo: str
    type: str
    mode: Optional[str]
    context: tuple


@dataclass(frozen=True)
class TriggerRule:
    lemma: str
    pos: str  # VERB, NOUN, ANY
    args: frozenset  # empty = no requirement
    cameo: Optional[str]  # None = no event by default
    mode: Optional[str]
    context: Optional[tuple]
    off: bool = False  # "none": not an event, and the CAMEO patterns of the verb are off too


class Lexicon:
    def __init__(self, data_dir: Path = DATA):
        pj = json.loads((data_dir / "plover.json").read_text(encoding="utf-8"))
        self.categories: dict = pj["categories"]
        self.future_agree: dict = {k: v for k, v in pj["future_agree"].items() if not k.startswith("_")}
        self.future_agree_fine: dict = pj["future_agree_fine"]
        self.codes: dict[str, CodeInfo] = {}
        for row in _tsv(data_dir / "cameo_plover.tsv"):
            ctx = tuple(c for c in row["context"].split(",") if c)
            self.codes[row["cameo"]] = CodeInfo(row["cameo"], row["plover"], row["mode"] or None, ctx)
        cv = json.loads((data_dir / "cameo_verbs.json").read_text(encoding="utf-8"))
        self.verbs: dict = {}
        self.multiword: dict[str, list] = {}  # first word -> [(words, info)]
        for w, info in cv["verbs"].items():
            if " " in w:
                parts = w.split(" ")
                self.multiword.setdefault(parts[0], []).append((parts, info))
            else:
                self.verbs[w] = info
        self.blocks: dict = {}
        for name, b in cv["blocks"].items():
            pats = []
            for pre, post, code in b["patterns"]:
                pre_s = [frozenset(a) for a in pre]
                post_s = [frozenset(a) for a in post]
                words = frozenset(w for alts in pre + post for w in alts)
                pats.append((pre_s, post_s, code, len(pre) + len(post), words))
            # longest patterns first: the most specific phrase wins
            pats.sort(key=lambda p: -p[3])
            index: dict = {}  # word -> patterns that use it (a sentence only tries those)
            for pi, pat in enumerate(pats):
                for w in pat[4]:
                    index.setdefault(w, []).append(pi)
            self.blocks[name] = {"code": b["code"], "patterns": pats, "index": index}
        self.rules: dict[str, list[TriggerRule]] = {}
        for row in _tsv(data_dir / "triggers.tsv"):
            args = frozenset(a.strip() for a in row["args"].split(",") if a.strip() and a.strip() != "-")
            cameo = row["cameo"].strip()
            ctx = row.get("context", "").strip()
            rule = TriggerRule(
                lemma=row["lemma"].strip(),
                pos=row["pos"].strip(),
                args=args,
                cameo=None if cameo in ("-", "", "none") else cameo,
                off=cameo == "none",
                mode=row.get("mode", "").strip() or None,
                context=tuple(c for c in ctx.split(",") if c) if ctx else None,
            )
            self.rules.setdefault(rule.lemma, []).append(rule)

    def info(self, cameo: str) -> Optional[CodeInfo]:
        """CAMEO code -> PLOVER (falls back to shorter prefixes: 0312 -> 031)."""
        c = cameo
        while c:
            if c in self.codes:
                return self.codes[c]
            c = c[:-1]
        return None


def _tsv(path: Path) -> list[dict]:
    rows = []
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if header is None:
            header = parts
            continue
        parts += [""] * (len(header) - len(parts))
        rows.append(dict(zip(header, parts)))
    return rows


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
