"""Content spans: the dateline pattern a content never starts in."""


def test_dateline_pattern():
    from accord.quotes.spans import _DATELINE

    for t in (
        "BISHKEK, April 30 (Fergana Dispatch) \u2014 Kyrgyzstan agreed",
        "DALLAS (AP) \u2014 The candidate",
        "DUSHANBE, 12 May 2024 - Chinese forces",
    ):
        m = _DATELINE.match(t)
        assert m is not None and t[m.end() :][0].isupper()
    assert _DATELINE.match("US - China talks resumed") is None
