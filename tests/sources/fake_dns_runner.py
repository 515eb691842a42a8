"""The scraper's child process with the outside world's DNS (and a public host) played locally.

``python -m tests.sources.fake_dns_runner < request.json``: the runner's request plus a ``fake_dns`` key,
``{"state": "<file>", "routes": {"<public ip>:<port>": "127.0.0.1:<port>"}}``. The state file is the DNS
server (see ``FakeDns``), shared with the test process, so the parent's check and the child's lookups see
one server that may change its answers between them, as a rebinding attacker's does. ``routes`` sends a
connection to a public address to a local server standing in for it: nothing leaves the machine.

Only the network edge is replaced (``socket.getaddrinfo``, ``gethostbyname`` and ``connect``), before Twisted is
imported (its resolver binds getaddrinfo at import); the runner, Scrapy and the guard run unchanged.
"""

from __future__ import annotations

import io
import json
import socket
import sys
import threading
from pathlib import Path
from typing import Any

PUBLIC_ADDRESS = "93.184.216.34"  # a global unicast address (example.com's, once)


class FakeDns:
    """Names → a list of answers, each an address list; a lookup takes the next (the last one repeats)."""

    _lock = threading.Lock()  # Twisted looks names up from a thread pool

    def __init__(self, state: Path) -> None:
        self.state = state

    @classmethod
    def create(cls, state: Path, names: dict[str, list[list[str]]]) -> FakeDns:
        state.write_text(json.dumps({"names": names, "lookups": []}))
        return cls(state)

    def lookup(self, name: str) -> list[str] | None:
        with self._lock:
            data = json.loads(self.state.read_text())
            answers = data["names"].get(name.lower())
            if answers is None:
                return None
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            data["lookups"].append([name.lower(), answer])
            self.state.write_text(json.dumps(data))
            return list(answer)

    def lookups(self) -> list[tuple[str, list[str]]]:
        """Every answer given, in order (parent and child together)."""
        return [(name, answer) for name, answer in json.loads(self.state.read_text())["lookups"]]


def install(dns: FakeDns, routes: dict[str, str]) -> None:
    real_getaddrinfo, real_gethostbyname = socket.getaddrinfo, socket.gethostbyname
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode("ascii") if isinstance(host, bytes) else str(host)
        answer = dns.lookup(name)
        if answer is None:
            return real_getaddrinfo(host, port, *args, **kwargs)
        number = int(port or 0)
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, number)) for address in answer]

    def gethostbyname(host: str) -> str:  # what Scrapy's default resolver (a ThreadedResolver) asks
        answer = dns.lookup(host)
        return answer[0] if answer else real_gethostbyname(host)

    def reroute(address: Any) -> Any:
        if isinstance(address, tuple) and len(address) >= 2:
            target = routes.get(f"{address[0]}:{address[1]}")
            if target:
                host, port = target.rsplit(":", 1)
                return (host, int(port))
        return address

    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    socket.gethostbyname = gethostbyname
    socket.socket.connect = lambda self, address: real_connect(self, reroute(address))  # type: ignore[method-assign]
    socket.socket.connect_ex = lambda self, address: real_connect_ex(self, reroute(address))  # type: ignore[method-assign]


def main() -> int:
    request = json.loads(sys.stdin.read())
    fake = request.pop("fake_dns")
    install(FakeDns(Path(fake["state"])), fake.get("routes") or {})
    sys.stdin = io.StringIO(json.dumps(request))
    from sources.scraping import runner  # after the patches: Twisted must see the fake getaddrinfo

    return runner.main()


if __name__ == "__main__":
    sys.exit(main())
