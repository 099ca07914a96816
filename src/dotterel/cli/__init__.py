"""Command-line views. Only this package prints."""
