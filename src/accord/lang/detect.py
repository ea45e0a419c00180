"""Which language an article is in, and which pipeline reads it.

Detection uses CLD2 (``pycld2``: Google's compact language detector, its
model compiled in, a few MB, no download). Unlike lingua (which has no
Kyrgyz or Tajik model and reads them as Kazakh, Mongolian or Ukrainian),
CLD2 tells Kazakh, Kyrgyz, Tajik, Ukrainian, Belarusian and Mongolian
Cyrillic from Russian, which script alone cannot.

Routing: English and Russian go to their pipelines; every other language
(and text too short or too mixed to tell) is ``other``: the article is
stored with a warning and no quotes or events, never coded by the wrong
model. ``--language`` (the ``override`` argument) replaces detection.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import datafiles
from ..errors import AccordError, ConfigError

#: the languages accord has a pipeline for
PIPELINES = ("en", "ru")
#: below this confidence the detected language is not trusted for routing
MIN_CONFIDENCE = 0.5
#: characters read for detection (the opening of a long article is enough)
SAMPLE_CHARS = 20000
#: a text with fewer letters than this is too short for the detector alone
#: ("Sergei Lavrov met Wang Yi." reads as Tatar): its script decides
SHORT_LETTERS = 300

_CODE = re.compile(r"^[a-z]{2}$")
_LETTER = re.compile(r"[^\W\d_]")


@datafiles.cached
def _cld2_to_iso() -> dict[str, str]:
    return {r.get("cld2"): r.get("iso") for r in datafiles.table("lang/codes.tsv")}


def _clean(text: str) -> str:
    """Text CLD2 accepts: valid UTF-8 (lone surrogates replaced) without
    control characters, which make it fail."""
    text = text[:SAMPLE_CHARS].encode("utf-8", errors="replace").decode("utf-8")
    return "".join(c if c.isprintable() or c in "\n\t" else " " for c in text)


def detect_language(text: str) -> tuple[str, float]:
    """``(ISO 639-1 code, confidence 0..1)``; ``("und", 0.0)`` when the
    text has no letters or the detector cannot tell."""
    try:
        import pycld2
    except ImportError:
        raise AccordError("language detection needs pycld2: pip install pycld2") from None
    if not isinstance(text, str):
        raise TypeError(f"detect_language() takes text, not {type(text).__name__}")
    sample = _clean(text)
    if not _LETTER.search(sample):
        return "und", 0.0
    try:
        reliable, _, details = pycld2.detect(sample, bestEffort=True)
    except pycld2.error:
        return "und", 0.0
    code, percent = details[0][1], details[0][2]
    code = _cld2_to_iso().get(code, code)
    if code == "und" or not percent:
        return "und", 0.0
    # CLD2 calls a result unreliable when part of the text matches no language (names, numbers, short
    # lines): that halves the confidence only where another language holds a real share of the text
    rival = max((d[2] for d in details[1:] if d[1] not in ("un", "xxx")), default=0)
    confidence = percent / 100.0 * (1.0 if reliable or rival < 20 else 0.5)
    return code.split("-")[0], round(confidence, 3)


def _short_text_pipeline(text: str) -> str | None:
    """For a short text in Latin letters, English; None for a long text or
    another script. (CLD2 is reliable on short Cyrillic text, which has the
    letters that tell Kazakh, Kyrgyz, Tajik, Ukrainian or Mongolian from
    Russian; on short Latin text it often answers a language of names.)"""
    letters = _LETTER.findall(text[:SAMPLE_CHARS])
    if not letters or len(letters) >= SHORT_LETTERS:
        return None
    latin = sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f")
    return "en" if latin >= 0.8 * len(letters) else None


@dataclass(frozen=True)
class Routing:
    """The language recorded for an article and the pipeline that reads it."""

    language: str  # ISO 639-1, or "und"
    confidence: float
    pipeline: str  # "en", "ru" or "other"
    source: str  # "detected", "given", or "script" (a short text read by its script)
    warning: str | None = None


def check_language(code: str | None) -> str | None:
    """A ``--language`` value, checked: None or "auto" for detection, else a
    two-letter ISO 639-1 code (lower case)."""
    if code is None or code.strip().lower() in ("", "auto"):
        return None
    c = code.strip().lower()
    if not _CODE.match(c):
        raise ConfigError(f"--language {code!r}: give a two-letter ISO 639-1 code (en, ru, kk...) or 'auto'")
    return c


def route(text: str, override: str | None = None) -> Routing:
    """Detect (or take ``override``) and choose the pipeline."""
    given = check_language(override)
    if given is not None:
        lang, conf, source = given, 1.0, "given"
    else:
        lang, conf = detect_language(text)
        source = "detected"
    if lang in PIPELINES and (source == "given" or conf >= MIN_CONFIDENCE):
        return Routing(lang, conf, lang, source)
    by_script = _short_text_pipeline(text)
    if by_script is not None:
        warning = (
            f"short text: the detector's answer ({lang}, confidence {conf:.2f}) is not trusted; "
            f"read as {by_script} by its script (--language overrides)"
        )
        return Routing(by_script, conf, by_script, "script", warning)
    if lang in PIPELINES:
        why = f"language uncertain ({lang}, confidence {conf:.2f})"
    elif lang == "und":
        why = "language not determined"
    else:
        why = f"language {lang}"
    warning = f"{why}: no {'/'.join(PIPELINES)} pipeline applies, so no quotes or events were extracted (--language overrides)"
    return Routing(lang, conf, "other", source, warning)
