"""The local viewer (``accord serve``): a Starlette app with a JSON twin for
every page."""
