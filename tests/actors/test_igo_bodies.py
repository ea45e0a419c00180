"""An international body's organ named again by its bare head ("the Council"
after "the Council of Heads of State of the CIS"), and a body the reference
lists among persons ("Syrian National Council") giving no surname."""

from conftest import find


def _codes(nlp, text):
    return {m.text: m.code for m in nlp(text)._.mentions}


def test_bare_council_after_an_igo_council_is_that_igo(nlp):
    text = (
        "The meeting of the Council of Heads of State of the CIS was held in Dushanbe. The leaders condemned "
        "sanctions imposed bypassing the UN Security Council. The next meeting of the Council will be held in Ashgabat."
    )
    doc = nlp(text)
    assert find(doc._.mentions, "the Council").code == "IGOCIS"


def test_council_of_ministers_of_another_igo(nlp):
    codes = _codes(nlp, "The Council of Foreign Ministers of the CSTO met in Minsk. The Council condemned the drills.")
    assert codes["The Council"] == "IGOCSTO"


def test_capitalised_summit_and_commonwealth_named_again(nlp):
    codes = _codes(nlp, "The summit of the SCO opened in Astana. The Summit adopted a declaration on security.")
    assert codes["The Summit"] == "IGOSCO"
    codes = _codes(nlp, "The Commonwealth of Independent States met in Minsk. The Commonwealth remains a key platform.")
    assert codes["The Commonwealth"] == "IGOCIS"


def test_modified_council_keeps_its_own_reading(nlp):
    codes = _codes(nlp, "The UN Security Council met on Monday. The Council adopted a resolution on Syria.")
    assert codes["The Council"] == "IGOUN"


def test_lone_council_is_no_persons_surname(nlp):
    ms = nlp("The Council will meet again in Ashgabat next year.")._.mentions
    assert not any(m.kind == "person" and m.text.endswith("Council") for m in ms)


def test_council_of_an_igo_with_a_long_name(nlp):
    text = (
        "The Council of Heads of State of the Commonwealth of Independent States met in Dushanbe. The sanctions "
        "bypass the UN Security Council, the leaders said. The next meeting of the Council will be held in Ashgabat."
    )
    assert find(nlp(text)._.mentions, "the Council").code == "IGOCIS"
