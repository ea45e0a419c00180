"""Quotes found without a verb cue: 'according to X', 'In a poll, ...',
attitude adjectives and nouns, colon lead-ins, transcripts, dialogue
dashes and 'The minister was blunt: ...'."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..record import Quote, Span, Speaker
from ..syntax import grammar
from .classes import noun_class
from .commas import described_name
from .cues import _SUBJ, _cue_of, _is_speech, _noun_complement
from .sentences import long_sentence, sent_bounds, sent_of
from .spans import (
    _MARK_CHARS,
    _chars,
    _clip_para,
    _cut_tail,
    _fit_marks,
    _kind,
    _trim_tokens,
    quote_at,
)
from .speaker_phrase import _make_speaker
from .speakers import _agentive, _inverted_name, _name_bounds, _noun_source, _speaker_token
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _dash_quotes(ctx: _Ctx):
    """Dialogue-dash quotations with their attribution after the closing dash:
    "- We will not allow it, - said the head of the service, X." / "..., -
    emphasized he." / "..., - told the resident Y." The cue is the verb right
    after the dash; the speaker its subject after it, or the name it is
    followed by (the parser rarely reads these inverted clauses right)."""
    gr = grammar(ctx.doc)
    doc, text = ctx.doc, ctx.text
    for m in ctx.marks:
        if not m.dash or not m.closed:
            continue
        after = doc.char_span(m.end, min(len(text), m.end + 200), alignment_mode="expand")
        if after is None:
            continue
        toks = [t for t in after if not (t.is_punct or t.is_space)]
        if not toks or toks[0].idx > m.end + 4:
            continue
        # the verb right after the dash, or after its subject ("..., - the expert said.", "..., -
        # First Deputy Chief of the General Staff Colonel General X said")
        cue = next((t for t in toks[:6] if _is_speech(t, ctx.lex)), None) or _after_title(ctx, toks)
        if cue is None or (cue.i != toks[0].i and any(t.is_punct for t in doc[toks[0].i : cue.i])):
            continue
        subj = next(
            (c for c in cue.children if gr.is_(c, "subject", "passive_subject") and (c.i > cue.i or c.idx >= m.end)),
            None,
        )
        if subj is None:
            subj = _inverted_name(cue) or next(
                (c for c in cue.children if gr.is_(c, "object", "dative") and c.i > cue.i and _agentive(c)), None
            )
        s, e = m.start, m.end
        yield quote_at(ctx, s, e, _make_speaker(ctx, subj, None) if subj is not None else None, cue, "direct")


def _after_title(ctx: _Ctx, toks: list):
    """The speech verb after a long title and name that opens ``toks``
    (words of names and titles only, up to 25), else None."""
    for t in toks[:25]:
        if _is_speech(t, ctx.lex):
            return t if t.i > toks[0].i and t.doc[t.i - 1].pos_ == "PROPN" else None
        if t.pos_ not in ("PROPN", "ADP", "DET", "NOUN", "ADJ") and t.lower_ != "and":
            return None
    return None


def _swallowed_subject(doc, gr, src, phi: int, root) -> int:
    """The end of an opening "According to X," phrase whose source took in
    the main clause's subject ("According to the expert of the Institute X
    Y, the threat of terrorism remains low": "the threat" hung on "Y" as an
    apposition, or "Y" read as the subject of "remains"): the first comma
    after the source, when the main verb has no subject after that comma;
    else the phrase's end as it was."""
    if src is None or root.i < phi:
        return phi
    comma = next((k for k in range(src.i + 1, root.i) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= root.i:
        return phi
    subjects = [c.i for c in root.children if gr.is_(c, "subject", "passive_subject")]
    return comma if all(i < comma for i in subjects) else phi


def _adverbial_cues(ctx: _Ctx):
    """'according to X' and the like: (cue token bounds, source token, content token bounds)."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    for key, cue in ctx.lex.adverbials.items():
        first = key[0]
        n = len(key)
        for t in ctx.tokens_of(first):
            if tuple(x.lower_ for x in doc[t.i : t.i + n]) != key or long_sentence(t):
                continue
            last = doc[t.i + n - 1]
            src = None
            for g in last.children:
                if gr.is_(g, "prep_object"):
                    src = g
            if src is None and t.i + n < len(doc):
                src = doc[t.i + n]
            sent = sent_of(t)
            # the phrase's own extent
            plo = t.i
            phi = max(t.i + n, src.right_edge.i + 1 if src is not None else t.i + n)
            named = described_name(src) if src is not None else None
            phi = max(phi, named.i + 1) if named is not None else phi  # "according to the expert, colonel X Y, ..."
            # the content: the rest of the sentence (within its paragraph)
            lo, hi = sent.start, sent.end
            p0, p1 = ctx.para_of(t.idx)
            while lo < t.i and doc[lo].idx < p0:
                lo += 1
            while hi > phi and doc[hi - 1].idx >= p1:
                hi -= 1
            lead = lo
            while lead < plo and (doc[lead].is_punct or doc[lead].lower_ in ("and", "but", "so", "yet")):
                lead += 1
            inq = ctx.mark_at(t.idx)
            if inq is not None and not inq.single:
                continue  # the quoted speaker's own "according to"
            after = phi
            while after < hi and doc[after].text in (",", "\u2014", "--", "-"):
                after += 1
            if plo <= lead:
                phi = _swallowed_subject(doc, gr, src, phi, sent.root)
                lo = phi  # "According to X, ..."
            elif phi >= hi - 1:
                hi = plo  # "..., according to X."
                lo = _own_conjunct(ctx, t, lo)
            elif (
                after > phi
                and after < hi
                and (doc[after].tag_ == "VBG" or doc[after].lower_ in word_set("writer_tail_words"))
            ):
                hi = plo  # "..., according to X, even as ...": the rest is the writer's
            elif lo <= sent.root.i < plo:
                # "X leads by 10 points, according to Y, where ...": the main
                # clause is over before the phrase, what follows is the
                # writer's (PolNeAR train: 14 of 17 such contents stop there;
                # with the main verb after the phrase, 7 of 8 go on)
                hi = plo
            if hi - lo <= 3 and lo < plo and all(x.pos_ in ("PRON", "AUX", "DET", "PUNCT") for x in doc[lo:plo]):
                continue  # "That's according to X"
            # else in the middle: the whole sentence, the phrase inside it
            lo, hi = _trim_tokens(doc, lo, hi)
            if hi > lo:
                yield (t.i, t.i + n), src, (lo, hi), cue


def _own_conjunct(ctx: _Ctx, t, lo: int) -> int:
    """'Moscow said it had brokered a ceasefire, but the shelling continued,
    according to Armenian officials': the phrase at the end covers only the
    clause it hangs on when the clauses before it are another report."""
    gr = grammar(ctx.doc)
    h = t.head
    if not gr.is_(h, "conjunct") or h.head.i >= h.i or h.left_edge.i <= lo:
        return lo
    start = h.left_edge.i
    if not any(_is_speech(x, ctx.lex) and any(gr.is_(c, "subject") for c in x.children) for x in ctx.doc[lo:start]):
        return lo
    return start


def _in_source(ctx: _Ctx):
    """(cue token, source token, content token bounds) for "In a poll, ..."."""
    gr = grammar(ctx.doc)
    doc, lex = ctx.doc, ctx.lex
    for t in ctx.tokens_of(("in", "per")):  # the word index, not the whole Doc
        if not gr.is_(t, "prep") or t.head.pos_ not in ("VERB", "AUX") or long_sentence(t):
            continue
        src = next((g for g in t.children if gr.is_(g, "prep_object")), None)
        held = src is not None and src.lemma_.lower() in word_set("opinion_nouns", "word_nouns")
        if held:
            # "In his opinion, ...", "In Moscow's view, ...": the possessor holds it
            src = next((g for g in src.children if gr.is_(g, "possessor")), None)
        elif src is None or src.lemma_.lower() not in word_set("source_nouns"):
            continue
        if src is None:
            continue
        head = t.head
        if gr.is_(head, "aux", "passive_aux") and head.head.i > head.i:
            head = head.head  # the parser hung "In a poll" on "were" of "were opposed"
        if head.i < t.i or (_cue_of(head, lex) is not None and not held):
            continue  # "In a statement, X said ...": the verb's own report ("In his opinion, X will insist" is his)
        if t.i != sent_bounds(head)[0] and not (t.i > 0 and gr.is_(doc[t.i - 1], "coordinator")):
            continue
        lo, hi = t.right_edge.i + 1, head.right_edge.i + 1
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo >= 3 and any(gr.is_(g, *_SUBJ) for g in head.children):
            subj = next((g for g in head.children if gr.is_(g, "subject")), None)
            if not held and src.lemma_.lower() not in word_set("studies") and _agentive(subj):
                src = subj  # "In a statement, the minister sounded calmer": his, not the statement's
            yield t, src, (lo, hi)


def _adjective_cues(ctx: _Ctx):
    """ "X is confident that ...", "X was critical of ...": an attitude
    adjective after a copula; the speaker is the copula's subject."""
    gr = grammar(ctx.doc)
    doc, adjs = ctx.doc, ctx.lex.adjectives
    if not adjs:
        return
    for t in ctx.tokens_of(adjs):  # an attitude adjective is its own lemma: the word index will do
        if (
            t.pos_ != "ADJ"
            or not gr.is_(t, "adjectival_complement", "root", "predicative")
            or t.lemma_.lower() not in adjs
            or long_sentence(t)
        ):
            continue
        cop = t.head if not gr.is_(t, "root") else t
        subj = next((c for c in cop.children if gr.is_(c, "subject")), None)
        if subj is None or subj.lower_ == "it" or (cop.i != t.i and cop.lemma_.lower() == "make"):
            continue  # "make sure that ...", "made certain that ...": an act, no view
        if subj.lower_ in ("i", "we") and t.lemma_.lower() in word_set("hedge_adjectives"):
            continue  # "I'm sure some of them would ...": a speaker's hedge, not a view reported
        comp = None
        for ch in t.children:
            if gr.is_(ch, "clausal_complement", "open_complement") and ch.i > t.i:
                comp = (ch.left_edge.i, ch.right_edge.i + 1)
                break
            if gr.is_(ch, "prep") and ch.lower_ in word_set("adjective_preps"):
                obj = next((g for g in ch.children if gr.is_(g, "prep_object", "prep_clause")), None)
                if obj is not None:
                    comp = (obj.left_edge.i, obj.right_edge.i + 1)
                    break
        if comp is None:
            continue
        lo, hi = _trim_tokens(doc, *comp)
        if hi - lo < 2:
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        yield quote_at(ctx, s, e, _make_speaker(ctx, subj, None), t, cue_class=adjs[t.lemma_.lower()].cls or "thought")


def _noun_cues(ctx: _Ctx):
    """ "Tokayev's criticism of the deal", "the ministry's warning that ...",
    "X voiced concern that ...": a noun cue with its complement (the
    content) and its source (possessor, "by" agent or light-verb subject).
    A speech noun with a that-clause is a report even with no source named
    ("the claim that ...")."""
    gr = grammar(ctx.doc)
    doc, text, nouns = ctx.doc, ctx.text, ctx.lex.nouns
    if not nouns:
        return
    for t in ctx.with_pos("NOUN"):
        cue = nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)
        if cue is None or long_sentence(t):
            continue
        inq = ctx.mark_at(t.idx)
        if inq is not None and not inq.single:
            continue  # the quoted speaker's own words
        comp, clause = _noun_complement(t, cue)
        if comp is None:
            continue
        src = _noun_source(t)  # None: "questions about X", "fears that Y" with no one named
        lo, hi = comp
        hi = min(hi, sent_bounds(t)[1])
        if not clause:
            hi = _cut_tail(ctx, lo, hi)
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo < 1 or (hi - lo == 1 and doc[lo].pos_ == "PRON"):
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        spk = None
        if src is not None:
            spk = _make_speaker(ctx, src, None)
            if src.lower_ not in word_set("possessive_pronouns") and gr.is_(src, "possessor"):
                sp_lo, sp_hi = _name_bounds(src)
                ps, pe = _chars(doc, sp_lo, sp_hi)
                spk.start, spk.end = ps, pe
                spk.text = text[ps:pe].removesuffix("\u2019s").removesuffix("'s")
                spk.end = spk.start + len(spk.text)
        kind = _kind(ctx, s, e)
        yield quote_at(ctx, s, e, spk, t, kind, noun_class(cue, clause, kind, _expressed(t)))


def _expressed(t) -> bool:
    """Noun cue ``t`` is the object of a light verb ("voiced concern", "expressed hope")."""
    gr = grammar(t)
    h = t
    while gr.is_(h, "conjunct") and h.head.i != h.i:
        h = h.head
    return gr.is_(h, "object") and h.head.lemma_.lower() in word_set("light_verbs")


def _colon_leads(ctx: _Ctx):
    """Headline and transcript style: 'Lavrov: Russia will respond.' - a
    short name at a paragraph's start, a colon, then what the person said."""
    for p0, p1 in ctx.paras:
        lead = _colon_lead(ctx, p0, p1)
        if lead is None:
            continue
        colon, head, span, s, e = lead
        words = head.split()
        label = head.strip().rstrip(".").upper()
        if label in word_set("answer_labels"):
            # a transcript's answer: the words of the person the article has been quoting
            spk = Speaker(start=span.start_char, end=span.end_char, text=span.text)
            q = quote_at(ctx, s, e, spk, (colon, colon + 1), "direct")
            ctx.answers.add(id(q))
            yield q
        elif head.isupper() and len(words) <= 2 and len(head) >= 3 and label not in word_set("not_speakers"):
            q = _transcript_speaker(ctx, p0, colon, span, words, s, e)
            if q is not None:
                yield q
        else:
            q = _named_lead(ctx, colon, span, s, e)
            if q is not None:
                yield q


def _colon_lead(ctx: _Ctx, p0: int, p1: int):
    """(colon, head text, head span, content start, content end) of a
    paragraph that opens with a few words and a colon; None otherwise."""
    doc, text = ctx.doc, ctx.text
    colon = text.find(":", p0, min(p1, p0 + 70))
    if colon < 0 or colon == p0:
        return None
    head = text[p0:colon]
    words = head.split()
    if not words or len(words) > 6 or not head[0].isupper() or "\n" in head:
        return None
    if text[colon - 1].isdigit() or (colon + 1 < len(text) and text[colon + 1].isdigit()):
        return None  # a time or a ratio
    span = doc.char_span(p0, colon, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
        return None  # a clause before the colon: the verb path reads it
    s = colon + 1
    while s < p1 and text[s].isspace():
        s += 1
    e = p1
    while e > s and text[e - 1] in ". ":
        if text[e - 1] == "." and e - 2 >= s and text[e - 2] in _MARK_CHARS:
            break
        e -= 1
    if e - s < 3:
        return None
    body = doc.char_span(s, e, alignment_mode="expand")
    if body is not None and not any(t.pos_ in ("VERB", "AUX") for t in body) and len(body) < 6:
        return None  # "Kazakhstan: 1,204": a score or a label, not an utterance
    return colon, head, span, s, e


def _transcript_speaker(ctx: _Ctx, p0: int, colon: int, span, words, s: int, e: int) -> Quote | None:
    """A transcript's speaker label ("KARIMOV: He will not travel ..."): only a person the article
    names, the nearest before it, else any; not a dateline ("NEW DELHI: ...") or a section label."""
    surname = words[-1].lower().rstrip(".")
    people = [
        x for x in ctx.doc._.mentions or () if x.kind == "person" and x.name and x.name.split()[-1].lower() == surname
    ]
    m = max((x for x in people if x.end <= p0), key=lambda x: x.start, default=None) or (people[0] if people else None)
    if m is None:
        return None
    spk = Speaker(
        start=span.start_char, end=span.end_char, text=span.text, name=m.name, code=m.code, country=m.country, org=m.org
    )
    return quote_at(ctx, s, e, spk, (colon, colon + 1), "direct")


def _named_lead(ctx: _Ctx, colon: int, span, s: int, e: int) -> Quote | None:
    """'Lavrov: ...': a name (a mention, an entity or a capitalised noun)
    before the colon speaks; a label ("Editor's Note:", "LOOK:") does not."""
    doc = ctx.doc
    root = span.root
    m = ctx.mention_at(doc, span.start_char, span.end_char)
    if (
        any(t.lower_ in word_set("labels") for t in span)
        or span.text.strip().rstrip(".").upper() in word_set("not_speakers")  # "Question: ..."
        or m is None
        and not any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span)
        and (root.pos_ not in ("PROPN", "NOUN") or not root.text[:1].isupper() or root.text.isupper())
    ):
        return None  # "Editor's Note: ...", "Update: ...", "LOOK: ...", "Q: ...": a label, not a speaker
    spk = Speaker(start=span.start_char, end=span.end_char, text=span.text)
    if m is not None:
        spk.name, spk.code, spk.country, spk.org = m.name, m.code, m.country, m.org
    elif root.pos_ == "PROPN":
        spk.name = span.text
    cue = Span(colon, colon + 1, ":")
    return quote_at(ctx, s, e, spk, cue)


def _manner_colons(ctx: _Ctx):
    """'The minister was blunt: Astana will not host foreign bases.' - a
    speaker described as speaking plainly, a colon, then the words: the
    content runs to the end of that sentence."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    for t in ctx.tokens_of(word_set("plain_speech", "plain_words")):
        if t.i + 2 >= len(doc) or doc[t.i + 1].text != ":" or long_sentence(t):
            continue
        inq = ctx.mark_at(t.idx)
        if inq is not None and not inq.single:
            continue  # '"Our position is very simple: NATO is ...," he said': inside someone's quotation
        if t.head.lemma_ != "be" or not gr.is_(t, "adjectival_complement", "attribute", "root"):
            continue
        subj = _stance_before(t.head, _speaker_token(t.head))
        if subj is None or subj.i > t.i:
            continue
        if t.lower_ in word_set("plain_words") and (
            subj.lemma_.lower() not in word_set("stance_nouns")
            or not any(
                gr.is_(c, "possessor") or gr.is_(c, "prep") and c.lower_ in ("of", "from") for c in subj.children
            )
        ):
            continue  # someone's message ("Tokayev's position was clear:"), not "the sky was clear:"
        if not (subj.lower_ in word_set("personal") or subj.pos_ in ("NOUN", "PROPN")):
            continue
        first = doc[t.i + 2]
        lo, hi = first.i, sent_bounds(first)[1]
        if hi <= lo + 1:  # the parser ended the sentence at the colon: take the next one
            hi = sent_bounds(doc[lo])[1] if sent_bounds(doc[lo])[0] == lo else hi
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo < 3:
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        s, e = _clip_para(ctx, t.idx, s, e)
        if e <= s:
            continue
        if any(_reports_clause(ctx, x) for x in doc[lo:hi]):
            # "The position of X is unambiguous: the head of X said that ...": that cue's words;
            # the lead-in only (a quote with no words) so that no misparse keeps it as words
            yield quote_at(ctx, s, s, cue=t, kind="direct")
            continue
        owner = _message_owner(subj) if t.lower_ in word_set("plain_words") else None
        # "X's position is unambiguous: ...": a view X holds
        speaker = _make_speaker(ctx, owner if owner is not None else subj, None)
        yield quote_at(ctx, s, e, speaker, t, cue_class="opinion" if owner is not None else None)


def _stance_before(verb, subj):
    """'Representative of the Oliy Majlis for Human Rights X's position is
    unambiguous:': the parser hung the possessed stance noun right before the
    verb inside the long title and made the title the subject; that noun
    then, else ``subj`` as it is."""
    if verb.i == 0 or subj is None or subj.lemma_.lower() in word_set("stance_nouns"):
        return subj
    noun = verb.doc[verb.i - 1]
    gr = grammar(noun)
    if noun.lemma_.lower() in word_set("stance_nouns") and any(gr.is_(c, "possessor") for c in noun.children):
        return noun
    return subj


def _reports_clause(ctx: _Ctx, tok) -> bool:
    """Is ``tok`` a speech verb with a clause of its own ("said that ...")?"""
    gr = grammar(tok)
    return (
        tok.pos_ == "VERB" and _is_speech(tok, ctx.lex) and any(gr.is_(c, "clausal_complement") for c in tok.children)
    )


def _message_owner(noun):
    """Whose message ``noun`` is ("Tokayev's position", "the position of the
    Armenian side"): the possessor, or the object of "of" or "from"."""
    gr = grammar(noun)
    for c in noun.children:
        if gr.is_(c, "possessor") and c.pos_ in ("NOUN", "PROPN"):
            return c
        if gr.is_(c, "prep") and c.lower_ in ("of", "from") and c.i > noun.i:
            g = next((x for x in c.children if gr.is_(x, "prep_object")), None)
            if g is not None and g.pos_ in ("NOUN", "PROPN"):
                return g
    return None
