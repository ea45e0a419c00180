"""Names of bodies that natasha's tagger leaves out (accord.ru.actors):

- a name in quotation marks right after a noun for a body («партия «Единая
  Россия»», «концерн «Фольксваген»», «газета «Ведомости»»: ``body_heads`` in
  ``lang/ru/actors/words.tsv``) is that body's name, whatever the tagger made
  of its words (a place in «Единая Россия» is no place);
- a name in brackets right after a body's name is the same body under another
  name («Международная амнистия (Amnesty International)», «World Fashion
  Channel (WFC)»).

Both are found from the text's quotation marks and brackets (no pass over
every token).
"""

from __future__ import annotations

from collections.abc import Callable

from . import lexicon as lx


def _tokens_at(doc, char: str) -> list:
    text, out, k = doc.text, [], doc.text.find(char)
    while k != -1:
        span = doc.char_span(k, k + 1)
        if span is not None and len(span) == 1:
            out.append(span[0])
        k = text.find(char, k + 1)
    return out


def _closing(doc, open_tok, closes: frozenset[str], limit: int = 8):
    for t in doc[open_tok.i + 1 : min(open_tok.i + 1 + limit, open_tok.sent.end)]:
        if t.text in closes:
            return t
    return None


def _capitalized(span) -> bool:
    first = span[0].text if len(span) else ""
    return bool(first) and (first[0].isupper() or first[0].isdigit())


def quoted_bodies(doc, actors: list, make: Callable) -> list:
    """``actors`` with the bodies named in quotation marks after a body noun
    (``make(start, end)`` builds one); actors inside such a name go."""
    heads = lx.actor_words("body_heads")
    closes = lx.quote_words("quote_close")
    for opener in lx.quote_words("quote_open"):
        for q in _tokens_at(doc, opener):
            if q.i == 0 or lx.lemma(doc[q.i - 1]) not in heads or doc[q.i - 1].pos_ != "NOUN":
                continue
            close = _closing(doc, q, closes)
            inner = doc[q.i + 1 : close.i] if close is not None else None
            if inner is None or not len(inner) or not _capitalized(inner):
                continue
            if any(a.kind in ("org", "igo") and a.start < inner.end and inner.start < a.end for a in actors):
                continue  # the tagger has it already
            actors = [a for a in actors if not (inner.start <= a.start and a.end <= inner.end)]
            actors.append(make(inner.start, inner.end))
    return sorted(actors, key=lambda a: a.start)


def bracketed_aliases(doc, actors: list, make: Callable) -> list:
    """``actors`` with the other name in brackets after a body's name
    (``make(start, end, body)`` builds it from the body's actor)."""
    ends = {a.end: a for a in actors if a.named and a.kind in ("org", "igo")}
    taken = {i for a in actors for i in range(a.start, a.end)}
    for b in _tokens_at(doc, "("):
        body = ends.get(b.i)
        close = _closing(doc, b, frozenset(")")) if body is not None else None
        inner = doc[b.i + 1 : close.i] if close is not None else None
        if inner is None or not len(inner) or not _capitalized(inner) or taken.intersection(range(b.i, close.i)):
            continue
        actors.append(make(inner.start, inner.end, body))
    return sorted(actors, key=lambda a: a.start)


def abbreviates(doc, start: int, end: int, short: str) -> bool:
    """Is the upper-case word ``short`` the body named at tokens [start, end):
    its bracketed alias («Межведомственная служба … (ISPR)» … «ISPR»), the
    first letters of its words past prepositions and conjunctions
    («Служба национальной безопасности» -> «СНБ»), or those before the
    owner's name in the genitive («Служба национальной безопасности Армении»
    -> «СНБ»)? Never a part of another body's initials («СНБ» is not «Совет
    национальной безопасности и обороны», «СНБО»)."""
    if any(doc[i].text == short for i in range(start, end)):
        return True
    words = [doc[i] for i in range(start, end) if doc[i].is_alpha and doc[i].pos_ not in ("ADP", "CCONJ")]
    initials, want = "".join(lx.norm(t.text[0]) for t in words), lx.norm(short)
    if initials == want:
        return True
    rest = words[len(want) :]
    owner = all(t.pos_ == "PROPN" and "Gen" in t.morph.get("Case") for t in rest)
    return len(want) >= 3 and initials.startswith(want) and bool(rest) and owner


def is_acronym(tok) -> bool:
    """«СНБ», «ISPR»: one word of two to six capitals."""
    text = tok.text
    return 2 <= len(text) <= 6 and text.isalpha() and text.isupper()


def acronym_aliases(doc, actors: list, make: Callable) -> list:
    """An upper-case word whose letters are the initials of a body named
    earlier in the article is that body («Служба национальной безопасности
    Армении» … «пресс-служба СНБ»): an uncoded actor there takes the body's
    codes, else ``make(start, end, body)`` adds it. Only bodies named before
    it count, so «СНБ» of one article is never another's «СНБО»."""
    bodies = [a for a in actors if a.kind in ("org", "igo") and a.end - a.start > 1 and (a.sector or a.org)]
    if not bodies:
        return actors
    at = {a.start: a for a in actors if a.end - a.start == 1}
    taken = {i for a in actors for i in range(a.start, a.end)}
    for tok in doc:
        if not is_acronym(tok) or (tok.i in taken and tok.i not in at):
            continue
        body = next(
            (b for b in reversed(bodies) if b.end <= tok.i and abbreviates(doc, b.start, b.end, tok.text)), None
        )
        if body is None:
            continue
        a = at.get(tok.i)
        if a is None:
            actors.append(make(tok.i, tok.i + 1, body))
        elif not a.country and not a.sector and not a.org:
            a.kind, a.country, a.org, a.sector, a.name = body.kind, body.country, body.org, body.sector, body.name
    return sorted(actors, key=lambda a: a.start)
