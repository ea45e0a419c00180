"""Speakers that stand for a person named or quoted before: a description
of a person ("the Russian minister", "the expert", "the head of the
department") is the nearest person quoted just before who carries that
title, an unnamed source ("a source in the ministry") is who "according to
him" means after it, and "he" or "his" with no name yet is the subject
just before or the person quoted last. Split from referents, which links
descriptions of bodies and calls these."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from ..syntax import grammar
from .gender import agrees
from .speaker_phrase import _take_identity
from .titles import person_name
from .vocabulary import first_names, word_seq, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s.replace("\u2019", "'"))]


def _near(ctx: _Ctx, prev: Speaker, sp: Speaker) -> bool:
    """Is ``prev`` in the paragraph of ``sp`` or the one before?"""
    return ctx.para_of(prev.start)[0] >= ctx.para_of(ctx.para_of(sp.start)[0] - 1)[0]


def _person_description(sp: Speaker) -> str | None:
    """The head noun of a description of a person with no name of its own
    ("the Russian minister", "The expert", "Georgian diplomat", "the expert's
    position" for its owner); else None."""
    text = sp.text.lstrip("-\u2013\u2014 ")  # "-the diplomat": a dash glued to it in translated copy
    parts = re.split(r"['\u2019]s\b", text, maxsplit=1)
    words = parts[0].split()
    if len(parts) == 2 and parts[1].split() == [parts[1].strip()] and parts[1].strip() in word_set("describing_nouns"):
        words = parts[1].split()  # "the agency's interlocutor": the one the agency spoke to
    if words and words[0].lower() == "the":
        words = words[1:]
    if _of_tail(words):
        words = words[: words.index("of")]  # "the head of the department": a head
    if not 1 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return None
    head = words[-1]
    if not head.islower() or head not in word_set("role_nouns", "describing_nouns"):
        return None
    if (
        sp.name
        and _words(sp.name) != [w.lower() for w in words]
        and not (_acronym(text) and head in word_set("role_nouns"))
    ):
        return None  # named already ("The researcher" read as the one quoted before)
    return head


def _of_tail(words: list[str]) -> list[str]:
    """The words of a short "of" phrase after a person's title ("head of
    the department" -> ["department"], "the head of ANAMA" -> ["anama"]),
    without articles; [] if the description has none."""
    if "of" not in words[1:3]:
        return []  # "head of the department", "the deputy chairman of the NSC"
    tail = [w.lower() for w in words[words.index("of") + 1 :] if w.lower() not in ("the", "a", "an")]
    return tail if 1 <= len(tail) <= 3 and all(w.isalpha() for w in tail) else []


def _heads_own_body(head: str, tail: list[str]) -> bool:
    """Is the description "the head of the department" (a leading title of a
    generic body noun), which translated copy uses as "the expert" is used:
    for whoever was quoted just before ("Chairman of the State Border
    Committee X answered our questions. ... The head of the department
    stressed ...")?"""
    return head in word_set("leading_titles") and len(tail) == 1 and tail[0] in word_set("generic_bodies")


def _acronym(text: str) -> str | None:
    """The acronym that ends a title's "of" phrase ("the deputy chairman of
    the NSC" -> "NSC"); else None."""
    words = text.split()
    last = words[-1] if len(words) >= 3 and "of" in words else ""
    return last if 2 <= len(last) <= 6 and last.isalpha() and last.isupper() else None


class _Person:
    __slots__ = ("sp", "words", "end", "initials")

    def __init__(self, sp: Speaker) -> None:
        self.sp, self.words, self.end, self.initials = sp, set(), sp.end, set()

    def add(self, sp: Speaker, end: int = 0) -> None:
        self.sp, self.end = sp, max(end, sp.end)
        words = " ".join(x for x in (sp.text, sp.role, sp.affiliation) if x)
        self.words |= set(_words(words))
        self.initials.add("".join(w[0] for w in re.findall(r"\b[A-Z][a-z]+", words)))


def _resolve_person(ctx: _Ctx, sp: Speaker, head: str, people: list[_Person]) -> Speaker | None:
    words = sp.text.split()
    tail = _of_tail(words[1:] if words and words[0].lower() == "the" else words)
    national = len(words) >= 2 and words[-2][:1].isupper() and words[-2].lower() != "the"  # "the Russian minister"
    for p in sorted(people, key=lambda x: -x.sp.start):
        if p.sp.start >= sp.start:
            continue
        if _heads_own_body(head, tail) and _spoke_near(ctx, p, sp):
            return p.sp  # "the head of the department": the chairman of the committee answering just before
        if not _near(ctx, p.sp, sp):
            return None
        if national and sp.country and p.sp.country and sp.country != p.sp.country:
            continue  # "the Russian minister" is not the Kazakh one quoted just before
        acronym = _acronym(sp.text)
        if acronym and acronym.lower() not in p.words and not any(acronym in i for i in p.initials):
            continue  # "the deputy chairman of the NSC": of the National Security Committee
        if head in word_set("describing_nouns") or head in p.words or _lawmaker(ctx, head, p):
            return p.sp
        if tail and set(tail) <= p.words:
            return p.sp  # "the head of ANAMA": the chairman of the board of ANAMA quoted before
    return None


def _lawmaker(ctx: _Ctx, head: str, p: _Person) -> bool:
    """'The member of the parliament, political scientist X considers ...
    "...", - the deputy has noted': a word for a member of parliament (the
    list lawmaker_words; translated copy's 'deputy') is the person quoted
    before whose words, or the title set off by a comma before them in
    their sentence, say they sit in parliament."""
    kin = word_set("lawmaker_words")
    if head not in kin:
        return False
    lo = max(ctx.para_of(p.sp.start)[0], p.sp.start - 120)
    before = re.split(r"[.!?]\s", ctx.text[lo : p.sp.start])[-1]
    title = _words(before) if before.rstrip().endswith(",") else []
    return bool((p.words | set(title)) & kin)


def _titled_person(sp: Speaker) -> bool:
    """'political scientist Rasim Musabeyov' that the recogniser read as a
    body: a person's title, then a person's name (a known given name or a
    surname's ending) that ends the phrase."""
    words = (sp.name or "").split()
    if not sp.role or sp.role.split()[-1].lower() not in word_set("role_nouns", "describing_nouns"):
        return False
    if not 2 <= len(words) <= 3 or not sp.text.endswith(sp.name) or not all(w[:1].isupper() for w in words):
        return False
    return words[0] in first_names() or words[-1].lower().endswith(word_seq("surname_endings"))


def _unnamed_source(sp: Speaker) -> bool:
    """Is ``sp`` a person described with no name ("a source in the National
    Bank", "an official in the ministry")?"""
    words = sp.text.split()
    return len(words) >= 2 and words[0].lower() in ("a", "an") and words[1].lower() in word_set("person_nouns")


def _anon_first(ctx: _Ctx, anon: Speaker | None, who: Speaker | None, sp: Speaker) -> bool:
    """Does ``sp`` ("the agency's interlocutor", "him") stand for the unnamed
    source ``anon``, quoted after the named person ``who`` and near it?"""
    return anon is not None and _near(ctx, anon, sp) and (who is None or who.start < anon.start)


def _name_after(sp: Speaker, anon: Speaker) -> None:
    """``sp`` is the unnamed source ``anon``: named by its description."""
    _take_identity(sp, anon)
    sp.name = anon.text.split(" ", 1)[1]


def _out_of_sight(ctx: _Ctx, sp: Speaker, who: _Person, seen: tuple[list, list]) -> bool:
    """Is the person ``sp`` was named after (the last verb cue's speaker)
    neither named nor quoted in its paragraph or the one before, while
    ``who`` was quoted last ("X summed up:", a dash paragraph, then "He
    added that ...")? ``seen``: the sorted starts and the names of the
    speakers and person mentions of the article."""
    if who.sp.name == sp.name:
        return False
    lo = ctx.para_of(ctx.para_of(sp.start)[0] - 1)[0]
    starts, names = seen
    near = names[bisect_left(starts, lo) : bisect_left(starts, sp.start)]
    return not any((x.name if isinstance(x, Speaker) else x) == sp.name for x in near)


def _subject_before(ctx: _Ctx, sp: Speaker, pronoun: str) -> Speaker | None:
    """The person named as the subject of the sentence right before the
    pronoun speaker's own, in its paragraph ("Deputy Dastan Sydykov opposed
    the bill. He noted: ..."), if the pronoun can stand for them; else None."""
    doc = ctx.doc
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    prev = doc[span.sent.start - 1].sent
    if ctx.para_of(prev.start_char)[0] != ctx.para_of(sp.start)[0]:
        return None
    gr = grammar(doc)
    subj = next((c for c in prev.root.children if gr.is_(c, "subject") and c.pos_ == "PROPN"), None)
    if subj is None or not all(t.pos_ == "PROPN" for t in doc[subj.left_edge.i : subj.i + 1]):
        return None
    words = doc[subj.left_edge.i : subj.i + 1]
    person = subj.ent_type_ == "PERSON" or (
        subj.text.lower().endswith(word_seq("surname_endings")) and any(t.text in first_names() for t in words)
    )  # the recogniser may read "Dastan Sydykov" as a body
    name = person_name(words.text)
    if not person or len(name.split()) < 2:
        return None
    found = Speaker(start=words.start_char, end=words.end_char, text=words.text, name=name)
    return found if agrees(pronoun, found) else None


def described_subject_before(ctx: _Ctx, sp: Speaker, pronoun: str, last: Speaker | None) -> bool:
    """Is ``last`` (the speaker quoted just before) a definite description of
    an office ("The Turkish minister noted that ...") that opens the
    sentence right before the pronoun speaker's own, in its paragraph, so
    that "According to him, ..." is that person, not one named earlier?"""
    if last is None or (last.name and last.name.lower() != " ".join(_words(last.text)[1:])):
        return False  # a named person: the pronoun passes already take them
    words = last.text.split()
    if len(words) < 2 or words[0].lower() != "the" or words[-1].lower() not in word_set("role_nouns"):
        return False
    doc = ctx.doc
    span = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    if span is None or span.sent.start == 0 or not agrees(pronoun, last):
        return False
    prev = doc[span.sent.start - 1].sent
    return prev.start_char == last.start and ctx.para_of(prev.start_char)[0] == ctx.para_of(sp.start)[0]


def _talked_about(m, quotes: list[Quote]) -> bool:
    """Is person mention ``m`` only named inside someone else's words ("the
    route in the provinces of Herat and Farah is guarded", quoted from X),
    or a speaker's own phrase, which the speakers stand for with the names
    this pass gives them ("He" the recogniser read as Farah)? Such a
    mention is not in sight for a "he" that follows."""
    for q in quotes:
        sp = q.speaker
        if sp is not None and sp.start <= m.start < sp.end:
            return True
        if q.start <= m.start < q.end and (sp is None or sp.name != m.name):
            return True
    return False


def _spoke_near(ctx: _Ctx, p: _Person, sp: Speaker) -> bool:
    """Did person ``p`` speak (the speaker's phrase or the words) in the
    paragraph of ``sp`` or the one before ("X summed up:", the words in a
    dash paragraph, then "He added that ...")?"""
    para = ctx.para_of(ctx.para_of(sp.start)[0] - 1)[0]
    return ctx.para_of(p.sp.start)[0] >= para or ctx.para_of(max(p.end - 1, 0))[0] >= para


def _link_pronoun(ctx: _Ctx, sp: Speaker, low: str, state: tuple) -> None:
    """ "He" with no name yet: the subject just before, the unnamed source
    quoted before, or the person quoted last (after a colon or a dash too)."""
    people, media, anon, seen = state
    if sp.name and sp.name in media:
        sp.name = sp.code = sp.country = sp.org = None  # "she" is not the outlet she spoke to
    # (<=: the same "he" resolved for an earlier cue)
    who = max(
        (p for p in people.values() if p.sp.start <= sp.start and agrees(low, p.sp)),
        key=lambda x: x.sp.start,
        default=None,
    )
    subject = _subject_before(ctx, sp, low)
    if subject is not None and subject.name != sp.name:
        _take_identity(sp, subject)  # "Deputy X opposed the bill. He noted: ...": X
    elif not sp.name and _anon_first(ctx, anon, who.sp if who is not None else None, sp):
        _name_after(sp, anon)  # "a source in the ministry said ... According to him, ..."
    elif who is not None and _spoke_near(ctx, who, sp) and (not sp.name or _out_of_sight(ctx, sp, who, seen)):
        _take_identity(sp, who.sp)
