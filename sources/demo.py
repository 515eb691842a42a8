"""The demo: calendars shipped in sources/demo/, dated relative to today when they are loaded.

The .ics files are templates: ``{{D+3}}`` becomes the date three days from today (YYYYMMDD), so the
site always has upcoming events. Rendered calendars go to var/demo/, which Sources read by path.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from events.models import City
from sources.models import Source, SourceKind

DEMO_DIR = Path(__file__).resolve().parent / "demo"
PLACEHOLDER = re.compile(r"\{\{D([+-]\d+)\}\}")


def render_template(text: str, *, today: dt.date) -> str:
    return PLACEHOLDER.sub(lambda match: (today + dt.timedelta(days=int(match.group(1)))).strftime("%Y%m%d"), text)


def demo_manifest() -> list[dict[str, Any]]:
    return json.loads((DEMO_DIR / "sources.json").read_text(encoding="utf-8"))


def demo_sources_install(*, today: dt.date, output_dir: Path | None = None) -> list[Source]:
    """Render the demo calendars for ``today`` and create or update their Sources. Idempotent."""
    output_dir = output_dir or Path(settings.VAR_DIR) / "demo"
    output_dir.mkdir(parents=True, exist_ok=True)
    sources: list[Source] = []
    with transaction.atomic():
        for entry in demo_manifest():
            rendered = output_dir / entry["file"]
            rendered.write_text(
                render_template((DEMO_DIR / entry["file"]).read_text(encoding="utf-8"), today=today), encoding="utf-8"
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
    return sources
