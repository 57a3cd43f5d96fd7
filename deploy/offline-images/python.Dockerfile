# Stand-in for python:3.11-slim-bookworm where Docker Hub cannot be reached:
# Debian bookworm's own Python 3.11 on a debootstrapped base (see build.sh).
ARG DEBIAN_IMAGE=local/debian:bookworm
FROM ${DEBIAN_IMAGE}
# Stand-ins take bookworm's current packages (security updates included): unpinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-venv python-is-python3 \
    && rm -rf /var/lib/apt/lists/* \
    && printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' > /etc/pip.conf
CMD ["python3"]
