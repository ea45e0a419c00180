"""The recipient words of a Russian trigger (accord.ru.events): the nouns
its row's marks name (a preposition, a bare dative, accusative or the
object's genitive owner) through the parser's slips, and the nouns that a
plural pronoun or «который» stand for."""

from __future__ import annotations

from . import lexicon as lx
from .event_parties import accusative_only, dative_below
from .event_reports import passive_patients


def _marked(g, head, mark, arg):
    """The nouns of a head that a recipient mark names."""
    if mark == "acc":
        objs = [o for o in g.objects(head) + passive_patients(g, head) if arg is None or o.i != arg.i]
        objs = [o for o in objs if o.pos_ in ("NOUN", "PROPN", "PRON")]  # «объявила персоной нон грата»: «нон»
        subjects = g.subjects(head)  # «Турция будет поддерживать «братский Азербайджан»»: an accusative read as subject
        objs += [s for s in subjects[1:] if s.i > head.i and accusative_only(s)]
        return objs or _accusative_after(head, arg)
    if mark == "gen":  # «отверг претензии Душанбе»: the owner of what is rejected
        owned = [arg] if arg is not None else g.objects(head)
        owned += (
            [n for w, _c, n in g.prep_args(head) if w == "на"] if arg is None else []
        )  # «рассчитывает на реакцию X»
        owned += [c for c in g.children(head, "open_complement") if c.pos_ == "NOUN"]  # «назвал … провокацией Армении»
        out = [
            n
            for o in owned
            for n in g.children(o, "noun_modifier", "dative")  # an indeclinable owner may be read as a dative
            if g.child(n, "case") is None and ("Gen" in n.morph.get("Case") or _indeclinable(g, n))
        ]
        return out or [n for o in owned for n in [_genitive_after(o)] if n is not None]
    if mark == "dat":  # a bare dative, whatever label the parser gave it
        return (
            g.children(head, "dative")
            + [
                o
                for o in g.children(head, "oblique", "noun_modifier", "subject")
                if "Dat" in o.morph.get("Case") and not g.children(o, "case")
            ]
            + [o for o in g.children(head, "noun_modifier") if _indeclinable(g, o)]  # «заявило протест Баку»
            + (dative_below(g, arg) if head.i != getattr(arg, "i", -1) else [])  # «поставки вооружений Армении»
        )
    if mark == "ins":  # «выразил обеспокоенность поставками российских вооружений»: whose act it is
        return _instrumental_owners(g, head, arg)
    heads = [head] + g.children(head, "adverb")  # «совместно с армией Монголии»
    return [n for h in heads for w, _c, n in g.prep_args(h) if w == mark]


def _instrumental_owners(g, head, arg) -> list:
    """The owners of the act a feeling is about, told in the instrumental
    («обеспокоенность поставками российских вооружений», «возмущение
    действиями Баку»): the act's genitive or state adjective, one level
    further down at most."""
    if arg is None or head.i != arg.i:
        return []
    acts = [c for c in g.children(arg, "noun_modifier") if "Ins" in c.morph.get("Case") and g.child(c, "case") is None]
    out = []
    for act in acts[:1]:
        level = [act]
        for _ in range(2):
            out += [c for n in level for c in n.children if c.dep_ == "amod"]
            level = [c for n in level for c in g.children(n, "noun_modifier") if g.child(c, "case") is None]
            out += level
    return out


def _genitive_after(noun):
    """«расцениваем действия латвийской стороны как провокацию» with the
    owner hung elsewhere: the genitive noun right after the object (past its
    genitive adjectives), wherever the parser put it."""
    for t in noun.doc[noun.i + 1 : noun.sent.end]:
        if t.pos_ == "ADJ" and "Gen" in t.morph.get("Case"):
            continue
        ok = t.pos_ in ("NOUN", "PROPN") and "Gen" in t.morph.get("Case") and t.head.i != noun.i
        return t if ok and not any(c.dep_ == "case" for c in t.children) else None
    return None


def _accusative_after(verb, arg) -> list:
    """«объявил персоной нон грата сотрудника посольства»: with no object
    in the tree, the first accusative noun after the verb in its clause."""
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct and t.text not in lx.quote_words("quote_open") | lx.quote_words("quote_close"):
            break
        if t.pos_ in ("NOUN", "PROPN") and accusative_only(t) and (arg is None or t.i != arg.i):
            return [t]
    return []


def _indeclinable(g, tok) -> bool:
    """A name that does not decline («Баку», «Душанбе», «Тбилиси»): its
    case is the tagger's guess, so a bare one may be the dative."""
    return tok.pos_ == "PROPN" and g.child(tok, "case") is None and lx.norm(tok.text) == lx.lemma(tok)


def recipients(g, verb, row, arg) -> list:
    """The recipient words the trigger's row marks, best first: on the
    verb, its object, or (a parser's attachment) the verb an infinitive
    depends on; the object itself for «acc» when nothing else is
    («выслала белорусского дипломата»). The caller takes the first that
    names a party («заморозила участие в ОДКБ в феврале»)."""
    nouns = [verb] + ([arg] if arg is not None else [])
    if g.is_(verb, "open_complement") and verb.head.i != verb.i:
        nouns.append(verb.head)
    out = []
    for mark in (m.strip() for m in (row.get("recipient") or "").split(",")):  # «со» is read as its lemma «с»
        for head in nouns:
            out += _marked(g, head, mark, arg) if mark else []
        if mark == "acc" and arg is not None:
            out.append(arg)
        for head in ([arg] if arg is not None else []) + [verb]:
            deep = _deep_prep(g, head, mark) if mark not in ("acc", "dat", "gen", "") else None
            out += [deep] if deep is not None else []  # «санкции за поставки … против компаний»: misattached
    return out


def plural_pronoun(g, tok, verb, at=None):
    """«обвинив их в поставках»: a plural «они» stands for the nearest
    plural noun before it in its sentence that is not the verb's subject
    nor a word inside a name («Министерством финансов США»)."""
    if tok is None or tok.pos_ != "PRON" or lx.lemma(tok) not in lx.event_map("plural_pronouns"):
        return tok
    if "Plur" not in tok.morph.get("Number"):
        return tok
    subjects = {s.i for s in g.subjects(verb)}
    before = [
        t
        for t in reversed(tok.doc[tok.sent.start : tok.i])
        if t.pos_ == "NOUN" and ("Plur" in t.morph.get("Number") or g.children(t, "number")) and t.i not in subjects
        if not (at and t.i in at and at[t.i].start < t.i)
    ]  # «три компании» is a genitive singular in form
    objects = [t for t in before if g.is_(t, "object")]  # «включил компании …, обвинив их»
    named = [t for t in before if at and (t.i in at or any(c.i in at for c in t.children))]  # «киргизских банков»
    return (objects or named or before or [tok])[0]


def relative(g, tok):
    """«который» stands for the noun it agrees with before it («министерство,
    которое обвинило …», «компании, которую подозревали …»), wherever the
    parser hung its clause."""
    if tok is None or lx.lemma(tok) not in lx.event_map("relative_pronouns"):
        return tok
    gender, number = set(tok.morph.get("Gender")), set(tok.morph.get("Number"))
    for t in reversed(tok.doc[tok.sent.start : tok.i]):  # the nearest noun before it that agrees
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if number <= set(t.morph.get("Number")) and ("Plur" in number or gender <= set(t.morph.get("Gender"))):
            return t
    return tok


def _deep_prep(g, noun, mark: str):
    """The nearest noun below ``noun`` (two levels down at most) whose
    preposition is ``mark``."""
    level = list(noun.children)
    for _ in range(2):
        nxt = []
        for t in level:
            hits = [n for w, _c, n in g.prep_args(t) if w == mark]
            if hits:
                return hits[0]
            nxt += list(t.children)
        level = nxt
    return None


def shared_object(g, tok, verb):
    """«вызвал посла России и вручил ему ноту»: a personal pronoun
    (``object_pronouns``) as the recipient of a verb conjoined after another
    stands for that verb's object."""
    if tok is None or tok.pos_ != "PRON" or lx.lemma(tok) not in lx.event_map("object_pronouns"):
        return tok
    if not g.is_(verb, "conjunct") or verb.head.i == verb.i or verb.head.i > verb.i:
        return tok
    objs = [o for o in g.objects(verb.head) if o.pos_ in ("NOUN", "PROPN")]
    return objs[0] if objs else tok


def said_subject(g, verb):
    """«осудил поставку, заявив, что Иран вооружает Россию»: the subject of
    the clause a converb of saying hangs on a verb of condemning
    (``said_charge_verbs``), which names the one condemned; None if none."""
    if lx.lemma(verb) not in lx.event_map("said_charge_verbs"):
        return None
    for conv in verb.children:
        if "Conv" not in conv.morph.get("VerbForm"):
            continue
        for clause in g.children(conv, "clausal_complement"):
            subj = g.subjects(clause, agents=False)
            if subj:
                return subj[0]
    return None
