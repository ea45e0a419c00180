"""Evidence for analysis rows: the article, the sentence and its trigger."""

from __future__ import annotations

from collections.abc import Iterable

from .events import iso


def fetch_evidence(con, refs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], dict]:
    """``{(article_id, idx): item}`` for the given event references. An item
    has the article's ``title``, ``published``, ``outlet``, the event's
    ``type``, ``quad``, ``actor``, ``recipient``, ``day``, the ``sentence``
    text and the ``trigger``/``actor_span``/``recipient_span`` offsets
    *relative to the sentence* (``None`` when outside it)."""
    keys = sorted({(str(a), int(i)) for a, i in refs})
    if not keys:
        return {}
    ids = sorted({a for a, _ in keys})
    texts = dict(con.execute("SELECT id, text FROM articles WHERE list_contains(?, id)", [ids]).fetchall())
    rows = con.execute(
        """SELECT e.article_id, e.idx, a.title, a.published, a.outlet, e.type, e.quad,
                  coalesce(e.actor_country, e.actor_org), coalesce(e.recipient_country, e.recipient_org),
                  coalesce(e.date, a.published), e.sentence_start, e.sentence_end,
                  e.trigger_start, e.trigger_end, e.actor_start, e.actor_end,
                  e.recipient_start, e.recipient_end, e.actor_text, e.recipient_text
           FROM events e JOIN articles a ON a.id = e.article_id
           WHERE list_contains(?, e.article_id)""",
        [ids],
    ).fetchall()
    wanted = set(keys)
    out = {}
    for (
        aid,
        idx,
        title,
        pub,
        outlet,
        etype,
        quad,
        actor,
        rec,
        day,
        ss,
        se,
        ts,
        te,
        as_,
        ae,
        rs,
        re_,
        atext,
        rtext,
    ) in rows:
        if (aid, idx) not in wanted:
            continue
        text = texts.get(aid) or ""
        ss = 0 if ss is None else max(0, ss)
        se = len(text) if se is None else min(len(text), se)

        def rel(a, b, ss=ss, se=se):
            if a is None or b is None or a < ss or b > se or a >= b:
                return None
            return (a - ss, b - ss)

        out[(aid, idx)] = {
            "article_id": aid,
            "idx": idx,
            "title": title,
            "published": iso(pub),
            "outlet": outlet,
            "type": etype,
            "quad": quad,
            "actor": actor,
            "recipient": rec,
            "actor_text": atext,
            "recipient_text": rtext,
            "day": iso(day),
            "sentence": text[ss:se],
            "sentence_start": ss,
            "trigger": rel(ts, te),
            "actor_span": rel(as_, ae),
            "recipient_span": rel(rs, re_),
        }
    return out
