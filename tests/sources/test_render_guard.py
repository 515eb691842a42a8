"""The rendering browser's request guard, with a real Chromium: every request the page makes is checked.

The page is served on 127.0.0.1 by ``recorded`` and allowed as the Source's own host. A second server
(``other``) stands for another private service (another port of the same machine): nothing the page
does — a script tag, fetch(), XHR, a redirect, another name for the same address — may reach it.
"""

from __future__ import annotations

import pytest

from sources.scraping.render import Browser, Robots
from sources.scraping.spider import RunOptions
from tests.sources.conftest import RecordedServer

HTML = "text/html; charset=utf-8"


def page_reaching_for(recorded: RecordedServer, other: RecordedServer) -> str:
    same_server_other_name = recorded.url("/named").replace("127.0.0.1", "localhost")
    return f"""<!doctype html><html><head>
<script src="{other.url("/tag.js")}"></script>
<script src="/hop.js"></script>
<script src="/own.js"></script>
</head><body><p id="done">waiting</p><script>
Promise.allSettled([
  fetch("{other.url("/fetch")}"),
  fetch("{same_server_other_name}"),
  new Promise((resolve, reject) => {{
    const xhr = new XMLHttpRequest();
    xhr.open("GET", "{other.url("/xhr")}");
    xhr.onloadend = () => (xhr.status ? resolve() : reject());
    xhr.send();
  }}),
  fetch("/hop-fetch"),
]).then(results => {{
  document.getElementById("done").textContent = results.map(r => r.status).join(",");
  document.body.dataset.done = "yes";
}});
</script></body></html>"""


@pytest.mark.chromium
def test_the_page_reaches_its_own_host_and_nothing_else_private(recorded, other):
    recorded.add("/page", body=page_reaching_for(recorded, other), content_type=HTML)
    recorded.add("/own.js", body="document.title = 'own script ran';", content_type="text/javascript")
    recorded.add("/hop.js", status=302, headers={"Location": other.url("/redirected.js")})
    recorded.add("/hop-fetch", status=307, headers={"Location": other.url("/redirected-fetch")})
    other.add("/tag.js", body="document.title = 'reached';", content_type="text/javascript")
    for path in ("/fetch", "/xhr", "/redirected.js", "/redirected-fetch"):
        other.add(path, body="secret", content_type="text/plain")
    options = RunOptions(download_timeout=15.0)
    browser = Browser(options, private_hosts=[recorded.url("/page")])
    browser.start()
    try:
        rendered = browser.render(recorded.url("/page"), wait_for="body[data-done]")
    finally:
        browser.close()
    assert "own script ran" in rendered.html  # the page's own host is allowed
    outcomes = rendered.html.split('<p id="done">')[1].split("<")[0]
    assert outcomes == "rejected,rejected,rejected,rejected"  # every fetch and XHR elsewhere failed
    assert other.requests == []
    assert sorted(request.path for request in recorded.requests) == ["/hop-fetch", "/hop.js", "/own.js", "/page"]


def test_the_guard_allows_the_configured_origin_only(recorded):
    browser = Browser(RunOptions(), private_hosts=[recorded.url("/page")])
    assert browser.allows(recorded.url("/anything.js"), "script")
    assert not browser.allows(recorded.url("/photo.jpg"), "image")
    port = recorded.base_url.rsplit(":", 1)[1]
    for url in ("http://127.0.0.1:6379/", f"http://localhost:{port}/", "http://10.0.0.5/", "file:///etc/passwd"):
        assert not browser.allows(url, "fetch"), url
    assert not Browser(RunOptions()).allows(recorded.url("/page"), "document")  # no private host at all


def test_robots_txt_is_read_through_the_same_guard(recorded):
    recorded.add("/robots.txt", body="User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    page = recorded.url("/private/page")
    allowed = Robots(RunOptions(), private_origins=Browser(RunOptions(), private_hosts=[page]).private_origins)
    assert not allowed.allowed(page)
    assert Robots(RunOptions()).allowed(page)  # a private host not allowed: never asked, so nothing forbids
    assert [request.path for request in recorded.requests] == ["/robots.txt"]
