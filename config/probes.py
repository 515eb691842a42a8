"""Quiet health probes: the access log keeps every failing ``/healthz`` answer and drops most healthy ones.

A load balancer (and the compose healthcheck) asks ``/healthz`` every few seconds on every web and WebSocket
server: one access-log line per probe buried the log in thousands of identical "200" lines a day. Here a probe
answered 200 is logged only when it says something: the first one a process answers, the first one after a
failure (the recovery), and otherwise one per ``HEALTHZ_LOG_EVERY_SECONDS`` (default 600; 0 logs every probe) as a
heartbeat that shows probes still arrive. Any other status (503: a dependency is failing; 405, 404…) is always
logged, as is every other path. The answer itself is untouched: only what reaches the access log changes.

Used by gunicorn's access log (``ProbeQuietLogger``, set in config/gunicorn.py) and by the WebSocket server's
(``config.daphne.RealtimeServer.log_action``). The failure's reason is logged by the view (``config.health``,
WARNING), whatever happens here. See docs/operations.md.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from gunicorn.glogging import Logger

PROBE_PATHS = frozenset({"/healthz"})
DEFAULT_EVERY_SECONDS = 600.0


def _configured_every() -> float:
    """``HEALTHZ_LOG_EVERY_SECONDS`` from the settings, read when first needed (gunicorn imports this module
    before Django is set up)."""
    from django.conf import settings

    return float(getattr(settings, "HEALTHZ_LOG_EVERY_SECONDS", DEFAULT_EVERY_SECONDS))


class ProbeLogGate:
    """Decides, per answered request, whether its access-log line is written (thread-safe: gthread workers)."""

    def __init__(self, every: float | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._every = every
        self._clock = clock
        self._lock = threading.Lock()
        self._last_logged: float | None = None
        self._failing = False
        self.skipped = 0  # healthy probes not logged since the last one that was

    def should_log(self, path: str, status: int) -> bool:
        if path.split("?", 1)[0] not in PROBE_PATHS:
            return True
        if self._every is None:
            self._every = _configured_every()
        with self._lock:
            if status != 200:
                self._failing = True
                return True
            now = self._clock()
            due = self._last_logged is None or now - self._last_logged >= self._every
            if self._failing or due:
                self._failing = False
                self._last_logged = now
                self.skipped = 0
                return True
            self.skipped += 1
            return False


# One per process: a process's probes are what its log shows.
GATE = ProbeLogGate()


def _status_code(resp: Any) -> int:
    status = getattr(resp, "status_code", None) or getattr(resp, "status", "")
    try:
        return int(str(status).split(None, 1)[0])
    except ValueError:
        return 0


class ProbeQuietLogger(Logger):
    """Gunicorn's logger, leaving healthy ``/healthz`` probes out of the access log (see the module docstring)."""

    def access(self, resp: Any, req: Any, environ: dict[str, Any], request_time: Any) -> None:
        if GATE.should_log(str(environ.get("PATH_INFO") or ""), _status_code(resp)):
            super().access(resp, req, environ, request_time)
