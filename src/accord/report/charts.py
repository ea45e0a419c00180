"""Hand-written SVG charts: no JavaScript library, no network, every label
escaped. Each chart returns :class:`markupsafe.Markup`; marks can link to an
anchor (``href``) and carry a tooltip (``<title>``)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

QUAD_COLORS = {
    "verbal_cooperation": "#8cc9a0",
    "material_cooperation": "#2e7d4f",
    "verbal_conflict": "#f0a35e",
    "material_conflict": "#c0392b",
}
QUAD_LABELS = {
    "verbal_cooperation": "verbal cooperation",
    "material_cooperation": "material cooperation",
    "verbal_conflict": "verbal conflict",
    "material_conflict": "material conflict",
}
PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"]
FONT = "font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif"


def _f(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def _a(href: str | None, inner: str) -> str:
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    exp = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if v <= m * exp:
            return m * exp
    return 10 * exp


def _ticks(vmax: float, n: int | None = None) -> list[float]:
    """Evenly spaced ticks from 0 to ``vmax``; without ``n``, the first of 5,
    4 or 2 intervals whose step is a whole number (counts)."""
    if n is None:
        n = next((k for k in (5, 4, 2) if float(vmax / k).is_integer()), 4)
    step = vmax / n
    return [step * i for i in range(n + 1)]


def _svg(width: int, height: int, body: list[str], label: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label="{escape(label)}" style="max-width:{width}px;{FONT}">' + "".join(body) + "</svg>"
    )


def _legend(items: Sequence[tuple[str, str]], x: float, y: float, step: float = 165) -> list[str]:
    out = []
    for i, (name, color) in enumerate(items):
        xx = x + i * step
        out.append(
            f'<rect x="{_f(xx)}" y="{_f(y - 9)}" width="11" height="11" fill="{escape(color)}"/>'
            f'<text x="{_f(xx + 15)}" y="{_f(y)}" font-size="11" fill="#333">{escape(name)}</text>'
        )
    return out


def stacked_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    hrefs: Sequence[str | None] | None = None,
    width: int = 900,
    height: int = 300,
    label: str = "stacked bar chart",
    y_label: str = "events",
) -> Markup:
    """Vertical stacked bars: one bar per category, one segment per series
    (``(name, color, values)``); bar *i* links to ``hrefs[i]``."""
    left, right, top, bottom = 46, 10, 28, 52
    pw, ph = width - left - right, height - top - bottom
    totals = [sum(s[2][i] for s in series) for i in range(len(categories))]
    vmax = max(4.0, _nice_max(max(totals, default=0)))  # counts: whole-number ticks
    body = _legend([(n, c) for n, c, _ in series], left, 14)
    for t in _ticks(vmax):
        y = top + ph - ph * t / vmax
        body.append(
            f'<line x1="{left}" x2="{left + pw}" y1="{_f(y)}" y2="{_f(y)}" stroke="#e3e3e3"/>'
            f'<text x="{left - 6}" y="{_f(y + 4)}" font-size="10" text-anchor="end" fill="#555">{_f(t)}</text>'
        )
    body.append(
        f'<text x="12" y="{_f(top + ph / 2)}" font-size="11" fill="#555" '
        f'transform="rotate(-90 12 {_f(top + ph / 2)})" text-anchor="middle">{escape(y_label)}</text>'
    )
    n = max(1, len(categories))
    slot = pw / n
    bw = min(48.0, max(2.0, slot * 0.78))
    every = max(1, math.ceil(n / 24))
    for i, cat in enumerate(categories):
        x = left + slot * i + (slot - bw) / 2
        y = top + ph
        segs = []
        for name, color, values in series:
            v = values[i]
            if v <= 0:
                continue
            h = ph * v / vmax
            y -= h
            segs.append(
                f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(bw)}" height="{_f(h)}" fill="{escape(color)}">'
                f"<title>{escape(cat)}: {_f(v)} {escape(name)}</title></rect>"
            )
        tip = f"<title>{escape(cat)}: {_f(totals[i])} {escape(y_label)}</title>"
        hit = (
            f'<rect x="{_f(left + slot * i)}" y="{top}" width="{_f(slot)}" height="{_f(ph)}" '
            f'fill="transparent">{tip}</rect>'
        )
        body.append(_a(hrefs[i] if hrefs else None, f'<g class="bar">{hit}{"".join(segs)}</g>'))
        if i % every == 0:
            cx = left + slot * i + slot / 2
            body.append(
                f'<text x="{_f(cx)}" y="{top + ph + 14}" font-size="10" fill="#444" text-anchor="end" '
                f'transform="rotate(-40 {_f(cx)} {top + ph + 14})">{escape(cat)}</text>'
            )
    body.append(f'<line x1="{left}" x2="{left + pw}" y1="{top + ph}" y2="{top + ph}" stroke="#999"/>')
    return _svg(width, height, body, label)


def diverging_bars(
    labels: Sequence[str],
    positive: Sequence[float],
    negative: Sequence[float],
    hrefs: Sequence[str | None] | None = None,
    width: int = 900,
    pos_name: str = "cooperation",
    neg_name: str = "conflict",
    pos_color: str = "#2e7d4f",
    neg_color: str = "#c0392b",
    label: str = "bar chart",
) -> Markup:
    """Horizontal bars: ``positive`` to the right, ``negative`` to the left
    of a shared axis, one row per label linking to ``hrefs[i]``."""
    row_h, top, left_lab = 22, 30, 150
    height = top + row_h * len(labels) + 24
    pw = width - left_lab - 20
    mid = left_lab + pw / 2
    vmax = max(2.0, _nice_max(max([*positive, *negative, 1])))
    half = pw / 2
    body = _legend([(neg_name, neg_color), (pos_name, pos_color)], left_lab, 14, step=120)
    for t in _ticks(vmax, 2):
        for sgn in (1, -1):
            x = mid + sgn * half * t / vmax
            body.append(
                f'<line x1="{_f(x)}" x2="{_f(x)}" y1="{top - 4}" y2="{top + row_h * len(labels)}" '
                f'stroke="#e6e6e6"/><text x="{_f(x)}" y="{top + row_h * len(labels) + 14}" font-size="10" '
                f'text-anchor="middle" fill="#555">{_f(t)}</text>'
            )
    for i, lab in enumerate(labels):
        y = top + row_h * i
        p, q = positive[i], negative[i]
        wp, wq = half * p / vmax, half * q / vmax
        inner = (
            f'<rect x="0" y="{y}" width="{width}" height="{row_h}" fill="transparent">'
            f"<title>{escape(lab)}: {_f(p)} {escape(pos_name)}, {_f(q)} {escape(neg_name)}</title></rect>"
            f'<text x="{left_lab - 8}" y="{y + 15}" font-size="11.5" text-anchor="end" fill="#222">{escape(lab)}</text>'
            f'<rect x="{_f(mid - wq)}" y="{y + 4}" width="{_f(wq)}" height="{row_h - 8}" fill="{neg_color}"/>'
            f'<rect x="{_f(mid)}" y="{y + 4}" width="{_f(wp)}" height="{row_h - 8}" fill="{pos_color}"/>'
        )
        if p:
            inner += f'<text x="{_f(mid + wp + 4)}" y="{y + 15}" font-size="10" fill="#333">{_f(p)}</text>'
        if q:
            inner += (
                f'<text x="{_f(mid - wq - 4)}" y="{y + 15}" font-size="10" fill="#333" text-anchor="end">{_f(q)}</text>'
            )
        body.append(_a(hrefs[i] if hrefs else None, f'<g class="row">{inner}</g>'))
    body.append(f'<line x1="{_f(mid)}" x2="{_f(mid)}" y1="{top - 4}" y2="{top + row_h * len(labels)}" stroke="#777"/>')
    return _svg(width, height, body, label)


def line_chart(
    xs: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    hrefs: Sequence[Sequence[str | None]] | None = None,
    ymin: float = -1.0,
    ymax: float = 1.0,
    width: int = 900,
    height: int = 320,
    label: str = "line chart",
    y_label: str = "",
    band_labels: tuple[str, str] = ("", ""),
) -> Markup:
    """Lines over categories ``xs``; a series is ``(name, values)`` with
    ``None`` for gaps; point *j* of series *i* links to ``hrefs[i][j]``."""
    left, right, top, bottom = 54, 12, 30, 46
    pw, ph = width - left - right, height - top - bottom
    n = max(1, len(xs))
    step = pw / max(1, n - 1) if n > 1 else 0

    def X(j):
        return left + (step * j if n > 1 else pw / 2)

    def Y(v):
        return top + ph - ph * (v - ymin) / (ymax - ymin)

    body = _legend([(name, PALETTE[i % len(PALETTE)]) for i, (name, _) in enumerate(series)], left, 14, step=90)
    for t in (ymin, (ymin + ymax) / 2, ymax, ymin + (ymax - ymin) / 4, ymin + 3 * (ymax - ymin) / 4):
        y = Y(t)
        stroke = "#999" if abs(t) < 1e-9 else "#e6e6e6"
        body.append(
            f'<line x1="{left}" x2="{left + pw}" y1="{_f(y)}" y2="{_f(y)}" stroke="{stroke}"/>'
            f'<text x="{left - 6}" y="{_f(y + 4)}" font-size="10" text-anchor="end" fill="#555">{t:+.1f}</text>'
        )
    if band_labels[0]:
        body.append(
            f'<text x="{left + pw - 4}" y="{top + 12}" font-size="11" text-anchor="end" '
            f'fill="#777">{escape(band_labels[0])}</text>'
        )
    if band_labels[1]:
        body.append(
            f'<text x="{left + pw - 4}" y="{top + ph - 6}" font-size="11" text-anchor="end" '
            f'fill="#777">{escape(band_labels[1])}</text>'
        )
    if y_label:
        body.append(
            f'<text x="12" y="{_f(top + ph / 2)}" font-size="11" fill="#555" text-anchor="middle" '
            f'transform="rotate(-90 12 {_f(top + ph / 2)})">{escape(y_label)}</text>'
        )
    every = max(1, math.ceil(n / 20))
    for j, x in enumerate(xs):
        if j % every == 0:
            body.append(
                f'<text x="{_f(X(j))}" y="{top + ph + 16}" font-size="10" fill="#444" '
                f'text-anchor="middle">{escape(x)}</text>'
            )
    for i, (name, values) in enumerate(series):
        color = PALETTE[i % len(PALETTE)]
        run: list[str] = []
        paths = []
        for j, v in enumerate(values):
            if v is None:
                if len(run) > 1:
                    paths.append(run)
                run = []
                continue
            run.append(f"{_f(X(j))},{_f(Y(v))}")
        if len(run) > 1:
            paths.append(run)
        for pts in paths:
            body.append(f'<polyline points="{" ".join(pts)}" fill="none" stroke="{color}" stroke-width="2"/>')
        for j, v in enumerate(values):
            if v is None:
                continue
            dot = (
                f'<circle cx="{_f(X(j))}" cy="{_f(Y(v))}" r="4" fill="{color}" stroke="#fff">'
                f"<title>{escape(name)} {escape(xs[j])}: {v:+.2f}</title></circle>"
            )
            body.append(_a(hrefs[i][j] if hrefs else None, dot))
    return _svg(width, height, body, label)


def network(
    nodes: Sequence[dict], edges: Sequence[dict], pos: dict, width: int = 900, height: int = 620, label: str = "network"
) -> Markup:
    """Nodes (``id``, ``label``, ``events``, ``color``, optional ``href``)
    at ``pos[id]`` in [0, 1]²; edges (``source``, ``target``, ``weight``,
    ``net``, optional ``href``, ``title``): green for net cooperation, red
    for net conflict, grey when even; width grows with the weight."""
    pad = 48
    body = _legend([("net cooperation", "#2e7d4f"), ("net conflict", "#c0392b"), ("even", "#999999")], 12, 16, step=130)

    def P(n):
        x, y = pos[n]
        return pad + x * (width - 2 * pad), pad + 12 + y * (height - 2 * pad - 12)

    wmax = max([e["weight"] for e in edges] or [1])
    for e in sorted(edges, key=lambda e: e["weight"]):
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = P(e["source"]), P(e["target"])
        color = "#2e7d4f" if e["net"] > 0 else "#c0392b" if e["net"] < 0 else "#999999"
        w = 0.8 + 7 * math.sqrt(e["weight"] / wmax)
        title = e.get("title") or f"{e['source']} – {e['target']}: {e['weight']}"
        line = (
            f'<line x1="{_f(x1)}" y1="{_f(y1)}" x2="{_f(x2)}" y2="{_f(y2)}" stroke="{color}" '
            f'stroke-opacity="0.55" stroke-width="{_f(w)}" stroke-linecap="round">'
            f"<title>{escape(title)}</title></line>"
        )
        body.append(_a(e.get("href"), line))
    emax = max([n["events"] for n in nodes] or [1])
    for n in nodes:
        if n["id"] not in pos:
            continue
        x, y = P(n["id"])
        r = 5 + 17 * math.sqrt(n["events"] / emax)
        shape = (
            f'<rect x="{_f(x - r)}" y="{_f(y - r)}" width="{_f(2 * r)}" height="{_f(2 * r)}" rx="4"'
            if n.get("kind") == "org"
            else f'<circle cx="{_f(x)}" cy="{_f(y)}" r="{_f(r)}"'
        )
        node = (
            f'<g class="node">{shape} fill="{escape(n.get("color") or "#4a6fa5")}" stroke="#fff" '
            f'stroke-width="1.5"><title>{escape(n.get("label") or n["id"])}: {n["events"]} events</title>'
            f"{'</rect>' if n.get('kind') == 'org' else '</circle>'}"
            f'<text x="{_f(x)}" y="{_f(y + r + 12)}" font-size="11" text-anchor="middle" fill="#222" '
            f'font-weight="600">{escape(n["id"])}</text></g>'
        )
        body.append(_a(n.get("href"), node))
    return _svg(width, height, body, label)
