"""An article record as highlighted HTML: mentions, quotes (speaker, cue)
and events (trigger, actor, recipient, sentence) marked in the text, each
piece escaped (:func:`accord.report.html.highlight`)."""

from __future__ import annotations

from markupsafe import Markup

from ..report.html import dyad_label, highlight, party


def _code(d: dict | None) -> str | None:
    return (d.get("code") or d.get("country") or d.get("org")) if d else None


def _text(d: dict | None) -> str | None:
    return (d.get("name") or d.get("text")) if d else None


def event_parties(e: dict) -> str:
    """The event's ``actor → recipient`` as the viewer shows it."""
    actor, rec = e.get("actor"), e.get("recipient")
    return dyad_label(_code(actor), _code(rec), _text(actor), _text(rec))


def quote_label(i: int, q: dict) -> str:
    sp = q.get("speaker") or {}
    who = sp.get("name") or sp.get("text") or "unattributed"
    code = f" ({sp['code']})" if sp.get("code") else ""
    text = q.get("text") or ""
    if len(text) > 160:
        text = text[:157] + "…"
    return f"quote {i} ({q.get('kind') or 'direct'}): {who}{code} → {text}"


def event_label(i: int, e: dict) -> str:
    parts = [f"event {i}: {e.get('type')}"]
    if e.get("cameo"):
        parts.append(f"CAMEO {e['cameo']}")
    parties = event_parties(e)
    if parties:
        parts.append(parties)
    trig = (e.get("trigger") or {}).get("text")
    if trig:
        parts.append(f"trigger “{trig}”")
    if e.get("date"):
        parts.append(e["date"])
    flags = [f for f in ("negated", "hypothetical", "future", "historical") if e.get(f)]
    if flags:
        parts.append("(" + ", ".join(flags) + ")")
    return " · ".join(parts)


def mention_label(m: dict) -> str:
    bits = [m.get("name") or m.get("text") or ""]
    if m.get("code"):
        bits.append(m["code"])
    if m.get("kind"):
        bits.append(m["kind"])
    if m.get("role"):
        bits.append(m["role"])
    return "mention: " + " · ".join(b for b in bits if b)


def spans(rec: dict) -> list[dict]:
    out: list[dict] = []
    for i, m in enumerate(rec.get("mentions") or []):
        out.append(
            {"start": m.get("start"), "end": m.get("end"), "cls": "mention", "title": mention_label(m), "refs": f"m{i}"}
        )
    for i, q in enumerate(rec.get("quotes") or []):
        out.append(
            {
                "start": q.get("start"),
                "end": q.get("end"),
                "cls": f"quote quote-{q.get('kind') or 'direct'}",
                "title": quote_label(i, q),
                "refs": f"q{i}",
                "anchor": f"q{i}",
            }
        )
        sp, cue = q.get("speaker"), q.get("cue")
        if sp:
            out.append(
                {
                    "start": sp.get("start"),
                    "end": sp.get("end"),
                    "cls": "speaker",
                    "title": f"speaker of quote {i}",
                    "refs": f"q{i}",
                }
            )
        if cue:
            out.append(
                {
                    "start": cue.get("start"),
                    "end": cue.get("end"),
                    "cls": "cue",
                    "title": f"cue of quote {i}",
                    "refs": f"q{i}",
                }
            )
    for i, e in enumerate(rec.get("events") or []):
        sent = e.get("sentence") or {}
        out.append({"start": sent.get("start"), "end": sent.get("end"), "refs": f"e{i}"})
        trig = e.get("trigger") or {}
        out.append(
            {
                "start": trig.get("start"),
                "end": trig.get("end"),
                "cls": f"trigger q-{(e.get('quad') or '')}",
                "title": event_label(i, e),
                "refs": f"e{i}",
                "anchor": f"e{i}",
            }
        )
        for side in ("actor", "recipient"):
            a = e.get(side)
            if a and a.get("end"):
                out.append(
                    {
                        "start": a.get("start"),
                        "end": a.get("end"),
                        "cls": f"ev-{side}",
                        "title": f"{side} of event {i}: {party(_code(a), _text(a))}",
                        "refs": f"e{i}",
                    }
                )
    return out


def article_html(rec: dict) -> Markup:
    """The record's text with every span marked (see :func:`spans`)."""
    return highlight(rec.get("text") or "", spans(rec))
