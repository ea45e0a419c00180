"""A bare group word that repeats one named just before (issue #19):
«В пресс-службе 201-й российской военной базы сообщили, что военнослужащие
базы проведут учения» — «базы» is the Russian base of the clause before,
as «the base» is in English. The word takes that group's country (and
refers to it), so the words it modifies («военнослужащие базы») take it in
turn."""

from __future__ import annotations

from . import lexicon as lx

WINDOW = 2  # sentences before the word's own that a repeated noun may reach back to


def _head(doc, a) -> int:
    """The token of a mention whose head lies outside it (its head noun)."""
    span = range(a.start, a.end)
    return next((i for i in span if doc[i].head.i not in span or doc[i].head.i == i), a.end - 1)


def repeated_groups(doc, actors) -> list[tuple[int, int]]:
    """(antecedent, reference) pairs: a singular group role with no country
    or body of its own refers to the nearest group before it, at most ``WINDOW``
    sentences back, with the same head noun, the same sector and a
    country."""
    sent_of = {s.start: n for n, s in enumerate(doc.sents)}
    sent_at = [0] * len(doc)
    for t in doc:
        sent_at[t.i] = sent_of.get(t.i, sent_at[t.i - 1] if t.i else 0)
    chains = []
    for k, a in enumerate(actors):
        if a.kind != "group" or a.flag != "role" or a.country or a.org or a.ref is not None:
            continue
        tok = doc[_head(doc, a)]
        if "Sing" not in tok.morph.get("Number"):  # «около 500 военнослужащих»: a plural may be a new or mixed set
            continue
        head = lx.lemma(tok)
        for j in range(k - 1, -1, -1):
            b = actors[j]
            if sent_at[b.start] < sent_at[a.start] - WINDOW:
                break
            if b.kind == "group" and b.country and b.sector == a.sector and lx.lemma(doc[_head(doc, b)]) == head:
                a.country, a.ref = b.country, j
                chains.append((j, k))
                break
    return chains
