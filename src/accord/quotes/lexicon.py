"""The cue lexicon (``lang/en/quotes/cues.tsv``) and the outlet words
(``lang/en/quotes/media.tsv``); a user's data folder can add rows to both."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import datafiles
from .vocabulary import LANG, WORDS

CUES = datafiles.lang_path(LANG, "quotes/cues.tsv")
MEDIA = datafiles.lang_path(LANG, "quotes/media.tsv")


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
    cls: str = ""  # the cue class of its first row (cues.tsv column "class")
    frame_cls: dict[str, str] = field(default_factory=dict)  # frame letter -> class, where rows differ


def _frame_flags() -> dict[str, str]:
    """Frame letters of cues.tsv -> the Cue flag each sets (the comments above)."""
    return datafiles.word_map(WORDS, "cue_frame_flags")


@dataclass
class Lexicon:
    verbs: dict[str, Cue]  # single-word verb lemmas
    particles: dict[str, dict[str, Cue]]  # verb lemma -> second word -> cue
    adverbials: dict[tuple[str, ...], Cue]  # lower-cased word tuples ("according", "to")
    media: frozenset[str]
    nouns: dict[str, Cue] = field(default_factory=dict)
    adjectives: dict[str, Cue] = field(default_factory=dict)


def _lines(relpath: str, key=(0,)):
    """The cells of each row of a knowledge file with a header line."""
    for row in datafiles.table(relpath, key=key):
        yield list(row)


@datafiles.cached
def load_lexicon() -> Lexicon:
    """The cue words (verbs, particle verbs, adverbial phrases, nouns and
    adjectives) and the outlet words, read once."""
    frame_flags = _frame_flags()
    verbs: dict[str, Cue] = {}
    particles: dict[str, dict[str, Cue]] = {}
    adverbials: dict[tuple[str, ...], Cue] = {}
    nouns: dict[str, Cue] = {}
    adjectives: dict[str, Cue] = {}
    for cols in _lines(CUES, key=(0, 1, 2)):
        if len(cols) < 3:
            continue
        lemma, kind, frames = cols[0].strip().lower(), cols[1].strip(), cols[2].strip()
        cls = cols[3].strip() if len(cols) > 3 else ""
        words = lemma.split()
        flist = [f.strip() for f in frames.split(",")]
        if all(f.startswith("n:") for f in flist):
            cue = nouns.setdefault(lemma, Cue(lemma))
            cue.kinds.add(kind)
            cue.preps.update(f[2:] for f in flist)
            cue.cls = cue.cls or cls
            continue
        if flist == ["j"]:
            cue = adjectives.setdefault(lemma, Cue(lemma))
            cue.kinds.add(kind)
            cue.cls = cue.cls or cls
            continue
        if "adv" in flist:
            cue = adverbials.setdefault(tuple(words), Cue(lemma, adverbial=True))
        elif len(words) == 2:
            cue = particles.setdefault(words[0], {}).setdefault(words[1], Cue(lemma, second=words[1]))
        else:
            cue = verbs.setdefault(lemma, Cue(lemma))
        cue.kinds.add(kind)
        cue.cls = cue.cls or cls
        for f in frames.split(","):
            f = f.strip()
            cue.frame_cls.setdefault(f[:1] if f.startswith("p:") else f, cls)
            if f in frame_flags:
                setattr(cue, frame_flags[f], True)
            elif f.startswith("p:"):
                cue.preps.add(f[2:])
    media = frozenset(cols[0].strip().lower() for cols in _lines(MEDIA) if cols and cols[0].strip())
    return Lexicon(verbs, particles, adverbials, media, nouns, adjectives)
