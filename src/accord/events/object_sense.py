"""Trigger sense told by the object or the frame (round E, beside :mod:`accord.events.sense`).

* **Troops hosted are no visit.** ``Poland hosts thousands of American
  soldiers``: a host verb (``host_verbs``) whose object is a standing force
  (``hosted_force_nouns``: soldiers, troops, forces) tells where they are
  stationed, no meeting (043).

* **A courtesy passed on is no request.** ``asked him to convey his
  greetings to the king``: a request (``courtesy_request_verbs``) whose
  infinitive passes on greetings, regards or condolences
  (``courtesy_objects``) is a formula, no demand (020).

* **Staff of an embassy expelled are diplomats.** ``expelled an employee of
  the Russian embassy``: expelling staff (``mission_staff_nouns``) of an
  embassy, consulate or mission (``diplomatic_mission_nouns``) is the expulsion of
  diplomats (166, SANCTION), not a deportation (174, COERCE).

* **A venue for talks offered is mediation.** ``ready to provide its
  platform for contacts between the sides``: to provide a venue
  (``venue_nouns``) is an offer to mediate (039, AGREE), no aid (070).

* **A reaction met is criticism.** ``the deliveries were met with concern
  in Zagreb``: ``meet`` whose own with-phrase is a reaction
  (``met_reaction_nouns``) is criticism (111, the trigger row); a reaction
  word deeper in the phrase (``met with the head of the concern``) leaves the
  meeting (040).

* **A state that protests complains.** ``Kathmandu protested against the
  agreement``: ``protest`` whose subject is a state, its capital or a
  government body (an actor mention of kind ``state`` or sector ``GOV``) is an official complaint (114), not a street demonstration (141,
  the row for ``Thousands protested in the capital``).
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W

EXPEL_DIPLOMATS = "166"
DEPORT = "174"
OFFER_TO_MEDIATE = "039"
#: the codes of "provide" whose object may be a venue (the catch-all row: aid in general)
PROVIDE_CODES = ("070", "033")
CRITICISM = "111"
MEET = "040"
DEMONSTRATE = "141"
COMPLAIN = "114"


def _lemmas(toks) -> set:
    return {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}


def hosted_forces(c) -> bool:
    """A host verb whose object is a standing force (see module doc)."""
    tok = c.tok
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in W.words("host_verbs"):
        return False
    g = grammar(tok)
    objs = g.children(tok, "object")
    # "thousands of American soldiers": the force is the of-object of a quantity
    objs += [
        p for o in objs for pr in g.children(o, "prep") if pr.lower_ == "of" for p in g.children(pr, "prep_object")
    ]
    return bool(_lemmas(objs) & W.words("hosted_force_nouns"))


def courtesy_request(c) -> bool:
    """A request whose infinitive passes on a courtesy, or that infinitive (see module doc)."""
    tok = c.tok
    if tok.pos_ != "VERB":
        return False
    g = grammar(tok)
    h = tok.head
    if g.is_(tok, "open_complement", "clausal_complement") and h.lemma_.lower() in W.words("courtesy_request_verbs"):
        tok = h  # "to pass on his regards": the courtesy itself is no act either
    elif tok.lemma_.lower() not in W.words("courtesy_request_verbs"):
        return False
    for v in g.children(tok, "open_complement", "clausal_complement"):
        if _lemmas(g.children(v, "object")) & W.words("courtesy_objects"):
            return True
    return False


def _of_a_mission(n, g) -> bool:
    """Does a staff noun's of-phrase (at any depth) hold an embassy, consulate or mission?"""
    for pr in g.children(n, "prep"):
        if pr.lower_ != "of":
            continue
        for o in g.children(pr, "prep_object"):
            if _lemmas([o]) & W.words("diplomatic_mission_nouns") or _of_a_mission(o, g):
                return True
    return False


def object_code(c) -> str | None:
    """The code a candidate takes from its object (see module doc), or None."""
    tok = c.tok
    if tok.pos_ != "VERB":
        return None
    g = grammar(tok)
    objs = g.children(tok, "object", "passive_subject")
    if c.cameo == DEPORT and any(_lemmas([o]) & W.words("mission_staff_nouns") and _of_a_mission(o, g) for o in objs):
        return EXPEL_DIPLOMATS
    if c.cameo == CRITICISM and tok.lemma_.lower() == "meet" and not _reaction_met(tok, g):
        return MEET
    if c.cameo == DEMONSTRATE and tok.lemma_.lower() == "protest":
        if any(_a_state(s) for s in g.children(tok, "subject")):
            return COMPLAIN
    if c.cameo in PROVIDE_CODES and tok.lemma_.lower() in W.words("venue_verbs"):
        if _lemmas(objs) & W.words("venue_nouns"):
            return OFFER_TO_MEDIATE
    return None


def _reaction_met(tok, g) -> bool:
    """Is a reaction noun the with-object of ``meet`` itself (see module doc)?"""
    objs = [o for p in g.children(tok, "prep") if p.lower_ == "with" for o in g.children(p, "prep_object")]
    return bool(_lemmas(objs) & W.words("met_reaction_nouns"))


def _a_state(tok) -> bool:
    """Is ``tok`` a state, its capital or a government body (see module doc)?"""
    at = tok.idx
    for m in tok.doc._.mentions or []:
        if m.start <= at < m.end:
            return m.kind == "state" or m.sector == "GOV"
    return False
