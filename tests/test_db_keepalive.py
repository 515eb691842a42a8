"""A vanished worker machine's PostgreSQL session (and the advisory locks it holds) ends within minutes: every
connection asks the server to probe a silent peer and give it up (config/db_keepalive.py)."""

from __future__ import annotations

import pytest
from django.db import connection

from config.db_keepalive import keepalive_options


def test_the_server_and_the_client_give_a_silent_peer_up_after_idle_plus_probes():
    options = keepalive_options(idle=60, interval=10, count=6)
    assert (options["keepalives_idle"], options["keepalives_interval"], options["keepalives_count"]) == (60, 10, 6)
    assert options["tcp_user_timeout"] == 120_000
    assert options["options"].split(" -c ") == [
        "-c tcp_keepalives_idle=60",
        "tcp_keepalives_interval=10",
        "tcp_keepalives_count=6",
        "tcp_user_timeout=120000",
    ]


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_worker_connection_carries_them_to_the_server(settings):
    expected = keepalive_options(idle=60, interval=10, count=6)
    assert {key: settings.DATABASES["default"]["OPTIONS"][key] for key in expected} == expected
    with connection.cursor() as cursor:
        shown = {}
        for name in ("tcp_keepalives_idle", "tcp_keepalives_interval", "tcp_keepalives_count", "tcp_user_timeout"):
            cursor.execute(f"SHOW {name}")
            shown[name] = cursor.fetchone()[0]
    # Over TCP (a worker's case; on a Unix socket the server shows 0: no keepalive there, nor any need).
    assert shown == {
        "tcp_keepalives_idle": "60",
        "tcp_keepalives_interval": "10",
        "tcp_keepalives_count": "6",
        "tcp_user_timeout": "120000",
    }
