"""The HTTP bench: the public pages and API under load, served the way production serves them.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/whatson_bench REDIS_URL=redis://127.0.0.1:6379/7 \\
        python bench/http_load.py [--events 50000] [--reseed] [--workers N] [--duration 10] [--only api,city]

1. Makes the PostgreSQL database (default whatson_bench) exist, migrates it and seeds it with N upcoming
   published events over ten cities (bench/seed_http.py), unless a marker says it already holds them.
2. Starts gunicorn as the Dockerfile does (``-c config/gunicorn.py``: preload, 2 × CPUs gthread workers with 2
   threads and keep-alive) on a free loopback port with production settings
   (bench/settings_bench.py: production.py with STATIC_ROOT in var/; ``HTTPS=false`` turns off the SSL
   redirect and HSTS for plain loopback HTTP; the API's anonymous throttle raised through API_ANON_RATE).
3. Warms each group of URLs, then runs wrk on it (a Lua script rotates the group's URL variants; 8 connections,
   ``--connections`` to change) and prints req/s, p50, p99 and errors against the targets. A URL answering 404 is reported as "not built" and skipped.

wrk runs on the same machine and takes CPU from gunicorn: the figures are a floor, not a capacity.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# Run as a script, Python puts bench/ first on sys.path; nothing there may shadow the standard library.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/whatson_bench"
WRK = "/usr/bin/wrk"
SEARCH_WORDS = ["jazz", "yoga", "market", "python", "trivia night", "natural wine", "comedy", "zzyzx"]


@dataclasses.dataclass(frozen=True)
class Target:
    rps: float | None  # at least this many requests per second
    p99_ms: float | None  # p99 below this

    def describe(self) -> str:
        parts = ([f">= {self.rps:,.0f} req/s"] if self.rps else []) + (
            [f"p99 < {self.p99_ms:g} ms"] if self.p99_ms else []
        )
        return ", ".join(parts) or "-"

    def met(self, rps: float, p99_ms: float) -> bool:
        return (self.rps is None or rps >= self.rps) and (self.p99_ms is None or p99_ms < self.p99_ms)


@dataclasses.dataclass
class Group:
    name: str
    paths: list[str]
    target: Target
    # wrk's concurrent connections. wrk is a closed loop: each connection sends its next request when the last
    # answer came, so mean latency = connections / throughput (Little's law). At 1,000 req/s, 32 connections
    # mean 32 ms on average whatever the server does, and a p99 under 20 ms cannot happen; 8 is a busy site's
    # share of clients in flight at once on a 2-CPU box, and leaves the tail to the server.
    connections: int = 8
    skipped: list[str] = dataclasses.field(default_factory=list)  # variants that answered 404


@dataclasses.dataclass
class Result:
    rps: float
    p50_ms: float
    p99_ms: float
    requests: int
    non_2xx: int
    socket_errors: int
    app_cpu_ms: float = 0.0  # CPU time of the gunicorn workers per request
    db_cpu_ms: float = 0.0  # CPU time of the bench database's PostgreSQL backends per request


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (/proc/<pid>/stat, fields 14 and 15)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def children(parent: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == parent:
                pids.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return pids


def cpu_snapshot(master: int) -> tuple[dict[int, float], dict[int, float]]:
    """CPU seconds so far of each gunicorn worker and each PostgreSQL backend on the bench database.

    CPU per request does not depend on how busy the machine is the way latency does: on a shared box it is
    the steadier figure, and CPUs / (CPU per request) is what the server could answer with the CPUs to itself.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        backends = [row[0] for row in cursor.fetchall()]
    return {pid: cpu_seconds(pid) for pid in children(master)}, {pid: cpu_seconds(pid) for pid in backends}


def cpu_used(before: dict[int, float], after: dict[int, float]) -> float:
    return sum(max(0.0, seconds - before.get(pid, 0.0)) for pid, seconds in after.items())


def environment(args: argparse.Namespace) -> dict[str, str]:
    """The variables both this process and gunicorn run with."""
    secret = os.environ.get("SECRET_KEY", "")
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    if args.database:  # the same server, another database: `make bench` keeps the bench off the real one
        database_url = urlsplit(database_url)._replace(path=f"/{args.database}").geturl()
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": os.environ.get("REDIS_URL", ""),
        "DJANGO_SETTINGS_MODULE": "bench.settings_bench",
        "SECRET_KEY": secret if len(secret) >= 50 else secrets.token_urlsafe(64),
        "HTTPS": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "API_ANON_RATE": "1000000/minute",
        "API_NUM_PROXIES": "1",  # the throttle keys on X-Forwarded-For, which wrk's script rotates (CLIENTS)
        "CONN_MAX_AGE": "600",
        "LOG_LEVEL": "ERROR",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])),
    }


def ensure_database(url: str, *, fresh: bool) -> None:
    """Create the bench database when it does not exist (connecting to the server's ``postgres`` database);
    with ``fresh``, drop it first (after a migration it was built with has changed)."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise SystemExit(f"bench failed: unexpected database name {name!r}")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            print(f"  dropped database {name}")
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
            print(f"  created database {name}")


def prepare(args: argparse.Namespace) -> str:
    """Migrate, seed and collect static files, in this process; returns what seeding did."""
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command

    from bench import seed_http

    call_command("migrate", verbosity=0, interactive=False)
    done = seed_http.seed(args.events, seed=args.seed, reseed=args.reseed)
    if static_stale():
        call_command("collectstatic", verbosity=0, interactive=False)
    cache.clear()  # the bench's own Redis db: every run starts cold and warms up the same way
    return done


def static_stale() -> bool:
    """Whether collectstatic must run: no manifest yet, or a file under static/ changed since it was written."""
    from django.conf import settings

    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    if not manifest.exists():
        return True
    written = manifest.stat().st_mtime
    return any(path.stat().st_mtime > written for path in (ROOT / "static").rglob("*") if path.is_file())


def build_groups() -> list[Group]:
    """The URL variants per kind of request, from the seeded data."""
    from django.db.models import Count
    from django.utils import timezone

    from events.models import Category, Event, Venue
    from events.selectors import upcoming_q

    now = timezone.now()
    cities = ["new-york", "chicago", "bengaluru", "seattle", "austin"]
    music = Category.objects.filter(slug="music").first()
    area = Venue.objects.filter(city__slug="chicago", area__isnull=False).values_list("area__slug", flat=True).first()
    # Pages of popular events (a few listings each) and ordinary ones, from several cities.
    picked = list(
        Event.objects.filter(upcoming_q(now=now), city__slug__in=cities)
        .annotate(n=Count("listings"))
        .order_by("-n", "id")
        .values_list("pk", "slug")[:4]
    ) + list(Event.objects.filter(upcoming_q(now=now)).order_by("?").values_list("pk", "slug")[:4])
    city_pages = [f"/cities/{slug}/" for slug in cities]
    city_pages += ["/cities/new-york/?page=3", f"/cities/chicago/?area={area}"]
    if music:
        city_pages.append(f"/cities/seattle/?category={music.slug}")
    api = [f"/api/v1/events/?city={slug}" for slug in cities]
    api += ["/api/v1/events/?city=chicago&when=this-week", "/api/v1/events/?city=austin&free=true",
            "/api/v1/events/?city=new-york&category=music&ordering=start"]  # fmt: skip
    feeds = [f"/feeds/events.ics?city={slug}" for slug in cities[:3]] + [
        "/feeds/events.ics?city=seattle&category=music"
    ]
    return [
        Group("api", api, Target(rps=1000, p99_ms=20)),
        Group("city page", city_pages, Target(rps=1000, p99_ms=50)),
        Group("search", [f"/search/?q={word.replace(' ', '+')}" for word in SEARCH_WORDS], Target(rps=None, p99_ms=50)),
        Group("event page", [f"/events/{pk}/{slug}/" for pk, slug in picked], Target(rps=None, p99_ms=None)),
        Group("ics feed", feeds, Target(rps=None, p99_ms=None)),
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, timeout: float = 30.0) -> tuple[int, int]:
    """(status, body bytes); redirects are not followed, so a 301 shows up as one."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=timeout) as response:
            return response.status, len(response.read())
    except urllib.error.HTTPError as error:
        return error.code, len(error.read())


def start_gunicorn(env: dict[str, str], port: int, args: argparse.Namespace, log: Path) -> subprocess.Popen[bytes]:
    """gunicorn as the Dockerfile runs it (config/gunicorn.py: preload_app), minus the access log."""
    command = [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "config" / "gunicorn.py"),
               "config.wsgi:application", "--bind", f"127.0.0.1:{port}",
               "--workers", str(args.workers), "--worker-class", args.worker_class,
               "--threads", str(args.gunicorn_threads), "--keep-alive", str(args.keep_alive),
               "--chdir", str(ROOT), "--error-logfile", str(log), "--log-level", "warning"]  # fmt: skip
    process = subprocess.Popen(command, env={**os.environ, **env}, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"bench failed: gunicorn exited ({process.returncode}); see {log}")
        try:
            status, _ = fetch(f"http://127.0.0.1:{port}/healthz", timeout=5)
            if status == 200:
                return process
        except OSError:
            pass
        time.sleep(0.3)
    stop_gunicorn(process)
    raise SystemExit(f"bench failed: gunicorn did not answer /healthz within 60 s; see {log}")


def stop_gunicorn(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)  # gunicorn's graceful stop; it stops its workers
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# Each request comes from one of CLIENTS addresses (X-Forwarded-For, read with API_NUM_PROXIES=1) with a
# browser's User-Agent: many visitors, as in production, so the API's rate limit keeps a counter per address and
# minute for thousands of clients (most requests are their window's first), not one hot counter.
CLIENTS = 5000
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"
LUA = """
local paths = {%s}
local counter = 0
function setup(thread)
  thread:set("counter", math.random(100000))
end
request = function()
  counter = counter + 1
  local client = counter %% %d
  local address = "10." .. math.floor(client / 250) .. "." .. (client %% 250) .. ".7"
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["X-Forwarded-For"] = address, ["User-Agent"] = "%s"})
end
"""
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def to_ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip()).groups()  # type: ignore[union-attr]
    return float(number) * UNITS[unit]


def parse_wrk(output: str) -> Result:
    def grab(pattern: str) -> re.Match[str] | None:
        return re.search(pattern, output, re.MULTILINE)

    p50, p99, rps, total = (
        grab(r"^\s+50%\s+(\S+)"),
        grab(r"^\s+99%\s+(\S+)"),
        grab(r"Requests/sec:\s+([\d.]+)"),
        grab(r"(\d+) requests in"),
    )
    if not (p50 and p99 and rps and total):
        raise SystemExit(f"bench failed: could not read wrk's output:\n{output}")
    non_2xx = grab(r"Non-2xx or 3xx responses:\s+(\d+)")
    sockets = grab(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
    return Result(
        rps=float(rps.group(1)),
        p50_ms=to_ms(p50.group(1)),
        p99_ms=to_ms(p99.group(1)),
        requests=int(total.group(1)),
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=sum(int(n) for n in sockets.groups()) if sockets else 0,
    )


def connections_for(group: Group, args: argparse.Namespace) -> int:
    return args.connections or group.connections


def run_wrk(base: str, paths: list[str], args: argparse.Namespace, seconds: float, connections: int) -> Result:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % (", ".join(f'"{path}"' for path in paths), CLIENTS, USER_AGENT))
    try:
        threads = max(1, min(args.threads, connections))
        command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--latency",
                   "--timeout", "10s", "-s", script.name, base]  # fmt: skip
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise SystemExit(f"bench failed: wrk exited {completed.returncode}: {completed.stderr}")
        return parse_wrk(completed.stdout)
    finally:
        os.unlink(script.name)


def probe(base: str, group: Group) -> list[str]:
    """The group's paths that answer; 404s are "not built" (skipped), other failures stop the bench."""
    live = []
    for path in group.paths:
        status, _ = fetch(base + path)
        if status == 404:
            group.skipped.append(path)
        elif status in {200, 304}:
            live.append(path)
        else:
            raise SystemExit(f"bench failed: {path} answered {status} (expected 200, or 404 for not built)")
    return live


def print_table(rows: list[tuple[Group, Result | None, int]], cpus: int) -> None:
    header = (f"{'path':<56} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'errors':>6} {'app CPU':>8} {'db CPU':>7} "
              f"{'CPU-bound':>9}  target")  # fmt: skip
    print(header)
    print(f"{'':<56} {'':>7} {'':>7} {'':>7} {'':>6} {'ms/req':>8} {'ms/req':>7} {'req/s':>9}")
    print("-" * (len(header) + 30))
    for group, result, variants in rows:
        label = f"{group.name}: {group.paths[0]}" + (f" (+{variants - 1})" if variants > 1 else "")
        if result is None:
            print(f"{label:<56} {'not built (404)':>39}  {group.target.describe()}")
            continue
        errors = result.non_2xx + result.socket_errors
        cpu = result.app_cpu_ms + result.db_cpu_ms
        bound = f"{cpus * 1000 / cpu:,.0f}" if cpu else "-"
        verdict = (
            ""
            if group.target.describe() == "-"
            else ("  met" if group.target.met(result.rps, result.p99_ms) else "  MISSED")
        )
        print(f"{label:<56} {result.rps:>7,.0f} {result.p50_ms:>7.1f} {result.p99_ms:>7.1f} {errors:>6} "
              f"{result.app_cpu_ms:>8.2f} {result.db_cpu_ms:>7.2f} {bound:>9}  {group.target.describe()}{verdict}")  # fmt: skip
    print(
        f"CPU-bound req/s = {cpus} CPUs / (app + db CPU per request): what this machine could serve with no wrk, "
        "Redis or other work on it; the target verdicts use wrk's measured req/s and p99."
    )


def parse_args() -> argparse.Namespace:
    cpus = os.cpu_count() or 1
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=50_000, help="upcoming published events to seed (default 50,000)")
    parser.add_argument("--seed", type=int, default=11, help="random seed of the data")
    parser.add_argument("--reseed", action="store_true", help="seed again even when the marker matches")
    parser.add_argument("--database", default="", help="database name on DATABASE_URL's server (default: its own)")
    parser.add_argument("--fresh-db", action="store_true", help="drop and recreate the database (then seed)")
    parser.add_argument("--workers", type=int, default=2 * cpus, help="gunicorn workers (default 2 x CPUs)")
    parser.add_argument(
        "--worker-class", default="gthread", help="gunicorn worker class (default gthread, as config/gunicorn.py)"
    )
    parser.add_argument(
        "--gunicorn-threads", type=int, default=2, help="gunicorn threads per worker (gthread; default 2, as config)"
    )
    parser.add_argument("--keep-alive", type=int, default=5, help="gunicorn keep-alive seconds (not sync workers)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (-t)")
    parser.add_argument(
        "--connections", type=int, default=0, help="wrk connections (-c) for every group (default: each group's own)"
    )
    parser.add_argument("--duration", type=float, default=10, help="seconds of wrk per group (-d)")
    parser.add_argument("--warmup", type=float, default=3, help="seconds of wrk per group before measuring")
    parser.add_argument("--only", default="", help="comma-separated group names (api, city, search, event, ics)")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if not Path(WRK).exists():
        raise SystemExit(f"bench failed: {WRK} not found (apt-get install wrk)")
    env = environment(args)
    os.environ.update(env)
    cpus = os.cpu_count() or 1
    print(f"HTTP bench: {args.events:,} events, database {urlsplit(env['DATABASE_URL']).path.lstrip('/')}, "
          f"cache {'Redis ' + env['REDIS_URL'] if env['REDIS_URL'] else 'LocMem (REDIS_URL unset: not production-like)'}")  # fmt: skip
    ensure_database(env["DATABASE_URL"], fresh=args.fresh_db)
    started = time.perf_counter()
    done = prepare(args)
    print(f"  data: {done}; migrate + seed + collectstatic took {time.perf_counter() - started:.1f} s")
    groups = build_groups()
    if args.only:
        wanted = [word.strip() for word in args.only.split(",") if word.strip()]
        groups = [group for group in groups if any(group.name.startswith(word) for word in wanted)]
    port = free_port()
    log = ROOT / "var" / f"bench-http-gunicorn-{urlsplit(env['DATABASE_URL']).path.lstrip('/')}.log"
    log.parent.mkdir(exist_ok=True)
    process = start_gunicorn(env, port, args, log)
    base = f"http://127.0.0.1:{port}"
    rows: list[tuple[Group, Result | None, int]] = []
    loads = [os.getloadavg()[0]]
    try:
        for group in groups:
            live = probe(base, group)
            if not live:
                rows.append((group, None, len(group.paths)))
                continue
            connections = connections_for(group, args)
            run_wrk(base, live, args, args.warmup, connections)  # fills caches and the workers' connections
            fetch(base + live[0])  # queued behind what the warm-up left in the listen backlog: drains it
            loads.append(os.getloadavg()[0])
            app_before, db_before = cpu_snapshot(process.pid)
            result = run_wrk(base, live, args, args.duration, connections)
            app_after, db_after = cpu_snapshot(process.pid)
            if result.requests:
                result.app_cpu_ms = 1000 * cpu_used(app_before, app_after) / result.requests
                result.db_cpu_ms = 1000 * cpu_used(db_before, db_after) / result.requests
            rows.append((group, result, len(live)))
    finally:
        stop_gunicorn(process)
    print()
    threads = f" x {args.gunicorn_threads} threads" if args.worker_class == "gthread" else ""
    print(f"gunicorn: {args.workers} {args.worker_class} workers{threads} (config/gunicorn.py: preload_app), settings bench.settings_bench (= production, "
          f"STATIC_ROOT in var/; HTTPS=false: no SSL redirect/HSTS on loopback), API_ANON_RATE={env['API_ANON_RATE']}, "
          f"API_NUM_PROXIES=1 with {CLIENTS:,} client addresses rotated in X-Forwarded-For, a browser User-Agent")  # fmt: skip
    used = sorted({connections_for(group, args) for group, result, _ in rows if result is not None})
    print(f"wrk: -t{args.threads} -c{'/'.join(map(str, used)) or '-'} -d{args.duration:g}s --latency after {args.warmup:g} s warm-up, "
          f"URL variants rotated; CPUs: {cpus} - wrk shares them with gunicorn and PostgreSQL, so these are floors")  # fmt: skip
    busy = max(loads)
    print(f"1-minute load average before/while measuring: {', '.join(f'{load:.1f}' for load in loads)}"
          + (f"  - WARNING: above the {cpus} CPUs; other work on this machine slowed these figures" if busy > cpus else ""))  # fmt: skip
    print()
    print_table(rows, cpus)
    for group, result, _ in rows:
        if result is not None and group.skipped:
            print(f"  {group.name}: not built (404), skipped: {', '.join(group.skipped)}")
        if result is not None and (result.non_2xx or result.socket_errors):
            print(f"  {group.name}: {result.non_2xx} non-2xx/3xx responses, {result.socket_errors} socket errors "
                  f"(of {result.requests:,}); see {log}")  # fmt: skip


if __name__ == "__main__":
    main()
