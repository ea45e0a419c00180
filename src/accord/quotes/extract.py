"""Finding quotes and their speakers: a pure function over a parsed Doc.

:func:`extract_quotes` reads the dependency parse (cue verbs from
``data/cues.tsv`` and their complements), the quotation marks
(:func:`accord.quotes.marks.pair_marks`) and the actor mentions
(``doc._.mentions``) and returns :class:`accord.record.Quote` objects.

Conventions (those of the PolNeAR attribution corpus, which annotates every
attribution, not only speech): the content of "X said that Y" is "that Y";
a final period outside quotation marks is not part of the content, a
closing mark (and the punctuation inside it) is; a direct quote is its
marked span, marks included.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional

from ..record import Mention, Quote, Span, Speaker
from ..text import paragraphs
from .lexicon import Cue, Lexicon, load_lexicon
from .vocabulary import word_seq, word_set
from .marks import ALL_MARKS, MarkSpan, attributed_singles, pair_marks

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_TRIM = set(".,;:!?-\u2013\u2014") | {"--"}
_CLOSERS = set("\u201d\u2019\"\u00bb\u203a'")
_NAME_DEPS = {"compound", "flat", "nmod", "amod", "det", "poss", "nummod", "case"}
_MARK_CHARS = ALL_MARKS + "'`"


def mention_lookup():
    """``mention_at(doc, start, end)`` from the actors component when it is
    there, else a small local scan of ``doc._.mentions``."""
    try:
        from ..actors import mention_at  # type: ignore[attr-defined]

        return mention_at
    except Exception:  # the actors helper is not there (yet)
        return _mention_at


def _mention_at(doc, start: int, end: int) -> Optional[Mention]:
    best, best_ov = None, 0
    for m in doc._.mentions or ():
        ov = min(end, m.end) - max(start, m.start)
        if ov > best_ov or (ov == best_ov and ov > 0 and best is not None and (m.end - m.start) < (best.end - best.start)):
            best, best_ov = m, ov
    return best


class _Ctx:
    """Per-Doc lookups built once."""

    def __init__(self, doc, lex: Lexicon):
        self.doc = doc
        self.text = doc.text
        self.lex = lex
        self.paras = [(p.start, p.end) for p in paragraphs(self.text)]
        self.marks: list[MarkSpan] = [_close_before_attribution(doc, lex, m) for m in attributed_singles(
            self.text, pair_marks(self.text, self.paras), self.paras)]
        self.mark_starts = [m.start for m in self.marks]
        self.para_starts = [p[0] for p in self.paras]
        self.mention_at = mention_lookup()
        self.shared: set[int] = set()  # ids of reports that leave their quotation to its own speaker
        self.answers: set[int] = set()  # ids of transcript answers ("ANSWER: ...")

    def mark_at(self, pos: int) -> Optional[MarkSpan]:
        """The quotation covering character ``pos``."""
        i = bisect_right(self.mark_starts, pos) - 1
        if i >= 0 and self.marks[i].start <= pos < self.marks[i].end:
            return self.marks[i]
        return None

    def marks_in(self, start: int, end: int) -> list[MarkSpan]:
        i = max(0, bisect_right(self.mark_starts, start) - 1)
        out = []
        while i < len(self.marks) and self.marks[i].start < end:
            m = self.marks[i]
            if m.end > start:
                out.append(m)
            i += 1
        return out

    def para_of(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.para_starts, pos) - 1
        if i < 0:
            return (0, 0)
        return self.paras[i]


# --------------------------------------------------------------------------
# spans




def _tail_speaker_end(doc, j: int, end: int) -> Optional[int]:
    """End of a speaker phrase starting at token ``j``: "he", "the general",
    "Marat Sadykov" or "Marat Sadykov, a Bishkek-based analyst,"; None if
    the words there are not one."""
    t = doc[j]
    if t.lower_ in word_set("tail_pronouns"):
        return j + 1
    k = j
    if t.lower_ == "the":
        k += 1
        while k < end and k - j <= 4 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
            k += 1
        return k if k > j + 1 and doc[k - 1].pos_ in ("NOUN", "PROPN") else None
    while k < end and k - j < 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k += 1  # a role before the name: "opposition politician Kanybek Imanaliev"
    role_end = k
    while k < end and k - role_end < 4 and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == role_end:
        return None
    if k < end and doc[k].text == ",":  # an apposition, up to its closing comma
        m = k + 1
        while m < end and m - k <= 15 and doc[m].text != ",":
            m += 1
        return m + 1 if m < end and doc[m].text == "," else None
    return k


def _close_before_attribution(doc, lex: Lexicon, m: MarkSpan) -> MarkSpan:
    """A quotation whose closing mark was lost runs to its paragraph's end;
    when an attribution follows a comma inside it ('\u201cOur troops did their
    job, he said at the parade.'), the quotation ends at that comma."""
    if m.closed or m.continues or m.single:
        return m
    span = doc.char_span(m.start, m.end, alignment_mode="contract")
    if span is None:
        return m
    for t in span:
        if t.text != "," or t.i + 2 >= span.end or t.idx <= m.start + 1:
            continue
        k = _tail_speaker_end(doc, t.i + 1, span.end)
        if k is None or k >= span.end:
            continue
        v = doc[k]
        if v.tag_ in ("VBD", "VBZ") and _is_speech(v, lex):
            return MarkSpan(m.start, t.idx + 1, True, m.opened, m.continued, False)
    return m


def _subtree_bounds(tok, exclude=()) -> tuple[int, int]:
    """Token index bounds [lo, hi) of ``tok``'s subtree without the subtrees
    of the children in ``exclude``."""
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    for ch in exclude:
        if ch.left_edge.i <= lo < ch.right_edge.i + 1:
            lo = ch.right_edge.i + 1
        if ch.left_edge.i < hi <= ch.right_edge.i + 1:
            hi = ch.left_edge.i
    return lo, hi


def _trim_tokens(doc, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (doc[lo].text in _TRIM or doc[lo].is_space or doc[lo].text in _CLOSERS and lo + 1 < hi
                       and doc[lo].whitespace_):
        lo += 1
    while hi > lo and (doc[hi - 1].text in _TRIM or doc[hi - 1].is_space or doc[hi - 1].dep_ == "cc"
                       or doc[hi - 1].lower_ in ("and", "but", "or")):
        hi -= 1
    while lo < hi and doc[lo].dep_ == "cc" and doc[lo].lower_ in ("and", "but", "or"):
        lo += 1
    return lo, hi


def _chars(doc, lo: int, hi: int) -> tuple[int, int]:
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)


def _fit_marks(ctx: _Ctx, s: int, e: int) -> tuple[int, int]:
    """Grow a content span to whole quotations at its edges: a quotation
    that the span starts or ends inside (or just before its closing mark)
    is taken whole."""
    text = ctx.text
    m = ctx.mark_at(max(s - 1, 0)) if s > 0 else None
    if m is not None and m.start < s and m.end > s and m.end <= e + 3 and m.start >= s - 2:
        s = m.start
    m = ctx.mark_at(s)
    if m is not None and m.start < s:
        # starts inside a quotation: take it from its start if the span
        # covers most of it
        if s - m.start <= 2 or (not m.single and e >= m.end - 2):
            s = m.start
    m = ctx.mark_at(e - 1) if e > 0 else None
    if m is not None and e < m.end <= e + 3:
        e = m.end
    elif m is not None and s <= m.start and e < m.end and not m.single and m.closed:
        e = m.end  # a quotation is taken whole: 'are "safe and accounted for."', not 'are "safe
    elif m is None:
        # the span ends just before "." + closing mark
        j = e
        while j < len(text) and j < e + 3 and text[j] in ".,!?":
            j += 1
        if j < len(text) and text[j] in _CLOSERS and j > e:
            mm = ctx.mark_at(j)
            if mm is not None and mm.end == j + 1 and mm.start < e:
                e = j + 1
    return s, e


# "BISHKEK, April 30 (Fergana Dispatch) — ", "DALLAS (AP) — ": a dateline; with a date after
# a comma, a spaced hyphen ends it too ("DUSHANBE, 12 May 2024 - "), not in "US - China talks"
_DATELINE = re.compile(r"[A-Z]{2}[A-Z.'\- ]{1,40}(?:,[^\n\u2014\u2013\u2015]{0,40}?)?(?:\([^)\n]{1,40}\))?\s*(?:\u2014|\u2013|\u2015|--)\s*"
                       r"|[A-Z]{2}[A-Z.' ]{1,40},[^\n\u2014\u2013\u2015-]{1,40}?\d(?:\s*\([^)\n]{1,40}\))?\s+-\s+")


def _clip_para(ctx: _Ctx, cue_pos: int, s: int, e: int) -> tuple[int, int]:
    """Keep a content inside its cue's paragraph; a colon lead-in at a
    paragraph's end takes the quotation that opens the next paragraph."""
    p0, p1 = ctx.para_of(cue_pos)
    if p0 <= s < p0 + 60:
        # a content that starts in the paragraph's dateline ("ALMATY, Sept 12 (Interfax) - ...")
        dl = _DATELINE.match(ctx.text, p0, min(e, p1))
        if dl is None and s <= p0 + 2:
            dl = _DATELINE.match(ctx.text, s, min(e, p1))
        if dl is not None and s < dl.end() < e:
            s = dl.end()
    if s >= p1:
        # content begins in a later paragraph: only a quotation opening it
        q0, q1 = ctx.para_of(s)
        m = ctx.mark_at(s)
        if m is not None and m.start == s and s == q0 and ctx.text[cue_pos:s].rstrip().endswith(":"):
            return s, min(max(e, m.end), q1) if not m.continues else m.end
        return s, s
    return max(s, p0), min(e, p1)


def _kind(ctx: _Ctx, s: int, e: int) -> str:
    ms = ctx.marks_in(s, e)
    if not ms:
        return "indirect"
    inner = [m for m in ms if not m.single]
    if not inner:
        # a quoted fragment in single marks inside a report ("would stay 'as long as we are needed'")
        return "mixed" if any(s <= m.start and m.end <= e for m in ms) else "indirect"
    covered = sum(min(e, m.end) - max(s, m.start) for m in inner)
    if covered >= 0.9 * (e - s):
        return "direct"
    return "mixed"


# --------------------------------------------------------------------------
# speakers


def _speaker_token(tok, depth: int = 0):
    """The subject of cue ``tok`` (or of the verb it hangs from)."""
    quoted = _quoted_as_saying(tok)
    if quoted is not None:
        return quoted
    found = _subject_token(tok, depth)
    if found is None and depth == 0:
        found = _inverted_name(tok)
    return found


def _dash_quotes(ctx: _Ctx):
    """Dialogue-dash quotations with their attribution after the closing dash:
    "- We will not allow it, - said the head of the service, X." / "..., -
    emphasized he." / "..., - told the resident Y." The cue is the verb right
    after the dash; the speaker its subject after it, or the name it is
    followed by (the parser rarely reads these inverted clauses right)."""
    doc, text = ctx.doc, ctx.text
    for m in ctx.marks:
        if not m.dash or not m.closed:
            continue
        after = doc.char_span(m.end, min(len(text), m.end + 40), alignment_mode="expand")
        if after is None:
            continue
        toks = [t for t in after if not (t.is_punct or t.is_space)]
        if not toks or not _is_speech(toks[0], ctx.lex) or toks[0].idx > m.end + 4:
            continue
        cue = toks[0]
        subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > cue.i), None)
        if subj is None:
            subj = _inverted_name(cue) or next(
                (c for c in cue.children if c.dep_ in ("dobj", "dative") and c.i > cue.i and _agentive(c)), None)
        s, e = m.start, m.end
        yield Quote(start=s, end=e, text=text[s:e], kind="direct",
                    speaker=_make_speaker(ctx, subj, None) if subj is not None else None,
                    cue=Span(cue.idx, cue.idx + len(cue.text), cue.text))


def _inverted_name(tok):
    """'"...," said Peter Lindqvist, a former officer, "..."': the name right after a
    speech verb that follows a quotation or a comma, when the parser hung it elsewhere."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or tok.tag_ not in ("VBD", "VBZ"):
        return None
    before = doc[tok.i - 1]
    if before.text in ("-", "\u2013", "\u2014"):
        # a dialogue dash ("..., - said X"), not a dash that closes an aside ("DFA - which ... - said")
        if tok.i < 2 or doc[tok.i - 2].text not in (",", ".", "!", "?", "\u2026"):
            return None
    elif not (before.is_punct and (before.text == "," or before.text in _CLOSERS or before.is_quote)):
        return None
    j = tok.i + 1
    if doc[j].lower_ in ("the", "a", "an"):
        j += 1
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    if k == j and j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].lower_ in word_set("person_nouns"):
        k = j + 1
    if k == j:
        return None
    return doc[k - 1]


def _subject_token(tok, depth: int = 0):
    subjects = [ch for ch in tok.children if ch.dep_ == "nsubj"]
    if subjects:
        # a dateline the parser made a second subject ("YEREVAN, March 4 - The ministry said"):
        # the subject nearest the verb
        subj = max((c for c in subjects if c.i < tok.i), key=lambda c: c.i, default=subjects[0])
        if subj.tag_ == "VBG":
            # "Briefing the Council before the vote, NAME, ROLE, said": the parser made the
            # participle the subject and the name its conjunct
            named = [c for c in subj.children if c.dep_ in ("conj", "appos", "npadvmod") and c.pos_ == "PROPN"
                     and c.i < tok.i]
            if named:
                return named[-1]
        if subj.is_sent_start and subj.text.isupper() and len(subj.text) > 2:
            # "ALMATY -- Minister X, opening a post, said": the parser made the dateline the subject
            # and the speaker its apposition
            appos = [c for c in subj.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")]
            if appos:
                return appos[-1]
            nxt = subj.doc[subj.i + 1].text if subj.i + 1 < len(subj.doc) else ""
            if nxt in (",", "(", "\u2014", "--", "-"):
                return None  # "LOS ANGELES, Sept. 28 (UPI) - ...": a dateline speaks for no one
        return subj
    for ch in tok.children:
        if ch.dep_ == "agent":
            for g in ch.children:
                if g.dep_ == "pobj":
                    return g
    if depth < 3 and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
        # "defended it by saying ...", "pivoted to arguing ..."
        h = tok.head.head
        if h.pos_ in ("ADJ", "ADV") and h.dep_ in ("acomp", "advmod") and h.head.pos_ in ("VERB", "AUX"):
            h = h.head  # "stopped short of calling ...", "was careful about saying ..."
        if h.pos_ in ("VERB", "AUX"):
            return _speaker_token(h, depth + 1)
        return None
    if depth < 3 and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in word_set("object_control"):
        # "forced the contractor to admit that ...", "led the envoy to fear ...": the object speaks
        obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if obj is not None:
            return obj
    if depth < 3 and tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp":
        # "was unable to ... and accuse", "is eager to tout ...": the subject of the copula
        return _speaker_token(tok.head.head, depth + 1)
    if depth < 3 and tok.dep_ in ("conj", "xcomp", "advcl", "ccomp", "acl") and tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.i > tok.head.i:
            return None
        if tok.dep_ == "advcl" and tok.lemma_ in word_set("hearer_verbs") and tok.i < tok.head.i and tok.tag_ in ("VBN", "VBD") and (
                tok.tag_ == "VBN" or tok.i == tok.sent.start) and \
                not any(c.dep_ in ("auxpass", "nsubj", "aux") for c in tok.children):
            return None  # "Asked whether ..., X said": X was asked; the asker is not named
        if tok.dep_ == "acl" and depth > 0 and tok.tag_ == "VB" and not _agentive(tok.head):
            # "X denounced plans to hold drills, calling them ...": the plans do not call;
            # whose plans they are ("Armenia's plans"), else the clause's subject
            owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
            if owner is not None:
                return owner
            n = _verb_over(tok.head, ("pobj", "dobj", "prep"))
            return _speaker_token(n, depth + 1) if n is not None else None
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in word_set("events"):
            # "she said at a news conference announcing that ...": who held the conference
            n = _verb_over(tok.head, ("pobj", "prep"))
            return _speaker_token(n, depth + 1) if n is not None else None
        if tok.dep_ == "acl":
            return tok.head if tok.head.pos_ in ("NOUN", "PROPN", "PRON") else None
        if tok.dep_ == "conj" and tok in _cue_conjuncts(tok.head):
            # "X denies that A was B and goes on to ...": X's verb, hung on A's
            return _speaker_token(tok.head.head, depth + 1)
        return _speaker_token(tok.head, depth + 1)
    return None


def _verb_over(noun, deps):
    """The verb that ``noun`` hangs from through ``deps`` links ("plans" in "denounced
    plans", "conference" in "said at a news conference"); None if no verb governs it."""
    n = noun
    while n.dep_ in deps and n.head.i != n.i:
        n = n.head
    return n if n.pos_ in ("VERB", "AUX") and n.i != noun.i else None




def _quoted_as_saying(tok):
    """"TASS quoted Lavrov as saying ...", "Lavrov was quoted as saying ...":
    the one quoted is the speaker, not the one who quotes; None otherwise."""
    if tok.lemma_.lower() != "quote":
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"
                                                               for g in c.children) for c in tok.children):
        return None  # "quoted the report as evidence": a use of words, not a speaker
    return next((c for c in tok.children if c.dep_ == "dobj"), None) or next(
        (c for c in tok.children if c.dep_ == "nsubjpass"), None)








def _agentive(tok) -> bool:
    """Is the subject a person or a group (someone who can take a stand)?"""
    if tok is None:
        return False
    if tok.lower_ in word_set("agent_pronouns"):
        return True
    if tok.lower_ in word_set("shares"):
        # "40 percent of voters", "a majority of Republicans", "those who ..."
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return _agentive(of) if of.i != tok.i else False
        return tok.lower_ in ("those", "many", "most", "some", "others")
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lower_.endswith(word_seq("people_endings")) and (
            not tok.lower_.endswith("ments") or tok.lower_ in ("governments", "parliaments", "regiments")):
        return True  # voters, supporters, officials, conservatives, residents, Republicans; not plans, statements
    if tok.pos_ == "NOUN" and tok.lower_ in word_set("person_nouns"):
        return True
    # the actors component knows the phrase as a person or a coded body
    m = _mention_covering(tok)
    return m is not None and (m.kind == "person" or bool(m.code))


def _mention_covering(tok):
    """The actor mention that covers ``tok`` (by bisection on the sorted mention starts)."""
    doc = tok.doc
    if not doc.has_extension("mentions") or not doc._.mentions:
        return None
    ms = doc._.mentions
    key = ("accord_mention_starts", len(ms))
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = [m.start for m in ms]
    hi = bisect_right(starts, tok.idx)
    for i in range(hi - 1, max(-1, hi - 9), -1):  # mentions nest only a few deep
        if ms[i].start <= tok.idx < ms[i].end:
            return ms[i]
    return None


def _when(prep) -> bool:
    """A time or occasion phrase: "on Tuesday", "in July", "at a briefing"."""
    return any(g.dep_ == "pobj" and (g.ent_type_ in ("DATE", "TIME") or g.lemma_.lower() in word_set("events"))
               for g in prep.children)


def _name_bounds(tok) -> tuple[int, int]:
    """Token bounds of the speaker's name: the head noun with its compounds,
    modifiers and determiners, without appositions, clauses and punctuation."""
    lo = hi = tok.i
    for ch in tok.lefts:
        if ch.dep_ in _NAME_DEPS or ch.dep_ in ("prep",):
            lo = min(lo, ch.left_edge.i)
    for ch in tok.rights:
        if ch.dep_ == "prep" and _when(ch):
            break  # "the ministry on Tuesday": when it spoke, not who
        if ch.dep_ in ("compound", "flat", "prep", "nummod", "case") and ch.i == hi + 1:
            hi = ch.right_edge.i
        elif ch.dep_ == "appos" and ch.left_edge.i == hi + 1 and ch.pos_ == "PROPN":
            hi = ch.right_edge.i  # "spokeswoman Marina Testova": a name with no comma is the same name
        elif ch.dep_ == "prep" and ch.i <= hi + 1:
            hi = ch.right_edge.i
    doc = tok.doc
    for k in range(tok.i + 1, min(hi, len(doc) - 1)):
        if doc[k].text == "," and doc[k + 1].lower_ in ("who", "which", "whose", "whom"):
            hi = k - 1  # "an executive at one of the lines, who spoke on condition ...": not the name
            break
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    while hi > tok.i and doc[hi].is_punct:
        hi -= 1
    return lo, hi + 1


def _appos(tok):
    for ch in tok.rights:
        if ch.dep_ == "appos":
            return ch
    return None


def _role_affiliation(tok) -> tuple[Optional[str], Optional[str]]:
    """'X, director of Y,' -> ("director", "Y"); 'Spokeswoman X' -> ("Spokeswoman", None)."""
    doc = tok.doc
    ap = _appos(tok)
    role = aff = None
    if ap is not None and ap.pos_ in ("NOUN", "PROPN"):
        lo = ap.i
        for ch in ap.lefts:
            if ch.dep_ in ("compound", "amod") and ch.pos_ != "DET":
                lo = min(lo, ch.left_edge.i)
        role = doc[lo : ap.i + 1].text
        for ch in ap.rights:
            if ch.dep_ == "prep" and ch.lower_ in ("of", "at", "for", "with"):
                for g in ch.children:
                    if g.dep_ == "pobj":
                        aff = doc[g.left_edge.i : g.right_edge.i + 1].text.strip(" ,")
                        break
                break
        if ap.ent_type_ in ("ORG", "NORP", "GPE") and role is not None and aff is None and ap.pos_ == "PROPN":
            role, aff = None, role
    else:
        lead = [ch for ch in tok.lefts if ch.dep_ == "compound" and ch.pos_ == "NOUN"]
        if lead and tok.pos_ == "PROPN":  # "Spokeswoman Haley Morris", not "border service"
            role = doc[lead[0].i : lead[-1].i + 1].text
        for ch in tok.rights:
            if ch.dep_ == "prep" and ch.lower_ in ("of", "at") and tok.pos_ == "NOUN":
                for g in ch.children:
                    if g.dep_ == "pobj":
                        aff = doc[g.left_edge.i : g.right_edge.i + 1].text
                role = role or tok.text
    return role, aff


def _make_speaker(ctx: _Ctx, tok, prev: Optional[Speaker]) -> Speaker:
    doc = ctx.doc
    head = tok
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
        head = tok.head.head  # the noun the relative clause hangs from
    lo, hi = _name_bounds(tok)
    s, e = _chars(doc, lo, hi)
    role, aff = _role_affiliation(head)
    name = None
    m = ctx.mention_at(doc, *_chars(doc, *_name_bounds(head))) if head is not tok else ctx.mention_at(doc, s, e)
    if m is not None and not m.start <= head.idx < m.end:
        # a mention elsewhere in the phrase names the speaker only as its owner ("the Kremlin's
        # message"), not as a place in it ("an executive at one of Europe's largest lines")
        owners = [c for c in head.children if c.dep_ == "poss"]
        if not any(o.left_edge.idx <= m.start and m.end <= o.right_edge.idx + len(o.right_edge.text) + 2
                   for o in owners):
            m = None
    sp = Speaker(start=s, end=e, text=ctx.text[s:e], role=role, affiliation=aff)
    if m is None and head.pos_ == "NOUN":
        # "the resident of Kok-Tash Gulnara Mamytova": the one person named in the speaker's phrase
        people = [x for x in doc._.mentions or () if x.kind == "person" and x.name and s <= x.start and x.end <= e]
        if len(people) == 1:
            m = people[0]
    if m is not None:
        name = m.name
        sp.code, sp.country, sp.org = m.code, m.country, m.org
        if not sp.role and m.role:
            sp.role = m.role
    if name is None:
        if head.lower_ in word_set("pronouns") or head.pos_ == "PRON":
            if prev is not None and head.lower_ in word_set("personal") and prev.name:
                name = prev.name
                sp.code, sp.country, sp.org = prev.code, prev.country, prev.org
                sp.role = sp.role or prev.role
                sp.affiliation = sp.affiliation or prev.affiliation
        elif head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            ent = next((en for en in doc.ents if en.start <= head.i < en.end), None)
            name = ent.text if ent is not None else head.text
        elif head.pos_ == "PROPN":
            name = doc[_name_bounds(head)[0] : _name_bounds(head)[1]].text
        else:
            # "Its operator, Piraeus-based Thalassa Maritime, told ...": the name in apposition
            ap = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if ap is not None:
                am = ctx.mention_at(doc, *_chars(doc, *_name_bounds(ap)))
                if am is not None and am.start <= ap.idx < am.end:
                    name, sp.code, sp.country, sp.org = am.name, am.code, am.country, am.org
                else:
                    lo2, hi2 = _name_bounds(ap)
                    k = ap.i
                    while k - 1 >= lo2 and doc[k - 1].pos_ == "PROPN":
                        k -= 1  # the name's own words, not "Piraeus-based"
                    name = doc[k:hi2].text
    sp.name = name
    return sp


def _is_medium(ctx: _Ctx, tok) -> bool:
    """A news outlet: a media word in its name ("the Interfax agency") or an actor coded as media."""
    lo, hi = _name_bounds(tok)
    if {t.lower_.strip(_MARK_CHARS) for t in tok.doc[lo:hi]} & ctx.lex.media:
        return True
    m = ctx.mention_at(tok.doc, *_chars(tok.doc, lo, hi))
    return m is not None and (m.sector == "MED" or (m.code or "").endswith("MED"))


def _medium(ctx: _Ctx, cue_tok) -> Optional[str]:
    """'told Z newspaper', 'said in an interview with Z', 'told Z TV'."""
    media = ctx.lex.media
    if cue_tok.dep_ == "pcomp" and cue_tok.head.lower_ == "as":
        cue_tok = cue_tok.head.head  # "quoted X as saying"
    if _quoted_as_saying(cue_tok) is not None:
        # the one that quotes: "TASS quoted X as saying", "X was quoted by TASS as saying"
        src = next((c for c in cue_tok.children if c.dep_ == "nsubj"), None) or next(
            (g for c in cue_tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if src is not None and src.pos_ in ("NOUN", "PROPN"):
            lo, hi = _name_bounds(src)
            return src.doc[lo:hi].text.strip(_MARK_CHARS + " ")
        return None
    cands = []
    for ch in cue_tok.children:
        if ch.dep_ in ("dative", "dobj") and cue_tok.lemma_ == "tell":
            cands.append(ch)
        elif ch.dep_ == "prep" and ch.lower_ in ("in", "to", "on", "with"):
            for g in ch.children:
                if g.dep_ == "pobj":
                    if g.lower_ in word_set("utterance_nouns"):
                        for gp in g.children:
                            if gp.dep_ == "prep" and gp.lower_ in ("with", "on", "to", "in"):
                                cands.extend(x for x in gp.children if x.dep_ == "pobj")
                    else:
                        cands.append(g)
    for c in cands:
        lo, hi = _name_bounds(c)
        words = {t.lower_.strip(_MARK_CHARS) for t in c.doc[lo:hi]}
        if words & media or (c.ent_type_ == "ORG" and c.pos_ == "PROPN" and cue_tok.lemma_ == "tell"):
            return c.doc[lo:hi].text.strip(_MARK_CHARS + " ")
    return None


# --------------------------------------------------------------------------
# cues and contents


def _cue_of(tok, lex: Lexicon) -> Optional[Cue]:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.tag_ in ("VBZ", "VBD")):
        return None
    lemma = tok.lemma_.lower()
    parts = lex.particles.get(lemma)
    if parts:
        for ch in tok.children:
            cue = parts.get(ch.lower_)
            if cue is not None and ch.dep_ in ("prt", "acomp", "oprd", "ccomp", "advmod", "prep", "xcomp", "dobj"):
                return cue
    cue = lex.verbs.get(lemma)
    if cue is None and lemma == "put" and _as_clause(tok):
        return _PUT  # "as X put it"
    if cue is None and lemma not in word_set("not_cues"):
        # any verb with a that-clause and a subject: "X warned/signalled/hinted that ..."
        for ch in tok.children:
            if ch.dep_ == "ccomp" and ch.i > tok.i and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in ch.children):
                if any(g.dep_ == "nsubj" for g in tok.children):
                    return _GENERIC
                break
    return cue


_PUT = Cue("put it", kinds={"speech"}, clause=True)
_GENERIC = Cue("(that-clause)", kinds={"report"}, clause=True)




def _is_clause_strict(ctx: _Ctx, comp) -> bool:
    for ch in comp.children:
        if ch.dep_ == "mark" and ch.lower_ in ("that", "whether", "if"):
            return True
    if comp.left_edge.lower_ in word_set("wh_words"):
        return True  # "asked how ...", "wondered whether ..."

    if ctx.mark_at(comp.idx) is not None:
        return True
    lo = comp.left_edge
    if lo.i > 0 and comp.doc[lo.i - 1].text == ":":
        return True
    return False


def _finite(v) -> str:
    """The tag of a verb's finite form: its first auxiliary's, else its own."""
    aux = next((c for c in v.children if c.dep_ in ("aux", "auxpass") and c.i < v.i), None)
    return (aux if aux is not None else v).tag_


def _cue_conjuncts(comp) -> list:
    """Conjuncts the parser hung on a content that go on from its cue:
    "X denies that A was B and goes on to ...", "urging voters to act and
    promising ...": a verb with no subject whose form is the cue's (past,
    present, -ing), not the content's (a copula, "... and was B", stays)."""
    cue_tok = comp.head
    if cue_tok.i >= comp.i or cue_tok.pos_ not in ("VERB", "AUX"):
        return []
    fk = _finite(cue_tok)
    if fk not in ("VBD", "VBZ", "VBP", "VBG"):
        return []
    fc = _finite(comp)
    return [ch for ch in comp.children if ch.dep_ == "conj" and ch.i > comp.i and ch.pos_ == "VERB"
            and not any(g.dep_ in _SUBJ for g in ch.children) and _finite(ch) == fk != fc]


def _other_reports(comp, lex: Lexicon) -> list:
    """Conjoined clauses of a content that are reports of their own
    ("A said X, and B said Y"): left out of the content."""
    out = _cue_conjuncts(comp)
    for ch in comp.children:
        if ch.dep_ != "conj" or ch.i < comp.i or ch in out:
            continue
        if not any(g.dep_ in _SUBJ for g in ch.children):
            c = _cue_of(ch, lex)
            # only a speech verb starts a new report ("said X and urged Y"); a
            # conjoined thought, stance or raising verb goes on with the same
            # content ("X is tired of it and wants a change", "X is wrong and
            # seems to know it")
            if c is not None and "speech" in c.kinds and not any(
                    g.dep_ in ("aux", "auxpass", "neg") for g in ch.children) and any(
                    g.dep_ in ("ccomp", "xcomp", "dobj", "prep", "dative") for g in ch.children):
                out.append(ch)  # "said X and urged Y" parsed as X's conjunct
                continue
        for t in ch.subtree:
            c = _cue_of(t, lex)
            if c is not None and any(g.dep_ == "nsubj" for g in t.children) and any(
                    g.dep_ == "ccomp" for g in t.children):
                if "speech" not in c.kinds and any(
                        g.dep_ == "nsubj" and g.lower_ in word_set("personal") for g in t.children):
                    continue  # "X said A and he feels B": the same person's thought goes on
                out.append(ch)
                break
    return out



_SEP = (",", "\u2014", "--", "-", "\u2013")


def _aside_bounds(ctx: _Ctx, tok):
    """'The plan, he said, would fail': token bounds [lo, hi) of a cue
    clause (subject, cue, time or place) set off by commas or dashes in the
    middle of the sentence it reports, with no complement of its own; None
    if ``tok`` is not such a cue."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i > tok.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "dative") and c.i > tok.i for c in tok.children):
        return None
    if any(c.dep_ == "mark" for c in tok.children):
        return None  # "X said that at a meeting, members cautioned ...": a subordinate clause, not an aside
    lo = subj.left_edge.i
    for j in range(subj.right_edge.i + 1, tok.i):
        if doc[j].dep_ not in ("advmod", "aux", "neg"):
            return None
    hi = tok.i + 1
    for c in tok.rights:
        if c.left_edge.i == hi and c.dep_ in ("npadvmod", "advmod", "prep") and c.right_edge.i - c.left_edge.i < 8:
            hi = c.right_edge.i + 1
        elif c.left_edge.i >= hi:
            break
    sent = tok.sent
    if lo < sent.start + 2 or hi >= sent.end - 2:
        return None
    if doc[lo - 1].text not in _SEP or doc[hi].text not in _SEP:
        return None
    if sum(1 for t in doc[sent.start:lo - 1] if not t.is_punct) < 2 or sum(
            1 for t in doc[hi + 1:sent.end] if not t.is_punct) < 2:
        return None
    if ctx.marks_in(sent.start_char, sent.end_char):
        return None  # quotations have their own handling
    return lo, hi


def _parenthetical(tok) -> bool:
    """'..., he said, ...': a cue clause with its own subject, set off by
    commas or dashes inside the clause it reports."""
    if tok.dep_ not in ("parataxis", "ccomp", "advcl") or tok.head.i <= tok.i:
        return False
    if not any(ch.dep_ == "nsubj" for ch in tok.children):
        return False
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    if lo == 0 or hi + 1 >= len(doc):
        return False
    sep = (",", "\u2014", "--", "-", "\u2013")
    right_ok = doc[hi].text in sep or doc[hi + 1].text in sep
    left_ok = doc[lo].text in sep or doc[lo - 1].text in sep
    return left_ok and right_ok and tok.head.i > hi



def _as_clause(tok) -> bool:
    """'as X reported': a cue clause opened by "as", with no complement of its own."""
    if tok.dep_ != "advcl" or not any(g.dep_ in _SUBJ for g in tok.children):
        return False
    kids = list(tok.children)
    if not any(g.dep_ == "mark" and g.lower_ == "as" and g.i < tok.i for g in kids):
        return False
    return not any(g.dep_ in ("ccomp", "xcomp") or g.dep_ == "dobj" and g.lower_ != "it" for g in kids)


def _extend_right(tok, lo: int, hi: int) -> int:
    """Take in the cue's later complements that continue the content right
    where it stops ("called on X | to release ...", "criticized him for not
    doing more | to help ...") - the parser often hangs them on the verb."""
    for ch in tok.rights:
        if ch.i < hi:
            continue
        if ch.left_edge.i > hi:
            break
        if ch.dep_ in ("xcomp", "oprd", "ccomp"):
            hi = ch.right_edge.i + 1
        elif (ch.dep_ in ("prep", "advmod", "dobj", "npadvmod") or ch.dep_ == "advcl" and ch.left_edge.lower_ in word_set("goal_marks")) \
                and not ch.left_edge.is_punct and not _setting(ch):
            # the PolNeAR convention (measured on its train split) takes in a
            # phrase that follows the content with no comma ("backed Y in the
            # race for Z": 77% of the time for "in", 78% "on", 60% "at", 79%
            # an adverb; a purpose or condition clause "to ...", "if ...",
            # "as ...": 97%, 100%, 81%), but not the time or the venue of the
            # cue ("in a tweet", "at a rally": 38%; "on Monday", "before the
            # vote", "during ...": 30-47%; a "when ..." clause: 40%)
            hi = ch.right_edge.i + 1
        else:
            break
    return hi


def _content_conjuncts(tok, hi: int) -> int:
    """Take in verbs the parser hung on a finite cue that go on from its
    content: "wants to triple X, grow Y and create Z", "has mentioned
    refinancing loans and forcing ...": a bare or -ing verb with no subject
    and no auxiliary cannot continue a finite cue ("wants ... and grow"), so
    it continues the infinitive or the gerund before it."""
    if _finite(tok) not in ("VBD", "VBZ", "VBP"):
        return hi
    doc = tok.doc
    for ch in tok.rights:
        if ch.i < hi or ch.dep_ != "conj":
            continue
        if any(g.lower_ not in ("and", "or", ",") for g in doc[hi:ch.left_edge.i]):
            break
        if ch.tag_ not in ("VB", "VBG") or any(g.dep_ in _SUBJ or g.dep_ in ("aux", "auxpass") for g in ch.children):
            break
        hi = ch.right_edge.i + 1
    return hi




def _setting(ch) -> bool:
    """Is a phrase after a content the time or venue of its cue ("in a
    tweet", "in her statement", "on Monday", "after the vote")?"""
    if ch.lower_ in word_set("setting_preps"):
        return True
    if any(g.ent_type_ in ("DATE", "TIME") for g in ch.subtree):
        return True
    if ch.dep_ == "prep" and ch.lower_ in ("in", "at", "on"):
        obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in word_set("venues"):
            return True
    return False


# a one-word object that is still a content: a name after a stance verb ("endorsed Garcia"),
# a person or group ("criticized him")
_ONE_WORD = ("PROPN",)
# set-off modifiers of an object content that are the writer's, not the report's
_NP_CORE = ("appos", "relcl", "acl")

# trailing segments set off by a comma that the PolNeAR convention leaves
# out of a content (measured on its train split): non-restrictive relative
# clauses (which 37%, who 24%, where 46% of the time inside the gold
# content) and -ing participles (47%); set-off noun phrases read as
# adverbial ("..., a record for the region": 62% inside) and past
# participles ("..., built to impress ...": 8 of 10 inside; 56% over all
# gold contents) stay in, as do "while/although ..." (58%) and "when/as
# ..." (62%) clauses
_TAIL_DEPS = {"advcl", "relcl", "acl"}


def relcl_or_part(t) -> bool:
    if t.dep_ == "relcl":
        return t.left_edge.lower_ in ("who", "which", "whose", "whom", "where")
    return t.tag_ == "VBG" and not any(c.dep_ == "mark" for c in t.children)


def _cut_tail(ctx: _Ctx, lo: int, hi: int) -> int:
    """Leave out a trailing aside set off by a comma: a participle or
    adverbial clause ("..., claiming that ...", "..., even as ..."), a
    non-restrictive relative clause ("Lavrov, who arrived on Monday") - the
    writer's additions, not the reported words. Not inside quotation marks."""
    doc = ctx.doc
    for i in range(lo + 3, hi):
        t = doc[i]
        if t.dep_ not in _TAIL_DEPS or t.right_edge.i < hi - 2:
            continue
        le = t.left_edge.i
        if le <= lo + 2 or le > i:
            continue
        comma = le - 1 if doc[le - 1].text in (",", "\u2014", "--") else (le if doc[le].text in (",", "\u2014", "--") else -1)
        if comma < 0 or comma <= lo + 1:
            continue
        m = ctx.mark_at(doc[comma].idx)
        if m is not None and not m.single:
            # '"self-deportation," which ...': cut after the closing mark
            if m.end <= doc[comma].idx + 4 and comma + 1 < hi and doc[comma + 1].idx < m.end:
                return comma + 2 if relcl_or_part(t) else hi
            continue
        if t.dep_ == "relcl" and doc[le].lower_ not in ("who", "which", "whose", "whom", "where"):
            continue
        if t.dep_ in ("acl", "advcl") and (t.tag_ != "VBG" or any(
                c.dep_ == "mark" for c in t.children)):
            continue  # only participles ("..., claiming that ..."); "while ..." clauses stay
        return comma
    return hi




def _passive_complement(tok, cue: Cue):
    """(subject, complement) of a passive cue that gives its subject a
    predicate: "is seen as a favorite", "is considered a risk", "was
    expected to win", "is said to be ill"; None otherwise."""
    if tok.tag_ != "VBN" or not (cue.as_obj or cue.inf or cue.clause or cue.obj):
        return None
    subj = next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("there", "what"):
        return None
    for ch in tok.children:
        if ch.i < tok.i:
            continue
        if ch.dep_ == "prep" and ch.lower_ == "as" and (cue.as_obj or cue.obj or "thought" in cue.kinds):
            return subj, ch
        if ch.dep_ == "prep" and ch.lower_ in ("of", "for") and cue.obj and (
                "stance" in cue.kinds or tok.lemma_.lower() in ("accuse", "blame", "charge")):
            return subj, ch  # "X was accused of Y", "X has been criticized for Y"
        if ch.dep_ in ("oprd",) and (cue.as_obj or cue.obj):
            return subj, ch
        if ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
            return subj, ch
    return None


def _contents_for(ctx: _Ctx, tok, cue: Cue) -> list[tuple[int, int]]:
    """Token bounds of the content(s) of cue verb ``tok``."""
    doc = ctx.doc
    out: list[tuple[int, int]] = []
    ccomps = [ch for ch in tok.children if ch.dep_ == "ccomp"]
    if not ccomps and cue.clause:
        # "warned in a televised address that ...": the parser hung the clause on the occasion
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.i > tok.i and ch.lower_ in ("in", "at", "during", "on"):
                for occ in ch.children:
                    if occ.dep_ == "pobj" and occ.lemma_.lower() in word_set("events", "venues"):
                        ccomps += [g for g in occ.children if g.dep_ in ("acl", "ccomp", "relcl") and any(
                            m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    if _quoted_as_saying(tok) is not None:
        # "quoted X as saying": X is the speaker; the words are the quotation before or
        # the clause under "saying" (its own cue)
        return [_subtree_bounds(c) for c in ccomps if c.i < tok.i]
    if cue.second:
        # "made it clear that ...": the clause hangs on "clear", which the parser may call
        # the verb's complement; the content is that clause, not "it clear that ..."
        part = next((ch for ch in tok.children if ch.lower_ == cue.second and ch.i > tok.i), None)
        inner = None
        if part is not None and not any(c.i != part.i for c in ccomps):
            # a clause with a subject after it ("that the talks ...", "they did not ...")
            inner = next((g for g in part.children if g.dep_ in ("ccomp", "advcl") and g.i > part.i and any(
                m.dep_ in ("nsubj", "nsubjpass") for m in g.children)), None)
        if inner is not None:
            lo, hi = _trim_tokens(doc, inner.left_edge.i, inner.right_edge.i + 1)
            if hi > lo:
                return [(lo, hi)]
    if cue.raising:
        subj = next((ch for ch in tok.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
        comp = next((ch for ch in tok.children if (ch.dep_ in ("xcomp", "acomp", "oprd", "ccomp") or (
            ch.dep_ == "prep" and ch.lower_ in ("like", "as"))) and ch.i > tok.i), None)
        if subj is not None and comp is not None and subj.lower_ not in ("it", "there", "this", "that"):
            out.append((subj.left_edge.i, comp.right_edge.i + 1))
        elif subj is not None and subj.lower_ == "it" and comp is not None and comp.dep_ == "ccomp":
            out.append((comp.left_edge.i, comp.right_edge.i + 1))  # "it seems that ..."
        res = [_trim_tokens(doc, lo, hi) for lo, hi in out]
        return [(lo, hi) for lo, hi in res if hi > lo]
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod") and tok.lemma_.lower() in word_set("naming_verbs") and not any(
            ch.dep_ == "agent" for ch in tok.children):
        return []  # "a group called X", "the so-called deal": a name, not a report
    pc = _passive_complement(tok, cue)
    if pc is not None:
        # "X is seen as Y", "X is expected to win", "X was described by Y as Z":
        # the subject with the predicate the cue gives it
        subj, comp = pc
        if subj.lower_ in word_set("relative_pronouns"):
            lo = comp.left_edge.i
        else:
            lo = subj.left_edge.i
        hi = _cut_tail(ctx, lo, comp.right_edge.i + 1)
        lo, hi = _trim_tokens(doc, lo, hi)
        return [(lo, hi)] if hi - lo >= 2 else []
    # passive with an agent: "the plan was rejected by the party" -> content "the plan"
    if any(ch.dep_ == "agent" for ch in tok.children) and not ccomps:
        for ch in tok.children:
            if ch.dep_ == "nsubjpass" and ch.lower_ not in word_set("empty_objects") | {"it"}:
                out.append(_subtree_bounds(ch))
    aside = _aside_bounds(ctx, tok) if (cue.clause or cue.clause_strict) and all(
        c.i < tok.i for c in ccomps) else None
    if aside is not None and ("speech" in cue.kinds or "thought" in cue.kinds or "report" in cue.kinds):
        # "The plan, he said, would fail": the whole sentence around the aside
        sent = tok.sent
        p0, p1 = ctx.para_of(tok.idx)
        lo, hi = sent.start, sent.end
        while lo < aside[0] and doc[lo].idx < p0:
            lo += 1
        while hi > aside[1] and doc[hi - 1].idx >= p1:
            hi -= 1
        lo, hi = _trim_tokens(doc, lo, hi)
        return [(lo, hi)] if hi > lo else []
    if cue.clause or cue.clause_strict:
        own_that = any(ch.dep_ == "mark" and ch.lower_ == "that" for ch in tok.children)
        for comp in ccomps:
            if comp.i < tok.i and own_that:
                continue  # "X told Y that Z would respond": the parser hung X's clause on Z
            small = comp.pos_ == "ADJ" and comp.i > tok.i and any(g.dep_ == "nsubj" for g in comp.children)
            if not small and comp.pos_ not in ("VERB", "AUX") and ctx.mark_at(comp.idx) is None and not any(
                    t.pos_ in ("VERB", "AUX") for t in comp.subtree):
                continue  # a bare noun phrase hung on the cue ("WASHINGTON (AP) ... said")
            if cue.clause or _is_clause_strict(ctx, comp):
                out.append(_subtree_bounds(comp, exclude=_other_reports(comp, ctx.lex)))
        if out and out[-1][1] > tok.i:
            # "said A, but that B": a second that-clause the parser hung on the cue goes on with the first
            lo, hi = out[-1]
            for ch in tok.rights:
                if ch.dep_ == "conj" and ch.left_edge.i >= hi and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in ch.children) and all(
                        t.is_punct or t.dep_ == "cc" for t in doc[hi:ch.left_edge.i]):
                    hi = ch.right_edge.i + 1
            out[-1] = _trim_tokens(doc, lo, hi)
        if not out and tok.dep_ == "ccomp" and tok.head.i > tok.i and any(
                ch.dep_ == "mark" and ch.lower_ == "that" and ch.i > tok.i for ch in tok.head.children):
            lo, hi = _subtree_bounds(tok.head, exclude=[tok])
            out.append((max(lo, tok.right_edge.i + 1), hi))
        if not out:
            # "X said: ..." / "..., X said" with the quote as the head
            if tok.dep_ in ("parataxis", "ccomp") and tok.head.i < tok.i and (
                    tok.head.pos_ in ("VERB", "AUX") or ctx.mark_at(tok.head.idx) is not None):
                # a reporting tail has a subject and no subordinator: "..., X said", not
                # "X declared, that Russia considers ..." (a comma before "that", as translated copy has)
                has_subj = any(ch.dep_ == "nsubj" for ch in tok.children) and not any(
                    ch.dep_ == "mark" and ch.i < tok.i for ch in tok.children)
                le = tok.left_edge.i
                after_break = le > 0 and (doc[le - 1].text in (",", "\u2014", "--", "-") or doc[le - 1].text[-1:] in _CLOSERS)
                if has_subj and after_break:
                    lo, hi = _subtree_bounds(tok.head, exclude=[tok])
                    # only what precedes the cue clause
                    hi = min(hi, tok.left_edge.i)
                    lo = max(lo, tok.sent.start)
                    if hi > lo:
                        out.append((lo, hi))
        if not out and _as_clause(tok):
            # "As the paper reported, the agency ...": the main clause is the report
            h = tok.head
            while h.pos_ not in ("VERB", "AUX") and h.dep_ != "ROOT" and h.head.i != h.i:
                h = h.head
            lo, hi = max(h.left_edge.i, tok.sent.start), min(h.right_edge.i + 1, tok.sent.end)
            lead = lo
            while lead < tok.left_edge.i and (doc[lead].is_punct or doc[lead].dep_ == "cc"):
                lead += 1
            if lead >= tok.left_edge.i:
                lo = tok.right_edge.i + 1  # "As X reported, ..."
            else:
                tail = tok.right_edge.i + 1
                while tail < hi and doc[tail].is_punct:
                    tail += 1
                if tail >= hi:
                    hi = tok.left_edge.i  # "..., as X reported."
            if h.pos_ in ("VERB", "AUX") and hi - lo >= 3:
                out.append((lo, hi))
        if not out and _parenthetical(tok):
            # "The plan, he said, is to ...": the cue clause sits inside the content
            h = tok.head
            out.append((max(h.left_edge.i, h.sent.start), min(h.right_edge.i + 1, h.sent.end)))
        if not out:
            # a colon lead-in: "X said: ..." with nothing attached
            j = tok.i + 1
            while j < len(doc) and j <= tok.i + 2 and doc[j].text != ":":
                j += 1
            if j < len(doc) and doc[j].text == ":" and j <= tok.i + 2:
                hi = doc[j].sent.end
                if hi > j + 1:
                    out.append((j + 1, hi))
    if cue.inf and not out:
        for ch in tok.children:
            if ch.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in ch.children):
                lo, hi = _subtree_bounds(ch, exclude=_cue_conjuncts(ch))
                # "urged the industry to do more": the object belongs to the content
                objs = [d for d in tok.children if d.dep_ == "dobj" and d.i < ch.i]
                if objs and tok.lemma_ != "tell":
                    lo = min(lo, objs[0].left_edge.i)
                out.append((lo, hi))
    if cue.obj and not out:
        for ch in tok.children:
            ncue = ctx.lex.nouns.get(ch.lemma_.lower()) if ch.dep_ == "dobj" and ch.pos_ == "NOUN" else None
            if ncue is not None and not any(g.dep_ in ("det", "poss") for g in ch.children):
                # "voiced concern that ...", "expressed support for X": the noun's complement
                comp, _ = _noun_complement(ch, ncue)
                if comp is not None:
                    out.append(comp)
                    continue
            if ch.dep_ == "dobj" and ch.lower_ not in word_set("empty_objects"):
                lo, hi = _subtree_bounds(ch, exclude=_cue_conjuncts(ch))
                if ctx.mark_at(ch.idx) is None:
                    # "endorsed Rice, his adviser": the object without its apposition
                    for g in ch.rights:
                        if g.dep_ in _NP_CORE and doc[g.left_edge.i - 1].text in (",", "\u2014", "--", "("):
                            hi = min(hi, g.left_edge.i - 1)
                            break
                for c2 in tok.children:
                    if c2.i > ch.i and (c2.dep_ in ("oprd", "ccomp", "xcomp") or (
                            c2.dep_ == "prep" and c2.lower_ in word_set("object_preps"))):
                        hi = max(hi, c2.right_edge.i + 1)
                out.append((lo, hi))
            elif ch.dep_ == "dobj" and ch.lower_ in ("it", "this", "that"):
                for c2 in tok.children:
                    if c2.dep_ == "oprd":
                        out.append((ch.i, c2.right_edge.i + 1))
    if cue.preps and not out:
        for ch in tok.children:
            if ch.dep_ in ("advcl", "ccomp") and ch.i > tok.i and any(
                    g.dep_ == "mark" and g.lower_ in cue.preps and g.i == ch.left_edge.i for g in ch.children):
                # "called for the state to act": the parser reads "for" as the clause's mark
                out.append((ch.left_edge.i + 1, ch.right_edge.i + 1))
            if ch.dep_ in ("prep", "prt") and ch.lower_ in cue.preps and ch.i > tok.i:
                for g in ch.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        lo, hi = _subtree_bounds(g)
                        for c2 in tok.children:  # "talk about X and how Y"
                            if c2.dep_ == "conj" and c2.i > hi - 1 and c2.pos_ in ("NOUN", "PROPN"):
                                hi = c2.right_edge.i + 1
                        out.append((lo, hi))
    if not out and cue.lemma == "call":
        # "called X Y": a naming ("called the plan 'a disgrace'")
        comps = [c for c in tok.rights if c.dep_ in ("oprd", "xcomp", "ccomp", "dobj", "attr", "npadvmod", "appos")
                 and not (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))]
        if comps and (len(comps) >= 2 and comps[0].dep_ in ("dobj", "xcomp") or comps[-1].dep_ == "oprd"):
            # "called the drills a provocation" (parsed as two objects), "called both X and Y 'reckless'"
            out.append((comps[0].left_edge.i, comps[-1].right_edge.i + 1))
    if not out and cue.as_obj:
        # "sees X as Y", "described the dinner as ..."
        for ch in tok.children:
            if ch.dep_ == "dobj":
                for c2 in tok.children:
                    if c2.i > ch.i and c2.dep_ == "prep" and c2.lower_ == "as":
                        out.append((ch.left_edge.i, c2.right_edge.i + 1))
                        break
                break
    res = []
    for lo, hi in out:
        if lo > tok.i:
            hi = _extend_right(tok, lo, hi)
            hi = _content_conjuncts(tok, hi)
        hi = _cut_tail(ctx, lo, hi)
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo == 1 and ctx.mark_at(doc[lo].idx) is None and not (
                "stance" in cue.kinds and (doc[lo].pos_ in _ONE_WORD or doc[lo].lower_ in word_set("object_pronouns"))):
            continue  # a bare one-word object ("criticized Lavrov") is rarely a report
        if hi > lo:
            res.append((lo, hi))
    return res



def _adverbial_cues(ctx: _Ctx):
    """'according to X' and the like: (cue token bounds, source token, content token bounds)."""
    doc = ctx.doc
    for key, cue in ctx.lex.adverbials.items():
        first = key[0]
        n = len(key)
        for t in doc:
            if t.lower_ != first:
                continue
            if tuple(x.lower_ for x in doc[t.i : t.i + n]) != key:
                continue
            last = doc[t.i + n - 1]
            src = None
            for g in last.children:
                if g.dep_ == "pobj":
                    src = g
            if src is None and t.i + n < len(doc):
                src = doc[t.i + n]
            sent = t.sent
            # the phrase's own extent
            plo = t.i
            phi = max(t.i + n, src.right_edge.i + 1 if src is not None else t.i + n)
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
                lo = phi  # "According to X, ..."
            elif phi >= hi - 1:
                hi = plo  # "..., according to X."
            elif after > phi and after < hi and (
                    doc[after].tag_ == "VBG" or doc[after].lower_ in word_set("writer_tail_words")):
                hi = plo  # "..., according to X, even as ...": the rest is the writer's
            elif lo <= sent.root.i < plo:
                # "X leads by 10 points, according to Y, where ...": the main
                # clause is over before the phrase, what follows is the
                # writer's (PolNeAR train: 14 of 17 such contents stop there;
                # with the main verb after the phrase, 7 of 8 go on)
                hi = plo
            if hi - lo <= 3 and lo < plo and all(
                    x.pos_ in ("PRON", "AUX", "DET", "PUNCT") for x in doc[lo:plo]):
                continue  # "That's according to X"
            # else in the middle: the whole sentence, the phrase inside it
            lo, hi = _trim_tokens(doc, lo, hi)
            if hi > lo:
                yield (t.i, t.i + n), src, (lo, hi), cue






def _in_source(ctx: _Ctx):
    """(cue token, source token, content token bounds) for "In a poll, ..."."""
    doc, lex = ctx.doc, ctx.lex
    for t in doc:
        if t.lower_ not in ("in", "per") or t.dep_ != "prep" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        src = next((g for g in t.children if g.dep_ == "pobj"), None)
        held = src is not None and src.lemma_.lower() in word_set("opinion_nouns")
        if held:
            # "In his opinion, ...", "In Moscow's view, ...": the possessor holds it
            src = next((g for g in src.children if g.dep_ == "poss"), None)
        elif src is None or src.lemma_.lower() not in word_set("source_nouns"):
            continue
        if src is None:
            continue
        head = t.head
        if head.dep_ in ("aux", "auxpass") and head.head.i > head.i:
            head = head.head  # the parser hung "In a poll" on "were" of "were opposed"
        if head.i < t.i or _cue_of(head, lex) is not None:
            continue  # "In a statement, X said ...": the verb's own report
        if t.i != head.sent.start and not (t.i > 0 and doc[t.i - 1].dep_ == "cc"):
            continue
        lo, hi = t.right_edge.i + 1, head.right_edge.i + 1
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo >= 3 and any(g.dep_ in _SUBJ for g in head.children):
            subj = next((g for g in head.children if g.dep_ == "nsubj"), None)
            if not held and src.lemma_.lower() not in word_set("studies") and _agentive(subj):
                src = subj  # "In a statement, the minister sounded calmer": his, not the statement's
            yield t, src, (lo, hi)


def extract_quotes(doc, lexicon: Optional[Lexicon] = None) -> list[Quote]:
    """Direct, indirect and mixed quotes in ``doc`` with speakers, cues and
    media, in text order."""
    lex = lexicon or load_lexicon()
    if len(doc) == 0:
        return []
    ctx = _Ctx(doc, lex)
    text = ctx.text
    found: list[tuple[int, int, Quote, object]] = []  # (start, end, quote, cue token)

    prev_speaker: Optional[Speaker] = None
    for tok in doc:
        cue = _cue_of(tok, lex)
        if cue is None:
            continue
        inq = ctx.mark_at(tok.idx)
        if inq is not None and not inq.single:
            continue  # a cue inside a quotation belongs to the quoted speaker
        if tok.idx > 0 and text[tok.idx - 1] in "</" and text[max(0, tok.idx - 2):tok.idx].strip().startswith("<"):
            continue  # a markup tag left in the text ("<tweet author=...>")
        if tok.dep_ == "pcomp" and tok.head.lower_ == "without" and tok.head.head.lemma_ == "go":
            continue  # "It goes without saying that ...": the writer's idiom, no one's report
        contents = _contents_for(ctx, tok, cue)
        if not contents:
            continue
        subj = None if cue.raising else _speaker_token(tok)
        if cue.human and not _agentive(subj):
            continue  # "the data support ...", "policies that back ...": no one takes a stand
        for lo, hi in contents:
            if lo < tok.i < hi and not _parenthetical(tok) and not cue.raising and not _as_clause(tok) \
                    and _passive_complement(tok, cue) is None and _aside_bounds(ctx, tok) is None:
                # a content never holds its own cue: '"...," said X, adding ...'
                cut = min(tok.left_edge.i, tok.i)
                own = min([tok.i] + [c.left_edge.i for c in tok.lefts if not (c.left_edge.i <= lo <= c.right_edge.i)])
                pre = [t for t in doc[lo:own] if not t.is_punct]
                if len(pre) == 1 and pre[0].lower_ in word_set("relative_pronouns") | {"what"} and pre[0].head.i > tok.i:
                    pass  # "a plan which he said would fail": the relative pronoun and its clause
                elif cut <= lo:
                    continue
                else:
                    lo, hi = _trim_tokens(doc, lo, cut)
                    if hi <= lo:
                        continue
            if subj is not None and lo <= subj.i < hi and subj.i > tok.i:
                # '..., said X, a former officer, "and ..."': the parser hung the speaker inside
                # the words; they start at the quotation after the speaker's name
                after = next((mk for mk in ctx.marks_in(doc[subj.i].idx, _chars(doc, lo, hi)[1])
                              if mk.start > doc[subj.i].idx and not mk.single), None)
                if after is None:
                    continue
                lo = doc.char_span(after.start, after.end, alignment_mode="expand").start
            s, e = _chars(doc, lo, hi)
            s, e = _clip_para(ctx, tok.idx, s, e)
            if e <= s:
                continue
            s, e = _fit_marks(ctx, s, e)
            m = ctx.mark_at(s)
            if m is not None and m.start == s and m.end >= e and not m.single:
                e = m.end  # a whole quotation, even over several sentences
            speaker = _make_speaker(ctx, subj, prev_speaker) if subj is not None else None
            cspan = _cue_span(tok, cue)
            q = Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=speaker,
                      cue=Span(cspan[0], cspan[1], text[cspan[0]:cspan[1]]), medium=_medium(ctx, tok))
            found.append((s, e, q, tok))
            if speaker is not None and speaker.name:
                prev_speaker = speaker

    for q in _adjective_cues(ctx):
        found.append((q.start, q.end, q, None))

    for q in _noun_cues(ctx):
        found.append((q.start, q.end, q, None))

    for (clo, chi), src, (lo, hi), cue in _adverbial_cues(ctx):
        s, e = _chars(doc, lo, hi)
        s, e = _fit_marks(ctx, s, e)
        cs, ce = _chars(doc, clo, chi)
        speaker = _make_speaker(ctx, src, None) if src is not None else None
        q = Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=speaker,
                  cue=Span(cs, ce, text[cs:ce]))
        h = doc[clo].head
        if h.i < clo and _is_speech(h, lex) and _speaker_token(h) is not None:
            # '"...," X said, according to a transcript': the transcript reports it, and the
            # quotation is still X's own
            ctx.shared.add(id(q))
        elif h.i > clo and src is not None and _is_medium(ctx, src) and _cue_of(h, lex) is not None \
                and _agentive(_speaker_token(h)):
            # "According to TASS, the embassy called the claims groundless": the embassy's words,
            # relayed by TASS (the medium, as in 'X told Z newspaper')
            relayed = {h.i} | {c.i for c in h.conjuncts}  # "... called X groundless and said ..."
            took = [f[2] for f in found if f[3] is not None and f[3].i in relayed]
            for r in took:
                r.medium = r.medium or doc[slice(*_name_bounds(src))].text
            if took:
                continue  # else ("According to TASS, the embassy denied it") the outlet's report stays
        found.append((s, e, q, None))

    for t, src, (lo, hi) in _in_source(ctx):
        s, e = _chars(doc, lo, hi)
        s, e = _clip_para(ctx, t.idx, s, e)
        if e <= s:
            continue
        s, e = _fit_marks(ctx, s, e)
        q = Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=_make_speaker(ctx, src, None),
                  cue=Span(t.idx, t.idx + len(t.text), t.text))
        found.append((s, e, q, None))

    answers = []
    for q in _colon_leads(ctx):
        if id(q) in ctx.answers:
            answers.append((q.start, q.end, q, None))  # added after the nested reports are read
        elif not any(fs < q.end and q.start < fe for fs, fe, _, _ in found):
            found.append((q.start, q.end, q, None))

    for q in _dash_quotes(ctx):
        found = [f for f in found if not (q.start <= f[0] < q.end)]  # the parser's reads of the quoted words
        found.append((q.start, q.end, q, None))

    for q in _manner_colons(ctx):
        # the parser may hang "The minister was blunt" on the verb after the colon: a
        # content holding the lead-in is that misparse
        found = [f for f in found if not (f[0] <= q.cue.start and q.cue.end <= f[1])]
        if not any(_iou(fs, fe, q.start, q.end) >= 0.9 for fs, fe, _, _ in found):
            found.append((q.start, q.end, q, None))

    found.sort(key=lambda x: (x[0], -x[1]))
    found = _drop_nested(found)
    if answers:
        # "ANSWER: ...": the whole answer is the quoted person's; the reports inside it stay
        found = sorted(found + answers, key=lambda x: (x[0], -x[1]))
    quotes = _answers(ctx, _issuers(ctx, _drop_repeats(_direct_quotes(ctx, found))))
    # a two-word report with no one to say it is a fragment, not a quote; "asked not to be
    # named" is the anonymity formula, not a request
    return [q for q in quotes if (q.speaker is not None or q.kind != "indirect" or len(q.text.split()) >= 3)
            and not _ANONYMITY.match(q.text)]




def _take_identity(sp: Speaker, src) -> None:
    """``sp`` is the same speaker as ``src`` (a Speaker or a Mention): its name and codes."""
    sp.name, sp.code, sp.country, sp.org = src.name, src.code, src.country, src.org


def _issuer_token(tok):
    """Who issues the document noun ``tok``: "the ministry's statement", "X
    issued a statement", "In a statement, X warned", "a statement by X"."""
    for ch in tok.children:
        if ch.dep_ == "poss" and ch.pos_ in ("PROPN", "NOUN"):
            return ch
        if ch.dep_ == "prep" and ch.lower_ in ("by", "from"):
            obj = next((g for g in ch.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "NOUN"):
                return obj
        if ch.dep_ == "acl" and ch.lemma_.lower() in word_set("issuing_verbs"):  # "a statement issued by X", not "carried by"
            for g in ch.children:
                if g.dep_ == "agent":
                    obj = next((o for o in g.children if o.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
    verb = None
    if tok.dep_ == "dobj":
        verb = tok.head  # "X issued a statement"
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "via") and tok.head.dep_ == "prep":
        verb = tok.head.head  # "In a statement, X warned ..."
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        return next((g for g in verb.children if g.dep_ == "nsubj" and g.pos_ in ("PROPN", "NOUN")), None)
    return None


def _issuers(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """A quote whose speaker is a document with no issuer in its own words
    ("the statement said", "the joint communique said") takes the speaker
    identity of the body or person that the article, at most two paragraphs
    before, says issued that document ("In a statement, the ministry
    warned ...", "X released a report ..."). The speaker span stays on the
    document's words."""
    doc = ctx.doc
    for q in quotes:
        sp = q.speaker
        words = sp.text.lower().split() if sp is not None else []
        if sp is None or sp.name is not None or not 2 <= len(words) <= 4 or words[0] not in word_set("document_determiners") \
                or words[-1] not in word_set("documents"):
            continue
        span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
        if span is None:
            continue
        head = span[-1]
        first_para = ctx.para_of(sp.start)[0]
        for _ in range(2):
            first_para = ctx.para_of(max(0, first_para - 1))[0] if first_para > 0 else 0
        for t in reversed(doc[:span.start]):
            if t.idx < first_para:
                break
            if t.lemma_.lower() != head.lemma_.lower() or t.pos_ != "NOUN":
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


_ANONYMITY = re.compile(r"(?:not\s+)?to\s+(?:not\s+)?be\s+(?:named|identified|quoted)\b(?:\s+by\s+name)?[.,;]?$", re.I)


def _drop_repeats(quotes: list[Quote]) -> list[Quote]:
    """A quote inside a longer quote of the same speaker (or of no one)
    repeats part of it: 'X called the test "a provocation"' is one
    attribution of X, not two."""
    def same(a: Optional[Speaker], b: Optional[Speaker]) -> bool:
        return a is None or (b is not None and (a.start, a.end) == (b.start, b.end))

    return [q for q in quotes if not any(
        o is not q and o.start <= q.start and q.end <= o.end and o.end - o.start > q.end - q.start
        and same(q.speaker, o.speaker) for o in quotes)]



def _drop_nested(found):
    """A report whose cue stands inside another report's content is part of
    that content ("X said that Y believes Z"): one attribution, the outer."""
    out = []
    for i, (s, e, q, tok) in enumerate(found):
        c = q.cue
        if c is not None and any(j != i and fs < c.start and c.end <= fe and not (s < c.start < e)
                                 for j, (fs, fe, _, _) in enumerate(found)):
            continue
        out.append((s, e, q, tok))
    return out




def _adjective_cues(ctx: _Ctx):
    """"X is confident that ...", "X was critical of ...": an attitude
    adjective after a copula; the speaker is the copula's subject."""
    doc, text, adjs = ctx.doc, ctx.text, ctx.lex.adjectives
    if not adjs:
        return
    for t in doc:
        if t.pos_ != "ADJ" or t.dep_ not in ("acomp", "ROOT", "oprd") or t.lemma_.lower() not in adjs:
            continue
        cop = t.head if t.dep_ != "ROOT" else t
        subj = next((c for c in cop.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ == "it":
            continue
        comp = None
        for ch in t.children:
            if ch.dep_ in ("ccomp", "xcomp") and ch.i > t.i:
                comp = (ch.left_edge.i, ch.right_edge.i + 1)
                break
            if ch.dep_ == "prep" and ch.lower_ in word_set("adjective_preps"):
                obj = next((g for g in ch.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    comp = (obj.left_edge.i, obj.right_edge.i + 1)
                    break
        if comp is None:
            continue
        lo, hi = _trim_tokens(doc, *comp)
        if hi - lo < 2:
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        yield Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=_make_speaker(ctx, subj, None),
                    cue=Span(t.idx, t.idx + len(t.text), t.text))




def _noun_source(t):
    """The source of noun cue ``t``: its possessor ("Tokayev's warning"), a
    "by" agent ("a warning by the ministry"), or the subject of a light verb
    it is the object of ("X voiced concern"); None if there is none."""
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner if owner.lower_ != "its" or t.lemma_ in ("statement", "announcement") else None
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > t.i:
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
            if g is not None and _agentive(g):
                return g
    h = t
    while h.dep_ == "conj" and h.head.i != h.i:
        h = h.head
    if h.dep_ == "dobj" and h.head.lemma_.lower() in word_set("light_verbs"):
        return _speaker_token(h.head)
    return None


def _noun_complement(t, cue: Cue):
    """Token bounds of the complement of noun cue ``t`` and whether it is a
    that-clause: "the claim [that ...]", "her refusal [to ...]", "criticism
    of [X]"."""
    for ch in t.rights:
        if ch.dep_ in ("acl", "ccomp", "appos", "relcl") and "that" in cue.preps:
            first = ch.left_edge
            if first.lower_ == "that" and first.dep_ == "mark" and first.head.i == ch.i:
                return (first.i, ch.right_edge.i + 1), True
        if ch.dep_ in ("acl", "relcl", "xcomp") and "inf" in cue.preps:
            first = ch.left_edge
            if first.lower_ == "to" and first.dep_ == "aux" and first.i == t.i + 1 + sum(
                    1 for x in t.doc[t.i + 1:first.i] if x.is_punct):
                return (first.i, ch.right_edge.i + 1), False
        if ch.dep_ == "prep" and ch.lower_ in cue.preps and ch.i <= t.i + 2:
            obj = next((g for g in ch.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return (obj.left_edge.i, obj.right_edge.i + 1), False
    return None, False


def _noun_cues(ctx: _Ctx):
    """"Tokayev's criticism of the deal", "the ministry's warning that ...",
    "X voiced concern that ...": a noun cue with its complement (the
    content) and its source (possessor, "by" agent or light-verb subject).
    A speech noun with a that-clause is a report even with no source named
    ("the claim that ...")."""
    doc, text, nouns = ctx.doc, ctx.text, ctx.lex.nouns
    if not nouns:
        return
    for t in doc:
        if t.pos_ != "NOUN":
            continue
        cue = nouns.get(t.lemma_.lower()) or nouns.get(t.lower_)
        if cue is None:
            continue
        inq = ctx.mark_at(t.idx)
        if inq is not None and not inq.single:
            continue  # the quoted speaker's own words
        comp, clause = _noun_complement(t, cue)
        if comp is None:
            continue
        src = _noun_source(t)  # None: "questions about X", "fears that Y" with no one named
        lo, hi = comp
        hi = min(hi, t.sent.end)
        if not clause:
            hi = _cut_tail(ctx, lo, hi)
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo < 1 or (hi - lo == 1 and doc[lo].pos_ == "PRON"):
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        spk = None
        if src is not None:
            spk = _make_speaker(ctx, src, None)
            if src.lower_ not in word_set("possessive_pronouns") and src.dep_ == "poss":
                sp_lo, sp_hi = _name_bounds(src)
                ps, pe = _chars(doc, sp_lo, sp_hi)
                spk.start, spk.end = ps, pe
                spk.text = text[ps:pe].removesuffix("\u2019s").removesuffix("'s")
                spk.end = spk.start + len(spk.text)
        yield Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=spk,
                    cue=Span(t.idx, t.idx + len(t.text), t.text))




def _colon_leads(ctx: _Ctx):
    """Headline and transcript style: 'Lavrov: Russia will respond.' - a
    short name at a paragraph's start, a colon, then what the person said."""
    doc, text = ctx.doc, ctx.text
    for p0, p1 in ctx.paras:
        colon = text.find(":", p0, min(p1, p0 + 70))
        if colon < 0 or colon == p0:
            continue
        head = text[p0:colon]
        words = head.split()
        if not words or len(words) > 6 or not head[0].isupper() or "\n" in head:
            continue
        if text[colon - 1].isdigit() or (colon + 1 < len(text) and text[colon + 1].isdigit()):
            continue  # a time or a ratio
        span = doc.char_span(p0, colon, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in span):
            continue  # a clause before the colon: the verb path reads it
        s = colon + 1
        while s < p1 and text[s].isspace():
            s += 1
        e = p1
        while e > s and text[e - 1] in ". ":
            if text[e - 1] == "." and e - 2 >= s and text[e - 2] in _MARK_CHARS:
                break
            e -= 1
        if e - s < 3:
            continue
        body = doc.char_span(s, e, alignment_mode="expand")
        if body is not None and not any(t.pos_ in ("VERB", "AUX") for t in body) and len(body) < 6:
            continue  # "Kazakhstan: 1,204": a score or a label, not an utterance
        root = span.root
        label = head.strip().rstrip(".").upper()
        if label in word_set("answer_labels"):
            # a transcript's answer: the words of the person the article has been quoting
            spk = Speaker(start=span.start_char, end=span.end_char, text=span.text)
            q = Quote(start=s, end=e, text=text[s:e], kind="direct", speaker=spk, cue=Span(colon, colon + 1, ":"))
            ctx.answers.add(id(q))
            yield q
            continue
        if head.isupper() and len(words) <= 2 and len(head) >= 3 and label not in word_set("not_speakers"):
            # a transcript's speaker label ("KARIMOV: He will not travel ..."): only a person the article
            # names, the nearest before it, else any; not a dateline ("NEW DELHI: ...") or a section label
            surname = words[-1].lower().rstrip(".")
            people = [x for x in doc._.mentions or () if x.kind == "person" and x.name
                      and x.name.split()[-1].lower() == surname]
            m = max((x for x in people if x.end <= p0), key=lambda x: x.start, default=None) or (
                people[0] if people else None)
            if m is not None:
                spk = Speaker(start=span.start_char, end=span.end_char, text=span.text, name=m.name, code=m.code,
                              country=m.country, org=m.org)
                yield Quote(start=s, end=e, text=text[s:e], kind="direct", speaker=spk,
                            cue=Span(colon, colon + 1, ":"))
            continue
        m = ctx.mention_at(doc, span.start_char, span.end_char)
        if any(t.lower_ in word_set("labels") for t in span) or m is None and not any(
                t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in span) and (
                root.pos_ not in ("PROPN", "NOUN") or not root.text[:1].isupper() or root.text.isupper()):
            continue  # "Editor's Note: ...", "Update: ...", "LOOK: ...", "Q: ...": a label, not a speaker
        spk = Speaker(start=span.start_char, end=span.end_char, text=span.text)
        if m is not None:
            spk.name, spk.code, spk.country, spk.org = m.name, m.code, m.country, m.org
        elif root.pos_ == "PROPN":
            spk.name = span.text
        cue = Span(colon, colon + 1, ":")
        yield Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=spk, cue=cue)




_QUESTION_LABEL = re.compile(r"\W{0,2}(?:Q|QUESTION)\s*:\s")


def _answers(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """A transcript's "ANSWER: ..." takes the identity of the latest named
    speaker before it, not of anyone a reporter's question ("QUESTION: Would
    the United States support ...?") mentions."""
    if not ctx.answers:
        return quotes
    questions = [(p0, p1) for p0, p1 in ctx.paras if _QUESTION_LABEL.match(ctx.text, p0, p1)]
    answer_quotes = [q for q in quotes if id(q) in ctx.answers]
    last: Optional[Speaker] = None
    for q in quotes:
        sp = q.speaker
        if any(p0 <= q.start < p1 for p0, p1 in questions):
            continue
        if id(q) in ctx.answers and sp is not None:
            if last is not None:
                _take_identity(sp, last)
            continue
        a = next((a for a in answer_quotes if a.start <= q.start < a.end), None) \
            if sp is not None and sp.text.lower() in ("i", "we") else None
        if a is not None:
            # "I'd reject that ..." inside an answer: the one answering
            _take_identity(sp, a.speaker)
            continue
        if sp is not None and sp.name:
            last = sp
    return quotes




def _manner_colons(ctx: _Ctx):
    """'The minister was blunt: Astana will not host foreign bases.' - a
    speaker described as speaking plainly, a colon, then the words: the
    content runs to the end of that sentence."""
    doc, text = ctx.doc, ctx.text
    for t in doc:
        if t.lower_ not in word_set("plain_speech", "plain_words") or t.i + 2 >= len(doc) or doc[t.i + 1].text != ":":
            continue
        inq = ctx.mark_at(t.idx)
        if inq is not None and not inq.single:
            continue  # '"Our position is very simple: NATO is ...," he said': inside someone's quotation
        if t.head.lemma_ != "be" or t.dep_ not in ("acomp", "attr", "ROOT"):
            continue
        subj = _speaker_token(t.head)
        if subj is None or subj.i > t.i:
            continue
        if t.lower_ in word_set("plain_words") and (subj.lemma_.lower() not in word_set("stance_nouns") or not any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "from") for c in subj.children)):
            continue  # someone's message ("Tokayev's position was clear:"), not "the sky was clear:"
        if not (subj.lower_ in word_set("personal") or subj.pos_ in ("NOUN", "PROPN")):
            continue
        first = doc[t.i + 2]
        lo, hi = first.i, first.sent.end
        if hi <= lo + 1:  # the parser ended the sentence at the colon: take the next one
            hi = doc[lo].sent.end if doc[lo].sent.start == lo else hi
        lo, hi = _trim_tokens(doc, lo, hi)
        if hi - lo < 3:
            continue
        s, e = _fit_marks(ctx, *_chars(doc, lo, hi))
        s, e = _clip_para(ctx, t.idx, s, e)
        if e <= s:
            continue
        yield Quote(start=s, end=e, text=text[s:e], kind=_kind(ctx, s, e), speaker=_make_speaker(ctx, subj, None),
                    cue=Span(t.idx, t.idx + len(t.text), t.text))


def _cue_span(tok, cue: Cue) -> tuple[int, int]:
    s, e = tok.idx, tok.idx + len(tok.text)
    if cue.second:
        for ch in tok.children:
            if ch.lower_ == cue.second:
                s, e = min(s, ch.idx), max(e, ch.idx + len(ch.text))
    return s, e


def _iou(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = min(a1, b1) - max(a0, b0)
    if inter <= 0:
        return 0.0
    return inter / (max(a1, b1) - min(a0, b0))


def _direct_quotes(ctx: _Ctx, found) -> list[Quote]:
    """Add the quotations no cue claimed: attributed through a cue in the
    same sentence, floating (a paragraph that is only a quote: the previous
    speaker), or else left out (scare quotes, titles)."""
    doc, text = ctx.doc, ctx.text
    quotes = [q for _, _, q, _ in found]
    # drop near-duplicates (two cues claiming the same span: keep the first)
    uniq: list[Quote] = []
    for q in quotes:
        if any(_iou(q.start, q.end, u.start, u.end) >= 0.9 for u in uniq):
            continue
        uniq.append(q)
    quotes = uniq
    starts = sorted((q.start, q.end, k) for k, q in enumerate(quotes))
    by_pos = [s for s, _, _ in starts]
    extra: list[Quote] = []
    last: Optional[Quote] = None
    for m in ctx.marks:
        if m.single:
            continue
        s, e = m.start, m.end
        i0, i1 = m.inner(text)
        words = len(text[i0:i1].split())
        # already claimed: covered by a found content
        j = bisect_right(by_pos, e) - 1
        claimed = None
        k = j
        while k >= 0 and k > j - 8:
            qs, qe, idx = starts[k]
            if qs <= s + 2 and qe >= e - 2 or _iou(s, e, qs, qe) >= 0.5:
                claimed = quotes[idx]
                break
            k -= 1
        if claimed is not None and id(claimed) not in ctx.shared:
            last = claimed
            continue
        body = text[i0:i1]
        # an utterance: ends in punctuation inside the marks ('"Really," he added')
        utterance = bool(body) and body[-1] in ",.?!\u2014-:;\u2026"
        tk = doc.char_span(s, min(s + 1, len(text)), alignment_mode="expand")
        opens = bool(tk is not None and len(tk) and (tk[0].is_sent_start or tk[0].i == tk[0].sent.start))
        before = text[max(0, s - 3):s].strip()
        lead_cue = _lead_cue(ctx, s) if utterance else None
        if not m.continued and _title_like(body) and lead_cue is None:
            continue  # a title: ''Face the Nation''
        if not m.continued and lead_cue is None:
            if words <= 2 and not (utterance and (opens or before.endswith(":"))):
                continue  # a scare quote or a title
            if words <= 5 and not opens and not before.endswith((":", ",")):
                # a short fragment inside someone's sentence ('passed "hundreds
                # of bills"') is part of a report, not a quote of its own
                continue
        para = ctx.para_of(s)
        speaker = None
        cue = None
        # a cue in the sentence right after or around the quotation
        tok_e = doc.char_span(max(e - 1, 0), e, alignment_mode="expand")
        tok_s = doc.char_span(s, min(s + 1, len(text)), alignment_mode="expand")
        cands = []
        for t in (tok_e, tok_s):
            if t is None or len(t) == 0:
                continue
            sent = t[0].sent
            cands.append(sent)
        # '"Who are they?" she asked.': the parser may start a new sentence
        # right after the closing mark
        if e < len(text) and body and body[-1] in "?!.,":
            nt = doc.char_span(e, min(e + 2, len(text)), alignment_mode="expand")
            if nt is not None and len(nt) and nt[0].sent.start_char >= e - 1 and nt[0].sent.start_char <= e + 2:
                ns = nt[0].sent
                # ('"Who are they?" Smith asked.'), not a new report ('The CSTO said it would ...')
                if len(ns) >= 2 and ns[0].text[:1].islower() or any(
                        _cue_of(x, ctx.lex) is not None and not any(
                            ch.dep_ in ("ccomp", "xcomp", "dobj") for ch in x.children) for x in ns[:4]):
                    cands.append(ns[:6])
        for sent in cands:
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
                        subj = next((ch for ch in t.rights if ch.dep_ in ("nsubj", "nsubjpass")
                                     and ch.idx >= e), None) or _name_before(doc, t, e)
                    if subj is not None and not (s <= subj.idx < e):
                        speaker = _make_speaker(ctx, subj, last.speaker if last else None)
                        cue = Span(t.idx, t.idx + len(t.text), t.text)
                        break
            if cue is not None:
                break
        if cue is None and lead_cue is not None:
            # 'a man yelled "Stay there!"': the cue right before the quotation
            subj = _speaker_token(lead_cue)
            if subj is not None:
                speaker = _make_speaker(ctx, subj, last.speaker if last else None)
                cue = Span(lead_cue.idx, lead_cue.idx + len(lead_cue.text), lead_cue.text)
        if cue is None and utterance and body[-1] in ",?!":
            # '"Stay out of our waters," the captain shouted': any verb right after a
            # quote that ends in a comma, with its subject outside the quote
            after = doc.char_span(e, min(len(text), e + 80), alignment_mode="contract")
            for t in (after[:6] if after is not None else ()):
                if t.idx >= para[1]:
                    break  # the next paragraph is not this quotation's attribution
                if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
                    subj = _speaker_token(t)
                    if subj is None or (subj.idx < e and _is_speech(t, ctx.lex)):
                        # the parser hung the verb on its subject, or made it a
                        # conjunct of the quoted clause ('"...," Aktobe police
                        # Chief X said' read as an imperative "Aktobe ...")
                        subj = _name_before(doc, t, e) or subj
                    if subj is not None and subj.idx >= e:
                        speaker = _make_speaker(ctx, subj, last.speaker if last else None)
                        cue = Span(t.idx, t.idx + len(t.text), t.text)
                    break
                if t.is_punct and t.text not in ("\u2019", "'"):
                    break
        if cue is None:
            sig = _signature(ctx, e, para[1])
            if sig is not None:
                speaker, cue = sig
        if cue is None and last is not None and last.cue is not None and last.end <= last.cue.start < s \
                and para[0] <= last.start and s - last.end <= 200:
            # '"A," she said. "B."': the second part goes with the first
            cue, speaker = last.cue, last.speaker
        elif cue is None and opens:
            # 'Tokayev said that X. "Y ...': a quotation opening the very next sentence
            # goes on with the report before it
            before = [q for q in quotes if q.end <= s] + ([last] if last is not None else [])
            prev = max(before, key=lambda q: q.end, default=None)
            if prev is not None and prev.speaker is not None and prev.cue is not None \
                    and prev.cue.start < prev.start and para[0] <= prev.start and 0 <= s - prev.end <= 3:
                cue, speaker = prev.cue, prev.speaker
        floating = False
        if cue is None:
            inside_para = para[0] <= s and e <= para[1]
            only_quote = inside_para and (s - para[0]) <= 2 and (para[1] - e) <= 3
            if m.continued or only_quote:
                floating = True
            elif words >= 8 and last is not None and last.speaker is not None and (s - last.end) < 400 and m.continued:
                floating = True
            if not floating:
                continue
            if last is not None and last.speaker is not None:
                speaker = Speaker(**last.speaker.__dict__)
        q = Quote(start=s, end=e, text=text[s:e], kind="direct", speaker=speaker, cue=cue,
                  medium=None)
        extra.append(q)
        last = q
    out = sorted(quotes + extra, key=lambda q: (q.start, q.end))
    out = _join_chains(ctx, out)
    return _merge_interrupted(ctx, out)


# '"...." ― Jane Doe': a quotation signed with a dash and a name
_SIGNATURE = re.compile(r"[ \t\u00a0]*([\u2015\u2014\u2013]|--?)[ \t\u00a0]*((?:[A-Z][\w.'\u2019\-]*[ \u00a0]?){1,5})[ \t\u00a0.]*(?:\n|$)")


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
    return sp, Span(m.start(1), m.end(1), ctx.text[m.start(1):m.end(1)])


def _name_before(doc, tok, e: int):
    """The noun right before ``tok`` (past a parenthesis: 'X (D-Md.) said'),
    if it lies after the quotation ending at ``e``; else None."""
    i = tok.i - 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and tok.i - i < 12:
            i -= 1
        i -= 1
    if i < 0 or doc[i].idx < e or doc[i].pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    return doc[i]


def _is_speech(tok, lex: Lexicon) -> bool:
    c = _cue_of(tok, lex)
    return c is not None and "speech" in c.kinds


def _lead_cue(ctx: _Ctx, s: int):
    """The speech verb right before a quotation ('yelled "Stay there!"',
    'tweeted: "..."'), or None."""
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
    v = doc[colon].head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if v.i > colon and colon > 0:
        # the parser hung the colon on the quoted verb: the lead-in's verb is found from its last word
        v = doc[colon - 1]
        while v.pos_ not in ("VERB", "AUX") and v.head.i < colon and v.head.i != v.i:
            v = v.head
    if v.i >= colon or v.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("ccomp", "xcomp") and c.i < colon for c in v.children):
        return None  # "He said the plan was simple: ...": the colon is inside his report
    if _is_speech(v, ctx.lex) or (v.tag_ in ("VBD", "VBZ", "VBP") and _agentive(_speaker_token(v))):
        return v
    return None


def _join_chains(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """A quotation over several paragraphs (each reopened, closed only at
    the end) is one quote with one speaker; the cue may stand in the first
    paragraph or the last."""
    chains: list[list[MarkSpan]] = []
    for m in ctx.marks:
        if m.continued and chains and chains[-1][-1].continues:
            chains[-1].append(m)
        elif m.continues:
            chains.append([m])
    if not chains:
        return quotes
    text = ctx.text
    drop: set[int] = set()
    added: list[Quote] = []
    for chain in chains:
        starts = {m.start for m in chain}
        members = [k for k, q in enumerate(quotes) if q.kind == "direct" and q.start in starts]
        if len(members) < 2:
            continue
        qs = [quotes[k] for k in members]
        spk = next((q for q in qs if q.speaker is not None and q.cue is not None), None) or next(
            (q for q in qs if q.speaker is not None), None)
        s, e = qs[0].start, max(q.end for q in qs)
        added.append(Quote(start=s, end=e, text=text[s:e], kind="direct",
                           speaker=Speaker(**spk.speaker.__dict__) if spk else None,
                           cue=spk.cue if spk else None, medium=spk.medium if spk else None))
        drop.update(members)
    if not added:
        return quotes
    out = [q for k, q in enumerate(quotes) if k not in drop] + added
    out.sort(key=lambda q: (q.start, q.end))
    return out




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


def _merge_interrupted(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """'"A," she said, "B."' and '"A," she said. "B."' -> one quote from A to
    B with one speaker (a report between the halves stays a quote of its own)."""
    text = ctx.text
    out: list[Quote] = []
    for q in quotes:
        merged = False
        if q.kind == "direct":
            for k in range(len(out) - 1, max(-1, len(out) - 4), -1):
                p = out[k]
                if p.kind != "direct" or p.cue is None:
                    continue
                if not (0 < q.start - p.end <= 250 and p.end <= p.cue.start < q.start):
                    continue
                gap = text[p.end:q.start]
                if "\n" in gap or len(gap.split()) > 40:
                    continue
                if len(gap) > 0.8 * ((p.end - p.start) + (q.end - q.start)):
                    # a long aside between the halves: two quotes, one speaker
                    if q.speaker is None and q.cue is None:
                        q.speaker, q.cue = p.speaker, p.cue
                    continue
                body = text[p.start:p.end].rstrip(_MARK_CHARS + " ")
                if not body or body[-1] not in ",\u2014-?!:;":
                    continue
                if not gap.rstrip().endswith((",", ":", "\u2014", "-", ".")):
                    continue
                if q.cue is not None and q.cue.start != p.cue.start:
                    continue
                out[k] = Quote(start=p.start, end=q.end, text=text[p.start:q.end], kind="direct",
                               speaker=p.speaker or q.speaker, cue=p.cue, medium=p.medium or q.medium)
                merged = True
                break
        if not merged:
            out.append(q)
    out.sort(key=lambda x: (x.start, x.end))
    return out
