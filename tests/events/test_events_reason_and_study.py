"""Trigger sense: an event noun after "over" that a punishment hangs on is its reason
(events.sense.no_act), and studying a decision is weighing it, not an investigation
(events/data/triggers.tsv); hand-built Docs of sentences written for these tests."""

from accord.events.triggers import find_candidates

G = "B-GPE"


def _cands(build, rows):
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    return [(c.tok.text, c.type) for c in find_candidates(doc[:])]


def _studied(obj, obj_lemma):
    """'Japan will study the <obj> .'"""
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 2, G),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("study", "study", "VERB", "VB", "ROOT", 2, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        (obj, obj_lemma, "NOUN", "NN", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]


def test_studying_a_decision_is_no_investigation(build):
    assert not [c for c in _cands(build, _studied("decision", "decision")) if c[0] == "study"]
    assert not [c for c in _cands(build, _studied("proposal", "proposal")) if c[0] == "study"]


def _punished_over(verb, lemma, noun, noun_lemma, appos=False):
    """'Japan <verb> two officials over the <noun> .' (with ``appos`` the officials
    are the verb's apposition, as a headline parses: 'Japan sanctions officials over ...')."""
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("two", "two", "NUM", "CD", "nummod", 3, "O"),
        ("officials", "official", "NOUN", "NNS", "appos" if appos else "dobj", 1, "O"),
        ("over", "over", "ADP", "IN", "prep", 3, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        (noun, noun_lemma, "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_an_event_noun_a_punishment_is_over_is_its_reason(build):
    got = [c[0] for c in _cands(build, _punished_over("sanctioned", "sanction", "attacks", "attack"))]
    assert "sanctioned" in got and "attacks" not in got
    got = [c[0] for c in _cands(build, _punished_over("sanctions", "sanction", "strikes", "strike", appos=True))]
    assert "strikes" not in got


def test_an_event_noun_over_which_others_act_stays(build):
    # "Japan met two officials over the clashes": meeting is no punishment, the clashes stay candidates
    doc = build(_punished_over("met", "meet", "clashes", "clash"), [(0, 1, "JPN", "JPN", None, None, "state")])
    cands = find_candidates(doc[:])
    assert "clashes" in [c.tok.text for c in cands] + [i.tok.text for c in cands for i in c.inner]


def test_a_participle_with_a_possessor_describes_its_noun(build):
    # 'Japan valued its expanding security partnership .' parsed with the participle as the object
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("valued", "value", "VERB", "VBD", "ROOT", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 3, "O"),
        ("expanding", "expand", "VERB", "VBG", "dobj", 1, "O"),
        ("security", "security", "NOUN", "NN", "compound", 5, "O"),
        ("partnership", "partnership", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert "expanding" not in [c[0] for c in _cands(build, rows)]


def test_a_participle_that_acts_stays(build):
    # 'Japan is expanding security cooperation .'
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 2, G),
        ("is", "be", "AUX", "VBZ", "aux", 2, "O"),
        ("expanding", "expand", "VERB", "VBG", "ROOT", 2, "O"),
        ("security", "security", "NOUN", "NN", "compound", 4, "O"),
        ("cooperation", "cooperation", "NOUN", "NN", "dobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    assert "expanding" in [c[0] for c in _cands(build, rows)]


def _stays_until(tag, lemma_word, aux=None):
    """'Sanctions stay until Japan <aux> <verb> troops .'"""
    rows = [
        ("Sanctions", "sanction", "NOUN", "NNS", "nsubj", 1, "O"),
        ("stay", "stay", "VERB", "VBP", "ROOT", 1, "O"),
        ("until", "until", "SCONJ", "IN", "mark", 5 if aux else 4, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 5 if aux else 4, G),
    ]
    if aux:
        rows.append((aux, aux, "AUX", "VBZ", "aux", 5, "O"))
    rows += [
        (lemma_word[0], lemma_word[1], "VERB", tag, "advcl", 1, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", len(rows), "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows


def _until_cands(build, rows):
    doc = build(rows, [(3, 4, "JPN", "JPN", None, None, "state")])
    return [c.tok.text for c in find_candidates(doc[:])]


def test_an_act_awaited_until_is_no_act(build):
    assert "withdraws" not in _until_cands(build, _stays_until("VBZ", ("withdraws", "withdraw")))


def test_an_act_until_which_others_acted_stays(build):
    assert "withdrew" in _until_cands(build, _stays_until("VBD", ("withdrew", "withdraw")))


def _patrol(adverb, tag="VBP"):
    """'Japanese guards [<adverb>] patrol the border .' (the verb in the simple present)"""
    rows = [
        ("Japanese", "japanese", "ADJ", "JJ", "amod", 1, "B-NORP"),
        ("guards", "guard", "NOUN", "NNS", "nsubj", 3 if adverb else 2, "O"),
    ]
    if adverb:
        rows.append((adverb, adverb, "ADV", "RB", "advmod", 3, "O"))
    v = len(rows)
    rows += [
        ("patrol", "patrol", "VERB", tag, "ROOT", v, "O"),
        ("the", "the", "DET", "DT", "det", v + 2, "O"),
        ("border", "border", "NOUN", "NN", "dobj", v, "O"),
        (".", ".", "PUNCT", ".", "punct", v, "O"),
    ]
    return rows, v


def _patrol_cands(build, adverb):
    rows, v = _patrol(adverb)
    doc = build(rows, [(0, 1, "JPN", "JPN", None, None, "state")])
    doc[v].set_morph("Tense=Pres|VerbForm=Fin")
    return [c.tok.text for c in find_candidates(doc[:]) if c.type == "MOBILIZE"]


def test_a_standing_patrol_is_no_news(build):
    assert not _patrol_cands(build, "still")


def test_a_patrol_in_the_present_stays_without_the_adverb(build):
    assert _patrol_cands(build, None)


def _under(verb, lemma):
    """'Japan <verb> allies under attack .' with the phrase parsed on the verb"""
    return [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        (verb, lemma, "VERB", "VBD", "ROOT", 1, "O"),
        ("allies", "ally", "NOUN", "NNS", "dobj", 1, "O"),
        ("under", "under", "ADP", "IN", "prep", 1, "O"),
        ("attack", "attack", "NOUN", "NN", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_a_bare_attack_under_which_a_party_is_helped_is_its_condition(build):
    assert "attack" not in [c[0] for c in _cands(build, _under("assisted", "assist"))]


def test_coming_under_attack_stays(build):
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("came", "come", "VERB", "VBD", "ROOT", 1, "O"),
        ("under", "under", "ADP", "IN", "prep", 1, "O"),
        ("attack", "attack", "NOUN", "NN", "pobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert "attack" in [c[0] for c in _cands(build, rows)]


def _said_bare(verb_tag, subject=False):
    """'" Withdraw troops , " Japan said .' (or '" They withdraw troops , " ...' with a subject)"""
    rows = [("“", '"', "PUNCT", "``", "punct", 6 if subject else 5, "O")]
    if subject:
        rows.append(("They", "they", "PRON", "PRP", "nsubj", 2, "O"))
    v = len(rows)
    rows += [
        ("withdraw", "withdraw", "VERB", verb_tag, "ccomp", v + 5, "O"),
        ("troops", "troop", "NOUN", "NNS", "dobj", v, "O"),
        (",", ",", "PUNCT", ",", "punct", v + 5, "O"),
        ("”", '"', "PUNCT", "''", "punct", v + 5, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", v + 5, G),
        ("said", "say", "VERB", "VBD", "ROOT", v + 5, "O"),
        (".", ".", "PUNCT", ".", "punct", v + 5, "O"),
    ]
    return rows


def _said_cands(build, rows):
    j = next(i for i, r in enumerate(rows) if r[0] == "Japan")
    doc = build(rows, [(j, j + 1, "JPN", "JPN", None, None, "state")])
    return [c.tok.text for c in find_candidates(doc[:])]


def test_a_bare_verb_told_by_a_saying_verb_urges_no_act(build):
    assert "withdraw" not in _said_cands(build, _said_bare("VB"))


def test_a_verb_with_its_subject_stays(build):
    assert "withdraw" in _said_cands(build, _said_bare("VBP", subject=True))


def test_allowing_people_in_on_humanitarian_grounds_is_aid(build):
    # 'Japan allowed them in on humanitarian grounds .'
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 1, G),
        ("allowed", "allow", "VERB", "VBD", "ROOT", 1, "O"),
        ("them", "they", "PRON", "PRP", "dobj", 1, "O"),
        ("in", "in", "ADP", "RP", "prt", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("humanitarian", "humanitarian", "ADJ", "JJ", "amod", 6, "O"),
        ("grounds", "ground", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert ("allowed", "AID") in _cands(build, rows)


def test_an_event_noun_an_imperative_urges_is_no_act(build):
    # '" They say declare a ceasefire .' -> the ceasefire is urged, not declared
    rows = [
        ("They", "they", "PRON", "PRP", "nsubj", 1, "O"),
        ("say", "say", "VERB", "VBP", "ROOT", 1, "O"),
        ("declare", "declare", "VERB", "VB", "xcomp", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("ceasefire", "ceasefire", "NOUN", "NN", "dobj", 2, "O"),
        ("Japan", "Japan", "PROPN", "NNP", "npadvmod", 1, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    assert not [c for c in _cands(build, rows) if c[0] in ("declare", "ceasefire")]


def test_travelling_to_a_capital_is_a_visit(build):
    # 'Japan will travel to Ankara .'
    rows = [
        ("Japan", "Japan", "PROPN", "NNP", "nsubj", 2, G),
        ("will", "will", "AUX", "MD", "aux", 2, "O"),
        ("travel", "travel", "VERB", "VB", "ROOT", 2, "O"),
        ("to", "to", "ADP", "IN", "prep", 2, "O"),
        ("Ankara", "Ankara", "PROPN", "NNP", "pobj", 3, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    assert ("travel", "CONSULT") in _cands(build, rows)
