"""Speakers that point back to a body named before: a definite description
("the committee said", "according to the press service") is the nearest
body named earlier whose name holds its words ("the State Committee for
National Security of Tajikistan"), and "it said" right after a body's
statement is that body. A description that already has a name of its own
keeps it, unless an earlier speaker is the same name made more specific
("the embassy" read as "US Embassy", after "the US Embassy in Tashkent").
A description of a person ("the Russian minister", "the expert") and "he"
or "his" that nothing named yet go to the person quoted before
(referent_people); link_descriptions walks the article's speakers once."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import TYPE_CHECKING

from ..record import Quote, Speaker
from .holders import Holder, holder_for
from .referent_people import (
    _anon_first,
    _link_pronoun,
    _name_after,
    _near,
    _Person,
    _person_description,
    _resolve_person,
    _subject_before,
    _talked_about,
    _titled_person,
    _unnamed_source,
    _words,
    described_subject_before,
)
from .speaker_phrase import BODIES, _take_identity, is_body
from .vocabulary import back_set, back_values, word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


_LOOK_BACK = 2000  # characters: a few paragraphs of news


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
            # "the message of the ministry", "the press centre of the committee": the body named before speaks
            # (a unit's name made of the description and the body's name is no name the article gives)
            sp.name = found.name
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
    spoke: dict[str, Speaker] = {}  # each name given to a speaker so far -> its latest speaker
    media: set[str] = set()  # the outlets the quotes so far were given to
    aliases: dict[str, Speaker] = {}  # a description's own name -> the person it was resolved to
    titled: list[list[Holder]] = []  # everyone the article names with a title, read at the first description
    for q in order:
        sp = q.speaker
        low, held = sp.text.lower(), False
        words, head = _description(sp.text), _person_description(sp)
        unit = _body_unit(ctx, sp)  # "the press centre of the SCNS": a unit that speaks for its body
        found = _resolve_body(ctx, sp, words, bodies)
        if found is None and _anon_after_named(ctx, sp, anon, spoke):
            _name_after(sp, anon)  # "the diplomat" the recogniser gave the minister quoted before the source
        elif found is None and _generic_body(sp, words) and (near := _body_before(ctx, sp, last)) is not None:
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
        elif low in word_set("person_pronouns") and described_subject_before(ctx, sp, low, last and last[0]):
            _take_identity(sp, last[0])  # "The Turkish minister noted that ... According to him, ...": the minister
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
        if sp.name:
            spoke[sp.name] = sp
    return quotes


def _anon_after_named(ctx: _Ctx, sp: Speaker, anon: Speaker | None, spoke: dict[str, Speaker]) -> bool:
    """'X said ... A representative of the delegation told the agency ...
    The measures are not aimed at Y, the diplomat stressed': a bare
    description of a person that the recogniser gave the name of a person
    quoted before is the unnamed source quoted since, near it, when the
    description's noun is a neutral one ("the interlocutor"), the
    source's own ("the official") or one the source's words fit ("the
    diplomat" for a representative of a delegation, not for a source in the
    military: back_references source_fits)."""
    if anon is None or not sp.name or sp.name not in spoke:
        return False
    head = _person_description(replace(sp, name=None))
    if head is None or not _fits_source(head, _words(anon.text)):
        return False
    return _anon_first(ctx, anon, spoke[sp.name], sp)


def _fits_source(head: str, words: list[str]) -> bool:
    """Can a description with head noun ``head`` stand for an unnamed source
    described with ``words``?"""
    if head in back_set("neutral_sources") or head in words:
        return True
    return bool(back_values("source_fits").get(head, frozenset()) & set(words))
