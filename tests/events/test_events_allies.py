"""'The allies': every member of the group just told (events.allies)."""

from accord.events.allies import ally_recipients
from accord.record import Event, EventActor, Span

NO = "O"
G = "B-GPE"


def _doc(build, noun="allies", tag="NNS"):
    """'Elbonia , Freedonia and Sylvania drilled . Elbonia helped the <noun> .'"""
    rows = [
        ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 5, G),
        (",", ",", "PUNCT", ",", "punct", 0, NO),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 0, G),
        ("and", "and", "CCONJ", "CC", "cc", 2, NO),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 2, G),
        ("drilled", "drill", "VERB", "VBD", "ROOT", 5, NO),
        (".", ".", "PUNCT", ".", "punct", 5, NO),
        ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 8, G),
        ("helped", "help", "VERB", "VBD", "ROOT", 8, NO),
        ("the", "the", "DET", "DT", "det", 10, NO),
        (noun, noun, "NOUN", tag, "dobj", 8, NO),
        (".", ".", "PUNCT", ".", "punct", 8, NO),
    ]
    return build(rows, sent_starts=(0, 7))


def _side(doc, i, code):
    t = doc[i]
    return EventActor(t.idx, t.idx + len(t), t.text, code=code, country=code)


def _events(doc):
    drill, helped = doc[5], doc[8]
    first = {"start": 0, "end": doc[6].idx + 1}
    codes = ((0, "ELB"), (2, "FRE"), (4, "SYL"))
    out = [
        Event(
            "COOPERATE",
            Span(drill.idx, drill.idx + 7, "drilled"),
            first,
            actor=_side(doc, i, a),
            recipient=_side(doc, j, b),
        )
        for i, a in codes
        for j, b in codes
        if a != b
    ]
    second = {"start": doc[7].idx, "end": len(doc.text)}
    out.append(Event("AID", Span(helped.idx, helped.idx + 6, "helped"), second, actor=_side(doc, 7, "ELB")))
    return out


def test_the_allies_are_every_other_member(build):
    doc = _doc(build)
    out = [e for e in ally_recipients(doc, _events(doc)) if e.type == "AID"]
    assert sorted(e.recipient.country for e in out) == ["FRE", "SYL"]


def test_a_singular_or_other_noun_is_no_group(build):
    for noun, tag in (("ally", "NN"), ("farmers", "NNS")):
        doc = _doc(build, noun, tag)
        out = [e for e in ally_recipients(doc, _events(doc)) if e.type == "AID"]
        assert [e.recipient for e in out] == [None], noun


def test_the_allies_of_an_organisation_told_as_a_party_are_no_list(build):
    doc = _doc(build)
    evs = _events(doc)
    evs[0].recipient = EventActor(0, 7, "Elbonia", code="IGOPCT", org="PCT")  # "the Pact" among the parties
    out = [e for e in ally_recipients(doc, evs) if e.type == "AID"]
    assert [e.recipient for e in out] == [None]


def test_the_allies_as_the_subject_are_no_recipient(build):
    """'... drilled . The allies criticised Elbonia .': the allies act; the act is not aimed at them."""
    rows = [
        ("Elbonia", "Elbonia", "PROPN", "NNP", "nsubj", 5, G),
        (",", ",", "PUNCT", ",", "punct", 0, NO),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 0, G),
        ("and", "and", "CCONJ", "CC", "cc", 2, NO),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 2, G),
        ("drilled", "drill", "VERB", "VBD", "ROOT", 5, NO),
        (".", ".", "PUNCT", ".", "punct", 5, NO),
        ("The", "the", "DET", "DT", "det", 8, NO),
        ("allies", "ally", "NOUN", "NNS", "nsubj", 9, NO),
        ("criticised", "criticise", "VERB", "VBD", "ROOT", 9, NO),
        ("Elbonia", "Elbonia", "PROPN", "NNP", "dobj", 9, G),
        (".", ".", "PUNCT", ".", "punct", 9, NO),
    ]
    doc = build(rows, sent_starts=(0, 7))
    evs = _events(doc)[:-1]
    crit = doc[9]
    second = {"start": doc[7].idx, "end": len(doc.text)}
    evs.append(
        Event(
            "ACCUSE",
            Span(crit.idx, crit.idx + len(crit), crit.text),
            second,
            actor=_side(doc, 8, "FRE"),
            recipient=_side(doc, 10, "ELB"),
        )
    )
    out = [e for e in ally_recipients(doc, evs) if e.type == "ACCUSE"]
    assert [e.recipient.country for e in out] == ["ELB"]
