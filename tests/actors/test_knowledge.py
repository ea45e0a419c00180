"""Dated facts apply by date."""

import pytest

from accord import datafiles
from accord.actors import knowledge as kn
from accord.actors.component import extract_mentions
from accord.actors.knowledge import Knowledge, OfficeTerm, term_on
from accord.actors.lexicon import Lexicon
from accord.actors.resolver import extract
from conftest import find, make_doc


def test_uzbekistan_csto_membership_by_date():
    assert "UZB" in kn.members("CSTO", "2010-01-01")
    assert "UZB" not in kn.members("CSTO", "2015-01-01")
    assert "UZB" in kn.members("CSTO", "2012-12-19")
    assert "UZB" not in kn.members("CSTO", "2012-12-20")
    # and its earlier exit from the Collective Security Treaty
    assert "UZB" in kn.members("CST", "1995-01-01") and "UZB" not in kn.members("CST", "2000-01-01")


def test_finland_and_sweden_in_nato_by_date():
    assert "FIN" in kn.members("NATO", "2024-01-01")
    assert "FIN" not in kn.members("NATO", "2022-01-01")
    assert "SWE" not in kn.members("NATO", "2024-03-06") and "SWE" in kn.members("NATO", "2024-03-07")


def test_armenia_froze_but_is_still_a_csto_member():
    assert "ARM" in kn.members("CSTO", "2024-06-01")
    assert kn.membership_status("CSTO", "ARM", "2024-06-01") == "member"


def test_other_dated_memberships():
    assert "GBR" in kn.members("EU", "2020-01-30") and "GBR" not in kn.members("EU", "2020-02-01")
    assert {"IND", "PAK"} <= kn.members("SCO", "2017-06-09") and "IND" not in kn.members("SCO", "2017-06-08")
    assert "IRN" in kn.members("SCO", "2023-07-04") and "BLR" in kn.members("SCO", "2024-07-04")
    assert "GEO" in kn.members("CIS", "2005-01-01") and "GEO" not in kn.members("CIS", "2010-01-01")
    assert "CSTO" in kn.orgs_of("KAZ", "2024-01-01") and "SCO" in kn.orgs_of("KAZ", "2024-01-01")
    periods = kn.membership_periods("CSTO")
    assert ("UZB", "2006-08-16", "2012-12-20") in periods
    assert kn.country_name("KGZ") == "Kyrgyzstan"


def test_astana_and_nur_sultan_by_date():
    assert kn.capital("KAZ", "2020-05-01") == "Nur-Sultan"
    assert kn.capital("KAZ", "2023-01-01") == "Astana"
    assert kn.capital("KAZ", "2010-01-01") == "Astana"
    assert kn.capital("KAZ", "1995-01-01") == "Almaty"
    assert kn.capital("KAZ") == "Astana"


def test_both_capital_names_resolve_to_kazakhstan(vocab):
    for name, date in (("Nur-Sultan", "2020-05-01"), ("Astana", "2023-05-01")):
        words = name.replace("-", " - ").split() + ["said", "so", "."]
        m = extract_mentions(make_doc(vocab, words, published=date))[0]
        assert (m.country, m.sector) == ("KAZ", "GOV")


def test_belgrade_is_serbias_capital_not_montenegros(vocab):
    # the reference lists the capital of Serbia and Montenegro under Montenegro
    m = extract_mentions(make_doc(vocab, ["Belgrade", "said", "so", "."], published="2026-12-03"))[0]
    assert (m.country, m.sector) == ("SRB", "GOV")


def _lexicon_with(terms):
    k = kn.load_knowledge()
    mine = Knowledge(**{f: getattr(k, f) for f in k.__dataclass_fields__})
    mine.office_terms = terms
    mine.persons = []
    return Lexicon(k=mine)


def test_office_holder_coded_for_the_article_date(vocab):
    terms = [
        OfficeTerm(
            "Aibek Testov", (), "KGZ", None, "foreign_minister", "GOV", "Foreign Minister", "2015-01-01", "2018-12-31"
        ),
        OfficeTerm(
            "Aibek Testov", (), "KGZ", None, "defence_minister", "MIL", "Defence Minister", "2019-01-01", "2020-12-31"
        ),
    ]
    lex = _lexicon_with(terms)

    def code(date):
        doc = make_doc(vocab, "Aibek Testov said so .", published=date)
        return find(extract(doc, date, lex)[0], "Aibek Testov").code

    assert code("2016-06-01") == "KGZGOV"
    assert code("2019-06-01") == "KGZMIL"
    assert code("2012-01-01") is None  # before any term: not a guess
    assert code("2023-01-01") == "KGZELI"  # after the last term: a former office holder (CAMEO ELI)
    assert code(None) == "KGZMIL"  # no date: the most recent term


def test_term_on_rules():
    a = OfficeTerm("X", (), "KAZ", None, "head_of_state", "GOV", "President", "2019-03-20", None)
    b = OfficeTerm("X", (), "KAZ", None, "foreign_minister", "GOV", "Foreign Minister", "2002-01-28", "2007-01-10")
    assert term_on([a, b], "2005-01-01") is b
    assert term_on([a, b], "2020-01-01") is a
    assert term_on([a, b], "1990-01-01") is None
    assert term_on([a, b], None) is a


def test_taliban_code_changes_with_the_takeover(vocab):
    def code(date):
        return extract_mentions(make_doc(vocab, "The Taliban said so .", published=date))[0].code

    assert code("2020-01-01") == "AFGINS"
    assert code("2022-01-01") == "AFGGOV"


def test_office_holders_header_is_not_a_person():
    from accord.actors.knowledge import office_terms

    assert not office_terms("name")
    assert all(t.start or t.end for t in office_terms())


@pytest.fixture
def user_data(tmp_path):
    """A user data folder (``tmp_path``) in use for one test."""
    folder = tmp_path / "actors" / "data"
    folder.mkdir(parents=True)
    yield folder
    datafiles.use_data_dir(None)


def test_user_office_holder_row_changes_who_a_name_resolves_to(vocab, user_data):
    def resolved(text, date):
        name = text.split(" said")[0]
        doc = make_doc(vocab, text, published=date, ents=[(0, len(name.split()), "PERSON")])
        m = find(extract(doc, date)[0], name)
        return m.name, m.code

    assert resolved("Aibek Testov said so .", "2016-06-01") == ("Aibek Testov", None)
    assert resolved("Nikol Pashinyan said so .", "2020-01-01") == ("Nikol Pashinyan", "ARMGOV")
    (user_data / "office_holders.tsv").write_text(
        "# a user's own office holders\n"
        "Aibek Testov\t\tKGZ\t\tforeign_minister\tGOV\tForeign Minister\t2015-01-01\t\n"
        # same name and start as a packaged row: replaces it
        "Nikol Pashinyan\tNikol Pashinian\tARM\t\thead_of_government\tMIL\tPrime Minister\t2018-05-08\t\n",
        encoding="utf-8",
    )
    assert datafiles.use_data_dir(user_data.parent.parent) == ["actors/data/office_holders.tsv"]
    assert resolved("Aibek Testov said so .", "2016-06-01") == ("Aibek Testov", "KGZGOV")
    assert resolved("Testov said so .", "2016-06-01") == ("Aibek Testov", "KGZGOV")  # by surname now
    assert resolved("Nikol Pashinyan said so .", "2020-01-01") == ("Nikol Pashinyan", "ARMMIL")
    assert [t.sector for t in kn.office_terms("Nikol Pashinyan") if t.start == "2018-05-08"] == ["MIL"]
    datafiles.use_data_dir(None)
    assert resolved("Aibek Testov said so .", "2016-06-01") == ("Aibek Testov", None)
    assert resolved("Nikol Pashinyan said so .", "2020-01-01") == ("Nikol Pashinyan", "ARMGOV")
