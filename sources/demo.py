"""The demo: calendars shipped in sources/demo/, dated relative to today when they are loaded.

The .ics files are templates: ``{{D+3}}`` becomes the date three days after the demo's anchor day
(YYYYMMDD), so the site always has upcoming events. Rendered calendars go to var/demo/, which Sources
read by path. The anchor moves at most once a week: re-dating every day would move every event and mark
it rescheduled. When it moves, the demo sources' old records are replaced (demo data only).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from events.models import City, Event, StagedEvent
from sources.models import Source, SourceKind

DEMO_DIR = Path(__file__).resolve().parent / "demo"
PLACEHOLDER = re.compile(r"\{\{D([+-]\d+)\}\}")
REANCHOR_AFTER_DAYS = 7


def render_template(text: str, *, today: dt.date) -> str:
    return PLACEHOLDER.sub(lambda match: (today + dt.timedelta(days=int(match.group(1)))).strftime("%Y%m%d"), text)


def demo_manifest() -> list[dict[str, Any]]:
    return json.loads((DEMO_DIR / "sources.json").read_text(encoding="utf-8"))


def demo_anchor(*, today: dt.date, output_dir: Path) -> tuple[dt.date, bool]:
    """The day the demo is dated from, and whether it just moved (kept in output_dir/anchor)."""
    stored = output_dir / "anchor"
    try:
        anchor = dt.date.fromisoformat(stored.read_text().strip())
    except (OSError, ValueError):
        anchor = None
    if anchor is not None and 0 <= (today - anchor).days < REANCHOR_AFTER_DAYS:
        return anchor, False
    stored.write_text(today.isoformat())
    return today, anchor is not None


def demo_sources_install(*, today: dt.date, output_dir: Path | None = None) -> list[Source]:
    """Render the demo calendars and create or update their Sources. Idempotent."""
    output_dir = output_dir or Path(settings.VAR_DIR) / "demo"
    output_dir.mkdir(parents=True, exist_ok=True)
    anchor, moved = demo_anchor(today=today, output_dir=output_dir)
    sources: list[Source] = []
    with transaction.atomic():
        for entry in demo_manifest():
            rendered = output_dir / entry["file"]
            rendered.write_text(
                render_template((DEMO_DIR / entry["file"]).read_text(encoding="utf-8"), today=anchor), encoding="utf-8"
            )
            source, _ = Source.objects.update_or_create(
                slug=entry["slug"],
                defaults={
                    "name": entry["name"],
                    "kind": SourceKind.CALENDAR,
                    "adapter": "ics",
                    "config": {"path": str(rendered)},
                    "city": City.objects.filter(slug=entry["city"]).first(),
                    "trust_level": entry.get("trust_level", Source.Trust.STANDARD),
                    "schedule": entry.get("schedule", "0 */6 * * *"),
                },
            )
            sources.append(source)
        if moved:
            # The re-dated demo is a new programme; last week's demo events would all look rescheduled.
            Event.objects.filter(listings__source__in=sources).delete()
            StagedEvent.objects.filter(source__in=sources).delete()
    return sources
