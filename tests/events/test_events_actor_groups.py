"""Which mentions fill a role (accord.events.actor_groups, #16)."""

from accord.events.actor_groups import ActorGroups


def test_a_phrase_naming_coded_parties_beside_uncoded_names_keeps_the_coded(build):
    # "Ruritania delivered a batch of Falcon and Kestrel drones to Freedonia ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("delivered", "deliver", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("batch", "batch", "NOUN", "NN", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 3, "O"),
        ("Falcon", "Falcon", "PROPN", "NNP", "nmod", 8, "B-PRODUCT"),
        ("and", "and", "CCONJ", "CC", "cc", 5, "O"),
        ("Kestrel", "Kestrel", "PROPN", "NNP", "conj", 5, "B-PRODUCT"),
        ("drones", "drone", "NOUN", "NNS", "pobj", 4, "O"),
        ("to", "to", "ADP", "IN", "prep", 8, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 9, "B-GPE"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (5, 6, None, None, None, None, "person"),
        (7, 8, None, None, None, None, "org"),
        (10, 11, "FRE", "FRE", None, None, "state"),
    ]
    doc = build(rows, mentions)
    actors = ActorGroups(doc)
    assert [actors.mentions[m].code for m in actors.group(doc[3])] == ["FRE"]


def test_a_phrase_naming_only_uncoded_parties_keeps_them(build):
    # "a batch of Falcon and Kestrel drones" with no coded party: the names stay (no code to prefer)
    rows = [
        ("a", "a", "DET", "DT", "det", 1, "O"),
        ("batch", "batch", "NOUN", "NN", "ROOT", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("Falcon", "Falcon", "PROPN", "NNP", "nmod", 6, "B-PRODUCT"),
        ("and", "and", "CCONJ", "CC", "cc", 3, "O"),
        ("Kestrel", "Kestrel", "PROPN", "NNP", "conj", 3, "B-PRODUCT"),
        ("drones", "drone", "NOUN", "NNS", "pobj", 2, "O"),
    ]
    doc = build(rows, [(3, 4, None, None, None, None, "person"), (5, 6, None, None, None, None, "org")])
    assert len(ActorGroups(doc).group(doc[1])) == 2


def test_every_conjunct_after_a_role_mention_of_a_state_is_a_party(build):
    # "The leaders of Ghana , Togo and Benin met ." ("leaders of Ghana" one mention; Benin hangs off Togo)
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("leaders", "leader", "NOUN", "NNS", "nsubj", 8, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("Ghana", "Ghana", "PROPN", "NNP", "pobj", 2, "B-GPE"),
        (",", ",", "PUNCT", ",", "punct", 3, "O"),
        ("Togo", "Togo", "PROPN", "NNP", "conj", 3, "B-GPE"),
        ("and", "and", "CCONJ", "CC", "cc", 5, "O"),
        ("Benin", "Benin", "PROPN", "NNP", "conj", 5, "B-GPE"),
        ("met", "meet", "VERB", "VBD", "ROOT", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    mentions = [
        (1, 4, "GHAGOV", "GHA", "GOV", None, "org"),
        (5, 6, "TGO", "TGO", None, None, "state"),
        (7, 8, "BEN", "BEN", None, None, "state"),
    ]
    doc = build(rows, mentions)
    actors = ActorGroups(doc)
    assert [actors.mentions[m].code for m in actors.group(doc[1])] == ["GHAGOV", "TGO", "BEN"]


def _gapped_rows(comma):
    # "Ruritania sent a battalion and Freedonia (,) a battery ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("sent", "send", "VERB", "VBD", "ROOT", 1, "O"),
        ("a", "a", "DET", "DT", "det", 3, "O"),
        ("battalion", "battalion", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 3, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 3, "B-GPE"),
    ]
    if comma:
        rows.append((",", ",", "PUNCT", ",", "punct", 5, "O"))
    n = len(rows)
    rows += [
        ("a", "a", "DET", "DT", "det", n + 1, "O"),
        ("battery", "battery", "NOUN", "NN", "appos", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows


def test_the_subject_of_a_gapped_clause_is_no_party_beside_the_object(build):
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (3, 4, None, None, None, None, "org"),
        (5, 6, "FRE", "FRE", None, None, "state"),
    ]
    doc = build(_gapped_rows(False), mentions)
    assert [ActorGroups(doc).mentions[m].code for m in ActorGroups(doc).group(doc[3])] == [None]
    # "... and Freedonia, a key partner": an apposition that describes a party leaves it one
    doc = build(_gapped_rows(True), mentions)
    assert [ActorGroups(doc).mentions[m].code for m in ActorGroups(doc).group(doc[3])] == [None, "FRE"]


def test_a_person_pronoun_after_a_joined_verb_is_the_earlier_object(build):
    # "Ruritania recalled the Freedonian consul and gave him a note ." ('him': the chain's last person, a Ruritanian)
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("recalled", "recall", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("Freedonian", "Freedonian", "PROPN", "NNP", "amod", 4, "B-NORP"),
        ("consul", "consul", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("gave", "give", "VERB", "VBD", "conj", 1, "O"),
        ("him", "he", "PRON", "PRP", "dative", 6, "O"),
        ("a", "a", "DET", "DT", "det", 9, "O"),
        ("note", "note", "NOUN", "NN", "dobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (2, 4, "FRE", "FRE", None, None, "state"),
        (7, 8, "RURGOV", "RUR", None, None, "person"),
    ]
    doc = build(rows, mentions)
    actors = ActorGroups(doc)
    assert [actors.mentions[m].code for m in actors.group(doc[7])] == ["FRE"]


def test_a_person_pronoun_of_a_verb_with_its_own_subject_keeps_its_mention(build):
    # "Ruritania recalled the Freedonian consul and the minister gave him a note ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, "B-GPE"),
        ("recalled", "recall", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("Freedonian", "Freedonian", "PROPN", "NNP", "amod", 4, "B-NORP"),
        ("consul", "consul", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("the", "the", "DET", "DT", "det", 7, "O"),
        ("minister", "minister", "NOUN", "NN", "nsubj", 8, "O"),
        ("gave", "give", "VERB", "VBD", "conj", 1, "O"),
        ("him", "he", "PRON", "PRP", "dative", 8, "O"),
        ("a", "a", "DET", "DT", "det", 11, "O"),
        ("note", "note", "NOUN", "NN", "dobj", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [
        (0, 1, "RUR", "RUR", None, None, "state"),
        (2, 4, "FRE", "FRE", None, None, "state"),
        (9, 10, "RURGOV", "RUR", None, None, "person"),
    ]
    doc = build(rows, mentions)
    actors = ActorGroups(doc)
    assert [actors.mentions[m].code for m in actors.group(doc[9])] == ["RURGOV"]


def test_a_units_topic_is_not_its_owner(build):
    # "Director of the Fourth CIS / Asia / NATO Department of the Ministry of Ruritania said ."
    from accord.events.actor_groups import ActorGroups as Groups

    for topic, code, kind in (("CIS", "IGOCIS", "igo"), ("NATO", "IGONATO", "igo"), ("Freedonia", "FRE", "state")):
        rows = [
            ("Director", "Director", "PROPN", "NNP", "nsubj", 11, "O"),
            ("of", "of", "ADP", "IN", "prep", 0, "O"),
            ("the", "the", "DET", "DT", "det", 5, "O"),
            ("Fourth", "Fourth", "PROPN", "NNP", "compound", 5, "O"),
            (topic, topic, "PROPN", "NNP", "compound", 5, "B-ORG"),
            ("Department", "Department", "PROPN", "NNP", "pobj", 1, "O"),
            ("of", "of", "ADP", "IN", "prep", 5, "O"),
            ("the", "the", "DET", "DT", "det", 8, "O"),
            ("Ministry", "Ministry", "PROPN", "NNP", "pobj", 6, "O"),
            ("of", "of", "ADP", "IN", "prep", 8, "O"),
            ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 9, "B-GPE"),
            ("said", "say", "VERB", "VBD", "ROOT", 11, "O"),
            (".", ".", "PUNCT", ".", "punct", 11, "O"),
        ]
        ms = [
            (4, 5, code, code if kind == "state" else None, None, None, kind),
            (7, 11, "RURGOV", "RUR", "GOV", None, "org"),
        ]
        doc = build(rows, ms)
        actors = Groups(doc)
        assert [actors.mentions[m].code for m in actors.group(doc[0])] == ["RURGOV"], topic


def test_their_unit_is_the_pair_named_before(build):
    # "Ruritania and Freedonia said their navies / border guards / troops patrol ."
    from accord.events.actor_groups import ActorGroups as Groups

    for unit, sector in (("navies", "MIL"), ("guards", "MIL"), ("police", "COP")):
        rows = [
            ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 3, "B-GPE"),
            ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
            ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 0, "B-GPE"),
            ("said", "say", "VERB", "VBD", "ROOT", 3, "O"),
            ("their", "their", "PRON", "PRP$", "poss", 5, "O"),
            (unit, unit, "NOUN", "NNS", "nsubj", 6, "O"),
            ("patrol", "patrol", "VERB", "VBP", "ccomp", 3, "O"),
            (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ]
        ms = [(0, 1, "RUR", "RUR", None, None, "state"), (2, 3, "FRE", "FRE", None, None, "state")]
        doc = build(rows, ms + [(5, 6, None, None, sector, None, "org")])
        actors = Groups(doc)
        assert sorted(actors.mentions[m].code for m in actors.group(doc[5])) == ["FRE", "RUR"], unit
    doc = build(rows, ms + [(5, 6, "RURCOP", "RUR", "COP", None, "org")])  # a coded unit keeps its own code
    actors = Groups(doc)
    assert [actors.mentions[m].code for m in actors.group(doc[5])] == ["RURCOP"]


def test_a_place_something_is_near_is_no_party_of_the_phrase(build):
    # "a series of patrols near / off / beside Ruritania": no party; "... of patrols with Ruritania" is
    from accord.events.actor_groups import ActorGroups as Groups

    for prep, found in (("near", []), ("off", []), ("beside", []), ("with", ["RUR"])):
        rows = [
            ("a", "a", "DET", "DT", "ROOT", 0, "O"),
            ("series", "series", "NOUN", "NN", "dep", 0, "O"),
            ("of", "of", "ADP", "IN", "prep", 1, "O"),
            ("patrols", "patrol", "NOUN", "NNS", "pobj", 2, "O"),
            (prep, prep, "ADP", "IN", "prep", 3, "O"),
            ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 4, "B-GPE"),
        ]
        doc = build(rows, [(5, 6, "RUR", "RUR", None, None, "state")])
        actors = Groups(doc)
        assert [actors.mentions[m].code for m in actors.group(doc[1])] == found, prep


def _hyphen_pair_rows(first, second, noun):
    # "<first>-<second> <noun> began ." (the parser hangs the first modifier on the second)
    return [
        (first, first, "ADJ", "JJ", "amod", 2, "B-NORP"),
        ("-", "-", "PUNCT", "HYPH", "punct", 2, "I-NORP"),
        (second, second, "PROPN", "NNP", "compound", 3, "I-NORP"),
        (noun, noun, "NOUN", "NNS", "nsubj", 4, "O"),
        ("began", "begin", "VERB", "VBD", "ROOT", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]


def test_a_hyphenated_pair_of_national_modifiers_names_both_states(build):
    # "Russian-Belarusian exercises began .", "Kazakh-Uzbek talks began .": both states are parties
    for first, second, codes in (("Russian", "Belarusian", ("RUS", "BLR")), ("Kazakh", "Uzbek", ("KAZ", "UZB"))):
        mentions = [(0, 1, *codes[:1] * 2, None, None, "state"), (2, 3, *codes[1:] * 2, None, None, "state")]
        doc = build(_hyphen_pair_rows(first, second, "exercises"), mentions)
        got = {ActorGroups(doc).mentions[m].code for m in ActorGroups(doc).group(doc[3])}
        assert got == set(codes)


def test_a_hyphenated_modifier_that_is_no_state_adds_no_party(build):
    # "pro-Russian protests began .": one state, no pair
    rows = _hyphen_pair_rows("pro", "Russian", "protests")
    doc = build(rows, [(2, 3, "RUS", "RUS", None, None, "state")])
    actors = ActorGroups(doc)
    assert [actors.mentions[m].code for m in actors.group(doc[3])] == ["RUS"]
