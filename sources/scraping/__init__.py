"""The configured scraper: a Scrapy spider (or, for JavaScript pages, a Playwright loop) driven by JSON.

The Source's config names the pages to crawl and the CSS/XPath selectors of each event field
(``config.py`` validates it). ``sources.adapters.scraper`` runs the crawl in a child process
(``python -m sources.scraping.runner``), never inside the Celery worker's own reactor, and reads the
JSON lines the child prints: one per scraped item, then a summary. Nothing in this package touches
Django, so the child starts without setting it up.
"""
