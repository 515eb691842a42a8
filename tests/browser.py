"""Helpers for the browser tests (Debian Chromium through Playwright): accessibility and layout checks."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from django.db import connections

T = TypeVar("T")

# axe-core impacts that fail a test; "minor" and "moderate" findings are tolerated.
BLOCKING = frozenset({"serious", "critical"})


def axe_blocking(page: Any) -> list[str]:
    """The serious and critical axe-core findings on the page, one readable line each (axe-core is bundled
    by axe-playwright-python: nothing is downloaded). The caller waits for the page it means (its heading, say)
    after a click; the load wait here only keeps axe off a document that is still being replaced."""
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("load")
    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {[node['target'] for node in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v.get("impact") in BLOCKING
    ]


def overflow(page: Any) -> int:
    """How many pixels the page scrolls sideways (0 when it fits the viewport), once the page has loaded: a page
    reached by a click is in the DOM before its stylesheet applies, and an unstyled table is wider than a phone."""
    page.wait_for_load_state("load")
    return int(page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def in_thread(function: Callable[[], T]) -> T | None:
    """Run an ORM call outside Playwright's event loop (Django refuses sync ORM calls inside it), on a connection
    of its own that is closed afterwards: a connection left open would keep the test database from being dropped."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["value"] = function()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result.get("value")
