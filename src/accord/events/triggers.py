"""Event triggers in a sentence: the verbs and event nouns that name an
event, with their CAMEO code (which embeds which: ``embedding.py``).

A trigger is found by accord's own rules (``data/triggers.tsv``: a lemma,
optionally with argument words it needs) and the CAMEO verb dictionary
(``data/cameo_verbs.json``: a verb's phrase patterns, then its default
code). ``X said Y must do Z`` adds a demand on Y; a trigger governed by
another (``agreed to hold drills``) becomes the content of the outer one.
"""

from __future__ import annotations

from spacy import symbols as _POS

from ..syntax import grammar
from . import flags as F
from . import words as W
from .candidate import SPEC_PATTERN, SPEC_RULE, SPEC_RULE_ARGS, SPEC_VERB, Candidate, recode
from .conditions import demanded_conditions
from .criticism import concern_about_nothing, with_criticism
from .embedding import resolve_embedding
from .factuality import acts_on_noun, is_link_line, states_a_habit, tells_a_trend, tells_grown_ties
from .gatherings import attendance_on_a_noun, unnamed_invitation
from .judged import (
    REJECT_CODE,
    gives_a_verdict,
    judged_unacceptable,
    rejects_proposal,
    verdict_words,
    without_verdict_clauses,
)
from .lexicon import Lexicon, lexicon
from .object_sense import object_code
from .praise import praised_partners
from .sense import mediated_parties, no_act, people_on_the_move
from .transfers import transfers
from .two_sided import lone_talks
from .under_fire import under_fire

#: which dependents of a trigger count as its arguments for rules and patterns
ARG_ROLES = (
    "object",
    "attribute",
    "predicative",
    "passive_subject",
    "dative",
    "adjectival_complement",
    "noun_adverbial",
    "particle",
    "compound",
    "adjective",
    "noun_modifier",
    "adverb",
    "open_complement",
    "conjunct",
    "apposition",
)
#: the clauses whose marker counts as the verb's preposition when they are for-to infinitives
FOR_TO_ROLES = ("adverbial_clause",)
INFINITIVE_MARK = "@to"  # an infinitive clause with no marker under the verb (a rule's args can ask for it)
#: entity labels of a prepositional phrase that dates the act and is none of its arguments
TIME_ENTITIES = ("DATE", "TIME")
#: the arguments whose entity label a rule can ask for (``@NORP``, ``@PERSON``)
ENTITY_ARG_ROLES = ("object", "passive_subject", "dative")
#: the modifiers of an argument whose words count too
MOD_ROLES = ("compound", "adjective", "noun_modifier", "possessor")
#: the dependents after a verb that start an embedded clause (its phrase patterns stop there)
CLAUSE_ROLES = (
    "clausal_complement",
    "adverbial_clause",
    "relative_clause",
    "conjunct",
    "parataxis",
    "clausal_subject",
    "clause_modifier",
    "open_complement",
    "coordinator",
    "punct",
)
#: the marker a trigger rule's args can ask for: a complement clause ("offered to ..."), a predicate of
#: the object ("called the move a provocation")
COMPLEMENT_MARK = {"open_complement": "@xcomp", "clausal_complement": "@ccomp", "predicative": "@pred"}


def hyphen_joined(tok) -> str | None:
    """``cease-fire`` split by the tokenizer: the lower-cased word the token
    ends (``ceasefire`` for ``fire``), or None when no hyphen joins it to the word before."""
    doc = tok.doc
    i = tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        return doc[i - 2].lower_ + tok.lower_
    return None


#: object pronouns of a thing that stand for the subject of the sentence before ("The exercise was hosted by X.
#: Troops of Y took part in it."), each with the tag of the noun it can stand for
THING_PRONOUNS = {"it": "NN", "them": "NNS"}


def pronoun_antecedent(t):
    """The noun a thing pronoun argument stands for: the subject of the
    sentence before, of the pronoun's number ("The drills were hosted by X.
    Troops of Y took part in them."); None for any other word."""
    if t.pos_ != "PRON" or THING_PRONOUNS.get(t.lower_) is None or t.sent.start == 0:
        return None
    prev = t.doc[t.sent.start - 1].sent
    for s in grammar(t).children(prev.root, "subject", "passive_subject"):
        if s.pos_ == "NOUN" and s.tag_ == THING_PRONOUNS[t.lower_]:
            return s
    return None


def arg_words(tok, near: bool = False) -> set:
    """Lemmas and lower-cased forms of a trigger's arguments (see ARG_ROLES),
    with their modifiers, prepositions and prepositional objects; for a noun
    also its own modifiers and the verb that governs it; a thing pronoun's
    antecedent ("took part in it": the exercise). ``near``: without the phrases
    inside the verb's own prepositional phrases ("held talks on the sidelines
    of the exercise": not the exercise; "took part in the drills": still the drills)."""
    g = grammar(tok)
    out = set()

    def add(t, depth=0):
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        ante = pronoun_antecedent(t)
        if ante is not None:  # "took part in it": the exercise told before
            out.update((ante.lemma_.lower(), ante.lower_))
        joined = hyphen_joined(t)
        if joined:
            out.add(joined)
        for c in g.children(t, *MOD_ROLES):
            for m in (c, *g.children(c, "conjunct")):  # "a serious and dangerous development"
                out.add(m.lemma_.lower())
                out.add(m.lower_)
        if depth < 1:
            for c in t.children:
                if g.is_(c, "prep"):
                    for p in g.children(c, "prep_object"):
                        add(p, depth + 1)
                elif g.is_(c, "conjunct"):
                    add(c, depth)  # "sent a battalion and a battery to the drills": the phrase hangs on the last

    for c in tok.children:
        role = g.role(c)
        if role in COMPLEMENT_MARK:
            out.add(COMPLEMENT_MARK[role])  # "offered to ...", rules can ask for a complement clause
            out.update((c.lemma_.lower(), c.lower_))  # "kept the crossings closed"
        elif role in FOR_TO_ROLES and any(x.tag_ == "TO" for x in c.children):
            # "called for Britain to stay": the for of a for-to clause is the verb's preposition; with no
            # marker the infinitive may be what is asked ("asked the authorities to explain": @to)
            out.update(m.lower_ for m in g.children(c, "marker"))
            if not g.has_child(c, "marker"):
                out.add(INFINITIVE_MARK)
        if role in ARG_ROLES:  # "called on X to react to the militarisation": what is asked is no verdict
            add(c, int(role == "open_complement" and any(p.lower_ in ("on", "upon") for p in g.children(tok, "prep"))))
            if c.ent_type_ and role in ENTITY_ARG_ROLES:
                out.add("@" + c.ent_type_)  # "released two Britons": rules can ask for a named party (@NORP)
        elif role in ("prep", "agent"):
            objs = g.children(c, "prep_object")
            if objs and all(p.ent_type_ in TIME_ENTITIES for p in objs):
                continue  # "called Seoul on Tuesday": a date is no argument ("called on Seoul to")
            out.add(c.lower_)
            for p in objs:
                add(p, int(near))
    if acts_on_noun(tok) or (g.is_(tok, "clause_modifier") and tok.tag_ == "VBN" and g.has_child(tok, "agent")):
        # "the claim Baku denied", "an agreement reached by X and Y": the noun is what the clause acts on
        out.add(tok.head.lemma_.lower())
    if tok.pos_ in ("NOUN", "PROPN"):
        h = tok.head
        if h.i != tok.i:
            out.add(h.lemma_.lower())
            if g.is_(h, "prep") and h.head.i != h.i:
                out.add(h.head.lemma_.lower())
    return out | verdict_words(tok)


def _match_seq(groups, toks) -> bool:
    j = 0
    n = len(toks)
    for g in groups:
        while j < n and not (toks[j][0] in g or toks[j][1] in g):
            j += 1
        if j >= n:
            return False
        j += 1
    return True


def _cameo_pattern(lex: Lexicon, block: dict, tok, sent_words: set, words: list, k: int, toks=None):
    """The longest phrase pattern of the verb's CAMEO block that matches in the
    verb's own phrase (post-words in order within 10 tokens after it, outside
    embedded clauses; pre-words within 5 before). Returns (code, length) or None."""
    if toks is not None:
        g = grammar(tok)
        s0 = toks[0].i
        skip = set()
        for c in g.children(tok, *CLAUSE_ROLES):
            if c.i > tok.i:
                skip.update(range(c.left_edge.i, c.right_edge.i + 1))
        post = [words[j - s0] for j in range(tok.i + 1, tok.right_edge.i + 1) if j not in skip][:10]
    else:
        post = words[k + 1 : k + 11]
    pre = words[max(0, k - 5) : k]
    index = block["index"]
    hits = set()
    for w in sent_words:
        got = index.get(w)
        if got:
            hits.update(got)
    pats = block["patterns"]
    function_words = W.words("function_words")
    for pi in sorted(hits):
        pre_s, post_s, code, n, wset = pats[pi]
        if any(not (g & sent_words) for g in pre_s) or any(not (g & sent_words) for g in post_s):
            continue
        if post_s and not _match_seq(post_s, post):
            continue
        if pre_s and not _match_seq(pre_s, pre):
            continue
        content = [g for g in pre_s + post_s if not g <= function_words]
        if not content:
            continue
        return code, n
    return None


class _SentenceWords:
    """The sentence's (lower, lemma) pairs and their set, computed once when a
    verb's CAMEO patterns first need them."""

    def __init__(self, toks):
        self.toks = toks
        self._pairs = None

    def get(self) -> tuple[list, set]:
        if self._pairs is None:
            words = [(t.lower_, t.lemma_.lower()) for t in self.toks]
            self._pairs = (words, {w for pair in words for w in pair})
        return self._pairs


def _rule_with_args(rules, tok):
    """The first of a lemma's rules whose argument words the trigger has, or
    None; a rule met by the trigger's own arguments wins over one met only by a
    phrase inside them ("held talks on the sidelines of the exercise": talks)."""
    if not any(r.args for r in rules):
        return None  # no rule asks for arguments: the trigger's are not read
    for args in (arg_words(tok, near=True), arg_words(tok)):
        for r in rules:
            if r.args and r.args & args:
                return r
    return None


def _verb_code(tok, k: int, lem: str, rule_noargs, sent: _SentenceWords, lex: Lexicon):
    """(code, spec, mode, context, source) of a verb trigger from its rule
    without arguments, the CAMEO phrase patterns and the verb's default code;
    None when none of them codes it."""
    info = lex.verbs.get(lem)
    pat = None
    if info is not None:
        block = lex.blocks.get(info["block"])
        if block and block["patterns"]:
            words, sent_words = sent.get()
            pat = _cameo_pattern(lex, block, tok, sent_words, words, k, sent.toks)
    if rule_noargs is not None and rule_noargs.cameo is not None:
        r = rule_noargs
        found = (r.cameo, SPEC_RULE, r.mode, r.context, "rule")
        # a CAMEO phrase pattern refines the rule within the same category
        if pat is not None and pat[0] is not None and not pat[0].startswith("01"):
            pi = lex.info(pat[0])
            ri = lex.info(r.cameo)
            if pi is not None and ri is not None and pi.type == ri.type:
                found = (pat[0], SPEC_PATTERN + 0.2 * min(pat[1], 4), None, None, "pattern")
        return found
    if pat is not None:
        if pat[0] is not None:
            return pat[0], SPEC_PATTERN + 0.2 * min(pat[1], 4), None, None, "pattern"
        return None
    if rule_noargs is None and info is not None:
        vcode = info.get("code") or _block_default(info, lem, lex)
        if vcode:
            return vcode, SPEC_VERB, None, None, "verb"
    return None


def _block_default(info: dict, lem: str, lex: Lexicon) -> str | None:
    """The code of the verb's dictionary block, which a verb with no code of
    its own takes; none for an act only ever charged (``charge_verbs``:
    "interfered in X's internal affairs" is no INTERVENE aid of the block's
    070 default; the speaker who says so accuses, events.blame)."""
    if lem in W.words("charge_verbs"):
        return None
    return (lex.blocks.get(info["block"]) or {}).get("code")


def _trigger_code(tok, k: int, sent: _SentenceWords, lex: Lexicon):
    """(code, spec, mode, context, source) for a token that may be a trigger,
    or None. A rule whose arguments match wins (a rule without code then
    disables the trigger); a noun needs a rule; a verb may be coded by the
    CAMEO dictionary."""
    pos = tok.pos_
    if pos not in ("VERB", "NOUN", "PROPN"):
        return None
    lem = lex.spelled(tok.lemma_.lower())
    if pos == "PROPN":
        pos = "NOUN"
    joined = hyphen_joined(tok)
    if joined and joined in lex.rules:
        lem = joined  # "cease-fire" is "ceasefire"
    rl = lex.rules.get(lem)
    if rl is None and (pos == "NOUN" or lem not in lex.verbs):
        return None
    rules = [r for r in rl if r.pos in (pos, "ANY")] if rl else []
    if pos == "NOUN" and not rules:
        return None
    rule_noargs = None
    if rules:
        r = _rule_with_args(rules, tok)
        if r is not None:
            return r.cameo, SPEC_RULE_ARGS, r.mode, r.context, "rule"
        rule_noargs = next((r for r in rules if not r.args), None)
        if rule_noargs is not None and rule_noargs.off:
            return None
    if pos == "VERB":
        return _verb_code(tok, k, lem, rule_noargs, sent, lex)
    if rule_noargs is not None and rule_noargs.cameo:
        r = rule_noargs
        return r.cameo, SPEC_RULE - (0.3 if pos == "NOUN" else 0), r.mode, r.context, "rule"
    return None


#: the parts of speech a trigger can have (ids of _trigger_code's VERB, NOUN, PROPN)
_TRIGGER_POS = frozenset((_POS.VERB, _POS.NOUN, _POS.PROPN))


def find_candidates(sent, lex: Lexicon | None = None) -> list[Candidate]:
    """Event triggers in one sentence (a spaCy Span), with their CAMEO codes."""
    lex = lex or lexicon()
    if is_link_line(sent):
        return []
    toks = list(sent)
    sent_words = _SentenceWords(toks)
    out = []
    for k, tok in enumerate(toks):
        if tok.pos not in _TRIGGER_POS:
            continue  # (_trigger_code's first test, on the part of speech's id: no call for the other words)
        found = _trigger_code(tok, k, sent_words, lex)
        if found is None:
            continue
        code, spec, mode, ctx, source = found
        if not code or (code.startswith("01") and not (source == "rule" and code in lex.codes)):
            continue  # a comment is no event; accord's rows give the one statement code it lists (016, a denial)
        ci = lex.info(code)
        if ci is None:
            continue
        cat = lex.categories[ci.type]
        context = list(ctx) if ctx is not None else list(ci.context)
        out.append(
            Candidate(tok, code, ci.type, cat["quad"], mode if mode is not None else ci.mode, context, spec, source)
        )
    rejected = set()
    for c in out:
        c.verdict = c.source == "rule" and c.spec == SPEC_RULE_ARGS and gives_a_verdict(c)
        if rejects_proposal(c) or judged_unacceptable(c, lex):
            recode(c, REJECT_CODE, lex)
            rejected.add(c.i)
        under_fire(c, lex)  # "the convoy came under fire near X": an attack, not criticism
        code = object_code(c)  # "expelled an employee of the embassy": diplomats (events.object_sense)
        if code is not None:
            recode(c, code, lex)
    out = with_criticism(toks, out, lex, rejected)
    out = [
        c
        for c in out
        if not is_setting_noun(c.tok)
        and not _asked_of_speaker(c.tok)
        and not (c.quad.startswith("material") and states_a_habit(c.tok))
        and not tells_a_trend(c.tok)
        and not tells_grown_ties(c)
        and not _expects_no_act(c)
        and not attendance_on_a_noun(c)
        and not unnamed_invitation(c)
        and not concern_about_nothing(c)
        and not no_act(c)
        and not lone_talks(c)
    ]
    for c in out:
        c.recipient_tok = c.recipient_tok or mediated_parties(c)
    out.extend(_demands(toks, out, lex))
    out.extend(_warned_consequences(toks, out, lex))
    out.extend(_announced_acts(toks, out, lex))
    out = praised_partners(toks, without_verdict_clauses(transfers(toks, out, lex)), lex)
    return [c for c in resolve_embedding(out, lex) if not people_on_the_move(c)]


def _announced_acts(toks, cands, lex: Lexicon) -> list[Candidate]:
    """``would help Tajikistan``, ``would not hand over a metre of land``,
    ``will not give in to blackmail``: a cooperative act a party says it will
    (or will not) do, from words that are no trigger in a plain report. A
    candidate only when announced, with the cooperative code (aid 070, yield
    080) that the coding turns into a promise (AGREE) or a refusal (REJECT);
    an announced retaliation (``we will respond``, ``will take adequate
    measures``: verb or verb and object) is a threat (130)."""
    taken = {c.tok.i for c in cands}
    acts = W.word_map("announced_acts")
    out = []
    for tok in toks:
        if tok.i in taken or tok.pos_ != "VERB":
            continue
        g = grammar(tok)
        lem = tok.lemma_.lower()
        keys = [lem + " " + p.lower_ for p in g.children(tok, "particle")]
        for o in g.children(tok, "object"):
            keys += [f"{lem} {m.lower_} {o.lemma_.lower()}" for m in o.children] + [lem + " " + o.lemma_.lower()]
        keys.append(lem)
        code = next((acts[w] for w in keys if w in acts), None)
        ci = lex.info(code) if code else None
        if ci is None or not F.is_future(tok) or (code == "080" and not g.negated(tok)):
            continue
        cat = lex.categories[ci.type]
        out.append(Candidate(tok, code, ci.type, cat["quad"], ci.mode, list(ci.context), SPEC_RULE - 0.3, "rule"))
    return out


def _expects_no_act(c: Candidate) -> bool:
    """An expectation verb is a request only of a party to act (``expects China
    to release``): ``expects that the talks will take place`` forecasts, it asks nothing."""
    tok = c.tok
    if tok.lemma_.lower() not in W.words("expectation_verbs") or c.type != "REQUEST":
        return False
    g = grammar(tok)
    if any(o.lemma_.lower() in W.words("expected_acts") for o in g.children(tok, "object")):
        return False  # "expects its withdrawal": an act asked of a party
    return not any(
        g.has_child(v, "subject") and any(x.tag_ == "TO" for x in v.children)
        for v in g.children(tok, "clausal_complement")
    )


def _asked_of_speaker(tok) -> bool:
    """``Asked about the CSTO, Papikyan noted ...``: a reporter's question put to
    the speaker (a passive participle clause with no subject), no request of theirs."""
    g = grammar(tok)
    if tok.lemma_.lower() not in W.words("question_verbs") or not g.is_(tok, "adverbial_clause"):
        return False
    past_participle = "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense")
    return past_participle and not g.has_child(tok, "subject", "passive_subject", "aux", "passive_aux")


def _own_parties(tok, g) -> bool:
    """The event noun names its own parties: a possessor, ``between``/``with``/``of`` phrase."""
    if g.has_child(tok, "possessor"):
        return True
    return any(g.is_(c, "prep") and c.lower_ in W.words("party_preps") for c in tok.children)


def is_setting_noun(tok) -> bool:
    """An event noun that is the setting of the sentence's news, not news of
    its own: the modifier of another noun (``the summit dinner``; of a weapon,
    its kind: ``strike drones``, ``attack helicopters``), the
    occasion after which or on whose sidelines something was said (``told
    reporters after the talks``, ``met on the sidelines of the SCO summit``),
    or the object of a verb that uses or watches it (``used the summit to``,
    ``was monitoring the drills``). The event it names is told elsewhere."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    g = grammar(tok)
    h = tok.head
    if h.i == tok.i:
        return False
    if (
        g.is_(tok, "compound")
        and h.pos_ in ("NOUN", "PROPN")
        and {h.lemma_.lower(), h.lower_} & (W.words("setting_nouns") | W.words("arms_goods"))
    ):
        return True  # "the summit dinner"; "strike drones", "attack helicopters": a kind of weapon
    if g.is_(tok, "object") and h.pos_ == "VERB" and h.lemma_.lower() in W.words("setting_verbs"):
        return True
    if not g.is_(tok, "prep_object") or h.head.i == h.i:
        return False
    p = h.lower_
    if p == "of" and {h.head.lemma_.lower(), h.head.lower_} & W.words("setting_nouns"):
        return True  # "on the sidelines of the summit"
    definite = any(c.lower_ in W.words("definite_determiners") for c in g.children(tok, "determiner"))
    return p in W.words("occasion_preps") and definite and not _own_parties(tok, g)


def _demands(toks, cands, lex: Lexicon) -> list[Candidate]:
    """``X said (that) Y must do Z`` is X's demand on Y (CAMEO 10): the
    governing verb is the trigger, Y the recipient."""
    out = []
    have = {c.i for c in cands}
    demand_aux = W.words("demand_aux")
    skip_subjects = W.words("demand_skip_subjects")
    g = grammar(toks[0]) if toks else None
    for t in g.having(toks, "clausal_complement") if g else ():
        if t.pos_ not in ("VERB", "AUX"):
            continue
        h = t.head
        if not any(c.lower_ in demand_aux for c in g.children(t, "aux")) and not _mandative(t, h, g):
            continue
        if h.i in have or h.pos_ not in ("VERB",) or h.lemma_.lower() in W.words("opinion_verbs"):
            continue  # "I think X should ...": an opinion, no demand
        if t.lemma_.lower() in W.words("demand_skip_verbs"):
            continue  # "the SCO must remain ...", "X should think about ...": advice, no act asked for
        subj = g.child(t, "subject", "passive_subject")
        if subj is None or subj.lower_ in skip_subjects:
            continue
        if t.lemma_.lower() in W.words("state_demand_verbs") and not subj.ent_type_:
            continue  # "our answer should be joint": the state of a thing, no party asked to act
        inner = next((c for c in cands if c.i == t.i), None)
        out.append(_demand(h, subj, list(inner.context) if inner else [], lex))
    # a condition's demand is made by the verb that its act hangs on, also when that verb is an act of
    # its own ("will not lift sanctions unless Kyiv withdraws": a refusal and a demand); one demand a verb
    asked = {c.i for c in cands if c.cameo.startswith("10")} | {d.i for d in out}
    for h, subj in demanded_conditions(toks):
        if h.i not in asked:
            asked.add(h.i)
            out.append(_demand(h, subj, [], lex, made=True))
    return out


def _demand(h, subj, context: list, lex: Lexicon, made: bool = False) -> Candidate:
    """A demand (CAMEO 100) triggered by ``h``, made of ``subj``; ``made``: the demand is made by
    saying the verb, whatever its own negation and tense ("will not return unless ...")."""
    ci = lex.info("100")
    cat = lex.categories[ci.type]
    return Candidate(h, "100", ci.type, cat["quad"], ci.mode, context, SPEC_RULE, "rule", recipient_tok=subj, made=made)


def _warned_consequences(toks, cands, lex: Lexicon) -> list[Candidate]:
    """``Tehran said Israel will face consequences``: the speaker's threat
    (CAMEO 130) against the one who is to face them (``consequence_nouns``);
    the reporting verb is the trigger, the subject of ``face`` the recipient."""
    out = []
    have = {c.i for c in cands}
    for t in toks:
        g = grammar(t)
        if t.lemma_.lower() not in W.words("suffer_verbs") or not F.is_future(t):
            continue
        if t.lemma_.lower() in W.words("receive_verbs") and not _harsh_answer(t, g):
            continue  # "will receive a response to its letter": a reply, no threat
        h = t.head
        # "X said Y will face consequences": the saying threatens; with no reporting verb (in a quote: "... for
        # which Chisinau will bear full responsibility") the speaker does (Candidate.said)
        said = not (g.is_(t, "clausal_complement") and h.pos_ == "VERB" and h.lemma_.lower() in W.words("report_cues"))
        trigger = t if said else h
        if trigger.i in have or not any(
            o.lemma_.lower() in W.words("consequence_nouns") for o in g.children(t, "object")
        ):
            continue
        subj = g.child(t, "subject")
        ci = lex.info("130")
        if subj is None or ci is None:
            continue
        cat = lex.categories[ci.type]
        out.append(
            Candidate(
                trigger,
                "130",
                ci.type,
                cat["quad"],
                ci.mode,
                [],
                SPEC_RULE,
                "rule",
                recipient_tok=subj,
                said=said,
                made=said,
            )
        )
    return out


def _harsh_answer(t, g) -> bool:
    """``would receive a tough response``, ``will get a decisive rebuff``: the object of
    a receiving verb is an answer a harsh word (``harsh_answer_words``) qualifies, or a
    consequence that needs none (``received_consequences``: ``a rebuff``)."""
    for o in g.children(t, "object"):
        if o.lemma_.lower() not in W.words("answer_nouns"):
            return o.lemma_.lower() in W.words("received_consequences")
        return any(m.lemma_.lower() in W.words("harsh_answer_words") for m in g.children(o, "adjective"))
    return False


def _mandative(t, h, g) -> bool:
    """``insisted that Israel withdraw``: a bare verb (the subjunctive) in the
    complement of a verb that demands with it (``mandative_verbs``); ``insisted
    that the programme is peaceful`` states, it demands nothing."""
    return h.lemma_.lower() in W.words("mandative_verbs") and t.tag_ == "VB" and not g.has_child(t, "aux")
