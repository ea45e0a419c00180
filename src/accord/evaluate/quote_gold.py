"""``accord eval quotes --dataset sample FOLDER``: the record's quotes against
the corpus's own exhaustive quote gold (``FOLDER/quotes_gold.json``).

The gold lists, per article, every quote a newsroom would count, one entry
per uninterrupted stretch: a ``content`` snippet unique in the article (and
``continues``, a snippet of the same stretch after a paragraph break), the
speaker's full name (or a list of accepted names), ``kind`` and
``cue_class``. The file's header says what counts as a quote.

Matching: a predicted quote matches an entry when it covers at least half of
the characters of the entry's content snippet; entries and predictions are
paired one to one, largest overlap first. A prediction that covers only the
``continues`` snippet of an entry matched already is ignored (a quotation
split at a paragraph break is not counted twice); one that covers it for an
entry still unmatched matches that entry. A matched prediction is attributed
right when its speaker's name (or, with no name, its speaker text) has the
same words as one of the entry's names (:func:`.quote_profiles.same_name`).

Figures: ``attributed_recall`` (entries matched with the right speaker /
entries), ``precision`` (predictions matched with the right speaker /
predictions counted), ``recall`` and ``content_precision`` (the same
without the speaker), ``speaker_accuracy`` (right speakers / matches),
``attributed_recall_<cue class>`` per gold cue class, ``cue_class_accuracy``
(matched predictions that carry a ``cue_class`` and give the gold's), and
the main ones for the translated-press articles (``translated_*``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AccordError
from . import share
from .quote_profiles import same_name
from .sets import in_set

GOLD_FILE = "quotes_gold.json"

# look-alike marks mapped one to one, so offsets do not move
_MARKS = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2018": "'", "\u2019": "'"}
)


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    attributed: int = 0
    misses: list = field(default_factory=list)
    wrong: list = field(default_factory=list)
    # per gold cue class: [entries, attributed]; cue classes of matched predictions that have one: [n, same]
    by_class: dict = field(default_factory=dict)
    cue_class: list = field(default_factory=lambda: [0, 0])

    def figures(self, prefix: str = "") -> dict:
        rec = share(self.attributed, self.gold)
        prec = share(self.attributed, self.predicted)
        return {
            f"{prefix}attributed_recall": rec,
            f"{prefix}precision": prec,
            f"{prefix}f1": round(2 * rec * prec / (rec + prec), 4) if rec and prec else 0.0,
            f"{prefix}recall": share(self.matched, self.gold),
            f"{prefix}content_precision": share(self.matched, self.predicted),
            f"{prefix}speaker_accuracy": share(self.attributed, self.matched),
            f"{prefix}gold": self.gold,
            f"{prefix}predicted": self.predicted,
            f"{prefix}matched": self.matched,
            f"{prefix}attributed": self.attributed,
            **{f"{prefix}attributed_recall_{k}": share(ok, n) for k, (n, ok) in sorted(self.by_class.items())},
            **(
                {f"{prefix}cue_class_accuracy": share(self.cue_class[1], self.cue_class[0])}
                if self.cue_class[0]
                else {}
            ),
        }


def load_gold(folder: Path) -> dict:
    path = folder / GOLD_FILE
    if not path.exists():
        raise AccordError(f"{path}: no quote gold in the corpus folder")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except ValueError as e:
        raise AccordError(f"{path}: not valid JSON ({e})") from None


def _locate(text: str, snippet: str | None, where: str) -> tuple[int, int] | None:
    if not snippet:
        return None
    pos = text.translate(_MARKS).find(snippet.translate(_MARKS))
    if pos < 0:
        raise AccordError(f"{where}: gold snippet {snippet!r} is not in the article's text")
    return pos, pos + len(snippet)


def _covered(span: tuple[int, int] | None, q: dict) -> float:
    """The share of a snippet's characters a predicted quote covers."""
    if span is None:
        return 0.0
    inter = min(span[1], q["end"]) - max(span[0], q["start"])
    return max(0, inter) / max(1, span[1] - span[0])


def speaker_right(entry: dict, q: dict) -> bool:
    names = entry.get("speaker")
    names = [names] if isinstance(names, str) else list(names or [])
    sp = q.get("speaker") or {}
    said = [sp.get("name"), sp.get("text")] if not sp.get("name") else [sp.get("name")]
    return any(same_name(s, n) for s in said if s for n in names)


def score_article(counts: Counts, entries: Sequence[dict], rec: dict, where: str = "") -> None:
    """Add one article's record (its ``quotes``) to the counts."""
    text, quotes = rec["text"], rec.get("quotes") or []
    spans = [(_locate(text, e["content"], where), _locate(text, e.get("continues"), where)) for e in entries]
    cands = sorted(
        ((_covered(sp[0], q), gi, pi) for gi, sp in enumerate(spans) for pi, q in enumerate(quotes)),
        key=lambda x: (-x[0], x[1], x[2]),
    )
    pair: dict[int, int] = {}
    used: set[int] = set()
    for v, gi, pi in cands:
        if v >= 0.5 and gi not in pair and pi not in used:
            pair[gi] = pi
            used.add(pi)
    ignored = 0
    for pi, q in enumerate(quotes):
        if pi in used:
            continue
        for gi, sp in enumerate(spans):
            if _covered(sp[1], q) >= 0.5:
                if gi in pair:
                    ignored += 1
                else:
                    pair[gi] = pi
                used.add(pi)
                break
    counts.gold += len(entries)
    counts.predicted += len(quotes) - ignored
    counts.matched += len(pair)
    for gi, e in enumerate(entries):
        q = quotes[pair[gi]] if gi in pair else None
        row = counts.by_class.setdefault(e.get("cue_class") or "speech", [0, 0])
        row[0] += 1
        if q is not None and q.get("cue_class"):
            counts.cue_class[0] += 1
            counts.cue_class[1] += q["cue_class"] == e.get("cue_class")
        if q is not None and speaker_right(e, q):
            counts.attributed += 1
            row[1] += 1
        elif q is not None:
            got = (q.get("speaker") or {}).get("name") or (q.get("speaker") or {}).get("text")
            counts.wrong.append(f"{where}: {e['content'][:40]!r} speaker {got!r}, not {e['speaker']!r}")
        else:
            counts.misses.append(f"{where}: missed {e['content'][:50]!r}")
    for pi, q in enumerate(quotes):
        if pi not in used:
            counts.wrong.append(f"{where}: not a gold quote {text[q['start'] : q['end']][:50]!r}")


def evaluate(
    folder: Path,
    nlp=None,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    subset: str | None = None,
) -> dict:
    """Score the sample corpus's records against its quote gold (only the
    articles whose entry carries ``"set": subset`` when it is given)."""
    from .sample import load_records

    gold = load_gold(folder)
    arts = gold.get("articles") or []
    if subset:
        arts = [a for a in arts if in_set(a, subset)]
        if not arts:
            raise AccordError(f"{folder}: no article of the quote gold carries the set {subset!r}")
    if limit:
        arts = arts[:limit]
    only = {a.get("article_id") or a["file"] for a in arts} if subset or limit else None
    records = load_records(folder, nlp, progress, only=only)
    total, translated = Counts(), Counts()
    for art in arts:
        where = art["file"] + (f":{art['article_id']}" if art.get("article_id") else "")
        rec = records.get(art.get("article_id") or "") or records.get(art["file"])
        if rec is None:
            raise AccordError(f"{where}: no record for this gold article")
        score_article(total, art["quotes"], rec, where)
        if art.get("style") == "translated-press":
            score_article(translated, art["quotes"], rec, where)
    out = {"dataset": "sample", "articles": len(arts)}
    out.update(total.figures())
    out.update(
        {
            k: v
            for k, v in translated.figures("translated_").items()
            if k.split("_", 1)[1] in ("attributed_recall", "precision", "gold", "predicted")
        }
    )
    out["misses_sample"] = total.misses[:10]
    out["wrong_sample"] = total.wrong[:10]
    return out
