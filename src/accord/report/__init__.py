"""The static HTML report (``accord report``): one self-contained file."""
