"""Places: an offline gazetteer (GeoNames + our curated sites, regions and
seas) and the resolution of place names to coordinates.

>>> from accord.places import resolve
>>> resolve("Tripoli", context_countries=("LBN",)).country
'LBN'
"""

from __future__ import annotations

from .resolve import Mention, Place, context_countries, distance_km, find_places, resolve, resolve_span

__all__ = ["Mention", "Place", "context_countries", "distance_km", "find_places", "resolve", "resolve_span"]
