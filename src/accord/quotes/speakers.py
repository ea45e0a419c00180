"""Speakers: the subject of a cue (through control, conjunction and
participle clauses), whether it is someone who can take a stand, and the
speaker's name span (:mod:`.speaker_phrase` makes the Speaker record)."""

from __future__ import annotations

from bisect import bisect_right

from ..syntax import grammar
from .commas import adding_participle, comma_name, title_comma
from .cues import _cue_conjuncts
from .marks import ALL_MARKS
from .sentences import sent_bounds
from .spans import _CLOSERS
from .speaker_asides import _fronted_place, _past_own_page, fronted_place_of_passive
from .venues import venue_owner
from .vocabulary import word_seq, word_set

# the children of a name's head that belong to the name
_NAME_ROLES = ("compound", "noun_modifier", "adjective", "possessor", "case")
# more children that belong to the name (flat names are UD's; the English model has none)
_NAME_PARTS = ("flat_name", "determiner", "number")


def _speaker_token(tok, depth: int = 0):
    """The subject of cue ``tok`` (or of the verb it hangs from)."""
    quoted = _quoted_as_saying(tok)
    if quoted is not None:
        return quoted
    told = (_told_at(tok) or _said_in(tok)) if depth == 0 else None
    if told is not None:
        return told
    found = _subject_token(tok, depth)
    if found is None and depth == 0:
        found = _inverted_name(tok)
    elif depth == 0 and found.i < tok.i and inverted_after_comma(tok):
        found = _inverted_name(tok) or found  # '..., informs the press service of the ministry': it speaks
    elif depth == 0 and found.i < tok.i and _after_dialogue_dash(tok):
        # '«...», - shared her impressions with the correspondent student X Y': a word of the
        # quotation read as the subject; the person named after the verb speaks
        found = _inverted_name(tok) or _last_person_after(tok) or found
    if depth == 0 and (found is None or found.i < tok.i):
        comma = title_comma(tok, found)
        if comma is not None:
            found = comma_name(tok, comma)
    return found


def inverted_after_comma(tok) -> bool:
    """'The ministry recalled its envoy, informs the press service of the
    ministry.': a cue verb without a subject of its own right after a comma,
    that the parser took for a conjunct of the verb before, with its speaker
    named right after it (translated copy's inverted order)."""
    gr = grammar(tok)
    if tok.i < 4 or tok.doc[tok.i - 1].text != "," or not gr.is_(tok, "conjunct") or tok.head.i > tok.i:
        return False
    if any(gr.is_(c, "subject", "passive_subject") for c in tok.children):
        return False
    return _inverted_name(tok) is not None


def _after_dialogue_dash(tok) -> bool:
    """Does cue ``tok`` (a past or present verb) open an attribution after a
    quotation and a dialogue dash ('», - shared', '", - noted')?"""
    doc = tok.doc
    return (
        tok.tag_ in ("VBD", "VBZ")
        and tok.i >= 2
        and doc[tok.i - 1].text in ("-", "\u2013", "\u2014")
        and doc[tok.i - 2].text in (",", ".", "!", "?", "\u2026")
    )


def _last_person_after(tok):
    """The last word of the last person's name after ``tok`` in its sentence, or None."""
    end = tok.sent.end if tok.doc.has_annotation("SENT_START") else len(tok.doc)
    names = [t for t in tok.doc[tok.i + 1 : end] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
    return names[-1] if names else None


def _told_at(tok):
    """'..., the agency was told at the Drug Control Agency': the body a
    passive "told"/"informed" names with "at" or "in" speaks; else None."""
    gr = grammar(tok)
    if tok.tag_ != "VBN" or tok.lemma_ not in word_set("hearer_verbs"):
        return None
    if not any(gr.is_(c, "passive_subject") for c in tok.children):
        return None
    for p in tok.children:
        if gr.is_(p, "prep") and p.lower_ in ("at", "in") and p.i > tok.i:
            obj = next((g for g in p.children if gr.is_(g, "prep_object")), None)
            if (
                obj is not None
                and obj.pos_ in ("PROPN", "NOUN")
                and obj.ent_type_ not in ("DATE", "TIME")
                and _agentive(obj)
            ):
                return obj
    return None


def _said_in(tok):
    """'In the Ministry of Defence it was reported, that ...', 'In the
    ministry added, that ...' (translated copy): with no subject but an
    empty "it", the body an "in" before the cue names speaks; else None."""
    gr = grammar(tok)
    subj = next((c for c in tok.children if gr.is_(c, "subject", "passive_subject")), None)
    if subj is not None and subj.lower_ not in ("it", "they"):
        # "In New Delhi, the claims were called ...": the place speaks; a subject of its own else
        return fronted_place_of_passive(tok, subj)
    # "they said in the ministry": the agencies' impersonal "сообщили в", as "it was said in"
    anaphoric = subj is not None and subj.lower_ == "they" and _plural_subject_before(subj)
    for p in tok.children:  # "In the ministry it was noted", "it was noted in the department"
        if anaphoric and p.i > tok.i:
            continue  # "Two diplomats visited Baku. They said in the ministry ...": they are the diplomats
        if gr.is_(p, "prep") and p.lower_ == "in":
            obj = next((g for g in p.children if gr.is_(g, "prep_object")), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME", "GPE") and _agentive(obj):
                return obj
            if obj is not None and obj.ent_type_ == "GPE" and _fronted_place(p, subj):
                return obj  # "In Moscow, it was confirmed that ...": the capital's officials speak
    return None


def _plural_subject_before(tok, window: int = 40) -> bool:
    """Is there a plural noun subject in the few dozen words before ``tok``
    (its sentence or the one before), which a "they" would stand for?"""
    doc, gr = tok.doc, grammar(tok)
    return any(
        t.tag_ in ("NNS", "NNPS") and gr.is_(t, "subject", "passive_subject")
        for t in doc[max(0, tok.i - window) : tok.i]
    )


def _inverted_name(tok):
    """'"...," said Peter Lindqvist, a former officer, "..."': the name right after a
    speech verb that follows a quotation or a comma, when the parser hung it elsewhere."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or tok.tag_ not in ("VBD", "VBZ"):
        return None
    before = doc[tok.i - 1]
    if before.text in ("-", "\u2013", "\u2014"):
        # a dialogue dash ("..., - said X"), not a dash that closes an aside ("DFA - which ... - said")
        if tok.i < 2 or doc[tok.i - 2].text not in (",", ".", "!", "?", "\u2026"):
            return None
    elif not (before.is_punct and (before.text == "," or before.text in _CLOSERS or before.is_quote)):
        return None
    j = _past_own_page(doc, tok.i + 1)
    if doc[j].lower_ in ("the", "a", "an"):
        j += 1
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].ent_type_ not in ("DATE", "TIME"):
        k += 1
    titles = word_set("person_nouns", "role_nouns")
    while k - j < 3 and k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].lower_ in titles and doc[j].pos_ == "NOUN":
        k += 1  # "said the deputy chairman of ...": a title or two, no name
    if k == j:
        return _inverted_unit(doc, j)
    return doc[k - 1]


def _inverted_unit(doc, j: int):
    """'"...," informed the press service of the State Customs Service': the
    unit noun of a body named after it, at token ``j`` right after an
    inverted cue (and its article); else None."""
    k = j
    while k - j < 3 and k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].is_lower:
        k += 1
    if k > j and k + 1 < len(doc) and doc[k - 1].lower_ in word_set("body_units") and doc[k].lower_ == "of":
        return doc[k - 1]
    return None


def _subject_token(tok, depth: int = 0):
    """The subject of verb ``tok``: its nominal subject, its passive agent, or
    the speaker of the clause it depends on."""
    gr = grammar(tok)
    # a closing mark the parser made the subject ('«...,» reads the statement') is no one
    subjects = [ch for ch in tok.children if gr.is_(ch, "subject") and ch.text.strip(ALL_MARKS)]
    if not subjects:
        # "X is convinced that ...": the parser hung the subject on the auxiliary
        subjects = [
            g for ch in tok.children if gr.is_(ch, "aux", "passive_aux") for g in ch.children if gr.is_(g, "subject")
        ]
    if subjects:
        return _nominal_subject(tok, subjects)
    for ch in tok.children:
        if gr.is_(ch, "agent"):
            for g in ch.children:
                if gr.is_(g, "prep_object"):
                    return g
    lead = _participle_subject(tok)
    if lead is not None:
        return lead
    if depth >= 3:
        return None
    return _subject_from_head(tok, depth)


def _participle_subject(tok):
    """'X, answering the question of our correspondent, said that ...': the
    parser made X the subject of the participle clause set off before the
    cue, which it left without one; that subject, else None."""
    gr = grammar(tok)
    for ch in tok.lefts:
        if ch.tag_ == "VBG" and gr.is_(ch, "adverbial_clause"):
            subj = next((g for g in ch.lefts if gr.is_(g, "subject")), None)
            if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
                return subj
    return None


def _nominal_subject(tok, subjects):
    """The subject nearest the verb, past the parser's misreads of datelines
    and participle openers as subjects."""
    gr = grammar(tok)
    # a dateline the parser made a second subject ("YEREVAN, March 4 - The ministry said"):
    # the subject nearest the verb
    subj = max((c for c in subjects if c.i < tok.i), key=lambda c: c.i, default=subjects[0])
    if subj.tag_ == "VBG":
        # "Briefing the Council before the vote, NAME, ROLE, said": the parser made the
        # participle the subject and the name its conjunct
        named = [
            c
            for c in subj.children
            if gr.is_(c, "conjunct", "apposition", "noun_adverbial") and c.pos_ == "PROPN" and c.i < tok.i
        ]
        if named:
            return named[-1]
    if subj.is_sent_start and subj.text.isupper() and len(subj.text) > 2:
        # "ALMATY -- Minister X, opening a post, said": the parser made the dateline the subject
        # and the speaker its apposition
        appos = [c for c in subj.children if gr.is_(c, "apposition") and c.pos_ in ("PROPN", "NOUN")]
        if appos:
            return appos[-1]
        nxt = subj.doc[subj.i + 1].text if subj.i + 1 < len(subj.doc) else ""
        if nxt in (",", "(", "\u2014", "--", "-"):
            return None  # "LOS ANGELES, Sept. 28 (UPI) - ...": a dateline speaks for no one
    return subj


def _subject_from_head(tok, depth: int):
    """The speaker of a verb with no subject of its own, from the word it
    hangs from: a preposition's verb, a controlling object, a copula."""
    gr = grammar(tok)
    if gr.is_(tok, "prep_clause") and gr.is_(tok.head, "prep") and tok.head.head.i != tok.head.i:
        # "defended it by saying ...", "pivoted to arguing ..."
        h = tok.head.head
        if h.pos_ in ("ADJ", "ADV") and gr.is_(h, "adjectival_complement", "adverb") and h.head.pos_ in ("VERB", "AUX"):
            h = h.head  # "stopped short of calling ...", "was careful about saying ..."
        if h.pos_ in ("VERB", "AUX"):
            return _speaker_token(h, depth + 1)
        return None
    if gr.is_(tok, "open_complement") and tok.head.lemma_.lower() in word_set("object_control"):
        # "forced the contractor to admit that ...", "led the envoy to fear ...": the object speaks
        obj = next((c for c in tok.head.children if gr.is_(c, "object") and c.i < tok.i), None)
        if obj is not None:
            return obj
    if gr.is_(tok, "open_complement") and tok.head.pos_ == "ADJ" and gr.is_(tok.head, "adjectival_complement"):
        # "was unable to ... and accuse", "is eager to tout ...": the subject of the copula
        return _speaker_token(tok.head.head, depth + 1)
    if gr.is_(tok, "adjectival_complement") and tok.tag_ == "VBN" and tok.head.lemma_ == "be":
        # "X is convinced that ...": the parser read the participle as the copula's complement
        return _speaker_token(tok.head, depth + 1)
    if (
        gr.is_(tok, "conjunct", "open_complement", "adverbial_clause", "clausal_complement", "clause_modifier")
        and tok.head.i != tok.i
    ):
        return _subject_of_clause(tok, depth)
    return None


def _subject_of_clause(tok, depth: int):
    """The speaker of a dependent clause: the speaker of the verb (or the
    noun) it depends on, unless the clause says who was asked."""
    gr = grammar(tok)
    if gr.is_(tok, "clausal_complement") and tok.i > tok.head.i:
        return None
    if (
        gr.is_(tok, "adverbial_clause")
        and tok.lemma_ in word_set("hearer_verbs")
        and tok.i < tok.head.i
        and tok.tag_ in ("VBN", "VBD")
        and (tok.tag_ == "VBN" or tok.i == sent_bounds(tok)[0])
        and not any(gr.is_(c, "passive_aux", "subject", "aux") for c in tok.children)
    ):
        return None  # "Asked whether ..., X said": X was asked; the asker is not named
    if gr.is_(tok, "clause_modifier") and depth > 0 and tok.tag_ == "VB" and not _agentive(tok.head):
        # "X denounced plans to hold drills, calling them ...": the plans do not call;
        # whose plans they are ("Armenia's plans"), else the clause's subject
        owner = next((c for c in tok.head.children if gr.is_(c, "possessor")), None)
        if owner is not None:
            return owner
        n = _verb_over(tok.head, ("prep_object", "object", "prep"))
        return _speaker_token(n, depth + 1) if n is not None else None
    if gr.is_(tok, "clause_modifier") and tok.tag_ == "VBG" and tok.head.lemma_.lower() in word_set("events"):
        # "she said at a news conference announcing that ...": who held the conference
        n = _verb_over(tok.head, ("prep_object", "prep"))
        return _speaker_token(n, depth + 1) if n is not None else None
    if gr.is_(tok, "clause_modifier"):
        return venue_owner(tok) or (tok.head if tok.head.pos_ in ("NOUN", "PROPN", "PRON") else None)
    if adding_participle(tok):
        # "X stated that Baku expects A, adding that B": X adds, not Baku
        return _speaker_token(tok.head.head, depth + 1)
    if gr.is_(tok, "conjunct") and (tok in _cue_conjuncts(tok.head) or _mute_content_conjunct(tok)):
        # "X denies that A was B and goes on to ...": X's verb, hung on A's
        return _speaker_token(tok.head.head, depth + 1)
    return _speaker_token(tok.head, depth + 1)


def _mute_content_conjunct(tok) -> bool:
    """'Iran said stray shells had landed in its territory and warned that
    ...': a cue the parser hung on the content's verb, whose subject cannot
    speak, goes on from the cue above."""
    gr = grammar(tok)
    h = tok.head
    if h.i == tok.i or not gr.is_(h, "clausal_complement") or h.head.pos_ != "VERB" or h.i < h.head.i:
        return False
    subj = next((c for c in h.children if gr.is_(c, "subject")), None)
    return subj is not None and not _agentive(subj)


def _verb_over(noun, roles):
    """The verb that ``noun`` hangs from through links of these ``roles`` ("plans" in "denounced
    plans", "conference" in "said at a news conference"); None if no verb governs it."""
    gr = grammar(noun)
    n = noun
    while gr.is_(n, *roles) and n.head.i != n.i:
        n = n.head
    return n if n.pos_ in ("VERB", "AUX") and n.i != noun.i else None


def _quoted_as_saying(tok):
    """ "TASS quoted Lavrov as saying ...", "Lavrov was quoted as saying ...":
    the one quoted is the speaker, not the one who quotes; None otherwise."""
    gr = grammar(tok)
    if tok.lemma_.lower() != "quote":
        return None
    if _quotes_after_quotation(tok) or _quotes_before_quotation(tok):
        return _quoted_one(tok)
    if not any(
        gr.is_(c, "prep")
        and c.lower_ == "as"
        and any(gr.is_(g, "prep_clause", "prep_object") and g.tag_ == "VBG" for g in c.children)
        for c in tok.children
    ):
        return None  # "quoted the report as evidence": a use of words, not a speaker
    return next((c for c in tok.children if gr.is_(c, "object")), None) or next(
        (c for c in tok.children if gr.is_(c, "passive_subject")), None
    )


def _quoted_one(tok):
    """The one "quote" names after it: its object, or a capitalised name the
    parser read as a complement ("the agency quotes Khachatryan")."""
    gr = grammar(tok)
    return next(
        (
            c
            for c in tok.rights
            if gr.is_(c, "object", "adjectival_complement", "predicative", "dative")
            and (c.pos_ in ("PROPN", "NOUN") or c.text[:1].isupper())
        ),
        None,
    )


def _quotes_before_quotation(tok) -> bool:
    """'The agency Neva Wire quotes a source in the Secretariat: "..."': a
    colon after the one quoted, then the quotation."""
    gr = grammar(tok)
    doc = tok.doc
    subj = next((c for c in tok.children if gr.is_(c, "subject")), None)
    obj = _quoted_one(tok)
    if subj is None or obj is None or subj.i > tok.i or obj.i < tok.i:
        return False
    j = obj.i + 1
    while j < len(doc) and j <= obj.i + 8 and doc[j].text != ":" and not doc[j].is_punct:
        j += 1  # "a source in the CSTO Secretariat:", the quotation often hung on the object
    return j + 1 < len(doc) and doc[j].text == ":" and (doc[j + 1].is_quote or doc[j + 1].text in "\u00ab\u201e")


def _quotes_after_quotation(tok) -> bool:
    """'"...," the agency quotes the minister.': a reporting tail after a
    quotation whose verb is "quote" with an object and no "as" phrase."""
    gr = grammar(tok)
    subj = next((c for c in tok.children if gr.is_(c, "subject")), None)
    obj = _quoted_one(tok)
    if subj is None or obj is None or subj.i > tok.i or obj.i < tok.i:
        return False
    if any(gr.is_(c, "prep") and c.lower_ == "as" for c in tok.children):
        return False
    k = subj.left_edge.i - 1
    return k >= 1 and tok.doc[k].text == "," and tok.doc[k - 1].is_quote or k >= 0 and tok.doc[k].is_quote


def _agentive(tok) -> bool:
    """Is the subject a person or a group (someone who can take a stand)?"""
    gr = grammar(tok)
    if tok is None:
        return False
    if tok.lower_ in word_set("agent_pronouns"):
        return True
    if tok.lower_ in word_set("shares"):
        # "40 percent of voters", "a majority of Republicans", "those who ..."
        of = next(
            (
                g
                for c in tok.children
                if gr.is_(c, "prep") and c.lower_ == "of"
                for g in c.children
                if gr.is_(g, "prep_object")
            ),
            None,
        )
        if of is not None:
            return _agentive(of) if of.i != tok.i else False
        return tok.lower_ in ("those", "many", "most", "some", "others")
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and not (tok.pos_ == "NOUN" and tok.text.islower()):
        return True  # a name, not a common noun the tagger swept into one ("stray shells")
    if tok.pos_ == "PROPN":
        return True
    if (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NNS"
        and tok.lower_.endswith(word_seq("people_endings"))
        and (not tok.lower_.endswith("ments") or tok.lower_ in ("governments", "parliaments", "regiments"))
    ):
        return True  # voters, supporters, officials, conservatives, residents, Republicans; not plans, statements
    if tok.pos_ == "NOUN" and tok.lower_ in word_set("person_nouns"):
        return True
    if tok.lower_ in word_set("body_units") and any(
        gr.is_(c, "prep") and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children
    ):
        return True  # "the press service of the Ministry of X": a unit of a named body
    # the actors component knows the phrase as a person or a coded body
    m = _mention_covering(tok)
    return m is not None and (m.kind == "person" or bool(m.code))


def _mention_covering(tok):
    """The actor mention that covers ``tok`` (by bisection on the sorted mention starts)."""
    doc = tok.doc
    if not doc.has_extension("mentions") or not doc._.mentions:
        return None
    ms = doc._.mentions
    key = ("accord_mention_starts", len(ms))
    starts = doc.user_data.get(key)
    if starts is None:
        starts = doc.user_data[key] = [m.start for m in ms]
    hi = bisect_right(starts, tok.idx)
    for i in range(hi - 1, max(-1, hi - 9), -1):  # mentions nest only a few deep
        if ms[i].start <= tok.idx < ms[i].end:
            return ms[i]
    return None


def _when(prep) -> bool:
    """A time or occasion phrase: "on Tuesday", "in July", "at a briefing",
    "in its comment to the agency" (where it spoke, not who)."""
    gr = grammar(prep)
    said = prep.lower_ in ("in", "at", "on", "during")
    return any(
        gr.is_(g, "prep_object")
        and g.pos_ != "VERB"  # "the source in the delegation reports": the cue the parser hung there
        and (
            g.ent_type_ in ("DATE", "TIME")
            or g.lemma_.lower() in word_set("events")
            or (said and g.lemma_.lower() in word_set("utterance_nouns", "documents"))
        )
        for g in prep.children
    )


def _name_bounds(tok) -> tuple[int, int]:
    """Token bounds of the speaker's name: the head noun with its compounds,
    modifiers and determiners, without appositions, clauses and punctuation."""
    gr = grammar(tok)
    lo = hi = tok.i
    for ch in tok.lefts:
        if gr.is_(ch, *_NAME_ROLES) or gr.is_(ch, *_NAME_PARTS) or gr.is_(ch, "prep"):
            lo = min(lo, ch.left_edge.i)
    for ch in tok.rights:
        if gr.is_(ch, "prep") and _when(ch):
            break  # "the ministry on Tuesday": when it spoke, not who
        if (gr.is_(ch, "compound", "prep", "case") or gr.is_(ch, "flat_name", "number")) and ch.i == hi + 1:
            hi = ch.right_edge.i
        elif gr.is_(ch, "apposition") and ch.left_edge.i == hi + 1 and ch.pos_ == "PROPN":
            hi = ch.right_edge.i  # "spokeswoman Marina Testova": a name with no comma is the same name
        elif gr.is_(ch, "prep") and ch.i <= hi + 1:
            hi = ch.right_edge.i
        elif gr.is_(ch, "conjunct") and _one_name(tok, ch):
            hi = ch.right_edge.i  # "the Ministry of Labour and Social Protection of X": one body's name
    doc = tok.doc
    v = tok
    for _ in range(3):
        v = v.head  # "said in the message of X that ...": the verb the phrase hangs from
    k = misread_that(v) if v.pos_ in ("VERB", "AUX") else None
    if k is not None and tok.i < k <= hi:
        hi = k - 1  # the cue's "that" and its clause are no part of the name
    for k in range(tok.i + 1, min(hi, len(doc) - 1)):
        if doc[k].text == "," and doc[k + 1].lower_ in ("who", "which", "whose", "whom"):
            hi = k - 1  # "an executive at one of the lines, who spoke on condition ...": not the name
            break
    while lo < tok.i and (
        doc[lo].is_punct or (doc[lo].tag_ in ("RB", "RBR", "RBS", "JJR") and doc[lo].pos_ != "PROPN")
    ):
        lo += 1  # "Earlier Asanov stated ...": an adverb the parser took for part of the name
    if hi + 1 < len(doc) and _closes(doc, lo, hi + 1):
        hi += 1
    while hi > tok.i and (doc[hi].is_punct or doc[hi].pos_ == "VERB") and not _closes(doc, lo, hi):
        hi -= 1  # a verb is no part of a name: '..., the press service of X informs.'
    return lo, hi + 1


def misread_that(verb) -> int | None:
    """'It is said in the message of the ministry that drones of state
    bodies ... are not subject to the new rules': the parser read the cue's
    "that" as a relative pronoun (its clause's subject taken for a verb) and
    left the cue's clause with no subject; the index of that "that", else None."""
    gr = grammar(verb)
    doc = verb.doc
    comp = next((c for c in verb.children if gr.is_(c, "clausal_complement") and c.i > verb.i), None)
    if comp is None or comp.left_edge.i <= verb.i + 2:
        return None
    if any(gr.is_(c, "subject", "passive_subject", "expletive") for c in comp.children):
        return None
    t = doc[comp.left_edge.i - 1]
    for _ in range(6):
        if gr.is_(t, "relative_clause") and t.right_edge.i == comp.left_edge.i - 1:
            k = t.left_edge.i
            return k if k > verb.i and doc[k].lower_ == "that" else None
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _one_name(tok, conj) -> bool:
    """Is proper noun ``conj``, parsed as a conjunct of ``tok``, part of the
    one organisation's name the recogniser read over both ("Ministry of
    Labour and Social Protection"), not a second party ("Russia and China")?"""
    if tok.pos_ != "PROPN" or conj.pos_ != "PROPN" or tok.ent_type_ != "ORG":
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and ent.end > conj.right_edge.i


def _closes(doc, lo: int, hi: int) -> bool:
    """Does token ``hi`` close a parenthesis the name opened ("Agency (ANAMA)")?"""
    return doc[hi].text == ")" and any(doc[k].text == "(" for k in range(max(lo, hi - 5), hi))


def _noun_source(t):
    """The source of noun cue ``t``: its possessor ("Tokayev's warning"), a
    "by" agent ("a warning by the ministry"), or the subject of a light verb
    it is the object of ("X voiced concern"); None if there is none."""
    gr = grammar(t)
    owner = next((c for c in t.children if gr.is_(c, "possessor")), None)
    if owner is not None:
        return owner if owner.lower_ != "its" or t.lemma_ in ("statement", "announcement") else None
    for c in t.children:
        if gr.is_(c, "prep") and c.lower_ == "by" and c.i > t.i:
            g = next((x for x in c.children if gr.is_(x, "prep_object")), None)
            if g is not None and _agentive(g):
                return g
    h = t
    while gr.is_(h, "conjunct") and h.head.i != h.i:
        h = h.head
    if gr.is_(h, "object") and h.head.lemma_.lower() in word_set("light_verbs"):
        return _speaker_token(h.head)
    p = h.head
    if gr.is_(h, "prep_object") and p.lower_ == "of" and p.head.lemma_ == "be" and p.head.i < p.i:
        return _speaker_token(p.head)  # "X is of the opinion that ...": the one who holds it
    return None


def _name_before(doc, tok, e: int):
    """The noun right before ``tok`` (past a parenthesis: 'X (D-Md.) said'),
    if it lies after the quotation ending at ``e``; else None."""
    i = tok.i - 1
    if i >= 0 and doc[i].text == ")":
        while i >= 0 and doc[i].text != "(" and tok.i - i < 12:
            i -= 1
        i -= 1
    if i < 0 or doc[i].idx < e or doc[i].pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    return doc[i]
