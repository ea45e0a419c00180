"""Gold-set readers and scorers behind ``accord eval``."""

#: CAMEO-era country codes in the gold sets that are not ISO 3166 alpha-3
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU"}
