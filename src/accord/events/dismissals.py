"""Dismissals: a party's words that reject what another said (round G).

* **Words called untrue.** ``"Such assessments are groundless," the spokesman
  said``, ``the minister said the allegations of Vilnius were absurd``,
  ``"These are baseless claims"``: a copula that says a word noun
  (``dismissed_nouns``, ``accusation_nouns``) is untrue (``dismissal_words``),
  in a party's words, is that party's REJECT (016, a speech act) of whoever
  said it: the party the noun's own phrase names (``the claims of Kathmandu``),
  else the accusation it answers (:func:`accord.events.speech.answer_accusations`).
* **Protests not accepted.** ``"The demarche of Tokyo is unacceptable"``: a
  protest, demand or proposal (``rebuff_nouns``) called not to be accepted
  (``rebuff_words``) is rejected the same way (of an act, ``the exercise is
  unacceptable``, the word is criticism, and no rejection).
* **Counsel said not needed.** ``Baku does not need the advice of Moscow``:
  a need verb (``counsel_needs``) said no to whose object is counsel
  (``counsel_nouns``) is no negated request but a REJECT (120) of the
  counsel's giver.

A word noun that is no charge ("Reports of a cabinet reshuffle are baseless":
a rumour at home) is rejected only where its phrase names whose words they
are, where it is itself a charge (``accusation_nouns``), or where it points
back (``such``, ``these``: ``answering_determiners``) at words said before.

Word lists are in ``lang/en/events/words.tsv``.
"""

from __future__ import annotations

from functools import cache

from ..record import Event
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .blame import ACT_CONFIDENCE, speaker_party
from .frames import token_at
from .made import speech_event
from .party_spans import party

DISMISSAL_CODE = "016"
COUNSEL_CODE = REBUFF_CODE = "120"


@cache
def _joined(lists: tuple) -> frozenset:
    return frozenset().union(*(W.words(n) for n in lists))


def _in(tok, *lists) -> bool:
    words = _joined(lists)
    return tok.lemma_.lower() in words or tok.lower_ in words


def dismissal_word(tok) -> bool:
    """Is ``tok`` a word that calls what was said untrue (``groundless``) or not to be
    accepted (``unacceptable``)?"""
    return _in(tok, "dismissal_words", "rebuff_words")


def _said_noun(tok, word) -> bool:
    """Is ``tok`` a noun of what was said that the dismissal ``word`` can be said of: any
    word noun untrue, a protest, demand or proposal (``rebuff_nouns``) not accepted?"""
    if _in(word, "rebuff_words"):
        return _in(tok, "rebuff_nouns", "accusation_nouns")
    return _in(tok, "dismissed_nouns", "accusation_nouns", "rebuff_nouns")


def _dismissed(tok, g):
    """The word noun a dismissal word ``tok`` calls untrue, or None: the subject of its
    copula (``the claims are groundless``), or the predicate noun it qualifies after a
    pronoun subject (``these are baseless allegations``)."""
    h = tok.head
    if h.i == tok.i:
        return None
    if h.lemma_.lower() == "be" and g.is_(tok, "adjectival_complement", "attribute"):
        subj = g.child(h, "subject")
        return subj if subj is not None and _said_noun(subj, tok) else None
    if _said_noun(h, tok) and g.is_(tok, "adjective") and g.is_(h, "attribute"):
        cop = h.head
        subj = g.child(cop, "subject") if cop.lemma_.lower() == "be" else None
        return h if subj is not None and subj.pos_ in ("PRON", "DET") else None
    return None


def dismissals(doc, events: list[Event], actors: ActorGroups, quotes) -> list[Event]:
    """The speakers' REJECTs of words they call untrue (see the module doc), one
    per sentence and speaker; the recipient is the noun's own party where its
    phrase names one, else left to :func:`answer_accusations`."""
    out: list[Event] = []
    seen = {(e.sentence["start"], e.actor and e.actor.code) for e in events if e.type == "REJECT"}
    g = grammar(doc)
    for tok in doc:
        if tok.pos_ not in ("ADJ", "NOUN", "VERB") or not dismissal_word(tok):
            continue
        noun = _dismissed(tok, g)
        if noun is None or F.is_negated(tok.head if tok.head.lemma_.lower() == "be" else noun.head):
            continue
        speaker = speaker_party(tok, doc, actors, quotes)
        if speaker is None or (tok.sent.start_char, speaker.code) in seen:
            continue
        author = _author(noun, speaker, actors)
        if author is None and not _answers(noun):
            continue
        seen.add((tok.sent.start_char, speaker.code))
        code = REBUFF_CODE if _in(tok, "rebuff_words") else DISMISSAL_CODE
        out.append(speech_event(tok, "REJECT", code, speaker, author, ACT_CONFIDENCE))
    return out


def _answers(noun) -> bool:
    """Is the word noun a charge, a protest or demand, or words pointed back at (``such
    claims``, ``these``: a pronoun subject)?"""
    if _in(noun, "accusation_nouns", "rebuff_nouns"):
        return True
    if noun.pos_ in ("PRON", "DET"):
        return True
    back = W.words("answering_determiners")
    return any(c.lower_ in back for c in noun.children if c.i < noun.i)


def _author(noun, speaker, actors: ActorGroups):
    """The coded party named in the word noun's own phrase (``the claims of Vilnius``,
    ``Baku's accusations``), not the speaker's side; else None."""
    own = speaker.country or speaker.org
    for t in noun.subtree:
        mi = actors.at(t)
        if mi is None or t.i == noun.i:
            continue
        p = party(actors, mi, noun.i)
        if p.code and (p.country or p.org) and (p.country or p.org) != own:
            return p
    return None


def refused_counsel(doc, events: list[Event]) -> None:
    """``does not need the advice of Moscow``: a negated REQUEST at a need verb whose
    object is counsel becomes the speaker's REJECT of the counsel's giver (its recipient)."""
    from .lexicon import lexicon

    g = grammar(doc)
    for e in events:
        if e.type != "REQUEST" or not e.negated or e.recipient is None:
            continue
        tok = token_at(doc, e.trigger.start)
        if tok is None or tok.lemma_.lower() not in W.words("counsel_needs"):
            continue
        if not any(o.lemma_.lower() in W.words("counsel_nouns") for o in g.children(tok, "object")):
            continue
        info = lexicon().info(COUNSEL_CODE)
        cat = lexicon().categories[info.type]
        e.type, e.cameo, e.mode, e.context = info.type, info.cameo, info.mode, list(info.context)
        e.quad, e.intensity = cat["quad"], cat["intensity"]
        e.negated, e.speech_act = False, True
