"""Praise told as a quote's content (accord.ru.events): «Китай — наш
стратегический партнер», «Россия является нашим союзником», «Китай
зарекомендовал себя как надежный партнер» said by X is X's praise of that
state (SUPPORT, CAMEO 051), as «назвал Китай надежным партнером» is; so is thanks to a party («мы
благодарны китайской стороне», ``thanks_words``). The
predicate nouns, the linking verbs and the adjectives a plain «партнер»
needs («торговый партнер» is a fact, no praise) are data (``praise_nouns``,
``praise_links``, ``praise_adjectives`` in ``lang/ru/events/words.tsv``).
The speaker's own side is praised by nobody; a negated one is no praise.
"""

from __future__ import annotations

from . import lexicon as lx
from .charges import quoted_words


def _first(g, noun):
    """«партнер и союзник»: the first conjunct, which holds the subject."""
    while g.is_(noun, "conjunct") and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _praised(g, noun) -> list:
    """The subjects a praise noun is predicated of: its own («Китай —
    партнер») or its linking verb's («является партнером»)."""
    first = _first(g, noun)
    subj = g.subjects(first, agents=False)
    link = first.head
    if not subj and link.i != first.i and lx.lemma(link) in lx.event_map("praise_links"):
        if g.negated(link):
            return []
        subj = g.subjects(link, agents=False)
    return [s for t in subj[:1] for s in [t, *g.conjuncts(t)]] if not g.negated(first) else []


def _noun_fits(g, noun) -> bool:
    need = lx.event_map("praise_nouns").get(lx.lemma(noun))
    if need is None or noun.pos_ != "NOUN":
        return False
    if need != "adjective":
        return True
    first = _first(g, noun)
    adjs = {lx.lemma(a) for n in (noun, first) for a in g.children(n, "adjective")}
    return bool(adjs & set(lx.event_map("praise_adjectives")))


def _thanked(g, word) -> list:
    """«Мы благодарны китайской стороне за поддержку»: the dative of a word
    of thanks (``thanks_words``) whose clause is not negated."""
    if lx.lemma(word) not in lx.event_map("thanks_words") or g.negated(word):
        return []
    return [
        c
        for c in word.children
        if "Dat" in c.morph.get("Case")
        and c.pos_ in ("NOUN", "PROPN")
        and not any(k.dep_ == "case" for k in c.children)
    ]


def praises(g, doc, quotes, party) -> list[tuple]:
    """(noun, speaker, praised party, quote index) for each praise in a
    quote's content; ``party`` codes a word (or gives None)."""
    out = []
    for qi, speaker, noun in quoted_words(doc, quotes):
        thanked = _thanked(g, noun)
        if not thanked and not _noun_fits(g, noun):
            continue
        own = speaker.country or speaker.org
        for subj in thanked or _praised(g, noun):
            praised = party(subj)
            if praised is not None and (praised.country or praised.org) != own:
                out.append((noun, speaker, praised, qi))
    return out
