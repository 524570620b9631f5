"""cleaner: turn scraped news into clean article bodies, explaining every line it removes."""

from cleaner.unwrap import unwrap

__all__ = ["unwrap"]
__version__ = "0.1.0"
