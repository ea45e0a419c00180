"""The viewer's reads from the store. Every value reaches SQL as a parameter."""

from __future__ import annotations

import json

from ..analysis.events import add_type_and_date_filters, iso
from ..analysis.evidence import fetch_evidence
from ..report.languages import UNKNOWN, language_counts, language_sql


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def list_articles(con, q: str | None = None, limit: int = 50, offset: int = 0, language: str | None = None) -> dict:
    """Articles (newest first), optionally those whose title or text
    contains ``q`` (case-insensitive) and those in ``language`` (an ISO
    639-1 code, or "unknown" for articles with none). ``languages`` lists
    the store's languages with their article counts, for the filter."""
    lang = language_sql(con)
    where, params = [], []
    if q:
        where.append("(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\' OR a.id = ?)")
        params += [_like(q), _like(q), q]
    if language:
        where.append(f"coalesce({lang}, ?) = ?")
        params += [UNKNOWN, language]
    cond = ("WHERE " + " AND ".join(where)) if where else ""
    total = con.execute(f"SELECT count(*) FROM articles a {cond}", params).fetchone()[0]
    rows = con.execute(
        f"""SELECT a.id, a.title, a.published, a.outlet, a.url, a.duplicate_of,
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                   (SELECT count(*) FROM quotes x WHERE x.article_id = a.id),
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.id),
                   {lang}
            FROM articles a {cond}
            ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?""",
        params + [limit, offset],
    ).fetchall()
    items = [
        {
            "id": r[0],
            "title": r[1],
            "published": iso(r[2]),
            "outlet": r[3],
            "url": r[4],
            "duplicate_of": r[5],
            "events": r[6],
            "quotes": r[7],
            "mentions": r[8],
            "language": r[9],
        }
        for r in rows
    ]
    languages = [
        {"language": c["language"], "articles": c["articles"] + c["near_duplicates"]} for c in language_counts(con)
    ]
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "q": q,
        "language": language,
        "languages": languages,
        "items": items,
    }


def get_article(con, article_id: str) -> dict | None:
    """The whole article record (the contract), plus ``duplicate_of`` and
    ``language`` (the store's column where the record lacks it); ``None``
    for an unknown id."""
    row = con.execute(
        f"SELECT record, duplicate_of, {language_sql(con)} FROM articles a WHERE id = ?", [article_id]
    ).fetchone()
    if row is None:
        return None
    rec = row[0] if isinstance(row[0], dict) else json.loads(row[0])
    rec["duplicate_of"] = row[1]
    rec["language"] = rec.get("language") or row[2]
    return rec


def list_events(
    con,
    types=None,
    actor: str | None = None,
    recipient: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
    article_id: str | None = None,
    with_sentences: bool = True,
) -> dict:
    """Event rows (newest first) filtered by type, actor and recipient (a
    country, organization or full CAMEO code) and date (the event's, else
    the article's). Every event is listed, also those the analysis leaves
    out (flags and ``duplicate_of`` say which)."""
    where, params = [], []
    add_type_and_date_filters(where, params, types, since, until)
    for side, code in (("actor", actor), ("recipient", recipient)):
        if code:
            where.append(f"upper(?) IN (e.{side}_country, e.{side}_org, e.{side}_code)")
            params.append(code)
    if article_id:
        where.append("e.article_id = ?")
        params.append(article_id)
    w = ("WHERE " + " AND ".join(where)) if where else ""
    base = f"FROM events e JOIN articles a ON a.id = e.article_id {w}"
    total = con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    rows = con.execute(
        f"""SELECT e.article_id, e.idx, a.title, coalesce(e.date, a.published) AS day, e.type, e.mode, e.cameo,
                   e.quad, e.intensity, coalesce(e.actor_country, e.actor_org), e.actor_code, e.actor_text,
                   coalesce(e.recipient_country, e.recipient_org), e.recipient_code, e.recipient_text,
                   e.trigger_text, e.negated, e.hypothetical, e.future, e.historical, e.confidence,
                   a.duplicate_of, e.context
            {base} ORDER BY day DESC NULLS LAST, e.article_id, e.idx LIMIT ? OFFSET ?""",
        params + [limit, offset],
    ).fetchall()
    items = []
    for r in rows:
        items.append(
            {
                "article_id": r[0],
                "idx": r[1],
                "title": r[2],
                "date": iso(r[3]),
                "type": r[4],
                "mode": r[5],
                "cameo": r[6],
                "quad": r[7],
                "intensity": r[8],
                "actor": r[9],
                "actor_code": r[10],
                "actor_text": r[11],
                "recipient": r[12],
                "recipient_code": r[13],
                "recipient_text": r[14],
                "trigger": r[15],
                "negated": r[16],
                "hypothetical": r[17],
                "future": r[18],
                "historical": r[19],
                "confidence": r[20],
                "duplicate_of": r[21],
                "context": list(r[22] or []),
            }
        )
    if with_sentences and items:
        ev = fetch_evidence(con, [(i["article_id"], i["idx"]) for i in items])
        for i in items:
            got = ev.get((i["article_id"], i["idx"])) or {}
            i["sentence"] = got.get("sentence")
            i["_evidence"] = got
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": items,
        "filters": {"type": types, "actor": actor, "recipient": recipient, "since": since, "until": until},
    }


def facets(con) -> dict:
    """Choices for the filter forms: event types and actor keys in use."""
    types = [r[0] for r in con.execute("SELECT DISTINCT type FROM events WHERE type IS NOT NULL ORDER BY 1").fetchall()]
    actors = [
        r[0]
        for r in con.execute(
            """SELECT k FROM (SELECT coalesce(actor_country, actor_org) AS k FROM events
                          UNION ALL SELECT coalesce(recipient_country, recipient_org) FROM events)
           WHERE k IS NOT NULL GROUP BY k ORDER BY count(*) DESC, k LIMIT 200"""
        ).fetchall()
    ]
    return {"types": types, "actors": actors}
