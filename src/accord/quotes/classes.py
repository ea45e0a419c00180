"""Cue classes: what kind of attribution a quote is, and which count as
quotes as a newsroom counts them.

Every attribution gets a ``cue_class``. ``speech``, ``writing``, ``report``
and ``opinion`` are quotes; ``intention``, ``evidence``, ``perception``,
``thought``, ``stance`` and ``act`` are other attributions (the record's
``attributions``). The class of a cue comes from its row of
``lang/en/quotes/cues.tsv`` (column ``class``), picked by the frame that
found the content (``frames.tsv`` column ``content``): a speech verb whose
content is only a noun phrase, an infinitive or a preposition's object
("denied interference", "called for talks") is an ``act``. A negated,
hypothetical or conditional speech cue ("did not disclose his records",
"would pledge to ...", "if he says") states nothing: an ``act`` at most, and
with an open question for content ("would not say whether ...", "refused
to say what ...") neither (a negated view, "does not believe that ...", is
still a view).
"""

from __future__ import annotations

from ..syntax import grammar
from .lexicon import Cue
from .vocabulary import word_set

#: the classes that make a quote; every other class is an attribution
QUOTE_CLASSES = frozenset({"speech", "writing", "report", "opinion"})
#: the classes of speech acts whose content can be a statement
SAYING = frozenset({"speech", "writing", "report"})


def is_quote(cls: str | None) -> bool:
    return cls in QUOTE_CLASSES


def asserted(tok) -> bool:
    """Whether cue verb ``tok`` reports something said: not negated ("did not
    say"), hypothetical ("would argue"), conditional ("if he says") or the
    infinitive of a verb that leaves it unsaid ("refused to say whether",
    "wants to announce")."""
    gr = grammar(tok)
    for ch in gr.children(tok, "negation", "aux", "marker"):
        role = gr.role(ch)
        if role == "negation":
            return False
        if role == "aux" and ch.lower_ in word_set("hypothetical_aux"):
            return False
        if role == "marker" and ch.lower_ in word_set("conditional_marks"):
            return False
    h = tok.head
    if gr.is_(tok, "open_complement") and h.i != tok.i and h.pos_ in ("VERB", "AUX"):
        if h.lemma_.lower() in word_set("unasserting_heads"):
            return False
        return asserted(h)  # "did not continue to say"
    return True


def verb_class(tok, cue: Cue, letter: str, kind: str, first_word: str = "", quoted_verb: bool = False) -> str:
    """The class of one content of cue verb ``tok``, found by a frame whose
    content letter is ``letter``; ``kind``: the quote's kind (a quoted object
    stays speech: 'called the plan "a disgrace"'); ``first_word``: the
    content's first word (a question: "asked whether"); ``quoted_verb``: the
    quotation holds the content's own verb ('asked families "to trust the
    authorities"': the speaker's words, not only a quoted phrase)."""
    if letter in ("o", "p") and first_word.lower() == "that":
        letter = "c"  # "voiced concern that ...", "expressed hope that ...": the noun's clause is the content
    fc = cue.frame_cls
    cls = fc.get(letter) or (fc.get("q") if letter == "c" else None) or cue.cls or "speech"
    if letter == "c" and cls in SAYING and (_holds_view(tok) or _copular_participle(tok)):
        return "opinion"  # "expressed confidence that ...", "is convinced that ...": a view the speaker holds
    if letter == "r":
        return "perception"  # "the talks seem to have stalled"
    if letter == "passive":
        # "X is seen as Y", "X is said to be ill", "X is expected to win": no one in particular
        if cls in ("thought", "opinion", "report") or tok.lemma_.lower() in ("say", "rumour", "rumor", "report"):
            return "perception"
        return "act" if cls in SAYING else cls
    if (
        cls in SAYING
        and tok.lemma_.lower() in word_set("question_verbs")
        and (first_word.lower() in word_set("wh_words") or first_word.lower() == "if")
    ):
        return "act"  # "asked whether ...": a question, not a statement
    if letter in ("o", "x", "p", "a") and cls in SAYING and kind == "indirect":
        return "act"
    if letter in ("o", "x", "p", "a") and not (quoted_verb or labelling(tok, letter)) and _act_frame(tok, letter):
        # "accused X of \"...\"", "called for an \"immediate ceasefire\"", "warned against
        # \"...\"": an act even with a quoted phrase; 'called the plan "a disgrace"' is speech
        return "act" if cls in SAYING else cls
    return quoted(cls, kind)


def _act_frame(tok, letter: str) -> bool:
    """Is a quoted phrase in this frame only the matter of an act: an
    infinitive or a preposition's object ("called for", "warned against",
    "urged X to"), an object with a charge ("accused X of", "blamed X for"),
    or no object of the verb's own ("steps that it called \"unfriendly\"")?
    A quoted object alone ('reported "1,300 ceasefire violations"', 'proclaimed a goal
    of "security through dialogue"') is the speaker's words."""
    if letter in ("x", "p"):
        return True
    gr = grammar(tok)
    objects = [
        c for c in tok.children if gr.is_(c, "object") and c.lower_ not in word_set("wh_words", "relative_pronouns")
    ]
    if not objects:
        return True
    return any(gr.is_(c, "prep") and c.i > objects[0].i and c.lower_ in word_set("charge_preps") for c in tok.children)


def labelling(tok, letter: str) -> bool:
    """Does cue verb ``tok`` give the quoted words as the speaker's name for
    its object ('called the plan "a disgrace"', 'described X as "..."')? Not
    when the object is the writer's own noun that the clause describes
    ("steps that it called \"unfriendly\"", "what he called \"...\"")."""
    lemma = tok.lemma_.lower()
    if letter == "o" and lemma in word_set("saying_verbs"):
        return True
    if letter not in ("o", "a") or lemma not in word_set("labelling_verbs"):
        return False
    gr = grammar(tok)
    if gr.is_(tok, "relative_clause"):
        return False
    return not any(gr.is_(c, "object") and c.lower_ in word_set("wh_words", "relative_pronouns") for c in tok.children)


def quoted(cls: str, kind: str) -> str:
    """A stance or an act whose content holds the speaker's quoted words
    ('dismissed the remarks as "recycled threats"') is their speech."""
    return "speech" if cls in ("stance", "act") and kind != "indirect" else cls


def noun_class(cue: Cue, clause: bool, kind: str, expressed: bool = False) -> str:
    """The class of a noun cue's content ("the ministry's warning that ...",
    "criticism of the deal"): a speech noun without a that-clause is an act;
    a view or feeling expressed with a that-clause ("voiced concern that ...",
    "expressed its hope that ...") is speech."""
    cls = cue.cls or "speech"
    if cls in SAYING and not clause and kind == "indirect":
        return "act"
    if expressed and clause and cls in ("thought", "opinion", "stance"):
        return "speech"
    return quoted(cls, kind)


def split(quotes: list) -> tuple[list, list]:
    """(quotes, other attributions), each in text order."""
    qs = [q for q in quotes if is_quote(q.cue_class)]
    rest = [q for q in quotes if not is_quote(q.cue_class)]
    return qs, rest


def tail_class(doc, lex, start: int) -> str | None:
    """The class a quotation takes from the cue after or around it that
    starts at character ``start`` ('"...," the deputy wrote' is writing,
    '"...," the expert is convinced' an opinion), when that class is a
    quote's other than speech; else None (speech by default)."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return None
    tok = span[0]
    adj = lex.adjectives.get(tok.lower_)
    cue = adj if adj is not None else lex.verbs.get(tok.lemma_.lower())
    cls = cue.cls if cue is not None else None
    return cls if cls in QUOTE_CLASSES - {"speech"} else None


def mandate(tok, lo: int, hi: int) -> bool:
    """Does cue verb ``tok`` (a verb of demanding, ``mandative_verbs``) take
    its clause in [lo, hi) in the subjunctive ("demands that Kabul investigate
    the incident", "insisted that the envoy be recalled")? That asks for an act and states nothing: an act,
    as "urged Kabul to investigate" is."""
    if tok.lemma_.lower() not in word_set("mandative_verbs"):
        return False
    gr = grammar(tok)
    head = next((c for c in tok.children if gr.is_(c, "clausal_complement") and lo <= c.i < hi), None)
    if head is None:
        return False
    subj = next((c for c in head.children if gr.is_(c, "subject", "passive_subject")), None)
    if subj is None:
        return False
    auxes = [c for c in head.children if gr.is_(c, "aux", "passive_aux")]
    if auxes:  # "should" may state a view ("insisted that Russia should not be blamed"): not here
        return all(a.tag_ == "VB" and a.lemma_ == "be" for a in auxes)  # "that the envoy be recalled"
    if head.tag_ == "VB":
        return True  # "that the Polish side stop ..."
    # a bare present after a singular subject: "that Kabul investigate"; after a plural one and a past cue
    # only a verb that never states ("demanded that the troops leave"): "insisted that the sanctions are
    # illegal", "that Russian troops have no role" state a view
    singular = subj.tag_ in ("NN", "NNP") or subj.lower_ in word_set("singular_pronouns")
    only_asks = tok.tag_ == "VBD" and tok.lemma_.lower() in word_set("asking_only_verbs")
    return head.tag_ == "VBP" and (singular or only_asks)


def _copular_participle(tok) -> bool:
    """Is cue ``tok`` a participle the parser read as the complement of a
    copula ("X is convinced that ...": a state of mind, not an act of
    convincing)?"""
    gr = grammar(tok)
    return tok.tag_ == "VBN" and gr.is_(tok, "adjectival_complement") and tok.head.lemma_ == "be"


def _holds_view(tok) -> bool:
    """Is cue ``tok`` a light verb whose object names a view held ("expressed
    confidence that ...", "voiced the conviction that ...")?"""
    if tok.lemma_.lower() not in word_set("light_verbs"):
        return False
    gr = grammar(tok)
    return any(gr.is_(c, "object") and c.lemma_.lower() in word_set("view_objects") for c in tok.children)
