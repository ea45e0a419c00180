"""Reader for PolNeAR (networkdynamics/PolNeAR): BRAT standoff attributions.

A split folder holds ``text/NAME.txt`` and ``attributions/NAME_XXXX.ann``
(one file per annotator; some articles have two). Each ``.ann`` file has
``T`` lines (``T12<TAB>Label START END[;START END...]<TAB>text``) with the
labels Source, Cue, Content, Attribution (and a few others), and ``E`` lines
(``E3<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``) that tie one
attribution's parts together. Offsets are characters into the UTF-8 text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import AccordError

Spans = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    content: Spans
    source: Spans | None = None
    cue: Spans | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    ann_file: str | None = None


def _parse_spans(s: str) -> Spans | None:
    out = []
    for part in s.split(";"):
        bits = part.split()
        if len(bits) != 2:
            return None
        try:
            a, b = int(bits[0]), int(bits[1])
        except ValueError:
            return None
        out.append((a, b))
    return tuple(sorted(out)) if out else None


def parse_ann(text: str) -> list[GoldAttribution]:
    """The attributions of one ``.ann`` file: one per ``E`` line that has a
    Content part, plus any Content ``T`` no ``E`` line uses."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        if not line or line[0] not in "TE":
            continue  # notes, comments, continuation lines of multi-line texts
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        ident, body = cols[0], cols[1]
        if ident.startswith("T"):
            label, _, rest = body.partition(" ")
            sp = _parse_spans(rest)
            if sp:
                spans[ident] = (label, sp)
        elif ident.startswith("E"):
            parts = {}
            for arg in body.split():
                role, _, ref = arg.partition(":")
                if ref:
                    parts[role.rstrip("0123456789")] = ref
            events.append(parts)
    out: list[GoldAttribution] = []
    used: set[str] = set()
    for ev in events:
        c = ev.get("Content")
        if not c or c not in spans:
            continue
        used.add(c)
        src = ev.get("Source")
        cue = ev.get("Cue")
        out.append(
            GoldAttribution(
                content=spans[c][1],
                source=spans[src][1] if src in spans else None,
                cue=spans[cue][1] if cue in spans else None,
            )
        )
    for ident, (label, sp) in spans.items():
        if label == "Content" and ident not in used:
            out.append(GoldAttribution(content=sp))
    out.sort(key=lambda a: (a.start, a.end))
    return out


def read_split(path: str | Path, limit: int | None = None) -> Iterator[GoldArticle]:
    """Articles of a PolNeAR split folder, in sorted name order; each scored
    against the first ``.ann`` file (sorted) for its text."""
    root = Path(path)
    tdir, adir = root / "text", root / "attributions"
    if not tdir.is_dir() or not adir.is_dir():
        raise AccordError(f"{root}: not a PolNeAR split folder (expected text/ and attributions/ inside)")
    anns: dict[str, list[Path]] = {}
    for p in sorted(adir.glob("*.ann")):
        stem = p.stem.rsplit("_", 1)[0] if "_" in p.stem else p.stem
        anns.setdefault(stem, []).append(p)
    n = 0
    for tp in sorted(tdir.glob("*.txt")):
        if limit is not None and n >= limit:
            return
        files = anns.get(tp.stem)
        if not files:
            continue
        text = tp.read_text(encoding="utf-8")
        ann = files[0]
        yield GoldArticle(tp.stem, text, parse_ann(ann.read_text(encoding="utf-8")), ann.name)
        n += 1
