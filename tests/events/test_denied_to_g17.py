"""Round G (evA): a denial that names no one, or only the denier's own
state, answers the side that charged or held the denier's people, else the
side it quarrels with (accord.events.denied_to)."""

import spacy

from accord.events.denied_to import denial_addressees
from accord.record import Event, EventActor, Span

TEXT = (
    "Guards of Alpha detained a man from Beta. "
    "He was taken to the capital. "
    "A court will decide on Friday. "
    "Beta denied any link with him. "
    "Beta rejected the plan."
)


def _doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp(TEXT)
    for t in doc:
        t.lemma_ = {"denied": "deny", "rejected": "reject"}.get(t.lower_, t.lower_)
    return doc


def _side(code, country, sector=None):
    return EventActor(0, 1, code, code=code, country=country, sector=sector)


def _event(doc, typ, word, actor, recipient=None, quad=None, evidence=None):
    t = next(t for t in doc if t.text == word)
    s = t.sent
    sent = {"start": s.start_char, "end": s.end_char}
    e = Event(typ, Span(t.idx, t.idx + len(t), t.text), sent, actor=actor, recipient=recipient)
    e.quad = quad
    e.evidence = evidence or [dict(sent)]
    return e


def test_an_open_denial_answers_the_detainer_of_its_people():
    doc = _doc()
    held = _event(doc, "COERCE", "detained", _side("ALPMIL", "ALP", "MIL"), _side("BETCVL", "BET"), "material_conflict")
    denial = _event(doc, "REJECT", "denied", _side("BET", "BET"), quad="verbal_conflict")
    denial_addressees(doc, [held, denial])
    assert denial.recipient.code == "ALPMIL"


def test_a_denial_aimed_at_its_own_state_answers_the_other_side_of_the_quarrel():
    doc = _doc()
    charge = _event(doc, "ACCUSE", "detained", _side("BETGOV", "BET"), _side("ALP", "ALP"), "verbal_conflict")
    denial = _event(doc, "REJECT", "denied", _side("BET", "BET"), _side("BETGOV", "BET"), "verbal_conflict")
    denial_addressees(doc, [charge, denial])
    assert denial.recipient.code == "ALP"


def test_a_denial_with_an_addressee_or_with_no_quarrel_stays():
    doc = _doc()
    talks = _event(doc, "CONSULT", "detained", _side("ALP", "ALP"), _side("BET", "BET"), "verbal_cooperation")
    open_one = _event(doc, "REJECT", "denied", _side("BET", "BET"))
    named = _event(doc, "REJECT", "denied", _side("BET", "BET"), _side("GAM", "GAM"))
    denial_addressees(doc, [talks, open_one, named])
    assert open_one.recipient is None and named.recipient.code == "GAM"


def test_a_detention_merged_into_a_later_telling_counts_at_its_first():
    doc = _doc()
    first = {"start": 0, "end": 41}
    held = _event(doc, "COERCE", "decide", _side("ALPMIL", "ALP", "MIL"), _side("BETCVL", "BET"), None, [first])
    denial = _event(doc, "REJECT", "denied", _side("BET", "BET"))
    denial_addressees(doc, [denial, held])
    assert denial.recipient.code == "ALPMIL"


def test_a_rejected_plan_answers_no_charge():
    doc = _doc()
    held = _event(doc, "COERCE", "detained", _side("ALPMIL", "ALP", "MIL"), _side("BETCVL", "BET"), "material_conflict")
    rejection = _event(doc, "REJECT", "rejected", _side("BET", "BET"), quad="verbal_conflict")
    denial_addressees(doc, [held, rejection])
    assert rejection.recipient is None
