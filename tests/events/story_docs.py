"""Hand-built Docs of state mentions and bare events, shared by the events tests of the story-level
linkers (moves, reactions)."""

from spacy.tokens import Doc

from accord.record import Event, EventActor, Mention, Span


def state_doc(vocab, rows, sent_starts, mentions):
    """rows: (word, lemma, pos, dep, head); mentions: (first token, end token, code)."""
    doc = Doc(
        vocab,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        sent_starts=[i in sent_starts for i in range(len(rows))],
    )
    ms = []
    for a, b, code in mentions:
        sp = doc[a:b]
        ms.append(Mention(start=sp.start_char, end=sp.end_char, text=sp.text, name=sp.text, kind="state", code=code))
        ms[-1].country = code
    doc._.mentions = ms
    return doc


def event_with(doc, kind, trig_i, actor, recipient=None):
    """An event on the trigger token ``trig_i`` of ``doc`` with these
    EventActor parties (or None)."""
    t = doc[trig_i]
    s = t.sent
    return Event(
        kind,
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=actor,
        recipient=recipient,
    )


def bare_event(doc, typ, trig_i, actor, recipient=None):
    t = doc[trig_i]
    s = t.sent

    def side(code):
        return None if code is None else EventActor(0, 1, code, code=code, country=code)

    return Event(
        typ,
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=side(actor),
        recipient=side(recipient),
    )


# "Ghana , Togo and Benin met . Nigeria urged the three states . The leaders accused France ."
# (the events.listed tests: a list, a counted group that names it, a group accusing an outsider)
LISTED_ROWS = [
    ("Ghana", "Ghana", "PROPN", "NNP", "nsubj", 5, "B-GPE"),
    (",", ",", "PUNCT", ",", "punct", 0, "O"),
    ("Togo", "Togo", "PROPN", "NNP", "conj", 0, "B-GPE"),
    ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
    ("Benin", "Benin", "PROPN", "NNP", "conj", 2, "B-GPE"),
    ("met", "meet", "VERB", "VBD", "ROOT", 5, "O"),
    (".", ".", "PUNCT", ".", "punct", 5, "O"),
    ("Nigeria", "Nigeria", "PROPN", "NNP", "nsubj", 8, "B-GPE"),
    ("urged", "urge", "VERB", "VBD", "ROOT", 8, "O"),
    ("the", "the", "DET", "DT", "det", 11, "O"),
    ("three", "three", "NUM", "CD", "nummod", 11, "O"),
    ("states", "state", "NOUN", "NNS", "dobj", 8, "O"),
    (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ("The", "the", "DET", "DT", "det", 14, "O"),
    ("leaders", "leader", "NOUN", "NNS", "nsubj", 15, "O"),
    ("accused", "accuse", "VERB", "VBD", "ROOT", 15, "O"),
    ("France", "France", "PROPN", "NNP", "dobj", 15, "B-GPE"),
    (".", ".", "PUNCT", ".", "punct", 15, "O"),
]
LISTED_CODES = {0: "GHA", 2: "TGO", 4: "BEN", 7: "NGA", 16: "FRA"}


def listed_doc(build):
    """The three-state story above, built by the events conftest's ``build``."""
    mentions = [(i, i + 1, c, c, None, None, "state") for i, c in LISTED_CODES.items()]
    return build(LISTED_ROWS, mentions, sent_starts=(0, 7, 13))


def side(doc, a, b, code=None):
    """A party over tokens [a, b) of ``doc``, coded ``code`` (its country too)."""
    sp = doc[a:b]
    return EventActor(sp.start_char, sp.end_char, sp.text, code=code, country=code)
