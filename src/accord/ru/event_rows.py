"""Which row of the Russian trigger table a verb states (accord.ru.events):
the lemmas of its object, prepositional arguments, subject (for «учения
прошли»), complements and «как» phrase, matched against each row's
arguments; the object noun the row names is returned with it."""

from __future__ import annotations

from . import lexicon as lx
from .event_parties import accusative_only
from .event_subjects import past_dateline


def row_for(g, verb, rows):
    if _for_a_neutral_cause(verb):
        return None, None
    objs = [lx.lemma(o) for o in g.objects(verb)] + [lx.lemma(n) for _w, _c, n in g.prep_args(verb)]
    objs += _as_what(g, verb)
    objs += [lx.lemma(c) for c in g.children(verb, "dative")]  # «содействовать диалогу»: a dative argument
    subjects = (
        [] if g.objects(verb) else g.subjects(verb, agents=False)
    )  # «учения прошли», not «министры приняли решение»
    subjects = [past_dateline(g, s) for s in subjects]  # «МИНСК, 10 июня – Заседание … прошло»
    objs += [lx.lemma(s) for s in subjects]
    complements = [c for c in g.children(verb, "open_complement", "oblique") if g.child(c, "case") is None]
    objs += [  # «назвали заявление ошибочным», «назвала происходящее кампанией», «недружественным шагом»
        lx.lemma(w) for c in complements for w in [c, *g.children(c, "adjective"), *_infinitives(c)]
    ]
    objs += [  # «назвала заявление «элементом гибридной атаки»»: a neutral head, the charge in its genitive
        lx.lemma(n)
        for c in g.children(verb, "open_complement")
        if c.pos_ == "NOUN"
        for n in g.children(c, "noun_modifier")
        if g.child(n, "case") is None
    ]
    objs += _quoted_label(g, verb)
    for r in rows:
        if r["args"] == "-":
            return r, None
        args = set(r["args"].split(","))
        for o in g.objects(verb) + subjects:
            nouns = [o, *g.children(o, "noun_modifier")]  # «партию бронетехники»
            inner = [lx.lemma(n) for n in nouns[1:]] + _phrases(g, nouns)  # «партию бронированных машин»
            pairs = {f"{lx.lemma(o)}+{w}" for w in inner}  # «поставка+вооружение»: this object of that thing
            if lx.lemma(o) in args or args.intersection(inner) or args.intersection(pairs):
                return r, o
        if args.intersection(objs):
            return r, None
    window = _prep_nouns_after(verb)  # «включил компании в пакет санкций» with «в пакет» hung elsewhere
    return next(((r, None) for r in rows if set(r["args"].split(",")).intersection(window)), (None, None))


def _quoted_label(g, verb) -> list[str]:
    """«назвал учения «шагом к эскалации напряженности»», «… «шагом, ведущим
    к милитаризации региона»»: the words of a complement in quotation marks,
    its whole phrase, where the charge sits below a neutral head noun."""
    opens = lx.quote_words("quote_open")
    out = []
    owned = [n for o in g.objects(verb) for n in g.children(o, "noun_modifier") if "Ins" in n.morph.get("Case")]
    for c in g.children(verb, "open_complement", "oblique") + owned:  # «поставку оружия «шагом …»» hung on the object
        if g.child(c, "case") is not None or c.i < verb.i:
            continue
        first = min(t.i for t in c.subtree)
        if first > 0 and verb.doc[first - 1].text in opens or verb.doc[first].text in opens:
            out += [lx.lemma(t) for t in c.subtree if not t.is_punct]
    return out


def _infinitives(noun) -> list:
    """«назвал заявление «попыткой отвлечь внимание»»: the infinitives hung
    on a neutral complement noun, which carry the charge."""
    return [t for t in noun.children if t.pos_ == "VERB" and t.morph.get("VerbForm") == ["Inf"]]


def _as_what(g, verb) -> list[str]:
    """«расценили заявление как недружественный шаг»: the noun after «как»
    and its adjectives, wherever in the verb's clause the parser hung it."""
    nouns = [t.head for t in verb.subtree if t.lower_ == "как" and g.is_(t, "case") and t.head.i != verb.i]
    return [lx.lemma(w) for n in nouns for w in [n, *g.children(n, "adjective")]]


def _phrases(g, nouns) -> list[str]:
    """«бронированный машина»: each noun's lemma after an adjective of it,
    for a trigger argument that is a phrase."""
    return [f"{lx.lemma(a)} {lx.lemma(n)}" for n in nouns for a in g.children(n, "adjective")]


def _prep_nouns_after(verb) -> set[str]:
    """The lemmas of the nouns right after a verb, up to the next
    punctuation other than quotation marks: what its own prepositional
    phrases, accusative object and instrumental complement would hold
    («передаст Таджикистану вооружения», «назвал размещение «угрозой»», with
    the noun hung elsewhere), and a predicative adjective in the instrumental."""
    out, prep = set(), False
    marks = lx.quote_words("quote_open") | lx.quote_words("quote_close")
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if (t.is_punct and t.text not in marks) or t.pos_ == "VERB":  # «приняли решение провести учения»: its own
            break
        prep = prep or t.pos_ == "ADP"
        if t.pos_ == "NOUN" and (prep or accusative_only(t) or t.morph.get("Case") == ["Ins"]):
            out.add(lx.lemma(t))
            prep = False  # «в ходе переговоров министров»: the genitives after it are its own, no object
        elif t.pos_ == "ADJ" and t.morph.get("Case") == ["Ins"]:  # «назвала решение «недружественным шагом»»
            out.add(lx.lemma(t))
    return out


def _for_a_neutral_cause(verb) -> bool:
    """«закрыл пункт пропуска на ремонт», «из-за паводка»: a closure
    (``closure_verbs``) for a cause no party is behind (``neutral_causes``)
    is no measure against anyone."""
    if lx.lemma(verb) not in lx.event_map("closure_verbs"):
        return False
    return any(lx.lemma(t) in lx.event_map("neutral_causes") for t in verb.subtree)
