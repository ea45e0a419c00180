"""One way for the model tests of events to run accord on a sentence and
read its events back as tuples, instead of a private copy per test file."""

import accord


def _party(p, level: str):
    if not p:
        return None
    if level == "country":
        return p.country
    if level == "country_or_org":
        return p.country or p.org
    if level == "code3":
        return p.code and p.code[:3]
    return p.code


def event_rows(text, published="2025-05-01", *, level="country", trigger=False, factual=False, flag=None):
    """(type, actor, recipient[, trigger text][, flag]) of each event accord
    finds in ``text``; ``level`` picks the party's field (``country``,
    ``code``, ``code3``: the code's first three letters, ``country_or_org``);
    ``factual`` leaves out negated and hypothetical events; ``flag`` adds that
    attribute of the event (``hypothetical``)."""
    rec = next(accord.extract([{"id": "t", "text": text, "published": published}]))
    out = []
    for e in rec.events:
        if factual and (e.negated or e.hypothetical):
            continue
        row = (e.type, _party(e.actor, level), _party(e.recipient, level))
        row += (e.trigger.text,) if trigger else ()
        row += (getattr(e, flag),) if flag else ()
        out.append(row)
    return out
