"""The scraper's child process: ``python -m sources.scraping.runner < request.json > run.jsonl``.

It reads one JSON object on stdin, either ``{"config": {...}, "settings": {...}}`` (what the adapter
sends: the Source's config, plus user agent, size cap, timeouts and the Chromium path) or a bare config
(for trying a config by hand). It prints JSON lines on stdout: a ``start`` header, one ``item`` per
event block, and a ``summary`` (pages crawled, URLs refused by robots.txt, errors, its own pid).
``manage.py extract run.jsonl --kind scraper`` reads that output.

Every request the crawl makes goes through the SSRF guard (guard.py for Scrapy, render.py's route for
Chromium): checked, redirects included, and connected only to the checked addresses.

Running here, not in the Celery worker, keeps Scrapy's Twisted reactor (which can start only once per
process) and the browser out of the worker: each crawl gets a fresh process that is killed on timeout.
Exit status 2 means a bad request or config, with the reason as the last line on stderr.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Mapping
from typing import Any, TextIO

from sources.scraping import spider
from sources.scraping.config import ConfigError, load_config

EXIT_BAD_REQUEST = 2
EXIT_CRASHED = 1
NOT_JSON = "The request on stdin is not a JSON object: {error}"


def claim_stdout() -> TextIO:
    """stdout for our JSON lines only: whatever else writes to fd 1 (a library, Chromium) goes to stderr."""
    sys.stdout.flush()
    ours = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return os.fdopen(ours, "w", encoding="utf-8", buffering=1)


def read_request(text: str) -> tuple[Any, Mapping[str, Any]]:
    """(the config, the run settings) from the request; a bare config has no 'config' key."""
    request = json.loads(text)
    if not isinstance(request, dict):
        raise ValueError("expected an object")
    if "config" in request:
        settings = request.get("settings")
        return request["config"], settings if isinstance(settings, dict) else {}
    return request, {}


def main() -> int:
    out = claim_stdout()
    try:
        raw_config, settings = read_request(sys.stdin.read())
    except ValueError as exc:
        print(NOT_JSON.format(error=exc), file=sys.stderr)
        return EXIT_BAD_REQUEST
    try:
        config = load_config(raw_config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return EXIT_BAD_REQUEST
    options = spider.RunOptions.from_json(settings)
    report = spider.Report(out, config)
    report.start()
    try:
        if config.render:
            from sources.scraping import render  # Playwright only when a browser is wanted

            render.crawl(config, options, report)
        else:
            spider.crawl(config, options, report)
    except Exception as exc:  # noqa: BLE001 - the parent shows our last stderr line: make it the reason
        traceback.print_exc()
        lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
        print(f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__, file=sys.stderr)
        return EXIT_CRASHED
    report.finish()
    return 0


if __name__ == "__main__":
    sys.exit(main())
