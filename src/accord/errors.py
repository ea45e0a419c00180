"""accord's exceptions. Each carries a message a user can act on."""

from __future__ import annotations


class AccordError(Exception):
    """Base class: a problem the user can fix (bad input, missing model...)."""


class ModelNotFound(AccordError):
    """No usable spaCy model is installed."""


class InputError(AccordError):
    """An input item cannot be read or used; ``where`` is ``PATH[:LINE]``."""

    def __init__(self, where: str, reason: str):
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class ConfigError(AccordError):
    """A setting has a value accord cannot use."""


class StoreError(AccordError):
    """The database cannot be opened or written."""


class DataFileError(AccordError):
    """A knowledge file (packaged or in the user's data folder) has a row
    accord cannot use; the message names the file and line."""
