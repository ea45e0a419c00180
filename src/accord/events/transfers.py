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
from .parties import party_words

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


def _goods(verb, g, role: str = "object"):
    """The goods a verb takes (its object; for a verb of arrival, its
    subject), or the noun of ``a batch of ...`` (``delivery of the first
    batch of ...``: twice; ``the first batteries of ... systems``)."""
    obj = g.child(verb, role)
    if obj is None:
        return None
    for _ in range(2):
        if obj.lemma_.lower() not in W.words("goods_batches") | party_words("goods_units"):
            break
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
        if m.i < goods.i and m.lemma_.lower() in W.words("maker_verbs"):
            maker = next((x for x in m.lefts if _national(x)), None)
            if maker is not None:
                return maker  # "Indian-made howitzers"
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


def _ongoing(t, g) -> bool:
    """A perfect progressive ("has been buying"): a purchase over a period,
    not one delivery."""
    return t.tag_ == "VBG" and any(a.lower_ == "been" for a in g.children(t, "aux"))


def _acquiring(t, g) -> bool:
    """A verb of receiving or buying ("received", "bought"; "took delivery of")."""
    if t.lemma_.lower() in W.words("acquire_verbs"):
        return True
    obj = g.child(t, "object")
    return (
        t.lemma_.lower() in party_words("receipt_verbs")
        and obj is not None
        and obj.lemma_.lower() in party_words("receipt_nouns")
    )


def _arrival(t, g, lex: Lexicon) -> Candidate | None:
    """ "The first batch of Indian air defence systems arrived in Yerevan"
    (a batch or unit of goods: jets or frigates arriving are no delivery),
    "Turkish drones were delivered / handed over to Kyrgyzstan": military goods
    of a named supplier that arrive in a place or are handed over to a party
    with no agent named: the supplier's aid to the place's state or the party
    (a coded mention, the recipient)."""
    lemma = t.lemma_.lower()
    if lemma in party_words("arrival_verbs"):
        role = "subject"
        first = g.child(t, role)
        if first is None or first.lemma_.lower() not in W.words("goods_batches") | party_words("goods_units"):
            return None  # "Russian fighter jets arrived in Belarus for drills": craft that come on their own
    elif lemma in party_words("handover_verbs") and not g.agents(t):
        role = "passive_subject"
    else:
        return None
    if g.has_child(t, "negation"):
        return None
    goods = _goods(t, g, role)
    seller = _supplier(t, goods, g) if goods is not None else None
    place = next((n for prep, _p, n in g.prep_args(t) if prep in party_words("arrival_preps")), None)
    if seller is None or place is None:
        return None
    return _candidate(t, DELIVERED_CODE, seller, place, lex)


def _candidate(t, code: str, actor, recipient, lex: Lexicon) -> Candidate:
    ci = lex.info(code)
    c = Candidate(t, code, ci.type, lex.categories[ci.type]["quad"], ci.mode, list(ci.context), SPEC_RULE_ARGS, "rule")
    c.recipient_tok, c.actor_tok = recipient, actor
    return c


def transfers(toks, cands: list, lex: Lexicon) -> list[Candidate]:
    """The candidates with each receiving or buying of military goods from a
    named supplier coded as the supplier's aid (or the buyer's intent), and
    each arrival of such goods in a place (:func:`_arrival`); the verb's other
    candidates are replaced."""
    out, done = [], set()
    for t in toks:
        if t.pos_ != "VERB":
            continue
        g = grammar(t)
        arrived = _arrival(t, g, lex)
        if arrived is not None:
            out.append(arrived)
            done.add(t.i)
            continue
        if not _acquiring(t, g):
            continue
        if g.has_child(t, "negation") or _intent_denied(t, g):
            continue  # "will not buy Russian systems": the buyer's refusal, as the verb's own rows code it
        goods = _goods(t, g)
        seller = _supplier(t, goods, g) if goods is not None else None
        if seller is None:
            continue
        if _ongoing(t, g):
            done.add(t.i)  # "X has for years been buying Israeli weapons": a habit of long standing, no event
            continue
        holder = _intent_holder(t, g)
        receipt = t.lemma_.lower() in party_words("receipt_verbs")
        if (
            holder is None
            and not receipt
            and any(a.lower_ in W.words("intent_auxiliaries") for a in g.children(t, "aux"))
        ):
            # ("Pakistan will receive Chinese frigates": a delivery to come, no buyer's intent)
            holder = g.child(t, "subject")  # "Serbia will buy Chinese jets": an intent
        buyer = holder if holder is not None else g.child(t, "subject")
        if buyer is None:
            continue
        code = INTENT_CODE if holder is not None else DELIVERED_CODE
        actor, recipient = (buyer, seller) if holder is not None else (seller, buyer)
        out.append(_candidate(t, code, actor, recipient, lex))
        done.add(t.i)
    return [c for c in cands if c.i not in done] + out
