"""An international body's organ or meeting named again by its bare head:
after "the Council of Heads of State of the CIS" (or "the CSTO Collective
Council", "the Commonwealth of Independent States") a later "the Council" /
"the Summit" / "the Commonwealth" is that organisation (IGOCIS), not
another council the text names in passing ("the UN Security Council") nor a
person whose name ends in the word.

Only a head with no modifier of its own is named again by the bare word:
"the UN Security Council" is not what a later "the Council" means. The head
words of organs are ``igo_body_heads``; those that also name an event
("summit") are ``igo_event_heads`` and count only when capitalised."""

from __future__ import annotations

from ..doc_index import tokens_with_lower
from ..syntax import grammar
from .parts import Draft
from .words import word_set


def igo_bodies_named_again(doc, drafts) -> None:
    """Recode (or add) each bare "the HEAD" after an IGO's organ of that head."""
    named = _named_heads(doc, drafts)
    if not named:
        return
    by_span = {(d.start, d.end): d for d in drafts}
    events = word_set("igo_event_heads")
    added = []
    for the in tokens_with_lower(doc, "the"):
        i = the.i + 1
        if i >= len(doc):
            continue
        t = doc[i]
        ante = _antecedent(named, t.lower_, i)
        if ante is None or not _bare(doc, t) or (t.lower_ in events and not t.text[:1].isupper()):
            continue
        d = by_span.get((i - 1, i + 1)) or by_span.get((i, i + 1))
        if d is None:
            if any(x.start <= i < x.end for x in drafts):
                continue  # a word of a longer mention
            d = Draft(i - 1, i + 1, definite=True)
            added.append(d)
        elif d.kind not in ("org", "igo", "person", None) or (d.kind == "person" and d.role):
            continue
        d.kind, d.name, d.country, d.org, d.sector = "igo", ante.name, ante.country, ante.org, ante.sector
        d.person, d.cameo, d.definite = None, ante.cameo, True
    if added:
        drafts.extend(added)
        drafts.sort(key=lambda d: (d.start, -d.end))


def _antecedent(named: list, word: str, i: int):
    """The IGO draft of the latest organ of head ``word`` named before token ``i``."""
    found = None
    for w, at, ante in named:
        if at >= i:
            break
        if w == word:
            found = ante
    return found


def _bare(doc, t) -> bool:
    """``t`` is a capitalised or lower-case head with nothing of its own: no
    "of" after it, no modifier, not part of a compound."""
    g = grammar(doc)
    if t.pos_ not in ("NOUN", "PROPN") or t.tag_ in ("NNS", "NNPS"):
        return False
    if t.i + 1 < len(doc) and (doc[t.i + 1].lower_ == "of" or doc[t.i + 1].pos_ in ("PROPN", "NOUN")):
        return False
    return not (g.is_(t, "compound") or g.has_child(t, "adjective", "compound", "possessor", "number"))


def _named_heads(doc, drafts) -> list:
    """``[(head word, token index, IGO draft)]`` in text order: the organs an
    IGO's mention belongs to ("Council" ... "of the CIS"; "the CSTO [Council]")
    and an IGO name's own first word before "of" ("Commonwealth [of ...]")."""
    heads = word_set("igo_body_heads")
    g = grammar(doc)
    out = []
    for d in drafts:
        if d.kind != "igo" or not d.org:
            continue
        first = doc[d.start + (doc[d.start].lower_ == "the")]
        if d.end - d.start > 2 and first.text[:1].isupper() and doc[first.i + 1].lower_ == "of":
            out.append((first.lower_, first.i, d))
        t, steps = _root(doc, d), 0
        if g.is_(t, "compound") and t.head.lower_ in heads and _unmodified(doc, t.head, d):
            out.append((t.head.lower_, t.head.i, d))
        while steps < 4 and g.is_(t, "prep_object") and t.head.lower_ == "of":
            t, steps = t.head.head, steps + 1
            if t.lower_ in heads and _unmodified(doc, t, d):
                out.append((t.lower_, t.i, d))
    out.sort(key=lambda x: x[1])
    return out


def _root(doc, d):
    """The draft's word whose head is outside it ("Commonwealth" of "the
    Commonwealth of Independent States"), else its last word."""
    for k in range(d.start, d.end):
        h = doc[k].head.i
        if h == k or not d.start <= h < d.end:
            return doc[k]
    return doc[d.end - 1]


def _unmodified(doc, head, d) -> bool:
    """The organ's head has no modifier but the IGO's own words ("the CIS
    Council"), so a bare "the Council" can name it again."""
    g = grammar(doc)
    mods = g.children(head, "adjective", "compound", "possessor")
    return all(d.start <= m.i < d.end for m in mods)
