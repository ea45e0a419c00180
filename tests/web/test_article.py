"""An article's event labels in the viewer: never a '?' or 'None' for a party."""

from accord.web.article import event_label, spans


def _record():
    text = "Gunmen attacked Kazakhstan's border post."
    ev = {
        "type": "ASSAULT",
        "trigger": {"start": 7, "end": 15, "text": "attacked"},
        "sentence": {"start": 0, "end": len(text)},
        "actor": {"start": 0, "end": 6, "text": "Gunmen", "code": None},
        "recipient": {"start": 16, "end": 28, "text": "Kazakhstan's", "code": "KAZ"},
    }
    return {"text": text, "events": [ev]}


def test_uncoded_party_shows_its_words():
    rec = _record()
    assert "“Gunmen” → KAZ" in event_label(0, rec["events"][0])
    titles = [s.get("title") or "" for s in spans(rec)]
    assert "actor of event 0: “Gunmen”" in titles
    assert not any("None" in t or "?" in t for t in titles)
