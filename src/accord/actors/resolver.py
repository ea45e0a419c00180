"""Actor mentions from a parsed Doc: lexicon pieces -> noun phrases -> codes,
then coreference within the article.

The steps, all linear in the number of tokens:

1. *Pieces*: lexicon matches (names, adjectives, capitals, seats, organizations,
   groups, agent words, office holders; longest first) plus spaCy's PERSON,
   ORG and GPE entities the lexicon does not know.
2. *Phrases*: pieces joined by the words a noun phrase has between them
   (adjectives, nouns, hyphens, possessive ``'s``, and ``of [the]`` from a
   body to the state or organization it belongs to): "[US] Indo-Pacific
   [Command]", "[Kazakhstan]'s [Defence Ministry]", "the [Armed Forces] of
   [Kyrgyzstan]". Coordinated nationality words ("Hungarian and Romanian
   officials") make one mention each.
3. *Codes*: country/org from names, adjectives, capitals, seats and
   organizations in the phrase; sector from the agent nearest the head; a
   person's codes from the role the text gives (before the name, or in an
   apposition after it), else from the office-holder table on the article's
   date. Nothing known -> ``None``.
4. *Coreference*: repeated and surname-only names, definite role nouns ("the
   analyst") and personal pronouns link to the person they refer to and carry
   that person's name, codes and ``entity``.

Each step has its module: :mod:`.pieces` (1; with :mod:`.names` for names
the parser missed), :mod:`.phrases` (2), :mod:`.codes` (3; with
:mod:`.roles` for roles given around a name and :mod:`.bodies` for bodies
named again), :mod:`.coref` (4). Their intermediate results are in
:mod:`.parts`, per-token helpers in :mod:`.text`, the dictionary people of
a surname in :mod:`.surnames` and the word lists in :mod:`.words`.
"""

from __future__ import annotations

from .bodies import link_acronyms, link_definite_bodies, possessed_role_bodies, seat_capitals
from .city_context import cities_by_context
from .codes import resolve
from .coref import corefer
from .home import dateline_places, home_bodies, home_titles, state_anaphors
from .igo_bodies import igo_bodies_named_again
from .lexicon import get_lexicon
from .parts import Draft
from .phrases import find_phrases
from .pieces import find_pieces
from .residents import residents_state
from .roles import (
    coordinated_bodies,
    coordinated_officials,
    coordinated_sectors,
    introduce_roles,
    late_served_bodies,
    locative_country,
    mirror_counterparts,
    subject_possessions,
)
from .text import PRONOUNS, TokenArrays, quote_mask, sentences


def extract(doc, date: str | None = None, lex=None):
    """``(mentions, chains)`` for ``doc`` (see module doc)."""
    lex = lex or get_lexicon(doc.vocab)
    if date is None and doc.has_extension("published"):
        date = doc._.published
    arr = TokenArrays(doc)
    sent_of, sent_end = sentences(doc)
    pieces = find_pieces(doc, lex, date, arr)
    drafts = _drafts(doc, find_phrases(doc, pieces, sent_end), date, lex)
    # role introductions: "NAME, ROLE of ORG in PLACE" and "ROLE, NAME,"
    introduce_roles(doc, drafts, pieces, sent_end)
    by_start = {p.start: p for p in pieces}
    locative_country(doc, drafts, by_start)
    residents_state(doc, drafts, by_start)
    subject_possessions(doc, drafts)
    coordinated_officials(doc, drafts)
    coordinated_sectors(doc, drafts, pieces)
    coordinated_bodies(doc, drafts)
    mirror_counterparts(drafts, sent_of)
    drafts += _pronouns(arr)
    drafts.sort(key=lambda d: (d.start, -d.end))
    link_acronyms(doc, drafts)
    link_definite_bodies(doc, drafts)
    igo_bodies_named_again(doc, drafts)
    dateline_places(doc, drafts)
    home_bodies(doc, drafts)
    home_titles(doc, drafts)
    late_served_bodies(doc, drafts)
    possessed_role_bodies(doc, drafts)
    state_anaphors(doc, drafts)
    seat_capitals(doc, drafts)
    cities_by_context(doc, drafts)
    return corefer(doc, drafts, date, lex, sent_of, quote_mask(arr.words))


def _drafts(doc, phrases: list, date, lex) -> list:
    """The drafts of the phrases that are actors."""
    drafts = []
    for ph in phrases:
        for d in resolve(doc, ph, date, lex):
            if d.kind in ("skip", None):
                continue  # a non-actor use ("US dollar") or only a demoted modifier ("pro-Russian")
            drafts.append(d)
    return drafts


def _pronouns(arr: TokenArrays) -> list:
    """A draft for each personal pronoun ("he", "her") coreference may link."""
    lower, pos, tag = arr.lower, arr.pos, arr.tag
    out = []
    for i, w in enumerate(lower):
        if w in PRONOUNS and (not pos[i] or pos[i] == "PRON" or tag[i] in ("PRP", "PRP$")):
            out.append(Draft(i, i + 1, kind="pronoun"))
    return out
