"""Actor mentions and their CAMEO-style codes."""
