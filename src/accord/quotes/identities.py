"""Speaker identities settled after the passes: a document that speaks
('the statement said') takes its issuer's identity, a transcript's answer
the identity of the person being quoted."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from ..syntax import grammar
from .back_reports import back_reports
from .speaker_phrase import _make_speaker, _take_identity
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _issuer_token(tok):
    """Who issues the document noun ``tok``: "the ministry's statement", "X
    issued a statement", "In a statement, X warned", "a statement by X"."""
    gr = grammar(tok)
    for ch in tok.children:
        if gr.is_(ch, "possessor") and ch.pos_ in ("PROPN", "NOUN"):
            return ch
        if gr.is_(ch, "prep") and ch.lower_ in ("by", "from"):
            obj = next((g for g in ch.children if gr.is_(g, "prep_object")), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
        if gr.is_(ch, "clause_modifier") and ch.lemma_.lower() in word_set(
            "issuing_verbs"
        ):  # "a statement issued by X", not "carried by"
            for g in ch.children:
                if gr.is_(g, "agent"):
                    obj = next((o for o in g.children if gr.is_(o, "prep_object")), None)
                    if obj is not None:
                        return obj
    verb = None
    if gr.is_(tok, "object"):
        verb = tok.head  # "X issued a statement"
    elif gr.is_(tok, "prep_object") and tok.head.lower_ in ("in", "through", "via") and gr.is_(tok.head, "prep"):
        verb = tok.head.head  # "In a statement, X warned ..."
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        return next((g for g in verb.children if gr.is_(g, "subject") and g.pos_ in ("PROPN", "NOUN")), None)
    return None


def _own_issuer(tok):
    """The issuer a document noun names in its own phrase: "the message of
    the ministry", "the statement published on the website of the Border
    Service" (the owner of the place it was published in); else None."""
    gr = grammar(tok)
    for ch in tok.rights:
        if gr.is_(ch, "prep") and ch.lower_ == "of":
            return _noun_object(ch)
        if gr.is_(ch, "clause_modifier") and ch.tag_ == "VBN":
            for p in ch.children:
                if gr.is_(p, "prep") and p.lower_ in ("on", "in"):
                    place = _noun_object(p)
                    of = (
                        next((g for g in place.children if gr.is_(g, "prep") and g.lower_ == "of"), None)
                        if place is not None
                        else None
                    )
                    if of is not None:
                        return _noun_object(of)
    return None


def _noun_object(prep):
    gr = grammar(prep)
    return next((g for g in prep.children if gr.is_(g, "prep_object") and g.pos_ in ("PROPN", "NOUN")), None)


def _document_of_expletive(doc, q: Quote):
    """'It is said in the message of the ministry that ...': the document
    that a passive cue with an empty "it" names, else None."""
    if q.speaker is not None or q.cue is None:
        return None
    span = doc.char_span(q.cue.start, q.cue.end, alignment_mode="expand")
    if span is None:
        return None
    cue = span[0]
    gr = grammar(cue)
    if cue.tag_ != "VBN" or not any(gr.is_(c, "passive_subject") and c.lower_ == "it" for c in cue.children):
        return None
    for p in cue.children:
        if gr.is_(p, "prep") and p.lower_ == "in":
            obj = _noun_object(p)
            if obj is not None and obj.lemma_.lower() in word_set("documents", "utterance_nouns"):
                return obj
    return None


#: tokens between a quotation and the verb of a document that follows it: '", - is said in'
_TAIL_GAP = 4
#: tokens between that verb and its document noun: 'is said in the message of the agency'
_TO_DOCUMENT = 4


def _document_after(ctx: _Ctx, q: Quote):
    """'"...", - is said in the message of the agency.', '"...," reads the
    statement of X.': the document noun of a subjectless passive or a
    "reads" right after a quotation that has no speaker, else None."""
    if q.speaker is not None or q.kind != "direct":
        return None
    doc = ctx.doc
    span = doc.char_span(q.end, min(ctx.para_of(q.start)[1], q.end + 160), alignment_mode="contract")
    if span is None:
        return None
    toks = [t for t in span if not t.is_space]
    k = 0
    while k < len(toks) and k < _TAIL_GAP and (toks[k].is_punct or toks[k].lower_ in ("it", "is", "was")):
        k += 1
    if k >= len(toks) or toks[k].lemma_.lower() not in word_set("document_tail_verbs"):
        return None
    nouns = word_set("documents", "utterance_nouns")
    return next((t for t in toks[k + 1 : k + 1 + _TO_DOCUMENT] if t.lemma_.lower() in nouns), None)


def _documents_own_issuers(ctx: _Ctx, quotes: list[Quote]) -> None:
    """A document that speaks with its issuer in its own words ("the message
    of the ministry says", "It is said in the statement of X that") speaks
    for that issuer; the speaker span stays on the document's words."""
    doc = ctx.doc
    for q in quotes:
        sp = q.speaker
        if sp is None:
            tok = _document_of_expletive(doc, q) or _document_after(ctx, q)
            if tok is None:
                continue
            sp = q.speaker = _make_speaker(ctx, tok, None)
        elif sp.name is not None:
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        nouns = word_set("documents", "utterance_nouns", "record_nouns")
        head = next((t for t in span or () if t.lemma_.lower() in nouns or t.lower_ in nouns), None)
        who = _own_issuer(head) if head is not None else None
        if who is not None:
            found = _make_speaker(ctx, who, None)
            own = found.text.removeprefix("the ").removeprefix("The ")
            if found.name and found.name.split()[0] in own.split():
                _take_identity(sp, found)
            elif own:  # a mention wider than the issuer ("the website of X") names no issuer
                sp.name = own


_LOOK_BACK = 600  # tokens: two paragraphs of news, and no more in a text of one endless paragraph


def _issuers(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """A quote whose speaker is a document with no issuer in its own words
    ("the statement said", "the joint communique said") takes the speaker
    identity of the body or person that the article, at most two paragraphs
    before, says issued that document ("In a statement, the ministry
    warned ...", "X released a report ..."). The speaker span stays on the
    document's words."""
    doc = ctx.doc
    quotes = back_reports(ctx, quotes)  # "As specified in the message, ...": the message speaks
    _documents_own_issuers(ctx, quotes)
    for q in quotes:
        sp = q.speaker
        words = sp.text.lower().split() if sp is not None else []
        if (
            sp is None
            or sp.name is not None
            or not 2 <= len(words) <= 4
            or words[0] not in word_set("document_determiners")
            or words[-1] not in word_set("documents")
        ):
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None:
            continue
        head = span[-1]
        first_para = ctx.para_of(sp.start)[0]
        for _ in range(2):
            first_para = ctx.para_of(max(0, first_para - 1))[0] if first_para > 0 else 0
        for t in reversed(doc[max(0, span.start - _LOOK_BACK) : span.start]):
            if t.idx < first_para:
                break
            same = t.lemma_.lower() == head.lemma_.lower() or (
                head.lemma_.lower() in word_set("any_document") and t.lemma_.lower() in word_set("documents")
            )  # "The ministers adopted a joint statement. The document says ..."
            if not same or t.pos_ != "NOUN":
                continue
            who = _issuer_token(t)
            if who is None:
                continue
            found = _make_speaker(ctx, who, None)
            if found.name:
                _take_identity(sp, found)
                sp.affiliation = sp.affiliation or found.affiliation
            break
    return quotes


_QUESTION_LABEL = re.compile(r"\W{0,2}(?:Q|QUESTION)\s*:\s")


def _answers(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """A transcript's "ANSWER: ..." takes the identity of the latest named
    speaker before it, not of anyone a reporter's question ("QUESTION: Would
    the United States support ...?") mentions."""
    if not ctx.answers:
        return quotes
    questions = [(p0, p1) for p0, p1 in ctx.paras if _QUESTION_LABEL.match(ctx.text, p0, p1)]
    answer_quotes = [q for q in quotes if id(q) in ctx.answers]
    # the people named in full, by where they end: an interview's introduction ("X answered the
    # questions of our correspondent") names the one answering before anyone is quoted
    people = sorted(
        (x for x in ctx.doc._.mentions or () if x.kind == "person" and x.name and len(x.name.split()) >= 2),
        key=lambda x: x.end,
    )
    ends = [x.end for x in people]
    last: Speaker | None = None
    for q in quotes:
        sp = q.speaker
        if any(p0 <= q.start < p1 for p0, p1 in questions):
            continue
        if id(q) in ctx.answers and sp is not None:
            k = bisect_right(ends, q.start)
            src = last if last is not None else (people[k - 1] if k else None)
            if src is not None:
                _take_identity(sp, src)
            continue
        a = (
            next((a for a in answer_quotes if a.start <= q.start < a.end), None)
            if sp is not None and sp.text.lower() in ("i", "we")
            else None
        )
        if a is not None:
            # "I'd reject that ..." inside an answer: the one answering
            _take_identity(sp, a.speaker)
            continue
        if sp is not None and sp.name:
            last = sp
    return quotes
