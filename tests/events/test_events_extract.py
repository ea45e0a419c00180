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
    mentions = [
        (0, 1, "TJK", "TJK", None, None, "state"),
        (2, 3, "KAZ", "KAZ", None, None, "state"),
        (6, 7, "TJKGOV", "TJK", "GOV", None, "location"),
    ]
    doc, evs = _events(build, rows, mentions)
    consult = [e for e in evs if e.type == "CONSULT"]
    pairs = {(e.actor.code, e.recipient.code) for e in consult}
    assert pairs == {("TJK", "KAZ"), ("KAZ", "TJK")}
    e = consult[0]
    assert e.trigger.text == "held" and e.quad == "verbal_cooperation" and e.cameo.startswith("04")
    assert e.date == "2023-06-19" and e.date_text == "Monday" and e.date_precision == "day"
    assert e.location.text == "Dushanbe" and e.location.country == "TJK"
    assert doc.text[e.actor.start : e.actor.end] == e.actor.text
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
    _, evs = _events(
        build, rows, [(0, 1, "RUS", "RUS", None, None, "state"), (4, 5, "IRN", "IRN", None, None, "state")]
    )
    assert len(evs) == 1
    e = evs[0]
    assert (e.type, e.cameo, e.quad) == ("SANCTION", "163", "material_conflict")
    assert e.intensity < 0
    assert (e.actor.code, e.recipient.code) == ("RUS", "IRN")
    assert not (e.negated or e.future or e.hypothetical or e.historical)
    # no date in the text: the article's publication day, marked as such
    assert (e.date, e.date_end, e.date_text, e.date_precision) == ("2023-06-20", None, None, "published")


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
    _, evs = _events(
        build, rows, [(0, 3, "USA", "USA", None, None, "state"), (7, 8, "UKR", "UKR", None, None, "state")]
    )
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
    _, evs = _events(
        build, rows, [(0, 1, "RUS", "RUS", None, None, "state"), (4, 5, "SYR", "SYR", None, None, "state")]
    )
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
    _, evs = _events(
        build, rows, [(0, 1, "CHN", "CHN", None, None, "state"), (2, 3, "JPN", "JPN", None, None, "state")]
    )
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
    mentions = [
        (0, 2, "WST", "WST", None, None, "group"),
        (3, 4, "GBR", "GBR", None, None, "state"),
        (5, 6, "RUS", "RUS", None, None, "state"),
    ]
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
    doc._.quotes = [
        Quote(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            kind="direct",
            speaker=Speaker(dspan.start_char, dspan.end_char, dspan.text, code="USAMIL", country="USA"),
            cue=Span(doc[8].idx, doc[8].idx + 4, "said"),
        )
    ]
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
    return Event(
        type="COOPERATE",
        trigger=Span(start, start + 4, "held"),
        sentence={"start": start, "end": start + 10},
        actor=a,
        recipient=r,
        date="2023-06-19",
        confidence=conf,
    )


def test_dedupe_keeps_best_evidence():
    out = dedupe([_ev(0.6, 0), _ev(0.9, 100), _ev(0.7, 200)])
    assert len(out) == 1 and out[0].confidence == 0.9 and out[0].sentence["start"] == 100


def test_place_country_from_actor_knowledge(build):
    import pytest

    from accord.events.place_time import knowledge_country as _knowledge_country

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


def test_coordinated_nationality_adjectives_through_measure_noun(build):
    # "Greek, Italian and French sailors completed three weeks of joint exercises."
    rows = [
        ("Greek", "greek", "ADJ", "JJ", "amod", 5, "B-NORP"),
        (",", ",", "PUNCT", ",", "punct", 0, "O"),
        ("Italian", "Italian", "PROPN", "NNP", "conj", 0, "B-NORP"),
        ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
        ("French", "French", "PROPN", "NNP", "conj", 2, "B-NORP"),
        ("sailors", "sailor", "NOUN", "NNS", "nsubj", 6, "O"),
        ("completed", "complete", "VERB", "VBD", "ROOT", 6, "O"),
        ("three", "three", "NUM", "CD", "nummod", 8, "B-DATE"),
        ("weeks", "week", "NOUN", "NNS", "dobj", 6, "I-DATE"),
        ("of", "of", "ADP", "IN", "prep", 8, "O"),
        ("joint", "joint", "ADJ", "JJ", "amod", 11, "O"),
        ("exercises", "exercise", "NOUN", "NNS", "pobj", 9, "O"),
        (".", ".", "PUNCT", ".", "punct", 6, "O"),
    ]
    mentions = [
        (0, 1, "GRCMIL", "GRC", "MIL", None, "state"),
        (2, 3, "ITAMIL", "ITA", "MIL", None, "state"),
        (4, 6, "FRAMIL", "FRA", "MIL", None, "state"),
    ]
    _, evs = _events(build, rows, mentions)
    pairs = {(e.actor.country, e.recipient.country) for e in evs if e.type == "COOPERATE" and e.actor and e.recipient}
    assert pairs == {(a, b) for a in ("GRC", "ITA", "FRA") for b in ("GRC", "ITA", "FRA") if a != b}


def test_coordinated_parties_ignore_own_country_recipient(build):
    # "German and Dutch troops began an exercise from Germany's border." -> DEU <-> NLD, no DEU -> DEU
    rows = [
        ("German", "german", "ADJ", "JJ", "amod", 3, "B-NORP"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Dutch", "dutch", "ADJ", "JJ", "conj", 0, "B-NORP"),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 4, "O"),
        ("began", "begin", "VERB", "VBD", "ROOT", 4, "O"),
        ("an", "an", "DET", "DT", "det", 6, "O"),
        ("exercise", "exercise", "NOUN", "NN", "dobj", 4, "O"),
        ("from", "from", "ADP", "IN", "prep", 4, "O"),
        ("Germany", "Germany", "PROPN", "NNP", "poss", 10, G),
        ("'s", "'s", "PART", "POS", "case", 8, "O"),
        ("border", "border", "NOUN", "NN", "pobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    mentions = [
        (0, 1, "DEU", "DEU", None, None, "state"),
        (2, 4, "NLDMIL", "NLD", "MIL", None, "state"),
        (8, 9, "DEU", "DEU", None, None, "state"),
    ]
    _, evs = _events(build, rows, mentions)
    pairs = {(e.actor.country, e.recipient.country) for e in evs if e.type == "COOPERATE" and e.actor and e.recipient}
    assert pairs == {("DEU", "NLD"), ("NLD", "DEU")}


def _trained_with(prep_rows):
    return (
        [
            ("Georgian", "georgian", "ADJ", "JJ", "amod", 1, "B-NORP"),
            ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2, "O"),
            ("trained", "train", "VERB", "VBD", "ROOT", 2, "O"),
        ]
        + prep_rows
        + [
            ("Turkish", "turkish", "ADJ", "JJ", "amod", 3 + len(prep_rows) + 1, "B-NORP"),
            ("troops", "troop", "NOUN", "NNS", "pobj", 3 + len(prep_rows) - 1, "O"),
            ("near", "near", "ADP", "IN", "prep", 2, "O"),
            ("Tbilisi", "Tbilisi", "PROPN", "NNP", "pobj", 3 + len(prep_rows) + 2, G),
            (".", ".", "PUNCT", ".", "punct", 2, "O"),
        ]
    )


def test_comitative_partner_is_recipient(build):
    # "Georgian soldiers trained alongside Turkish troops near Tbilisi." -> GEO -> TUR, not the place
    for prep_rows in (
        [("alongside", "alongside", "ADP", "IN", "prep", 2, "O")],
        [("together", "together", "ADV", "RB", "advmod", 2, "O"), ("with", "with", "ADP", "IN", "prep", 3, "O")],
    ):
        rows = _trained_with(prep_rows)
        n = len(prep_rows)
        mentions = [
            (0, 2, "GEOMIL", "GEO", "MIL", None, "state"),
            (3 + n, 5 + n, "TURMIL", "TUR", "MIL", None, "state"),
            (6 + n, 7 + n, "GEO", "GEO", None, None, "location"),
        ]
        _, evs = _events(build, rows, mentions)
        coop = [e for e in evs if e.type == "COOPERATE"]
        assert coop and {(e.actor.code, e.recipient.code) for e in coop} == {("GEOMIL", "TURMIL")}


def test_self_dyad_dropped_when_another_reading_exists(build):
    # "Somali and Kenyan troops attacked militants in Somalia": SOM -> SOM is a misreading beside KENMIL -> SOM
    rows = [
        ("Somali", "somali", "ADJ", "JJ", "amod", 3, "B-NORP"),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Kenyan", "kenyan", "ADJ", "JJ", "conj", 0, "B-NORP"),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 4, "O"),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 4, "O"),
        ("militants", "militant", "NOUN", "NNS", "dobj", 4, "O"),
        ("in", "in", "ADP", "IN", "prep", 4, "O"),
        ("Somalia", "Somalia", "PROPN", "NNP", "pobj", 6, G),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    mentions = [
        (0, 1, "SOM", "SOM", None, None, "state"),
        (2, 4, "KENMIL", "KEN", "MIL", None, "state"),
        (5, 6, None, None, None, None, "group"),
        (7, 8, "SOM", "SOM", None, None, "location"),
    ]
    _, evs = _events(build, rows, mentions)
    pairs = {
        (e.actor.code if e.actor else None, e.recipient.code if e.recipient else None)
        for e in evs
        if e.type == "ASSAULT"
    }
    assert ("SOM", "SOM") not in pairs
    assert ("KENMIL", "SOM") in pairs


def test_venue_is_no_recipient_of_coordinated_parties(build):
    # "Spain and Portugal agreed to coordinate positions at NATO." -> ESP <-> PRT, not -> NATO
    rows = [
        ("Spain", "Spain", "PROPN", "NNP", "nsubj", 3, G),
        ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
        ("Portugal", "Portugal", "PROPN", "NNP", "conj", 0, G),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 3, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("coordinate", "coordinate", "VERB", "VB", "xcomp", 3, "O"),
        ("positions", "position", "NOUN", "NNS", "dobj", 5, "O"),
        ("at", "at", "ADP", "IN", "prep", 5, "O"),
        ("NATO", "NATO", "PROPN", "NNP", "pobj", 7, "B-ORG"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    mentions = [
        (0, 1, "ESP", "ESP", None, None, "state"),
        (2, 3, "PRT", "PRT", None, None, "state"),
        (8, 9, "IGONATO", None, None, "NATO", "igo"),
    ]
    _, evs = _events(build, rows, mentions)
    agree = [e for e in evs if e.type == "AGREE"]
    assert {(e.actor.code, e.recipient.code if e.recipient else None) for e in agree} == {
        ("ESP", "PRT"),
        ("PRT", "ESP"),
    }


def test_month_precision_and_no_publication_date(build):
    rows = [
        ("Russia", "Russia", "PROPN", "NNP", "nsubj", 1, G),
        ("imposed", "impose", "VERB", "VBD", "ROOT", 1, "O"),
        ("sanctions", "sanction", "NOUN", "NNS", "dobj", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("Iran", "Iran", "PROPN", "NNP", "pobj", 3, G),
        ("in", "in", "ADP", "IN", "prep", 1, "O"),
        ("May", "May", "PROPN", "NNP", "pobj", 5, "B-DATE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [(0, 1, "RUS", "RUS", None, None, "state"), (4, 5, "IRN", "IRN", None, None, "state")]
    _, evs = _events(build, rows, mentions)
    assert [(e.date, e.date_end, e.date_precision) for e in evs] == [("2023-05-01", "2023-05-31", "month")]
    _, evs = _events(build, rows[:5] + rows[-1:], mentions, published=None)
    assert [(e.date, e.date_precision) for e in evs] == [(None, None)]


def test_would_not_hand_over_is_reject(build):
    rows = [
        ("Kyrgyzstan", "Kyrgyzstan", "PROPN", "NNP", "nsubj", 3, G),
        ("would", "would", "AUX", "MD", "aux", 3, "O"),
        ("not", "not", "PART", "RB", "neg", 3, "O"),
        ("hand", "hand", "VERB", "VB", "ROOT", 3, "O"),
        ("over", "over", "ADP", "RP", "prt", 3, "O"),
        ("land", "land", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    _, evs = _events(build, rows, [(0, 1, "KGZ", "KGZ", None, None, "state")])
    assert [(e.type, e.negated, e.actor.code) for e in evs] == [("REJECT", False, "KGZ")]
    rows[1] = ("did", "do", "AUX", "VBD", "aux", 3, "O")
    _, evs = _events(build, rows, [(0, 1, "KGZ", "KGZ", None, None, "state")])
    assert not [e for e in evs if e.type == "REJECT"]


def test_would_help_is_agree(build):
    rows = [
        ("China", "China", "PROPN", "NNP", "nsubj", 2, G),
        ("would", "would", "AUX", "MD", "aux", 2, "O"),
        ("help", "help", "VERB", "VB", "ROOT", 2, "O"),
        ("Tajikistan", "Tajikistan", "PROPN", "NNP", "dobj", 2, G),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    mentions = [(0, 1, "CHN", "CHN", None, None, "state"), (3, 4, "TJK", "TJK", None, None, "state")]
    _, evs = _events(build, rows, mentions)
    assert [(e.type, e.future, e.actor.code) for e in evs] == [("AGREE", True, "CHN")]
    rows[1] = ("has", "have", "AUX", "VBZ", "aux", 2, "O")
    _, evs = _events(build, rows, mentions)
    assert not evs


def _attacked(build, subject):
    # "<subject> attacked Rurit." / "Rurit was attacked."
    if subject is None:
        rows = [
            ("Rurit", "Rurit", "PROPN", "NNP", "nsubjpass", 2, G),
            ("was", "be", "AUX", "VBD", "auxpass", 2, "O"),
            ("attacked", "attack", "VERB", "VBN", "ROOT", 2, "O"),
            (".", ".", "PUNCT", ".", "punct", 2, "O"),
        ]
        return _events(build, rows, [(0, 1, "RUR", "RUR", None, None, "state")])[1]
    rows = [
        (subject, subject.lower(), "NOUN", "NNS", "nsubj", 1, "O"),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 1, "O"),
        ("Rurit", "Rurit", "PROPN", "NNP", "dobj", 1, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return _events(build, rows, [(2, 3, "RUR", "RUR", None, None, "state")])[1]


def test_an_event_with_no_actor_is_not_emitted(build):
    assert [e for e in _attacked(build, None) if e.type == "ASSAULT"] == []


def test_an_uncoded_actor_keeps_its_text_with_no_code(build):
    evs = [e for e in _attacked(build, "Gunmen") if e.type == "ASSAULT"]
    assert [(e.actor.text, e.actor.code, e.recipient.code) for e in evs] == [("Gunmen", None, "RUR")]


def _agreed(build, agent):
    """'The mandate was extended [by Zenda] ,' the ministry said (of Ruritania)."""
    from accord.events.actor_groups import ActorGroups
    from accord.events.extract import _speaker_agent
    from accord.record import Event, EventActor, Quote, Span, Speaker

    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("mandate", "mandate", "NOUN", "NN", "nsubjpass", 3, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("extended", "extend", "VERB", "VBN", "ROOT", 3, "O"),
    ]
    if agent:
        rows += [("by", "by", "ADP", "IN", "agent", 3, "O"), ("Zenda", "Zenda", "PROPN", "NNP", "pobj", 4, "B-GPE")]
    rows.append((".", ".", "PUNCT", ".", "punct", 3, "O"))
    doc = build(rows)
    quote = Quote(0, len(doc.text), doc.text, speaker=Speaker(0, 3, "the ministry", code="RURGOV", country="RUR"))
    trig = doc[3]
    e = Event(
        "AGREE",
        Span(trig.idx, trig.idx + len(trig.text), trig.text),
        {"start": 0, "end": len(doc.text)},
        recipient=EventActor(4, 11, "mandate", code="IGOEU", org="EU"),
        quote=0,
    )
    _speaker_agent(doc, e, [quote], ActorGroups(doc))
    return e.actor


def test_an_agentless_passive_agreement_is_the_speakers(build):
    a = _agreed(build, agent=False)
    assert a is not None and a.country == "RUR"


def test_a_passive_agreement_with_its_agent_keeps_no_speaker(build):
    assert _agreed(build, agent=True) is None
