"""Which person mentions a following "he" may stand for (quotes.referents):
not a person named only inside someone else's words, nor the recogniser's
reading of a speaker's own phrase (the speakers stand for those)."""

from types import SimpleNamespace as NS

from accord.quotes.referent_people import _talked_about


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


def _ctx_with(mentions, paras):
    from bisect import bisect_right

    starts = [p[0] for p in paras]

    def para_of(pos):
        i = bisect_right(starts, pos) - 1
        return paras[i] if i >= 0 else (0, 0)

    return NS(doc=NS(_=NS(mentions=mentions)), para_of=para_of, named_bodies=None)


def _body(start, name, kind="org", code="LTUGOV"):
    return NS(start=start, kind=kind, code=code, name=name)


def test_a_generic_body_speaker_is_the_body_named_last_in_its_paragraph_or_the_one_before():
    from accord.quotes.referents import _body_mentioned_before

    paras = [(0, 100), (100, 200), (200, 300), (300, 400)]
    early = _body(10, "Lithuanian Foreign Ministry")  # two paragraphs back: out of reach
    near = _body(150, "Polish Interior Ministry")
    same = _body(150, "Polish Interior Ministry", code="POLGOV")  # named at the same place: the first is taken
    outlet = _body(260, "State News Agency", code="POLMED")  # an outlet is no body that speaks
    after = _body(320, "Latvian Defence Ministry")  # named after the speaker
    ctx = _ctx_with([after, outlet, near, same, early], paras)
    sp = NS(start=280)
    assert _body_mentioned_before(ctx, sp, None) is near
    assert _body_mentioned_before(ctx, NS(start=350), None) is after
    assert _body_mentioned_before(ctx, NS(start=5), None) is None  # nothing named before it
    assert _body_mentioned_before(ctx, NS(start=20), None) is early
    assert ctx.named_bodies[0] == [10, 150, 150, 320]  # the index is built once, in text order
