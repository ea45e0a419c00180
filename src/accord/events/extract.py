"""``extract_events(doc) -> list[Event]``: PLOVER/CAMEO events from a parsed Doc.

Steps, per sentence:

1. **Triggers** (:func:`find_candidates`): verbs and event nouns looked up in
   accord's trigger rules (``data/triggers.tsv``) and the CAMEO verb
   dictionary (``data/cameo_verbs.json``: a verb's phrase patterns, then its
   default code); the CAMEO code gives the PLOVER category, mode and contexts
   (``data/cameo_plover.tsv``). Statement verbs (CAMEO 01) are not events.
2. **Embedding**: a trigger governed by another (``agreed to hold drills``,
   ``refused to withdraw``, ``accused X of attacking``) is the content of the
   outer event, which keeps its category and takes the inner one's context.
3. **Actors** from ``doc._.mentions`` through the parse: subject or passive
   agent, object and ``with/to/against/on`` complements, possessors of event
   nouns (``US sanctions``), coordination (``X and Y held talks`` gives X->Y and
   Y->X), quotes (an event inside a quote is the speaker's claim: ``quote`` is
   the quote's index and ``we`` is the speaker).
4. **Flags** (negated, hypothetical, future, historical), **date** and
   **place**; a promised cooperative act becomes AGREE (PLOVER's rule).
5. **Confidence** from the trigger's evidence, the actors found and the
   sentence classifier; weak events are dropped; the same event restated in
   one article is kept once, with its best evidence.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Optional

from ..record import Event, EventActor, Location, Mention, Span
from . import flags as F
from .dates import is_historical, resolve_date
from .lexicon import Lexicon, lexicon

# which dependents of a trigger count as its arguments for rules and patterns
ARG_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "nsubjpass", "dative", "acomp", "npadvmod", "prt",
                      "compound", "amod", "nmod", "advmod", "xcomp", "conj", "appos"})
MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
RECIPIENT_PREPS = frozenset({"with", "to", "against", "on", "at", "into", "for", "toward", "towards", "upon", "from",
                             "alongside"})
COMITATIVE_ADVS = frozenset({"together", "along", "jointly"})  # "together with X": X is the partner
AGENT_OF_NOUNS = frozenset({"deployment", "withdrawal", "visit", "trip", "exercise", "drill", "arrival",
                            "offensive", "buildup", "build-up", "mobilization", "mobilisation", "incursion"})
FUNCTION_WORDS = frozenset({"to", "with", "of", "against", "on", "for", "in", "by", "from", "at", "into", "as",
                            "over", "up", "out", "off", "down", "back", "the", "a", "an", "not", "and", "that"})
FRAMING = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE", "CONCEDE"})
RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "SUPPORT"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
REGIONS = frozenset({"WST", "EUR", "AFR", "ASA", "MEA", "SAM", "NAM", "CAS", "EAS", "SAS", "SEA", "WAF", "EAF",
                     "CAF", "SAF", "NAF", "LAM", "CRB", "BLK", "BAL", "MDT", "PGS", "SCN", "CAU", "EEU", "WEU"})
PLACE_PREPS = frozenset({"in", "at", "near", "during", "inside", "outside", "since", "after", "before", "until", "on"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PRONOUNS_SPEAKER = frozenset({"we", "i", "us", "our"})

AUTHORITY_ACTS = frozenset({"COERCE", "ACCUSE", "SANCTION"})
THREAT_CODE = {"SANCTION": "131", "COERCE": "132", "ASSAULT": "138", "PROTEST": "133"}

# how the sentence classifier weighs in (chosen on the cross-validated ConfliBERT
# folds and the PLOVER records together): an event's confidence is
# CLS_BASE * pattern evidence + (1 - CLS_BASE) * P(its quad class); a sentence the
# classifier reads as a statement (P >= GATE, the most likely class) keeps only
# events with strong triggers, an actor and P(quad) >= GATE_KEEP.
CLS_BASE = 0.7
UNCODED_MAX = 0.35  # below min_confidence: an event with nobody codable is dropped unless its trigger is strong
GATE = 0.45
GATE_KEEP = 0.2

CROWD_WORDS = frozenset({"protester", "protesters", "demonstrator", "demonstrators", "rioter", "rioters",
                         "crowd", "mob", "youth", "youths", "supporter", "supporters"})
MUTUAL_FIGHT = frozenset({"clash", "exchange", "fight", "skirmish", "battle"})
MAX_PARTIES = 4  # coordinated parties expanded into dyads (4 -> 12 events)

SPEC_RULE_ARGS = 3.0
SPEC_PATTERN = 2.0
SPEC_RULE = 1.8
SPEC_VERB = 1.0


@dataclass
class Candidate:
    tok: object  # spaCy Token
    cameo: str
    type: str
    quad: str
    mode: Optional[str]
    context: list
    spec: float
    source: str
    inner: list = field(default_factory=list)
    recipient_tok: object = None  # a recipient found while detecting (demands: "X said Y must ...")

    @property
    def i(self) -> int:
        return self.tok.i


# ------------------------------------------------------------------ triggers

def arg_words(tok) -> set:
    """Lemmas and lower-cased forms of a trigger's arguments (see ARG_DEPS),
    with their modifiers, prepositions and prepositional objects; for a noun
    also its own modifiers and the verb that governs it."""
    out = set()

    def add(t, depth=0):
        out.add(t.lemma_.lower())
        out.add(t.lower_)
        for c in t.children:
            if c.dep_ in MOD_DEPS:
                out.add(c.lemma_.lower())
                out.add(c.lower_)
        if depth < 1:
            for c in t.children:
                if c.dep_ == "prep":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            add(p, depth + 1)
                elif c.dep_ == "conj":
                    add(c, depth + 1)

    for c in tok.children:
        d = c.dep_
        if d in ("xcomp", "ccomp"):
            out.add("@" + d)  # "offered to ...", rules can ask for a complement clause
            out.add(c.lemma_.lower())
        if d in ARG_DEPS:
            add(c)
        elif d in ("prep", "agent"):
            out.add(c.lower_)
            for p in c.children:
                if p.dep_ == "pobj":
                    add(p)
    if tok.pos_ in ("NOUN", "PROPN"):
        h = tok.head
        if h is not tok:
            out.add(h.lemma_.lower())
            if h.dep_ == "prep" and h.head is not h:
                out.add(h.head.lemma_.lower())
    return out


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


CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj", "acl", "xcomp", "cc", "punct"})


def _cameo_pattern(lex: Lexicon, block: dict, tok, sent_words: set, words: list, k: int, toks=None):
    """The longest phrase pattern of the verb's CAMEO block that matches in the
    verb's own phrase (post-words in order within 10 tokens after it, outside
    embedded clauses; pre-words within 5 before). Returns (code, length) or None."""
    if toks is not None:
        s0 = toks[0].i
        skip = set()
        for c in tok.children:
            if c.dep_ in CLAUSE_DEPS and c.i > tok.i:
                skip.update(range(c.left_edge.i, c.right_edge.i + 1))
        post = [words[j - s0] for j in range(tok.i + 1, tok.right_edge.i + 1) if j not in skip][:10]
    else:
        post = words[k + 1:k + 11]
    pre = words[max(0, k - 5):k]
    index = block["index"]
    hits = set()
    for w in sent_words:
        got = index.get(w)
        if got:
            hits.update(got)
    pats = block["patterns"]
    for pi in sorted(hits):
        pre_s, post_s, code, n, wset = pats[pi]
        if any(not (g & sent_words) for g in pre_s) or any(not (g & sent_words) for g in post_s):
            continue
        if post_s and not _match_seq(post_s, post):
            continue
        if pre_s and not _match_seq(pre_s, pre):
            continue
        content = [g for g in pre_s + post_s if not g <= FUNCTION_WORDS]
        if not content:
            continue
        return code, n
    return None


def find_candidates(sent, lex: Optional[Lexicon] = None) -> list[Candidate]:
    """Event triggers in one sentence (a spaCy Span), with their CAMEO codes."""
    lex = lex or lexicon()
    toks = list(sent)
    words = sent_words = None
    out = []
    rules_of = lex.rules
    verbs = lex.verbs
    for k, tok in enumerate(toks):
        pos = tok.pos_
        if pos not in ("VERB", "NOUN", "PROPN"):
            continue
        lem = tok.lemma_.lower()
        if pos == "PROPN":
            pos = "NOUN"
        rl = rules_of.get(lem)
        if rl is None and (pos == "NOUN" or lem not in verbs):
            continue
        rules = [r for r in rl if r.pos in (pos, "ANY")] if rl else []
        if pos == "NOUN" and not rules:
            continue
        code = None
        spec = 0.0
        mode = ctx = None
        source = ""
        disabled = False
        rule_noargs = None
        if rules:
            args = arg_words(tok)
            for r in rules:
                if r.args and r.args & args:
                    code, spec, mode, ctx, source = r.cameo, SPEC_RULE_ARGS, r.mode, r.context, "rule"
                    if code is None:
                        disabled = True
                    break
            if code is None and not disabled:
                rule_noargs = next((r for r in rules if not r.args), None)
                if rule_noargs is not None and rule_noargs.off:
                    continue
        if code is None and not disabled and pos == "VERB":
            info = lex.verbs.get(lem)
            pat = None
            if info is not None:
                block = lex.blocks.get(info["block"])
                if block and block["patterns"]:
                    if words is None:
                        words = [(t.lower_, t.lemma_.lower()) for t in toks]
                        sent_words = {w for pair in words for w in pair}
                    pat = _cameo_pattern(lex, block, tok, sent_words, words, k, toks)
            if rule_noargs is not None and rule_noargs.cameo is not None:
                r = rule_noargs
                code, spec, mode, ctx, source = r.cameo, SPEC_RULE, r.mode, r.context, "rule"
                # a CAMEO phrase pattern refines the rule within the same category
                if pat is not None and pat[0] is not None:
                    pi = lex.info(pat[0])
                    ri = lex.info(r.cameo)
                    if pi is not None and ri is not None and pi.type == ri.type:
                        code, spec, mode, ctx, source = pat[0], SPEC_PATTERN + 0.2 * min(pat[1], 4), None, None, "pattern"
            elif pat is not None:
                if pat[0] is not None:
                    code, spec, source = pat[0], SPEC_PATTERN + 0.2 * min(pat[1], 4), "pattern"
            elif rule_noargs is None and info is not None:
                vcode = info.get("code") or (lex.blocks.get(info["block"]) or {}).get("code")
                if vcode:
                    code, spec, source = vcode, SPEC_VERB, "verb"
        elif code is None and not disabled and rule_noargs is not None and rule_noargs.cameo:
            r = rule_noargs
            code, spec, mode, ctx, source = r.cameo, SPEC_RULE - (0.3 if pos == "NOUN" else 0), r.mode, r.context, "rule"
        if not code or code.startswith("01"):
            continue
        ci = lex.info(code)
        if ci is None:
            continue
        cat = lex.categories[ci.type]
        context = list(ctx) if ctx is not None else list(ci.context)
        out.append(Candidate(tok, code, ci.type, cat["quad"], mode if mode is not None else ci.mode,
                             context, spec, source))
    out.extend(_demands(toks, out, lex))
    return _resolve_embedding(out, lex)


DEMAND_AUX = frozenset({"must", "should"})


def _demands(toks, cands, lex: Lexicon) -> list[Candidate]:
    """``X said (that) Y must do Z`` is X's demand on Y (CAMEO 10): the
    governing verb is the trigger, Y the recipient."""
    out = []
    have = {c.i for c in cands}
    for t in toks:
        if t.dep_ != "ccomp" or t.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in DEMAND_AUX for c in t.children):
            continue
        h = t.head
        if h.i in have or h.pos_ not in ("VERB",):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in ("we", "i", "it", "they", "he", "she", "you"):
            continue
        code = "100"
        inner = next((c for c in cands if c.i == t.i), None)
        ci = lex.info(code)
        cat = lex.categories[ci.type]
        cand = Candidate(h, code, ci.type, cat["quad"], ci.mode, list(inner.context) if inner else [], SPEC_RULE,
                         "rule", recipient_tok=subj)
        out.append(cand)
    return out


def _resolve_embedding(cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    if len(cands) < 2:
        return cands
    by_i = {c.i: c for c in cands}
    drop = set()
    for c in cands:
        t = c.tok
        for _ in range(3):
            if t.dep_ in ("conj", "relcl", "parataxis", "ROOT", "appos") or t.head is t:
                break
            t = t.head
            outer = by_i.get(t.i)
            if outer is None or outer is c or outer.i in drop:
                continue
            # the stronger evidence decides which of the two stands
            if outer.spec >= 1.5 or outer.spec >= c.spec:
                drop.add(c.i)
                outer.inner.append(c)
                if outer.type in FRAMING:
                    for x in c.context:
                        if x not in outer.context:
                            outer.context.append(x)
                    if outer.type == "AGREE" and outer.cameo in ("030", "031", "033"):
                        fine = lex.future_agree_fine.get(c.cameo) or lex.future_agree.get(c.cameo[:2])
                        if fine:
                            outer.cameo = fine
            else:
                drop.add(outer.i)
            break
    return [c for c in cands if c.i not in drop]


# ------------------------------------------------------------------ mentions

def _local_mention_index(doc):
    """token index -> index into doc._.mentions (the mention covering the token)."""
    mentions = doc._.mentions or []
    idx = [-1] * len(doc)
    if not mentions:
        return idx
    starts = None
    for mi, m in enumerate(mentions):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            if starts is None:
                starts = {t.idx: t.i for t in doc}
            ti = starts.get(m.start)
            if ti is None:
                continue
            span = doc[ti:ti + 1]
        for i in range(span.start, span.end):
            if idx[i] == -1:
                idx[i] = mi
    return idx


def _specificity(m: Mention) -> tuple:
    country = m.country or ""
    return (
        1 if m.code else 0,
        2 if country and country not in REGIONS else (1 if m.org else 0),
        1 if m.sector else 0,
        1 if m.kind in ("state", "igo", "org", "person") else 0,
    )


class _Actors:
    """Finds the mentions that fill an event's roles."""

    def __init__(self, doc):
        self.doc = doc
        self.mentions = doc._.mentions or []
        self.tok2m = _local_mention_index(doc)

    def at(self, tok) -> Optional[int]:
        mi = self.tok2m[tok.i]
        return mi if mi >= 0 else None

    def group(self, head) -> list[int]:
        """Mentions an argument phrase refers to: the head's own mention and
        those of its conjuncts; else the most specific codable mention in the
        phrase (``Western states, above all Britain`` -> Britain)."""
        heads = [head] + [c for c in head.conjuncts if c.i > head.i]
        for ch in head.children:
            # "Russian and Chinese warships": the coordinated modifiers are parties too
            if ch.dep_ in ("amod", "compound", "nmod") and any(x.dep_ == "conj" for x in ch.children):
                heads += [ch] + [x for x in ch.conjuncts if x.i > ch.i]
        out = []
        for h in heads:
            mi = self.at(h)
            if mi is not None and (self.mentions[mi].country in REGIONS or not self.mentions[mi].code):
                # "Western states, above all Britain": the most specific codable actor
                better = self._best_in(h)
                if better is not None and _specificity(self.mentions[better]) > _specificity(self.mentions[mi]):
                    mi = better
            if mi is not None and not self.mentions[mi].code:
                sub = [x for x in self._coordinated_in(h) if self.mentions[x].code]
                if len(sub) > 1 and self._best_in(h) is None:
                    # "Troops from the US, Tajikistan and Kazakhstan": the coordinated codable actors
                    for x in sub:
                        if x not in out:
                            out.append(x)
                    continue
            if mi is None:
                mi = self._best_in(h)
                if mi is None:
                    # "troops from the US, Tajikistan and Kazakhstan"
                    sub = self._coordinated_in(h)
                    for x in sub:
                        if x not in out:
                            out.append(x)
                    continue
            if mi not in out:
                out.append(mi)
            # "The Ministers of Defense of Kazakhstan and Uzbekistan": a conjunct hanging
            # off the mention's last word is a party too
            m = self.mentions[mi]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) > 1:
                for x in span[-1].children:
                    if x.dep_ == "conj" and x.i >= span.end:
                        mx = self.at(x)
                        if mx is not None and mx not in out:
                            out.append(mx)
        if len(out) > 1:
            # compound actors: keep all coordinated codable mentions, but a region
            # beside a state yields to the state
            specs = [_specificity(self.mentions[i]) for i in out]
            if any(s[1] == 2 for s in specs):
                out = [i for i, s in zip(out, specs) if not (s[1] == 1 and (self.mentions[i].country or "") in REGIONS)]
        return out

    def _subtree_mentions(self, h, limit=40):
        lo, hi = h.left_edge.i, h.right_edge.i
        if hi - lo > limit:
            hi = lo + limit
        skip = set()
        for c in h.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp") or (c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
                skip.update(range(c.left_edge.i, c.right_edge.i + 1))
        found = []
        for i in range(lo, hi + 1):
            if i in skip:
                continue
            mi = self.tok2m[i]
            if mi >= 0 and mi not in found:
                found.append(mi)
        return found

    def _best_in(self, h) -> Optional[int]:
        found = self._subtree_mentions(h)
        if not found:
            return None
        # coordinated mentions inside the phrase: handled by _coordinated_in
        heads = set()
        for mi in found:
            m = self.mentions[mi]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                heads.add(span.root.i)
        conj = [i for i in heads if self.doc[i].dep_ == "conj" and self.doc[i].head.i in heads]
        if conj:
            return None
        def key(mi):
            m = self.mentions[mi]
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            depth = 0
            if span is not None:
                t = span.root
                while t.i != h.i and t.head is not t and depth < 10:
                    t = t.head
                    depth += 1
            sp = _specificity(m)
            # codable first, a region last, then the mention nearest the phrase head
            return (sp[0], sp[1] > 0 and (m.country or "") not in REGIONS, -depth, sp, -abs(m.start - h.idx))

        return max(found, key=key)

    def _coordinated_in(self, h) -> list[int]:
        found = self._subtree_mentions(h)
        return found[:8]


def _subject(tok, actors: _Actors):
    """(actor head token, recipient head token) for a verb trigger: the subject,
    or for a passive the ``by`` agent (the passive subject is then the
    recipient); climbs through xcomp/acomp/conj/advcl/relcl heads when the
    trigger has no subject of its own, and past a pronoun subject that no
    mention covers (``Syria says it is willing to ...``)."""
    t = tok
    fallback = None
    for _ in range(6):
        subj = None
        agent = None
        passive = False
        for c in t.children:
            if c.dep_ in SUBJ_DEPS:
                subj = c
            elif c.dep_ == "nsubjpass":
                passive = True
                subj = c
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        agent = p
        if passive:
            return agent, subj
        if subj is not None:
            if subj.lower_ in ("who", "which", "that") and t.dep_ == "relcl":
                if actors.group(t.head) or t.head.head is t.head:
                    return t.head, None
                # "a general strike that shut down the city": the strike's organisers
                t = t.head.head
                continue
            if subj.pos_ == "PRON" and not actors.group(subj) and t.dep_ in ("ccomp", "xcomp", "conj") \
                    and t.head is not t:
                fallback = fallback or subj
                t = t.head
                continue
            return subj, None
        if t.dep_ in ("xcomp", "conj", "advcl", "acl", "ccomp", "acomp", "pcomp") and t.head is not t:
            if t.dep_ == "acl" and t.tag_ == "VBN":  # "troops deployed in X"
                return None, t.head
            t = t.head
            if t.dep_ == "prep" and t.head is not t:
                t = t.head
            continue
        if t.dep_ == "relcl":
            return t.head, None
        break
    return fallback, None


def _noun_roles(tok, actors: _Actors):
    """(actor head, recipient head) for an event noun: possessor/modifier or
    ``by`` phrase = actor, ``on/against/with/to`` phrase = recipient; else the
    subject of the governing verb (through a noun the trigger modifies:
    ``undertook a mediation mission between X and Y``)."""
    if tok.dep_ in ("compound", "amod") and tok.head is not tok and tok.head.pos_ in ("NOUN", "PROPN") \
            and actors.at(tok) is None:
        a, r = _noun_roles(tok.head, actors)
        if a is not None or r is not None:
            return a, r
    actor = rec = None
    between = of_agent = None
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and actors.at(c) is not None and actor is None:
            actor = c
        elif c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS and rec is None:
            for p in c.children:
                if p.dep_ == "pobj":
                    rec = p
        elif c.dep_ == "prep" and c.lower_ == "by":
            for p in c.children:
                if p.dep_ == "pobj":
                    actor = p
        elif c.dep_ == "prep" and c.lower_ == "of" and of_agent is None and tok.lemma_.lower() in AGENT_OF_NOUNS \
                and any(p.dep_ == "pobj" and actors.group(p) for p in c.children):
            # "the deployment of NATO troops", "a visit of the US delegation"
            of_agent = next(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "of" and rec is None:
            # "a suspension of air links with Serbia"
            for p in c.children:
                if p.dep_ == "pobj":
                    for pc in p.children:
                        if pc.dep_ == "prep" and pc.lower_ in RECIPIENT_PREPS:
                            for q in pc.children:
                                if q.dep_ == "pobj" and actors.group(q):
                                    rec = q
        elif c.dep_ == "prep" and c.lower_ == "between":
            for p in c.children:
                if p.dep_ == "pobj":
                    between = p
    h = tok.head
    arg = tok
    if h is not tok and h.dep_ == "prep" and h.lower_ == "of" and tok.dep_ == "pobj" \
            and h.head.pos_ in ("NOUN", "PROPN") and actors.at(h.head) is None \
            and h.head.dep_ in ("dobj", "attr", "oprd") and h.head.head.pos_ in ("VERB", "AUX"):
        # "completed five days of joint exercises", "began a series of drills": the
        # governing verb of the measure noun
        arg = h.head
        h = arg.head
    if h is not tok and (actor is None or rec is None):
        v = h if h.pos_ in ("VERB", "AUX") else (h.head if h.dep_ == "prep" else None)
        if v is not None and v.pos_ in ("VERB", "AUX"):
            if actor is None and arg.dep_ in ("dobj", "pobj", "attr", "conj", "xcomp", "oprd"):
                a, r = _subject(v, actors)
                actor = a
                if rec is None and r is not None and r is not tok and r is not arg:
                    rec = r
            if rec is None:
                rec = _verb_recipient(v, exclude=arg, actors=actors)
    if of_agent is not None and (actor is None or not any(actors.mentions[m].code for m in actors.group(actor))):
        actor = of_agent  # the governing verb's subject is no codable actor: the of-phrase is
    if between is not None:
        # "talks between X and Y": the parties; "mediation between X and Y" by someone else: the targets
        if actor is None:
            actor = between
        elif rec is None:
            rec = between
    return actor, rec


def _verb_recipient(tok, exclude=None, actors=None):
    found = []
    for c in tok.children:
        if c.dep_ in ("dobj", "dative", "obj") and c is not exclude:
            if actors is None:
                return c
            found.append(c)
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS | {"between"}]
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in COMITATIVE_ADVS:
            # "trained together with X"
            preps += [x for x in c.children if x.dep_ == "prep" and x.lower_ in ("with", "alongside")]
    for c in preps:
        for p in c.children:
            if p.dep_ == "pobj" and p is not exclude:
                if actors is None:
                    return p
                found.append(p)
    if found:
        # the first argument with a coded mention, else the first with any mention
        coded = [h for h in found if any(actors.mentions[m].code for m in actors.group(h))]
        if coded:
            return coded[0]
        anym = [h for h in found if actors.group(h)]
        if anym:
            return anym[0]
    # object of the event noun the verb governs: "held talks with X"
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and c is exclude:
            for cc in c.children:
                if cc.dep_ == "prep" and cc.lower_ in RECIPIENT_PREPS:
                    for p in cc.children:
                        if p.dep_ == "pobj":
                            return p
        if c.dep_ in ("dobj", "obj") and c is not exclude:
            for cc in c.children:
                if cc.dep_ == "prep" and cc.lower_ in RECIPIENT_PREPS:
                    for p in cc.children:
                        if p.dep_ == "pobj" and (actors is None or actors.group(p)):
                            return p
    return None


def _at_venue(actors: _Actors, mi: int) -> bool:
    """Is mention ``mi`` the object of an ``at`` phrase (a venue: ``at the United Nations``)?"""
    m = actors.mentions[mi]
    span = actors.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    r = span.root
    return r.dep_ == "pobj" and r.head.lower_ == "at"


def _in_place_phrase(t, stop) -> bool:
    """Is ``t`` inside an ``in/at/near/on ...`` phrase below ``stop``?"""
    below = t
    for _ in range(8):
        if t is stop or t.head is t:
            return False
        if t.dep_ == "prep" and t.lower_ in PLACE_PREPS and (below.ent_type_ in PLACE_LABELS or below.ent_type_ in ("DATE", "TIME")):
            return True
        below = t
        t = t.head
    return False


def _event_actor(m: Mention) -> EventActor:
    return EventActor(start=m.start, end=m.end, text=m.text, code=m.code, country=m.country, org=m.org,
                      sector=m.sector)


def _speaker_actor(q) -> Optional[EventActor]:
    s = q.speaker
    if s is None:
        return None
    sector = None
    if s.code and s.country and s.code.startswith(s.country) and len(s.code) > len(s.country):
        sector = s.code[len(s.country):]
    return EventActor(start=s.start, end=s.end, text=s.text, code=s.code, country=s.country, org=s.org, sector=sector)


# ------------------------------------------------------------------ dates and places

def _date_for(cand: Candidate, ents, published: Optional[str], past: bool):
    dates = [e for e in ents if e.label_ == "DATE"]
    if not dates:
        return None
    tok = cand.tok

    def attached(e):
        r = e.root
        for a in [r] + list(r.ancestors)[:4]:
            if a.i == tok.i or a.i == tok.head.i:
                return True
        return False

    dates.sort(key=lambda e: (not attached(e), abs(e.root.i - tok.i)))
    for e in dates[:2]:
        res = _resolve_cached(e.text, published, past)
        if res:
            return res[0], res[1], e.text
    return None


@functools.lru_cache(maxsize=4096)
def _resolve_cached(text: str, published: Optional[str], past: bool):
    return resolve_date(text, published, past=past)


def _location_for(cand: Candidate, ents, actors: _Actors, knowledge_country):
    tok = cand.tok
    best = None
    for e in ents:
        if e.label_ not in PLACE_LABELS:
            continue
        r = e.root
        h = r.head
        if r.dep_ != "pobj" or h.lower_ not in ("in", "at", "near", "outside", "inside"):
            continue
        d = abs(r.i - tok.i)
        anc = {a.i for a in list(h.ancestors)[:4]}
        att = tok.i in anc or h.head.i == tok.i or h.head.i == tok.head.i
        key = (not att, d)
        if best is None or key < best[0]:
            best = (key, e)
    if best is None:
        return None
    e = best[1]
    country = None
    mi = actors.at(e.root)
    if mi is not None:
        country = actors.mentions[mi].country
    if country is None and knowledge_country is not None:
        try:
            country = knowledge_country(e.text)
        except Exception:
            country = None
    loc = Location(text=e.text, country=country, start=e.start_char, end=e.end_char)
    # not serialised (Location.to_dict lists its fields): for the recipient fallback
    loc.start_tok = e.root.i
    loc.attached = not best[0][0]
    return loc


@functools.lru_cache(maxsize=1)
def _knowledge_country():
    """A place name -> ISO country lookup built from the actors knowledge
    (country names, capitals, major cities, known places), when it exists."""
    try:
        from ..actors.knowledge import load_knowledge
        k = load_knowledge()
    except Exception:
        return None
    table: dict = {}
    try:
        for iso, c in k.countries.items():
            for key in ("names", "capitals", "cities"):
                for n in c.get(key) or ():
                    table.setdefault(n.lower(), iso)
            if c.get("name"):
                table.setdefault(c["name"].lower(), iso)
        for pl in k.places:
            table.setdefault(pl.name.lower(), pl.country)
    except Exception:
        return None

    def look(text: str):
        t = text.lower()
        if t.startswith("the "):
            t = t[4:]
        return table.get(t)

    return look


# ------------------------------------------------------------------ events

def _past(tok) -> bool:
    t = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if t.dep_ in ("xcomp", "pcomp") and t.tag_ in ("VBG", "VB") and t.head is not t:
            t = t.head  # "began withdrawing"
        else:
            break
    if t.tag_ in ("VBD", "VBN"):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") or c.lower_ in ("has", "have", "had")
               for c in t.children)


def _quote_index(quotes, start: int) -> Optional[int]:
    for qi, q in enumerate(quotes):
        if q.start <= start < q.end:
            return qi
    return None


def extract_events(doc, classifier=None, min_confidence: float = 0.4) -> list[Event]:
    """All events in the Doc (see module docstring). ``classifier``: a
    :class:`~accord.events.classifier.QuadModel` (or None: patterns only)."""
    from .classifier import sentence_features

    lex = lexicon()
    actors = _Actors(doc)
    quotes = doc._.quotes or []
    published = doc._.published
    kc = _knowledge_country()
    events: list[Event] = []
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    ents_by_sent: dict = {}
    for e in doc.ents:
        if e.label_ in PLACE_LABELS or e.label_ == "DATE":
            k = starts[bisect.bisect_right(starts, e.start) - 1]
            ents_by_sent.setdefault(k, []).append(e)
    for sent in sents:
        cands = find_candidates(sent, lex)
        if not cands:
            continue
        ents = ents_by_sent.get(sent.start, [])
        probs = None
        if classifier is not None:
            probs = classifier.predict(sentence_features(sent, cands))
        for c in cands:
            events.extend(_events_for(c, sent, ents, actors, quotes, published, kc, lex, probs))
    events = [e for e in events if e.confidence >= min_confidence]
    return dedupe(events)


def _events_for(c: Candidate, sent, ents, actors: _Actors, quotes, published, kc, lex: Lexicon, probs):
    tok = c.tok
    if tok.pos_ in ("NOUN", "PROPN"):
        a_head, r_head = _noun_roles(tok, actors)
    else:
        a_head, r_head = _subject(tok, actors)
        if c.recipient_tok is not None:
            r_head = c.recipient_tok
        if r_head is None:
            r_head = _verb_recipient(tok, actors=actors)
        elif a_head is None:
            pass
    if cat_is_demand(c) and tok.pos_ == "VERB" and c.recipient_tok is None:
        # "demanded that X ...": X is the one asked
        for ch in tok.children:
            if ch.dep_ == "ccomp":
                sj = next((x for x in ch.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if sj is not None and actors.group(sj) and not any(x.dep_ in ("dobj", "dative") for x in tok.children):
                    r_head = sj
                break
    a_group = actors.group(a_head) if a_head is not None else []
    r_group = actors.group(r_head) if r_head is not None else []
    if not r_group:
        for inner in c.inner:
            it = inner.tok
            rh = _noun_roles(it, actors)[1] if it.pos_ in ("NOUN", "PROPN") else _verb_recipient(it, actors=actors)
            if rh is None and inner.recipient_tok is not None:
                rh = inner.recipient_tok
            if rh is not None and actors.group(rh):
                r_group = actors.group(rh)
                break
    if not r_group and c.mode == "visit":
        for ch in tok.children:
            if ch.dep_ == "prep" and ch.lower_ in ("in", "at"):
                for p in ch.children:
                    if p.dep_ == "pobj" and actors.group(p):
                        r_group = actors.group(p)
    r_group = [m for m in r_group if m not in a_group]
    r_group = [m for m in r_group if m not in a_group] or ([] if a_group else r_group)
    if not r_group and cat_is_framing(c) and tok.pos_ == "VERB":
        # "threatened to cut off electricity to X", "refused to allow UN planes ..."
        for ch in tok.children:
            if ch.dep_ == "xcomp" and ch.pos_ == "VERB":
                rh = _verb_recipient(ch, actors=actors)
                if rh is not None:
                    r_group = [m for m in actors.group(rh) if m not in a_group]
                break
    if not r_group and cat_is_framing(c):
        # "... unless/if Y does Z": Y is the one the threat or demand is aimed at
        for a in [tok] + [x for x in tok.children if x.dep_ == "xcomp"]:
            for ch in a.children:
                if ch.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in ch.children):
                    sj = next((x for x in ch.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                    if sj is not None:
                        r_group = [m for m in actors.group(sj) if m not in a_group]
    location = _location_for(c, ents, actors, kc)
    loc_m = None
    if location is not None and location.start_tok is not None and location.attached:
        loc_m = actors.at(actors.doc[location.start_tok])
        if loc_m is not None and not actors.mentions[loc_m].code:
            loc_m = None
    if not a_group and r_group and loc_m is not None and loc_m not in r_group and c.type in AUTHORITY_ACTS \
            and any(ch.dep_ == "nsubjpass" for ch in tok.children):
        # "a missionary was arrested in Lebanon": the authorities of the place acted
        a_group = [loc_m]
        a_actors = [_event_actor(actors.mentions[loc_m])]
    if r_group and loc_m is not None and not any(actors.mentions[m].code for m in r_group) \
            and c.type not in ("CONSULT",):
        r_group = []  # "aid to refugees ... in Liberia": the uncoded group yields to the coded place
    if not r_group and location is not None and c.type != "CONSULT" and not (len(a_group) > 1 and c.type in RECIPROCAL):
        # the place is the target where nothing else is: "lifted the curfew in Abidjan"
        if loc_m is not None and loc_m not in a_group:
            r_group = [loc_m]
    if not r_group and not (len(a_group) > 1 and c.type in RECIPROCAL):
        # sparse-parse fallback (as TABARI codes): the first coded actor after the
        # trigger in its own phrase, within a few words
        hi = min(tok.right_edge.i, tok.i + 12)
        for i in range(tok.i + 1, hi + 1):
            mi = actors.tok2m[i]
            if mi >= 0 and mi not in a_group and actors.mentions[mi].code and not _in_place_phrase(actors.doc[i], tok):
                r_group = [mi]
                break
    qi = _quote_index(quotes, tok.idx)
    speaker = None
    if qi is not None:
        speaker = _speaker_actor(quotes[qi])
    a_actors = [_event_actor(actors.mentions[m]) for m in a_group]
    r_actors = [_event_actor(actors.mentions[m]) for m in r_group]
    # recipients named as the venue ("coordinate their positions at the UN"): no
    # target of coordinated parties acting toward each other (see the pairs below)
    venues = {id(r) for m, r in zip(r_group, r_actors) if _at_venue(actors, m)}
    if not a_actors and speaker is not None and a_head is not None and a_head.lower_ in PRONOUNS_SPEAKER:
        a_actors = [speaker]

    negated = F.is_negated(tok)
    future = F.is_future(tok)
    hypothetical = F.is_hypothetical(tok)
    past = not future
    d = _date_for(c, ents, published, past)
    date = date_end = date_text = None
    if d:
        date, date_end, date_text = d
        if published and date > published and not past:
            future = True
    historical = is_historical(date_end or date, published)
    cat = c.type
    cameo = c.cameo
    mode = c.mode
    context = list(c.context)
    if future and cat in COOPERATIVE and not negated:
        fine = lex.future_agree_fine.get(cameo) or lex.future_agree.get(cameo[:2])
        if fine:
            cat, cameo, mode = "AGREE", fine, None
    elif (future or hypothetical) and negated and cat in COOPERATIVE | {"AGREE"}:
        # "will not accept", "would not meet": a refusal (CAMEO 12)
        cat, cameo, mode, negated = "REJECT", "120", None, False
    elif (future or (hypothetical and F.has_condition(tok))) and not negated \
            and cat in THREAT_CODE and c.source != "verb":
        # an announced or conditional coercive act is a threat (CAMEO 13)
        cat, cameo, mode = "THREATEN", THREAT_CODE[cat], None
    info = lex.categories[cat]

    conf = {"rule": 0.55, "pattern": 0.5, "verb": 0.3}.get(c.source, 0.4)
    conf += min(c.spec, 3.4) * 0.05
    if a_actors:
        conf += 0.1
        if any(a.code for a in a_actors):
            conf += 0.05
    if r_actors:
        conf += 0.05
    if not a_actors and not r_actors:
        conf -= 0.15
    if tok.dep_ == "ROOT" or (tok.head.dep_ == "ROOT" and tok.dep_ in ("ccomp", "xcomp", "dobj")):
        conf += 0.05
    else:
        # events deep inside other clauses are background more often than news
        depth, t = 0, tok
        while t.head is not t and depth < 8:
            t = t.head
            depth += 1
        conf -= 0.03 * max(0, min(depth, 6) - 1)
    if hypothetical:
        conf -= 0.05
    if probs is not None:
        p = probs.get(info["quad"], 0.0)
        pstat = probs.get("statement", 0.0)
        strong = c.spec >= SPEC_RULE and bool(a_actors)
        if pstat >= GATE and pstat == max(probs.values()) and not (strong and p >= GATE_KEEP):
            conf = min(conf, 0.3)
        else:
            conf = CLS_BASE * conf + (1 - CLS_BASE) * p
    coded_a = any(a.code for a in a_actors)
    coded_r = any(r.code for r in r_actors)
    if c.source == "verb":
        # a CAMEO verb default alone is weak evidence: it needs coded actor and
        # recipient and a sentence the classifier does not read as another class
        if not (coded_a and coded_r) or (probs is not None and probs.get(info["quad"], 0.0) < 0.35):
            conf = min(conf, 0.35)
    elif not coded_a and not coded_r and c.spec < SPEC_RULE_ARGS:
        conf = min(conf, UNCODED_MAX)  # nobody codable takes part: weak evidence for event data
    conf = round(max(0.0, min(0.99, conf)), 3)

    base = dict(
        type=cat, mode=mode, context=context, cameo=cameo, quad=info["quad"], intensity=info["intensity"],
        date=date, date_end=date_end, date_text=date_text, location=location,
        negated=negated, hypothetical=hypothetical, future=future, historical=historical,
        trigger=Span(tok.idx, tok.idx + len(tok.text), tok.text),
        sentence={"start": sent.start_char, "end": sent.end_char},
        quote=qi, confidence=conf,
    )
    if any(r.code for r in r_actors):
        r_actors = [r for r in r_actors if r.code]  # the coded targets, where there are some
    if cat == "ASSAULT" and a_head is not None and a_head.lemma_.lower() in CROWD_WORDS:
        cat, cameo, mode, context = "PROTEST", "145", "riot", []
        base.update(type=cat, cameo=cameo, mode=mode, context=context, quad=lex.categories[cat]["quad"],
                    intensity=lex.categories[cat]["intensity"])
    reciprocal = cat in RECIPROCAL or (cat == "ASSAULT" and tok.lemma_.lower() in MUTUAL_FIGHT)
    pairs = []
    if len(a_actors) >= 2 and reciprocal and r_actors:
        # "Indian and US soldiers began an exercise ... from India's border": a
        # recipient of one of the parties' own countries is no target of theirs
        own = {a.country for a in a_actors if a.country}
        r_actors = [r for r in r_actors if not (r.country and r.country in own) and id(r) not in venues]
    if len(a_actors) >= 2 and reciprocal and not any(r.code for r in r_actors):
        # "X and Y held talks / agreed to a ceasefire": each toward the other
        for x in a_actors[:MAX_PARTIES]:
            for y in a_actors[:MAX_PARTIES]:
                if x is not y:
                    pairs.append((x, y))
    else:
        for x in (a_actors or [None])[:6]:
            for y in (r_actors or [None])[:6]:
                pairs.append((x, y))
    # a self-directed dyad (actor code == recipient code) is a misreading where
    # another reading exists
    others = [(x, y) for x, y in pairs if not (x is not None and y is not None and x.code and x.code == y.code)]
    if others:
        pairs = others
    out = []
    for x, y in pairs:
        out.append(Event(actor=x, recipient=y, **{k: (list(v) if isinstance(v, list) else v) for k, v in base.items()}))
    return out


def cat_is_framing(c: Candidate) -> bool:
    return c.type in ("REQUEST", "THREATEN", "REJECT", "AGREE")


def cat_is_demand(c: Candidate) -> bool:
    return c.type in ("REQUEST", "THREATEN", "ACCUSE")


def _key_part(a: Optional[EventActor]):
    if a is None:
        return None
    return a.code or a.text.lower()


def dedupe(events: list[Event]) -> list[Event]:
    """One event per (type, actor, recipient, date, negated): the restatement
    with the highest confidence, in document order."""
    best: dict = {}
    order = []
    for e in events:
        k = (e.type, _key_part(e.actor), _key_part(e.recipient), e.date, e.negated)
        if k not in best:
            best[k] = e
            order.append(k)
        elif e.confidence > best[k].confidence:
            best[k] = e
    return sorted((best[k] for k in order), key=lambda e: (e.sentence["start"], e.trigger.start))


def top_event(events: list[Event], sent_start: Optional[int] = None) -> Optional[Event]:
    evs = [e for e in events if sent_start is None or e.sentence["start"] == sent_start]
    if not evs:
        return None
    return max(evs, key=lambda e: e.confidence)
