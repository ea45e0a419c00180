"""PLOVER/CAMEO events with actors, dates, places and evidence.

``extract_events(doc)`` (in :mod:`accord.events.extract`) is the pure
function behind the ``accord_events`` spaCy component; the knowledge it uses
is data in ``data/`` (CAMEO -> PLOVER table, CAMEO verb patterns, accord's
trigger rules, the sentence classifier's weights), rebuilt by
``python -m accord.events.build_data`` and ``python -m accord.events.train``.
"""
