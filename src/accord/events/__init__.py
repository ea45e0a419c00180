"""PLOVER/CAMEO events with actors, dates, places and evidence."""
