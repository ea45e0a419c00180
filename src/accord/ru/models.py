"""natasha's models, loaded once per process, without the pitfalls.

natasha 1.6 bundles its models (segmentation, morphology, syntax, NER:
about 36 MB), so it runs offline. Its dictionary layer is pymorphy2, which
needs ``pkg_resources`` (gone from recent setuptools) and breaks on Python
3.11 (``inspect.getargspec``). We import natasha first (its modules import
pymorphy2 but never build an analyzer) and build natasha's ``MorphVocab``
equivalent on pymorphy3 instead, the maintained fork, which finds its
dictionaries with ``importlib.metadata``.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

from ..errors import AccordError

INSTALL = "pip install 'accord[ru]'  (natasha==1.6.0, pymorphy3, pymorphy3-dicts-ru)"


class RussianUnavailable(AccordError):
    """natasha or pymorphy3 is not installed."""


def _import():
    try:
        import natasha  # noqa: F401  (first: before any pymorphy module)
        import pymorphy3
        from natasha.morph.vocab import ud_feats, ud_pos
    except ImportError as e:
        raise RussianUnavailable(
            f"Russian analysis needs natasha and pymorphy3 ({e.name} is missing): {INSTALL}"
        ) from None
    return natasha, pymorphy3, ud_pos, ud_feats


@functools.lru_cache(maxsize=1)
def morph_vocab():
    """natasha's MorphVocab (word -> forms with UD ``pos``, ``feats`` and
    ``normal``, ``lemmatize``), built on pymorphy3."""
    natasha, pymorphy3, ud_pos, ud_feats = _import()
    from natasha.morph.lemma import lemmatize
    from natasha.morph.vocab import oc_grams
    from pymorphy3.analyzer import Parse

    class MorphForm(Parse):
        def __new__(cls, *args):
            self = Parse.__new__(cls, *args)
            self.normal = self.normal_form
            self.pos = ud_pos(self.tag)
            self.feats = dict(ud_feats(self.tag))
            return self

        def inflect(self, grams):
            return Parse.inflect(self, set(oc_grams(grams)))

    class MorphVocab(pymorphy3.MorphAnalyzer):
        def __init__(self):
            super().__init__(lang="ru", result_type=MorphForm)
            self._cached = functools.lru_cache(maxsize=20000)(super().parse)

        def parse(self, word):
            return self._cached(word)

        __call__ = parse

        def lemmatize(self, word, pos, feats):
            return lemmatize(self, word, pos, feats)

    return MorphVocab()


@dataclass
class Models:
    segmenter: object
    emb: object
    morph: object
    syntax: object
    ner: object
    vocab: object


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _load() -> Models:
    natasha, *_ = _import()
    emb = natasha.NewsEmbedding()
    return Models(
        segmenter=natasha.Segmenter(),
        emb=emb,
        morph=natasha.NewsMorphTagger(emb),
        syntax=natasha.NewsSyntaxParser(emb),
        ner=natasha.NewsNERTagger(emb),
        vocab=morph_vocab(),
    )


def models() -> Models:
    """natasha's models, loaded on first use (a second or two)."""
    with _LOCK:
        return _load()


def available() -> bool:
    try:
        _import()
    except RussianUnavailable:
        return False
    return True


def versions() -> dict[str, str]:
    """Model versions for a record's provenance."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for pkg in ("natasha", "slovnet", "pymorphy3"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    return out
