"""Actor words whose codes depend on the article's date
(``lang/ru/actors/dated_bodies.tsv``): «талибы», «Талибан» are Afghanistan's
government in news after August 2021, an insurgent group before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import datafiles
from . import lexicon as lx

if TYPE_CHECKING:
    from .actors import Actor

DATED = datafiles.lang_path("ru", "actors/dated_bodies.tsv")


@datafiles.cached
def _rows() -> dict[tuple[str, ...], list[dict[str, str]]]:
    out: dict[tuple[str, ...], list[dict[str, str]]] = {}
    for row in datafiles.table(DATED, header=True):
        d = row.as_dict()
        out.setdefault(tuple(lx.norm(d["lemma"]).split()), []).append(d)
    for rows in out.values():
        rows.sort(key=lambda d: d["since"])
    return out


def _row_for(key: tuple[str, ...], published: str | None) -> dict[str, str] | None:
    rows = [d for d in _rows().get(key, []) if published is None or d["since"] <= published[:10]]
    return rows[-1] if rows else None


def apply_dates(doc, actors: list[Actor], published: str | None) -> None:
    """Each actor whose words (or one of them) are a dated phrase takes that
    phrase's codes for the article's date."""
    for a in actors:
        if a.kind == "person":
            continue
        lemmas = tuple(lx.lemma(doc[i]) for i in range(a.start, a.end) if not doc[i].is_punct)
        row = _row_for(lemmas, published) or next(
            (r for r in (_row_for((w,), published) for w in lemmas) if r is not None), None
        )
        if row is None:
            continue
        a.country, a.sector = row.get("country") or None, row.get("sector") or None
        a.name, a.kind = row.get("name") or a.name, row.get("kind") or a.kind
