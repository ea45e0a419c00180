"""The resolver on real parses (self-written sentences of the kind accord targets)."""

import pytest

pytestmark = pytest.mark.model


def run(nlp, text, published="2023-06-20"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def codes(doc):
    return {m.text: m.code for m in doc._.mentions}


def test_item3_examples(nlp):
    doc = run(
        nlp,
        "US Indo-Pacific Command said it would send ships. The Armed Forces of Kyrgyzstan held drills. "
        "The Damascus regime refused. The US Embassy in Astana issued a statement. Kazakhstan's Defence "
        "Ministry said that the Russian Foreign Ministry was informed. Washington said it was concerned. "
        "NATO and the CSTO Joint Staff met.",
    )
    c = codes(doc)
    assert c["US Indo-Pacific Command"] == "USAMIL"
    assert c["The Armed Forces of Kyrgyzstan"] == "KGZMIL"
    assert c["The Damascus regime"] == "SYRGOV"
    assert c["The US Embassy"] == "USAGOV"
    assert c["Kazakhstan's Defence Ministry"] == "KAZMIL"
    assert c["the Russian Foreign Ministry"] == "RUSGOV"
    assert c["Washington"] == "USAGOV"
    assert c["NATO"] == "IGONATO"
    staff = [m for m in doc._.mentions if m.text == "the CSTO Joint Staff"][0]
    assert (staff.org, staff.sector) == ("CSTO", "MIL")


def test_roles_and_coreference(nlp):
    doc = run(
        nlp,
        "Dosym Satpayev, director of the Risk Assessment Group in Almaty, said the talks had failed. "
        'Satpayev noted that Moscow was losing influence. "It is over," he added. '
        "An Uzbek political analyst said the region was changing. The analyst added that the West "
        "would not help.",
        published="2022-01-14",
    )
    ms = doc._.mentions
    sat = [m for m in ms if m.name == "Dosym Satpayev"]
    assert {m.text for m in sat} >= {"Dosym Satpayev", "Satpayev", "he"}
    assert all(m.code == "KAZNGO" and m.role == "director" for m in sat)
    assert len({m.entity for m in sat}) == 1
    analyst = [m for m in ms if m.role == "political analyst"]
    assert {m.text for m in analyst} >= {"An Uzbek political analyst", "The analyst"}
    assert all(m.code == "UZBEDU" for m in analyst)
    assert any(m.country == "WST" for m in ms)


def test_office_holder_by_date(nlp):
    # Tokayev: foreign minister in 2005, president since 2019-03-20 (office_holders.tsv)
    early = [m for m in run(nlp, "Kassym-Jomart Tokayev said so.", "2005-06-01")._.mentions if m.name][0]
    late = [m for m in run(nlp, "Kassym-Jomart Tokayev said so.", "2021-06-01")._.mentions if m.name][0]
    assert early.code == late.code == "KAZGOV"
    assert early.role == "Foreign Minister" and late.role == "President"


def test_pipeline_helpers(nlp):
    from accord.actors import mention_at

    doc = run(nlp, "The US Embassy in Astana issued a statement.")
    s = doc.text.index("The US Embassy in Astana")
    assert mention_at(doc, s, s + len("The US Embassy in Astana")).code == "USAGOV"
