"""The one function that turns raw articles into records.

The command line, the store, the evaluation and the Spark engine all call
:func:`process`; no other code path produces records.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from . import long_docs
from .doc_index import doc_text
from .errors import InputError
from .places.locate import add_places, prefetch_records
from .readers import Item, RawArticle, from_objects, parse_date
from .record import Record
from .text import repair

log = logging.getLogger(__name__)

Result = Record | InputError


def _batches(items: Iterable, n: int) -> Iterator[list]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk


def prepare(nlp, art: RawArticle, published: str | None, cfg: dict, fixed=None):
    """Repair the text and make the Doc, with the article's metadata set."""
    fixed = fixed or repair(art.text, cfg["drop_duplicate_paragraphs"], cfg["min_duplicate_chars"])
    doc = nlp.make_doc(fixed.text)
    doc._.published = art.published or published
    doc._.article_id = art.id
    doc._.accord_warnings = list(art.warnings) + fixed.warnings
    return doc


def _provenance(models: dict) -> dict:
    from . import __version__
    from .exports.provenance import data_date

    return {"accord": __version__, "data": data_date(), "models": dict(models)}


def _english_models(nlp) -> dict:
    meta = getattr(nlp, "meta", None) or {}
    name = f"{meta.get('lang', 'en')}_{meta.get('name', 'model')}"
    return {name: meta.get("version", "")}


def doc_to_record(doc, art: RawArticle, published: str | None, nlp=None) -> Record:
    return Record(
        id=art.id,
        text=doc_text(doc),
        title=art.title,
        published=art.published or published,
        url=art.url,
        outlet=art.outlet,
        warnings=list(doc._.accord_warnings or []),
        mentions=list(doc._.mentions or []),
        quotes=list(doc._.quotes or []),
        attributions=list(doc._.attributions or []),
        events=list(doc._.events or []),
        source=art.source,
        language="en",
        provenance=_provenance(_english_models(nlp) if nlp is not None else {}),
    )


def _other_record(art: RawArticle, fixed, published: str | None, routing, **parts) -> Record:
    """A record without the English pipeline: Russian (``parts`` from
    :mod:`accord.ru`) or another language (no mentions, quotes or events)."""
    warnings = list(art.warnings) + fixed.warnings + ([routing.warning] if routing.warning else [])
    return Record(
        id=art.id,
        text=fixed.text,
        title=art.title,
        published=art.published or published,
        url=art.url,
        outlet=art.outlet,
        warnings=warnings,
        source=art.source,
        language=routing.language,
        provenance=_provenance(parts.pop("models", {})),
        **parts,
    )


def russian_record(art: RawArticle, fixed, published: str | None, routing) -> Record:
    """A Russian article through natasha and accord's Russian layers; a clear
    warning (and no quotes or events) when natasha is not installed."""
    from .ru.models import RussianUnavailable, versions

    try:
        from . import ru
        from .ru.extract import extract as ru_extract

        doc = ru.analyze(fixed.text)
        mentions, _chains, quotes, events = ru_extract(doc, art.published or published)
    except RussianUnavailable as e:
        return _other_record(art, fixed, published, replace(routing, pipeline="other", warning=str(e)))
    except Exception as e:  # noqa: BLE001 - the article is kept, with why it has no quotes or events
        log.debug("Russian analysis failed", exc_info=True)
        why = f"Russian analysis failed ({type(e).__name__}: {e}); stored without mentions, quotes or events"
        return _other_record(art, fixed, published, replace(routing, pipeline="other", warning=why))
    return _other_record(
        art,
        fixed,
        published,
        routing,
        mentions=list(mentions),
        quotes=list(quotes),
        events=list(events),
        models=versions(),
    )


def process(
    items: Iterable[Item],
    nlp=None,
    *,
    published: str | None = None,
    batch_size: int | None = None,
    settings: dict | None = None,
) -> Iterator[Result]:
    """RawArticles (and InputErrors, passed through in place) -> Records, in
    input order, batched through ``nlp.pipe``."""
    from .config import settings as get_settings
    from .nlp import load

    cfg = settings or get_settings()
    size = batch_size or cfg["batch_size"]
    for chunk in _batches(items, size):
        if nlp is None and any(isinstance(i, RawArticle) for i in chunk):
            nlp = load(cfg["model"])  # only once there is text to parse
        docs, arts = [], []
        for item in chunk:
            if not isinstance(item, (RawArticle, InputError)):
                raise TypeError(f"expected RawArticle or InputError, got {type(item).__name__}")
            docs.append(_route_one(nlp, item, published, cfg) if isinstance(item, RawArticle) else item)
            arts.append(item if isinstance(item, RawArticle) else None)
        real = [d for d in docs if not isinstance(d, (InputError, Record))]
        done = iter(long_docs.pipe(nlp, real, batch_size=size, piece_tokens=cfg["parse_piece_tokens"]) if real else ())
        out = [
            d if isinstance(d, (InputError, Record)) else doc_to_record(next(done), art, published, nlp)
            for d, art in zip(docs, arts)
        ]
        records = [r for r in out if isinstance(r, Record)]
        prefetch_records(records)  # one gazetteer lookup for the batch's place names, not one an article
        for r in out:
            yield r if isinstance(r, InputError) else add_places(r)


def _route_one(nlp, art: RawArticle, published: str | None, cfg: dict):
    """The article's English Doc (parsed later, in a batch), or its finished
    Record (Russian, another language), or an InputError."""
    from .lang.detect import route

    try:
        fixed = repair(art.text, cfg["drop_duplicate_paragraphs"], cfg["min_duplicate_chars"])
        routing = route(fixed.text, cfg.get("language"))
        if routing.pipeline == "ru":
            return russian_record(art, fixed, published, routing)
        if routing.pipeline != "en":
            return _other_record(art, fixed, published, routing)
        doc = prepare(nlp, art, published, cfg, fixed)
        if routing.warning:
            doc._.accord_warnings.append(routing.warning)
        return doc
    except Exception as e:  # e.g. a text the tokenizer refuses
        log.debug("prepare failed", exc_info=True)
        return InputError(art.source or art.id, f"cannot read: {type(e).__name__}: {e}")


def extract(
    items: Iterable[str | dict | RawArticle],
    *,
    published: str | None = None,
    nlp=None,
    model: str | None = None,
    batch_size: int | None = None,
    errors: str = "warn",
) -> Iterator[Record]:
    """The Python API: texts, dicts (JSON Lines fields) or RawArticles ->
    :class:`~accord.record.Record` objects, in order.

    >>> import accord
    >>> for rec in accord.extract(["Russia and China held talks in Beijing."], published="2024-05-16"):
    ...     print(rec.mentions, rec.events)

    ``errors``: ``"warn"`` logs and skips unusable items, ``"raise"`` raises
    the :class:`~accord.errors.InputError`.
    """
    from .config import settings as get_settings

    if isinstance(items, (str, dict)):
        items = [items]
    if published is not None and parse_date(published) is None:
        raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {published!r}")
    cfg = get_settings(model=model)
    for res in process(
        from_objects(items, cfg["max_chars"]), nlp, published=parse_date(published), batch_size=batch_size, settings=cfg
    ):
        if isinstance(res, InputError):
            if errors == "raise":
                raise res
            log.warning("%s", res)
            continue
        yield res
