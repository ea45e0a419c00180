"""A summit's document or plenary as the organisation that met (events.plenary)."""

from accord.events.plenary import plenary_actors
from accord.record import Event, EventActor, Span

NO = "O"
ROWS = [
    # "The Pact met . The communique condemns Elbonia ."
    ("The", "the", "DET", "DT", "det", 1, NO),
    ("Pact", "Pact", "PROPN", "NNP", "nsubj", 2, "B-ORG"),
    ("met", "meet", "VERB", "VBD", "ROOT", 2, NO),
    (".", ".", "PUNCT", ".", "punct", 2, NO),
    ("The", "the", "DET", "DT", "det", 5, NO),
    ("communique", "communique", "NOUN", "NN", "nsubj", 6, NO),
    ("condemns", "condemn", "VERB", "VBZ", "ROOT", 6, NO),
    ("Elbonia", "Elbonia", "PROPN", "NNP", "dobj", 6, "B-GPE"),
    (".", ".", "PUNCT", ".", "punct", 6, NO),
]
MENTIONS = [(0, 2, "IGOPCT", None, None, "PCT", "igo"), (7, 8, "ELB", "ELB", None, None, "state")]


def _party(doc, a, b, code=None, country=None, org=None):
    s = doc[a:b]
    return EventActor(s.start_char, s.end_char, s.text, code=code, country=country, org=org)


def _event(doc, kind, trig, actor, recipient=None):
    t = doc[trig]
    s = t.sent
    return Event(
        kind,
        Span(t.idx, t.idx + len(t), t.text),
        {"start": s.start_char, "end": s.end_char},
        actor=actor,
        recipient=recipient,
    )


def test_the_communique_of_a_meeting_is_the_organisations(build):
    for noun, lemma, tag, want in (
        ("communique", "communique", "NN", "PCT"),
        ("ministers", "minister", "NNS", "PCT"),
        ("leaders", "leader", "NNS", "PCT"),
        ("president", "president", "NN", None),  # one person, no plenary
    ):
        rows = list(ROWS)
        rows[5] = (noun, lemma, "NOUN", tag) + ROWS[5][4:]
        doc = build(rows, MENTIONS, sent_starts=(0, 4))
        met = _event(doc, "CONSULT", 2, _party(doc, 0, 2, "IGOPCT", org="PCT"))
        said = _event(doc, "ACCUSE", 6, _party(doc, 4, 6), _party(doc, 7, 8, "ELB", "ELB"))
        plenary_actors(doc, [met, said])
        assert said.actor.org == want and said.recipient.country == "ELB", noun


def test_no_organisation_without_its_meeting_or_for_a_coded_voice(build):
    doc = build(ROWS, MENTIONS, sent_starts=(0, 4))
    said = _event(doc, "ACCUSE", 6, _party(doc, 4, 6))
    plenary_actors(doc, [said])  # no meeting told before
    assert said.actor.org is None
    rows = list(ROWS)
    rows[5] = ("ministers", "minister", "NOUN", "NNS") + ROWS[5][4:]
    doc = build(rows, MENTIONS, sent_starts=(0, 4))
    met = _event(doc, "CONSULT", 2, _party(doc, 0, 2, "IGOPCT", org="PCT"))
    said = _event(doc, "ACCUSE", 6, _party(doc, 4, 6, "RURGOV", "RUR"))  # "the Ruritanian ministers"
    plenary_actors(doc, [met, said])
    assert said.actor.country == "RUR"
