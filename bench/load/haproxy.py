"""HAProxy in front of the replicas, as in production (deploy/haproxy.cfg):
round robin over POST /telegram, a refused connection or a 503 retried on the
other replica. Used by the load bench when `haproxy` is installed (Debian:
`apt-get install haproxy`); otherwise the bench's own Python proxy
(`procs.Proxy`), whose CPU counts as the bench's.

Its CPU is measured apart ("proxy" in the bench's per-update figures): in
production it runs in C next to the bots, not in the load generator.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
from pathlib import Path

import aiohttp
import psutil  # type: ignore[import-untyped]

from bench.load.procs import free_port

CONFIG = """\
global
    maxconn 4000

defaults
    mode http
    timeout connect 1s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    option http-buffer-request
    retries 2
    retry-on conn-failure empty-response response-timeout 503
    option redispatch 1

frontend telegram
    bind 127.0.0.1:{port}
    monitor-uri /proxy-health
    default_backend quartierbot

backend quartierbot
    balance roundrobin
{servers}
"""


def available() -> bool:
    return shutil.which("haproxy") is not None


class HAProxy:
    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.port = 0
        self._dir = tempfile.TemporaryDirectory(prefix="qb-haproxy-")
        self._process: subprocess.Popen[bytes] | None = None
        self._cpu0 = 0.0

    async def start(self) -> None:
        self.port = free_port()
        servers = "\n".join(
            f"    server bot{i} 127.0.0.1:{port}" for i, port in enumerate(self.ports, 1)
        )
        config = Path(self._dir.name) / "haproxy.cfg"
        config.write_text(CONFIG.format(port=self.port, servers=servers), encoding="utf-8")
        haproxy = shutil.which("haproxy") or "haproxy"
        self._process = subprocess.Popen(
            [haproxy, "-db", "-f", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{self.port}/proxy-health"
        async with aiohttp.ClientSession() as session:
            for _ in range(100):
                if self._process.poll() is not None:
                    raise RuntimeError(f"haproxy exited with {self._process.returncode}")
                try:
                    async with session.get(url) as r:
                        if r.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
            else:
                raise RuntimeError("haproxy did not start")
        self._cpu0 = self.cpu()

    def cpu(self) -> float:
        """CPU seconds since it started serving."""
        if self._process is None:
            return 0.0
        try:
            t = psutil.Process(self._process.pid).cpu_times()
        except psutil.Error:
            return 0.0
        return float(t.user + t.system) - self._cpu0

    async def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            await asyncio.to_thread(self._process.wait, 10)
        self._dir.cleanup()
