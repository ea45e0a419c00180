"""A speaker from its phrase: the Speaker record of a cue's subject (its
name span, the name an actor mention or the words give it, its role and
affiliation, a pronoun's antecedent), whether it is a body, and taking
another speaker's identity. Split from :mod:`.speakers`, which finds the
subject token."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..record import Speaker
from ..syntax import grammar
from .commas import described_name
from .gender import agrees, pronoun_gender
from .spans import _chars
from .speakers import _name_bounds
from .titles import _NAME_TAIL, OF_TAIL, _titled_name, _with_place, coord_tail, person_name, title_only
from .vocabulary import word_set

if TYPE_CHECKING:  # the per-article lookups, built by extract_quotes
    from .context import _Ctx


def _appos(tok):
    gr = grammar(tok)
    for ch in tok.rights:
        if gr.is_(ch, "apposition"):
            return ch
    return None


def _role_affiliation(tok) -> tuple[str | None, str | None]:
    """'X, director of Y,' -> ("director", "Y"); 'Spokeswoman X' -> ("Spokeswoman", None)."""
    gr = grammar(tok)
    doc = tok.doc
    ap = _appos(tok)
    role = aff = None
    if ap is not None and ap.pos_ in ("NOUN", "PROPN"):
        lo = ap.i
        for ch in ap.lefts:
            if gr.is_(ch, "compound", "adjective") and ch.pos_ != "DET":
                lo = min(lo, ch.left_edge.i)
        role = doc[lo : ap.i + 1].text
        for ch in ap.rights:
            if gr.is_(ch, "prep") and ch.lower_ in ("of", "at", "for", "with"):
                for g in ch.children:
                    if gr.is_(g, "prep_object"):
                        aff = doc[g.left_edge.i : g.right_edge.i + 1].text.strip(" ,")
                        break
                break
        if ap.ent_type_ in ("ORG", "NORP", "GPE") and role is not None and aff is None and ap.pos_ == "PROPN":
            role, aff = None, role
    else:
        lead = [ch for ch in tok.lefts if gr.is_(ch, "compound") and ch.pos_ == "NOUN"]
        if lead and tok.pos_ == "PROPN":  # "Spokeswoman Haley Morris", not "border service"
            role = doc[lead[0].i : lead[-1].i + 1].text
        for ch in tok.rights:
            if gr.is_(ch, "prep") and ch.lower_ in ("of", "at") and tok.pos_ == "NOUN":
                for g in ch.children:
                    if gr.is_(g, "prep_object"):
                        aff = doc[g.left_edge.i : g.right_edge.i + 1].text
                role = role or tok.text
    return role, aff


def _document_source(head) -> list:
    """The body a document comes from ("a statement from India's Ministry of
    External Affairs", "the communique of the summit"): the object of its
    "from" or "of", which names the speaker as an owner does; [] for other heads."""
    if head.lemma_.lower() not in word_set("documents") and head.lower_ not in word_set("documents"):
        return []
    gr = grammar(head)
    return [
        g
        for c in head.children
        if gr.is_(c, "prep") and c.lower_ in ("from", "of")
        for g in c.children
        if gr.is_(g, "prep_object")
    ]


def _before_description(doc, tok, hi: int) -> int:
    """Where a speaker's phrase ends before a description set off by a comma
    that the parser hung on a noun of its phrase ('the management of the
    company "X", one of the listed firms, said'): the description says what
    the speaker is, it is no part of the name; a name in apposition stays."""
    gr = grammar(doc)
    for k in range(tok.i + 1, hi - 1):
        if doc[k].text != ",":
            continue
        ap = doc[k + 1]
        while ap.head.i != ap.i and not gr.is_(ap, "apposition") and ap.head.i > k:
            ap = ap.head
        if gr.is_(ap, "apposition") and ap.left_edge.i == k + 1 and tok.i <= ap.head.i < k and ap.pos_ != "PROPN":
            return k
    return hi


def _make_speaker(ctx: _Ctx, tok, prev: Speaker | None, end: int | None = None) -> Speaker:
    """The speaker whose phrase is headed by ``tok`` (a pronoun takes ``prev``'s
    identity); its phrase ends before token ``end`` when one is given."""
    gr = grammar(ctx.doc)
    doc = ctx.doc
    tok = described_name(tok) or tok  # "Military expert, reserve colonel X Y": the person named
    head = tok
    if tok.lower_ in ("who", "that", "which") and gr.is_(tok.head, "relative_clause"):
        head = tok.head.head  # the noun the relative clause hangs from
    lo, hi = _name_bounds(tok)
    hi = _before_description(doc, tok, hi)
    if end is not None:
        while end - 1 > tok.i and doc[end - 1].is_punct:
            end -= 1
        if tok.i < end < hi or (hi < end and not any(t.is_punct or t.pos_ == "VERB" for t in doc[hi:end])):
            hi = end  # the phrase ends where the content begins (and takes in "... X Y" hung elsewhere)
    s, e = _chars(doc, lo, hi)
    tail = _NAME_TAIL.match(ctx.text, e)
    if tail is not None and ctx.text.startswith(":", tail.end()):
        e = tail.end()  # "quotes a source in the CSTO Secretariat:": a name word the parser hung on the verb
    role, aff = _role_affiliation(head)
    name = None
    m = ctx.mention_at(doc, *_chars(doc, *_name_bounds(head))) if head.i != tok.i else ctx.mention_at(doc, s, e)
    if m is not None and not m.start <= head.idx < m.end:
        # a mention elsewhere in the phrase names the speaker only as its owner ("the Kremlin's
        # message"), not as a place in it ("an executive at one of Europe's largest lines")
        owners = [c for c in head.children if gr.is_(c, "possessor")] + _document_source(head)
        if not any(
            o.left_edge.idx <= m.start and m.end <= o.right_edge.idx + len(o.right_edge.text) + 2 for o in owners
        ):
            m = None
    sp = Speaker(start=s, end=e, text=ctx.text[s:e], role=role, affiliation=aff)
    if (m is None and head.pos_ == "NOUN") or (m is not None and m.kind == "person" and not m.name):
        # "the resident of Kok-Tash Gulnara Mamytova": the one person named in the speaker's phrase;
        # "Ambassador of Iran to Azerbaijan X Y": the name, not the title the recogniser read apart
        people = [x for x in doc._.mentions or () if x.kind == "person" and x.name and s <= x.start and x.end <= e]
        if len(people) == 1 and (
            head.pos_ == "NOUN" or people[0].start <= head.idx < people[0].end or people[0].end == e
        ):
            m = people[0]
    if m is not None:
        name = _mention_name(ctx, sp, m, head, e)
    if name is None:
        if head.lower_ in word_set("pronouns") or head.pos_ == "PRON":
            if prev is not None and (not agrees(head.lower_, prev) or _body_for_person(ctx, head, prev)):
                prev = None  # "she said" is not the man quoted before, "he said" not the ministry
            if prev is not None and head.lower_ in word_set("personal") and prev.name:
                name = prev.name
                sp.code, sp.country, sp.org = prev.code, prev.country, prev.org
                sp.role = sp.role or prev.role
                sp.affiliation = sp.affiliation or prev.affiliation
            elif prev is not None and head.lower_ in word_set("personal") and described_person(prev):
                # 'A US Embassy spokesman in Tashkent said ... "...," he said': the one described
                name = prev.text.split(" ", 1)[1] if prev.text.split()[0].lower() in ("a", "an", "the") else prev.text
                sp.code, sp.country, sp.org = prev.code, prev.country, prev.org
        elif head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            ent = next((en for en in doc.ents if en.start <= head.i < en.end), None)
            name = ent.text if ent is not None else head.text
        elif head.pos_ == "PROPN":
            name = doc[_name_bounds(head)[0] : _name_bounds(head)[1]].text
        else:
            # "Its operator, Piraeus-based Thalassa Maritime, told ...": the name in apposition
            ap = next((c for c in head.children if gr.is_(c, "apposition") and c.pos_ == "PROPN"), None)
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
    sp.name = _settled_name(doc, lo, hi, head, m, name, sp.text)
    return sp


def _settled_name(doc, lo: int, hi: int, head, m, name: str | None, phrase: str) -> str | None:
    """The name read for a speaker's phrase (tokens ``lo``-``hi``, headed by
    ``head``, actor mention ``m``), put right: no title alone, the titled
    name the phrase ends with, a name without the title words before it."""
    if name and (m is None or not m.name) and title_only(name):
        name = None  # "Head of the Migration Service of X" read as a name: a title, no one named
    titled = _titled_name(doc, lo, hi)
    if titled is None and head.pos_ == "PROPN" and lo < head.i < hi - 1:
        titled = _titled_name(doc, lo, head.i + 1)  # '... Arman Serikbayev in a commentary to the newspaper'
    if titled is not None and (name is None or (name != titled and _title_read(name, titled, phrase))):
        return titled  # 'Head of the Center of ... Farid Shafiyev': the person, not the title (nor 'director of X')
    if name and not (m is not None and m.kind == "person" and m.name):
        return person_name(name)  # 'JSC "X Port" Arman Dzhaksybekov' read as one name: the person's own words
    return name


def _mention_name(ctx: _Ctx, sp: Speaker, m, head, e: int) -> str | None:
    """The speaker's name from actor mention ``m`` in its phrase (ending at
    character ``e``): the rest of a body's name the mention stopped short of,
    a whole capitalised name, an outlet's name after its noun; the
    mention's codes and role go to ``sp``."""
    name = _with_place(ctx, head, m, e) if m.kind != "person" else person_name(m.name)
    if name and m.kind != "person" and m.end < e and _NAME_TAIL.fullmatch(ctx.text, m.end, e):
        name += " " + " ".join(ctx.text[m.end : e].split())  # "the press service of the CSTO Secretariat"
    elif name and m.kind != "person" and m.end < e and coord_tail().fullmatch(ctx.text, m.end, e):
        name += re.sub(r"\s+", " ", ctx.text[m.end : e])  # "the Ministry of Labour and Social Protection of X"
    elif name and m.kind != "person" and m.end < e and OF_TAIL.fullmatch(ctx.text, m.end, e):
        name += re.sub(r"\s+", " ", ctx.text[m.end : e])  # "the Office of the Human Rights Defender of Armenia"
    words = sp.text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if name and len(words) > 1 and name == words[-1] and all(w[:1].isupper() for w in words):
        name = " ".join(words)  # "the Eastern Theatre Command", not "Command"
    elif name and m.kind != "person" and _whole_body_name(ctx, head, words, name):
        name = " ".join(words)  # "the Border and Customs Service of X", not "X"
    elif name and len(words) > 2 and name == words[-1] and words[0].lower() in ctx.lex.media:
        run = words[1:]  # "the newspaper Astana Vestnik", not "Vestnik"
        name = " ".join(run) if all(w[:1].isupper() for w in run) else name
    sp.code, sp.country, sp.org = m.code, m.country, m.org
    if not sp.role and m.role:
        sp.role = m.role
    return name


def _whole_body_name(ctx: _Ctx, head, words: list[str], name: str) -> bool:
    """Is the speaker's phrase (``words``, without "the") one body's proper
    name that holds the shorter ``name`` read for it: capitalised words and
    the glue words of a name, headed by a capitalised noun that is no
    person's title and coordinates no second speaker ("the Border and
    Customs Service of X", "the Office of the Y Defender of X")?"""
    joined = " ".join(words)
    glue = word_set("name_glue_words")
    return (
        len(words) > 2
        and name in joined
        and name != joined
        and words[0][:1].isupper()
        and all((w[:1].isupper() and "'" not in w) or w in glue for w in words)
        and head.text[:1].isupper()
        and head.lower_ not in word_set("role_nouns", "person_nouns")
        and not any(grammar(ctx.doc).is_(c, "conjunct") for c in head.children)
    )


def _title_read(name: str, titled: str, phrase: str = "") -> bool:
    """Does the name read for a speaker stand for less than the titled name
    the phrase ends with: the name with the title before it (or words after it), a title in
    lower case, words of the title before the name ("Consul General" of
    "Consul General of China in Almaty Zhang Wei"), or another person of
    the same surname that the actors linked ("Tursunov" read as a former
    minister when the text says "Azim Tursunov"), or a name not in the
    phrase at all (an earlier person that "The governor" was linked to)?"""
    if not name.split() or not titled.split():
        return bool(titled.split())  # an empty name stands for less than any titled name
    other = name.split()[-1] == titled.split()[-1] and titled.split()[0] not in re.split(r"[\s-]", name)
    before = phrase.rfind(" " + titled)
    in_title = before > 0 and (name in phrase[:before] or name not in phrase)  # or an earlier person's name
    short = titled.startswith(name + " ")  # "Andrei" of "Colonel Andrei Rostov" (a surname read as a city)
    return (" " + titled) in name or name[:1].islower() or other or in_title or short


def described_person(sp: Speaker) -> bool:
    """Is an unnamed speaker a person described by title ("a US Embassy spokesman in Tashkent")?"""
    return not sp.name and bool(set(sp.text.lower().split()) & word_set("role_nouns", "describing_nouns"))


def _body_for_person(ctx: _Ctx, pronoun, prev: Speaker) -> bool:
    """Is ``prev`` a body described by a common noun ("the press service of
    the Joint Staff") that a person's pronoun ("he", "she") cannot stand
    for? A bare name ("Dean") keeps its reading, whatever the actors call it."""
    words = prev.text.split()
    if pronoun_gender(pronoun.lower_) is None or {w.lower() for w in words} & word_set(
        "role_nouns", "describing_nouns"
    ):
        return False  # "the delegate of China": a person, though the actors read a state
    if not any(w.isalpha() and w.islower() and w not in ("the", "of", "and") for w in words):
        return False
    return is_body(ctx, prev)


#: actor kinds that are bodies, not people
BODIES = ("org", "state", "igo")


def is_body(ctx: _Ctx, sp: Speaker) -> bool:
    """Is the speaker's span an actor mention of a body (its words inside it)?"""
    m = ctx.mention_at(ctx.doc, sp.start, sp.end)
    return m is not None and m.kind in BODIES and m.start <= sp.start and sp.end <= m.end + 1


def _take_identity(sp: Speaker, src) -> None:
    """``sp`` is the same speaker as ``src`` (a Speaker or a Mention): its name and codes."""
    sp.name, sp.code, sp.country, sp.org = src.name, src.code, src.country, src.org
