"""Who acts in a clause the parse gets half right (#16): stative participles,
participle clauses on a noun, a finite verb left without its subject."""

from accord.events.actor_groups import ActorGroups
from accord.events.actor_roles import subject_of

G = "B-GPE"
RUR = (0, 1, "RUR", "RUR", None, None, "state")


def test_stative_participle_subject_is_the_actor(build):
    # "Ruritania is opposed to the plan." -> Ruritania acts (no passive recipient)
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubjpass", 2, G),
        ("is", "be", "AUX", "VBZ", "auxpass", 2, "O"),
        ("opposed", "oppose", "VERB", "VBN", "ROOT", 2, "O"),
        ("to", "to", "ADP", "IN", "prep", 2, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("plan", "plan", "NOUN", "NN", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows, [RUR])
    a, r = subject_of(doc[2], ActorGroups(doc))
    assert a is not None and a.i == 0 and r is None


def test_main_clause_misparsed_as_a_noun_modifier(build):
    # "The newspaper called on Ruritania ." parsed as a noun phrase: the newspaper acts
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("newspaper", "newspaper", "NOUN", "NN", "ROOT", 1, "O"),
        ("called", "call", "VERB", "VBN", "acl", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 2, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 3, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(4, 5, "RUR", "RUR", None, None, "state")])
    a, r = subject_of(doc[2], ActorGroups(doc))
    assert a is not None and a.i == 1 and r is None


def test_subjectless_finite_verb_takes_the_party_before_it(build):
    # "With the deal, Ruritania and Freedonia have agreed ." where the parse hung the parties on "deal"
    rows = [
        ("With", "with", "ADP", "IN", "prep", 8, "O"),
        ("the", "the", "DET", "DT", "det", 2, "O"),
        ("deal", "deal", "NOUN", "NN", "pobj", 0, "O"),
        (",", ",", "PUNCT", ",", "punct", 2, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "conj", 2, G),
        ("and", "and", "CCONJ", "CC", "cc", 4, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 4, G),
        ("have", "have", "AUX", "VBP", "aux", 8, "O"),
        ("agreed", "agree", "VERB", "VBN", "ROOT", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 8, "O"),
    ]
    doc = build(rows, [(4, 5, "RUR", "RUR", None, None, "state"), (6, 7, "FRE", "FRE", None, None, "state")])
    actors = ActorGroups(doc)
    a, _ = subject_of(doc[8], actors)
    assert a is not None and a.i == 4 and len(actors.group(a)) == 2


def test_domestic_group_takes_the_country_of_the_place_or_the_authority():
    from accord.events.assemble import _domestic_groups
    from accord.record import EventActor, Location

    police = EventActor(0, 6, "police", code="RURCOP", country="RUR", sector="COP")
    crowd = EventActor(20, 32, "demonstrators", sector="CVL")
    _domestic_groups([police], [crowd], None)
    assert crowd.code == "RURCVL"
    rebels = EventActor(0, 6, "rebels", sector="REB")
    _domestic_groups([rebels], [], Location("Zenda", country="FRE"))
    assert rebels.code == "FREREB"
    # a foreign army is no authority at home; refugees are no domestic group
    army = EventActor(0, 4, "army", code="RURMIL", country="RUR", sector="MIL")
    crowd2 = EventActor(20, 32, "demonstrators", sector="CVL")
    refugees = EventActor(40, 48, "refugees", sector="REF")
    _domestic_groups([army], [crowd2, refugees], None)
    assert crowd2.code is None and refugees.code is None


def test_unnamed_party_is_of_the_country_it_acts_in():
    from accord.events.assemble import _domestic_groups
    from accord.record import EventActor, Location

    bomb = EventActor(0, 6, "a roadside bomb")
    soldier = EventActor(20, 30, "a soldier", code="RURMIL", country="RUR", sector="MIL")
    _domestic_groups([bomb], [soldier], Location("Zenda", country="FRE"))
    assert bomb.code == "FRE" and soldier.code == "RURMIL"
    inferred = EventActor(0, 6, "a roadside bomb")
    _domestic_groups([inferred], [], Location("Zenda", country="FRE", inferred=True))
    assert inferred.code is None


def test_unnamed_party_takes_no_region_for_a_country():
    from accord.events.assemble import _domestic_groups
    from accord.record import EventActor, Location

    for region in ("ASA", "EUR"):
        declaration = EventActor(0, 20, "the final declaration")
        _domestic_groups([declaration], [], Location("Asia", country=region))
        assert declaration.code is None
    rebels = EventActor(0, 6, "rebels", sector="REB")
    _domestic_groups([rebels], [], Location("Europe", country="EUR"))
    assert rebels.code is None


def test_a_region_is_no_counterpart_of_parties_acting_toward_each_other(build):
    from accord.events.assemble import _pairs
    from accord.record import EventActor

    x = EventActor(0, 1, "Ruritania", code="RUR", country="RUR")
    y = EventActor(2, 3, "Freedonia", code="FRE", country="FRE")
    region = EventActor(5, 9, "the Middle East", code="MEA", country="MEA")
    rows = [("agreed", "agree", "VERB", "VBD", "ROOT", 0, "O")]
    tok = build(rows)[0]
    pairs = _pairs("AGREE", tok, [x, y], [region], set())
    assert [(a.code, b.code) for a, b in pairs] == [("RUR", "FRE"), ("FRE", "RUR")]


def test_a_bilateral_meeting_is_coded_both_ways(build):
    from accord.events.assemble import _symmetric

    rows = [
        ("held", "hold", "VERB", "VBD", "ROOT", 0, "O"),
        ("joint", "joint", "ADJ", "JJ", "amod", 2, "O"),
        ("drills", "drill", "NOUN", "NNS", "dobj", 0, "O"),
    ]
    doc = build(rows)
    assert _symmetric("040", doc[0])  # a meeting
    assert _symmetric("062", doc[0])  # joint drills
    rows2 = [("visited", "visit", "VERB", "VBD", "ROOT", 0, "O"), ("Zenda", "Zenda", "PROPN", "NNP", "dobj", 0, G)]
    assert not _symmetric("042", build(rows2)[0])  # a visit goes one way


def test_a_reported_pronoun_subject_is_the_speaker_it_stands_for(build):
    # "Ruritania said it will close the border ." -> Ruritania (the pronoun carries its code)
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("it", "it", "PRON", "PRP", "nsubj", 4, "O"),
        ("will", "will", "AUX", "MD", "aux", 4, "O"),
        ("close", "close", "VERB", "VB", "ccomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("border", "border", "NOUN", "NN", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR, (2, 3, "RUR", "RUR", None, None, "state")])
    a, _ = subject_of(doc[4], ActorGroups(doc))
    assert a.i == 0


def test_a_pronoun_party_points_at_its_name_earlier_in_the_sentence(build):
    from accord.events.actor_roles import party

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("it", "it", "PRON", "PRP", "nsubj", 3, "O"),
        ("closed", "close", "VERB", "VBD", "ccomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 5, "O"),
        ("border", "border", "NOUN", "NN", "dobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR, (2, 3, "RUR", "RUR", None, None, "state")])
    for m in doc._.mentions:
        m.entity = "e1"
    ev = party(ActorGroups(doc), 1, 3)
    assert ev.text == "Ruritania" and ev.code == "RUR"


def test_it_stands_for_the_body_named_before(build):
    from accord.events.actor_roles import pronoun_party

    # "Ruritania protested . It accused Freedonia ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("protested", "protest", "VERB", "VBD", "ROOT", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("It", "it", "PRON", "PRP", "nsubj", 4, "O"),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 4, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 4, "O"),
    ]
    doc = build(rows, [RUR, (5, 6, "FRE", "FRE", None, None, "state")], sent_starts=(0, 3))
    ev = pronoun_party(doc[3], ActorGroups(doc))
    assert ev is not None and ev.code == "RUR" and ev.text == "It"


def test_a_participle_used_as_preposition_is_climbed_to_its_verb(build):
    # "Ruritania said following a meeting ." : "following" (a verb in the parse) hangs on "said"
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("following", "follow", "VERB", "VBG", "prep", 1, "O"),
        ("a", "a", "DET", "DT", "det", 4, "O"),
        ("meeting", "meeting", "NOUN", "NN", "pobj", 2, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR])
    a, _ = subject_of(doc[2], ActorGroups(doc))
    assert a is not None and a.i == 0


def test_units_from_a_list_of_states_are_those_states(build):
    # "Soldiers from Ruritania , Freedonia and Sylvania opened the exercise ." where the article's
    # actor chain coded "Soldiers" as one state's military: the listed states take part
    rows = [
        ("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 7, "O"),
        ("from", "from", "ADP", "IN", "prep", 0, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 1, G),
        (",", ",", "PUNCT", ",", "punct", 2, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "conj", 2, G),
        ("and", "and", "CCONJ", "CC", "cc", 4, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "conj", 4, G),
        ("opened", "open", "VERB", "VBD", "ROOT", 7, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("exercise", "exercise", "NOUN", "NN", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]
    mentions = [
        (0, 1, "RURMIL", "RUR", "MIL", None, "org"),
        (2, 3, "RUR", "RUR", None, None, "state"),
        (4, 5, "FRE", "FRE", None, None, "state"),
        (6, 7, "SYL", "SYL", None, None, "state"),
    ]
    actors = ActorGroups(build(rows, mentions))
    assert [actors.mentions[m].code for m in actors.group(actors.doc[0])] == ["RUR", "FRE", "SYL"]
    # one state named: the noun's own mention stays
    rows1 = [
        ("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 3, "O"),
        ("from", "from", "ADP", "IN", "prep", 0, "O"),
        ("Ruritania", "Ruritania", "PROPN", "NNP", "pobj", 1, G),
        ("opened", "open", "VERB", "VBD", "ROOT", 3, "O"),
    ]
    one = ActorGroups(build(rows1, mentions[:2]))
    assert [one.mentions[m].code for m in one.group(one.doc[0])] == ["RURMIL"]


def test_coordinated_modifiers_of_one_noun_are_both_parties(build):
    # "drills with Ruritanian and Freedonian forces" where "Freedonian forces" is one mention
    rows = [
        ("drills", "drill", "NOUN", "NNS", "ROOT", 0, "O"),
        ("with", "with", "ADP", "IN", "prep", 0, "O"),
        ("Ruritanian", "Ruritanian", "PROPN", "NNP", "nmod", 5, "B-NORP"),
        ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
        ("Freedonian", "Freedonian", "ADJ", "JJ", "conj", 2, "B-NORP"),
        ("forces", "force", "NOUN", "NNS", "pobj", 1, "O"),
    ]
    mentions = [(2, 3, "RUR", "RUR", None, None, "state"), (4, 6, "FREMIL", "FRE", "MIL", None, "org")]
    actors = ActorGroups(build(rows, mentions))
    assert sorted(actors.mentions[m].code for m in actors.group(actors.doc[0])) == ["FREMIL", "RUR"]


def test_an_attack_on_our_posts_in_a_quote_targets_the_speaker(build):
    # '"Freedonian troops opened fire on our posts," the ministry said.' (the Ruritanian ministry)
    from accord.events.extract import _speaker_target
    from accord.record import Event, EventActor, Quote, Span, Speaker

    rows = [
        ("Freedonian", "Freedonian", "ADJ", "JJ", "amod", 1, "B-NORP"),
        ("troops", "troop", "NOUN", "NNS", "nsubj", 2, "O"),
        ("opened", "open", "VERB", "VBD", "ROOT", 2, "O"),
        ("fire", "fire", "NOUN", "NN", "dobj", 2, "O"),
        ("on", "on", "ADP", "IN", "prep", 2, "O"),
        ("our", "our", "PRON", "PRP$", "poss", 6, "O"),
        ("posts", "post", "NOUN", "NNS", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    doc = build(rows, [(0, 2, "FREMIL", "FRE", "MIL", None, "org")])
    quote = Quote(0, len(doc.text), doc.text, speaker=Speaker(0, 3, "the ministry", code="RURMIL", country="RUR"))
    trig = doc[2]
    e = Event(
        "ASSAULT",
        Span(trig.idx, trig.idx + 6, "opened"),
        {"start": 0, "end": len(doc.text)},
        actor=EventActor(0, 17, "Freedonian troops", code="FREMIL", country="FRE"),
        quote=0,
    )
    _speaker_target(doc, e, [quote], ActorGroups(doc))
    assert e.recipient is not None and e.recipient.country == "RUR" and e.recipient.text == "our posts"
    # the speaker's own act ("we opened fire on our own posts") gets no target
    e.actor.country, e.recipient = "RUR", None
    _speaker_target(doc, e, [quote], ActorGroups(doc))
    assert e.recipient is None


def test_an_exercise_as_passive_subject_is_no_recipient(build):
    # "The exercise was agreed at the summit ." -> no recipient from the subject (the verb's phrases name the parties)
    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("exercise", "exercise", "NOUN", "NN", "nsubjpass", 3, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("agreed", "agree", "VERB", "VBN", "ROOT", 3, "O"),
        ("at", "at", "ADP", "IN", "prep", 3, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("summit", "summit", "NOUN", "NN", "pobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc = build(rows)
    assert subject_of(doc[3], ActorGroups(doc)) == (None, None)
    # a person as passive subject stays the recipient ("The envoy was expelled .")
    rows2 = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("envoy", "envoy", "NOUN", "NN", "nsubjpass", 3, "O"),
        ("was", "be", "AUX", "VBD", "auxpass", 3, "O"),
        ("expelled", "expel", "VERB", "VBN", "ROOT", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 3, "O"),
    ]
    doc2 = build(rows2)
    a, r = subject_of(doc2[3], ActorGroups(doc2))
    assert a is None and r is not None and r.i == 1


def test_who_ordered_reservists_to_be_called_up_acts(build):
    # "Ruritania ordered reservists to be called up to reinforce the border ." -> Ruritania reinforces
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("ordered", "order", "VERB", "VBD", "ROOT", 1, "O"),
        ("reservists", "reservist", "NOUN", "NNS", "dobj", 1, "O"),
        ("to", "to", "PART", "TO", "aux", 5, "O"),
        ("be", "be", "AUX", "VB", "auxpass", 5, "O"),
        ("called", "call", "VERB", "VBN", "relcl", 2, "O"),
        ("up", "up", "ADP", "RP", "prt", 5, "O"),
        ("to", "to", "PART", "TO", "aux", 8, "O"),
        ("reinforce", "reinforce", "VERB", "VB", "advcl", 5, "O"),
        ("the", "the", "DET", "DT", "det", 10, "O"),
        ("border", "border", "NOUN", "NN", "dobj", 8, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR])
    a, _ = subject_of(doc[8], ActorGroups(doc))
    assert a is not None and a.i == 0
    # a verb that orders nothing: the noun the clause describes, as before
    rows2 = [r if r[0] != "ordered" else ("saw", "see", "VERB", "VBD", "ROOT", 1, "O") for r in rows]
    doc2 = build(rows2, [RUR])
    a2, _ = subject_of(doc2[8], ActorGroups(doc2))
    assert a2 is not None and a2.i == 2


def test_with_x_and_with_y_are_both_recipients(build):
    # "Ruritania spoke with Freedonia , and with Sylvania ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("spoke", "speak", "VERB", "VBD", "ROOT", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 2, G),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("with", "with", "ADP", "IN", "prep", 1, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 6, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [RUR, (3, 4, "FRE", "FRE", None, None, "state"), (7, 8, "SYL", "SYL", None, None, "state")]
    actors = ActorGroups(build(rows, mentions))
    assert [actors.mentions[m].code for m in actors.group(actors.doc[3])] == ["FRE", "SYL"]


def test_the_object_of_prompted_does_what_the_infinitive_says(build):
    # "Ruritania prompted Freedonia to expel Sylvania ." -> Freedonia expels; "promised X to" stays the subject's
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("prompted", "prompt", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 1, G),
        ("to", "to", "PART", "TO", "aux", 4, "O"),
        ("expel", "expel", "VERB", "VB", "xcomp", 1, "O"),
        ("Sylvania", "Sylvania", "PROPN", "NNP", "dobj", 4, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    mentions = [RUR, (2, 3, "FRE", "FRE", None, None, "state"), (5, 6, "SYL", "SYL", None, None, "state")]
    doc = build(rows, mentions)
    a, _ = subject_of(doc[4], ActorGroups(doc))
    assert a is not None and a.i == 2
    rows2 = [r if r[0] != "prompted" else ("promised", "promise", "VERB", "VBD", "ROOT", 1, "O") for r in rows]
    doc2 = build(rows2, mentions)
    a2, _ = subject_of(doc2[4], ActorGroups(doc2))
    assert a2 is not None and a2.i == 0


def test_an_official_with_no_country_after_a_states_sentence_is_its_official(build):
    # "Ruritania responded . Deputy Minister Karl Testov warned Freedonia ."
    from accord.events.extract import _official_of_the_state_before
    from accord.record import Event, EventActor, Span

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("responded", "respond", "VERB", "VBD", "ROOT", 1, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
        ("Deputy", "Deputy", "PROPN", "NNP", "compound", 6, "O"),
        ("Minister", "Minister", "PROPN", "NNP", "compound", 6, "O"),
        ("Karl", "Karl", "PROPN", "NNP", "compound", 6, "B-PERSON"),
        ("Testov", "Testov", "PROPN", "NNP", "nsubj", 7, "I-PERSON"),
        ("warned", "warn", "VERB", "VBD", "ROOT", 7, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 7, G),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]
    mentions = [RUR, (3, 7, None, None, None, None, "person"), (8, 9, "FRE", "FRE", None, None, "state")]
    doc = build(rows, mentions, sent_starts=(0, 3))
    doc._.mentions[1].name = "Karl Testov"
    who = doc[3:7]
    e = Event(
        "THREATEN",
        Span(doc[7].idx, doc[7].idx + 6, "warned"),
        {"start": doc[3].idx, "end": len(doc.text)},
        actor=EventActor(who.start_char, who.end_char, who.text),
    )
    _official_of_the_state_before(doc, e, ActorGroups(doc))
    assert e.actor.country == "RUR"


def test_the_summit_on_whose_sidelines_they_met_is_a_venue(build):
    # "Ruritania met Freedonia on the sidelines of the SCO summit ." -> the SCO is no counterpart
    from accord.events.actor_roles import at_venue

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("met", "meet", "VERB", "VBD", "ROOT", 1, "O"),
        ("on", "on", "ADP", "IN", "prep", 1, "O"),
        ("the", "the", "DET", "DT", "det", 4, "O"),
        ("sidelines", "sideline", "NOUN", "NNS", "pobj", 2, "O"),
        ("of", "of", "ADP", "IN", "prep", 4, "O"),
        ("the", "the", "DET", "DT", "det", 8, "O"),
        ("SCO", "SCO", "PROPN", "NNP", "compound", 8, "B-ORG"),
        ("summit", "summit", "NOUN", "NN", "pobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR, (6, 8, "IGOSCO", None, None, "SCO", "igo")])
    actors = ActorGroups(doc)
    assert at_venue(actors, 1) and not at_venue(actors, 0)


def _reported_rows(tag_inner, aux=None):
    # "Ruritania said floods ( had ) hit the coast and warned Freedonia ."
    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("floods", "flood", "NOUN", "NNS", "nsubj", 4, "O"),
    ]
    rows.append(aux or ("quickly", "quickly", "ADV", "RB", "advmod", 4, "O"))
    rows += [
        ("hit", "hit", "VERB", tag_inner, "ccomp", 1, "O"),
        ("the", "the", "DET", "DT", "det", 6, "O"),
        ("coast", "coast", "NOUN", "NN", "dobj", 4, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 4, "O"),
        ("warned", "warn", "VERB", "VBD", "conj", 4, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 8, G),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    return rows


def test_a_past_verb_coordinated_with_a_perfect_complement_is_the_reporters(build):
    # "Ruritania said floods had hit the coast and warned Freedonia": Ruritania warned
    rows = _reported_rows("VBN", ("had", "have", "AUX", "VBD", "aux", 4, "O"))
    doc = build(rows, [RUR, (9, 10, "FRE", "FRE", None, None, "state")])
    a, _ = subject_of(doc[8], ActorGroups(doc))
    assert a is not None and a.i == 0


def test_a_verb_coordinated_in_the_complements_own_tense_stays_there(build):
    # "Ruritania said floods quickly hit the coast and warned ...": both past, read as the parse has it
    doc = build(_reported_rows("VBD"), [RUR, (9, 10, "FRE", "FRE", None, None, "state")])
    a, _ = subject_of(doc[8], ActorGroups(doc))
    assert a is not None and a.i == 2


def test_we_in_a_second_clause_is_not_the_first_clauses_subject(build):
    # "Freedonia is our partner and we will keep the talks ." -> "we", not Freedonia
    rows = [
        ("Freedonia", "Freedonia", "PROPN", "NNP", "nsubj", 1, G),
        ("is", "be", "AUX", "VBZ", "ROOT", 1, "O"),
        ("our", "our", "PRON", "PRP$", "poss", 3, "O"),
        ("partner", "partner", "NOUN", "NN", "attr", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("we", "we", "PRON", "PRP", "nsubj", 7, "O"),
        ("will", "will", "AUX", "MD", "aux", 7, "O"),
        ("keep", "keep", "VERB", "VB", "conj", 1, "O"),
        ("the", "the", "DET", "DT", "det", 9, "O"),
        ("talks", "talk", "NOUN", "NNS", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [(0, 1, "FRE", "FRE", None, None, "state")])
    a, _ = subject_of(doc[7], ActorGroups(doc))
    assert a is not None and a.i == 5


def test_an_object_pronoun_of_a_participle_is_the_recipient_above(build):
    # "Ruritania fined Freedonia , accusing it of fraud ." -> accusing: Freedonia
    from accord.events.actor_roles import verb_recipient

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("fined", "fine", "VERB", "VBD", "ROOT", 1, "O"),
        ("Freedonia", "Freedonia", "PROPN", "NNP", "dobj", 1, G),
        (",", ",", "PUNCT", ",", "punct", 1, "O"),
        ("accusing", "accuse", "VERB", "VBG", "advcl", 1, "O"),
        ("it", "it", "PRON", "PRP", "dobj", 4, "O"),
        ("of", "of", "ADP", "IN", "prep", 4, "O"),
        ("fraud", "fraud", "NOUN", "NN", "pobj", 6, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR, (2, 3, "FRE", "FRE", None, None, "state")])
    r = verb_recipient(doc[4], actors=ActorGroups(doc))
    assert r is not None and r.i == 2


def test_an_object_pronoun_of_a_main_verb_is_left_alone(build):
    # "Ruritania accused it of fraud ." -> no antecedent clause above: no recipient
    from accord.events.actor_roles import verb_recipient

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("accused", "accuse", "VERB", "VBD", "ROOT", 1, "O"),
        ("it", "it", "PRON", "PRP", "dobj", 1, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        ("fraud", "fraud", "NOUN", "NN", "pobj", 3, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR])
    assert verb_recipient(doc[1], actors=ActorGroups(doc)) is None


def _its_rows():
    # "Ruritania left the Alliance 's council and cut its funds ."
    return [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("left", "leave", "VERB", "VBD", "ROOT", 1, "O"),
        ("the", "the", "DET", "DT", "det", 3, "O"),
        ("Alliance", "Alliance", "PROPN", "NNP", "poss", 5, "B-ORG"),
        ("'s", "'s", "PART", "POS", "case", 3, "O"),
        ("council", "council", "NOUN", "NN", "dobj", 1, "O"),
        ("and", "and", "CCONJ", "CC", "cc", 1, "O"),
        ("cut", "cut", "VERB", "VBD", "conj", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 9, "O"),
        ("funds", "fund", "NOUN", "NNS", "dobj", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]


def test_its_on_an_object_is_the_party_named_before_it(build):
    # "Ruritania left the Alliance's council and cut its funds": the Alliance's funds
    from accord.events.actor_roles import verb_recipient

    doc = build(_its_rows(), [RUR, (3, 4, "IGOALL", None, None, "ALL", "igo")])
    r = verb_recipient(doc[7], actors=ActorGroups(doc))
    assert r is not None and r.i == 3


def test_its_after_a_subject_is_the_subjects_own(build):
    # "Ruritania said it would cut its funds .": the nearest party before "its" is a subject: its own
    from accord.events.actor_roles import verb_recipient

    rows = [
        ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
        ("said", "say", "VERB", "VBD", "ROOT", 1, "O"),
        ("it", "it", "PRON", "PRP", "nsubj", 4, "O"),
        ("would", "would", "AUX", "MD", "aux", 4, "O"),
        ("cut", "cut", "VERB", "VB", "ccomp", 1, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 6, "O"),
        ("funds", "fund", "NOUN", "NNS", "dobj", 4, "O"),
        (".", ".", "PUNCT", ".", "punct", 1, "O"),
    ]
    doc = build(rows, [RUR])
    assert verb_recipient(doc[4], actors=ActorGroups(doc)) is None


def test_its_passes_over_a_person(build):
    # "The Alliance met Smith and renewed its pledge .": "its" is no person's; the subject's own pledge
    from accord.events.actor_roles import verb_recipient

    rows = [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("Alliance", "Alliance", "PROPN", "NNP", "nsubj", 2, "B-ORG"),
        ("met", "meet", "VERB", "VBD", "ROOT", 2, "O"),
        ("Smith", "Smith", "PROPN", "NNP", "dobj", 2, "B-PERSON"),
        ("and", "and", "CCONJ", "CC", "cc", 2, "O"),
        ("renewed", "renew", "VERB", "VBD", "conj", 2, "O"),
        ("its", "its", "PRON", "PRP$", "poss", 7, "O"),
        ("pledge", "pledge", "NOUN", "NN", "dobj", 5, "O"),
        (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ]
    mentions = [(0, 2, "IGOALL", None, None, "ALL", "igo"), (3, 4, "FREGOV", "FRE", "GOV", None, "person")]
    doc = build(rows, mentions)
    assert verb_recipient(doc[5], actors=ActorGroups(doc)) is None


_FLED = [
    ("Sylvanian", "Sylvanian", "ADJ", "JJ", "amod", 1, "B-NORP"),
    ("soldiers", "soldier", "NOUN", "NNS", "nsubj", 2, "O"),
    ("fled", "flee", "VERB", "VBD", "ROOT", 2, "O"),
    (".", ".", "PUNCT", ".", "punct", 2, "O"),
    ("Ruritanian", "Ruritanian", "ADJ", "JJ", "amod", 5, "B-NORP"),
    ("authorities", "authority", "NOUN", "NNS", "nsubj", 6, "O"),
    ("allowed", "allow", "VERB", "VBD", "ROOT", 6, "O"),
    ("them", "they", "PRON", "PRP", "dobj", 6, "O"),
    ("in", "in", "ADP", "RP", "prt", 6, "O"),
    (".", ".", "PUNCT", ".", "punct", 6, "O"),
]
_FLED_MENTIONS = [(0, 2, "SYLMIL", "SYL", "MIL", None, "org"), (4, 6, "RURGOV", "RUR", "GOV", None, "org")]


def test_an_object_pronoun_of_a_main_clause_is_the_subject_before(build):
    # "Sylvanian soldiers fled . Ruritanian authorities allowed them in ." -> allowed: the soldiers
    from accord.events.actor_roles import verb_recipient

    doc = build(_FLED, _FLED_MENTIONS, sent_starts=(0, 4))
    r = verb_recipient(doc[6], actors=ActorGroups(doc))
    assert r is not None and r.i == 1


def test_an_object_pronoun_of_another_number_is_no_subject_before(build):
    # "A Sylvanian soldier fled . ... allowed them in ." -> "them" is no one soldier
    from accord.events.actor_roles import verb_recipient

    rows = list(_FLED)
    rows[1] = ("soldier", "soldier", "NOUN", "NN", "nsubj", 2, "O")
    doc = build(rows, _FLED_MENTIONS, sent_starts=(0, 4))
    assert verb_recipient(doc[6], actors=ActorGroups(doc)) is None


# "Ruritania expanded contacts with Freedonia , which agreed to supply radars , and with Sylvania ."
_PARTNERS = [
    ("Ruritania", "Ruritania", "PROPN", "NNP", "nsubj", 1, G),
    ("expanded", "expand", "VERB", "VBD", "ROOT", 1, "O"),
    ("contacts", "contact", "NOUN", "NNS", "dobj", 1, "O"),
    ("with", "with", "ADP", "IN", "prep", 2, "O"),
    ("Freedonia", "Freedonia", "PROPN", "NNP", "pobj", 3, G),
    (",", ",", "PUNCT", ",", "punct", 4, "O"),
    ("which", "which", "PRON", "WDT", "nsubj", 7, "O"),
    ("agreed", "agree", "VERB", "VBD", "relcl", 4, "O"),
    ("to", "to", "PART", "TO", "aux", 9, "O"),
    ("supply", "supply", "VERB", "VB", "xcomp", 7, "O"),
    ("radars", "radar", "NOUN", "NNS", "dobj", 9, "O"),
    (",", ",", "PUNCT", ",", "punct", 7, "O"),
    ("and", "and", "CCONJ", "CC", "cc", 7, "O"),
    ("with", "with", "ADP", "IN", "prep", 7, "O"),
    ("Sylvania", "Sylvania", "PROPN", "NNP", "pobj", 13, G),
    (".", ".", "PUNCT", ".", "punct", 1, "O"),
]
_PARTNER_MENTIONS = [
    RUR,
    (4, 5, "FRE", "FRE", None, None, "state"),
    (14, 15, "SYL", "SYL", None, None, "state"),
]


def test_a_relative_clause_on_a_partner_is_aimed_at_the_main_subject(build):
    # agreed: not Sylvania (a second partner of "expanded contacts"), but Ruritania
    from accord.events.actor_roles import verb_recipient

    doc = build(_PARTNERS, _PARTNER_MENTIONS)
    r = verb_recipient(doc[7], actors=ActorGroups(doc))
    assert r is not None and r.i == 0


def test_a_phrase_of_another_preposition_stays_the_clause_recipient(build):
    from accord.events.actor_roles import verb_recipient

    rows = list(_PARTNERS)
    rows[13] = ("to", "to", "ADP", "IN", "prep", 7, "O")
    doc = build(rows, _PARTNER_MENTIONS)
    r = verb_recipient(doc[7], actors=ActorGroups(doc))
    assert r is not None and r.i == 14


def _supply_rows(nationality, noun, place):
    # "The supply of <Nationality> <noun> to <Place> continues ."
    return [
        ("The", "the", "DET", "DT", "det", 1, "O"),
        ("supply", "supply", "NOUN", "NN", "nsubj", 7, "O"),
        ("of", "of", "ADP", "IN", "prep", 1, "O"),
        (nationality, nationality.lower(), "ADJ", "JJ", "amod", 4, "B-NORP"),
        (noun, noun, "NOUN", "NNS", "pobj", 2, "O"),
        ("to", "to", "ADP", "IN", "prep", 1, "O"),
        (place, place, "PROPN", "NNP", "pobj", 5, G),
        ("continues", "continue", "VERB", "VBZ", "ROOT", 7, "O"),
        (".", ".", "PUNCT", ".", "punct", 7, "O"),
    ]


def test_nationality_of_handed_over_goods_is_the_supplier(build):
    # "the supply of French armoured vehicles to Armenia", "... of Ruritanian rifles to ...", "... of Freedonian drones"
    from accord.events.actor_roles import noun_roles

    for nat, noun, code in (
        ("Ruritanian", "rifles", "RUR"),
        ("Freedonian", "drones", "FRE"),
        ("Sylvanian", "tanks", "SYL"),
    ):
        doc = build(
            _supply_rows(nat, noun, "Elbonia"),
            [(3, 4, code, code, None, None, "state"), (6, 7, "ELB", "ELB", None, None, "state")],
        )
        a, r = noun_roles(doc[1], ActorGroups(doc))
        assert a is not None and a.i == 3 and r is not None and r.i == 6


def test_goods_qualified_by_a_state_organ_give_no_supplier(build):
    # "the supply of Ruritanian army rifles ..." where the mention is the army (a sector): not a state's nationality
    from accord.events.actor_roles import noun_roles

    doc = build(
        _supply_rows("Ruritanian", "rifles", "Elbonia"),
        [(3, 4, "RURMIL", "RUR", "MIL", None, "org"), (6, 7, "ELB", "ELB", None, None, "state")],
    )
    a, _ = noun_roles(doc[1], ActorGroups(doc))
    assert a is None


def test_main_clause_misparsed_as_a_modifier_in_a_paragraph(build):
    # "The ministry at a briefing called on / urged / accused Ruritania .\n\n": the sentence of a
    # paragraph ends in its line breaks; the ministry still acts
    for verb, lemma in (("called", "call"), ("urged", "urge"), ("accused", "accuse")):
        rows = [
            ("The", "the", "DET", "DT", "det", 1, "O"),
            ("ministry", "ministry", "NOUN", "NN", "ROOT", 1, "O"),
            ("at", "at", "ADP", "IN", "prep", 1, "O"),
            ("a", "a", "DET", "DT", "det", 4, "O"),
            ("briefing", "briefing", "NOUN", "NN", "pobj", 2, "O"),
            (verb, lemma, "VERB", "VBD", "acl", 4, "O"),
            ("Ruritania", "Ruritania", "PROPN", "NNP", "dobj", 5, G),
            (".", ".", "PUNCT", ".", "punct", 1, "O"),
            ("\n\n", "\n\n", "SPACE", "_SP", "dep", 7, "O"),
        ]
        doc = build(rows, [(6, 7, "RUR", "RUR", None, None, "state")])
        a, _ = subject_of(doc[5], ActorGroups(doc))
        assert a is not None and a.i == 1, verb


def test_the_agent_of_an_event_nouns_author_verb_is_its_actor(build):
    """'The attack was organised by Elbonia': Elbonia's attack; 'condemned by Elbonia' is no authorship."""
    from accord.events.actor_roles import noun_roles

    for verb, lemma, want in (
        ("organised", "organise", "Elbonia"),
        ("planned", "plan", "Elbonia"),
        ("condemned", "condemn", None),
    ):
        rows = [
            ("The", "the", "DET", "DT", "det", 1, "O"),
            ("attack", "attack", "NOUN", "NN", "nsubjpass", 3, "O"),
            ("was", "be", "AUX", "VBD", "auxpass", 3, "O"),
            (verb, lemma, "VERB", "VBN", "ROOT", 3, "O"),
            ("by", "by", "ADP", "IN", "agent", 3, "O"),
            ("Elbonia", "Elbonia", "PROPN", "NNP", "pobj", 4, "B-GPE"),
            (".", ".", "PUNCT", ".", "punct", 3, "O"),
        ]
        doc = build(rows, [(5, 6, "ELB", "ELB", None, None, "state")])
        a, _ = noun_roles(doc[1], ActorGroups(doc))
        assert (a.text if a is not None else None) == want, verb
