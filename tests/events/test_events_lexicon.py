"""The events lexicon's spelling twins (accord.events.lexicon.Lexicon.spelled)."""

from accord.events.lexicon import lexicon


def test_a_british_spelling_takes_its_listed_american_twin():
    lex = lexicon()
    assert lex.spelled("demobilise") == "demobilize"  # only the -ize row is listed
    assert lex.spelled("paralyse") == ("paralyze" if "paralyze" in lex.verbs else "paralyse")


def test_a_listed_or_twinless_word_is_left_alone():
    lex = lexicon()
    assert lex.spelled("promise") == "promise"
    assert lex.spelled("rise") == "rise"
    assert lex.spelled("neutralize") == "neutralize"
