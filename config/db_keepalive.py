"""How long PostgreSQL keeps the session of a worker whose machine vanished, and with it the session's locks.

Session advisory locks (config/task_claims.py's task claims, digests/services/handover.py's handover holds) are
released when their connection ends. A worker that dies closes it at once; a machine that vanishes (power cut,
kernel panic, network partition) sends nothing, and PostgreSQL would hold the session until the operating
system's TCP keepalive gives up: on Linux's defaults, more than two hours of a task nobody may run.

So every connection asks the server (libpq's ``options``: ``-c`` settings for this session, no extra round
trip) to probe a silent peer after ``idle`` seconds, every ``interval`` seconds, and to drop it after ``count``
unanswered probes, or when data it sent stays unacknowledged as long (``tcp_user_timeout``): a vanished
worker's locks then go within idle + interval × count seconds (two minutes by default). The same on the
client side (libpq's ``keepalives_*``), so a worker notices a vanished database as soon. A worker that merely
stalls (SIGSTOP, a swap storm) keeps its session: its kernel still answers the probes, which is what the holds
rely on. No session timeouts (idle_session_timeout and the like) for that reason: they would end a stalled
worker's session and its holds with it while it may still wake and send.
"""

from __future__ import annotations

from typing import Any


def keepalive_options(*, idle: int, interval: int, count: int) -> dict[str, Any]:
    """libpq connection parameters (Django's OPTIONS for PostgreSQL) bounding a vanished peer's session."""
    give_up_ms = (idle + interval * count) * 1000
    server = {
        "tcp_keepalives_idle": idle,
        "tcp_keepalives_interval": interval,
        "tcp_keepalives_count": count,
        "tcp_user_timeout": give_up_ms,
    }
    return {
        "keepalives": 1,
        "keepalives_idle": idle,
        "keepalives_interval": interval,
        "keepalives_count": count,
        "tcp_user_timeout": give_up_ms,
        "options": " ".join(f"-c {name}={value}" for name, value in server.items()),
    }
