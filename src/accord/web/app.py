"""The local viewer: a Starlette app over a read-only store.

Every HTML page has a JSON twin under ``/api``; errors come back as JSON for
``/api`` paths and as an HTML page otherwise. The database is opened
read-only once; each request works on its own cursor (DuckDB connections
are not thread-safe, cursors are independent connections). Article text is
escaped by Jinja2's autoescape and by :func:`accord.report.html.highlight`;
static files come only from the package's ``static`` folder.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import __version__, store
from ..analysis.events import EVENT_TYPES, QUADS, normalize_types, period_range
from ..analysis.evidence import fetch_evidence
from ..errors import AccordError
from ..readers import parse_date
from ..report import charts
from ..report.html import dyad_label, evidence_sentence
from . import queries
from .article import article_html, event_label, event_parties, quote_label

log = logging.getLogger(__name__)

MAX_LIMIT = 1000


# ----------------------------------------------------------------- helpers
def _int(request: Request, name: str, default: int, lo: int = 0, hi: int | None = None) -> int:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        v = int(raw)
    except ValueError:
        raise HTTPException(400, f"parameter {name!r} must be a whole number, not {raw!r}") from None
    if v < lo or (hi is not None and v > hi):
        raise HTTPException(400, f"parameter {name!r} must be between {lo} and {hi if hi is not None else '∞'}")
    return v


def _date(request: Request, name: str) -> str | None:
    raw = (request.query_params.get(name) or "").strip()
    if not raw:
        return None
    d = parse_date(raw)
    if d is None or len(raw) != 10:
        raise HTTPException(400, f"parameter {name!r} must be an ISO date (YYYY-MM-DD), not {raw!r}")
    return d


def _text(request: Request, name: str, max_len: int = 200) -> str | None:
    raw = (request.query_params.get(name) or "").strip()
    if len(raw) > max_len:
        raise HTTPException(400, f"parameter {name!r} is too long")
    return raw or None


def _choice(request: Request, name: str, choices, default: str) -> str:
    raw = request.query_params.get(name) or default
    if raw not in choices:
        raise HTTPException(400, f"parameter {name!r} must be one of {', '.join(choices)}, not {raw!r}")
    return raw


def _types(request: Request) -> list[str] | None:
    vals = [v for v in request.query_params.getlist("type") if v.strip()]
    try:
        return normalize_types(vals)
    except AccordError as e:
        raise HTTPException(400, str(e)) from None


def _code(request: Request, name: str) -> str | None:
    v = _text(request, name, 40)
    return v.upper() if v else None


def _is_api(request: Request) -> bool:
    return request.url.path == "/api" or request.url.path.startswith("/api/")


@contextlib.contextmanager
def _cursor(request: Request):
    with request.app.state.lock:  # the shared connection only hands out cursors, one at a time
        cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


class _Namer:
    """Country names from the knowledge base, codes when it is missing."""

    def __init__(self, knowledge: Any = None):
        self.mem = None
        try:
            from ..analysis.membership import Memberships

            self.mem = Memberships(knowledge)
        except AccordError:
            pass

    def __call__(self, code: str | None) -> str:
        if not code:
            return ""
        return self.mem.name(code) if self.mem else code


# -------------------------------------------------------------------- pages
def home(request: Request):
    with _cursor(request) as con:
        figures = store.stats(con)
    if _is_api(request):
        return JSONResponse(figures)
    return _page(request, "home.html", figures=figures)


def articles(request: Request):
    q = _text(request, "q")
    language = _text(request, "language", 20)
    limit = _int(request, "limit", 50, 1, MAX_LIMIT)
    offset = _int(request, "offset", 0, 0)
    with _cursor(request) as con:
        data = queries.list_articles(con, q=q, limit=limit, offset=offset, language=language)
    if _is_api(request):
        return JSONResponse(data)
    return _page(request, "articles.html", data=data, pager=_pager(request, data))


def article(request: Request):
    article_id = request.path_params["article_id"]
    with _cursor(request) as con:
        rec = queries.get_article(con, article_id)
    if rec is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    if _is_api(request):
        return JSONResponse(rec)
    quotes = [{"i": i, "label": quote_label(i, q), "q": q} for i, q in enumerate(rec.get("quotes") or [])]
    events = [{"i": i, "label": event_label(i, e), "e": e} for i, e in enumerate(rec.get("events") or [])]
    return _page(request, "article.html", rec=rec, body=article_html(rec), quotes=quotes, events=events)


def events(request: Request):
    types = _types(request)
    actor, recipient = _code(request, "actor"), _code(request, "recipient")
    since, until = _date(request, "since"), _date(request, "until")
    limit = _int(request, "limit", 50, 1, MAX_LIMIT)
    offset = _int(request, "offset", 0, 0)
    with _cursor(request) as con:
        data = queries.list_events(
            con, types=types, actor=actor, recipient=recipient, since=since, until=until, limit=limit, offset=offset
        )
        fac = queries.facets(con) if not _is_api(request) else None
    if _is_api(request):
        for i in data["items"]:
            i.pop("_evidence", None)
        return JSONResponse(data)
    for i in data["items"]:
        i["html"] = evidence_sentence(i.pop("_evidence")) if i.get("_evidence") else ""
    return _page(request, "events.html", data=data, facets=fac, all_types=EVENT_TYPES, pager=_pager(request, data))


def map_page(request: Request):
    """Event places on the world map, filtered as the events table is; each
    place links to its evidence sentences below the map."""
    from ..report import mapdata, worldmap

    types = _types(request)
    actor, recipient = _code(request, "actor"), _code(request, "recipient")
    since, until = _date(request, "since"), _date(request, "until")
    cap = _int(request, "evidence", mapdata.EVIDENCE_CAP, 1, 50)
    with _cursor(request) as con:
        data = mapdata.map_data(con, types=types, actor=actor, recipient=recipient, since=since, until=until, cap=cap)
        evidence = fetch_evidence(con, [r for p in data["places"] for r in p["refs"]]) if not _is_api(request) else {}
        fac = queries.facets(con) if not _is_api(request) else None
    filters = {"type": types, "actor": actor, "recipient": recipient, "since": since, "until": until}
    if _is_api(request):
        return JSONResponse({**data, "filters": filters})
    for i, p in enumerate(data["places"]):
        p["href"] = f"#place-{i}"
        p["items"] = [{**evidence[r], "html": evidence_sentence(evidence[r])} for r in p["refs"] if r in evidence]
    name = request.app.state.namer
    svg = worldmap.draw(data["places"], data["countries"], name=name, label="event places on the world map")
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "evidence" and v])
    return _page(
        request, "map.html", data={**data, "filters": filters}, svg=svg, facets=fac, all_types=EVENT_TYPES, query=query
    )


def dyads_page(request: Request):
    from ..analysis.dyads import dyads, top_dyads

    types = _types(request)
    since, until = _date(request, "since"), _date(request, "until")
    count = _choice(request, "count", ("daily", "all"), "daily")
    by = _choice(request, "by", ("all", "month", "quarter", "year"), "all")
    limit = _int(request, "limit", 100, 1, MAX_LIMIT)
    with _cursor(request) as con:
        rows = dyads(con, by=by, since=since, until=until, types=types, count=count)
    if _is_api(request):
        return JSONResponse({"by": by, "count": count, "total": len(rows), "rows": rows[:limit]})
    name = request.app.state.namer
    ranked = top_dyads(rows, n=limit)
    for d in ranked:
        d.pop("evidence", None)
        d["actor_name"], d["recipient_name"] = name(d["actor"]), name(d["recipient"])
    return _page(
        request,
        "dyads.html",
        rows=ranked,
        count=count,
        since=since,
        until=until,
        types=types or [],
        all_types=EVENT_TYPES,
    )


def dyad_page(request: Request):
    from ..analysis.dyads import dyads

    actor = request.path_params["actor"].upper()
    recipient = request.path_params["recipient"].upper()
    count = _choice(request, "count", ("daily", "all"), "daily")
    by = _choice(request, "by", ("month", "quarter", "year"), "month")
    with _cursor(request) as con:
        rows = dyads(con, by=by, count=count, evidence=True, actor=actor, recipient=recipient)
        if not rows:
            known = con.execute(
                "SELECT count(*) FROM events WHERE ? IN (actor_country, actor_org) OR ? IN (recipient_country, recipient_org)",
                [actor, recipient],
            ).fetchone()[0]
            if not known:
                raise HTTPException(404, f"no events for the dyad {actor} → {recipient}")
        refs = [(x["article_id"], x["idx"]) for r in rows for x in r["evidence"]]
        ev = fetch_evidence(con, refs[:500])
    if _is_api(request):
        return JSONResponse({"actor": actor, "recipient": recipient, "by": by, "count": count, "rows": rows})
    periods = period_range(min(r["first_day"] for r in rows), max(r["last_day"] for r in rows), by) if rows else []
    cnt = {(r["period"], r["quad"]): r["events"] for r in rows}
    chart = charts.stacked_bars(
        periods,
        [(charts.QUAD_LABELS[q], charts.QUAD_COLORS[q], [cnt.get((p, q), 0) for p in periods]) for q in QUADS],
        hrefs=["#p-" + p if any((p, q) in cnt for q in QUADS) else None for p in periods],
        label=f"{actor} → {recipient} per {by}",
        y_label=f"events per {by}",
        height=260,
    )
    groups = []
    for r in rows:
        items = []
        for x in r["evidence"]:
            it = ev.get((x["article_id"], x["idx"]))
            if it:
                items.append({**it, "html": evidence_sentence(it)})
        groups.append({**r, "items": items})
    name = request.app.state.namer
    return _page(
        request,
        "dyad.html",
        actor=actor,
        recipient=recipient,
        actor_name=name(actor),
        recipient_name=name(recipient),
        chart=chart,
        groups=groups,
        by=by,
        count=count,
    )


def alignment_page(request: Request):
    from ..analysis.alignment import alignment, flat_row

    period = _choice(request, "period", ("month", "quarter", "year", "all"), "year")
    count = _choice(request, "count", ("daily", "all"), "daily")
    since, until = _date(request, "since"), _date(request, "until")
    blocs = _text(request, "blocs")
    state = _text(request, "state")
    mem = request.app.state.namer.mem
    if mem is None:
        raise HTTPException(503, "bloc membership data is not available (accord.actors.knowledge is missing)")
    try:
        with _cursor(request) as con:
            res = alignment(
                con, period=period, blocs=blocs, since=since, until=until, count=count, states=state, memberships=mem
            )
    except AccordError as e:
        raise HTTPException(400, str(e)) from None
    if request.query_params.get("straddlers") in ("1", "true", "yes", "on"):
        res["rows"] = [r for r in res["rows"] if r["straddler"]]
    if _is_api(request):
        return JSONResponse(res)
    flat = [flat_row(r, res["blocs"], res["rivals"], res["leaders"]) for r in res["rows"]]
    return _page(
        request,
        "alignment.html",
        res=res,
        rows=flat,
        period=period,
        count=count,
        blocs=blocs or "",
        state=state or "",
        straddlers=request.query_params.get("straddlers") in ("1", "true", "yes", "on"),
    )


# ------------------------------------------------------------------- errors
async def http_error(request: Request, exc: HTTPException):
    return _error(request, exc.status_code, exc.detail)


async def accord_error(request: Request, exc: AccordError):
    return _error(request, 400, str(exc))


async def server_error(request: Request, exc: Exception):
    log.exception("viewer error on %s", request.url.path)
    return _error(request, 500, f"internal error: {type(exc).__name__}")


def _error(request: Request, status: int, message: str) -> Response:
    if _is_api(request):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    tpl = request.app.state.templates
    return tpl.TemplateResponse(
        request, "error.html", {"status": status, "message": message, "version": __version__}, status_code=status
    )


# ----------------------------------------------------------------- plumbing
def _pager(request: Request, data: dict) -> dict:
    limit, offset, total = data["limit"], data["offset"], data["total"]

    def url(off):
        items = [(k, v) for k, v in request.query_params.multi_items() if k != "offset"] + [("offset", str(off))]
        return request.url.path + "?" + urlencode(items)

    return {
        "prev": url(max(0, offset - limit)) if offset > 0 else None,
        "next": url(offset + limit) if offset + limit < total else None,
        "first": offset + 1 if total else 0,
        "last": min(total, offset + limit),
        "total": total,
    }


def _page(request: Request, name: str, **ctx):
    ctx.setdefault("version", __version__)
    ctx["name"] = request.app.state.namer
    return request.app.state.templates.TemplateResponse(request, name, ctx)


def create_app(db: str, knowledge: Any = None) -> Starlette:
    """The viewer over the database at ``db`` (opened read-only)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    con = store.connect(db, read_only=True)
    env = Environment(
        loader=PackageLoader("accord.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
    )
    env.globals["Markup"] = Markup
    env.globals["dyad_label"] = dyad_label
    env.globals["event_parties"] = event_parties
    templates = Jinja2Templates(env=env)

    @contextlib.asynccontextmanager
    async def lifespan(app):
        yield
        con.close()

    routes = [
        Route("/", home),
        Route("/api", home),
        Route("/api/stats", home),
        Route("/articles", articles),
        Route("/api/articles", articles),
        Route("/articles/{article_id:path}", article),
        Route("/api/articles/{article_id:path}", article),
        Route("/events", events),
        Route("/api/events", events),
        Route("/map", map_page),
        Route("/api/map", map_page),
        Route("/dyads", dyads_page),
        Route("/api/dyads", dyads_page),
        Route("/dyads/{actor}/{recipient}", dyad_page),
        Route("/api/dyads/{actor}/{recipient}", dyad_page),
        Route("/alignment", alignment_page),
        Route("/api/alignment", alignment_page),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(packages=[("accord.web", "static")]), name="static"),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        exception_handlers={HTTPException: http_error, AccordError: accord_error, Exception: server_error},
    )
    app.state.con = con
    app.state.lock = threading.Lock()
    app.state.templates = templates
    app.state.namer = _Namer(knowledge)
    app.state.db = db
    return app
