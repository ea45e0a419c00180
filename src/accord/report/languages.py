"""Each article's language in the report and the viewer (issue #19).

The store's ``articles.language`` column holds the ISO 639-1 code the
pipeline detected (or ``--language`` set). A store written before that
column existed, opened read-only, lacks it: the language then comes from the
stored record (``record.language``), and is ``NULL`` where that lacks it
too. Both show as "unknown".
"""

from __future__ import annotations

UNKNOWN = "unknown"


def has_column(con, table: str, column: str) -> bool:
    """Whether the store's ``table`` has ``column`` (old stores may lack it)."""
    return bool(
        con.execute(
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = ? AND column_name = ?", [table, column]
        ).fetchone()[0]
    )


def language_sql(con, alias: str = "a") -> str:
    """A SQL expression for an article row's language (``alias`` is the
    articles table's alias): the column, or the record's field in a store
    that predates the column."""
    if has_column(con, "articles", "language"):
        return f"{alias}.language"
    return f"json_extract_string({alias}.record, '$.language')"


def language_counts(con) -> list[dict]:
    """Articles, events and quotes per language, most articles first; near-
    duplicate articles are counted apart (``near_duplicates``), as the
    report counts them."""
    lang = language_sql(con)
    rows = con.execute(
        f"""SELECT coalesce({lang}, ?) AS language,
                   count(*) FILTER (WHERE a.duplicate_of IS NULL),
                   count(*) FILTER (WHERE a.duplicate_of IS NOT NULL),
                   coalesce(sum((SELECT count(*) FROM events e WHERE e.article_id = a.id)), 0),
                   coalesce(sum((SELECT count(*) FROM quotes q WHERE q.article_id = a.id)), 0)
            FROM articles a GROUP BY 1 ORDER BY 2 DESC, 1""",
        [UNKNOWN],
    ).fetchall()
    return [
        {
            "language": r[0],
            "articles": int(r[1]),
            "near_duplicates": int(r[2]),
            "events": int(r[3]),
            "quotes": int(r[4]),
        }
        for r in rows
    ]
