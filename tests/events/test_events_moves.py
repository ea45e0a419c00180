"""Where a move of forces goes or comes from when it names no state (accord.events.moves)."""

from story_docs import bare_event, state_doc

from accord.events.moves import link_moves
from accord.record import EventActor

# "Borduria threatened Syldavia . Syldavia deployed soldiers to the border ."
_DEPLOY = [
    ("Borduria", "Borduria", "PROPN", "nsubj", 1),
    ("threatened", "threaten", "VERB", "ROOT", 1),
    ("Syldavia", "Syldavia", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("Syldavia", "Syldavia", "PROPN", "nsubj", 5),
    ("deployed", "deploy", "VERB", "ROOT", 5),
    ("soldiers", "soldier", "NOUN", "dobj", 5),
    ("to", "to", "ADP", "prep", 5),
    ("the", "the", "DET", "det", 9),
    ("border", "border", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 5),
]


def test_a_deployment_to_the_border_faces_the_lead_party_across_it(vocab):
    doc = state_doc(vocab, _DEPLOY, (0, 4), [(0, 1, "BOR"), (2, 3, "SYL"), (4, 5, "SYL")])
    lead = bare_event(doc, "THREATEN", 1, "BOR", "SYL")
    move = bare_event(doc, "MOBILIZE", 5, "SYL")
    link_moves(doc, [lead, move])
    assert move.recipient.country == "BOR"


def test_a_deployment_that_names_its_frontier_is_left_alone(vocab):
    rows = _DEPLOY[:9] + [("border", "border", "NOUN", "pobj", 7), ("here", "here", "ADV", "advmod", 9)] + _DEPLOY[10:]
    doc = state_doc(vocab, rows, (0, 4), [(0, 1, "BOR"), (2, 3, "SYL"), (4, 5, "SYL")])
    lead = bare_event(doc, "THREATEN", 1, "BOR", "SYL")
    move = bare_event(doc, "MOBILIZE", 5, "SYL")
    link_moves(doc, [lead, move])
    assert move.recipient is None


# "Taliban seized Kunduz . The withdrawal of Ruritanian troops continued ."
_WITHDRAW = [
    ("Taliban", "Taliban", "PROPN", "nsubj", 1),
    ("seized", "seize", "VERB", "ROOT", 1),
    ("Kunduz", "Kunduz", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("The", "the", "DET", "det", 5),
    ("withdrawal", "withdrawal", "NOUN", "nsubj", 9),
    ("of", "of", "ADP", "prep", 5),
    ("Ruritanian", "Ruritanian", "ADJ", "amod", 8),
    ("troops", "troop", "NOUN", "pobj", 6),
    ("continued", "continue", "VERB", "ROOT", 9),
    (".", ".", "PUNCT", "punct", 9),
]


def test_a_withdrawal_that_names_no_place_leaves_the_place_of_the_news(vocab):
    doc = state_doc(vocab, _WITHDRAW, (0, 4), [(0, 1, "AFG"), (2, 3, "AFG"), (7, 9, "RUR")])
    lead = bare_event(doc, "ASSAULT", 1, "AFG", "AFG")
    move = bare_event(doc, "RETREAT", 5, "RUR")
    link_moves(doc, [lead, move])
    assert move.recipient.country == "AFG"


# "Ruritania pulled its forces out of the Kunduz base ."
_OUT_OF = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("pulled", "pull", "VERB", "ROOT", 1),
    ("its", "its", "PRON", "poss", 3),
    ("forces", "force", "NOUN", "dobj", 1),
    ("out", "out", "ADP", "prep", 1),
    ("of", "of", "ADP", "prep", 4),
    ("the", "the", "DET", "det", 8),
    ("Kunduz", "Kunduz", "PROPN", "compound", 8),
    ("base", "base", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_withdrawal_out_of_a_coded_place_leaves_its_state(vocab):
    doc = state_doc(vocab, _OUT_OF, (0,), [(0, 1, "RUR"), (6, 9, "AFG")])
    move = bare_event(doc, "RETREAT", 1, "RUR")
    move.recipient = EventActor(doc[2].idx, doc[3].idx + 6, "its forces")
    link_moves(doc, [move])
    assert move.recipient.country == "AFG"


# "Ruritania withdrew peacekeepers from Syldavia ."
_FROM = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("withdrew", "withdraw", "VERB", "ROOT", 1),
    ("peacekeepers", "peacekeeper", "NOUN", "dobj", 1),
    ("from", "from", "ADP", "prep", 1),
    ("Syldavia", "Syldavia", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_move_of_units_has_the_place_they_leave_as_recipient(vocab):
    # the units are coded by the place they are in (SYL): the party is the place's state, named by the place
    doc = state_doc(vocab, _FROM, (0,), [(0, 1, "RUR"), (2, 3, "SYL"), (4, 5, "SYL")])
    move = bare_event(doc, "SANCTION", 1, "RUR")
    move.recipient = EventActor(doc[2].idx, doc[2].idx + 12, "peacekeepers", code="SYL", country="SYL")
    link_moves(doc, [move])
    assert move.recipient.text == "Syldavia"


def test_a_move_from_the_movers_own_state_keeps_its_recipient(vocab):
    doc = state_doc(vocab, _FROM, (0,), [(0, 1, "RUR"), (2, 3, "SYL"), (4, 5, "RUR")])
    move = bare_event(doc, "SANCTION", 1, "RUR")
    move.recipient = EventActor(doc[2].idx, doc[2].idx + 12, "peacekeepers", code="SYL", country="SYL")
    link_moves(doc, [move])
    assert move.recipient.text == "peacekeepers"


# "Ruritania sent troops to the UN force in Syldavia ."
_MISSION = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1),
    ("troops", "troop", "NOUN", "dobj", 1),
    ("to", "to", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 6),
    ("UN", "UN", "PROPN", "compound", 6),
    ("force", "force", "NOUN", "pobj", 3),
    ("in", "in", "ADP", "prep", 6),
    ("Syldavia", "Syldavia", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]


def _mission_event(doc, typ, code, org=None):
    move = bare_event(doc, typ, 1, "RUR")
    move.recipient = EventActor(doc[4].idx, doc[6].idx + 5, "the UN force", code=code, country=None, org=org)
    if org is None:
        move.recipient.country = code
    return move


def test_units_sent_to_a_mission_go_to_the_state_it_is_in(vocab):
    doc = state_doc(vocab, _MISSION, (0,), [(0, 1, "RUR"), (8, 9, "SYL")])
    move = _mission_event(doc, "AID", "IGOUN", org="UN")
    link_moves(doc, [move])
    assert move.recipient.country == "SYL"


def test_an_attack_on_a_mission_and_a_third_states_force_keep_their_target(vocab):
    doc = state_doc(vocab, _MISSION, (0,), [(0, 1, "RUR"), (8, 9, "SYL")])
    attack = _mission_event(doc, "ASSAULT", "IGOUN", org="UN")
    third = _mission_event(doc, "ACCUSE", "BOR")
    link_moves(doc, [attack, third])
    assert attack.recipient.org == "UN" and third.recipient.country == "BOR"


def test_a_promised_or_agreed_move_of_units_has_the_place_as_recipient_too(vocab):
    # "Ruritania withdrew peacekeepers from Syldavia ." typed as an agreement (a move it agreed to)
    doc = state_doc(vocab, _FROM, (0,), [(0, 1, "RUR"), (2, 3, "RUR"), (4, 5, "SYL")])
    move = bare_event(doc, "AGREE", 1, "RUR")
    move.recipient = EventActor(doc[2].idx, doc[2].idx + 12, "peacekeepers", code="RUR", country="RUR")
    link_moves(doc, [move])
    assert move.recipient.text == "Syldavia"


# "Ruritania will send observers to Issyk-Kul ." (the parser's dative "to"; the place taken for a person, no code)
_DATIVE = [
    ("Ruritania", "Ruritania", "PROPN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("send", "send", "VERB", "ROOT", 2),
    ("observers", "observer", "NOUN", "dobj", 2),
    ("to", "to", "ADP", "dative", 2),
    ("Issyk", "Issyk", "PROPN", "compound", 7),
    ("-", "-", "PUNCT", "punct", 7),
    ("Kul", "Kul", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_place_no_state_was_coded_for_that_the_gazetteer_knows_in_one_state(vocab):
    doc = state_doc(vocab, _DATIVE, (0,), [(0, 1, "RUR")])
    move = bare_event(doc, "AGREE", 2, "RUR")
    move.recipient = EventActor(doc[3].idx, doc[3].idx + 9, "observers")
    link_moves(doc, [move])
    assert move.recipient.country == "KGZ" and move.recipient.text.startswith("Issyk")


# "Syldavia shelled Borduria . The gunmen retreated to Syldavia ."
_RETREAT_HOME = [
    ("Syldavia", "Syldavia", "PROPN", "nsubj", 1),
    ("shelled", "shell", "VERB", "ROOT", 1),
    ("Borduria", "Borduria", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
    ("The", "the", "DET", "det", 5),
    ("gunmen", "gunman", "NOUN", "nsubj", 6),
    ("retreated", "retreat", "VERB", "ROOT", 6),
    ("to", "to", "ADP", "prep", 6),
    ("Syldavia", "Syldavia", "PROPN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 6),
]


def test_a_retreat_to_a_place_by_a_stateless_party_is_from_that_side_toward_its_counterpart(vocab):
    doc = state_doc(vocab, _RETREAT_HOME, (0, 4), [(0, 1, "SYL"), (2, 3, "BOR"), (8, 9, "SYL")])
    lead = bare_event(doc, "ASSAULT", 1, "SYL", "BOR")
    move = bare_event(doc, "RETREAT", 6, None)
    place = doc[8:9]
    move.recipient = EventActor(place.start_char, place.end_char, place.text, code="SYL", country="SYL")
    link_moves(doc, [lead, move])
    assert (move.actor.country, move.recipient.country) == ("SYL", "BOR")


def test_a_surrender_to_a_force_keeps_the_force_as_its_target(vocab):
    doc = state_doc(vocab, _RETREAT_HOME, (0, 4), [(0, 1, "SYL"), (2, 3, "BOR"), (8, 9, "SYL")])
    lead = bare_event(doc, "ASSAULT", 1, "SYL", "BOR")
    move = bare_event(doc, "RETREAT", 6, None)
    place = doc[8:9]
    move.recipient = EventActor(
        place.start_char, place.end_char, place.text, code="SYLMIL", country="SYL", sector="MIL"
    )
    link_moves(doc, [lead, move])
    assert move.actor is None and move.recipient.code == "SYLMIL"
