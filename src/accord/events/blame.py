"""Charges read from what a party says, with no verb of accusing.

* **Failures and charged acts** (:func:`failure_charges`): ``Yerevan said the
  alliance had failed to honour its obligations``, ``said Washington was
  hyping up the China threat``.
* **Blame carried by the content** (:func:`blame_charges`): ``said the
  responsibility lies with Baku`` (``blame_nouns``, ``blame_locus_verbs``),
  ``X bears full responsibility`` (``blame_bearing_verbs``), ``the
  militarisation of X poses a threat to the region`` (``threat_phrases``),
  ``the expulsion is part of the anti-Russian campaign of X`` (a copula with
  ``blame_labels``, ``part_nouns``, ``drive_nouns``): the speaker's ACCUSE
  (112) of the party blamed (the phrase's own party, its possessor, its
  ``of`` or ``by`` phrase).
* **Claims told as perception or reproach**: ``"we see how X is building up
  forces"`` (``perception_verbs`` with a first-person subject), ``reminded
  that X themselves host foreign troops`` (``reproach_cues`` and a
  ``reflexive_intensifiers`` word on the subject): the speaker's ACCUSE of X,
  and the content is the speaker's claim, no event of its own.

Only a party's speaker charges: a quote's coded speaker, else the coded
subject of the reporting verb; an analyst's remark (``commentator``) and the
story's own narration charge nobody, and nobody charges their own side.
The word lists are in ``lang/en/events/words.tsv``.
"""

from __future__ import annotations

import copy

from ..record import Event, EventActor
from ..syntax import grammar
from . import flags as F
from . import words as W
from .actor_groups import ActorGroups
from .actor_roles import party, speaker_actor, subject_of
from .frames import all_cues, commentator, frame_verb, quote_at, speaker_of, token_at
from .made import speech_event

ACCUSE_CODE = "112"
ACT_CONFIDENCE = 0.6


def _verbs_among(doc, lemmas) -> list:
    """The verbs of the Doc whose lemma is one of ``lemmas``, found over its
    lemma and part-of-speech arrays (no Token made for the other words)."""
    from spacy.attrs import LEMMA, POS
    from spacy.symbols import VERB

    if not len(doc):
        return []
    want = {doc.vocab.strings[w] for w in lemmas}
    rows = doc.to_array([LEMMA, POS]).tolist()
    return [doc[i] for i, (lem, pos) in enumerate(rows) if pos == VERB and lem in want]


def failure_charges(doc, events: list[Event], actors: ActorGroups, quotes=()) -> list[Event]:
    """``Yerevan said the alliance had failed to honour its obligations``: a
    party that says (or believes) another failed to act criticises it, the
    speaker's ACCUSE of the failing party (``speech_act``), once per pair and
    sentence. So does one that says another does what is only ever charged
    (``charge_verbs``: ``said Washington was hyping up the China threat``;
    ``charge_phrases``: ``said the West was trying to drive a wedge between us``), in reported
    speech or in the speaker's own quoted words (``"X tries to lecture us," the minister said``)."""
    cues = W.words("report_cues") | W.words("opinion_verbs")
    # a charge already read in the sentence (another event of the pair, ``refused to host ..., saying that
    # the alliance had failed to``, is no charge)
    have = {
        (e.sentence["start"], e.actor and e.actor.code, e.recipient and e.recipient.code)
        for e in events
        if e.type == "ACCUSE"
    }
    out = []
    g = grammar(doc)
    failure = W.words("failure_verbs")
    phrases = W.words("charge_phrases")
    phrase_verbs = {p.split()[0] for p in phrases}
    for tok in _verbs_among(doc, failure | W.words("charge_verbs") | phrase_verbs):
        failed = tok.lemma_.lower() in failure
        if (failed and not g.has_child(tok, "open_complement")) or F.is_negated(tok):
            continue
        if tok.lemma_.lower() in phrase_verbs and not _charge_phrase(tok, g, phrases):
            continue
        fv = frame_verb(tok, all_cues() | cues)  # "Pashinyan believes the CSTO failed to react"
        if fv is not None and fv.lemma_.lower() not in cues:
            continue
        speaker = speaker_of(fv, actors) if fv is not None else _quoted_speaker(tok, quotes)
        own = speaker and (speaker.country or speaker.org)
        if not own:
            continue
        sent = tok.sent
        for failing in _parties_of(tok, actors):  # "said Washington and Tokyo were hyping up ...": both
            if not failing.code or (failing.country or failing.org) == own:
                continue
            key = (sent.start_char, speaker.code, failing.code)
            if key in have:
                continue
            have.add(key)
            ev = _charge(tok, "111" if failed else ACCUSE_CODE, speaker, failing)
            ev.hypothetical = F.is_hypothetical(fv) if fv is not None else False
            out.append(ev)
    return out


def _quoted_speaker(tok, quotes) -> EventActor | None:
    """The coded speaker of the direct quote a word stands in (no commentator), or None."""
    qi = quote_at(quotes, tok.idx)
    if qi is None or quotes[qi].kind != "direct" or commentator(None, qi, quotes):
        return None
    return speaker_actor(quotes[qi])


def _charge_phrase(tok, g, phrases: frozenset) -> bool:
    """The verb and its object make a phrase only ever charged (``drive a wedge``), or the verb
    and its preposition, with that preposition's object (``drags the region into``, ``draw X into
    the orbit``)."""
    lem = tok.lemma_.lower()
    said = {f"{lem} {o.lemma_.lower()}" for o in g.children(tok, "object")}
    for p in g.children(tok, "prep"):
        said.add(f"{lem} {p.lower_}")
        said.update(f"{lem} {p.lower_} {n.lemma_.lower()}" for n in g.children(p, "prep_object"))
    return bool(said & phrases)


def _parties_of(tok, actors: ActorGroups) -> list[EventActor]:
    """The subject of a verb as parties, one per mention of its phrase (conjuncts too)."""
    a_head, _ = subject_of(tok, actors)
    if a_head is None:
        return []
    return [party(actors, mi, tok.i) for mi in actors.group(a_head)]


def _charge(tok, cameo: str, speaker: EventActor, charged: EventActor) -> Event:
    """The speaker's ACCUSE of ``charged`` for the act ``tok`` names (a speech act)."""
    return speech_event(tok, "ACCUSE", cameo, speaker, charged, ACT_CONFIDENCE)


def blame_charges(doc, events: list[Event], actors: ActorGroups, quotes) -> tuple[list[Event], set[int]]:
    """The speakers' charges read from blame in their content (see the module
    docstring), once per pair and sentence, and the indices of the tokens
    whose events are the speaker's claim (to be dropped)."""
    have = {
        (e.sentence["start"], e.actor and e.actor.code, e.recipient and e.recipient.code)
        for e in events
        if e.type == "ACCUSE"
    }
    out: list[Event] = []
    claimed: set[int] = set()
    g = grammar(doc)
    lemmas = W.words("blame_locus_verbs") | W.words("blame_bearing_verbs") | {"be"}
    lemmas |= {p.split()[0] for p in W.words("threat_phrases")}
    for tok in doc:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        heads = _blamed(tok, g, actors) if tok.lemma_.lower() in lemmas else []
        reproach = not heads and _reproached(tok, g, doc, quotes)
        if reproach:
            heads = g.children(tok, "subject")
        if not heads or F.is_negated(tok):
            continue
        speaker = _blamer(tok, doc, actors, quotes)
        if speaker is None:
            continue
        made, charged = _charges_of(tok, heads, speaker, actors, have)
        out.extend(made)
        if charged:
            # the predicate is the charge ("poses a threat"); "reminded that X themselves host ...": the
            # reproach, no hosting told
            claimed.add(tok.i)
    for e in events:
        tok = token_at(doc, e.trigger.start)
        if tok is None or e.type not in W.categories("accusable") or e.negated or e.hypothetical:
            continue
        seer = _perceiver(tok, g)
        speaker = _blamer(seer, doc, actors, quotes) if seer is not None else None
        if speaker is None or e.actor is None:
            continue
        made, charged = _charges_of(seer, [], speaker, actors, have, [e.actor])
        out.extend(made)
        if charged:
            claimed.add(tok.i)  # "we see how X is building up forces": the speaker's claim, no fact
    return out, claimed


def _charges_of(tok, heads: list, speaker: EventActor, actors: ActorGroups, have: set, named=()) -> tuple[list, bool]:
    """The speaker's ACCUSE of each coded party of ``heads`` (or ``named``)
    that is not on the speaker's side, unless the sentence has it already; and
    whether any party is charged (a new charge or one the sentence has)."""
    own = speaker.country or speaker.org
    parties = list(named) + [party(actors, mi, tok.i) for h in heads for mi in owners(h, actors)]
    out, charged = [], False
    for p in parties:
        if not p.code or (p.country or p.org) == own:
            continue
        charged = True
        key = (tok.sent.start_char, speaker.code, p.code)
        if key in have:
            continue
        have.add(key)
        ev = _charge(tok, ACCUSE_CODE, speaker, copy.deepcopy(p))
        ev.hypothetical = F.is_hypothetical(tok)
        out.append(ev)
    return out, charged


def _blamed(tok, g, actors: ActorGroups) -> list:
    """The heads of the phrases a blame predicate ``tok`` lays blame on."""
    lem = tok.lemma_.lower()
    subj = g.child(tok, "subject")
    if (
        lem in W.words("blame_locus_verbs")
        and subj is not None
        and subj.lemma_.lower() in W.words("blame_nouns")
        and not _for_a_good(subj, g)
    ):
        # "the responsibility lies with X" (a torn parse may leave the preposition with no object)
        preps = [p for p in g.children(tok, "prep") if p.lower_ in W.words("blame_locus_preps")]
        return [o for p in preps for o in (g.children(p, "prep_object") or _next_named(p, actors))]
    objs = g.children(tok, "object")
    if lem in W.words("blame_bearing_verbs") and any(
        o.lemma_.lower() in W.words("blame_nouns") and not _for_a_good(o, g) for o in objs
    ):
        # "X bears full responsibility"; "X will bear responsibility" warns of what is to come (a threat)
        return [subj] if subj is not None and not F.is_future(tok) else []
    if any(f"{lem} {o.lemma_.lower()}" in W.words("threat_phrases") for o in objs):
        return [subj] if subj is not None else []  # "the militarisation of X poses a threat"
    if lem == "be" and subj is not None:
        for a in g.children(tok, "attribute"):
            label = _label(a, g)
            if label is not None:
                # "... is part of the anti-Russian campaign of X"; "X's drills are a provocation"
                return [label] if owners(label, actors) else [subj]
    return []


def _for_a_good(noun, g) -> bool:
    """``the responsibility for security in the region lies with X``,
    ``responsibility for hosting the next round``: a duty, no blame. What the
    responsibility is for must be a harm (``harm_words``: an incident, the
    escalation, shelling the village) for it to blame; with no "for" it
    blames (``X bears full responsibility``)."""
    fors = [p for p in g.children(noun, "prep") + g.children(noun.head, "prep") if p.lower_ == "for"]
    objs = [o for p in fors for o in g.children(p, "prep_object", "prep_clause")]
    if not objs:
        return False
    harms = W.words("harm_words")
    return not any(o.lemma_.lower() in harms or o.lower_ in harms for o in objs)


def _label(noun, g):
    """The noun of a charge a copula predicates (``a provocation``, ``part of
    the anti-Russian campaign``), or None."""
    if noun.lemma_.lower() in W.words("part_nouns"):
        inner = [o for p in g.children(noun, "prep") if p.lower_ == "of" for o in g.children(p, "prep_object")]
        noun = inner[0] if inner else noun
    lem = noun.lemma_.lower()
    if lem in W.words("blame_labels"):
        return noun
    if lem in W.words("drive_nouns"):
        mods = [m.lower_ for m in g.children(noun, "adjective", "compound")]
        if any(m.startswith("anti") or m in W.words("drive_modifiers") for m in mods):
            return noun
        if any(p.lower_ == "against" for p in g.children(noun, "prep")):
            return noun  # "part of a broader campaign against Russia": a drive against a party, as "anti-Russian"
    return None


def owners(head, actors: ActorGroups, depth: int = 2) -> list[int]:
    """The mentions of the party a phrase names or that owns it: the phrase's
    own party, else its possessor's, its modifier's, or its ``of`` or ``by``
    phrase's (``the militarisation of X``, ``X's drills``), or the party a relative clause says it
    serves (``service_verbs``: ``the fleet that serves the Russian budget``); not a place or
    origin phrase (``drug trafficking from X``)."""
    g = actors.g
    own = actors.group(head) if actors.at(head) is not None else []
    if own and (depth == 0 or any(actors.mentions[mi].code for mi in own)):
        return own
    if depth == 0:
        return []
    inner = g.children(head, "possessor", "adjective", "compound")
    inner += [o for p in g.children(head, "prep") if p.lower_ in ("of", "by") for o in g.children(p, "prep_object")]
    # "the shadow fleet that serves the Russian budget": what serves a party is that party's
    inner += [
        o
        for r in g.children(head, "relative_clause")
        if r.lemma_.lower() in W.words("service_verbs")
        for o in g.children(r, "object")
    ]
    for x in inner:
        found = owners(x, actors, depth - 1)
        if found:
            return found
    return own  # an uncoded party of its own ("forces"), where no coded one owns it


def _next_named(prep, actors: ActorGroups) -> list:
    """The token that opens a mention right after a preposition (past a determiner)."""
    doc = actors.doc
    for i in (prep.i + 1, prep.i + 2):
        if i < len(doc) and actors.at(doc[i]) is not None:
            return [doc[i]]
        if i < len(doc) and doc[i].pos_ != "DET":
            break
    return []


def speaker_party(tok, doc, actors: ActorGroups, quotes) -> EventActor | None:
    """The coded party whose words ``tok`` stands in (see :func:`_blamer`)."""
    return _blamer(tok, doc, actors, quotes)


def _blamer(tok, doc, actors: ActorGroups, quotes) -> EventActor | None:
    """The party whose words ``tok`` stands in: the quote's coded speaker, else
    the coded subject of the reporting verb; None for the story's own words, an
    analyst's remark or a denial (``denied that the blame lies with X``)."""
    qi = quote_at(quotes, tok.idx)
    fv = frame_verb(tok, all_cues() | W.words("opinion_verbs") | W.words("reproach_cues"))
    if fv is not None and fv.lemma_.lower() in W.words("claim_cues") | W.words("denial_verbs"):
        return None
    if qi is not None and quotes[qi].speaker is not None:
        speaker = speaker_actor(quotes[qi])
    else:
        speaker = speaker_of(fv, actors) if fv is not None else None
    if speaker is None or not speaker.code or not (speaker.country or speaker.org):
        return None
    return None if commentator(speaker, qi, quotes) else speaker


def _perceiver(tok, g):
    """``we see how X is building up forces``: the perception verb with a
    first-person subject whose clause holds ``tok``, or None."""
    t = tok
    for _ in range(3):
        if t.head.i == t.i or not g.is_(t, "clausal_complement"):
            return None
        t = t.head
        if t.lemma_.lower() in W.words("perception_verbs"):
            subj = g.child(t, "subject")
            return t if subj is not None and subj.lower_ in W.words("speaker_pronouns") else None
    return None


def _reproached(tok, g, doc, quotes) -> bool:
    """``reminded that X themselves host ...``: a clause under a reproach
    cue whose subject carries a reflexive intensifier."""
    subj = g.child(tok, "subject")
    if subj is None or not g.is_(tok, "clausal_complement"):
        return False
    words = W.words("reflexive_intensifiers")
    if not any(c.lower_ in words for x in (subj, *subj.conjuncts) for c in x.children):
        return False
    return tok.head.lemma_.lower() in W.words("reproach_cues")
