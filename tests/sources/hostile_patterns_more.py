"""More of the patterns tests/sources/hostile_patterns.py registers (merged into its PATTERNS): that module reached
600 lines. A new pattern is registered here, with a comment saying which batch or review brought it."""

from __future__ import annotations

from sources.adapters import _page_agenda_docs, _page_record_docs
from tests.hostile import module_patterns

MORE_PATTERNS = {
    # Held-out batch 91 (pages91): a sitting's verbatim record's name opening a link (Hansard, Plenarprotokoll …); the
    # steps of a meeting's order of business opening a line, and an agenda's label closing a running header.
    **module_patterns(_page_record_docs, "_page_record_docs."),
    **module_patterns(_page_agenda_docs, "_page_agenda_docs."),
}
