"""What a sentence states as no new event (#16): standing states, phases of an
event told before, clauses that describe a noun, orders, conditions not yet
met, obligations and forecasts (accord.events.factuality, accord.events.flags),
on hand-built Docs of our own."""

import spacy
from spacy.tokens import Doc

from accord.events import factuality as FA
from accord.events import flags as F
from accord.events.actor_groups import ActorGroups

VOCAB = spacy.blank("en").vocab
PRES = "Tense=Pres|VerbForm=Fin"


def doc(rows):
    """rows: (word, lemma, pos, tag, dep, head[, morph])."""
    return Doc(
        VOCAB,
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        morphs=[r[6] if len(r) > 6 else "" for r in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )


def _sentries(adverb: bool):
    """'Chinese sentries (still) guard the pass .'"""
    rows = [("Chinese", "chinese", "ADJ", "JJ", "amod", 1), ("sentries", "sentry", "NOUN", "NNS", "nsubj", 3)]
    rows.append(("still", "still", "ADV", "RB", "advmod", 3) if adverb else ("now", "now", "ADV", "RB", "advmod", 3))
    rows += [
        ("guard", "guard", "VERB", "VBP", "ROOT", 3, PRES),
        ("the", "the", "DET", "DT", "det", 5),
        ("pass", "pass", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3),
    ]
    return doc(rows)


def test_an_act_still_kept_up_is_a_standing_state():
    d = _sentries(adverb=True)
    assert FA.is_standing_state(d[3]) and FA.is_background(d[3])
    assert not FA.is_standing_state(_sentries(adverb=False)[3])


def test_a_phase_of_a_named_event_is_that_event_not_a_promise():
    d = doc(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("drills", "drill", "NOUN", "NNS", "nsubj", 3),
            ("will", "will", "AUX", "MD", "aux", 3),
            ("end", "end", "VERB", "VB", "ROOT", 3),
            ("on", "on", "ADP", "IN", "prep", 3),
            ("Sunday", "Sunday", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 3),
        ]
    )
    assert FA.tells_a_phase(d[1]) and not FA.is_background(d[1])
    begin = doc(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("talks", "talk", "NOUN", "NNS", "nsubj", 2),
            ("began", "begin", "VERB", "VBD", "ROOT", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert not FA.tells_a_phase(begin[1])  # the start of talks is news


def test_an_event_inside_a_clause_that_describes_a_noun_is_background():
    # "They cited the pact, which binds members to defend an ally under attack."
    d = doc(
        [
            ("They", "they", "PRON", "PRP", "nsubj", 1),
            ("cited", "cite", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("pact", "pact", "NOUN", "NN", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 3),
            ("which", "which", "PRON", "WDT", "nsubj", 6),
            ("binds", "bind", "VERB", "VBZ", "relcl", 3, PRES),
            ("members", "member", "NOUN", "NNS", "dobj", 6),
            ("to", "to", "PART", "TO", "aux", 9),
            ("defend", "defend", "VERB", "VB", "xcomp", 6),
            ("an", "an", "DET", "DT", "det", 11),
            ("ally", "ally", "NOUN", "NN", "dobj", 9),
            ("under", "under", "ADP", "IN", "prep", 11),
            ("attack", "attack", "NOUN", "NN", "pobj", 12),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert FA.in_describing_clause(d[13]) and FA.in_describing_clause(d[9])
    assert not FA.in_describing_clause(d[1])


def test_a_clause_with_a_party_of_its_own_is_not_a_description():
    # "He flew to Paris, where he is due to meet the president."
    d = doc(
        [
            ("He", "he", "PRON", "PRP", "nsubj", 1),
            ("flew", "fly", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1),
            ("Paris", "Paris", "PROPN", "NNP", "pobj", 2),
            (",", ",", "PUNCT", ",", "punct", 3),
            ("where", "where", "SCONJ", "WRB", "advmod", 7),
            ("he", "he", "PRON", "PRP", "nsubj", 7),
            ("is", "be", "AUX", "VBZ", "relcl", 3, PRES),
            ("due", "due", "ADJ", "JJ", "acomp", 7),
            ("to", "to", "PART", "TO", "aux", 10),
            ("meet", "meet", "VERB", "VB", "xcomp", 8),
            ("the", "the", "DET", "DT", "det", 12),
            ("president", "president", "NOUN", "NN", "dobj", 10),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not FA.in_describing_clause(d[10])


def test_an_order_is_hypothetical_but_a_let_clause_is_not():
    order = doc(
        [
            ("Declare", "declare", "VERB", "VB", "ROOT", 0),
            ("a", "a", "DET", "DT", "det", 2),
            ("truce", "truce", "NOUN", "NN", "dobj", 0),
            (".", ".", "PUNCT", ".", "punct", 0),
        ]
    )
    assert F.is_imperative(order[0]) and F.is_hypothetical(order[0])
    let = doc(
        [
            ("Guards", "guard", "NOUN", "NNS", "nsubj", 1),
            ("let", "let", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("convoy", "convoy", "NOUN", "NN", "nsubj", 4),
            ("cross", "cross", "VERB", "VB", "ccomp", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not F.is_imperative(let[4])
    told = doc(
        [
            ("They", "they", "PRON", "PRP", "nsubj", 1),
            ("say", "say", "VERB", "VBP", "ROOT", 1),
            ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1),
            ("now", "now", "ADV", "RB", "advmod", 2),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert F.is_imperative(told[2])


def _until(aux: str | None, verb: str, tag: str):
    rows = [("Curbs", "curb", "NOUN", "NNS", "nsubj", 2)]
    if aux:
        rows.append((aux, aux, "AUX", "MD", "aux", 2))
    v = len(rows)
    rows += [
        (verb, verb, "VERB", tag, "ROOT", v),
        ("until", "until", "SCONJ", "IN", "mark", v + 5),
        ("the", "the", "DET", "DT", "det", v + 3),
        ("captives", "captive", "NOUN", "NNS", "nsubjpass", v + 5),
        ("are", "be", "AUX", "VBP", "auxpass", v + 5),
        ("freed", "free", "VERB", "VBN", "advcl", v),
        (".", ".", "PUNCT", ".", "punct", v),
    ]
    return doc(rows), v + 5


def test_a_condition_not_yet_met_is_hypothetical():
    d, t = _until("should", "stay", "VB")
    assert F.awaits_condition(d[t]) and F.is_hypothetical(d[t])
    past, t = _until(None, "stayed", "VBD")
    assert not F.awaits_condition(past[t])


def _must(have_tag: str, have_word: str):
    return doc(
        [
            ("We", "we", "PRON", "PRP", "nsubj", 1),
            (have_word, "have", "VERB", have_tag, "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3),
            ("find", "find", "VERB", "VB", "xcomp", 1),
            ("answers", "answer", "NOUN", "NNS", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )


def test_an_obligation_in_the_present_is_not_done_yet():
    assert F.is_obligation(_must("VBP", "have")[3])
    assert not F.is_obligation(_must("VBD", "had")[3])  # "had to find": what was done


def _warning(build, subject_is_pronoun: bool, addressed: bool, verb=("strike", "strike")):
    """'Rurit warned (Zenda) that Zenda/it might strike (face) Vesta .'"""
    rows = [("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 1, "B-GPE"), ("warned", "warn", "VERB", "VBD", "ROOT", 1, "O")]
    if addressed:
        rows.append(("Kalia", "Kalia", "PROPN", "NNP", "dobj", 1, "B-GPE"))
    k = len(rows)
    subj = (
        ("it", "it", "PRON", "PRP", "nsubj", k + 3, "O")
        if subject_is_pronoun
        else ("Zenda", "Zenda", "PROPN", "NNP", "nsubj", k + 3, "B-GPE")
    )
    rows += [
        ("that", "that", "SCONJ", "IN", "mark", k + 3, "O"),
        subj,
        ("might", "might", "AUX", "MD", "aux", k + 3, "O"),
        (verb[0], verb[1], "VERB", "VB", "ccomp", 1, "O"),
        ("Vesta", "Vesta", "PROPN", "NNP", "dobj", k + 3, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    ms = [(0, 1, "RUR", "RUR", None, None, "state"), (k + 4, k + 5, "VES", "VES", None, None, "state")]
    if addressed:
        ms.append((2, 3, "KAL", "KAL", None, None, "state"))
    if not subject_is_pronoun:
        ms.append((k + 1, k + 2, "ZEN", "ZEN", None, None, "state"))
    d = build(rows, ms)
    actors = ActorGroups(d)
    return d, actors, actors.group(d[0])


def test_a_warning_that_another_party_might_act_is_a_forecast(build):
    d, actors, ours = _warning(build, subject_is_pronoun=False, addressed=False)
    assert FA.forecasts_another(d[1], actors, ours)


def test_a_warning_of_ones_own_act_or_to_someone_is_a_threat(build):
    d, actors, ours = _warning(build, subject_is_pronoun=True, addressed=False)
    assert not FA.forecasts_another(d[1], actors, ours)
    d, actors, ours = _warning(build, subject_is_pronoun=False, addressed=True)
    assert not FA.forecasts_another(d[1], actors, ours)


def test_a_warning_of_what_would_befall_another_is_a_threat(build):
    # "Rurit warned that Zenda might face Vesta's ...": what would befall Zenda, a threat against it
    d, actors, ours = _warning(build, subject_is_pronoun=False, addressed=False, verb=("face", "face"))
    assert not FA.forecasts_another(d[1], actors, ours)


def test_a_refusal_kept_up_is_news():
    d = doc(
        [
            ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 2),
            ("still", "still", "ADV", "RB", "advmod", 2),
            ("refuses", "refuse", "VERB", "VBZ", "ROOT", 2, PRES),
            ("to", "to", "PART", "TO", "aux", 4),
            ("talk", "talk", "VERB", "VB", "xcomp", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert not FA.is_standing_state(d[2])


def _clause_on_noun(opener_rows, verb_children_after):
    """'Rurit left the talks , <opener> Zenda has <verb> <after> .'"""
    rows = [
        ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 1),
        ("left", "leave", "VERB", "VBD", "ROOT", 1),
        ("the", "the", "DET", "DT", "det", 3),
        ("talks", "talk", "NOUN", "NNS", "dobj", 1),
        (",", ",", "PUNCT", ",", "punct", 3),
    ]
    v = len(rows) + len(opener_rows) + 2
    rows += [(*r[:5], v if r[5] == "V" else r[5]) for r in opener_rows]
    rows += [("Zenda", "Zenda", "PROPN", "NNP", "nsubj", v), ("has", "have", "AUX", "VBZ", "aux", v)]
    rows += [(*r[:5], v if r[5] == "V" else r[5]) for r in verb_children_after]
    rows.append((".", ".", "PUNCT", ".", "punct", 1))
    return doc(rows), v


def test_a_party_acting_where_the_noun_is_told_in_the_perfect_is_news():
    # "..., where Zenda has blocked the road" (not a description of the talks)
    d, v = _clause_on_noun(
        [("where", "where", "SCONJ", "WRB", "advmod", "V")],
        [
            ("blocked", "block", "VERB", "VBN", "relcl", 3),
            ("the", "the", "DET", "DT", "det", 10),
            ("road", "road", "NOUN", "NN", "dobj", "V"),
        ],
    )
    assert d[v].text == "blocked" and not FA.describes_party(d[v])


def test_a_stranded_preposition_makes_an_act_on_the_noun():
    # "..., which Zenda has objected to": Zenda's act, not what the talks are
    d, v = _clause_on_noun(
        [("which", "which", "PRON", "WDT", "pobj", 9)],
        [("objected", "object", "VERB", "VBN", "relcl", 3), ("to", "to", "ADP", "IN", "prep", "V")],
    )
    assert d[v].text == "objected" and FA.acts_on_noun(d[v]) and not FA.describes_party(d[v])


def test_an_act_someone_bans_or_stops_did_not_happen():
    # "The charter prohibits the deployment of foreign troops ."
    d = doc(
        [
            ("The", "the", "DET", "DT", "det", 1),
            ("charter", "charter", "NOUN", "NN", "nsubj", 2),
            ("prohibits", "prohibit", "VERB", "VBZ", "ROOT", 2, PRES),
            ("the", "the", "DET", "DT", "det", 4),
            ("deployment", "deployment", "NOUN", "NN", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2),
        ]
    )
    assert F.is_prevented(d[4])
    # "Guards barred the convoy from entering ."
    d = doc(
        [
            ("Guards", "guard", "NOUN", "NNS", "nsubj", 1),
            ("barred", "bar", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("convoy", "convoy", "NOUN", "NN", "dobj", 1),
            ("from", "from", "ADP", "IN", "prep", 1),
            ("entering", "enter", "VERB", "VBG", "pcomp", 4),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert F.is_prevented(d[5]) and not F.is_prevented(d[1])
    # "They announced the deployment ." stays
    d = doc(
        [
            ("They", "they", "PRON", "PRP", "nsubj", 1),
            ("announced", "announce", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3),
            ("deployment", "deployment", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1),
        ]
    )
    assert not F.is_prevented(d[3])


def _delivered(build, relative: bool):
    """'Kalia delivered drones under the plan , which Rurit has run .' / '... the plan of Rurit .'"""
    rows = [
        ("Kalia", "Kalia", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("delivered", "deliver", "VERB", "VBD", "ROOT", 1, "O"),
        ("drones", "drone", "NOUN", "NNS", "dobj", 1, "O"),
        ("under", "under", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("plan", "plan", "NOUN", "NN", "pobj", 3, "O"),
    ]
    if relative:
        rows += [
            (",", ",", "PUNCT", ",", "punct", 5, "O"),
            ("which", "which", "PRON", "WDT", "dobj", 10, "O"),
            ("Rurit", "Rurit", "PROPN", "NNP", "nsubj", 10, "B-GPE"),
            ("has", "have", "AUX", "VBZ", "aux", 10, "O"),
            ("run", "run", "VERB", "VBN", "relcl", 5, "O"),
        ]
        r = 8
    else:
        rows += [("of", "of", "ADP", "IN", "prep", 5, "O"), ("Rurit", "Rurit", "PROPN", "NNP", "pobj", 6, "B-GPE")]
        r = 7
    rows.append((".", ".", "PUNCT", ".", "punct", 1, "O"))
    d = build(rows, [(0, 1, "KAL", "KAL", None, None, "state"), (r, r + 1, "RUR", "RUR", None, None, "state")])
    return d, ActorGroups(d)


def test_the_subject_of_a_later_relative_clause_is_no_target(build):
    from accord.events.assemble import _first_coded_after

    d, actors = _delivered(build, relative=True)
    assert _first_coded_after(d[1], actors.group(d[0]), actors) == []
    d, actors = _delivered(build, relative=False)
    assert _first_coded_after(d[1], actors.group(d[0]), actors) == actors.group(d[7])


def _planned(aux_word: str, aux_tag: str):
    """'A joint exercise is/was planned for May .'"""
    return doc(
        [
            ("A", "a", "DET", "DT", "det", 2),
            ("joint", "joint", "ADJ", "JJ", "amod", 2),
            ("exercise", "exercise", "NOUN", "NN", "nsubjpass", 4),
            (aux_word, "be", "AUX", aux_tag, "auxpass", 4),
            ("planned", "plan", "VERB", "VBN", "ROOT", 4),
            ("for", "for", "ADP", "IN", "prep", 4),
            ("May", "May", "PROPN", "NNP", "pobj", 5),
            (".", ".", "PUNCT", ".", "punct", 4),
        ]
    )


def test_an_event_planned_in_the_present_is_future():
    assert F.is_scheduled(_planned("is", "VBZ")[2]) and F.is_future(_planned("is", "VBZ")[2])
    assert not F.is_scheduled(_planned("was", "VBD")[2])  # "the attack was planned for months": told after it
