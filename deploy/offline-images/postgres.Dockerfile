# Stand-in for the official postgres:15 image: Debian bookworm's PostgreSQL 15
# with a small entrypoint that understands POSTGRES_USER, POSTGRES_PASSWORD and
# POSTGRES_DB and keeps the cluster in /var/lib/postgresql/data (see build.sh).
ARG DEBIAN_IMAGE=local/debian:bookworm
FROM ${DEBIAN_IMAGE}
# Stand-ins take bookworm's current packages (security updates included): unpinned.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-15 \
    && rm -rf /var/lib/apt/lists/* \
    && install -d -o postgres -g postgres /var/lib/postgresql/data /var/run/postgresql
COPY postgres-entrypoint.sh /usr/local/bin/postgres-entrypoint.sh
ENV PATH=/usr/lib/postgresql/15/bin:$PATH PGDATA=/var/lib/postgresql/data
# The package's system user (its uid is chosen at install time).
# hadolint ignore=DL3066
USER postgres
STOPSIGNAL SIGINT
EXPOSE 5432
ENTRYPOINT ["/usr/local/bin/postgres-entrypoint.sh"]
