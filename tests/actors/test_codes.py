"""Codes of actor phrases in context (hand-built Docs, no model)."""

from accord.actors.component import extract_mentions
from conftest import find, make_doc


def mentions(vocab, text, **kw):
    return extract_mentions(make_doc(vocab, text, **kw))


def test_command_with_country_modifier(vocab):
    ms = mentions(vocab, "US Indo - Pacific Command said it would send ships .", pos={4: "PROPN"})
    m = find(ms, "US Indo-Pacific Command")
    assert (m.country, m.sector, m.code) == ("USA", "MIL", "USAMIL")


def test_armed_forces_of_country(vocab):
    m = find(mentions(vocab, "The Armed Forces of Kyrgyzstan held drills ."), "The Armed Forces of Kyrgyzstan")
    assert m.code == "KGZMIL"


def test_capital_regime_is_the_government(vocab):
    m = find(mentions(vocab, "The Damascus regime refused ."), "The Damascus regime")
    assert (m.country, m.sector) == ("SYR", "GOV")


def test_embassy_belongs_to_its_state_not_its_location(vocab):
    ms = mentions(vocab, "The US Embassy in Astana issued a statement .")
    assert find(ms, "The US Embassy").code == "USAGOV"
    astana = find(ms, "Astana")
    assert (astana.country, astana.sector, astana.kind) == ("KAZ", None, "location")


def test_possessive_ministry(vocab):
    m = find(mentions(vocab, "Kazakhstan 's Defence Ministry said so ."), "Kazakhstan's Defence Ministry")
    assert m.code == "KAZMIL"


def test_nationality_adjective_ministry(vocab):
    m = find(mentions(vocab, "the Russian Foreign Ministry said so .", pos={2: "ADJ"}), "the Russian Foreign Ministry")
    assert m.code == "RUSGOV"


def test_capital_as_speaker_vs_location(vocab):
    assert find(mentions(vocab, "Washington said it was concerned ."), "Washington").code == "USAGOV"
    loc = find(mentions(vocab, "They met in Washington ."), "Washington")
    assert loc.code == "USA" and loc.sector is None


def test_seat_of_power(vocab):
    assert find(mentions(vocab, "The Kremlin reacted calmly ."), "The Kremlin").code == "RUSGOV"
    assert find(mentions(vocab, "The Pentagon said no ."), "The Pentagon").code == "USAMIL"


def test_alliance_and_its_body(vocab):
    ms = mentions(vocab, "NATO and the CSTO Joint Staff met .")
    nato = find(ms, "NATO")
    assert (nato.org, nato.code, nato.kind) == ("NATO", "IGONATO", "igo")
    staff = find(ms, "the CSTO Joint Staff")
    assert (staff.org, staff.sector, staff.country) == ("CSTO", "MIL", None)


def test_bare_country_has_no_sector(vocab):
    m = find(mentions(vocab, "Kazakhstan agreed ."), "Kazakhstan")
    assert (m.code, m.sector, m.kind) == ("KAZ", None, "state")


def test_the_west(vocab):
    m = find(mentions(vocab, "the West warned Moscow ."), "the West")
    assert m.country == "WST"


def test_currency_is_not_an_actor(vocab):
    ms = mentions(vocab, "The US dollar rose .")
    assert not any(m.country == "USA" for m in ms)


def test_anti_and_led_are_not_the_actors_country(vocab):
    ms = mentions(vocab, "the Russian - led CSTO met .", pos={1: "ADJ"})
    csto = [m for m in ms if m.org == "CSTO"][0]
    assert csto.country is None
    assert csto.code == "IGOCSTO"


def test_coordinated_nationalities_share_the_head(vocab):
    ms = mentions(vocab, "Senior Polish and Lithuanian officials agreed .", pos={0: "ADJ", 1: "ADJ", 3: "ADJ"})
    codes = sorted(m.code for m in ms if m.code)
    assert codes == ["LTUGOV", "POLGOV"]


def test_role_before_name_gives_country_and_sector(vocab):
    ms = mentions(vocab, "Secretary of the Security Council of Armenia Armen Grigoryan said the talks failed .")
    m = [m for m in ms if m.name == "Armen Grigoryan"][0]
    assert (m.country, m.sector, m.kind) == ("ARM", "GOV", "person")
    assert m.role == "Secretary of the Security Council"


def test_apposition_role_gives_country_and_sector(vocab):
    text = "Dosym Satpayev , director of the Risk Assessment Group in Almaty , said so ."
    ms = mentions(vocab, text, ents=[(0, 2, "PERSON"), (6, 9, "ORG"), (10, 11, "GPE")])
    m = find(ms, "Dosym Satpayev")
    assert (m.country, m.sector, m.role, m.code) == ("KAZ", "NGO", "director", "KAZNGO")


def test_nationality_and_role_noun(vocab):
    ms = mentions(vocab, "an Uzbek political analyst said so .", pos={1: "ADJ", 2: "ADJ"})
    m = find(ms, "an Uzbek political analyst")
    assert (m.country, m.sector, m.kind) == ("UZB", "EDU", "person")
    assert m.role == "political analyst"


def test_unknown_stays_null(vocab):
    ms = mentions(vocab, "The minister said so .")
    m = find(ms, "The minister")
    assert m.country is None and m.code is None


def test_counterpart_in_the_holder_table_keeps_the_office_sector(vocab):
    # a defence minister of the office-holder table, named as "counterpart": MIL, not an official's GOV
    ms = mentions(
        vocab,
        "Kyrgyz Interior Minister Ulan Sadykov met his Tajik counterpart Sherali Mirzo in Bishkek .",
        ents=((3, 5, "PERSON"), (9, 11, "PERSON")),
        published="2024-10-16",
    )
    assert find(ms, "Tajik counterpart Sherali Mirzo").code == "TJKMIL"


def test_counterpart_takes_the_sector_of_the_role_it_mirrors(vocab):
    # names outside the holder table: the counterpart holds the office of the person before it
    ms = mentions(
        vocab,
        "Kyrgyz Defence Minister Almaz Tashiev met his Kazakh counterpart Marat Bekov . "
        "The Georgian president called his Armenian counterpart Anna Sarkisova .",
        ents=((3, 5, "PERSON"), (9, 11, "PERSON"), (19, 21, "PERSON")),
    )
    assert find(ms, "Kazakh counterpart Marat Bekov").code == "KAZMIL"
    assert find(ms, "Armenian counterpart Anna Sarkisova").code == "ARMGOV"


def test_press_service_takes_the_sector_of_the_body_it_serves(vocab):
    ms = mentions(vocab, "The press service of the Russian military base said so .", pos={5: "ADJ", 6: "ADJ"})
    assert find(ms, "The press service of the Russian military base").code == "RUSMIL"


def test_institution_of_a_named_state_takes_that_state(vocab):
    # several states have a State Committee for National Security: "of Tajikistan" says whose
    ms = mentions(vocab, "The State Committee for National Security of Tajikistan said that .", ents=[(0, 8, "ORG")])
    m = find(ms, "The State Committee for National Security of Tajikistan")
    assert (m.country, m.sector) == ("TJK", "SPY")


def test_institution_after_an_of_yields_to_the_state_the_text_names(vocab):
    # "Ministry of Defence" alone is read as the British one; "of Nepal" after it says whose it is
    ms = mentions(vocab, "Secretary of the Ministry of Defence of Nepal Ram Thapa said that .")
    m = find(ms, "Secretary of the Ministry of Defence of Nepal Ram Thapa")
    assert (m.name, m.country) == ("Ram Thapa", "NPL")
    ms = mentions(vocab, "The spokesman of the Ministry of Defence of Peru said that .")
    assert find(ms, "The spokesman of the Ministry of Defence of Peru").country == "PER"


def test_a_capital_naming_a_document_is_no_actor(vocab):
    # "the Bishkek declaration", "the Minsk agreements": documents; "Bishkek said": the government
    ms = mentions(vocab, "Leaders signed the Bishkek declaration .", pos={3: "PROPN", 4: "NOUN"})
    assert not any("Bishkek" in m.text for m in ms)
    ms = mentions(vocab, "Bishkek said the border was calm .")
    assert find(ms, "Bishkek").code == "KGZGOV"


def test_the_minsk_group_is_the_osce(vocab):
    ms = mentions(vocab, "The OSCE Minsk Group met .", pos={2: "PROPN", 3: "PROPN"})
    assert find(ms, "The OSCE Minsk Group").code == "IGOOSCE"  # not Belarus, whose capital it names
