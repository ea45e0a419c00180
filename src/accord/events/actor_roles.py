"""Who did it and to whom: the head words of a trigger's actor and recipient.

For a verb: its subject, or for a passive the ``by`` agent (the passive
subject is then the recipient), climbing through complement and relative
clauses; the recipient is an object or a ``with/to/against/on`` phrase. For
an event noun: a possessor or modifier (``US sanctions``) or a ``by`` phrase
is the actor, a ``on/against/with/to`` phrase the recipient, else the roles
of the verb that governs the noun.
"""

from __future__ import annotations

from ..syntax import grammar
from . import words as W
from .actor_groups import ActorGroups
from .arg_slots import bound_small_clause, holder_in, listed_after_phrase, off_slot
from .dateline import is_dateline, past_dateline
from .joined import joined_object_owner, joined_owner
from .object_targets import object_target
from .parties import party_words
from .party_spans import event_actor, party, pronoun_party, speaker_actor, uncoded_party  # noqa: F401 (imported here)
from .place_time import PLACE_LABELS
from .relatives import (
    earlier_subject_target,
    partner_target,
    possessor_target,
    pronoun_target,
    relative_target,
    second_partner_phrase,
)
from .requested_at import asked_by


def subject_of(tok, actors: ActorGroups):
    """(actor head token, recipient head token) for a verb trigger: the subject,
    or for a passive the ``by`` agent (the passive subject is then the
    recipient); climbs through xcomp/acomp/conj/advcl/relcl heads when the
    trigger has no subject of its own, and past a pronoun subject that no
    mention covers (``Syria says it is willing to ...``)."""
    g = grammar(tok)
    t = tok
    fallback = None
    for _ in range(6):
        subj, agent, passive = _own_subject(t, g)
        if subj is not None and is_dateline(subj, actors):
            subj = past_dateline(subj, t, g)
        if passive and agent is None and subj is not None and t.lower_ in W.words("stative_participles"):
            passive = False  # "Mongolia is committed to ...", "Baku is opposed to ...": its own stance
        if passive:
            if subj is not None and subj.pos_ == "NOUN" and not actors.group(subj) and _event_noun(subj):
                # "The exercise was agreed at the summit of A, B and C": the event is no party;
                # the verb's own phrases name them
                subj = None
            return agent, subj
        if subj is None and t.i == tok.i:
            subj = _misparsed_subject(t, actors, g)
        if subj is not None:
            if subj.lower_ in W.words("relative_pronouns") and g.is_(t, "relative_clause"):
                if actors.group(t.head) or t.head.head.i == t.head.i:
                    return t.head, None
                # "a general strike that shut down the city": the strike's organisers
                t = t.head.head
                continue
            if (
                subj.pos_ == "PRON"
                and not actors.group(subj)
                and subj.lower_ not in W.words("speaker_pronouns")  # "we" is no third party named above
                and g.is_(t, "clausal_complement", "open_complement", "conjunct")
                and t.head.i != t.i
            ):
                fallback = fallback or subj
                t = t.head
                continue
            return _speaker_for_pronoun(subj, t, actors, g), None
        if _reported_conjunct(t, g):
            t = t.head.head  # "X said shells had landed and warned both sides": X warned
            continue
        if (
            g.is_(
                t,
                "open_complement",
                "conjunct",
                "adverbial_clause",
                "clause_modifier",
                "clausal_complement",
                "adjectival_complement",
                "prep_clause",
            )
            and t.head.i != t.i
        ):
            if g.is_(t, "clause_modifier"):
                roles = _participle_roles(t, actors, g)
                if roles is None:
                    break
                return roles
            ctrl = _object_controller(t, actors, g)
            if ctrl is not None:
                return ctrl, None
            if bound_small_clause(t, g):
                t = t.head  # "declared three diplomats persona non grata, accusing them": not the diplomats
            t = t.head
            if g.is_(t, "prep") and t.head.i != t.i:
                t = t.head
            continue
        if g.is_(t, "relative_clause"):
            return _causer(t, actors, g) or t.head, None
        if g.is_(t, "prep") and t.pos_ == "VERB" and t.head.i != t.i:
            t = t.head  # a participle as preposition: "said following a meeting with ..."
            continue
        break
    return fallback, None


def _reported_conjunct(t, g) -> bool:
    """A past verb with no subject that the parse coordinates with the
    complement of a past report verb in another tense ("said shells had
    landed ... and warned", "said that the border is ... and thanked"): the
    two cannot share the complement's auxiliary or tense, so the verb is
    the reporter's own second act, coordinated with the report verb."""
    if t.tag_ != "VBD" or not g.is_(t, "conjunct") or t.head.i == t.i:
        return False
    h = t.head
    if not g.is_(h, "clausal_complement") or h.head.i == h.i or h.head.tag_ != "VBD":
        return False
    return h.tag_ != "VBD" or any(g.is_(c, "aux", "passive_aux") for c in h.children)


def _object_controller(t, actors: ActorGroups, g):
    """The object of the verb an infinitive complements, who does what the
    infinitive says ("prompting Washington to expel Turkey", "forced Baku to
    withdraw"): a coded party named before the infinitive; else None."""
    if not g.is_(t, "open_complement") or t.tag_ != "VB" or t.head.i == t.i:
        return None
    if t.head.lemma_.lower() in W.words("subject_control_verbs"):
        return None  # "promised Baku to deliver": the one who promised
    for o in g.children(t.head, "object"):
        if o.i < t.i and any(actors.mentions[m].code for m in actors.group(o)):
            return o
    return None


def _causer(t, actors: ActorGroups, g):
    """The one who had it done: the subject of a verb of ordering whose object
    a passive infinitive clause describes ("Rahmon ordered 20,000 reservists
    to be called up"); else None."""
    n = t.head
    if not g.has_child(t, "passive_aux") or not g.is_(n, "object") or n.head.i == n.i:
        return None
    v = n.head
    if v.lemma_.lower() not in W.words("causative_verbs"):
        return None
    return subject_of(v, actors)[0]


def _event_noun(tok) -> bool:
    """An exercise, a deal, a meeting: an event or document, never a party."""
    lemma = tok.lemma_.lower()
    return lemma in W.words("exercise_nouns") or lemma in W.words("thing_nouns") or tok.lower_ in W.words("thing_nouns")


def _speaker_for_pronoun(subj, t, actors: ActorGroups, g):
    """A pronoun subject of a reported clause that stands for the speaker
    named in the same sentence ("Tokayev says he will seek ...", "Syria
    said it would ..."): the speaker, who the pronoun's mention is coded as;
    else the subject itself."""
    if subj.pos_ != "PRON" or not g.is_(t, "clausal_complement") or t.head.i == t.i:
        return subj
    mp = actors.at(subj)
    sp = g.child(t.head, "subject")
    ms = actors.at(sp) if sp is not None else None
    if mp is None or ms is None:
        return subj
    a, b = actors.mentions[mp], actors.mentions[ms]
    return sp if a.code and a.code == b.code else subj


def _participle_roles(t, actors: ActorGroups, g):
    """(actor, recipient) of a participle clause on a noun, or None for no
    roles. A main clause the parser took for a noun's modifier ("An official
    newspaper called on Arabs ...", "Youths resorted to ..., officials
    said"): the noun acts. A past participle ("troops deployed in X"): the
    noun is acted on. A present participle is left unlinked: the parse often
    hangs it on the wrong noun, and a statement's issuer acting for it
    ("issued a statement calling on X") is what ConfliBERT's classes read as
    a statement (measured: linking either lowered conflibert-class and -args)."""
    n = t.head
    top = n
    while g.is_(top, "prep_object") and g.is_(top.head, "prep") and top.head.head.pos_ in ("NOUN", "PROPN"):
        top = top.head.head  # "Doctors from two aid groups donated ...": the sentence's noun root
    if (g.is_(top, "root") and top.pos_ in ("NOUN", "PROPN") and _full_sentence(t, g)) or (
        g.is_(n, "subject")
        and n.head.i > t.right_edge.i
        and n.head.lemma_.lower() in W.words("report_cues")
        and n.head.pos_ == "VERB"
    ):
        return (top if g.is_(top, "root") else n), None
    if t.tag_ == "VBN":
        agent = _own_subject(t, g)[1]
        if agent is not None and any(actors.mentions[m].code for m in actors.group(agent)):
            # "an agreement reached by A and B", "areas vacated by US troops": the agent acts
            return agent, n
        return None, n
    return None


def _full_sentence(t, g) -> bool:
    """Is the participle's sentence a full stop-ended sentence (not a
    headline such as "Three soldiers killed in attack", whose participle is
    passive) and the participle without a ``by`` agent?"""
    words = [x for x in t.sent if not x.is_space]  # (a paragraph's sentence ends in its line breaks)
    return bool(words) and words[-1].text in (".", "!", "?") and not g.has_child(t, "agent")


def _misparsed_subject(t, actors: ActorGroups, g):
    """A finite verb with no subject in the parse ("With the signing of ...,
    the government and the rebels have agreed"): the party named just before
    its auxiliaries (the first of its coordinated parties), or None. So for
    a clause opened by ``that`` ("Recall that, with the mediation of X, A and
    B signed ..."). A list hung on the object of a fronted phrase keeps that
    object out: the phrase ends at the comma after it (X mediated; A and B
    signed)."""
    if t.pos_ != "VERB" or t.tag_ in ("VB", "VBG") or not (g.is_(t, "root") or _that_clause(t, g)):
        return None
    left = [c.i for c in t.children if c.i < t.i and g.is_(c, "aux", "passive_aux", "negation")]
    k = min(left + [t.i]) - 1
    if k < 0 or k < t.sent.start:
        return None
    x = t.doc[k]
    if x.pos_ not in ("NOUN", "PROPN") or actors.at(x) is None or x.head.i == t.i:
        return None
    for _ in range(6):
        if not (g.is_(x, "conjunct") and actors.at(x.head) is not None):
            break
        if listed_after_phrase(x, g):
            break  # "with the mediation of X, A and B signed": A and B
        x = x.head
    if g.is_(x, "conjunct"):
        return x
    m = actors.span_of(actors.at(x))
    return m.root if m is not None else x


def _that_clause(t, g) -> bool:
    """Is ``t`` the verb of a clause opened by ``that`` under another verb?"""
    return g.is_(t, "clausal_complement") and any(m.lower_ == "that" for m in g.children(t, "marker"))


def _own_subject(t, g):
    """(subject, passive agent noun, passive?) among a predicate's children;
    the last subject child wins, as the parse lists them."""
    subj = agent = None
    passive = False
    for c in t.children:
        # the role "clausal_subject" also holds csubjpass, which is no subject here
        if g.is_(c, "subject") or c.dep_ == "csubj":
            subj = c
        elif g.is_(c, "passive_subject"):
            passive = True
            subj = c
        elif g.is_(c, "agent"):
            for p in g.children(c, "prep_object"):
                agent = p
    return subj, agent, passive


def noun_roles(tok, actors: ActorGroups):
    """(actor head, recipient head) for an event noun: possessor/modifier or
    ``by`` phrase = actor, ``on/against/with/to`` phrase = recipient; else the
    subject of the governing verb (through a noun the trigger modifies:
    ``undertook a mediation mission between X and Y``)."""
    g = grammar(tok)
    if (
        g.is_(tok, "compound", "adjective")
        and tok.head.i != tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
        and actors.at(tok) is None
    ):
        a, r = noun_roles(tok.head, actors)
        if a is not None or r is not None:
            return a, r
    asked = asked_by(tok, g)
    if asked is not None:
        # "sent troops at the request of X": X asked the sender; a passive with no agent names no one asked
        doer = subject_of(asked[1], actors)[0]
        if doer is None or not any(actors.mentions[m].code for m in actors.group(doer)):
            return None, None
        return asked[0], doer
    actor, rec, between, of_agent = _noun_own_roles(tok, actors, g)
    h = tok.head
    arg = tok
    if (
        h.i != tok.i
        and g.is_(h, "prep")
        and h.lower_ == "of"
        and g.is_(tok, "prep_object")
        and h.head.pos_ in ("NOUN", "PROPN")
        and actors.at(h.head) is None
        and g.is_(h.head, "object", "attribute", "predicative")
        and h.head.head.pos_ in ("VERB", "AUX")
    ):
        # "completed five days of joint exercises", "began a series of drills": the
        # governing verb of the measure noun
        arg = h.head
        h = arg.head
    if h.i != tok.i and (actor is None or rec is None):
        actor, rec = _governing_verb_roles(tok, h, arg, actor, rec, actors, g)
    if of_agent is not None and (actor is None or not any(actors.mentions[m].code for m in actors.group(actor))):
        actor = of_agent  # the governing verb's subject is no codable actor: the of-phrase is
    if actor is None:
        actor = _goods_origin(tok, actors, g)
    if between is not None:
        # "talks between X and Y": the parties; "mediation between X and Y" by someone else: the targets
        if actor is None:
            actor = between
        elif rec is None:
            rec = between
    return actor, rec


def _goods_origin(tok, actors: ActorGroups, g):
    """The state whose nationality qualifies the goods a handover noun hands
    over (``transfer_nouns``: "the supply of French armoured vehicles to X",
    "deliveries of US weapons"): the one that hands them over; else None."""
    if tok.lemma_.lower() not in party_words("transfer_nouns"):
        return None
    for pr in g.children(tok, "prep"):
        if pr.lower_ != "of":
            continue
        for p in g.children(pr, "prep_object"):
            for q in g.children(p, "adjective", "compound"):
                mi = actors.at(q)
                if mi is not None and actors.mentions[mi].country and not actors.mentions[mi].sector:
                    return q
    return None


def _noun_own_roles(tok, actors: ActorGroups, g):
    """(actor, recipient, between-object, of-agent) from an event noun's own
    dependents: modifiers and possessors, ``by``, ``with/to/...``, ``of``
    (the agent of a deployment or visit, or a recipient beneath it) and
    ``between``."""
    actor = rec = between = of_agent = None
    recipient_preps = W.words("recipient_preps")
    for c in tok.children:
        if (
            g.is_(c, "possessor", "compound", "adjective", "noun_modifier")
            and actors.at(c) is not None
            and actor is None
        ):
            actor = c
        elif not g.is_(c, "prep"):
            continue
        elif c.lower_ in recipient_preps and rec is None:
            for p in g.children(c, "prep_object"):
                rec = p
        elif c.lower_ == "by":
            for p in g.children(c, "prep_object"):
                actor = p
        elif (
            c.lower_ == "of"
            and of_agent is None
            and tok.lemma_.lower() in W.words("agent_of_nouns")
            and any(actors.group(p) for p in g.children(c, "prep_object"))
        ):
            # "the deployment of NATO troops", "a visit of the US delegation"
            of_agent = g.child(c, "prep_object")
        elif c.lower_ == "of" and rec is None:
            # "a suspension of rail links with Armenia"
            for p in g.children(c, "prep_object"):
                for pc in g.children(p, "prep"):
                    if pc.lower_ in recipient_preps:
                        for q in g.children(pc, "prep_object"):
                            if actors.group(q):
                                rec = q
        elif c.lower_ == "between":
            for p in g.children(c, "prep_object"):
                between = p
    return actor, rec, between, of_agent


def _governing_verb_roles(tok, h, arg, actor, rec, actors: ActorGroups, g):
    """Fill a noun's missing actor and recipient from the verb that governs it
    (directly or through a preposition): its subject and its recipient."""
    v = h if h.pos_ in ("VERB", "AUX") else (h.head if g.is_(h, "prep") else None)
    if (
        v is not None
        and actor is None
        and g.is_(arg, "passive_subject")
        and v.lemma_.lower() in party_words("authorship_verbs")
    ):
        # "the attack was organised / planned by X": X's attack
        actor = next((p for p in g.agents(v) if actors.group(p)), None)
    if v is not None and v.pos_ in ("VERB", "AUX"):
        if actor is None and g.is_(
            arg, "object", "prep_object", "attribute", "conjunct", "open_complement", "predicative"
        ):
            a, r = subject_of(v, actors)
            actor = a
            if rec is None and r is not None and r.i != tok.i and r.i != arg.i:
                rec = r
        if rec is None and not _speech_circumstance(v, h, arg, g):
            rec = verb_recipient(v, exclude=arg, actors=actors)
    return actor, rec


def _speech_circumstance(v, h, arg, g) -> bool:
    """The noun is when or where something was said ("told reporters after
    the meeting", "said at talks in Minsk"): the speech verb's audience is
    not a party to the noun's event."""
    return (
        h.i != v.i
        and g.is_(arg, "prep_object")
        and h.lower_ in W.words("place_preps")
        and v.lemma_.lower() in W.words("report_cues")
    )


def verb_recipient(tok, exclude=None, actors: ActorGroups | None = None):
    """The recipient head of a verb: an object or a ``with/to/against/...``
    phrase (``together with X`` too), the first with a coded mention; else
    the ``with/to`` phrase of the event noun it governs ('held talks with X')."""
    g = grammar(tok)
    owner = joined_object_owner(tok, actors, g) if actors is not None else None
    if owner is not None:
        return owner  # "join Western sanctions against Russia": the West's, not Russia
    found = []
    for c in g.children(tok, "object", "dative"):
        if not _same(c, exclude):
            if actors is None:
                return c
            found.append(c)
    for c in _recipient_preps_of(tok, g):
        if second_partner_phrase(tok, c, g):
            continue  # "contacts with France, which agreed ..., and with India": the main clause's
        for p in g.children(c, "prep_object"):
            if not _same(p, exclude):
                if actors is None:
                    return p
                found.append(p)
    # "demands the return of X", "a statement on X": no party slot; "the return of property seized by X": X
    found = [holder_in(h, tok) or h for h in found]
    found = [h for h in found if not off_slot(h, tok)]
    if found:
        # one's own units or things ("withdrew its troops from X") after the
        # state a thing goes to or comes from; then the first argument with a
        # coded mention, else the first with any mention
        found = [h for h in found if not _own(h, g)] + [h for h in found if _own(h, g)]
        coded = [h for h in found if any(actors.mentions[m].code for m in _slot_group(h, tok, actors))]
        if coded:
            return coded[0]
        anym = [h for h in found if _slot_group(h, tok, actors)]
        if anym:
            return anym[0]
    r = pronoun_target(tok, found, actors, g, verb_recipient) if actors is not None else None
    r = r or (_copula_subject_target(tok, found, actors, g) if actors is not None else None)
    if r is None and actors is not None and bound_small_clause(tok, g):
        r = g.child(tok.head, "subject")  # "declared three diplomats persona non grata, accusing them": the diplomats
    r = r or (earlier_subject_target(tok, found, actors, g) if actors is not None else None)
    r = r or _object_recipient(tok, exclude, actors, g)
    if r is None and actors is not None:
        # "took part in the CSTO's drills"; "steps by Yerevan that Moscow called unfriendly"
        r = joined_owner(tok, actors, g) or relative_target(tok, actors, g) or object_target(tok, actors, g)
        r = r or possessor_target(found, actors, g) or partner_target(tok, actors, g)
    return r


def _slot_group(h, tok, actors):
    """The mentions of ``h``'s group that are not named in a phrase that is no
    party slot of ``tok`` ("everything necessary for the defence of the
    Western borders": not the West)."""
    out = []
    for m in actors.group(h):
        span = actors.span_of(m)
        if span is None or not len(span) or not off_slot(span.root, tok):
            out.append(m)
    return out


def _copula_subject_target(tok, found: list, actors, g):
    """The state a pronoun object stands for when the verb is coordinated
    with a copular clause about that state ("Belarus is our ally, and we will
    provide it with ..."; ``object_pronouns`` "it", "them"): the copula's
    coded subject; else None."""
    h = tok.head
    if not g.is_(tok, "conjunct") or h.i == tok.i or h.lemma_.lower() != "be" or h.i > tok.i:
        return None
    pron = [o for o in found if o.lower_ in party_words("object_pronouns") and not actors.group(o)]
    sj = g.child(h, "subject")
    if not pron or sj is None or g.child(tok, "subject") is None:
        return None
    return sj if any(actors.mentions[m].code for m in actors.group(sj)) else None


def _own(h, g) -> bool:
    """Is the phrase one's own units or things ('its troops', 'their forces'),
    not a person ('his counterpart')?"""
    return any(c.lower_ in W.words("own_possessives") for c in g.children(h, "possessor"))


def _same(a, b) -> bool:
    """Are two tokens the same word? (spaCy makes a new Token on every access:
    compare positions, never identity.)"""
    return b is not None and a.i == b.i


def _recipient_preps_of(tok, g) -> list:
    """A verb's recipient prepositions, with those of 'together with X'."""
    recipient_preps = W.words("recipient_preps")
    preps = [c for c in g.children(tok, "prep") if c.lower_ in recipient_preps or c.lower_ == "between"]
    for c in g.children(tok, "adverb"):
        if c.lower_ in W.words("comitative_advs"):
            # "trained together with X"
            preps += [x for x in g.children(c, "prep") if x.lower_ in W.words("comitative_preps")]
    return preps


def _object_recipient(tok, exclude, actors, g):
    """Object of the event noun the verb governs: 'held talks with X'."""
    recipient_preps = W.words("recipient_preps")
    for c in g.children(tok, "object"):
        if _same(c, exclude):
            for cc in g.children(c, "prep"):
                if cc.lower_ in recipient_preps:
                    for p in g.children(cc, "prep_object"):
                        return p
        else:
            for cc in g.children(c, "prep"):
                if cc.lower_ in recipient_preps:
                    for p in g.children(cc, "prep_object"):
                        if (actors is None or actors.group(p)) and not off_slot(p, tok):
                            return p
    return None


def at_venue(actors: ActorGroups, mi: int) -> bool:
    """Is mention ``mi`` the object of an ``at`` phrase (a venue: ``at the United Nations``)
    or named in a phrase of a venue noun ("on the sidelines of the SCO summit")?"""
    span = actors.span_of(mi)
    if span is None:
        return False
    g = actors.g
    r = span.root
    if g.is_(r, "prep_object") and r.head.lower_ == "at":
        return True
    # (the mention's last word: "the" of "the SCO" may hang on the noun after it)
    return _in_venue_phrase(span[-1] if span[-1].head.i >= span.end or span[-1].head.i < span.start else r, g)


def _in_venue_phrase(r, g) -> bool:
    """Is ``r`` named in the phrase of a venue noun ("on the sidelines of the SCO summit")?"""
    for _ in range(4):  # "met on the sidelines of the SCO summit": the summit is where they met
        if g.is_(r, "compound", "adjective", "possessor") and r.head.i != r.i:
            r = r.head
        elif g.is_(r, "prep_object") and r.head.head.i != r.head.i:
            r = r.head.head
        else:
            return False
        if r.lemma_.lower() in W.words("venue_nouns") or r.lower_ in W.words("venue_nouns"):
            return True
    return False


def in_place_phrase(t, stop) -> bool:
    """Is ``t`` inside an ``in/at/near/on ...`` phrase below ``stop``? The
    place is the tagger's, or a mention the actors step found to be a place
    ("a meeting in Dushanbe" where the tagger took Dushanbe for an ORG)."""
    g = grammar(t)
    below = t
    for _ in range(8):
        if t.i == stop.i or t.head.i == t.i:
            return False
        if (
            g.is_(t, "prep")
            and t.lower_ in W.words("place_preps")
            and (below.ent_type_ in PLACE_LABELS or below.ent_type_ in ("DATE", "TIME") or _is_location(below))
        ):
            return True
        below = t
        t = t.head
    return False


def _is_location(tok) -> bool:
    """Does an actor mention of kind ``location`` cover ``tok``?"""
    at = tok.idx
    return any(m.kind == "location" and m.start <= at < m.end for m in (tok.doc._.mentions or []))
