"""Source adapters. Importing this package registers every adapter (see registry.py)."""

from sources.adapters import ics, registry

__all__ = ("ics", "registry")
