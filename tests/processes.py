"""Helpers for tests that run real server processes (Celery, Daphne) beside the test process."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

#: The WebSocket server as compose runs it.
WS_SERVER = (sys.executable, "-m", "config.daphne")
READY_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def database_url() -> str:
    """A DATABASE_URL for the database this test runs on (pytest-django's test_… copy), for a child process."""
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def stop(process: subprocess.Popen) -> None:
    """Terminate, then kill if it has not gone within 20 s."""
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@contextlib.contextmanager
def server_process(command: Sequence[str], log: Path, env: Mapping[str, str]) -> Iterator[tuple[int, subprocess.Popen]]:
    """A server child (``command`` + ``-b 127.0.0.1 -p PORT`` on a free port, ``env`` over this environment,
    output in ``log``), yielded once it accepts connections (it has loaded its application by then); stopped
    on exit whatever happened."""
    port = free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [*command, "-b", "127.0.0.1", "-p", str(port)],
            cwd=settings.BASE_DIR, env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + READY_SECONDS
        while True:  # a readiness wait, not a timed assert
            if process.poll() is not None:
                pytest.fail(f"the server exited ({process.returncode}):\n{log.read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"the server never listened:\n{log.read_text()}")
                time.sleep(0.1)
        yield port, process
    finally:
        stop(process)
