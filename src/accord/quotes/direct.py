"""Quotations in marks that no cue claimed: their attribution by a cue
around them, a signature dash, the previous speaker; chains over several
paragraphs and quotations interrupted by their attribution."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..record import Quote, Span, Speaker
from ..syntax import grammar
from .chains import join_chains, merge_interrupted
from .classes import is_quote, tail_class
from .cues import _cue_of, _is_speech
from .sentences import sent_bounds, sent_of
from .spans import _iou, quote_at
from .speaker_phrase import _make_speaker
from .speakers import _agentive, _name_before, _speaker_token
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _direct_quotes(ctx: _Ctx, found) -> list[Quote]:
    """Add the quotations no cue claimed: attributed through a cue in the
    same sentence, floating (a paragraph that is only a quote: the previous
    speaker), or else left out (scare quotes, titles)."""
    quotes = _unique([q for _, _, q, _ in found])
    starts = sorted((q.start, q.end, k) for k, q in enumerate(quotes))
    by_pos = [s for s, _, _ in starts]
    extra: list[Quote] = []
    last: Quote | None = None
    ends = sorted((q.end, k) for k, q in enumerate(quotes))
    for m in ctx.marks:
        if m.single:
            continue
        claimed = _claimed_by(quotes, starts, by_pos, m.start, m.end)
        if claimed is not None and id(claimed) not in ctx.shared:
            last = claimed
            continue
        q = _unclaimed_quote(ctx, m, quotes, last, ends)
        if q is not None:
            extra.append(q)
            last = q
    out = sorted(quotes + extra, key=lambda q: (q.start, q.end))
    out = join_chains(ctx, out)
    return merge_interrupted(ctx, out)


def _unique(quotes: list[Quote]) -> list[Quote]:
    """Drop near-duplicates (two cues claiming the same span: keep the first).
    Spans overlapping by 90% start within a ninth of their length of each
    other: only the kept spans starting that near are compared."""
    uniq: list[Quote] = []
    kept: list[tuple[int, int, int]] = []  # (start, end, index in uniq) of the kept quotes, in order
    for q in quotes:
        slack = (q.end - q.start) // 9 + 1
        lo = bisect_left(kept, (q.start - slack, -1, -1))
        hi = bisect_right(kept, (q.start + slack, 1 << 62, 1 << 62))
        same = next((k for a, b, k in kept[lo:hi] if _iou(q.start, q.end, a, b) >= 0.9), None)
        if same is not None:
            if is_quote(q.cue_class) and not is_quote(uniq[same].cue_class):
                uniq[same] = q  # 'According to sources, X is expected to ...': the report, not the perception
            continue
        insort(kept, (q.start, q.end, len(uniq)))
        uniq.append(q)
    return uniq


def _claimed_by(quotes, starts, by_pos, s: int, e: int) -> Quote | None:
    """The found content that already covers the quotation [s, e), if any."""
    j = bisect_right(by_pos, e) - 1
    k = j
    while k >= 0 and k > j - 8:
        qs, qe, idx = starts[k]
        if qs <= s + 2 and qe >= e - 2 or _iou(s, e, qs, qe) >= 0.5:
            return quotes[idx]
        k -= 1
    return None


@dataclass
class _Quotation:
    """One unclaimed quotation and what its text says about it."""

    s: int
    e: int
    body: str  # the quoted words without the marks
    words: int
    utterance: bool  # ends in punctuation inside the marks ('"Really," he added')
    opens: bool  # opens its sentence
    para: tuple[int, int]
    text_of: str = ""  # the article's text


def _read_quotation(ctx: _Ctx, m) -> _Quotation:
    doc, text = ctx.doc, ctx.text
    s, e = m.start, m.end
    i0, i1 = m.inner(text)
    body = text[i0:i1]
    utterance = bool(body) and body[-1] in ",.?!\u2014-:;\u2026"
    tk = doc.char_span(s, min(s + 1, len(text)), alignment_mode="expand")
    opens = bool(tk is not None and len(tk) and (tk[0].is_sent_start or tk[0].i == sent_bounds(tk[0])[0]))
    if not opens and i0 < i1:
        # "''Nobody listens,'' she said.": the parser read the opening mark as
        # the close of the sentence before; the words inside open the next one
        w = doc.char_span(i0, min(i0 + 1, len(text)), alignment_mode="expand")
        opens = bool(w is not None and len(w) and w[0].i > 0 and w[0].i == sent_bounds(w[0])[0])
    return _Quotation(s, e, body, len(body.split()), utterance, opens, ctx.para_of(s), text)


def _is_title_or_fragment(ctx: _Ctx, m, qt: _Quotation, lead_cue) -> bool:
    """A title (''Face the Nation''), a scare quote or a short fragment inside
    someone's sentence ('passed "hundreds of bills"'): not a quote of its own."""
    if m.continued or lead_cue is not None:
        return False
    if _title_like(qt.body) and not _whole_sentence(ctx, qt):
        return True
    before = ctx.text[max(0, qt.s - 3) : qt.s].strip()
    if qt.words <= 2 and not (qt.utterance and (qt.opens or before.endswith(":"))):
        return True
    return qt.words <= 5 and not qt.opens and not before.endswith((":", ","))


def _unclaimed_quote(ctx: _Ctx, m, quotes: list[Quote], last: Quote | None, ends) -> Quote | None:
    """The quote of a quotation no cue claimed, with the speaker a cue around
    it, a signature or the report before it gives; None when it is not one."""
    qt = _read_quotation(ctx, m)
    lead_cue = _lead_cue(ctx, qt.s) if qt.utterance else None
    if _is_title_or_fragment(ctx, m, qt, lead_cue):
        return None
    prev = last.speaker if last else None
    attribution = None
    if _COMMA_DASH.match(ctx.text, qt.e):
        attribution = _verb_after(ctx, qt, prev)  # '«...», - shared X': the verb after the dash first
    attribution = attribution or _cue_around(ctx, qt, prev)
    if attribution is None and lead_cue is not None:
        # 'a man yelled "Stay there!"': the cue right before the quotation
        subj = _speaker_token(lead_cue)
        if subj is not None:
            attribution = (
                _make_speaker(ctx, subj, prev),
                Span(lead_cue.idx, lead_cue.idx + len(lead_cue.text), lead_cue.text),
            )
    if attribution is None and (qt.utterance and qt.body[-1] in ",?!" or _COMMA_DASH.match(ctx.text, qt.e)):
        # '"...," the captain shouted', and '«...», - shared X' (the comma after the mark)
        attribution = _verb_after(ctx, qt, prev)
    if attribution is None:
        attribution = _signature(ctx, qt.e, qt.para[1])
    cls = None
    if attribution is None:
        attribution = _attributed_to(ctx, qt, prev) or _attributed_before(ctx, qt, prev)
        cls = "report" if attribution is not None else None  # the words are attributed: a report
    if attribution is None:
        attribution = _goes_on(qt, quotes, last, ends)
    speaker, cue = attribution if attribution is not None else (None, None)
    if cue is None and m.dash and not m.closed and speaker is None:
        speaker = _interviewee(ctx, qt.para[0])
        if speaker is not None:
            return quote_at(ctx, qt.s, qt.e, speaker, kind="direct")
    if cue is None:
        if not _floating(m, qt):
            return None
        if last is not None and last.speaker is not None and (m.continued or not _intervenes(quotes, ends, last, qt.s)):
            speaker = Speaker(**last.speaker.__dict__)
    if cls is None and cue is not None and attribution is not None:
        cls = tail_class(ctx.doc, ctx.lex, cue.start)  # "wrote", "is convinced", "believes"
    return quote_at(ctx, qt.s, qt.e, speaker, cue, "direct", cls)


def _attributed_to(ctx: _Ctx, qt: _Quotation, prev) -> tuple[Speaker, Span] | None:
    """'The words "..." are attributed to X' / '... belong to X': the quoted
    words are the subject, the object of "to" their speaker."""
    doc = ctx.doc
    span = doc.char_span(qt.e, min(len(ctx.text), qt.para[1]), alignment_mode="contract")
    return _attributing_verb(ctx, span[:8] if span is not None else (), prev)


def _attributed_before(ctx: _Ctx, qt: _Quotation, prev) -> tuple[Speaker, Span] | None:
    """'The following words belong to X: "..."': a lead-in that ends with a
    colon right before the quotation, whose verb gives the words to the
    object of its "to"."""
    doc = ctx.doc
    if not ctx.text[max(qt.para[0], qt.s - 3) : qt.s].strip().endswith(":"):
        return None
    span = doc.char_span(max(qt.para[0], qt.s - 300), qt.s, alignment_mode="contract")
    if span is None or not len(span):
        return None
    lo = sent_bounds(span[-1])[0]
    return _attributing_verb(ctx, doc[max(lo, span.start) : span.end], prev)


def _attributing_verb(ctx: _Ctx, tokens, prev) -> tuple[Speaker, Span] | None:
    """The first attributing verb among ``tokens`` ('attributed to', 'belong
    to') with an object of its "to": that object as the speaker, the verb as
    the cue."""
    gr = grammar(ctx.doc)
    for t in tokens:
        who = _words_of(t)  # "cites the words of X:"
        if who is not None:
            return _make_speaker(ctx, who, prev), Span(t.idx, t.idx + len(t.text), t.text)
        if t.lemma_.lower() not in word_set("attributing_verbs") or t.pos_ not in ("VERB", "AUX"):
            continue
        to = next((c for c in t.rights if c.lower_ == "to" and gr.is_(c, "prep")), None)
        who = next((g for g in to.children if gr.is_(g, "prep_object")), None) if to is not None else None
        if who is not None:
            return _make_speaker(ctx, who, prev), Span(t.idx, t.idx + len(t.text), t.text)
    return None


def _words_of(t):
    """'The agency cites the words of X:': the X whose words a citing verb's
    object names, else None."""
    gr = grammar(t)
    if t.lemma_.lower() not in word_set("citing_verbs") or t.pos_ != "VERB":
        return None
    obj = next((c for c in t.children if gr.is_(c, "object") and c.lemma_.lower() in word_set("word_nouns")), None)
    of = next((c for c in obj.children if gr.is_(c, "prep") and c.lower_ == "of"), None) if obj is not None else None
    return next((g for g in of.children if gr.is_(g, "prep_object")), None) if of is not None else None


def _interviewee(ctx: _Ctx, p0: int) -> Speaker | None:
    """The person an interview in dash lines is with: the first person named
    with a full name in the paragraph before its first question ("Our
    correspondent talked with X, ..."), when the paragraph before ``p0`` is
    a dash question."""
    text = ctx.text
    q0 = ctx.para_of(max(0, p0 - 1))[0] if p0 > 0 else 0
    if q0 == p0 or text[q0 : ctx.para_of(q0)[1]].rstrip()[-1:] != "?":
        return None
    while q0 > 0:  # back to the first line of the exchange
        b0, b1 = ctx.para_of(max(0, q0 - 1))
        if b0 == q0 or text[b0:b1].lstrip()[:1] not in tuple("-\u2013\u2014"):
            break
        q0 = b0
    named = [
        x
        for x in ctx.doc._.mentions or ()
        if x.kind == "person" and x.name and len(x.name.split()) >= 2 and x.end <= q0
    ]
    if not named:
        return None
    intro = ctx.para_of(max(0, q0 - 1))[0]
    # the first person the introduction names ("talked with X, Doctor of ..."), else the last before it
    x = next((n for n in named if n.start >= intro), named[-1])
    return Speaker(
        start=x.start, end=x.end, text=text[x.start : x.end], name=x.name, code=x.code, country=x.country, org=x.org
    )


def _who(sp: Speaker | None):
    return None if sp is None else (sp.name or sp.text).lower()


def _intervenes(quotes: list[Quote], ends, last: Quote, s: int) -> bool:
    """Whether someone else is reported between quotation ``last`` and a
    follow-on quotation at ``s`` ('"A," X said. Y said that B. "C."': C is
    not X's by position alone). ``ends``: (end, index) of ``quotes``, sorted."""
    k = bisect_right(ends, (s, -1)) - 1
    if k < 0:
        return False
    between = quotes[ends[k][1]]
    return between.end > last.end and between.speaker is not None and _who(between.speaker) != _who(last.speaker)


def _floating(m, qt: _Quotation) -> bool:
    """A quotation with no cue that still goes with the previous speaker: it
    continues a quotation, or it is its paragraph's only words."""
    s, e, para = qt.s, qt.e, qt.para
    inside_para = para[0] <= s and e <= para[1]
    only_quote = inside_para and (s - para[0]) <= 2 and (para[1] - e) <= 3
    return bool(m.continued or only_quote)


_WINDOW = 60  # tokens either side of a quotation where its cue may stand


def _cue_sentences(ctx: _Ctx, qt: _Quotation) -> list:
    """The sentences where the cue of a quotation may stand: the ones at its
    end and start, and the start of the next when the parser split after the
    closing mark ('"Who are they?" she asked.')."""
    gr = grammar(ctx.doc)
    doc, text = ctx.doc, ctx.text
    s, e, body = qt.s, qt.e, qt.body
    tok_e = doc.char_span(max(e - 1, 0), e, alignment_mode="expand")
    tok_s = doc.char_span(s, min(s + 1, len(text)), alignment_mode="expand")
    cands = []
    if tok_s is not None and len(tok_s) and tok_e is not None and len(tok_e):
        # the words of the quotation's sentences near it (a cue stands within a few words of
        # its quotation; a window keeps a text read as one long sentence linear)
        i0, i1 = tok_s[0].i, tok_e[-1].i + 1
        lo, hi = sent_bounds(tok_s[0])[0], sent_bounds(tok_e[-1])[1]
        before, after = doc[max(lo, i0 - _WINDOW) : i0], doc[i1 : min(hi, i1 + _WINDOW)]
        # the end's sentence first when the quotation spans sentences
        cands = [before, after] if sent_bounds(tok_s[0])[1] >= i1 else [after, before]
    if e < len(text) and body and body[-1] in "?!.,":
        nt = doc.char_span(e, min(e + 2, len(text)), alignment_mode="expand")
        if nt is not None and len(nt) and sent_of(nt[0]).start_char >= e - 1 and sent_of(nt[0]).start_char <= e + 2:
            ns = sent_of(nt[0])
            # ('"Who are they?" Smith asked.'), not a new report ('The CSTO said it would ...')
            if (
                len(ns) >= 2
                and ns[0].text[:1].islower()
                or any(
                    _cue_of(x, ctx.lex) is not None
                    and not any(gr.is_(ch, "clausal_complement", "open_complement", "object") for ch in x.children)
                    for x in ns[:4]
                )
            ):
                cands.append(ns[:6])
    return cands


def _cue_around(ctx: _Ctx, qt: _Quotation, prev) -> tuple[Speaker, Span] | None:
    """A speech or thought cue in the sentence right after or around the
    quotation, with its subject outside the quotation."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    s, e, para = qt.s, qt.e, qt.para
    for sent in _cue_sentences(ctx, qt):
        for t in sent:
            if s <= t.idx < e:
                continue
            inq = ctx.mark_at(t.idx)
            if inq is not None and not inq.single:
                continue  # a verb inside another quotation
            if t.idx + len(t.text) > para[1] or t.idx < para[0]:
                continue
            c = _cue_of(t, ctx.lex)
            if c is not None and (c.clause or c.clause_strict) and ("speech" in c.kinds or "thought" in c.kinds):
                subj = _speaker_token(t)
                if subj is not None and s <= subj.idx < e:
                    # '"A. Full B," said X': the parser gave the cue two
                    # subjects, the quoted words and the name after it;
                    # '"A. B," Rep. X (D-Md.) said': the quoted words only
                    subj = next(
                        (ch for ch in t.rights if gr.is_(ch, "subject", "passive_subject") and ch.idx >= e), None
                    ) or _name_before(doc, t, e)
                if subj is not None and not (s <= subj.idx < e):
                    return _make_speaker(ctx, subj, prev), Span(t.idx, t.idx + len(t.text), t.text)
    return None


#: a comma and a dialogue dash after a quotation's closing mark: '«...», - shared X'
_COMMA_DASH = re.compile(r"[\u00bb\u201d\"]?,\s*[-\u2013\u2014]\s")


def _verb_after(ctx: _Ctx, qt: _Quotation, prev) -> tuple[Speaker, Span] | None:
    """'"Stay out of our waters," the captain shouted': any verb right after a
    quote that ends in a comma, with its subject outside the quote."""
    doc, text = ctx.doc, ctx.text
    e, para = qt.e, qt.para
    after = doc.char_span(e, min(len(text), e + 80), alignment_mode="contract")
    for k, t in enumerate(after[:6] if after is not None else ()):
        if t.idx >= para[1]:
            break  # the next paragraph is not this quotation's attribution
        if k < 3 and t.text in (",", "-", "\u2013", "\u2014", "\u00bb", '"') and _COMMA_DASH.match(text, e):
            continue  # '«...», - shared ...': the comma and dash after the mark
        adj = _attitude_after_copula(ctx, t)
        if adj is not None:  # '"...," the expert is sure': the copula's subject holds the view
            subj = next((c for c in t.children if grammar(t).is_(c, "subject")), None) or _name_before(doc, t, e)
            if subj is not None and subj.idx >= e:
                return _make_speaker(ctx, subj, prev), Span(adj.idx, adj.idx + len(adj.text), adj.text)
            break
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
            subj = _speaker_token(t)
            if t.lower_ in ctx.lex.adjectives:  # '"...," the expert is convinced'
                subj = next((c for c in t.lefts if grammar(t).is_(c, "passive_subject") and c.idx >= e), subj)
            if subj is None or (subj.idx < e and _is_speech(t, ctx.lex)):
                # the parser hung the verb on its subject, or made it a
                # conjunct of the quoted clause ('"...," Aktobe police
                # Chief X said' read as an imperative "Aktobe ...")
                subj = _name_before(doc, t, e) or subj
            if subj is not None and subj.idx >= e:
                return _make_speaker(ctx, subj, prev), Span(t.idx, t.idx + len(t.text), t.text)
            break
        if t.is_punct and t.text not in ("\u2019", "'"):
            break
    return None


def _attitude_after_copula(ctx: _Ctx, t):
    """The attitude adjective ("sure", "convinced") that a copula ``t``
    takes at the end of its clause ("..., the expert is sure."), or None."""
    doc = ctx.doc
    if t.lemma_ != "be" or t.i + 1 >= len(doc):
        return None
    adj = doc[t.i + 1]
    if adj.pos_ != "ADJ" or adj.lower_ not in ctx.lex.adjectives:
        return None
    return adj if adj.i + 1 == len(doc) or doc[adj.i + 1].is_punct else None


def _goes_on(qt: _Quotation, quotes: list[Quote], last: Quote | None, ends):
    """'"A," she said. "B."': the second part goes with the first; 'Tokayev
    said that X. "Y ...': a quotation opening the very next sentence goes on
    with the report before it. (speaker, cue) or None. ``ends``: (end, index)
    of ``quotes``, sorted."""
    s, para = qt.s, qt.para
    if (
        last is not None
        and last.cue is not None
        and last.end <= last.cue.start < s
        and para[0] <= last.start
        and s - last.end <= 200
    ):
        return last.speaker, last.cue
    if qt.opens:
        k = bisect_right(ends, (s, 1 << 62))
        prev = quotes[ends[bisect_left(ends, (ends[k - 1][0], -1))][1]] if k else None  # the first that ends last
        if last is not None and (prev is None or last.end > prev.end):
            prev = last
        if (
            prev is not None
            and prev.speaker is not None
            and prev.cue is not None
            and prev.cue.start < prev.start
            and para[0] <= prev.start
            and 0 <= s - prev.end <= 3
        ):
            return prev.speaker, prev.cue
        if _tail_then_quote(qt, prev):
            return prev.speaker, prev.cue
    return None


# the rest of an attribution sentence after its cue: '..., says X.' (no other sentence)
_ATTRIBUTION_REST = re.compile(r"[^.!?\n\u00ab\u201c\"]{0,120}[.!?]\s*")


def _tail_then_quote(qt: _Quotation, prev: Quote | None) -> bool:
    """'Russia will help, says X. «We will ...»': a quotation opening the
    sentence right after a report whose cue and speaker follow its words
    goes on with that speaker."""
    text = qt.text_of
    return (
        prev is not None
        and prev.speaker is not None
        and prev.cue is not None
        and prev.cue.start >= prev.end
        and qt.para[0] <= prev.start
        and prev.cue.end <= qt.s
        and _ATTRIBUTION_REST.fullmatch(text, prev.cue.end, qt.s) is not None
    )


# '"...." ― Jane Doe': a quotation signed with a dash and a name
_SIGNATURE = re.compile(
    r"[ \t\u00a0]*([\u2015\u2014\u2013]|--?)[ \t\u00a0]*((?:[A-Z][\w.'\u2019\-]*[ \u00a0]?){1,5})[ \t\u00a0.]*(?:\n|$)"
)


def _signature(ctx: _Ctx, e: int, p1: int):
    """A quotation followed on its line by a dash and a short capitalized
    name: the name is the speaker, the dash the cue."""
    m = _SIGNATURE.match(ctx.text, e, min(len(ctx.text), p1 + 1, e + 80))
    if m is None:
        return None
    ns, ne = m.start(2), m.end(2)
    while ne > ns and ctx.text[ne - 1] in " .\u00a0":
        ne -= 1
    if ne - ns < 3:
        return None
    doc = ctx.doc
    span = doc.char_span(ns, ne, alignment_mode="expand")
    if span is None or not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in span):
        return None
    sp = Speaker(start=ns, end=ne, text=ctx.text[ns:ne])
    mm = ctx.mention_at(doc, ns, ne)
    if mm is not None:
        sp.name, sp.code, sp.country, sp.org = mm.name, mm.code, mm.country, mm.org
    else:
        sp.name = sp.text
    return sp, Span(m.start(1), m.end(1), ctx.text[m.start(1) : m.end(1)])


def _lead_cue(ctx: _Ctx, s: int):
    """The speech verb right before a quotation ('yelled "Stay there!"',
    'tweeted: "..."'), or None."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    span = doc.char_span(s, min(s + 1, len(ctx.text)), alignment_mode="expand")
    if span is None or not len(span):
        return None
    i = span[0].i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    colon = i if i >= 0 and doc[i].text == ":" else None
    k = i
    while i >= 0 and doc[i].text in (",", ":") and i >= k - 1:
        i -= 1
    if i < 0:
        return None
    t = doc[i]
    if _is_speech(t, ctx.lex) and (t.idx >= ctx.para_of(s)[0] or colon is not None):
        return t
    if colon is None:
        return None
    # a colon lead-in whose verb stands further back, or at the end of the paragraph before:
    # "X told a press conference in Udhampur:", "He went further in a briefing:", "X put it bluntly:"
    v = _verb_up(doc[colon].head, len(doc))
    if v.i > colon and colon > 0:
        # the parser hung the colon on the quoted verb: the lead-in's verb is found from its last word
        v = _verb_up(doc[colon - 1], colon)
    if (
        v.i >= colon
        or v.pos_ not in ("VERB", "AUX")
        or any(gr.is_(c, "clausal_complement", "open_complement") and c.i < colon for c in v.children)
    ):
        return None  # "He said the plan was simple: ...": the colon is inside his report
    if _is_speech(v, ctx.lex) or (v.tag_ in ("VBD", "VBZ", "VBP") and _agentive(_speaker_token(v))):
        return v
    return None


def _verb_up(v, below: int, steps: int = 12):
    """The first verb at or above ``v`` whose head lies before ``below``, at
    most ``steps`` links up (a lead-in's verb is near its colon)."""
    while steps and v.pos_ not in ("VERB", "AUX") and v.head.i < below and v.head.i != v.i:
        v, steps = v.head, steps - 1
    return v


def _whole_sentence(ctx: _Ctx, qt: _Quotation) -> bool:
    """'"That is Jones and Brown."': a quotation that opens its sentence, ends
    in a period and has a finite verb is a sentence said, not a title."""
    if not (qt.opens and qt.body.rstrip().endswith(".")):
        return False
    span = ctx.doc.char_span(qt.s, qt.e, alignment_mode="expand")
    return span is not None and any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in span)


def _title_like(body: str) -> bool:
    """Title Case words in marks ("Face the Nation", "Doomed to Succeed"):
    a name of a work, not a quotation."""
    words = [w.strip(".,;:!?\u2019'\"") for w in body.split()]
    words = [w for w in words if w]
    if not words or len(words) > 8 or len(words) < 2:
        return False
    if any(w[0].isdigit() for w in words):
        return False
    caps = [w for w in words if w.lower() not in word_set("title_small_words")]
    if not caps or not all(w[0].isupper() for w in caps):
        return False
    return words[0][0].isupper() and words[-1][0].isupper() and not body.rstrip().endswith(("?", "!"))
