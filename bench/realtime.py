"""The realtime bench: sockets per server process, memory per socket, fan-out and publish→receive latency.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/whatson REDIS_URL=redis://127.0.0.1:6379/7 \\
        python bench/realtime.py [--sockets 20000] [--clients 4] [--rates 25,50,100,200,400] [--seconds 3]
        [--targeted-at 10000] [--no-baseline]

1. A small database (``whatson_rtbench`` on DATABASE_URL's server): migrated (the category taxonomy), plus
   ten bench cities and one more that only the targeted socket follows. The WebSocket server validates
   subscriptions against it (city and category slugs), nothing else.
2. The WebSocket server as production runs it (``python -m config.daphne``, production settings, the bus on
   REDIS_URL), one process, its descriptor limit raised; client processes (``--clients``) separate from it,
   each holding its share of the sockets (bench/realtime_load.py), every socket subscribed to one of
   cities × categories filter sets.
3. Measures: with ``--targeted-at`` sockets open, the p99 of a push that matches one socket (an event in the
   city only one socket follows); with all sockets open and idle, the server's RSS growth per socket; then
   events published through ``realtime.bus.publish_many`` at each rate of ``--rates`` (events/s) for
   ``--seconds``: deliveries/s and publish→receive p50/p99 (the publisher stamps ``sent_at`` in each event).
4. The baseline: the same sockets and filters through plain Channels (bench/realtime_baseline.py: a group per
   filter set, ``group_send`` per event through channels_redis), and the ratio of the two.

Everything runs on this machine: the clients and the publisher take CPU from the server, so the figures are a
floor. Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import array
import asyncio
import datetime as dt
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from bench.http_load import ensure_database, free_port
from bench.realtime_load import raise_file_limit, rss_bytes, run_worker

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/whatson"
DATABASE = "whatson_rtbench"
CITIES = 10
CATEGORIES = 10
TARGET_CITY = "rt-target"
TARGETED_PUSHES = 200
LOG_DIR = ROOT / "var"


# --- Setup -------------------------------------------------------------------------------------------------------


def environment(args: argparse.Namespace) -> dict[str, str]:
    """What the server (and this process, which publishes) run with."""
    url = urlsplit(os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL)._replace(path=f"/{DATABASE}").geturl()
    return {
        "DATABASE_URL": url,
        "REDIS_URL": args.redis_url,
        "DJANGO_SETTINGS_MODULE": "bench.settings_bench",
        "SECRET_KEY": "realtime-bench-" + "x" * 50,
        "HTTPS": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "ERROR",
        "REALTIME_MAX_SOCKETS_PER_IP": str(args.sockets * 2),  # every bench socket comes from 127.0.0.1
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
    }


def prepare() -> tuple[list[str], list[str]]:
    """Migrate and seed the bench cities; returns (city slugs, category slugs) to spread subscriptions over."""
    import django

    django.setup()
    from django.core.management import call_command

    from events.models import Category, City

    call_command("migrate", verbosity=0, interactive=False)
    slugs = [f"rt-city-{index}" for index in range(CITIES)] + [TARGET_CITY]
    for index, slug in enumerate(slugs):
        City.objects.get_or_create(
            slug=slug,
            defaults={"name": slug.replace("-", " ").title(), "country": "GB", "timezone": "Europe/London",
                      "latitude": 51.0 + index / 10, "longitude": -0.1},
        )  # fmt: skip
    categories = list(Category.objects.filter(parent__isnull=True).order_by("slug").values_list("slug", flat=True))
    if len(categories) < CATEGORIES:
        raise SystemExit(f"bench failed: {len(categories)} top-level categories after migrate, need {CATEGORIES}")
    from django.db import connections

    connections.close_all()  # the client processes are forked from this one
    return slugs[:CITIES], categories[:CATEGORIES]


def start_server(
    env: dict[str, str], port: int, fds: int, log: Path, application: str | None
) -> subprocess.Popen[bytes]:
    code = "import sys; from config.daphne import main; main(sys.argv[1:]" + (
        f", application={application!r})" if application else ")"
    )
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-c", code, "-b", "127.0.0.1", "-p", str(port), "-v", "0"],
            cwd=ROOT, env={**os.environ, **env}, stdout=output, stderr=subprocess.STDOUT,
            preexec_fn=lambda: raise_file_limit(fds),
        )  # fmt: skip
    for _ in range(600):
        if process.poll() is not None:
            raise SystemExit(f"bench failed: the server exited: {log.read_text()[-2000:]}")
        try:
            import socket

            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("bench failed: the server never listened")


# --- Clients -----------------------------------------------------------------------------------------------------


class Clients:
    """The client processes, driven over pipes."""

    def __init__(self, count: int, port: int, filters: list[dict[str, str]], fds: int) -> None:
        context = multiprocessing.get_context("fork")
        self.pipes = []
        self.processes = []
        self.requested = 0
        for index in range(count):
            parent, child = context.Pipe()
            process = context.Process(target=run_worker, args=(child, "127.0.0.1", port, filters, index, fds))
            process.start()
            self.pipes.append(parent)
            self.processes.append(process)

    def ask(self, *command: Any) -> list[tuple[Any, ...]]:
        for pipe in self.pipes:
            pipe.send(command)
        return [pipe.recv() for pipe in self.pipes]

    def open(self, total: int) -> tuple[int, int]:
        """Grow to ``total`` sockets, spread over the processes; returns (open, failed)."""
        share = max(0, total - self.requested)
        self.requested = max(total, self.requested)
        per = [
            share // len(self.pipes) + (1 if index < share % len(self.pipes) else 0) for index in range(len(self.pipes))
        ]
        for pipe, count in zip(self.pipes, per, strict=True):
            pipe.send(("open", count))
        answers = [pipe.recv() for pipe in self.pipes]
        return sum(answer[1] for answer in answers), sum(answer[2] for answer in answers)

    def collect(self) -> tuple[int, float, list[float], int]:
        received, last, latencies, alive = 0, 0.0, [], 0
        for answer in self.ask("collect"):
            received += answer[1]
            last = max(last, answer[2])
            values = array.array("d")
            values.frombytes(answer[3])
            latencies.extend(values)
            alive += answer[4]
        return received, last, latencies, alive

    def close(self) -> None:
        self.ask("close")
        for process in self.processes:
            process.join(timeout=30)


# --- Publishing ----------------------------------------------------------------------------------------------------


def event_payload(number: int, city: str, category: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """An event message shaped like the API's list item, and its facts as ``realtime.matching.event_facts``
    builds them (the bench publishes without the database)."""
    from realtime.matching import stamp

    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    event = {
        "id": number,
        "title": f"Bench event {number}",
        "url": f"https://whatson.example/events/{number}/",
        "start": start.isoformat(),
        "end": None,
        "city": {"slug": city, "name": city.title()},
        "venue": {"id": None, "name": "Bench Hall", "area": None},
        "category": {"slug": category, "name": category.title()},
        "cost_type": "paid",
        "price_min": "10.00",
        "price_max": "25.00",
        "currency": "GBP",
        "status": "scheduled",
        "tags": ["bench"],
        "image": None,
    }
    facts = {
        "id": number, "city": city, "area": None, "category": category, "subcategory": None, "tags": ["bench"],
        "start": stamp(start), "end": None, "all_day": False, "timezone": "Europe/London", "cost_type": "paid",
        "price_min": 10.0, "price_max": 25.0, "venue": None, "organizer": None, "sources": [], "status": "scheduled",
        "public": True, "accessible": False, "online": False, "lat": None, "lng": None,
        "text": f"bench event {number}", "category_names": [category],
    }  # fmt: skip
    return event, facts


class HubPublisher:
    """Through the bus, as the pipeline publishes: one XADD per event, a batch per round trip."""

    name = "in-process matching (realtime.bus + hub)"

    def __init__(self) -> None:
        from realtime import bus

        self.bus = bus
        bus.get_bus().clear()

    def publish(self, batch: list[tuple[int, str, str]]) -> None:
        messages: list[tuple[str, dict[str, Any], Any, dict[str, Any] | None]] = []
        for number, city, category in batch:
            event, facts = event_payload(number, city, category)
            event["sent_at"] = time.time()
            messages.append(("events", {"type": "event.published", "event": event}, None, facts))
        self.bus.publish_many(messages)


class GroupPublisher:
    """Plain Channels: ``group_send`` per event to its filter set's group."""

    name = "plain Channels (group_send per subscription group)"

    def __init__(self) -> None:
        from bench import realtime_baseline

        self.baseline = realtime_baseline
        self.loop = asyncio.new_event_loop()

    def publish(self, batch: list[tuple[int, str, str]]) -> None:
        messages = []
        for number, city, category in batch:
            event, _facts = event_payload(number, city, category)
            event["sent_at"] = time.time()
            text = json.dumps({"type": "event.published", "subscriptions": ["s1"], "event": event})
            messages.append(({"city": city, "category": category}, text))
        self.loop.run_until_complete(self.baseline.publish(messages))


def publish_at(
    publisher: HubPublisher | GroupPublisher, rate: float, seconds: float, filters: list[dict[str, str]]
) -> tuple[int, float]:
    """Publish ``rate`` events a second for ``seconds``, each to the next filter set; returns (events, seconds taken)."""
    started = time.time()
    sent = 0
    while (elapsed := time.time() - started) < seconds:
        due = min(int(rate * elapsed) + 1, int(rate * seconds)) - sent
        if due > 0:
            batch = [
                (sent + i, filters[(sent + i) % len(filters)]["city"], filters[(sent + i) % len(filters)]["category"])
                for i in range(due)
            ]
            publisher.publish(batch)
            sent += due
        time.sleep(0.005)
    return sent, time.time() - started


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def settle(
    clients: Clients, expected: float = float("inf"), quiet: float = 2.0, limit: float = 60.0
) -> tuple[int, float, list[float], int]:
    """Wait until everything expected arrived, or nothing arrived for ``quiet`` seconds (a drain wait, bounded)."""
    began = time.time()
    received, last, latencies, alive = clients.collect()
    while received < expected and time.time() < began + limit:
        time.sleep(0.5)
        received, last, latencies, alive = clients.collect()
        if time.time() - max(last, began) > quiet:
            break
    return received, last, latencies, alive


def measure_rates(clients: Clients, publisher: HubPublisher | GroupPublisher, args: argparse.Namespace,
                  filters: list[dict[str, str]], sockets: int) -> list[dict[str, float]]:  # fmt: skip
    rows = []
    for rate in args.rates:
        settle(clients)  # a previous rate's backlog must not count here
        clients.ask("reset")
        started = time.time()
        events, took = publish_at(publisher, rate, args.seconds, filters)
        expected = events * sockets / len(filters)
        received, last, latencies, alive = settle(clients, expected)
        span = max(last - started, took) if received else took
        rows.append({
            "rate": rate, "published": events / took, "expected": expected, "received": received,
            "per_second": received / span if span else 0.0, "p50": percentile(latencies, 0.50) * 1000,
            "p99": percentile(latencies, 0.99) * 1000, "alive": alive,
        })  # fmt: skip
        row = rows[-1]
        print(f"  {rate:>6,.0f} ev/s asked, {row['published']:>6,.0f} published: {received:>9,} of {expected:>9,.0f} "
              f"delivered, {row['per_second']:>8,.0f}/s, p50 {row['p50']:>7.1f} ms, p99 {row['p99']:>7.1f} ms, "
              f"{alive:,} sockets open", flush=True)  # fmt: skip
    return rows


async def targeted(port: int, category: str, publisher: HubPublisher, pushes: int) -> list[float]:
    """Latencies of pushes matching exactly one socket (the only one following TARGET_CITY)."""
    from bench.realtime_client import open_socket

    arrivals: asyncio.Queue[bytes] = asyncio.Queue()
    sock = await open_socket("127.0.0.1", port, arrivals.put_nowait)
    sock.send_text(
        json.dumps({"action": "subscribe", "id": "t1", "filters": {"city": TARGET_CITY, "category": category}})
    )
    answer = await asyncio.wait_for(arrivals.get(), 30)
    if b"subscribed" not in answer:
        raise SystemExit(f"bench failed: the targeted subscription was refused: {answer[:300]!r}")
    loop = asyncio.get_running_loop()
    latencies = []
    for number in range(pushes):
        await loop.run_in_executor(None, publisher.publish, [(10_000_000 + number, TARGET_CITY, category)])
        text = await asyncio.wait_for(arrivals.get(), 30)
        received = time.time()
        sent_at = float(json.loads(text)["event"]["sent_at"])
        latencies.append(received - sent_at)
        await asyncio.sleep(0.02)
    if sock.transport is not None:
        sock.transport.close()
    return latencies


# --- The run -------------------------------------------------------------------------------------------------------


def run_side(name: str, args: argparse.Namespace, env: dict[str, str], filters: list[dict[str, str]],
             application: str | None) -> dict[str, Any]:  # fmt: skip
    port = free_port()
    fds = args.sockets + 4_096
    LOG_DIR.mkdir(exist_ok=True)
    log = LOG_DIR / f"bench-realtime-{name}.log"
    server = start_server(env, port, fds, log, application)
    result: dict[str, Any] = {}
    clients = Clients(args.clients, port, filters, fds)
    try:
        publisher: HubPublisher | GroupPublisher = HubPublisher() if application is None else GroupPublisher()
        print(f"\n{publisher.name}: server pid {server.pid}, log {log.relative_to(ROOT)}", flush=True)
        rss_before = rss_bytes(server.pid)
        if isinstance(publisher, HubPublisher) and args.targeted_at:
            started = time.time()
            opened, failed = clients.open(min(args.targeted_at, args.sockets))
            print(f"  {opened:,} sockets open ({failed:,} failed) in {time.time() - started:.1f} s", flush=True)
            latencies = asyncio.run(targeted(port, filters[0]["category"], publisher, TARGETED_PUSHES))
            result["targeted"] = {"sockets": opened, "p50": percentile(latencies, 0.5) * 1000,
                                  "p99": percentile(latencies, 0.99) * 1000}  # fmt: skip
            print(f"  targeted push with {opened:,} sockets open: p50 {result['targeted']['p50']:.1f} ms, "
                  f"p99 {result['targeted']['p99']:.1f} ms ({TARGETED_PUSHES} pushes)", flush=True)  # fmt: skip
        started = time.time()
        opened, failed = clients.open(args.sockets)
        print(
            f"  {opened:,} sockets open ({failed:,} failed), {time.time() - started:.1f} s to open the rest", flush=True
        )
        time.sleep(2)  # idle: what the open sockets hold, not what opening them allocated on the way
        grown = rss_bytes(server.pid) - rss_before
        result.update(sockets=opened, failed=failed, rss_per_socket=grown / opened if opened else 0.0,
                      rss=rss_bytes(server.pid))  # fmt: skip
        print(f"  server RSS {result['rss'] / 2**20:,.0f} MB, idle growth {grown / 2**20:,.0f} MB = "
              f"{result['rss_per_socket'] / 1024:.1f} KB per socket", flush=True)  # fmt: skip
        result["rates"] = measure_rates(clients, publisher, args, filters, opened)
    finally:
        clients.close()
        stop(server, name)
    return result


def stop(server: subprocess.Popen, name: str) -> None:
    """SIGTERM, then SIGKILL if the server is still closing its sockets 30 s later (seen under load with 20,000)."""
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        print(
            f"  ({name} server still closing sockets 30 s after SIGTERM: killed; its figures above stand)", flush=True
        )
        server.kill()
        server.wait()


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sockets", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=4, help="client processes")
    parser.add_argument("--rates", default="25,50,100,200,400", help="events published per second, one phase each")
    parser.add_argument("--seconds", type=float, default=3.0, help="publishing time per rate")
    parser.add_argument("--targeted-at", type=int, default=10_000, help="sockets open for the targeted push (0: skip)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the plain Channels run")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/7")
    args = parser.parse_args()
    args.rates = [float(rate) for rate in args.rates.split(",") if rate]
    return args


def main() -> None:
    args = parse_args()
    env = environment(args)
    os.environ.update(env)
    raise_file_limit(args.sockets + 4_096)
    ensure_database(env["DATABASE_URL"], fresh=False)
    cities, categories = prepare()
    filters = [{"city": city, "category": category} for city in cities for category in categories]
    print(f"realtime bench: {args.sockets:,} sockets over {len(filters)} filter sets "
          f"({len(cities)} cities x {len(categories)} categories), {args.clients} client processes, "
          f"{os.cpu_count()} CPUs shared by server, clients and publisher", flush=True)  # fmt: skip
    hub = run_side("hub", args, env, filters, None)
    base = None if args.no_baseline else run_side("channels", args, env, filters, "bench.realtime_baseline:application")

    print("\nsummary")
    best = max((row["per_second"] for row in hub["rates"]), default=0.0)
    print(
        f"  sockets: {hub['sockets']:,} open on one server process, {hub['rss_per_socket'] / 1024:.1f} KB each (target < 20 KB)"
    )
    print(f"  fan-out: best {best:,.0f} deliveries/s (target >= 50,000)")
    if "targeted" in hub:
        print(
            f"  targeted push p99 with {hub['targeted']['sockets']:,} sockets: {hub['targeted']['p99']:.1f} ms (target < 25 ms)"
        )
    if base is not None:
        base_best = max((row["per_second"] for row in base["rates"]), default=0.0)
        ratio = best / base_best if base_best else float("inf")
        print(f"  plain Channels: best {base_best:,.0f} deliveries/s, {base['rss_per_socket'] / 1024:.1f} KB per socket; "
              f"in-process matching delivers {ratio:.1f}x as many")  # fmt: skip
        for ours, theirs in zip(hub["rates"], base["rates"], strict=True):
            print(f"    at {ours['rate']:,.0f} ev/s: p99 {ours['p99']:.1f} ms vs {theirs['p99']:.1f} ms, delivered "
                  f"{ours['received'] / max(ours['expected'], 1):.0%} vs {theirs['received'] / max(theirs['expected'], 1):.0%}")  # fmt: skip
    print(f"  ({statistics.mean(os.getloadavg()[:1]):.1f} load average while measuring)")


if __name__ == "__main__":
    main()
