"""dotterel: news text to political event data — who did what to whom, when and where."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .dataset import Dataset


def open(path: Any = "dotterel.duckdb", backend: str = "pandas", settings: Any = None) -> Dataset:  # noqa: A001
    """Open a store read-only: ``dotterel.open("dotterel.duckdb").dyads()``.

    See ``dotterel.dataset.Dataset``; imported lazily so that ``import dotterel`` stays light.
    """
    from .dataset import open as _open

    return _open(path, backend, settings)


__all__ = ["__version__", "open"]
