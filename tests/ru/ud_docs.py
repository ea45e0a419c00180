"""Hand-built UD Docs (our own sentences) for tests that need no parser."""

from __future__ import annotations


def ud_doc(rows: list[tuple]):
    """A Doc on the blank Russian vocabulary from rows ``(word, head, dep,
    pos, morph)``; ``head`` is a 0-based index, the root points to itself;
    every word is followed by a space except before punctuation."""
    import spacy
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][3] != "PUNCT" for i in range(len(rows))]
    return Doc(
        spacy.blank("ru").vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        morphs=[r[4] if len(r) > 4 else "" for r in rows],
    )


# «Министр обороны России Сергей Шойгу не провёл переговоры в ходе визита в Минск.»
TALKS = [
    ("Министр", 6, "nsubj", "NOUN", "Case=Nom"),
    ("обороны", 0, "nmod", "NOUN", "Case=Gen"),
    ("России", 1, "nmod", "PROPN", "Case=Gen"),
    ("Сергей", 0, "appos", "PROPN", "Case=Nom"),
    ("Шойгу", 3, "flat:name", "PROPN", "Case=Nom"),
    ("не", 6, "advmod", "PART", "Polarity=Neg"),
    ("провёл", 6, "root", "VERB", "Voice=Act"),
    ("переговоры", 6, "obj", "NOUN", "Case=Acc"),
    ("в", 10, "case", "ADP", ""),
    ("ходе", 8, "fixed", "NOUN", ""),
    ("визита", 6, "obl", "NOUN", "Case=Gen"),
    ("в", 12, "case", "ADP", ""),
    ("Минск", 10, "nmod", "PROPN", "Case=Acc"),
    (".", 6, "punct", "PUNCT", ""),
]

# «Соглашение подписано президентом Казахстана.»
PASSIVE = [
    ("Соглашение", 1, "nsubj:pass", "NOUN", "Case=Nom"),
    ("подписано", 1, "root", "VERB", "Variant=Short|VerbForm=Part|Voice=Pass"),
    ("президентом", 1, "obl", "NOUN", "Case=Ins"),
    ("Казахстана", 2, "nmod", "PROPN", "Case=Gen"),
    (".", 1, "punct", "PUNCT", ""),
]

# «Мы готовы к диалогу», — заявил он.
QUOTED = [
    ("«", 2, "punct", "PUNCT", ""),
    ("Мы", 2, "nsubj", "PRON", "Case=Nom"),
    ("готовы", 2, "root", "ADJ", "Variant=Short"),
    ("к", 4, "case", "ADP", ""),
    ("диалогу", 2, "obl", "NOUN", "Case=Dat"),
    ("»", 2, "punct", "PUNCT", ""),
    (",", 8, "punct", "PUNCT", ""),
    ("—", 8, "punct", "PUNCT", ""),
    ("заявил", 2, "parataxis", "VERB", "Voice=Act"),
    ("он", 8, "nsubj", "PRON", "Case=Nom"),
    (".", 2, "punct", "PUNCT", ""),
]

# Глава МИД заявил, что Москва не введёт санкции.
THAT = [
    ("Глава", 2, "nsubj", "NOUN", "Case=Nom"),
    ("МИД", 0, "nmod", "PROPN", "Case=Gen"),
    ("заявил", 2, "root", "VERB", "Voice=Act"),
    (",", 7, "punct", "PUNCT", ""),
    ("что", 7, "mark", "SCONJ", ""),
    ("Москва", 7, "nsubj", "PROPN", "Case=Nom"),
    ("не", 7, "advmod", "PART", "Polarity=Neg"),
    ("введёт", 2, "ccomp", "VERB", "Voice=Act"),
    ("санкции", 7, "obj", "NOUN", "Case=Acc"),
    (".", 2, "punct", "PUNCT", ""),
]
