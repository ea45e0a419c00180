"""Frames of translated copy added with the set unseen-2026-12-07-q, on real
parses of sentences written for these tests: an attitude adjective after a
copula that follows a quotation ('"...," the expert is sure')."""

import pytest
from translated_helpers import one, quote_rows

pytestmark = pytest.mark.model


def test_a_quotation_then_the_expert_is_sure(nlp):
    qs = quote_rows(
        nlp,
        "Analyst Oleg Serov spoke about the pipeline.\n\n"
        '"A single leak in the delta will cost more than the whole new line," the analyst is sure.',
        "cue_class",
    )
    q = one(qs, "single leak")
    assert q[1] == "Oleg Serov"
    assert q[2] == "opinion"


def test_a_report_then_its_cue_with_a_quoted_forum_name_after_it(nlp):
    qs = quote_rows(
        nlp,
        "The border guards will double the number of river patrols next spring, head of the regional "
        'border department Colonel Andrei Rostov announced at the conference "Amur: River of Cooperation" '
        "on Friday.",
    )
    q = one(qs, "double the number")
    assert q[1] == "Andrei Rostov"


def test_a_quotation_then_reads_the_message_of_a_ministry(nlp):
    qs = quote_rows(
        nlp, '"The checkpoint will work around the clock from Monday," - reads the message of the ministry.'
    )
    assert one(qs, "around the clock")[1] == "ministry"


def test_according_to_a_scenario_or_a_law_is_no_quote(nlp):
    qs = quote_rows(
        nlp,
        "According to the scenario of the drills, saboteurs captured a bridge. According to the law, the "
        "guards must warn the intruders first. According to the ministry, the guards fired.",
    )
    assert [q[1] for q in qs] == ["ministry"]


def test_according_to_a_bodys_own_plan_is_its_report(nlp):
    qs = quote_rows(nlp, "According to the ministry's published plan, the troops will hold four drills in June.")
    assert one(qs, "four drills")[1] == "ministry"


def test_a_comma_and_dash_after_guillemets_then_a_verb_and_a_late_name(nlp):
    qs = quote_rows(
        nlp,
        "«The water rose in one night and we left everything», - told the correspondent about the first "
        "hours of the flood a resident of the village, teacher Gulnara Abenova.",
    )
    assert one(qs, "water rose")[1] == "Gulnara Abenova"
