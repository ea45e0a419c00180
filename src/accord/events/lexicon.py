"""Loads the events component's data files once (cached; read again when the
user's data folder changes). The TSV tables are read through
:func:`accord.datafiles.table`, so a user's ``events/data/triggers.tsv`` adds
or replaces trigger rows (a row is keyed by lemma, pos and args) and a user's
``events/data/cameo_plover.tsv`` adds or replaces codes.

* ``data/plover.json``        - categories: quad, intensity, default CAMEO code
* ``data/cameo_plover.tsv``   - CAMEO code -> PLOVER category, mode, contexts
* ``data/cameo_verbs.json``   - CAMEO verb lemmas and phrase patterns (PETRARCH, MIT)
* ``data/triggers.tsv``       - accord's own trigger rules for security news
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .. import datafiles

DATA = Path(__file__).parent / "data"
TRIGGERS = "events/data/triggers.tsv"
CAMEO_PLOVER = "events/data/cameo_plover.tsv"
#: British spellings and their American twins the tables list (a spelling rule, no vocabulary)
BRITISH_ENDINGS = (("isation", "ization"), ("ise", "ize"), ("yse", "yze"))


@dataclass(frozen=True)
class CodeInfo:
    cameo: str
    type: str
    mode: str | None
    context: tuple


@dataclass(frozen=True)
class TriggerRule:
    lemma: str
    pos: str  # VERB, NOUN, ANY
    args: frozenset  # empty = no requirement
    cameo: str | None  # None = no event by default
    mode: str | None
    context: tuple | None
    off: bool = False  # "none": not an event, and the CAMEO patterns of the verb are off too


def _json(name: str) -> dict:
    return json.loads(datafiles.package_path(f"events/data/{name}").read_text(encoding="utf-8"))


class Lexicon:
    """The PLOVER categories, the CAMEO -> PLOVER table, the CAMEO verb
    dictionary with its phrase patterns and accord's trigger rules."""

    def __init__(self):
        pj = _json("plover.json")
        self.categories: dict = pj["categories"]
        self.future_agree: dict = {k: v for k, v in pj["future_agree"].items() if not k.startswith("_")}
        self.future_agree_fine: dict = pj["future_agree_fine"]
        self.codes: dict[str, CodeInfo] = {}
        for row in (r.as_dict() for r in datafiles.table(CAMEO_PLOVER)):
            ctx = tuple(c for c in row["context"].split(",") if c)
            self.codes[row["cameo"]] = CodeInfo(row["cameo"], row["plover"], row["mode"] or None, ctx)
        cv = _json("cameo_verbs.json")
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
        for row in (r.as_dict() for r in datafiles.table(TRIGGERS, key=(0, 1, 2))):
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

    def spelled(self, lemma: str) -> str:
        """The lemma as the trigger rows and the CAMEO dictionary spell it: a British
        ``-ise``/``-isation``/``-yse`` form none of them lists takes its ``-ize`` twin
        where one is listed (``neutralise``, ``mobilisation``, ``paralyse``)."""
        if lemma in self.rules or lemma in self.verbs:
            return lemma
        for end, us in BRITISH_ENDINGS:
            if lemma.endswith(end):
                twin = lemma[: -len(end)] + us
                if twin in self.rules or twin in self.verbs:
                    return twin
        return lemma

    def info(self, cameo: str) -> CodeInfo | None:
        """CAMEO code -> PLOVER (falls back to shorter prefixes: 0312 -> 031)."""
        c = cameo
        while c:
            if c in self.codes:
                return self.codes[c]
            c = c[:-1]
        return None


@datafiles.cached
def lexicon() -> Lexicon:
    return Lexicon()
