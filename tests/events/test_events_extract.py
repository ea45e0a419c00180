"""Patterns, actor assignment, flags, quotes and de-duplication on hand-built Docs."""
from accord.events.extract import dedupe, extract_events, find_candidates
from accord.record import Event, EventActor, Quote, Span, Speaker

G = "B-GPE"


def _events(build, rows, mentions, **kw):
    doc = build(rows, mentions, **kw)
    return doc, extract_events(doc, classifier=None, min_confidence=0.0)


def test_talks_coordination_date_place(build):
    rows = [
        ("Tajikistan", "Tajikistan", "PROPN", "NNP", "nsubj", 3, G),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Kazakhstan", "Kazakhstan", "PROPN", "NNP", "conj", 0, G),
        ("held", "hold", "VERB", "VBD", "ROOT", 3, "O"),
        ("talks", "talk", "NOUN", "NNS", "dobj", 3, "O"),
        ("in", "in", "ADP", "IN", "prep", 3, "O"),
        ("Dushanbe", "Dushanbe", "PROPN", "NNP", "pobj", 5, G),
        ("on", "on", "ADP", "IN", "prep", 3, "O"),
        ("Monday", "Monday", "PROPN", "NNP", "pobj", 7, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    mentions = [(0, 1, "TJK", "TJK", None, None, "state"), (2, 3, "KAZ", "KAZ", None, None, "state"),
                (6, 7, "TJKGOV", "TJK", "GOV", None, "location")]
    doc, evs = _events(build, rows, mentions)
    consult = [e for e in evs if e.type == "CONSULT"]
    pairs = {(e.actor.code, e.recipient.code) for e in consult}
    assert pairs == {("TJK", "KAZ"), ("KAZ", "TJK")}
    e = consult[0]
    assert e.trigger.text == "held" and e.quad == "verbal_cooperation" and e.cameo.startswith("04")
    assert e.date == "2023-06-19" and e.date_text == "Monday"
    assert e.location.text == "Dushanbe" and e.location.country == "TJK"
    assert doc.text[e.actor.start:e.actor.end] == e.actor.text
    assert e.sentence == {"start": 0, "end": len(doc.text)}


def test_sanctions(build):
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G),
        ("imposed", "impose", "VERB", "VBD", "ROOT", 1, "O"),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("Iran", "Iran", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "RUS", "RUS", None, None, "state"), (4, 5, "IRN", "IRN", None, None, "state")])
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.cameo, e.quad) == ("SANCTION", "163", "material_conflict")
    assert e.intensity < 0
    assert (e.actor.code, e.recipient.code) == ("RUS", "IRN")
    assert not (e.negated or e.future or e.hypothetical or e.historical)


def test_future_military_aid_is_agree(build):
    rows = [
        ("The", "the", "DET", "DT", "det", 2, "O"),
        ("United", "United", "PROPN", "NNP", "compound", 2, G),
        ("States", "States", "PROPN", "NNP", "nsubj", 4, "I-GPE"),
        ("will", "will", "AUX", "MD", "aux", 4, "O"),
        ("supply", "supply", "VERB", "VB", "ROOT", 4, "O"),
        ("weapons", "weapon", "NOUN", "NNS", "dobj", 4, "O"),
        ("to", "to", "ADP", "IN", "prep", 4, "O"),
        ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 6, G),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    _, evs = _events(build, rows, [(0, 3, "USA", "USA", None, None, "state"), (7, 8, "UKR", "UKR", None, None, "state")])
    e = evs[0]
    assert e.type == "AGREE" and e.future and "military" in e.context
    assert e.cameo.startswith("03")
    assert (e.actor.code, e.recipient.code) == ("USA", "UKR")


def test_arms_supply_is_military_aid(build):
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G),
        ("delivered", "deliver", "VERB", "VBD", "ROOT", 1, "O"),
        ("missiles", "missile", "NOUN", "NNS", "dobj", 1, "O"),
        ("to", "to", "ADP", "IN", "prep", 1, "O"),
        ("Syria", "Syria", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "RUS", "RUS", None, None, "state"), (4, 5, "SYR", "SYR", None, None, "state")])
    e = evs[0]
    assert (e.type, e.cameo, e.context) == ("AID", "072", ["military"])
    assert (e.actor.code, e.recipient.code) == ("RUS", "SYR")


def test_negated_attendance(build):
    rows = [
        ("Turkmenistan", "Turkmenistan", "PROPN", "NNP", "nsubj", 3, G),
        ("did", "do", "AUX", "VBD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        ("attend", "attend", "VERB", "VB", "ROOT", 3, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "TKM", "TKM", None, None, "state")])
    e = evs[0]
    assert e.type == "COOPERATE" and e.negated and e.actor.code == "TKM"


def test_refusal_is_reject_not_negation(build):
    rows = [
        ("Iran", "Iran", "PROPN", "NNP", "nsubj", 1, G),
        ("refused", "refuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 3, "O"),
        ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "IRN", "IRN", None, None, "state")])
    assert [e.type for e in evs] == ["REJECT"]
    assert not evs[0].negated and "military" in evs[0].context


def test_accusation(build):
    rows = [
        ("China", "China", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "dobj", 1, G),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("provocations", "provocation", "NOUN", "NNS", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "CHN", "CHN", None, None, "state"), (2, 3, "JPN", "JPN", None, None, "state")])
    e = evs[0]
    assert (e.type, e.quad) == ("ACCUSE", "verbal_conflict")
    assert (e.actor.code, e.recipient.code) == ("CHN", "JPN")


def test_compound_actor_keeps_most_specific(build):
    rows = [
        ("Western", "western", "ADJ", "JJ", "amod", 1, "B-NORP"),
        ("states", "state", "NOUN", "NNS", "nsubj", 4, "O"),
        ("including", "include", "VERB", "VBG", "prep", 1, "O"),
        ("Britain", "Britain", "PROPN", "NNP", "pobj", 2, G),
        ("condemned", "condemn", "VERB", "VBD", "ROOT", 4, "O"),
        ("Russia", "Russia", "PROPN", "NNP", "dobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    mentions = [(0, 2, "WST", "WST", None, None, "group"), (3, 4, "GBR", "GBR", None, None, "state"),
                (5, 6, "RUS", "RUS", None, None, "state")]
    _, evs = _events(build, rows, mentions)
    e = evs[0]
    assert e.type == "ACCUSE" and e.actor.code == "GBR" and e.recipient.code == "RUS"


def test_event_in_quote_is_speakers_claim(build):
    rows = [
        ('"', '"', "PUNCT", "``", "punct", 3, "O"),
        ("We", "we", "PRON", "PRP", "nsubj", 3, "O"),
        ("will", "will", "AUX", "MD", "aux", 3, "O"),
        ("hold", "hold", "VERB", "VB", "ccomp", 7, "O"),
        ("exercises", "exercise", "NOUN", "NNS", "dobj", 3, "O"),
        (",", ",", "PUNCT", ",", "punct", 7, "O"),
        ('"', '"', "PUNCT", "''", "punct", 7, "O"),
        ("Deane", "Deane", "PROPN", "NNP", "nsubj", 7, "B-PERSON"),
        ("said", "say", "VERB", "VBD", "ROOT", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]
    doc = build(rows, [(7, 8, "USAMIL", "USA", "MIL", None, "person")])
    span = doc[0:7]
    dspan = doc[7:8]
    doc._.quotes = [Quote(start=span.start_char, end=span.end_char, text=span.text, kind="direct",
                          speaker=Speaker(dspan.start_char, dspan.end_char, dspan.text, code="USAMIL", country="USA"),
                          cue=Span(doc[8].idx, doc[8].idx + 4, "said"))]
    evs = extract_events(doc, classifier=None, min_confidence=0.0)
    e = [x for x in evs if x.trigger.text == "hold"][0]
    assert e.quote == 0
    assert e.actor.code == "USAMIL" and e.actor.sector == "MIL"
    assert e.future and e.type == "AGREE"


def test_statement_verbs_are_not_events(build):
    rows = [
        ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("nothing", "nothing", "PRON", "NN", "dobj", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "RUSGOV", "RUS", "GOV", None, "location")])
    assert extract_events(doc, classifier=None, min_confidence=0.0) == []
    assert find_candidates(doc[0:4]) == []


def _ev(conf, start=0):
    a = EventActor(0, 3, "USA", code="USA", country="USA")
    r = EventActor(5, 8, "MNG", code="MNG", country="MNG")
    return Event(type="COOPERATE", trigger=Span(start, start + 4, "held"), sentence={"start": start, "end": start + 10},
                 actor=a, recipient=r, date="2023-06-19", confidence=conf)


def test_dedupe_keeps_best_evidence():
    out = dedupe([_ev(0.6, 0), _ev(0.9, 100), _ev(0.7, 200)])
    assert len(out) == 1 and out[0].confidence == 0.9 and out[0].sentence["start"] == 100


def test_place_country_from_actor_knowledge(build):
    import pytest

    from accord.events.extract import _knowledge_country

    if _knowledge_country() is None:
        pytest.skip("actors knowledge not available")
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G),
        ("shelled", "shell", "VERB", "VBD", "ROOT", 1, "O"),
        ("targets", "target", "NOUN", "NNS", "dobj", 1, "O"),
        ("in", "in", "ADP", "IN", "prep", 2, "O"),
        ("Kharkiv", "Kharkiv", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "RUS", "RUS", None, None, "state")])
    e = evs[0]
    assert e.type == "ASSAULT" and e.location.text == "Kharkiv" and e.location.country == "UKR"
    assert e.recipient is None  # an uncoded place is no recipient
