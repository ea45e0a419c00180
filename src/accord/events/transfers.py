"""Arms transfers told from the receiver's or the buyer's side.

``X's armed forces received a batch of Israeli drones``, ``Serbia purchased
Chinese air defence systems``, ``the army received armoured vehicles from
Russia``: the supplier gives the receiver military goods, an AID event
supplier -> receiver, though the supplier is only the goods' nationality, a
``from`` phrase or the ``produced by`` phrase of the goods. A buyer that is
only *interested in* or *plans* buying states an intent: AGREE buyer ->
supplier (``will buy`` too; ``will not buy`` is left to the verb's rows). With no supplier named there is no event (``received new tanks``).
"""

from __future__ import annotations

from ..actors.lexicon import ADJ, COUNTRY, get_lexicon
from ..syntax import grammar
from . import words as W
from .candidate import SPEC_RULE_ARGS, Candidate
from .lexicon import Lexicon

DELIVERED_CODE = "072"  # provide military aid
INTENT_CODE = "030"  # express intent to cooperate


def _national(tok) -> bool:
    """A word that names a country ("Israeli", "Turkish", "Russia")."""
    return any(e.type in (COUNTRY, ADJ) for e in get_lexicon().lookup(tok.doc[tok.i : tok.i + 1]))


def _word(tok) -> bool:
    """Military goods: an arms noun, or a generic one ("systems", "aircraft")
    with a military word before it ("air-defence systems", "armoured vehicles")."""
    if {tok.lemma_.lower(), tok.lower_} & W.words("arms_goods"):
        return True
    if not {tok.lemma_.lower(), tok.lower_} & W.words("arms_generic"):
        return False
    military = W.words("arms_modifiers") | W.words("arms_goods")
    return any(m.lemma_.lower() in military or m.lower_ in military for left in tok.lefts for m in left.subtree)


def _goods(verb, g):
    """The goods a verb takes: its object, or the noun of ``a batch of ...``."""
    obj = g.child(verb, "object")
    if obj is None:
        return None
    if obj.lemma_.lower() in W.words("goods_batches"):
        for p in g.children(obj, "prep"):
            for n in g.children(p, "prep_object"):
                if p.lower_ == "of":
                    obj = n
    return obj if _word(obj) else None


def _supplier(verb, goods, g):
    """The supplier: ``from Y`` on the verb or the goods, the agent of the
    goods' ``produced/made by Y``, else the goods' nationality word (then the
    goods themselves stand for it, as their mention carries its code)."""
    for host in (verb, goods):
        for prep, _p, n in g.prep_args(host):
            if prep == "from":
                return n
    for acl in g.children(goods, "clause_modifier"):
        if acl.lemma_.lower() in W.words("maker_verbs"):
            agents = g.agents(acl)
            if agents:
                return agents[0]
    for m in goods.subtree:
        if m.i < goods.i and g.is_(m, "adjective", "compound") and _national(m):
            return goods
    return None


def _intent(verb, g):
    """The word of intent above a buying verb (``interested in buying``,
    ``plans to buy``) and the word that holds its subject; None for a plain report."""
    up = verb.head
    if g.is_(verb, "prep_clause") and g.is_(up, "prep"):
        up = up.head
    elif not g.is_(verb, "open_complement"):
        return None
    if up.i == verb.i or up.lemma_.lower() not in W.words("intent_words"):
        return None
    return up, (up.head if g.is_(up, "adjectival_complement") else up)


def _intent_holder(verb, g):
    """The subject of the intent above a buying verb; None for a plain report."""
    found = _intent(verb, g)
    return g.child(found[1], "subject") if found else None


def _intent_denied(verb, g) -> bool:
    """``is not interested in buying``, ``does not plan to buy``."""
    found = _intent(verb, g)
    return bool(found) and any(g.has_child(w, "negation") for w in found)


def transfers(toks, cands: list, lex: Lexicon) -> list[Candidate]:
    """The candidates with each receiving or buying of military goods from a
    named supplier coded as the supplier's aid (or the buyer's intent); the
    verb's other candidates are replaced."""
    out, done = [], set()
    for t in toks:
        if t.pos_ != "VERB" or t.lemma_.lower() not in W.words("acquire_verbs"):
            continue
        g = grammar(t)
        if g.has_child(t, "negation") or _intent_denied(t, g):
            continue  # "will not buy Russian systems": the buyer's refusal, as the verb's own rows code it
        goods = _goods(t, g)
        seller = _supplier(t, goods, g) if goods is not None else None
        if seller is None:
            continue
        holder = _intent_holder(t, g)
        if holder is None and any(a.lower_ in W.words("intent_auxiliaries") for a in g.children(t, "aux")):
            holder = g.child(t, "subject")  # "Serbia will buy Chinese jets": an intent
        buyer = holder if holder is not None else g.child(t, "subject")
        if buyer is None:
            continue
        code = INTENT_CODE if holder is not None else DELIVERED_CODE
        ci = lex.info(code)
        actor, recipient = (buyer, seller) if holder is not None else (seller, buyer)
        c = Candidate(
            t, code, ci.type, lex.categories[ci.type]["quad"], ci.mode, list(ci.context), SPEC_RULE_ARGS, "rule"
        )
        c.recipient_tok, c.actor_tok = recipient, actor
        out.append(c)
        done.add(t.i)
    return [c for c in cands if c.i not in done] + out
