"""`manage.py seed_demo`: cities, demo sources and an admin login; with --fetch, ingest them too. Idempotent."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from sources.demo import demo_sources_install
from sources.schedules import schedules_sync_all

ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = "Load the demo cities and sources (and an admin user); --fetch ingests the demo sources."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--fetch", action="store_true", help="Fetch and publish the demo sources afterwards.")
        parser.add_argument("--no-admin", action="store_true", help="Do not create the demo admin user.")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("loaddata", "cities", verbosity=0)
        sources = demo_sources_install(today=timezone.localdate())
        scheduled, _ = schedules_sync_all()
        self.stdout.write(f"Loaded the demo cities and {len(sources)} demo sources ({scheduled} sources scheduled).")
        if options["fetch"]:
            try:
                call_command(
                    "fetch", source=[source.slug for source in sources], stdout=self.stdout, stderr=self.stderr
                )
            except CommandError as exc:  # a broken demo source is reported; the rest of the demo stands
                self.stderr.write(self.style.WARNING(str(exc)))
        if not options["no_admin"]:
            password = self._admin_password()
            self.stdout.write(
                self.style.SUCCESS("Admin: ")
                + f"{settings.SITE_URL}/admin/  user: {ADMIN_USERNAME}  password: {password}"
            )

    def _admin_password(self) -> str:
        """DEMO_ADMIN_PASSWORD if set; else one generated once and kept in var/admin-password (mode 600)."""
        stored = Path(settings.VAR_DIR) / "admin-password"
        password = settings.DEMO_ADMIN_PASSWORD or (stored.read_text().strip() if stored.exists() else "")
        if not password:
            password = secrets.token_urlsafe(12)
            stored.parent.mkdir(parents=True, exist_ok=True)
            stored.touch(mode=0o600)
            stored.write_text(password + "\n")
        user, _ = get_user_model().objects.get_or_create(
            username=ADMIN_USERNAME, defaults={"is_staff": True, "is_superuser": True, "email": "admin@localhost"}
        )
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        return password
