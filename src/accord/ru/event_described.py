"""A party no name codes, told by its state (accord.ru.events): «задержала
российский танкер» (a state's adjective on the noun), «танкер под российским
флагом» (``flag_nouns``), «капитана судна, гражданина России» (an apposition
that names the state)."""

from __future__ import annotations

from ..record import EventActor, join_code
from . import lexicon as lx


def described(doc, at, tok, party) -> EventActor | None:
    """A thing or person no name codes, told by its state (``party`` codes
    a word, or gives None): «задержала
    российский танкер» (the adjective of a state), «капитана судна,
    гражданина России» (an apposition that names one)."""
    if tok is None or tok.pos_ != "NOUN" or tok.dep_ not in ("obj", "iobj", "nsubj", "nsubj:pass", "obl"):
        return None
    own = [at[c.i] for c in tok.children if c.dep_ == "amod" and c.i in at and at[c.i].country]
    if len(own) == 1 and own[0].kind is None:
        span = doc[own[0].start : own[0].end]
        return EventActor(span.start_char, span.end_char, span.text, own[0].country, own[0].country, None, None)
    flagged = _flag_state(doc, at, tok)
    if flagged is not None:
        return flagged
    below = [tok, *(c for c in tok.children if c.dep_ == "nmod" and c.i not in at)]  # «капитана судна, гражданина X»
    named = [c for t in below for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i not in at]
    for c in named:
        owners = [m for m in c.children if m.dep_ == "nmod" and m.i in at and at[m.i].kind == "state"]
        if owners and not any(k.dep_ == "case" for k in owners[0].children):
            return party(owners[0])
    return None


def _flag_state(doc, at, tok) -> EventActor | None:
    """«задержала танкер под российским флагом» (the phrase on the noun or,
    as the parser often hangs it, on the verb): the flag's state."""
    near = list(tok.children) + (list(tok.head.children) if tok.dep_ == "obj" else [])
    for f in near:
        if lx.lemma(f) not in lx.event_map("flag_nouns") or not any(lx.lemma(k) == "под" for k in f.children):
            continue
        for c in f.children:
            a = at.get(c.i)
            if a is not None and a.country and (a.kind is None or a.kind == "state"):
                span = doc[a.start : a.end]
                return EventActor(span.start_char, span.end_char, span.text, a.country, a.country, None, None)
    return None


def dashed_roles(doc, at, tok, recipient: EventActor | None) -> list[EventActor]:
    """«санкции против пяти граждан Грузии — двух сотрудников полиции и трех
    судей»: the bodies a dash lists after a state's people, each of that
    state (GEOCOP, GEOJUD); empty where no such list follows."""
    if tok is None or recipient is None or recipient.sector or recipient.org or not recipient.country:
        return []
    inside = {t.i for t in tok.subtree}
    end = tok.i + 1
    while end < tok.sent.end and end in inside and not doc[end].is_punct:  # «граждан Грузии»
        end += 1
    if end >= tok.sent.end or doc[end].text not in "—–-":
        return []
    out: list[EventActor] = []
    for t in doc[end + 1 : tok.sent.end]:
        if t.text in ",.;:()" or t.pos_ in ("VERB", "PRON"):
            break
        a = at.get(t.i)
        if a is None or a.flag != "role" or not a.sector or a.country or a.org:
            continue
        code = join_code(recipient.country, None, a.sector)
        if all(o.code != code for o in out):
            span = doc[a.start : a.end]
            out.append(EventActor(span.start_char, span.end_char, span.text, code, recipient.country, None, a.sector))
    return out


def state_pronoun(doc, at, tok):
    """«Китай — наш партнер, и мы намерены расширять сотрудничество с ним»:
    a third-person pronoun no person claims stands for the nearest state
    named before it of its gender, in its sentence or the one before."""
    if tok is None or tok.pos_ != "PRON" or "3" not in tok.morph.get("Person") or "Sing" not in tok.morph.get("Number"):
        return tok
    own = at.get(tok.i)
    if own is not None and (own.ref is not None or own.country or own.org):
        return tok
    gender = set(tok.morph.get("Gender")) or {"Masc", "Neut"}
    start = tok.sent.start
    first = doc[start - 1].sent.start if start > 0 else start
    above = {h.i for h in tok.ancestors}  # «сотрудничество с ним»: the noun the pronoun hangs on
    own = _own_clause(tok)
    things = []  # nouns of its gender between: «подписали договор. Москва поддержала его» is the treaty
    for t in reversed(doc[first : tok.i]):
        a = at.get(t.i)
        if t.head.i in own and t.dep_.startswith("nsubj"):
            continue  # «Москва поддержала ее»: not the pronoun's own clause's subject (that is «себя»)
        if a is not None and a.kind in ("state", "person") and t.pos_ in ("PROPN", "NOUN"):
            if a.kind == "state" and gender & set(t.morph.get("Gender")):
                return t if not any(not _renames(x, t) for x in things) else tok
            if a.kind == "person":
                return tok  # a person named between: he, not the state
        elif t.pos_ == "NOUN" and t.i not in above and gender & set(t.morph.get("Gender")):
            things += [t] if "Sing" in t.morph.get("Number") else []
    return tok


def _own_clause(tok) -> set[int]:
    """The verb the pronoun hangs on and the verbs it is the infinitive of
    («намерена поддержать его»)."""
    verb = next((h for h in tok.ancestors if h.pos_ in ("VERB", "AUX", "ADJ")), None)
    out = set()
    while verb is not None:
        out.add(verb.i)
        verb = verb.head if verb.dep_ == "xcomp" and verb.head.i != verb.i else None
    return out


def _renames(noun, state) -> bool:
    """«Казахстан является нашим партнером», «Индия — наш друг»: the noun is
    said of the state (its predicate), so the same party."""
    if state.head.i == noun.i:
        return True
    return noun.head.i == state.head.i and state.dep_ == "nsubj" and noun.dep_ == "xcomp"
