"""A throwaway PostgreSQL server for fault tests: its own cluster (initdb) in a
temporary directory, on a free port of 127.0.0.1, started and stopped with
pg_ctl. It never touches the shared server on port 5432.

Run as root (as the tests are here), the server runs as user `postgres`
(PostgreSQL refuses to run as root) via runuser.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import random
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin directory with initdb and pg_ctl."""
    found = sorted(
        (Path(p).parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
    )
    found = [p for p in found if (p / "pg_ctl").exists()]
    return found[-1] if found else None


def why_not() -> str | None:
    """Why no cluster can be made here (None: it can)."""
    if binaries() is None:
        return "PostgreSQL server binaries (initdb, pg_ctl) not installed"
    if os.geteuid() == 0:
        if shutil.which("runuser") is None:
            return "running as root without runuser"
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no user postgres to run the server"
    return None


# Ports for servers a test starts (a served subprocess, a cluster): below Linux's
# ephemeral range (32768-60999), so that neither bind(0) nor an outgoing
# connection anywhere is handed one, in a block of PORT_BLOCK per xdist worker,
# so that two workers never pick the same; each worker goes through its block
# from a random start (another test run at the same time), skipping busy ports.
PORT_BASE, PORT_BLOCK, PORT_BLOCKS = 20000, 1000, 12


def _port_sequence() -> Iterator[int]:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")  # gw0, gw1, ...; "" without xdist
    index = int(worker[2:]) + 1 if worker[2:].isdigit() else 0
    first = PORT_BASE + (index % PORT_BLOCKS) * PORT_BLOCK
    start = random.randrange(PORT_BLOCK)
    return itertools.cycle([first + (start + i) % PORT_BLOCK for i in range(PORT_BLOCK)])


_ports = _port_sequence()


def free_port() -> int:
    """A port of 127.0.0.1 free now and not handed out before by this process
    (a test may pick two before starting what listens on them)."""
    for _ in range(PORT_BLOCK):
        port = next(_ports)
        with socket.socket() as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in this worker's block")


class Cluster:
    def __init__(self) -> None:
        bin_dir = binaries()
        assert bin_dir is not None
        self.bin = bin_dir
        self.port = free_port()
        assert self.port != 5432
        self.root = Path(tempfile.mkdtemp(prefix="quartierbot-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._as_root = os.geteuid() == 0
        if self._as_root:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed: {done.stderr[-2000:]}\n{log}")

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
            "-c fsync=off -c max_connections=50"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")

    def stop(self) -> None:
        """Stop the server (fast: open connections are cut, as in a restart)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def destroy(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)
