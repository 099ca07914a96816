"""The exceptions dotterel raises. Catch ``DotterelError`` to catch them all."""

from __future__ import annotations


class DotterelError(Exception):
    """Base class of every error dotterel raises on purpose."""


class InputError(DotterelError):
    """An input cannot be read: missing, binary, empty, badly encoded or malformed."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DataError(DotterelError):
    """A bundled or user-supplied data table (lexicon, dictionary) is malformed."""


class ModelError(DotterelError):
    """A language model could not be loaded."""


class StoreError(DotterelError):
    """The event store cannot be opened, read or written."""


class ConfigError(DotterelError):
    """A configuration value is invalid."""
