"""Which person mentions a following "he" may stand for (quotes.referents):
not a person named only inside someone else's words, nor the recogniser's
reading of a speaker's own phrase (the speakers stand for those)."""

from types import SimpleNamespace as NS

from accord.quotes.referents import _talked_about


def _quote(start, end, sp_start, sp_end, name):
    return NS(start=start, end=end, speaker=NS(start=sp_start, end=sp_end, name=name))


def test_a_person_named_inside_anothers_words_is_only_talked_about():
    quotes = [_quote(40, 120, 0, 20, "Abdul Qadir Jalali")]
    assert _talked_about(NS(start=90, name="Farah"), quotes)
    assert not _talked_about(NS(start=130, name="Farah"), quotes)  # named after the words


def test_the_speakers_own_mention_is_covered_by_the_speaker():
    quotes = [_quote(140, 200, 130, 132, "Abdul Qadir Jalali")]
    assert _talked_about(NS(start=130, name="Farah"), quotes)  # the "He" the recogniser read as Farah


def test_the_speaker_named_in_own_words_is_in_sight():
    quotes = [_quote(40, 120, 0, 20, "Jalali")]
    assert not _talked_about(NS(start=60, name="Jalali"), quotes)
