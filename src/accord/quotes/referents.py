"""Speakers that point back to a body named before: a definite description
("the committee said", "according to the press service") is the nearest
body named earlier whose name holds its words ("the State Committee for
National Security of Tajikistan"), and "it said" right after a body's
statement is that body. A description that already has a name of its own
keeps it, unless an earlier speaker is the same name made more specific
("the embassy" read as "US Embassy", after "the US Embassy in Tashkent").
A description of a person ("the Russian minister", "the expert") is the
nearest person quoted just before who carries that title (any person, for
a word like "expert" that describes whoever was just quoted), and "he" or
"his" that nothing named yet is the person quoted just before."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from ..syntax import grammar
from .gender import agrees
from .holders import Holder, holder_for
from .speaker_phrase import BODIES, _take_identity, is_body
from .titles import person_name
from .vocabulary import first_names, word_seq, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx

_LOOK_BACK = 2000  # characters: a few paragraphs of news
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def _words(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s.replace("\u2019", "'"))]


def _description(text: str) -> list[str] | None:
    """The words of a definite description without its article ("the press
    service" -> ["press", "service"], "the press service of the ministry");
    None if the phrase is not one."""
    words = text.split()
    if not 2 <= len(words) <= 6 or words[0].lower() != "the":
        return None
    rest = words[1:]
    if not all(w.isalpha() and w.islower() for w in rest):
        return None  # a name ("the Kremlin") or a number
    return rest


def _its_unit(ctx: _Ctx, sp: Speaker, bodies: list[_Body]) -> _Body | None:
    """'The State Committee for X supports the bill, its press service
    reports': a body's unit owned by "its" speaks for the body named last
    before it in its sentence's paragraph; its name is the unit of that body
    (the speaker takes it); else None."""
    words = sp.text.split()
    if words[:1] and words[0].lower() == "its":
        words = words[1:]
    elif ctx.text[max(0, sp.start - 4) : sp.start].lower() != "its ":
        return None
    if (
        not 1 <= len(words) <= 3
        or words[-1].lower() not in word_set("body_units")
        or not all(w.islower() for w in words)
    ):
        return None
    p0 = ctx.para_of(sp.start)[0]
    b = max((b for b in bodies if p0 <= b.pos < sp.start), key=lambda b: b.pos, default=None)
    if b is None:
        return None
    _take_identity(sp, b.src)
    sp.name = f"{' '.join(words)} of {b.name}"
    return _Body(sp.start, sp.name, sp)


def _unit_tail(words: list[str]) -> list[str]:
    """The generic body a unit or document description names ("press centre
    of the committee", "message of the ministry" -> ["committee"],
    ["ministry"]); [] if the words are no such description."""
    if "of" not in words[1:3] or words[words.index("of") - 1] not in word_set("body_units", "documents"):
        return []
    tail = [w for w in words[words.index("of") + 1 :] if w not in ("the", "a", "an")]
    return tail if len(tail) == 1 and tail[0] in word_set("generic_bodies") else []


def _unit_of_named(sp: Speaker) -> bool:
    """Is ``sp`` a unit of a body with a proper name ("the press service of
    the Ministry of Digital Development, ... of X"): a body, whatever the
    actor mentions inside it read?"""
    words = sp.text.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    if "of" not in words[1:3]:
        return False
    k = words.index("of")
    rest = [w for w in words[k + 1 :] if w.lower() not in ("the", "a", "an")]
    return words[k - 1].lower() in word_set("body_units") and bool(rest) and rest[0][:1].isupper()


def _holds(name: str, words: list[str]) -> bool:
    """Does ``name`` hold ``words`` as one run of its words?"""
    have = _words(name)
    n = len(words)
    return any(have[i : i + n] == words for i in range(len(have) - n + 1))


class _Body:
    __slots__ = ("pos", "name", "src")

    def __init__(self, pos: int, name: str, src) -> None:
        self.pos, self.name, self.src = pos, name, src


def _bodies(ctx: _Ctx) -> list[_Body]:
    return [
        _Body(m.start, m.name, m)
        for m in ctx.doc._.mentions or ()
        if m.kind in BODIES and m.name and len(m.name.split()) >= 2
    ]


def _resolve_description(sp: Speaker, words: list[str], earlier: list[_Body], said=None) -> _Body | None:
    """The body named last before ``sp`` whose name holds ``words``; a
    speaker with a name of its own (other than ``words`` or the whole
    description ``said``) only one that name begins."""
    own = sp.name and _words(sp.name) not in (words, said)
    # a long description ("the press service of the ministry") is specific enough for the
    # whole article; a short one ("the ministry") for a few paragraphs
    reach = _LOOK_BACK if len(words) < 4 else 4 * _LOOK_BACK
    for b in reversed(earlier):
        if sp.start - b.pos > reach:
            return None
        if own:
            if b.name.lower().startswith(sp.name.lower() + " "):
                return b
        elif _holds(b.name, words) and _words(b.name) != words:
            return b
    return None


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


def _named_body(ctx: _Ctx, last: tuple[Speaker, bool], sp: Speaker) -> bool:
    """Is the speaker before ``sp`` a body with a proper name ("the Coast
    Guard of Azerbaijan", not "researchers"), in its paragraph or the one before?"""
    return last[1] and any(w[:1].isupper() for w in (last[0].name or "").split()) and _near(ctx, last[0], sp)


def _generic_body(sp: Speaker, words: list[str] | None) -> bool:
    """Is ``sp`` a body or its document named by a generic noun alone ("the
    department", "the message"), or a document of one ("the statement of the
    department"), with no name of its own but that noun?"""
    if words and 2 <= len(words) <= 3 and "of" not in words and words[-1] in word_set("body_units"):
        return not sp.name or _words(sp.name) == words  # "the press service", "the information office"
    if not words or words[-1] not in word_set("generic_bodies", "documents"):
        return False
    return (len(words) == 1 and not sp.name) or (sp.name or "").lower() in word_set("generic_bodies")


def _body_before(ctx: _Ctx, sp: Speaker, last: tuple[Speaker, bool] | None):
    """The body a generic body or document speaker stands for: the named body
    that spoke just before, else the body named just before; else None."""
    if last is not None and _named_body(ctx, last, sp):
        return last[0]
    return _body_mentioned_before(ctx, sp, last)


def _body_mentioned_before(ctx: _Ctx, sp: Speaker, last: tuple[Speaker, bool] | None):
    """'The Lithuanian Foreign Ministry handed a note ... The press service
    said ...': the body (a ministry, service, committee: no state, no outlet,
    no "charge d'affaires" read as one) named last before a generic
    body or document speaker, in its paragraph or the one before, when no
    person spoke there just before; else None."""
    if last is not None and not last[1] and _near(ctx, last[0], sp):
        return None  # "the statement" after a person's words may be theirs
    lo = ctx.para_of(ctx.para_of(sp.start)[0] - 1)[0]
    starts, bodies = _named_bodies(ctx)
    k = bisect_left(starts, sp.start) - 1  # the last body named before the speaker
    if k < 0 or starts[k] < lo:
        return None
    return bodies[bisect_left(starts, starts[k])]  # the first named there, as the doc lists them


def _named_bodies(ctx: _Ctx) -> tuple[list[int], list]:
    """The doc's mentions of bodies with a generic noun in a name of two or
    more words ("the Lithuanian Foreign Ministry"; no outlet), in text order,
    with their starts: found once per article (``ctx.named_bodies``)."""
    if ctx.named_bodies is None:
        found = sorted(
            (
                m
                for m in ctx.doc._.mentions or ()
                if m.kind in ("org", "igo")
                and m.code
                and not m.code.endswith("MED")
                and len((m.name or "").split()) >= 2
                and set(_words(m.name)) & word_set("generic_bodies", "body_units")
            ),
            key=lambda m: m.start,
        )
        ctx.named_bodies = ([m.start for m in found], found)
    return ctx.named_bodies


#: "the ministry's press service": a generic body's unit, owned by a possessive
_OWNED_UNIT = re.compile(r"(?i)the\s+([a-z]+)['\u2019]s\s+([a-z]+(?:\s+[a-z]+){0,2})")


def _owned_unit(sp: Speaker, earlier: list[_Body]) -> _Body | None:
    """'The Ministry of Defence of Georgia hosted the talks. The ministry's
    press service said ...': the unit of the body named before whose name
    holds the owner's noun; its identity taken and its unit's name given;
    else None."""
    m = _OWNED_UNIT.fullmatch(sp.text.strip())
    if m is None or m.group(1).lower() not in word_set("generic_bodies"):
        return None
    unit = m.group(2).lower()
    if unit.split()[-1] not in word_set("body_units"):
        return None
    owner = [m.group(1).lower()]
    for b in reversed(earlier):
        if sp.start - b.pos > _LOOK_BACK:
            return None
        if _holds(b.name, owner) and _words(b.name) != owner:
            _take_identity(sp, b.src)
            sp.name = f"{unit} of {b.name}"
            return b
    return None


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


def _body_unit(ctx: _Ctx, sp: Speaker) -> bool:
    """Does ``sp`` with no name of its own name a unit of a body named after
    it ("the press centre of the SCNS", "the information office of the Coast
    Guard")? If so, that whole phrase is its name, with the body's codes."""
    words = sp.text.split()
    if sp.name or len(words) < 4 or words[0].lower() != "the" or "of" not in words[2:5]:
        return False
    k = words.index("of")
    if not all(w.isalpha() and w.islower() for w in words[1:k]) or words[k - 1] not in word_set("body_units"):
        return False
    m = ctx.mention_at(ctx.doc, sp.start, sp.end)
    if m is None or m.kind not in BODIES or not m.name or m.end < sp.end or m.start <= sp.start:
        return False
    _take_identity(sp, m)
    sp.name = " ".join(words[1:])
    return True


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


def _resolve_body(ctx: _Ctx, sp: Speaker, words: list[str] | None, bodies: list[_Body]) -> _Body | None:
    """The body named before that ``sp`` stands for ("its press service",
    "the ministry", "the press centre of the committee", "the message of the
    ministry"), its identity taken; else None."""
    found = _its_unit(ctx, sp, bodies)  # "..., its press service reports": the body named before
    if found is not None:
        return found
    earlier = sorted((b for b in bodies if b.pos < sp.start), key=lambda b: b.pos)
    found = _owned_unit(sp, earlier)  # "the ministry's press service"
    if found is not None:
        return found
    if words is None:
        return None
    found = _resolve_description(sp, words, earlier)
    if found is not None:
        _take_identity(sp, found.src)
        sp.name = found.name
    elif _unit_tail(words):
        # "the press centre of the committee": the unit of the body named before
        found = _resolve_description(sp, _unit_tail(words), earlier, words)
        if found is not None:
            _take_identity(sp, found.src)
            k = words.index("of")
            # "the message of the ministry" is the ministry's; "the press centre of the committee" its unit
            sp.name = found.name if words[k - 1] in word_set("documents") else f"{' '.join(words[:k])} of {found.name}"
    return found


def _take_holder(ctx: _Ctx, sp: Speaker, titled: list[list[Holder]]) -> bool:
    """Give a description of an office ("the Kazakh minister") the person
    named before with that office; whether one was found."""
    held = holder_for(ctx, sp, titled)
    if held is not None:
        _take_identity(sp, held)
    return held is not None


def _bare_document(words: list[str] | None) -> bool:
    """Is the description a document noun alone ("the message", "the
    statement"), no body's named with it?"""
    return words is not None and len(words) == 1 and words[0] in word_set("documents")


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


def link_descriptions(ctx: _Ctx, quotes: list[Quote]) -> list[Quote]:
    """Give "the committee", "the embassy" and "it" the body named before,
    "the minister" and "the expert" the person, and "he" or "his" with no
    name yet ("In his words, ...") the person quoted just before."""
    bodies = _bodies(ctx)
    order = sorted((q for q in quotes if q.speaker is not None), key=lambda q: q.speaker.start)
    # who was named or quoted where: the speakers (their names as this loop gives them) and person mentions
    named = sorted(
        [(q.speaker.start, q.speaker) for q in order]
        + [(m.start, m.name) for m in ctx.doc._.mentions or () if m.kind == "person" and not _talked_about(m, quotes)],
        key=lambda x: x[0],
    )
    seen = ([x[0] for x in named], [x[1] for x in named])
    last: tuple[Speaker, bool] | None = None  # the latest speaker before, and whether it is a body
    lead: Speaker | None = None  # the body that speaks first, when a body does
    people: dict[str, _Person] = {}  # the named people so far, by name
    anon: Speaker | None = None  # the latest unnamed source ("a source in the ministry")
    media: set[str] = set()  # the outlets the quotes so far were given to
    aliases: dict[str, Speaker] = {}  # a description's own name -> the person it was resolved to
    titled: list[list[Holder]] = []  # everyone the article names with a title, read at the first description
    for q in order:
        sp = q.speaker
        low, held = sp.text.lower(), False
        words, head = _description(sp.text), _person_description(sp)
        unit = _body_unit(ctx, sp)  # "the press centre of the SCNS": a unit that speaks for its body
        found = _resolve_body(ctx, sp, words, bodies)
        if found is None and _generic_body(sp, words) and (near := _body_before(ctx, sp, last)) is not None:
            _take_identity(sp, near)  # "the department", "the message": the body that spoke or was named before
        elif found is None and lead is not None and _generic_body(sp, words) and _bare_document(words):
            _take_identity(sp, lead)  # "..., it is noted in the message": the report the article began with
        elif found is None and head is not None:
            who = _resolve_person(ctx, sp, head, list(people.values()))
            if _anon_first(ctx, anon, who, sp):
                _name_after(sp, anon)
            elif who is not None:
                if sp.name and sp.name != who.name:
                    aliases[sp.name] = who  # the mention's own reading of the description ("head")
                _take_identity(sp, who)
            else:
                held = _take_holder(ctx, sp, titled)
        elif found is None and _take_holder(ctx, sp, titled):
            held = True  # "the head of Belarusian diplomacy": the foreign minister named before
        elif low in word_set("body_pronouns"):
            if not sp.name and last is not None and last[1] and _near(ctx, last[0], sp):
                _take_identity(sp, last[0])
            continue
        elif low in word_set("person_pronouns") and sp.name in aliases and _subject_before(ctx, sp, low) is None:
            _take_identity(sp, aliases[sp.name])  # "he" that the parse gave the description's reading
        elif low in word_set("person_pronouns"):
            _link_pronoun(ctx, sp, low, (people, media, anon, seen))
        body = not held and (
            found is not None
            or unit
            or (words is not None and head is None and words[-1] not in word_set("role_nouns"))
            or (is_body(ctx, sp) and not _titled_person(sp))
            or _unit_of_named(sp)
        )
        if sp.name:
            bodies.append(_Body(sp.start, sp.name, sp))
            if not body and (head is None or held) or (head is not None and sp.name in people):
                people.setdefault(sp.name, _Person(sp)).add(sp, q.end)
        last = (sp, body and bool(sp.name))
        if q is order[0] and last[1]:
            lead = sp  # the body whose report the article opens with
        if q.medium:
            media.add(q.medium)
        if not sp.name and _unnamed_source(sp):
            anon = sp
    return quotes
