"""The two ways ``accord eval quotes`` scores a record against PolNeAR.

``attribution`` (the default): the record's quotes and, when it has them, its
``attributions`` against every PolNeAR attribution; the stretches of one
``utterance`` are merged into one discontinuous span first, as PolNeAR marks
a content interrupted by its cue as one attribution. On a record without
``utterance`` and ``attributions`` this is the scoring accord always had.

``speech``: what a newsroom counts. Quotes only, one per stretch; each gold
content is split at its gaps into stretches; only gold whose cue is a speech
or writing verb, an utterance noun or "according to" counts (the cue-word
list is data: ``lang/en/evaluate/quote_cues.tsv``), and a prediction that
matches an excluded gold attribution is ignored, neither right nor wrong.
The speaker is judged by name: right when the predicted speaker's span
overlaps the gold Source, or when the predicted speaker's full name ends in
the same name as the gold Source ("Donald Trump" for "President Trump").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from .. import datafiles
from .polnear import GoldAttribution

PROFILES = ("attribution", "speech")

CUES = datafiles.lang_path("en", "evaluate/quote_cues.tsv")

Spans = tuple[tuple[int, int], ...]
# a predicted quote for scoring: (content spans, speaker spans or None, speaker name or None)
Pred = tuple[Spans, Spans | None, str | None]

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*|[:\u2015\u2014\u2013]|--")
_POSSESSIVE = re.compile(r"'s?$")


@datafiles.cached
def _cue_words() -> tuple[frozenset, frozenset, dict]:
    return (
        datafiles.words(CUES, "speech_cues"),
        datafiles.words(CUES, "not_quote_words"),
        datafiles.word_map(CUES, "irregular_forms"),
    )


@datafiles.cached
def _stopwords() -> frozenset:
    return datafiles.words(CUES, "name_stopwords")


def lemma_in(word: str, lemmas: frozenset, irregular: dict) -> str | None:
    """The lemma of an English word form when it is in ``lemmas``: the
    irregular table first, then the suffix rules (-s, -es, -ies, -ed, -ied,
    -d, -ing, doubled consonants)."""
    w = word.lower()
    if w in irregular:
        w = irregular[w]
    cands = [w]
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            stem = w[: len(w) - len(suffix)] + repl
            cands.append(stem)
            if not repl and len(stem) > 2 and stem[-1] == stem[-2]:
                cands.append(stem[:-1])  # admitted -> admit
    for c in cands:
        if c in lemmas:
            return c
    return None


def speech_cue(cue_text: str | None) -> bool:
    """Is a gold cue a speech or writing cue (or "according to")? A cue with
    an act word ("called for", "called on") or a negation is not."""
    if not cue_text:
        return False
    lemmas, nots, irregular = _cue_words()
    words = _WORD.findall(cue_text.replace("\u2019", "'").replace("n't", " not"))
    if any(w.lower() in nots for w in words):
        return False
    return any(lemma_in(w, lemmas, irregular) for w in words)


def name_words(name: str | None) -> tuple[str, ...]:
    """The words of a name, lower-cased, without possessive endings and
    without "the", "a", "an", "of"."""
    if not name:
        return ()
    stop = _stopwords()
    out = []
    for w in re.findall(r"[^\W_]+(?:[-'][^\W_]+)*", name.replace("\u2019", "'").lower()):
        w = _POSSESSIVE.sub("", w)
        if w and w not in stop:
            out.append(w)
    return tuple(out)


def same_name(a: str | None, b: str | None) -> bool:
    """Two names agree when their word sets are equal ("China's Defence
    Ministry" and "the Defence Ministry of China")."""
    wa, wb = name_words(a), name_words(b)
    return bool(wa) and set(wa) == set(wb)


def _overlaps(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def speaker_by_name(text: str) -> Callable[[GoldAttribution, Pred], bool]:
    """The speech profile's speaker judge for one article."""

    def ok(g: GoldAttribution, p: Pred) -> bool:
        if p[1] and g.source and _overlaps(g.source, p[1]):
            return True
        gold = name_words(" ".join(text[s:e] for s, e in g.source or ()))
        pred = name_words(p[2])
        return bool(gold and pred) and gold[-1] == pred[-1]

    return ok


def _as_dict(q) -> dict:
    return q if isinstance(q, dict) else q.to_dict()


def _pred(d: dict, spans: Spans) -> Pred:
    sp = d.get("speaker")
    return (spans, ((sp["start"], sp["end"]),) if sp else None, (sp.get("name") or sp.get("text")) if sp else None)


def preds_of(
    quotes: Iterable, attributions: Iterable = (), merge_utterances: bool = True
) -> tuple[list[Pred], list[str]]:
    """Predictions and their kinds from a record's quotes (and attributions);
    with ``merge_utterances`` the stretches that share an ``utterance``
    become one prediction (spans in text order, the first speaker found)."""
    preds: list[Pred] = []
    kinds: list[str] = []
    groups: dict[tuple, int] = {}
    for tag, items in (("q", quotes), ("a", attributions)):
        for q in items:
            d = _as_dict(q)
            span = ((d["start"], d["end"]),)
            u = d.get("utterance")
            if merge_utterances and u is not None and (tag, u) in groups:
                i = groups[(tag, u)]
                spans, spk, name = preds[i]
                new = _pred(d, tuple(sorted(spans + span)))
                preds[i] = (new[0], spk or new[1], name or new[2])
                continue
            if merge_utterances and u is not None:
                groups[(tag, u)] = len(preds)
            preds.append(_pred(d, span))
            kinds.append(d.get("kind") or "direct")
    return preds, kinds


def record_preds(rec, profile: str) -> tuple[list[Pred], list[str]]:
    """A record's predictions under a profile."""
    d = _as_dict(rec)
    if profile == "speech":
        return preds_of(d.get("quotes") or [], merge_utterances=False)
    return preds_of(d.get("quotes") or [], d.get("attributions") or [])


# a gold stretch of fewer words is a fragment cut off by its cue ("which",
# "It was, the president said, ..."), not a quote of its own: it is not
# counted, and a prediction that matches it is ignored
MIN_STRETCH_WORDS = 3


def speech_gold(text: str, atts: Sequence[GoldAttribution]) -> tuple[list[GoldAttribution], list[bool]]:
    """Gold split at its gaps, one attribution per stretch, each with
    whether it counts (its cue is a speech cue and it has at least
    ``MIN_STRETCH_WORDS`` words)."""
    out: list[GoldAttribution] = []
    counted: list[bool] = []
    for a in atts:
        keep = speech_cue(" ".join(text[s:e] for s, e in a.cue)) if a.cue else False
        for part in a.content:
            out.append(GoldAttribution(content=(part,), source=a.source, cue=a.cue))
            counted.append(keep and len(text[part[0] : part[1]].split()) >= MIN_STRETCH_WORDS)
    return out, counted
