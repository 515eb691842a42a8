"""Load once, before gunicorn forks its workers, what Django otherwise loads on a worker's first request.

With ``preload_app`` (config/gunicorn.py) the master imports config.wsgi, which calls ``warm_up()``: the URL
configuration (config/urls.py imports every view module, drf-spectacular among them), every template of the
project compiled into the cached loader, and Babel's locale and time-zone data. Each worker then starts
with all of it in memory (shared copy-on-write), so its first request costs what any other does instead of
a second or more of imports, and, under load, far more while the workers all import at once.

No database or cache access: nothing here opens a connection the workers would inherit.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import cast

from django.conf import settings
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.urls import get_resolver

logger = logging.getLogger(__name__)

# Paths whose views a visitor reaches first: resolving them imports every view module on the way.
HOT_PATHS = ("/", "/api/v1/events/", "/cities/x/", "/search/", "/events/1/x/", "/feeds/events.ics", "/healthz")
TEMPLATE_SUFFIXES = (".html", ".txt", ".xml", ".ics")


def warm_up() -> float:
    """Load URLs, templates and locale data; returns the seconds it took. Never raises for a part that fails."""
    started = time.perf_counter()
    for step in (_urls, _templates, _locale_data):
        try:
            step()
        except Exception:  # a warm-up that fails only means a slower first request
            logger.warning("warm-up step %s failed; the first request will do it", step.__name__, exc_info=True)
    return time.perf_counter() - started


def _urls() -> None:
    resolver = get_resolver()
    for path in HOT_PATHS:
        try:
            resolver.resolve(path)
        except Exception:  # noqa: BLE001, S112 - a 404 here is fine: the patterns were imported on the way
            continue
    _ = resolver.reverse_dict  # what {% url %} and reverse() build on their first use


def _template_names(directory: Path) -> list[str]:
    return sorted(
        path.relative_to(directory).as_posix()
        for path in directory.rglob("*")
        if path.is_file() and path.suffix in TEMPLATE_SUFFIXES
    )


def _templates() -> None:
    """Compile the project's own templates (not third-party apps'): the cached loader keeps them."""
    configured = cast("list[str | Path]", settings.TEMPLATES[0].get("DIRS", []))
    directories = [Path(directory) for directory in configured]
    directories += sorted(Path(settings.BASE_DIR).glob("*/templates"))
    for engine in engines.all():
        for directory in directories:
            for name in _template_names(directory):
                try:
                    engine.get_template(name)
                except (TemplateDoesNotExist, TemplateSyntaxError):
                    continue  # another engine's, or a partial that is only valid included


def _locale_data() -> None:
    from events.formatting import money, zone_label

    for currency, country in (("USD", "US"), ("INR", "IN"), ("EUR", "DE"), ("GBP", "GB")):
        money(1234, currency, country)
    for zone in ("America/New_York", "America/Chicago", "Asia/Kolkata", "Europe/London"):
        zone_label(zone)
