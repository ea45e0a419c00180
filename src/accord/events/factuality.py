"""Which triggers report no news event (issue #16, item 5).

* **Background that describes a party**: a relative clause or participle on
  a noun, in the perfect or with ``since`` (``a militia that has held the
  valley since 2019``), or habitual; it says what the party is, not what
  happened.
* **A standing position**: what a party ``has repeatedly said`` (the
  content of a report verb with a habitual adverb).
* **Habitual statements**: an act done ``annually``, ``regularly``, ``every
  year`` (an institution's custom; ``routinely beat detainees`` stays news) (``staged annually``, ``Russia regularly holds exercises``).
* **A standing state of years**: the perfect with ``since`` an earlier year
  (``has deployed troops to the UN mission since 2018``).
* **A named party's present progressive** in a clause set off by a comma
  (``Finland, which is preparing to apply for membership``): who the party is.
* **Legal boilerplate** attached to names (``an organisation recognised as
  extremist and banned in Russia``): a participle or relative clause on a
  noun that carries one of the labels.
* **Standing states and descriptions** (#16): a present-tense act kept up
  (``border guards still patrol the border``), and an event inside a clause
  that describes a noun (``the treaty, which obliges members to assist an
  ally under attack``); a phase of an event named before (``the exercise will
  end on Friday``) is that event told again, not a promise; a warning that
  another party might act is a forecast, no threat of the speaker.

The words are lists in ``lang/en/events/words.tsv`` (``habitual_words``,
``period_words``, ``every_words``, ``since_preps``, ``boilerplate_words``) and, for the #16 rules,
``events/data/factuality_en.tsv``.
Hypotheticals, wishes and questions are not dropped but flagged
(:mod:`accord.events.flags`, :mod:`accord.events.speech`).
"""

from __future__ import annotations

from itertools import islice

from ..syntax import grammar
from . import words as W
from .flags import is_future, is_hypothetical, is_speculative, own_words

#: roles of a clause that modifies a noun
NOUN_CLAUSE_ROLES = ("relative_clause", "clause_modifier")


def _habitual_mods(t, g) -> bool:
    """``annually``, ``regularly``, ``every year`` on a verb."""
    for c in t.children:
        if g.is_(c, "adverb") and c.lower_ in W.words("habitual_words"):
            return True
        if (
            g.is_(c, "noun_adverbial", "prep_object", "object")
            and c.lemma_.lower() in W.words("period_words")
            and any(d.lower_ in W.words("every_words") for d in c.children)
        ):
            return True
    return False


def _ongoing(t, g) -> bool:
    """A verb that tells an act going on now rather than a custom: the
    progressive (``is currently providing food every month``), or a transfer
    of aid (``ongoing_aid_verbs``: ``annually provides aid``, a standing act of support)."""
    if t.lemma_.lower() in W.words("ongoing_aid_verbs"):
        return True
    return t.tag_ == "VBG" and any(g.is_(c, "aux") and c.lemma_.lower() == "be" for c in t.children)


def is_habitual(tok) -> bool:
    """The trigger (or, for an event noun, the verb it is an argument of)
    states a habit; an act going on (:func:`_ongoing`) is news, not one."""
    g = grammar(tok)
    if _habitual_mods(tok, g):
        return not _ongoing(tok, g)
    h = tok.head
    if tok.pos_ in ("NOUN", "PROPN") and h.i != tok.i and g.is_(tok, "subject", "passive_subject", "object"):
        return _habitual_mods(h, g) and not _ongoing(h, g)
    return False


def _noun_clause(tok, g):
    """The verb of the noun-modifying clause the trigger heads (through one
    coordination: ``recognised as extremist and banned``), or None."""
    t = tok
    if g.is_(t, "conjunct") and t.head.i != t.i:
        t = t.head
    if not g.is_(t, *NOUN_CLAUSE_ROLES) or t.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if g.is_(t, "clause_modifier") and g.has_child(t, "subject", "passive_subject"):
        return None  # "an allegation that the NPFL had taken ...": the noun's content, not a description
    return t


def _own_subject(t, g) -> bool:
    """The clause has a subject of its own (``the claim, which Baku denies``,
    ``the drills Tokyo objected to``): a party's act on the noun, not a description of it."""
    subj = g.child(t, "subject")
    if subj is None or subj.lower_ in W.words("relative_pronouns") or subj.pos_ == "DET":
        return False
    for c in t.children:  # "where he had attended", "years in which they fought": the scene, not an act on it
        if c.lower_ in W.words("relative_adverbs"):
            return False
        if (
            g.is_(c, "prep")
            and c.i < t.i  # "in which they fought"; a stranded one is an act on the noun: "which Tokyo objected to"
            and any(p.lower_ in W.words("relative_pronouns") for p in g.children(c, "prep_object"))
        ):
            return False
    return True


def _party_at_scene(t, g) -> bool:
    """A clause opened by ``where``/``when`` with a subject of its own
    (``the sea, where coast guard ships have used water cannon``): a party's
    act at the place or time, news when told in the perfect. A pronoun there
    mostly carries on the main clause's story (``returning from Baku, where he
    had attended a summit``): background of it."""
    subj = g.child(t, "subject")
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in W.words("relative_pronouns"):
        return False
    return any(c.lower_ in W.words("relative_adverbs") for c in t.children)


def acts_on_noun(tok) -> bool:
    """The trigger heads a relative clause with a subject of its own (``a
    claim Baku denied``): the writer's report of that party's act, even where
    the claim the noun names is someone else's."""
    g = grammar(tok)
    return g.is_(tok, "relative_clause") and _own_subject(tok, g)


def describes_party(tok) -> bool:
    """A background clause on a noun: perfect or ``since`` (``that has held
    the valley since 2019``), or in the simple present (``a NATO member that
    buys Russian missiles``)."""
    g = grammar(tok)
    t = _noun_clause(tok, g)
    if t is None or tok.pos_ not in ("VERB", "AUX") or _own_subject(t, g):
        return False
    if "Pres" in tok.morph.get("Tense") and "Fin" in tok.morph.get("VerbForm") and not g.has_child(tok, "aux"):
        return True  # "a member that buys Russian missiles", "a doctrine that bans bases": what the party is
    if _party_at_scene(t, g):
        return False  # (a standing state of years stays background: standing_since_years)
    for c in [*tok.children, *t.children]:
        if g.is_(c, "aux") and c.lower_ in W.words("perfect_aux"):
            return True
        if g.is_(c, "prep") and c.lower_ in W.words("since_preps"):
            return True
    return False


def describes_named_party(tok) -> bool:
    """A clause set off by a comma on a named party, told in the present
    progressive (``Finland and Sweden, which are preparing to apply for
    membership``): what the party is doing, told to say who it is; the act, if
    news, is told in a clause of its own. (Not the future: ``Turkey, which will
    host the next summit`` is a scheduled act, AGREE with ``future``.)"""
    g = grammar(tok)
    if not g.is_(tok, "relative_clause") or tok.head.pos_ != "PROPN" or tok.tag_ != "VBG":
        return False
    subj = g.child(tok, "subject")
    if subj is None or subj.lower_ not in W.words("relative_pronouns") or subj.i == 0:
        return False
    if tok.doc[subj.i - 1].text != ",":
        return False
    return any(g.is_(c, "aux") and c.lemma_.lower() == "be" and c.tag_ in ("VBP", "VBZ") for c in tok.children)


def told_of_named_party(tok, category: str | None = None) -> bool:
    """A clause set off by a comma on a named party, told in the simple past
    (``Armenia, which froze its participation in the bloc, did not send
    troops``): background that says who the party is; the news is the main
    clause. A dated clause (``France, which agreed last year to supply
    radars``; ``Russia, which struck Kyiv overnight, said ...``: a date, a
    weekday, ``news_day_words``) stays an act, and so does a physical act
    (``told_acts``: ``Kyiv condemned Moscow, which fired 40 missiles at
    Kharkiv``)."""
    if category in W.categories("told_acts"):
        return False
    g = grammar(tok)
    if not g.is_(tok, "relative_clause") or tok.head.pos_ != "PROPN" or tok.tag_ != "VBD":
        return False
    subj = g.child(tok, "subject")
    if subj is None or subj.lower_ not in W.words("relative_pronouns") or subj.i == 0:
        return False
    if tok.doc[subj.i - 1].text != "," or g.has_child(tok, "aux", "passive_aux"):
        return False
    days = own_words("news_day_words") | W.words("weekdays")
    return not any(t.lower_ in days or t.ent_type_ in ("DATE", "TIME") for t in tok.subtree)


def in_request_content(tok) -> bool:
    """A verb or noun inside what a request or proposal asks for, out of the
    embedding's reach (:mod:`accord.events.embedding` takes the first
    infinitive and what lies within three heads of the request verb): a later
    conjunct (``called on X and Y to show restraint and to resolve all
    issues``) or a noun deep in the infinitive's object (``proposed to include
    in the programme the repelling of attacks by drones``). What is asked for
    is no act (``request_content_verbs``)."""
    g = grammar(tok)
    t, steps, conj = tok, 0, False
    while steps < 6 and t.head.i != t.i:
        if g.is_(t, "conjunct") and t.pos_ == "VERB" and t.head.pos_ == "VERB":
            conj = True
        elif t.pos_ == "VERB" and g.is_(t, "open_complement", "adverbial_clause"):
            h = t.head
            asked = h.lemma_.lower() in own_words("request_content_verbs") and any(c.tag_ == "TO" for c in t.children)
            return asked and (conj or steps + 1 > 3)
        elif not g.is_(t, "object", "prep_object", "prep"):
            return False
        t = t.head
        steps += 1
    return False


def _year_of(t) -> int | None:
    """A bare year (``2012``), or None."""
    if len(t.text) == 4 and t.text.isdigit() and t.text[:2] in ("19", "20"):
        return int(t.text)
    return None


def told_years_ago(tok) -> bool:
    """A relative clause on a party dated to an earlier year than the article's
    (``Tashkent, which left the CSTO in 2012``, ``Oman, which hosted talks in
    2021``): background that says who the party is, not this article's news (a
    later year may be what the act plans: ``agreed on a plan for 2025``)."""
    g = grammar(tok)
    t = _noun_clause(tok, g)
    if t is None or not g.is_(t, "relative_clause") or tok.pos_ not in ("VERB", "AUX"):
        return False
    published = str(getattr(tok.doc._, "published", None) or "")[:4]
    if not published.isdigit():
        return False
    years = [y for y in (_year_of(x) for x in t.subtree) if y is not None]
    return bool(years) and max(years) < int(published)


def standing_since_years(tok) -> bool:
    """A state a party has kept for years, told in the perfect with ``since``
    and an earlier year than the article's (``the brigade has deployed troops to
    the UN mission since 2018``): what the party does, not this article's news
    (a recent one stays: ``has blocked the corridor since December``); so is
    one since a time told before (``have expanded contacts since then``) and
    one kept for years (``have been fighting the group for almost twenty
    years``; ``for three days`` stays news)."""
    g = grammar(tok)
    if tok.pos_ not in ("VERB", "AUX") or not any(
        g.is_(c, "aux") and c.lower_ in W.words("perfect_aux") for c in tok.children
    ):
        return False
    published = str(getattr(tok.doc._, "published", None) or "")[:4]
    if not published.isdigit():
        return False
    for p in g.children(tok, "prep"):
        if p.lower_ in W.words("since_preps"):
            years = [y for y in (_year_of(x) for x in p.subtree) if y is not None]
            if years and max(years) < int(published):
                return True
            if any(x.lower_ in W.words("since_back_words") for x in p.subtree):
                return True  # "have expanded contacts since then"
        if p.lower_ in own_words("standing_duration_preps") and any(
            x.lower_ in own_words("standing_periods") for x in g.children(p, "prep_object")
        ):
            return True  # "have been fighting the group for twenty years": what they do, no news
    return False


def names_a_description(tok) -> bool:
    """An event noun that only describes: the predicate of ``it was``
    (``It was her first summit as chair``); the meeting is told elsewhere, if at all."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    g = grammar(tok)
    h = tok.head
    if h.i == tok.i or not g.is_(tok, "attribute") or h.lemma_.lower() != "be":
        return False
    subj = g.child(h, "subject")
    return subj is not None and subj.lower_ in W.words("expletive_subjects")


def is_boilerplate(tok) -> bool:
    """A label clause on a name: ``recognised as extremist``, ``banned in Russia`` next to it."""
    g = grammar(tok)
    t = _noun_clause(tok, g)
    if t is None:
        return False
    labels = W.words("boilerplate_words")
    return any(x.lemma_.lower() in labels or x.lower_ in labels for x in t.subtree)


def is_standing_state(tok) -> bool:
    """A present-tense act kept up (``Russian border guards still patrol the
    border``, ``troops still occupy the pass``): a standing state, not news
    (a refusal kept up, ``still refuses to lift the ban``, is a party's answer: news)."""
    g = grammar(tok)
    return (
        tok.pos_ == "VERB"
        and tok.lemma_.lower() not in W.words("refusal_verbs")
        and _simple_present(tok, g)
        and any(g.is_(c, "adverb") and c.lower_ in own_words("standing_adverbs") for c in tok.children)
    )


def tells_a_phase(tok) -> bool:
    """A definite event noun as the subject of a phase verb (``the exercise
    will end on Friday``, ``the drills last five days``): the event named
    before, told again with a phase of it; not a new one, nor a promise (its
    ``will`` is the phase's: :func:`accord.events.coding.coding_of`)."""
    g = grammar(tok)
    h = tok.head
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and h.i != tok.i
        and g.is_(tok, "subject")
        and h.lemma_.lower() in own_words("phase_verbs")
        and is_back_reference(tok)
    )


def in_describing_clause(tok) -> bool:
    """The trigger stands inside a background clause on a noun (``the treaty,
    which obliges members to assist an ally under attack``): part of what the
    noun is, not news. The clause's subject is the relative pronoun (``which
    obliges``), not a party of its own (``where he is due to meet``)."""
    g = grammar(tok)
    for a in islice(tok.ancestors, 4):
        if a.pos_ != "VERB" or not g.is_(a, *NOUN_CLAUSE_ROLES):
            continue
        subj = g.child(a, "subject")
        if subj is not None and subj.lower_ in W.words("relative_pronouns") and describes_party(a):
            return True
    return False


def states_a_standing_position(tok) -> bool:
    """The trigger is what a party says again and again (``has repeatedly said
    that Kazakhstan will not allow foreign bases``): the content of a report
    verb with a habitual adverb (``habitual_report_adverbs``) is the party's
    standing position, no act of this article's news."""
    g = grammar(tok)
    t = tok
    for _ in range(3):  # up through "said that ... would not allow", "said it was ready to"
        if t.head.i == t.i or not g.is_(t, "clausal_complement", "open_complement", "conjunct"):
            return False
        t = t.head
        if t.lemma_.lower() in W.words("report_cues"):
            adverbs = own_words("habitual_report_adverbs")
            return any(g.is_(c, "adverb") and c.lower_ in adverbs for c in t.children)
    return False


def is_background(tok, category: str | None = None) -> bool:
    """No news event: background on a party, a habit, legal boilerplate, a
    standing state or position, or an event inside a clause that describes a
    noun (``category``: the candidate's PLOVER category, where known)."""
    return (
        is_habitual(tok)
        or states_a_standing_position(tok)
        or describes_party(tok)
        or describes_named_party(tok)
        or told_of_named_party(tok, category)
        or in_request_content(tok)
        or is_boilerplate(tok)
        or told_years_ago(tok)
        or standing_since_years(tok)
        or names_a_description(tok)
        or is_standing_state(tok)
        or in_describing_clause(tok)
    )


def forecasts_another(tok, actors, a_group: list) -> bool:
    """A warning that another party might act (``the analyst warned that
    Azerbaijan might try to force ...``): a forecast, not the speaker's threat
    (``Russia warned that it could respond`` is one: the same party; so is a
    warning addressed to someone, ``warned Kyiv that ...``, or one about a thing,
    ``warned that Armenia's turn to the West could have consequences``, and one of
    what would befall the other party, ``warned that Ukrainian forces could face
    severe consequences``)."""
    g = grammar(tok)
    if tok.lemma_.lower() not in own_words("warning_verbs") or g.has_child(tok, "object", "dative"):
        return False
    ours = {actors.mentions[m].country for m in a_group}
    for ch in g.children(tok, "clausal_complement"):
        sj = g.child(ch, "subject")
        if sj is None or sj.pos_ == "PRON" or not is_speculative(ch):
            continue
        if ch.lemma_.lower() in own_words("undergo_verbs") or g.is_(sj, "passive_subject"):
            continue  # what would befall them ("X could face consequences"): a threat against X
        if actors.at(sj) is None:
            continue
        theirs = {actors.mentions[m].country for m in actors.group(sj)} - {None}
        if theirs and not theirs & ours:
            return True
    return False


def is_back_reference(tok) -> bool:
    """A definite event noun (``the exercise``, ``these drills``): it names an event told before."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.i < tok.i and c.lower_ in W.words("definite_determiners") for c in tok.children)


def _simple_present(tok, g) -> bool:
    return "Pres" in tok.morph.get("Tense") and "Fin" in tok.morph.get("VerbForm") and not g.has_child(tok, "aux")


def is_headline(sent) -> bool:
    """A headline or title line (see :func:`_is_headline`)."""
    return _is_headline(sent)


def _is_headline(sent) -> bool:
    """A headline or title line: no sentence-final mark (``Kazakhstan sends troops ...``)."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is None or last.text not in W.words("sentence_final_marks")


def _in_quote(tok) -> bool:
    quotes = getattr(tok.doc._, "quotes", None) or []
    return any(q.start <= tok.idx < q.end and getattr(q, "kind", "direct") == "direct" for q in quotes)


def states_a_habit(tok) -> bool:
    """A material act a speaker tells in the simple present (``"we buy weapons
    from those who ..."``, ``"we train with our allies"``): what a party does as a
    rule, not news. A verbal act in the present is performed as it is said (``we
    call on``, ``we demand``) and stays; so does a headline (``Kazakhstan sends troops``)."""
    g = grammar(tok)
    return tok.pos_ == "VERB" and _simple_present(tok, g) and not _is_headline(tok.sent) and _in_quote(tok)


def is_link_line(sent) -> bool:
    """``READ ALSO: Kyrgyzstan will host ...``: a link to another story, set in
    the page (``link_line_labels`` before a colon); its events are that story's."""
    words = []
    for t in list(sent)[:4]:
        if t.text == ":":
            return " ".join(words) in W.words("link_line_labels")
        words.append(t.lower_)
    return False


def tells_a_trend(tok) -> bool:
    """``the number of provocations increased``, ``the volume of trade grew``:
    a verb whose subject is a quantity (``quantity_nouns``) tells how a count
    changed, no party's act."""
    if tok.pos_ != "VERB":
        return False
    g = grammar(tok)
    return any(s.lemma_.lower() in W.words("quantity_nouns") for s in g.children(tok, "subject"))


def tells_grown_ties(c) -> bool:
    """``cooperation between X and Y was strengthened``, ``the visit strengthened
    ties``: ties made stronger (``ties_growth_verbs``) told as done are a state of the
    relations; only said of the future (``will strengthen trust between our
    armies``) is it an intent to cooperate."""
    tok = c.tok
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in W.words("ties_growth_verbs") or c.type != "AGREE":
        return False
    # "pledged to strengthen": the pledge is the act (AGREE), its content no second one
    return not (is_future(tok) or is_hypothetical(tok))
