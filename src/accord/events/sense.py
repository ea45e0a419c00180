"""Trigger sense that the trigger rows alone cannot tell (issue #16, item 4).

* **A unilateral exercise is no cooperation.** Drills held by one party
  with no partner are a show of force (PLOVER MOBILIZE, CAMEO 150): toward
  the party they are held near or around (``drills around Taiwan``), and
  with no target where none is named (``a unilateral exercise``, drills one
  named side will hold with no one named to join or host them). A party
  named with ``in`` stays the host of a cooperative exercise; one named with
  ``with`` or ``alongside`` its partner.

* **A place left is no one met.** ``The delegation left Astana airport for
  talks``: the airport, base or city a party departs (``departure_verbs``,
  its object or ``from`` phrase) is no recipient of the meeting.

* **A member's proposal to its own organisation is no event between
  parties.** ``Uzbekistan and Kazakhstan proposed expanding the SCO's
  structure``: a proposal (``proposal_verbs``) by a member state aimed at
  an organisation it belongs to on the day is the organisation's internal
  business (the events convention leaves intra-organisation proposals
  uncoded).

* **A drill's scenario and an open approval are no acts.**
  ``Troops practised humanitarian assistance``: an event noun a unit
  practises, rehearses or simulates (``rehearsal_verbs``) is the drill's
  scenario. ``welcomed any effort to ease tensions``: support of ``any``
  or ``all`` such acts (``open_quantifiers``) approves none that took
  place.

* **Words that name no act here.** A conversation with the press is an
  interview (``press_nouns``); air or fire support given to no one is a
  unit's combat role (``combat_support_words``); relations frozen with no
  doer named are a state (``relation_nouns``); a present participle that
  describes a noun (``the expanding partnership``) and an event noun that a
  verb bans (``prevent_verbs``) are no acts.

* **Acts of their own.** A material act's noun that dates another act
  (``frozen since an air strike``, ``separate_phrase_preps``) and a noun's
  participle with its own agent (``a deal brokered by China``) are never the
  content of the verb above them; a noun joined to another event noun
  (``a ceasefire and the withdrawal of troops``) stands where the first does.

* **Forces sent to join drills cooperate.** ``sent a battalion to take part
  in the CSTO exercise``: a deployment (MOBILIZE) whose purpose clause is
  military cooperation (CAMEO 062: taking part in, joining or holding drills)
  is that cooperation, as ``sent a battalion to the exercise`` is.

The words are lists in ``lang/en/events/words.tsv`` (``exercise_nouns``,
``unilateral_words``, ``joint_words``, ``show_of_force_preps``,
``comitative_preps``).
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups
from .held_abroad import news_of_its_own
from .object_sense import courtesy_request, hosted_forces

SHOW_OF_FORCE = "150"
MILITARY_COOPERATION = "062"
NOUNS = ("NOUN", "PROPN")
PARTY_ENTITIES = ("NORP", "GPE", "ORG")


def _exercise_nouns(tok, g) -> list:
    """The exercise nouns of a trigger: itself, or its objects."""
    nouns = W.words("exercise_nouns")
    cands = [tok, *g.children(tok, "object", "passive_subject")]
    return [t for t in cands if t.lemma_.lower() in nouns or t.lower_ in nouns]


def _posture_targets(heads, a_countries: set, actors: ActorGroups, g) -> list:
    """Coded mentions under a near/around phrase of the exercise (not the actor's own)."""
    preps = W.words("show_of_force_preps")
    out = []
    for h in heads:
        for p in h.subtree:
            if not (g.is_(p, "prep") and p.lower_ in preps):
                continue
            for t in p.subtree:
                mi = actors.tok2m[t.i]
                m = actors.mentions[mi] if mi >= 0 else None
                if m is not None and m.code and mi not in out and (m.country or m.org) not in a_countries:
                    out.append(mi)
    return out


def _has_partner(r_group: list, ex: list, actors: ActorGroups, g) -> bool:
    """A recipient named with ``with``/``alongside``, or a ``joint`` exercise."""
    if any(a.lower_ in W.words("joint_words") for t in ex for a in t.children):
        return True
    preps = W.words("comitative_preps")
    for mi in r_group:
        t = actors.doc[actors.span_of(mi).start]
        for _ in range(4):
            if t is None or t.head.i == t.i:
                break
            t = t.head
            if g.is_(t, "prep") and t.lower_ in preps:
                return True
    return False


def unilateral_exercise(c, a_group: list, r_group: list, actors: ActorGroups) -> list | None:
    """For a military exercise held by one side as a show of force: the
    recipient mentions it is aimed at (possibly none); None when the
    exercise is not one (a joint exercise, a hosted one, no exercise)."""
    if c.type != "COOPERATE" or "military" not in c.context or len(a_group) > 1:
        return None
    tok = c.tok
    g = grammar(tok)
    ex = _exercise_nouns(tok, g)
    if not ex:
        return None
    if _has_partner(r_group, ex, actors, g):
        return None
    heads = [tok, *ex] if tok.pos_ == "VERB" else [tok, tok.head]
    a_countries = {actors.mentions[m].country or actors.mentions[m].org for m in a_group} - {None}
    targets = _posture_targets(heads, a_countries, actors, g)
    unilateral = any(a.lower_ in W.words("unilateral_words") for t in ex for a in t.children)
    if targets:
        return targets
    # "the army will hold drills there whenever it sees fit": one named side's drills to come, with no one
    # named to join or host them, are no agreement (a promise needs a partner) but a show of force
    # (an organisation's drills are its members' joint ones)
    one_state = len(a_group) == 1 and not actors.mentions[a_group[0]].org
    announced = one_state and not r_group and _told_as_future(tok, g) and not _any_partner(tok, ex)
    return [] if unilateral or announced else None


def _any_partner(tok, ex: list) -> bool:
    """Drills told with a partner, coded or not ("with its allies", "alongside partners"), or
    hosted ("will host exercises"): no lone show of force."""
    if tok.lemma_.lower() in W.words("host_verbs"):
        return True
    preps = W.words("comitative_preps")
    return any(a.lower_ in preps for t in [tok, *ex] for a in t.children)


def _told_as_future(tok, g) -> bool:
    """Is the trigger a verb of holding drills told with a future auxiliary? (An exercise noun
    ("the Termez exercise will end on Friday") is the drills told before, not drills announced.)"""
    return tok.pos_ == "VERB" and any(a.lower_ in W.words("future_aux") for a in g.children(tok, "aux"))


def left_places(c, r_group: list, actors: ActorGroups) -> list:
    """The recipients of a meeting without the places its party departs."""
    if c.type != "CONSULT" or not r_group:
        return r_group
    g = grammar(c.tok)
    leave = W.words("departure_verbs")
    out = []
    for mi in r_group:
        span = actors.span_of(mi)
        t = span.root if span is not None else None
        left = False
        for _ in range(4):
            if t is None or t.head.i == t.i:
                break
            below, t = t, t.head
            if t.lemma_.lower() in leave and t.pos_ == "VERB":
                left = g.is_(below, "object") or (g.is_(below, "prep") and below.lower_ in W.words("departure_preps"))
                break
        if not left:
            out.append(mi)
    return out


def _founding_call(tok) -> bool:
    """``called for the creation of a development bank``: a request whose
    object is the founding or reform of a body (``founding_nouns``)."""
    g = grammar(tok)
    objs = list(g.children(tok, "object"))
    for p in g.children(tok, "prep"):
        objs.extend(g.children(p, "prep_object"))
    return any(o.lemma_.lower() in W.words("founding_nouns") for o in objs)


def _proposal(e, tok) -> bool:
    """A proposal trigger (``proposal_verbs``) of an AGREE, or a call for a
    body's founding or reform of a REQUEST."""
    if e.type == "AGREE":
        return tok.lemma_.lower() in W.words("proposal_verbs")
    return e.type == "REQUEST" and _founding_call(tok)


def internal_proposals(doc, events: list) -> list:
    """The events without a member state's proposal to its own organisation
    (``proposed expanding the SCO's structure``, ``called for the creation
    of an SCO development bank``)."""
    from ..actors.knowledge import orgs_of

    day = str(doc._.published or "")[:10] or "9999"
    out = []
    for e in events:
        r, a = e.recipient, e.actor
        if e.type in ("AGREE", "REQUEST") and r is not None and r.org and a is not None and a.country and not a.org:
            span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if span is not None and len(span) and _proposal(e, span[0]):
                if r.org in orgs_of(a.country, day):
                    continue
        out.append(e)
    return out


def _rehearsed(tok, g) -> bool:
    """An event noun (or a noun joined to one) that a drill practises."""
    t = tok
    for _ in range(4):
        if not g.is_(t, "conjunct") or t.head.i == t.i:
            break
        t = t.head
    h = t.head
    return g.is_(t, "object") and h.pos_ == "VERB" and h.lemma_.lower() in W.words("rehearsal_verbs")


def _open_approval(c, g) -> bool:
    """Support of ``any``/``all`` acts of a kind."""
    if c.type != "SUPPORT":
        return False
    q = W.words("open_quantifiers")
    return any(d.lower_ in q for o in g.children(c.tok, "object") for d in o.children if d.i < o.i)


def _conj_root(tok, g):
    """The first member of the coordination a token is in."""
    for _ in range(6):
        if not g.is_(tok, "conjunct") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def _cause(tok, g) -> bool:
    """An event noun given as a cause or background (``amid clashes``)."""
    t = _conj_root(tok, g)
    p = t.head
    if not g.is_(t, "prep_object") or p.i == t.i:
        return False
    if p.lower_ in W.words("reason_preps") and t.lemma_.lower() in W.words("reason_acts_kept") and news_of_its_own(t):
        return False  # "protested over the detention of A's citizens in B": the detention is news of its own
    return p.lower_ in W.words("cause_preps") or (p.lower_ in W.words("reason_preps") and _reason_of(p, g))


def _reason_of(p, g) -> bool:
    """``sanctioned two ministers over the offensive``: the preposition hangs on
    a punishment, charge or protest (``reason_heads``), or on its object."""
    h = p.head
    for _ in range(2):
        if h.lemma_.lower() in W.words("reason_heads"):
            return True
        if h.head.i == h.i or not g.is_(h, "object", "apposition"):
            return False
        h = h.head
    return False


def _failed(tok, g) -> bool:
    """``the failure to support Armenia``, ``restrictions on military assistance``."""
    h = tok.head
    if h.i == tok.i:
        return False
    if h.pos_ == "NOUN" and h.lemma_.lower() in W.words("failure_nouns"):
        return True
    if not (g.is_(tok, "prep_object") and h.lower_ in W.words("stopping_preps")) or h.head.i == h.i:
        return False
    return h.head.pos_ == "NOUN" and h.head.lemma_.lower() in W.words("stopping_nouns")


def _enabled(tok, g) -> bool:
    """``the transactions allowed Russia to buy``: a thing allows, no party;
    ``the sanctions freeze assets``: a measure or meeting acts, no party."""
    if tok.pos_ != "VERB":
        return False
    from .lexicon import lexicon

    enabling = tok.lemma_.lower() in W.words("enabling_verbs")
    rules = lexicon().rules
    subj = g.children(tok, "subject")
    if not subj and g.is_(tok, "open_complement"):  # "the upgrade is meant to allow"
        subj = g.children(tok.head, "subject", "passive_subject")
    for s in subj:
        lem = s.lemma_.lower()
        if s.pos_ != "NOUN":
            continue
        if lem in W.words("means_nouns") or lem in W.words("thing_nouns") or lem in W.words("measure_nouns"):
            return True
        if enabling and any(r.pos != "VERB" for r in rules.get(lem, ())):
            return True
    return False


def _commented(tok, g) -> bool:
    """``the summit exposed divisions``: a definite or possessed event noun
    that is the subject of a verb that comments on it."""
    h = tok.head
    if not g.is_(tok, "subject") or h.i == tok.i or h.pos_ not in ("VERB", "AUX"):
        return False
    if h.lemma_.lower() in W.words("occurrence_verbs"):
        return False
    if any(g.is_(c, "prep") and c.lower_ in W.words("party_preps") for c in tok.children):
        return False
    dets = W.words("definite_determiners")
    return g.has_child(tok, "possessor") or any(d.lower_ in dets for d in g.children(tok, "determiner"))


def _interview(c, g) -> bool:
    """``Our correspondent talked about this with X``: a conversation of or
    with the press (``press_nouns``) is an interview, no meeting of parties."""
    if c.type != "CONSULT":
        return False
    press = W.words("press_nouns")
    tok = c.tok
    if any(s.lemma_.lower() in press for s in g.children(tok, "subject")):
        return True
    return any(n.lemma_.lower() in press for p in g.children(tok, "prep") for n in g.children(p, "prep_object"))


def _combat_support(c, g) -> bool:
    """``helicopters are providing air support``: a unit's combat role
    (``combat_support_nouns`` with ``combat_support_words``), no aid given to
    anyone unless a recipient is named (``to``/``for``, a dative)."""
    if c.type != "AID" or c.tok.pos_ != "VERB":
        return False
    tok = c.tok
    words = W.words("combat_support_words")
    combat = any(
        o.lemma_.lower() in W.words("combat_support_nouns") and any(m.lower_ in words for m in o.children)
        for o in g.children(tok, "object", "passive_subject")
    )
    if not combat or g.has_child(tok, "dative"):
        return False
    return not any(p.lower_ in W.words("aid_recipient_preps") for p in g.children(tok, "prep"))


def _state_of_relations(c, g) -> bool:
    """``Relations between the two neighbours have been frozen``: relations
    (``relation_nouns``) reduced with no doer named (no agent, no possessor)
    are a state between the parties, no act of either."""
    tok = c.tok
    if c.type != "SANCTION" or tok.pos_ != "VERB" or g.has_child(tok, "agent"):
        return False
    subj = g.children(tok, "passive_subject")
    return bool(subj) and all(
        s.lemma_.lower() in W.words("relation_nouns") and not g.has_child(s, "possessor") for s in subj
    )


def _attributive(tok, g) -> bool:
    """``its expanding security partnership``, ``the growing threat``: a
    present participle that describes a noun names no act (one parsed as an
    object or subject with a possessor of its own is such a modifier too)."""
    if tok.pos_ != "VERB" or tok.tag_ != "VBG":
        return False
    return g.is_(tok, "adjective") or (g.is_(tok, "object", "subject") and g.has_child(tok, "possessor"))


def _condition(tok, g) -> bool:
    """``to assist an ally under attack``, ``a city under siege``: an event
    noun in a phrase that describes another noun (``condition_preps``) names
    a party's condition, not an act told (``came under attack`` stays); a
    bare noun so placed on a verb other than an exposure verb (``assist an ally
    under attack``, parsed on the verb) is that condition too."""
    p = tok.head
    if not g.is_(tok, "prep_object") or p.i == tok.i or p.lower_ not in W.words("condition_preps"):
        return False
    h = p.head
    if h.i == p.i:
        return False
    if h.pos_ in NOUNS:
        return True
    bare = not any(True for _ in g.children(tok, "determiner", "possessor"))
    return bare and h.pos_ == "VERB" and h.lemma_.lower() not in W.words("exposure_verbs")


def _awaited(tok, g) -> bool:
    """``sanctions stay until the last prisoner is released``, ``unless Baku
    withdraws its troops``: a verb in a clause of a condition yet to be met
    (``condition_markers``, in the present tense) is awaited, not told."""
    if tok.pos_ != "VERB" or not g.is_(tok, "adverbial_clause"):
        return False
    if not any(m.lower_ in W.words("condition_markers") for m in g.children(tok, "marker")):
        return False
    tenses = W.words("present_tags")
    return tok.tag_ in tenses or any(a.tag_ in tenses for a in g.children(tok, "aux", "passive_aux"))


def _standing(c, g) -> bool:
    """``Russian border guards still patrol the border``: a material act in the
    simple present with an adverb of a standing arrangement (``standing_adverbs``)
    is a state of affairs, not news."""
    tok = c.tok
    if tok.pos_ != "VERB" or not c.quad.startswith("material") or g.has_child(tok, "aux"):
        return False
    if "Pres" not in tok.morph.get("Tense") or "Fin" not in tok.morph.get("VerbForm"):
        return False
    return any(a.lower_ in W.words("standing_adverbs") for a in g.children(tok, "adverb"))


def _imperative(tok, g) -> bool:
    """``"take equipment where it is cheap," he said``, ``they say declare a
    ceasefire``: a bare verb with no subject and no auxiliary, heading the
    sentence or told by a saying verb (``imperative_frames``), urges an act
    that is not told as done."""
    t = _conj_root(tok, g)
    if tok.tag_ != "VB" or t.tag_ != "VB" or t.pos_ != "VERB":
        return False
    if g.has_child(t, "subject", "aux") or g.has_child(tok, "subject", "aux"):
        return False
    if g.is_(t, "root"):
        return True
    h = t.head
    return (
        h.i != t.i
        and g.is_(t, "clausal_complement", "open_complement", "parataxis")
        and h.lemma_.lower() in W.words("imperative_frames")
    )


def people_on_the_move(c) -> bool:
    """``open the gates for millions of Syrian refugees to travel to Europe``:
    people on the move (``migrant_nouns``, or a number ``of`` them as the
    subject) make no visit. (The framing act still reads its place: the
    warning is aimed at Europe.)"""
    tok = c.tok
    g = grammar(tok)
    if c.mode != "visit" or tok.pos_ != "VERB":
        return False
    for s in g.children(tok, "subject"):
        nouns = [s, *(o for p in g.children(s, "prep") if p.lower_ == "of" for o in g.children(p, "prep_object"))]
        if any(n.lemma_.lower() in W.words("migrant_nouns") for n in nouns):
            return True
    return False


def _resolve_against_no_one(tok, g) -> bool:
    """``we will not allow instability to come to our borders``, ``will not
    allow any foreign military bases``: a permission verb (``permit_verbs``)
    said no to with no party named in what is not allowed is a stance, no
    refusal of anyone's request (``will not allow Russia to use its airspace`` stays)."""
    if tok.lemma_.lower() not in W.words("permit_verbs") or not g.negated(tok):
        return False
    for c in g.children(tok, "object", "clausal_complement", "open_complement"):
        if any(t.ent_type_ in PARTY_ENTITIES + ("PERSON",) for t in c.subtree):
            return False
    return True


def _earlier_one(tok, g) -> bool:
    """``the previous meeting in this format took place in Samarkand``: an
    event noun marked as an earlier one of its kind (``earlier_one_modifiers``)
    recalls what was news before, no act told here."""
    return any(c.lower_ in W.words("earlier_one_modifiers") for c in g.children(tok, "adjective"))


def _prohibited(tok, g) -> bool:
    """``its doctrine prohibits the deployment of foreign bases``: an event
    noun that a verb bans or prevents (``prevent_verbs``) is not done."""
    h = tok.head
    return g.is_(tok, "object") and h.pos_ == "VERB" and h.lemma_.lower() in W.words("prevent_verbs")


def no_act(c) -> bool:
    """A candidate that names no act: a drill's scenario, an event noun given
    as a cause, an act failed, an open approval, a thing that allows."""
    tok = c.tok
    g = grammar(tok)
    if tok.pos_ in ("NOUN", "PROPN") and (_rehearsed(tok, g) or _cause(tok, g) or _commented(tok, g)):
        return True
    if _failed(tok, g) or _open_approval(c, g) or _enabled(tok, g) or _interview(c, g) or _combat_support(c, g):
        return True
    if (
        _state_of_relations(c, g)
        or _attributive(tok, g)
        or (tok.pos_ in NOUNS and (_prohibited(tok, g) or _condition(tok, g) or _earlier_one(tok, g)))
        or _awaited(tok, g)
        or _resolve_against_no_one(tok, g)
        or _standing(c, g)
        or _imperative(tok, g)
        or hosted_forces(c)
        or courtesy_request(c)
        or (tok.pos_ in NOUNS and g.is_(tok, "object") and tok.head.i != tok.i and _imperative(tok.head, g))
    ):
        return True
    # what a thing allows ("allowed Russia to buy goods") is enabled, not told as done
    return g.is_(tok, "open_complement", "clausal_complement") and tok.head.i != tok.i and _enabled(tok.head, g)


def mediated_parties(c):
    """``Riyadh and Tehran agreed in a deal brokered by China``, ``NATO agreed
    to raise spending, a target pushed by Trump``: the parties of a deal that
    a mediation participle describes (``mediation_codes``), or those who took
    up an aim a participle with its own doer describes (``aim_nouns``), are
    the subject of the verb the noun hangs on (as object, in a phrase or as
    an adverbial noun); the recipient head of the mediator or proposer, or None."""
    tok = c.tok
    g = grammar(tok)
    if tok.pos_ != "VERB" or not g.is_(tok, "clause_modifier") or tok.head.i == tok.i:
        return None
    n = tok.head
    aim = n.lemma_.lower() in W.words("aim_nouns") and agent_modifier(tok, g)
    if n.pos_ not in NOUNS or not (aim or c.cameo in W.words("mediation_codes")):
        return None
    v = n.head
    if g.is_(n, "prep_object") and g.is_(v, "prep"):
        v = v.head
    elif not g.is_(n, "object", "noun_adverbial"):
        return None
    if v.i == n.i or v.pos_ not in ("VERB", "AUX"):
        return None
    subjects = g.children(v, "subject")  # the nearest: a dateline may parse as a subject too
    return subjects[-1] if subjects else None


def first_noun_conjunct(t, g):
    """The first of the nouns a noun is coordinated with (itself where it is
    none's conjunct): an event noun joined to another stands where it stands."""
    for _ in range(6):
        h = t.head
        if not g.is_(t, "conjunct") or h.i == t.i or t.pos_ not in NOUNS or h.pos_ not in NOUNS:
            break
        t = h
    return t


def separate_phrase(c, g) -> bool:
    """A material act's noun that names its parties, in a phrase that dates
    the act it hangs from by it (``have been frozen since an Indian air
    strike``, ``separate_phrase_preps``), or a visit or meeting whose visitor is named in a ``during``
    phrase (``visit_occasion_preps``): an act of its own, never the content. (A meeting there, ``will travel to
    Poland after a NATO summit``, is the occasion and stays with its verb.)"""
    t = c.tok
    if c.type == "CONSULT" and g.is_(t, "prep_object") and t.head.lower_ in W.words("visit_occasion_preps"):
        # "signed the contract during the visit of X to Y": the visit, its visitor named, is news of its own
        # ("signed ... during a visit to Tashkent": whose visit the phrase does not say)
        return g.has_child(t, "possessor") or any(p.lower_ == "of" for p in g.children(t, "prep"))
    if not c.quad.startswith("material") or t.pos_ not in ("NOUN", "PROPN"):
        return False
    if not g.is_(t, "prep_object") or t.head.i == t.i or not g.is_(t.head, "prep"):
        return False
    if t.head.lower_ in W.words("reason_preps") and t.lemma_.lower() in W.words("reason_acts_kept"):
        # "protested over the detention of A's citizens in B": B's holding of A's citizens, news of its own
        # ("sanctioned officials over the detention of activists" names no holder: the sanction's reason)
        return news_of_its_own(t)
    if not names_parties(t, g):
        return False  # ("after last week's clashes": the background of what is told)
    return t.head.lower_ in W.words("separate_phrase_preps")


def agent_modifier(t, g) -> bool:
    """A participle that modifies an event or a deal and names its own doer
    (``a deal brokered by China``, ``a dinner hosted by the king``): the
    doer's act, not the content of the verb above. (One that describes a
    party, ``forces backed by Russian warplanes``, stays a description.) So
    does one on a goal or plan someone puts forward (``aim_nouns``: ``raise
    spending to 5 percent, a target pushed by Trump``)."""
    if not (g.is_(t, "clause_modifier") and t.tag_ == "VBN" and g.has_child(t, "agent")) or t.head.i == t.i:
        return False
    return event_noun(t.head) or t.head.lemma_.lower() in W.words("aim_nouns")


def event_noun(tok) -> bool:
    """A noun that names an event or a deal: a trigger noun of the rows, a
    deal (``thing_nouns``) or an occasion (``setting_nouns``)."""
    from .lexicon import lexicon

    lem = tok.lemma_.lower()
    if lem in W.words("thing_nouns") or lem in W.words("setting_nouns"):
        return True
    return any(r.pos != "VERB" and r.cameo for r in lexicon().rules.get(lem, ()))


def names_parties(tok, g) -> bool:
    """An event noun that names a party of its own: a national adjective or
    name among its modifiers, a possessor, or a ``with``/``between`` phrase."""
    if g.has_child(tok, "possessor"):
        return True
    for c in tok.children:
        if c.ent_type_ in PARTY_ENTITIES and g.is_(c, "adjective", "compound", "noun_modifier"):
            return True
        if g.is_(c, "prep") and c.lower_ in W.words("party_preps") and c.lower_ != "of":
            return True
    return False


def sent_to_cooperate(outer, inner) -> None:
    """A MOBILIZE trigger whose own purpose clause (its open complement or
    adverbial clause) is military cooperation takes that act's code and
    category (see module doc). Changes ``outer`` in place."""
    t = inner.tok
    g = grammar(t)
    if outer.type != "MOBILIZE" or inner.cameo != MILITARY_COOPERATION or t.head.i != outer.i:
        return
    if g.is_(t, "open_complement", "adverbial_clause") and t.pos_ == "VERB":
        outer.cameo, outer.type, outer.quad, outer.mode = inner.cameo, inner.type, inner.quad, inner.mode
