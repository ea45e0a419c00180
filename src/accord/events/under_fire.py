"""Coming under fire: an attack on the ones hit, or criticism of them.

The CAMEO dictionary codes "came under fire" as criticism ("the minister came
under fire for his remarks"). Front-line news tells the same words of a unit,
post, vessel or place that was shot at ("the convoy came under fire near
Kharkiv", "Kyrgyz posts came under fire from the Tajik side"): that is an
attack (ASSAULT) on the subject, by whoever fired (the ``from`` phrase, when it
names a side: :mod:`accord.events.fired_from`), never the subject's accusation.

It is an attack when the verb is one of coming or falling under something
(``exposure_verbs``), the noun under it is an attack's (``fire_words``), no
reason phrase tells what is criticised (``fire_criticism_preps``: "for",
"over"), and the subject is a target of arms: a unit, post, vessel or place
(``fire_target_nouns``) or a mention of the armed forces.
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W
from .candidate import Candidate, recode
from .lexicon import Lexicon
from .parties import party_words

#: the CAMEO code of an attack with no weapon told (ASSAULT)
ATTACK_CODE = "190"


def _fire_noun(tok, g):
    """The attack noun under "under" on ``tok`` ("came under fire"), or None."""
    for pr in g.children(tok, "prep"):
        if pr.lower_ != "under":
            continue
        for n in g.children(pr, "prep_object"):
            if n.lemma_.lower() in party_words("fire_words"):
                return n
    return None


def _armed_target(subj, doc) -> bool:
    if subj.lemma_.lower() in W.words("fire_target_nouns"):
        return True
    ms = doc._.mentions or []
    return any(m.sector == "MIL" and m.start <= subj.idx < m.end for m in ms)


def under_fire(c: Candidate, lex: Lexicon) -> None:
    """Recode a criticism told by coming under fire as an attack on the
    subject (see the module docstring); the fire noun is then its actor's
    phrase and the subject its recipient."""
    tok = c.tok
    if not c.cameo.startswith("11") or tok.pos_ != "VERB" or tok.lemma_.lower() not in W.words("exposure_verbs"):
        return
    g = grammar(tok)
    fire = _fire_noun(tok, g)
    subj = g.child(tok, "subject")
    if fire is None or subj is None or not _armed_target(subj, tok.doc):
        return
    reasons = W.words("fire_criticism_preps")
    if any(p.lower_ in reasons for h in (tok, fire) for p in g.children(h, "prep")):
        return
    recode(c, ATTACK_CODE, lex)
    c.actor_tok, c.recipient_tok = fire, subj
