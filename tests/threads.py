"""Running test work in several threads at once (store concurrency tests)."""

from __future__ import annotations

import threading
from collections.abc import Callable


def run_threads(n: int, work: Callable[[int], None]) -> list[BaseException]:
    """Run work(0..n-1) in n threads; the exceptions they raised."""
    errors: list[BaseException] = []

    def target(i: int) -> None:
        try:
            work(i)
        except BaseException as exc:  # collected and asserted on by the test
            errors.append(exc)

    threads = [threading.Thread(target=target, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    return errors
