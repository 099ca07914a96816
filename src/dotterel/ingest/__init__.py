"""Reading articles: the only stage that touches input files."""

from .readers import InputFailure, ReadResult, read_inputs, read_path

__all__ = ["InputFailure", "ReadResult", "read_inputs", "read_path"]
