"""Gold-set readers and scorers behind ``accord eval``."""

#: CAMEO-era country codes in the gold sets that are not ISO 3166 alpha-3
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU"}


def share(k: float, n: float) -> float:
    """``k / n`` rounded as every figure line prints it; 0.0 when ``n`` is 0."""
    return round(k / n, 4) if n else 0.0
