"""Review G (evR): the round's English event rules narrowed where they gave wrong
events on news in general (needs the spaCy model)."""

import pytest
from event_rows import event_rows

pytestmark = pytest.mark.model


def _events(text):
    return event_rows(text, "2025-05-01", level="code")


def _has(events, typ, actor, recipient):
    return any(t == typ and (a or "").startswith(actor) and (r or "").startswith(recipient) for t, a, r in events)


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        (
            "Ukraine struck an oil refinery in Russia. Russia denied any involvement in the murder of a journalist in Serbia.",
            "RUS",
            "UKR",
        ),
        (
            "Azerbaijan shelled Armenian villages on Tuesday. Armenia denied any role in the plane crash in Kazakhstan.",
            "ARM",
            "AZE",
        ),
        (
            "China sanctioned three US defence firms. Washington denied any involvement in the coup attempt in Bolivia.",
            "USA",
            "CHN",
        ),
        (
            "India shelled posts in Kashmir. Pakistan denied any part in the bank fraud in Dubai.",
            "PAK",
            "IND",
        ),
    ],
)
def test_denial_answers_no_quarrel_unaccused(text, actor, recipient):
    ev = _events(text)
    assert not _has(ev, "REJECT", actor, recipient), ev


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        (
            '"China understands very well that cooperation benefits both nations," the Russian ambassador said.',
            "RUS",
            "CHN",
        ),
        (
            '"Tehran knows perfectly well that the agreement serves both nations," the Qatari emir said.',
            "QAT",
            "IRN",
        ),
        ('"Washington knows only too well the costs of war," the German chancellor said.', "DEU", "USA"),
        ('"Paris knows very well how much we value its support," the Polish president said.', "POL", "FRA"),
    ],
)
def test_friendly_knowing_is_no_charge(text, actor, recipient):
    ev = _events(text)
    assert not _has(ev, "ACCUSE", actor, recipient), ev


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        (
            'Ukraine accused Russia of war crimes. "Reports of a cabinet reshuffle are baseless," the Kremlin spokesman said.',
            "RUS",
            "UKR",
        ),
        (
            "Japan protested China's incursions near the Senkaku islands. "
            '"Rumours of a new tax are groundless," the Japanese finance minister said.',
            "JPN",
            "CHN",
        ),
        (
            'Greece accused Turkey of airspace violations. "Reports of a split in the ruling party are groundless,"'
            " the Turkish interior minister said.",
            "TUR",
            "GRC",
        ),
    ],
)
def test_domestic_rumour_dismissed_is_no_rejection(text, actor, recipient):
    ev = _events(text)
    assert not _has(ev, "REJECT", actor, recipient), ev


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        ("The delivery of US tanks to Taiwan will begin next year, the Chinese foreign ministry said.", "CHN", "TWN"),
        (
            "The delivery of F-16 jets to Ukraine will be delayed, the Russian foreign ministry spokeswoman said.",
            "RUS",
            "UKR",
        ),
        (
            "The supply of German howitzers to Lithuania will be completed in May, the Polish ambassador said.",
            "POL",
            "LTU",
        ),
    ],
)
def test_speaker_of_another_state_is_no_supplier(text, actor, recipient):
    ev = _events(text)
    assert not any(
        t in ("AGREE", "AID") and (a or "").startswith(actor) and (r or "").startswith(recipient) for t, a, r in ev
    ), ev


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        (
            "Turkey reserves the right to take measures to protect its citizens, the foreign minister said on a visit to Germany.",
            "TUR",
            "DEU",
        ),
        (
            '"Armenia reserves the right to respond to any aggression," the Armenian foreign minister said after meeting'
            " his Iranian counterpart.",
            "ARM",
            "IRN",
        ),
        (
            "Serbia reserves the right to defend its people, the president said after talks with France.",
            "SRB",
            "FRA",
        ),
    ],
)
def test_reserved_right_not_aimed_at_the_reporting_clause(text, actor, recipient):
    ev = _events(text)
    assert not _has(ev, "THREATEN", actor, recipient), ev


@pytest.mark.parametrize(
    "text,actor,recipient",
    [
        (
            "France accused Algeria of hostility. Macron rejected the resignation of the French prime minister.",
            "FRA",
            "DZA",
        ),
        (
            "Ukraine accused Russia of attacking Odesa. Zelensky rejected the resignation of the Ukrainian defence minister.",
            "UKR",
            "RUS",
        ),
    ],
)
def test_domestic_rejection_not_aimed_abroad(text, actor, recipient):
    ev = _events(text)
    assert not _has(ev, "REJECT", actor, recipient), ev


@pytest.mark.parametrize(
    "text,accuser",
    [
        ("Ecuador protected an Australian journalist accused of espionage by the United States.", "USA"),
        ("Sweden sheltered a Belarusian activist accused of spying by Russia.", "RUS"),
    ],
)
def test_suspects_accuser_is_the_participles_agent(text, accuser):
    ev = _events(text)
    accusers = {a[:3] for t, a, _r in ev if t == "ACCUSE" and a}
    assert accusers == {accuser}, ev


@pytest.mark.parametrize(
    "text",
    [
        "Iranian lawmakers discussed a bill on hijab enforcement.",
        "Russian lawmakers discussed a bill on foreign agents.",
        "French senators discussed a draft budget on Monday.",
    ],
)
def test_plural_subject_of_one_party_is_no_talks(text):
    ev = _events(text)
    assert not any(t == "CONSULT" for t, _a, _r in ev), ev


@pytest.mark.parametrize(
    "text,actor",
    [
        ("The United States will hold naval exercises with its allies in the Pacific.", "USA"),
        ("Egypt will host military exercises next month.", "EGY"),
        ("India will hold joint drills alongside its partners in the Indian Ocean.", "IND"),
    ],
)
def test_drills_with_partners_or_hosted_are_no_mobilization(text, actor):
    ev = _events(text)
    assert not _has(ev, "MOBILIZE", actor, ""), ev


def test_demand_to_stop_answers_the_attacker():
    ev = _events(
        "Russia struck Kharkiv overnight. Ukraine summoned the Hungarian ambassador over a visa dispute. "
        "Ukraine demanded an end to the violations of Ukrainian sovereignty."
    )
    assert not _has(ev, "REQUEST", "UKR", "HUN"), ev


def test_own_state_denial_answers_the_detainer():
    ev = _events(
        "Russia detained two Estonian citizens. Estonia summoned the Latvian ambassador over a fishing dispute. "
        "In Tallinn, any involvement of Estonia in the sabotage was denied."
    )
    assert not _has(ev, "REJECT", "EST", "LVA"), ev


def test_dragged_bodies_is_no_charge_of_dragging_into_war():
    ev = _events('"Russian troops dragged the bodies into a trench," the Ukrainian prosecutor general said.')
    assert not _has(ev, "ACCUSE", "UKR", "RUS"), ev


@pytest.mark.parametrize(
    "text,typ,actor,recipient",
    [
        ("Ukraine accused Russia of the attack on the dam. Russia denied any involvement.", "REJECT", "RUS", "UKR"),
        ("China will hold naval exercises near Taiwan next week.", "MOBILIZE", "CHN", ""),
        (
            '"Riga reserves the right to respond, up to the expulsion of Belarusian diplomats," the Latvian minister said.',
            "THREATEN",
            "LVA",
            "BLR",
        ),
    ],
)
def test_narrowed_rules_still_read_their_own_case(text, typ, actor, recipient):
    ev = _events(text)
    assert _has(ev, typ, actor, recipient), ev
