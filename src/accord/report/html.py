"""Safe HTML from article text and character offsets.

Every piece of article text goes through :func:`markupsafe.escape`; markup
is only ever built around escaped pieces, so a ``<script>`` in a title, a
quote or the text shows as text.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape


def highlight(text: str, spans: Iterable[dict], base: int = 0, tag: str = "span") -> Markup:
    """``text`` as HTML with ``spans`` marked. A span is a dict with
    ``start``, ``end`` (offsets into the text ``text`` was cut from, so
    ``base`` is subtracted), ``cls``, optional ``title``, ``refs`` (words
    for a ``data-refs`` attribute) and ``anchor`` (an element id placed on
    the span's first piece). Spans may overlap: the text is cut at every
    boundary and each piece carries the classes, titles and refs of all the
    spans covering it."""
    n = len(text)
    items = []
    for sp in spans:
        s, e = sp.get("start"), sp.get("end")
        if s is None or e is None:
            continue
        s, e = max(0, s - base), min(n, e - base)
        if s < e:
            items.append((s, e, sp))
    if not items:
        return Markup(escape(text))
    bounds = sorted({0, n, *(s for s, _, _ in items), *(e for _, e, _ in items)})
    starts: dict[int, list] = {}
    for it in items:
        starts.setdefault(it[0], []).append(it)
    active: list = []
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active = [it for it in active if it[1] > a] + starts.get(a, [])
        piece = escape(text[a:b])
        if not active:
            out.append(piece)
            continue
        classes = list(dict.fromkeys(c for _, _, sp in active for c in str(sp.get("cls") or "").split()))
        titles = list(dict.fromkeys(sp["title"] for _, _, sp in active if sp.get("title")))
        refs = list(dict.fromkeys(r for _, _, sp in active for r in str(sp.get("refs") or "").split()))
        anchors = [sp["anchor"] for s, _, sp in active if s == a and sp.get("anchor")]
        attrs = []
        if anchors:
            attrs.append(f' id="{escape(anchors[0])}"')
        if classes:
            attrs.append(f' class="{escape(" ".join(classes))}"')
        if titles:
            attrs.append(f' title="{escape(" | ".join(titles))}"')
        if refs:
            attrs.append(f' data-refs="{escape(" ".join(refs))}"')
        out.append(f"<{tag}{''.join(attrs)}>{piece}</{tag}>")
    return Markup("".join(out))


def evidence_sentence(item: dict) -> Markup:
    """An evidence item's sentence (see :func:`accord.analysis.evidence.fetch_evidence`)
    with its trigger marked and its actor and recipient underlined."""
    spans = []
    for key, cls in (("actor_span", "ev-actor"), ("recipient_span", "ev-recipient"), ("trigger", "trigger")):
        sp: tuple | None = item.get(key)
        if sp:
            spans.append({"start": sp[0], "end": sp[1], "cls": cls})
    return highlight(item.get("sentence") or "", spans, tag="mark")


def party(code: str | None, text: str | None = None) -> str | None:
    """An event party as shown: its code, else its own words in quotation
    marks (a party present in the text but not coded), else None."""
    if code:
        return code
    text = " ".join((text or "").split())
    return f"\u201c{text}\u201d" if text else None


def dyad_label(actor=None, recipient=None, actor_text=None, recipient_text=None) -> str:
    """``actor → recipient`` for one event, never with a ``?``: an uncoded
    party shows its words, a missing recipient is left out."""
    a, r = party(actor, actor_text), party(recipient, recipient_text)
    if a and r:
        return f"{a} \u2192 {r}"
    return a or (f"\u2192 {r}" if r else "")
