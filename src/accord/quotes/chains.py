"""A quotation in several pieces: one over several paragraphs (each reopened,
closed only at the end) and one interrupted by its attribution ('"A," she
said, "B."'). Both run after :mod:`.direct` has attributed each piece."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from .marks import MarkSpan
from .spans import _MARK_CHARS, quote_at

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def join_chains(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """A quotation over several paragraphs (each reopened, closed only at
    the end) is one quote with one speaker; the cue may stand in the first
    paragraph or the last."""
    chains: list[list[MarkSpan]] = []
    for m in ctx.marks:
        if m.continued and chains and chains[-1][-1].continues:
            chains[-1].append(m)
        elif m.continues:
            chains.append([m])
    if not chains:
        return quotes
    drop: set[int] = set()
    added: list[Quote] = []
    direct_at: dict[int, list[int]] = {}  # start -> the direct quotes starting there
    for k, q in enumerate(quotes):
        if q.kind == "direct":
            direct_at.setdefault(q.start, []).append(k)
    for chain in chains:
        members = sorted(k for m in chain for k in direct_at.get(m.start, ()))
        if len(members) < 2:
            continue
        qs = [quotes[k] for k in members]
        spk = next((q for q in qs if q.speaker is not None and q.cue is not None), None) or next(
            (q for q in qs if q.speaker is not None), None
        )
        s, e = qs[0].start, max(q.end for q in qs)
        added.append(
            quote_at(
                ctx,
                s,
                e,
                Speaker(**spk.speaker.__dict__) if spk else None,
                spk.cue if spk else None,
                "direct",
                spk.cue_class if spk else None,
                spk.medium if spk else None,
            )
        )
        drop.update(members)
    if not added:
        return quotes
    out = [q for k, q in enumerate(quotes) if k not in drop] + added
    out.sort(key=lambda q: (q.start, q.end))
    return out


def merge_interrupted(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """'"A," she said, "B."' and '"A," she said. "B."': two stretches of one
    utterance - two quotes with one speaker and cue, linked in
    ``ctx.utterances`` (a report between the halves stays a quote of its own)."""
    text = ctx.text
    out: list[Quote] = []
    for q in quotes:
        if q.kind == "direct":
            for k in range(len(out) - 1, max(-1, len(out) - 4), -1):
                p = out[k]
                if p.kind != "direct" or p.cue is None:
                    continue
                if not (0 < q.start - p.end <= 250 and p.end <= p.cue.start < q.start):
                    continue
                gap = text[p.end : q.start]
                if "\n" in gap or len(gap.split()) > 40:
                    continue
                if len(gap) > 0.8 * ((p.end - p.start) + (q.end - q.start)):
                    # a long aside between the halves: two quotes, one speaker
                    if q.speaker is None and q.cue is None:
                        q.speaker, q.cue, q.cue_class = p.speaker, p.cue, p.cue_class
                        ctx.utterances.append((id(p), id(q)))
                        ctx.linked.extend((p, q))
                    continue
                body = text[p.start : p.end].rstrip(_MARK_CHARS + " ")
                if not body or body[-1] not in ",\u2014-?!:;":
                    continue
                if not gap.rstrip().endswith((",", ":", "\u2014", "-", ".")):
                    continue
                if q.cue is not None and q.cue.start != p.cue.start:
                    continue
                # one utterance in two stretches: two quotes, one speaker, one utterance
                p.speaker = q.speaker = p.speaker or q.speaker
                q.cue, q.cue_class, q.medium = p.cue, p.cue_class, p.medium or q.medium
                ctx.utterances.append((id(p), id(q)))
                ctx.linked.extend((p, q))
                break
        out.append(q)
    out.sort(key=lambda x: (x.start, x.end))
    return out
