# syntax=docker/dockerfile:1
#
# Whatson: one image for every process (web, ws, worker, beat, migrate); docker-compose.yml picks
# the command. The default command is the web server (gunicorn, WSGI, port 8000).
#
#   docker build -t whatson .
#   docker run --rm -p 8000:8000 -e SECRET_KEY=... -e DATABASE_URL=... -e REDIS_URL=... whatson
#
# No HEALTHCHECK here on purpose: only the web process serves /healthz, so the check lives on the
# web service in docker-compose.yml (or in the orchestrator's probes).

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

# --- builder: install the runtime requirements into a virtualenv --------------------------------
FROM ${PYTHON_IMAGE} AS builder

ENV PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:${PATH}"

# Runtime dependencies only (requirements-dev.txt stays out of the image). Every pin ships a
# manylinux wheel (psycopg[binary], nh3, ...), so no compiler is needed.
COPY requirements.txt /tmp/requirements.txt
RUN pip install -r /tmp/requirements.txt

# --- runtime -----------------------------------------------------------------------------------
FROM ${PYTHON_IMAGE} AS runtime

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PATH="/opt/venv/bin:${PATH}" \
    DJANGO_SETTINGS_MODULE=config.settings.production

# Fixed uid/gid so volumes and Kubernetes securityContext (runAsUser: 10001) line up.
RUN groupadd --system --gid 10001 whatson \
 && useradd --system --uid 10001 --gid whatson --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin whatson

# Chromium renders JavaScript pages for scraper sources with "render": true (Playwright drives it;
# `playwright install` is never run). Fonts so rendered text has glyphs.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app

COPY --from=builder /opt/venv /opt/venv

# The code stays owned by root (read-only for the app user); see .dockerignore for what is left out.
COPY . /app

# Static files are collected at build time into STATIC_ROOT (/app/staticfiles) and served by
# WhiteNoise. Production settings insist on a SECRET_KEY of 50+ characters, so this one command
# gets a throwaway build-only key; it is not an ENV and does not persist in the image. No database
# is touched (DATABASE_URL unset falls back to an SQLite path that is never opened).
#
# The code's bytecode is compiled here too: PYTHONDONTWRITEBYTECODE keeps processes from writing it at run time
# (the code is read-only for them anyway), so without it every process compiled every module it imported, at
# start and in its first requests and batches (~1.2 s of CPU per process start measured, the URLconf included).
RUN SECRET_KEY="build-only-collectstatic-key-never-used-at-runtime-0123456789abcdef" \
    python manage.py collectstatic --noinput \
 && python -m compileall -q -j 0 -x '/(\.|node_modules)' /app \
 && mkdir -p /app/var \
 && chown whatson:whatson /app/var

# Numeric uid:gid so "runAsNonRoot" checks can verify it without reading /etc/passwd.
USER 10001:10001

# 8000: gunicorn (all plain HTTP), 8001: daphne via `python -m config.daphne` (WebSockets only).
EXPOSE 8000 8001

CMD ["gunicorn", "-c", "config/gunicorn.py", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
