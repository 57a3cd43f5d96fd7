#!/bin/sh
# Base images for the compose stack without Docker Hub: a Debian bookworm root
# file system from the Debian mirror (debootstrap), imported into Docker, and
# Python 3.11, PostgreSQL 15 and HAProxy installed on it from Debian's packages.
#
#   sudo deploy/offline-images/build.sh [MIRROR]
#
# Extra CA certificates in /usr/local/share/ca-certificates (e.g. a
# TLS-inspecting egress proxy's) are copied into the base image, so apt and
# pip inside the builds trust what the host trusts.
# Then set PYTHON_IMAGE, POSTGRES_IMAGE and PROXY_IMAGE in .env to these names
# (see docs/production.md).
set -eu
mirror=${1:-http://deb.debian.org/debian}
here=$(cd "$(dirname "$0")" && pwd)
rootfs=$(mktemp -d)
trap 'rm -rf "$rootfs"' EXIT
debootstrap --variant=minbase --include=ca-certificates bookworm "$rootfs" "$mirror"
if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/"
    chroot "$rootfs" update-ca-certificates
fi
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
tar -C "$rootfs" -c . | docker import - local/debian:bookworm
docker build -t local/python:3.11-bookworm -f "$here/python.Dockerfile" "$here"
docker build -t local/postgres:15-bookworm -f "$here/postgres.Dockerfile" "$here"
docker build -t local/haproxy:bookworm -f "$here/haproxy.Dockerfile" "$here"
