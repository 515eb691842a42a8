"""Timestamps read from PostgreSQL by psycopg's C loader rather than Django's Python one.

Django (5.2, psycopg 3) reads every ``timestamptz`` value through a subclass of psycopg's pure-Python loader (a
regular expression and a dozen int() calls, then ``replace(tzinfo=…)``): ~4 us a value, while psycopg's C loader
takes ~0.3 us. A pipeline batch reads eight timestamps per record (staged rows, nearby events, the broadcast's
rows): a few percent of a worker's CPU. When the session's TimeZone is UTC, which is what Django sets
(``TIME_ZONE = "UTC"``, ``USE_TZ``), the C loader returns exactly what Django's does: the moment, with
``datetime.timezone.utc``. On any other setting, or without psycopg's C implementation, Django's loader stays.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db.backends.signals import connection_created
from psycopg import pq
from psycopg.abc import AdaptContext
from psycopg.adapt import Loader

try:
    from psycopg_binary._psycopg import TimestamptzLoader as _CLoader  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - psycopg without its binary package
    _CLoader = None


class UtcTimestamptzLoader(Loader):
    """psycopg's C loader behind the attributes Django's cursor code reads (``timezone``)."""

    timezone = dt.UTC

    def __init__(self, oid: int, context: AdaptContext | None = None):
        super().__init__(oid, context)
        self.load = _CLoader(oid, context).load  # type: ignore[method-assign]

    def load(self, data: Any) -> dt.datetime:  # replaced per instance by the C loader's
        raise NotImplementedError


def _utc_session(connection: Any) -> bool:
    return connection.info.parameter_status("TimeZone") in ("UTC", "Etc/UTC")


def use_c_loader(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created`` receiver: register the C-backed loader on a new PostgreSQL connection in UTC."""
    if connection.vendor != "postgresql" or _CLoader is None or pq.__impl__ == "python":
        return
    if not settings.USE_TZ or connection.timezone != dt.UTC or not _utc_session(connection.connection):
        return
    connection.connection.adapters.register_loader("timestamptz", UtcTimestamptzLoader)


def register() -> None:
    connection_created.connect(use_c_loader, dispatch_uid="events.timestamps.use_c_loader")
