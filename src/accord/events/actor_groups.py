"""Which of the article's actor mentions a phrase of the parse refers to.

:class:`ActorGroups` indexes ``doc._.mentions`` by token and answers, for the
head word of an argument phrase, the mentions that take part: the head's own
mention and those of its conjuncts, or the most specific codable mention in
the phrase (``Western states, above all Britain`` -> Britain).
"""

from __future__ import annotations

from ..actors.regions import region_codes
from ..doc_index import doc_text
from ..record import Mention
from ..syntax import grammar
from . import words as W
from .parties import party_words


def local_mention_index(doc) -> list[int]:
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
            span = doc[ti : ti + 1]
        for i in range(span.start, span.end):
            if idx[i] == -1:
                idx[i] = mi
    return idx


def specificity(m: Mention) -> tuple:
    """How precisely a mention names an actor: coded, a country (not a
    region) or organisation, a sector, a known kind."""
    country = m.country or ""
    return (
        1 if m.code else 0,
        2 if country and country not in region_codes("events") else (1 if m.org else 0),
        1 if m.sector else 0,
        1 if m.kind in ("state", "igo", "org", "person") else 0,
    )


class ActorGroups:
    """Finds the mentions that fill an event's roles."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc_text(doc)  # Doc.text joins every token anew on each access
        self.mentions = doc._.mentions or []
        self.tok2m = local_mention_index(doc)
        self.g = grammar(doc)
        self._groups: dict[int, list[int]] = {}  # head token -> its group (asked for again per role and event)
        self._spans: dict[tuple, object] = {}  # (mention, start, end) -> its tokens (asked for per role and rule)

    def at(self, tok) -> int | None:
        mi = self.tok2m[tok.i]
        return mi if mi >= 0 else None

    def span_of(self, mi: int):
        """The tokens of mention ``mi`` (None when they do not align)."""
        m = self.mentions[mi]
        key = (mi, m.start, m.end)
        if key not in self._spans:
            self._spans[key] = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return self._spans[key]

    def _party_heads(self, head) -> list:
        """The head and its later conjuncts; coordinated modifiers are parties
        too ('Russian and Chinese warships')."""
        g = self.g
        heads = [head] + [c for c in head.conjuncts if c.i > head.i and not self._gapped_subject(head, c)]
        for ch in g.children(head, "adjective", "compound", "noun_modifier"):
            if g.has_child(ch, "conjunct"):
                heads += [ch] + [x for x in ch.conjuncts if x.i > ch.i]
        mods = g.children(head, "adjective", "compound", "noun_modifier")
        # "the Russian-Mongolian exercise «Selenge»" (the name the parser made the head): the pair of its noun too
        mods += [a for n in g.children(head, "noun_modifier") for a in g.children(n, "adjective")]
        for ch in [head] + mods:
            first = self._hyphen_partner(ch)
            if first is not None:
                heads += [first] + ([ch] if ch.i != head.i else [])
        # "servicemen of the Turkish army and of the Pakistani army": the joined phrase of the same preposition
        heads += [
            o
            for pr in g.children(head, "prep")
            for c in pr.conjuncts
            if c.i > pr.i and c.lower_ == pr.lower_ == "of"
            for o in g.children(c, "prep_object")
        ]
        return heads + self._coordinated_phrases(head)

    def _hyphen_partner(self, t):
        """The first state of a hyphenated pair of national modifiers ending in
        ``t`` ("Russian-Belarusian exercises", "the Chinese-Russian patrol",
        "Kazakh-Uzbek talks": the parser hangs the first on the second), both
        states' own mentions; else None ("pro-Russian", "Russian-made")."""
        doc, i = self.doc, t.i
        if i < 2 or doc[i - 1].text not in W.words("pair_hyphens") or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
            return None
        first = doc[i - 2]
        if first.head.i != i or not self.g.is_(first, "adjective", "compound"):
            return None
        a, b = self.at(first), self.at(t)
        if a is None or b is None or a == b:
            return None
        ca, cb = self.mentions[a].country, self.mentions[b].country
        return first if ca and cb and ca != cb and self.mentions[a].kind == "state" else None

    def _gapped_subject(self, head, c) -> bool:
        """Is the conjunct the subject of a gapped clause ("A has sent a
        battalion and B an artillery battery": B, whose own object the parser
        hung on it as an apposition), not a second party beside a thing?"""
        if head.pos_ != "NOUN" or self.at(head) is not None and self.mentions[self.at(head)].code:
            return False
        mc = self.at(c)
        if mc is None or not self.mentions[mc].country:
            return False
        span = self.span_of(mc)
        end = span.end if span is not None else c.i + 1
        # (its object right after it; "and Mali, a key partner" describes a party)
        return any(x.left_edge.i == end and x.pos_ == "NOUN" for x in self.g.children(c, "apposition"))

    def _coordinated_phrases(self, head) -> list:
        """The objects of later phrases of the same preposition joined to the
        head's by "and" ("spoke with X, and with Y")."""
        g = self.g
        p = head.head
        if not g.is_(head, "prep_object") or p.i == head.i or p.head.i == p.i:
            return []
        v = p.head
        ands = [c.i for c in g.children(v, "coordinator") if c.i > p.i]
        out = []
        for sib in list(p.conjuncts) + g.children(v, "prep"):
            if (
                sib.i > head.i
                and sib.lower_ == p.lower_
                and (sib.i in {c.i for c in p.conjuncts} or any(a < sib.i for a in ands))
            ):
                out += g.children(sib, "prep_object")
        return out

    def group(self, head) -> list[int]:
        """Mentions an argument phrase refers to: the head's own mention and
        those of its conjuncts; else the most specific codable mention in the
        phrase (``Western states, above all Britain`` -> Britain)."""
        hit = self._groups.get(head.i)
        if hit is None:
            named = self._object_named_before(head)
            hit = self._groups[head.i] = self.group(named) if named is not None else self._group(head)
        return list(hit)

    def _object_named_before(self, head):
        """'summoned the Russian envoy and handed him a note': a person's object
        pronoun of a verb joined to an earlier one by 'and' is that verb's object
        (one subject does both; the pronoun is not the subject), not the person
        the article's chain last named; else None."""
        g = self.g
        v = head.head
        if head.lower_ not in party_words("person_object_pronouns") or not g.is_(head, "object", "dative"):
            return None
        if not g.is_(v, "conjunct") or v.head.i >= v.i or g.children(v, "subject"):
            return None
        objs = [o for o in g.children(v.head, "object") if o.i < v.i and o.pos_ in ("NOUN", "PROPN")]
        if len(objs) != 1 or not self._group(objs[0]):
            return None
        return objs[0]

    def _group(self, head) -> list[int]:
        pair = self._their_pair(head)
        if pair:
            return pair
        out: list[int] = []
        for h in self._party_heads(head):
            mi = self.at(h)
            origins = self._origin_list(h, mi)
            if origins:
                # "Soldiers from A, B and C opened the exercise": the states the units come from
                _add_new(out, origins)
                continue
            if mi is not None and (self.mentions[mi].country in region_codes("events") or not self.mentions[mi].code):
                # "Western states, above all Britain": the most specific codable actor
                better = self._best_in(h)
                if better is not None and specificity(self.mentions[better]) > specificity(self.mentions[mi]):
                    mi = better
            if mi is not None and not self.mentions[mi].code:
                sub = [x for x in self._coordinated_in(h) if self.mentions[x].code]
                if len(sub) > 1 and self._best_in(h) is None:
                    # "Troops from the US, Tajikistan and Kazakhstan": the coordinated codable actors
                    _add_new(out, sub)
                    continue
            if mi is None:
                mi = self._best_in(h)
                if mi is None:
                    # "troops from the US, Tajikistan and Kazakhstan"; in a phrase that names
                    # coded parties beside names no code knows ("a batch of Falcon and Kestrel
                    # drones to Ruritania"), the coded ones
                    found = self._coordinated_in(h)
                    _add_new(out, [x for x in found if self.mentions[x].code] or found)
                    continue
            _add_new(out, [mi])
            self._add_trailing_conjuncts(mi, out)
        return self._states_before_regions(out)

    def _their_pair(self, h) -> list[int]:
        """ "Russia and China said their navies would patrol ...", "... of A
        and B met. Their militaries held drills": a unit no code names
        (``plural_pronouns`` owner, a sector or no mention) is the two or more
        states of the latest main-clause subject before it, in its sentence or
        the one before; else []."""
        g = self.g
        own = [c for c in h.children if c.lower_ == "their" and g.is_(c, "possessor")]
        mi = self.at(h)
        if not own or (mi is not None and (self.mentions[mi].code or not self.mentions[mi].sector)):
            return []
        sent = h.sent
        for _ in range(2):
            found: list[int] = []
            for t in sent:
                if t.i < h.i and g.is_(t, "subject") and (g.is_(t.head, "root") or g.is_(t.head.head, "root")):
                    group = [x for x in self.group(t) if self.mentions[x].code]
                    if len({self.mentions[x].country for x in group if self.mentions[x].country}) >= 2:
                        found = group
            if found or sent.start == 0:
                return found
            sent = self.doc[sent.start - 1].sent
        return []

    def _origin_list(self, h, mi: int | None) -> list[int]:
        """The coded mentions of a list of two or more parties that a common
        noun's ``from`` phrase names ("troops from A, B and C", "observers
        from A and B"), where the noun's own mention (a role word coded by
        the article's actor chain, or none) does not cover the list; else []."""
        g = self.g
        if h.pos_ != "NOUN":
            return []
        span = self.span_of(mi) if mi is not None else None
        for c in g.children(h, "prep"):
            if c.lower_ not in W.words("origin_preps") or (span is not None and span.start <= c.i < span.end):
                continue
            for p in g.children(c, "prep_object"):
                heads = [p] + [x for x in p.conjuncts if x.i > p.i]
                found = [self.at(x) for x in heads]
                coded = [x for x in found if x is not None and self.mentions[x].code]
                keys = {self.mentions[x].country or self.mentions[x].org for x in coded}
                if len(coded) == len(heads) and len(keys) >= 2:
                    return coded
        return []

    def _add_trailing_conjuncts(self, mi: int, out: list[int]) -> None:
        """'The Ministers of Defense of Kazakhstan and Uzbekistan': a conjunct
        hanging off the mention's last word is a party too, and so are the
        conjuncts after it ('the leaders of A, B and C')."""
        span = self.span_of(mi)
        if span is not None and len(span) > 1:
            g = self.g
            heads = g.children(span[-1], "conjunct")
            # "the leaders of A, B and C": C hangs off B, the conjunct of A
            heads += [x for h in list(heads) for x in h.conjuncts if x.i > h.i]
            for ap in g.children(span[-1], "apposition"):
                if g.has_child(ap, "conjunct"):
                    # "the leaders of Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan" parsed
                    # with the second name as an apposition: a list all the same
                    heads += [ap] + [x for x in ap.conjuncts if x.i > ap.i]
            for x in heads:
                if x.i >= span.end:
                    mx = self.at(x)
                    if mx is not None and mx not in out:
                        out.append(mx)

    def _states_before_regions(self, out: list[int]) -> list[int]:
        """Compound actors: keep all coordinated codable mentions, but a region
        beside a state yields to the state."""
        if len(out) > 1:
            specs = [specificity(self.mentions[i]) for i in out]
            if any(s[1] == 2 for s in specs):
                out = [
                    i
                    for i, s in zip(out, specs)
                    if not (s[1] == 1 and (self.mentions[i].country or "") in region_codes("events"))
                ]
        return out

    def _subtree_mentions(self, h, limit=40):
        g = self.g
        lo, hi = h.left_edge.i, h.right_edge.i
        if hi - lo > limit:
            hi = lo + limit
        skip = set()
        place_preps = W.words("place_preps")
        for c in h.children:
            if g.is_(c, "relative_clause", "clause_modifier", "adverbial_clause", "clausal_complement") or (
                g.is_(c, "prep") and c.lower_ in place_preps
            ):
                skip.update(range(c.left_edge.i, c.right_edge.i + 1))
        near = party_words("proximity_preps")
        for t in self.doc[lo : hi + 1]:
            if t.lower_ in near and g.is_(t, "prep"):
                # "a series of joint patrols near Japan": a place something is near is no party of it
                skip.update(range(t.left_edge.i, t.right_edge.i + 1))
        found = []
        for i in range(lo, hi + 1):
            if i in skip:
                continue
            mi = self.tok2m[i]
            if mi >= 0 and mi not in found:
                found.append(mi)
        return found

    def _best_in(self, h) -> int | None:
        found = self._subtree_mentions(h)
        if not found:
            return None
        # coordinated mentions inside the phrase: handled by _coordinated_in
        heads = set()
        for mi in found:
            span = self.span_of(mi)
            if span is not None:
                heads.add(span.root.i)
        conj = [i for i in heads if self.g.is_(self.doc[i], "conjunct") and self.doc[i].head.i in heads]
        if conj or self._coordinated_modifiers(found):
            return None

        def key(mi):
            m = self.mentions[mi]
            span = self.span_of(mi)
            depth = 0
            if span is not None:
                t = span.root
                while t.i != h.i and t.head.i != t.i and depth < 10:
                    t = t.head
                    depth += 1
            sp = specificity(m)
            # codable first, a unit's topic and a region last, then the mention nearest the phrase head
            return (
                sp[0],
                not self._topic_of_unit(mi),
                sp[1] > 0 and (m.country or "") not in region_codes("events"),
                -depth,
                sp,
                -abs(m.start - h.idx),
            )

        return max(found, key=key)

    def _topic_of_unit(self, mi: int) -> bool:
        """Does mention ``mi`` only qualify a unit that an ``of`` phrase puts
        in a coded body ("Director of the Fourth CIS Department of the
        Ministry of Foreign Affairs of Russia": CIS is the department's topic,
        the ministry its owner)?"""
        g = self.g
        span = self.span_of(mi)
        if span is None or not len(span) or not g.is_(span.root, "compound", "adjective"):
            return False
        unit = span.root.head
        for pr in g.children(unit, "prep"):
            if pr.lower_ == "of":
                for p in g.children(pr, "prep_object"):
                    if any(x != mi and self.mentions[x].code for x in self._subtree_mentions(p)):
                        return True
        return False

    def _coordinated_modifiers(self, found: list[int]) -> list[int]:
        """The two mentions that meet in coordinated modifiers of one noun
        ("with US and British forces": "US" and the "British" of "British
        forces"), else []."""
        for mi in found:
            span = self.span_of(mi)
            if span is None:
                continue
            for t in span:
                if not self.g.is_(t, "conjunct") or t.i == span.root.i:
                    continue
                other = self.tok2m[t.head.i]
                if other >= 0 and other != mi and other in found:
                    return [other, mi]
        return []

    def _coordinated_in(self, h) -> list[int]:
        found = self._subtree_mentions(h)
        return self._coordinated_modifiers(found) or found[:8]


def _add_new(out: list[int], items) -> None:
    for x in items:
        if x not in out:
            out.append(x)
