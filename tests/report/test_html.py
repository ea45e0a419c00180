def test_dyad_label_never_shows_a_question_mark():
    from accord.report.html import dyad_label

    assert dyad_label("KAZ", "RUS") == "KAZ → RUS"
    assert dyad_label(None, "RUS", actor_text="the  officials") == "“the officials” → RUS"
    assert dyad_label("KAZ", None) == "KAZ"
    assert dyad_label(None, "RUS") == "→ RUS"
    assert "?" not in dyad_label(None, None, "gunmen", "a village")
