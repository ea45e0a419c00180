"""Quotes in a Russian Doc (issue #19): the record's ``Quote`` objects.

- direct speech in «ёлочки» (with „лапки“ nested inside) and a paragraph
  that opens with a dash («— …, — сказал X»);
- a speech verb and its clause: «X заявил, что …», «как заявил X, …»,
  «…», — заявил X», «X отметил: …» (the grammar's ``speech_clause``);
- «по словам X, …»; an impersonal verb whose speaker is a place:
  «сообщили в Минобороны», «говорится в заявлении ведомства»;
- an agency as subject («передает ТАСС», «сообщает РИА Новости») is the
  medium of the sentence's quotes, never their speaker;
- pronoun and role speakers («он», «глава ведомства») take the person
  they refer to (:mod:`accord.ru.actors`).

Cue lemmas and the quotation marks are data: ``lang/ru/quotes/words.tsv``.
"""

from __future__ import annotations

from ..record import Quote, Span, Speaker
from ..syntax import grammar
from . import lexicon as lx
from .actor_context import actor_at, target
from .actors import Actor
from .press_names import known_spelling
from .quote_marks import dash_continuations, paragraph_continuations, quoted_spans
from .quote_sources import (
    acronym_body,
    bare_service,
    document_owner,
    genitive_after,
    mission,
    named_or_coded,
    noun_after,
    owner_after,
    owner_named_before,
    ownerless,
    referred,
    service_owner,
    titled_before,
)
from .quote_spans import in_paragraph, line_breaks, marked_span, past_dateline, with_closing_mark, word_edges
from .romanize import by_country


def _content(g, verb, clause):
    """The tokens of what was said."""
    drop = {t.i for t in verb.subtree}
    cues = lx.quote_map("cues")
    for c in clause.children:
        if c.i != verb.i and g.is_(c, "parataxis") and lx.lemma(c) in cues:
            drop.update(t.i for t in c.subtree)
    before = _word_before(verb)
    inverted = (
        clause.i < verb.i and before is not None and before.text == ","
    )  # «…, сообщила служба X»: ends at the cue
    if clause.i == verb.head.i and clause.i != verb.i:  # «…», — заявил X / как заявил X, …
        return [t for t in clause.subtree if t.i not in drop and not (inverted and t.i > verb.i)]
    if inverted and clause.head.i == verb.i:  # the report parsed as the cue's conjunct
        return [t for t in clause.subtree if t.i < verb.i]
    said, marks = [clause, *_split_clauses(g, verb, clause)], lx.quote_words("complementizers")
    return [  # «что» opens what was said but is no part of it; «если» is
        t
        for c in said
        for t in c.subtree
        if not (g.is_(t, "marker") and t.head.i == c.i and (len(said) == 1 or lx.lemma(t) in marks))
    ]


def _split_clauses(g, verb, clause) -> list:
    """«полагает, что если мандат продлят, Баку может …», «сообщили, что
    охрана усилена, на нем развернуты группы» parsed as two clausal
    complements of the cue (the condition split off, or a second clause
    with no conjunction): the others on the clause's side of the cue are
    what was said as well, unless a conjunction of their own makes them the
    writer's («…, пока не будет …», «…, так как …»)."""
    if clause.head.i != verb.i or not g.is_(clause, "clausal_complement"):
        return []
    marks = lx.quote_words("complementizers")
    return [
        c
        for c in g.children(verb, "clausal_complement")
        if c.i != clause.i
        and (c.i > verb.i) == (clause.i > verb.i)
        and all(lx.lemma(m) in marks for m in g.children(c, "marker"))
    ]


def _speaker_token(g, verb):
    subj = g.subjects(verb)
    if subj:
        return subj[0]
    if g.is_(verb, "conjunct") and verb.head.i < verb.i and not g.children(verb, "subject"):
        return _speaker_token(g, verb.head)  # «X назвал … и заявил, что …»: the conjuncts share X
    if g.is_(verb, "adverbial_clause") and "Conv" in verb.morph.get("VerbForm") and verb.head.i != verb.i:
        from .event_subjects import subject_before  # «коммюнике подписано не было: X отказался …, сочтя, что»

        return _speaker_token(g, verb.head) or subject_before(g, verb.head)  # the converb shares X
    opened = _after_converb(g, verb)
    if opened is not None:
        return opened
    indefinite = "Plur" in verb.morph.get("Number") and "Fin" in verb.morph.get("VerbForm")  # «в Баку напомнили»
    if lx.lemma(verb) not in lx.quote_words("impersonal") and not indefinite:
        return None
    statements = lx.quote_words("statement_nouns")
    for case_word, _case, noun in g.prep_args(verb):
        if case_word not in lx.quote_words("statement_cases"):  # «в заявлении», «из сообщения»
            continue
        if lx.lemma(noun) in statements:
            owner = g.child(noun, "noun_modifier")
            if owner is None:  # «в документе, опубликованном на сайте МИД»: a statement word below it names the owner
                inner = [n for n in noun.subtree if n.i != noun.i and lx.lemma(n) in statements]
                owner = next((o for o in (g.child(n, "noun_modifier") for n in inner) if o is not None), None)
            return owner
        return noun
    return _place_after(verb)


def _after_converb(g, verb):
    """«Открывая форум, министр генерал армии Иван Петров отметил, что …»
    with the speaker parsed into the converb's clause (an apposition of its
    object, or a conjunct of a word further on): the first nominative person
    word after the comma that closes that clause, before the cue and with no
    verb between (its name where one is there)."""
    for c in verb.children:
        if c.i > verb.i or "Conv" not in c.morph.get("VerbForm") or not g.is_(c, "adverbial_clause"):
            continue
        comma = next((t.i for t in verb.doc[c.i + 1 : verb.i] if t.text == ","), None)
        found = [
            t
            for t in verb.doc[comma + 1 if comma is not None else verb.i : verb.i]
            if t.pos_ in ("NOUN", "PROPN") and "Nom" in t.morph.get("Case") and "Anim" in t.morph.get("Animacy")
        ]
        if found and not any(t.pos_ in ("VERB", "AUX") for t in verb.doc[comma + 1 : verb.i]):
            return next((t for t in found if t.pos_ == "PROPN"), found[0])
    return None


def _place_after(verb):
    """«…, сообщили «Интерфаксу» в ГКНБ Таджикистана» with «в ГКНБ» parsed
    onto another word: the noun of the first «в»/«из» after the cue, before
    the clause ends."""
    cases = lx.quote_words("statement_cases")
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in ",;:" or t.pos_ == "VERB":
            return None
        if t.pos_ == "ADP" and lx.lemma(t) in cases and t.head.i > t.i:
            return t.head
    return None


def _clause_before(g, verb):
    """«…, сообщила служба X» with the report parsed as the cue's conjunct
    or parataxis: the clause before the comma that ends at the cue."""
    prev = _word_before(verb)
    if prev is None or prev.text != ",":
        return None
    if g.is_(verb, "conjunct", "parataxis") and verb.head.i < verb.i:  # «…, не исключил X» as the clause's conjunct
        return verb.head
    return next((c for c in g.children(verb, "conjunct", "parataxis") if c.i < verb.i), None)


def _word_before(verb):
    """The word before a cue, past its «не» («…, не исключил X»), its «так»
    and the dash of direct speech («…, — так ответил X»)."""
    i, skip = verb.i - 1, lx.quote_words("dashes") | lx.quote_words("cue_adverbs")
    if i > verb.sent.start and _negation(verb.doc[i]):
        i -= 1
    while i > verb.sent.start and (verb.doc[i].text in skip or lx.lemma(verb.doc[i]) in skip):
        i -= 1
    return verb.doc[i] if i >= verb.sent.start else None


def _negation(tok) -> bool:
    return "Neg" in tok.morph.get("Polarity")


def _inverted_speaker(g, verb, clause):
    """The nominative noun right after an inverted cue («…, сообщила
    Государственная пограничная служба Киргизии»), whatever its head; after
    a cue that follows what was said, the first nominative name or person
    word past its object («— …, — так прокомментировал заявление Баку
    Торосян», «так ответил на вопрос журналистов министр …»)."""
    start = _past_converb(verb)
    first = noun_after(start, "Nom", ("ADJ", "DET", "ADV"))
    if first is not None or clause.i > verb.i or g.subjects(verb):
        return first
    for t in verb.doc[start.i + 1 : verb.sent.end]:
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in lx.quote_words("quote_open") | {"-"}):
            return None
        if t.pos_ in ("NOUN", "PROPN") and "Nom" in t.morph.get("Case"):
            if t.pos_ == "PROPN" or "Anim" in t.morph.get("Animacy"):
                return t
    return None


def _past_converb(verb):
    """«…», — заявил, открывая заседание, министр …: the comma that closes
    a converb's clause set off right after the cue (no finite verb in it),
    where the speaker comes after; else the cue itself."""
    doc, end = verb.doc, verb.sent.end
    if verb.i + 2 >= end or doc[verb.i + 1].text != "," or "Conv" not in doc[verb.i + 2].morph.get("VerbForm"):
        return verb
    for t in doc[verb.i + 3 : end]:
        if t.text == ",":
            return t
        if t.is_punct or "Fin" in t.morph.get("VerbForm"):
            return verb
    return verb


def _noun_clause(g, verb):
    """«выразил уверенность, что …»: the clause of the stance noun the verb
    takes."""
    for o in g.objects(verb):
        if lx.lemma(o) in lx.quote_words("stance_nouns"):
            return g.child(o, "clause_modifier", "clausal_complement")
    return None


def _cited(g, verb):
    """«приводит слова главы ведомства X агентство», «цитирует Лаврова
    ТАСС», «передает агентство слова X»: the person whose words an agency
    cites, not the agency. Only a citing or relaying cue cites: after
    another, «подтвердил слова министра», the subject speaks."""
    citing = lx.lemma(verb) in lx.quote_words("citing")
    if not citing and lx.lemma(verb) not in lx.quote_words("relaying"):
        return None
    for o in g.objects(verb):
        if lx.lemma(o) in lx.quote_map("source_nouns") or lx.lemma(o) in lx.quote_words("statement_nouns"):
            return g.child(o, "noun_modifier", "possessor") or _possessive(g, o)  # «цитирует заявление МИД»
        if citing:
            return o
    return None


def _declares(g, verb) -> bool:
    """«объявить X персоной нон грата», «признать организацию
    террористической»: a declaring verb with a predicate in the
    instrumental (no preposition) makes X so, it reports no words."""
    times = lx.quote_words("time_nouns")
    return any(
        c.i > verb.i
        and c.pos_ in ("NOUN", "ADJ")
        and "Ins" in c.morph.get("Case")
        and not g.children(c, "case")
        and (g.is_(c, "open_complement") or lx.lemma(c) not in times)
        for c in verb.children
    )


def _cites_words(g, verb) -> bool:
    """A citing verb's object is someone's words («приводит слова X») or
    the person cited («цитирует Лаврова»)."""
    return any(
        lx.lemma(o) in lx.quote_map("source_nouns")
        or lx.lemma(o) in lx.quote_words("statement_nouns")
        or o.pos_ == "PROPN"
        or "Anim" in o.morph.get("Animacy")
        for o in g.objects(verb)
    )  # «цитирует Лаврова», «цитирует парламентария», not «привело подразделения в готовность»


def _about_this(g, verb):
    """«Об этом заявил X»: what was said is the sentence before (its root),
    unless that sentence names its own speaker."""
    words, cases = lx.quote_words("anaphoric"), lx.quote_words("about_cases")
    if not any(
        lx.lemma(c) in words and any(lx.lemma(k) in cases for k in g.children(c, "case"))
        for c in g.children(verb, "oblique", "noun_modifier")
    ):
        return None
    if verb.sent.start == 0:
        return None
    prev = verb.doc[verb.sent.start - 1].sent
    said = lx.quote_map("cues").keys() | lx.quote_map("source_nouns").keys()
    if any(lx.lemma(t) in said and not _in_relative(t) for t in prev):
        return None  # it has its own speaker: «Об этом он сообщил в парламенте»
    return prev.root


def _in_relative(tok) -> bool:
    """Whether ``tok`` is in a clause on a noun («судей, которых Брюссель
    считает причастными»): a cue there is no speaker of its sentence."""
    seen = 0
    while tok.head.i != tok.i and seen < 40:
        if tok.dep_.startswith("acl"):
            return True
        tok, seen = tok.head, seen + 1
    return False


def _epithet(doc, actors: list[Actor], word, country: str | None = None) -> Actor | None:
    """«по словам дипломата», «— сказал собеседник агентства»: a word for
    the person just named refers to the last named person before it (of
    the country its adjective names: «узбекский лидер»)."""
    if word is None or lx.lemma(word) not in lx.quote_words("epithets"):
        return None
    before = [
        a
        for a in actors
        if a.kind == "person"
        and a.named
        and a.end <= word.i
        and (country is None or target(actors, a).country == country)
    ]
    return before[-1] if before else None


def _verbless(g, cue):
    """«отметил, что граница под защитой»: a clause with no verb, parsed as
    the cue's subject or object, that opens with «что»."""
    marks = lx.quote_words("complementizers")
    for c in cue.children:
        if c.i > cue.i and any(g.is_(m, "marker") and lx.lemma(m) in marks and m.i < c.i for m in c.children):
            return c
    return None


def _after_colon(cue):
    """«X заявил в парламенте: «…»» with the quoted clause hung on another
    word: the head of what follows the cue's colon, when no verb comes
    between the cue and the colon."""
    sent_end = cue.sent.end
    for t in cue.doc[cue.i + 1 : sent_end]:
        if t.pos_ in ("VERB", "AUX") or t.text in ",;—–":
            return None
        if t.text == ":":
            rest = range(t.i + 1, sent_end)
            heads = [w for w in cue.doc[t.i + 1 : sent_end] if w.head.i not in rest and not w.is_punct]
            return heads[0] if heads else None
    return None


def _possessive(g, noun):
    """«по его словам»: a possessive pronoun among the noun's determiners."""
    poss = lx.quote_words("possessive_pronouns")
    return next((d for d in g.children(noun, "determiner") if lx.norm(d.text) in poss), None)


def _cues(doc):
    """(cue token, speaker word, clause head) for every speech cue."""
    g = grammar(doc)
    cues = lx.quote_map("cues")
    sources = lx.quote_map("source_nouns")
    for tok in doc:
        lem = lx.lemma(tok)
        if lem in cues and tok.pos_ in ("VERB", "AUX", "ADJ"):  # «уверен, что»
            if lem in lx.quote_words("citing") and not _cites_words(g, tok):
                continue  # «привело подразделения в готовность»: no one's words
            if lem in lx.quote_words("declaring") and _declares(g, tok):
                continue  # «объявила персоной нон грата сотрудника …»: an act, not words
            clause = g.speech_clause(tok)
            if clause is not None and g.is_(clause, "parataxis") and clause.i > tok.i and lx.lemma(clause) in cues:
                clause = None  # «X заявил протест, говорится в сообщении»: the later cue reports this one
            if clause is not None and clause.i < tok.i:  # «назвала X «шагом» и заявила, что …»: the «что» clause
                clause = _verbless(g, tok) or clause
            clause = clause if clause is not None else _clause_before(g, tok) or _about_this(g, tok)
            clause = clause if clause is not None else _noun_clause(g, tok) or _after_colon(tok) or _verbless(g, tok)
            if clause is not None:
                after = [t for t in g.subjects(tok) if t.i > tok.i] if clause.i < tok.i else []  # «…, не исключил X»
                who = _cited(g, tok) or (after[0] if after else None) or _speaker_token(g, tok)
                yield tok, who or _inverted_speaker(g, tok, clause), clause, cues[lem]
        elif lem in sources and any(lx.lemma(c) in lx.quote_words("source_cases") for c in g.children(tok, "case")):
            owner = g.child(tok, "noun_modifier", "possessor") or _possessive(g, tok)
            if owner is not None and tok.head.i != tok.i:
                yield tok, owner, tok.head, sources[lem]


def _nested(q: Quote, quotes) -> bool:
    """A report inside someone's words («В Кремле считают, что …, заявил
    Песков»): its cue and its span lie in another quote, whose speaker said it all."""
    return any(
        o is not q
        and o.speaker is not None
        and o.start <= q.cue.start < o.end
        and o.start <= q.start
        and q.end <= o.end
        for o in quotes
    )


def _better(old: Speaker, new: Actor) -> bool:
    """A named person is a better speaker than an institution or a place."""
    return old.name is None and new.kind == "person" and new.named


def _title_country(doc, actors: list[Actor], person: Actor) -> str | None:
    """The country of the title right before a name, past rank words
    («командующий ВМС Ирана контр-адмирал Мохаммад Реза Карими»)."""
    for a in reversed(actors):
        if a.end > person.start or a.country is None:
            continue
        gap = doc[a.end : person.start]
        if len(gap) <= 2 and all(t.text.replace("-", "").isalpha() for t in gap) and not any(t.is_title for t in gap):
            return a.country
        return None
    return None


def _person_name(doc, actors: list[Actor], t: Actor) -> str | None:
    """A person's name, spelt as the press of the person's country spells
    it where the name is a plain transliteration (:func:`by_country`), or as
    the known person it names is spelt (:func:`known_spelling`)."""
    if t.kind != "person" or not t.name:
        return None
    country = t.country or _title_country(doc, actors, t)
    normal = t.extra.get("normal")
    if normal and lx.norm(normal.split()[0]) in lx.press_given():
        return known_spelling(
            t.name, None
        )  # «Дмитрий Шугаев» beside India's minister: a Slavic name keeps its spelling
    return known_spelling(by_country(t.name, normal, country), country)


def _speaker(doc, actors, a: Actor) -> Speaker:
    t = target(actors, a)
    span = doc[a.start : a.end]
    return Speaker(
        span.start_char,
        span.end_char,
        span.text,
        name=_person_name(doc, actors, t),
        role=t.role,
        affiliation=None if t.kind == "person" else t.name,
        code=t.code(),
        country=t.country,
        org=t.org,
    )


def _who(doc, at, actors: list[Actor], who) -> Actor | None:
    """The actor a speaker word names; a word for the person just named
    («цитирует парламентария», «считает эксперт») over a bare role."""
    a = actor_at(doc, at, who) or actor_at(doc, at, genitive_after(who))
    a = acronym_body(doc, actors, owner_after(doc, at, actors, a))
    t = target(actors, a) if a is not None else None
    if t is None or (t.flag == "role" and not t.named and t.kind in ("group", "person")):
        return _epithet(doc, actors, who, t.country if t is not None else None) or a
    if t.kind is None and t.country and who.i not in range(a.start, a.end):  # «узбекский лидер»: an adjective's country
        return _epithet(doc, actors, who, t.country) or a
    if t.flag == "pronoun" and t.kind == "person":
        return None  # «Она напомнила, …» with no one named before: no speaker
    if t.kind != "person" and who.i not in range(a.start, a.end):
        return titled_before(doc, actors, who, a) or a  # «— подчеркнул директор ФСВТС»: the director named before
    return a


def _said_again(actors: list[Actor], who, cue, last: Actor | None, last_cue) -> Actor | None:
    """«Генеральный секретарь заявил, что … «…», — сказал он», «… По его
    словам, …»: a personal pronoun as the speaker, right after a sentence of
    the same paragraph whose quote a named person spoke, is that person (the
    one the paragraph is about, whoever was named last), when the genders of
    the pronoun and of that quote's cue do not differ; a speaker with no name
    (a representative read as his body), when they agree."""
    if who is None or last is None or last_cue is None or cue.sent.start == 0:
        return None
    if lx.lemma(who) not in lx.quote_words("pronouns") and lx.norm(who.text) not in lx.quote_words(
        "possessive_pronouns"
    ):
        return None
    doc = cue.doc
    if last_cue.sent.start != doc[cue.sent.start - 1].sent.start or "\n" in doc[last_cue.i : cue.i].text:
        return None
    t = target(actors, last)
    was, now = last_cue.morph.get("Gender"), who.morph.get("Gender")
    if t.kind != "person" or not t.named:
        # «Представитель Госдепартамента заявил, что … Он не исключил, …»: one not named, when the genders agree
        return last if was and now and set(was) & set(now) else None
    return last if not (was and now and not set(was) & set(now)) else None


def _continued(text: str, found: dict) -> None:
    """A dash paragraph that goes on after its attribution, and a quote
    run across paragraphs, take the speaker of their attributed part."""
    for first, nxt in dash_continuations(text):
        q = found.get(first)
        if q is not None and q.speaker is not None and nxt not in found:
            found[nxt] = Quote(nxt[0], nxt[1], text[nxt[0] : nxt[1]], "direct", q.speaker, q.cue)
            found[nxt].sentence = q.sentence  # type: ignore[attr-defined]
    for first, nxt in paragraph_continuations(text):
        for have, part in ((nxt, first), (first, nxt)):  # «X заявил: «…¶«…»»: the part after takes it as well
            q = found.get(have)
            if q is not None and q.speaker is not None and not any(s < part[1] and part[0] < e for s, e in found):
                found[part] = Quote(part[0], part[1], text[part[0] : part[1]], "direct", q.speaker, q.cue)
                found[part].sentence = q.sentence  # type: ignore[attr-defined]


def _says(span) -> bool:
    """Words that state something: a predicate («Мы готовы», «Это
    нарушение договоренностей»), not a quoted name («Северный поток»)."""
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    predicate = any(t.pos_ in ("VERB", "AUX") or "Short" in t.morph.get("Variant") for t in words)
    return predicate or len(words) >= 4 or any(lx.lemma(t) == "это" for t in words)


def _first_verb(doc, at_char: int):
    """The first finite verb after a character, on its line."""
    span = doc.char_span(at_char, at_char + 1, alignment_mode="expand")
    for t in doc[span.end if span is not None else len(doc) :]:
        if "\n" in t.text:
            return None
        if t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm"):
            return t
    return None


def _headlines(doc, at, actors: list[Actor], direct, found: dict) -> None:
    """«Это прямое нарушение договоренностей»: Москва обвинила Вильнюс …: a
    line that opens with a quotation and a colon is the words of the
    subject of the first verb after the colon (a headline's gloss)."""
    g, text = grammar(doc), doc.text
    opens, closes = lx.quote_words("quote_open"), lx.quote_words("quote_close")
    for s, e in direct:
        line = text.rfind("\n", 0, s) + 1
        after = text[e : e + 4].split(":", 1)[0].strip()
        if text[line:s].strip() not in opens or after not in closes or ":" not in text[e : e + 4]:
            continue
        if any(a < e and s < b for a, b in found) or not _says(doc.char_span(s, e, alignment_mode="expand")):
            continue
        verb = _first_verb(doc, text.index(":", e))
        subj = next(iter(g.subjects(verb)), None) if verb is not None else None
        a = actor_at(doc, at, subj) if subj is not None else None
        if a is None or not named_or_coded(target(actors, a)):
            continue
        found[(s, e)] = Quote(
            s, e, text[s:e], "direct", _speaker(doc, actors, a), Span(verb.idx, verb.idx + len(verb.text), verb.text)
        )
        found[(s, e)].sentence = verb.sent.start  # type: ignore[attr-defined]


def quotes(doc, actors: list[Actor]) -> list[Quote]:
    """The Doc's quotes, in text order."""
    g = grammar(doc)
    at = {i: a for a in actors for i in range(a.start, a.end)}
    text = doc.text  # Doc.text joins every token anew on each access
    direct = quoted_spans(text)
    found: dict[tuple[int, int], Quote] = {}
    media: dict[int, str] = {}
    last: Actor | None = None  # the speaker of the last quote: «…», — говорится в сообщении
    last_cue = None  # and its cue
    breaks = line_breaks(doc)
    for cue, who, clause, _cls in _cues(doc):
        ref = referred(g, cue)
        a = _who(doc, at, actors, ref) if ref is not None else None
        a = a if a is not None and named_or_coded(target(actors, a)) else None  # «со ссылкой на агентство Kyodo»
        a = a or mission(doc, at, actors, cue) or _who(doc, at, actors, who)
        a = _said_again(actors, who, cue, last, last_cue) or a
        if a is None and last is not None and target(actors, last).kind != "person":
            a = last if ownerless(g, cue) or bare_service(g, who) else None
        if a is None and ownerless(g, cue):  # «МИД X опубликовал ноту. В документе подчеркивается, …»
            a = document_owner(doc, at, actors, cue)
        if a is None and bare_service(g, who):  # «Пресс-служба МИД X сообщила о … Как отметили в пресс-службе, …»
            a = service_owner(doc, at, actors, who)
        a = a if a is not None else owner_named_before(doc, at, actors, who)
        sent = cue.sent.start
        m = actor_at(doc, at, _speaker_token(g, cue)) if a is None or a.flag != "medium" else a
        if m is not None and target(actors, m).flag == "medium":  # «передает ТАСС», «приводит агентство»
            media[sent] = target(actors, m).name or doc[m.start : m.end].text
        if a is not None and target(actors, a).flag == "medium" and lx.lemma(cue) in lx.quote_words("citing"):
            others = [actor_at(doc, at, t) for t in g.subjects(cue) + g.objects(cue)]  # subject and object swapped
            a = next((o for o in others if o is not None and target(actors, o).flag != "medium"), a)
        if a is not None and target(actors, a).flag == "medium":
            continue
        content = _content(g, cue, clause)
        if clause.sent.start == cue.sent.start:  # what was said lies on the clause's side of the cue
            content = [t for t in content if (t.i < cue.i) == (clause.i < cue.i)]
        content = past_dateline(in_paragraph(cue, clause, content, breaks))
        edges = word_edges(content)
        if edges is None or a is None or edges[0] <= cue.idx < edges[1]:  # what was said never holds its own cue
            continue
        span = marked_span(text, direct, edges, content)
        kind = "direct" if span else "indirect"
        s, e = span or with_closing_mark(text, edges)
        if (
            (s, e) in found
            and found[(s, e)].speaker is not None
            and not _better(found[(s, e)].speaker, target(actors, a))
        ):
            continue  # «В Кремле считают, что …, заявил Песков»: the named person over the place
        cue_span = Span(cue.idx, cue.idx + len(cue.text), cue.text)
        sp = _speaker(doc, actors, a)
        sp = sp if sp.name or sp.code else None  # «рассказал источник в ведомстве»: no one named, no body coded
        found[(s, e)] = Quote(s, e, text[s:e], kind, sp, cue_span)
        found[(s, e)].sentence = sent  # type: ignore[attr-defined]
        last, last_cue = a, cue
    _continued(text, found)
    _headlines(doc, at, actors, direct, found)
    out = [q for q in found.values() if not _nested(q, found.values())]
    out.sort(key=lambda q: q.start)
    for q in out:
        q.medium = media.get(q.sentence)  # type: ignore[attr-defined]
    return out
