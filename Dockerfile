# Quartierbot: the package with its trained models and gazetteer data, run as
# `quartierbot serve` by an unprivileged user. Two stages: the builder installs
# the package and its dependencies into a virtual environment; the runtime
# image gets only that environment (no build caches, no source tree).
#
#   docker build -t quartierbot .
#   docker build --build-arg PYTHON_IMAGE=local/python:3.11-bookworm -t quartierbot .
#
# The base image must have Python 3.11 with the venv module on Debian bookworm.
ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
# The dependencies first, in a layer of their own: it is rebuilt only when
# pyproject.toml changes, not for every change of the code or the models.
COPY pyproject.toml ./
RUN python -c "import tomllib; print(*tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies'], sep='\n')" > /tmp/requirements.txt \
    && pip install --no-cache-dir -r /tmp/requirements.txt
COPY README.md ./
COPY bot ./bot
COPY nlp ./nlp
COPY store ./store
COPY digest ./digest
COPY demo ./demo
# Not editable: the models (nlp/model, nlp/urgent_model), gazetteer data and
# migrations go into site-packages as package data.
RUN pip install --no-cache-dir --no-deps . \
    && python -m compileall -q /opt/venv/lib

FROM ${PYTHON_IMAGE} AS runtime
ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:$PATH \
    WEBHOOK_LISTEN=0.0.0.0 \
    WEBHOOK_PORT=8443
RUN groupadd --gid 10001 quartierbot \
    && useradd --no-log-init --uid 10001 --gid quartierbot --create-home \
       --home-dir /home/quartierbot --shell /usr/sbin/nologin quartierbot
COPY --from=builder /opt/venv /opt/venv
USER 10001:10001
WORKDIR /home/quartierbot

# Smoke check at build time: the shipped model and gazetteer load and route.
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN echo '{"id":"1","text":"Abfallkübel voll am Helvetiaplatz"}' | quartierbot classify \
    | grep -q '"topic": *"abfall"'

EXPOSE 8443
# SIGTERM starts the graceful stop: no new updates, in-flight ones finish within
# SHUTDOWN_GRACE_SECONDS, the rest stays in the inbox (give the container longer:
# compose's stop_grace_period).
STOPSIGNAL SIGTERM
# Liveness: GET /healthz of the webhook server (polling mode: of the health
# server on HEALTH_PORT); readiness is GET /readyz.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; port = os.environ.get('HEALTH_PORT') or os.environ.get('WEBHOOK_PORT', '8443'); u.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2)"]
ENTRYPOINT ["quartierbot"]
CMD ["serve"]
