"""Plain text for the pipeline: the helpers live in ``events.text``, which the source adapters use too."""

from __future__ import annotations

from events.text import plain_text, single_line

__all__ = ("plain_text", "single_line")
