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
