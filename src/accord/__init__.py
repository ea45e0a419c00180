"""accord: evidence-linked event data, attributed quotes and bloc alignment
from international security news.

    import accord
    for rec in accord.extract(["Kazakhstan and Russia held talks in Astana."],
                              published="2024-05-16"):
        print(rec.to_json())

    nlp = accord.load()          # spaCy pipeline with accord's components
    doc = nlp("...")             # doc._.mentions, doc._.quotes, doc._.events

Nothing heavy happens at import: spaCy and the model load on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "load", "Record", "RawArticle", "AccordError", "__version__"]


def __getattr__(name):  # lazy: keep `import accord` cheap
    if name == "extract":
        from .pipeline import extract

        return extract
    if name == "load":
        from .nlp import load

        return load
    if name == "Record":
        from .record import Record

        return Record
    if name == "RawArticle":
        from .readers import RawArticle

        return RawArticle
    if name == "AccordError":
        from .errors import AccordError

        return AccordError
    raise AttributeError(f"module 'accord' has no attribute {name!r}")
