"""dotterel: news text to political event data — who did what to whom, when and where."""

__version__ = "0.1.0"

__all__ = ["__version__"]
