"""The cue lexicon (``data/cues.tsv``) and the outlet words (``data/media.tsv``)."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources


@dataclass
class Cue:
    lemma: str
    kinds: set[str] = field(default_factory=set)
    clause: bool = False  # c: clausal complement
    clause_strict: bool = False  # q: only a that/whether-clause, quote or colon
    obj: bool = False  # o
    inf: bool = False  # x
    preps: set[str] = field(default_factory=set)  # p:PREP
    adverbial: bool = False  # "according to X"
    raising: bool = False  # r: "X seems to Y"
    as_obj: bool = False  # a: "sees X as Y"
    human: bool = False  # h: only with a person or group as subject
    second: str = ""  # "point out": the second word


#: frame letters of cues.tsv -> the Cue flag each sets (the comments above)
_FRAME_FLAGS = {"c": "clause", "q": "clause_strict", "o": "obj", "x": "inf", "r": "raising",
                "a": "as_obj", "h": "human"}


@dataclass
class Lexicon:
    verbs: dict[str, Cue]  # single-word verb lemmas
    particles: dict[str, dict[str, Cue]]  # verb lemma -> second word -> cue
    adverbials: dict[tuple[str, ...], Cue]  # lower-cased word tuples ("according", "to")
    media: frozenset[str]
    nouns: dict[str, Cue] = field(default_factory=dict)
    adjectives: dict[str, Cue] = field(default_factory=dict)


def _lines(name: str):
    text = resources.files("accord.quotes").joinpath("data", name).read_text(encoding="utf-8")
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True  # the column names
            continue
        yield line.rstrip("\n").split("\t")


@functools.lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    verbs: dict[str, Cue] = {}
    particles: dict[str, dict[str, Cue]] = {}
    adverbials: dict[tuple[str, ...], Cue] = {}
    nouns: dict[str, Cue] = {}
    adjectives: dict[str, Cue] = {}
    for cols in _lines("cues.tsv"):
        if len(cols) < 3:
            continue
        lemma, kind, frames = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
        words = lemma.split()
        flist = [f.strip() for f in frames.split(",")]
        if all(f.startswith("n:") for f in flist):
            cue = nouns.setdefault(lemma, Cue(lemma))
            cue.kinds.add(kind)
            cue.preps.update(f[2:] for f in flist)
            continue
        if flist == ["j"]:
            adjectives.setdefault(lemma, Cue(lemma)).kinds.add(kind)
            continue
        if "adv" in flist:
            cue = adverbials.setdefault(tuple(words), Cue(lemma, adverbial=True))
        elif len(words) == 2:
            cue = particles.setdefault(words[0], {}).setdefault(words[1], Cue(lemma, second=words[1]))
        else:
            cue = verbs.setdefault(lemma, Cue(lemma))
        cue.kinds.add(kind)
        for f in frames.split(","):
            f = f.strip()
            if f in _FRAME_FLAGS:
                setattr(cue, _FRAME_FLAGS[f], True)
            elif f.startswith("p:"):
                cue.preps.add(f[2:])
    media = frozenset(cols[0].strip().lower() for cols in _lines("media.tsv") if cols and cols[0].strip())
    return Lexicon(verbs, particles, adverbials, media, nouns, adjectives)
