"""Direct, indirect and mixed quotes with their speakers.

``extract_quotes(doc)`` is the pure function behind the ``accord_quotes``
component; ``pair_marks(text)`` pairs quotation marks without a parse.
"""

from .extract import extract_quotes
from .marks import MarkSpan, pair_marks

__all__ = ["extract_quotes", "pair_marks", "MarkSpan"]
