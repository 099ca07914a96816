"""Writing: the DuckDB store and event exports. The only stage that writes files."""

from .duck import EventStore
from .export import FORMATS, write_events
from .records import flatten, unflatten

__all__ = ["FORMATS", "EventStore", "flatten", "unflatten", "write_events"]
