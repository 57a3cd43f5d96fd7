"""Shared by the reproducibility tests of the topic and the urgent model: a slice of
a corpus, a training run in a child process (another hash seed, one thread for
numpy's libraries), and the digests of the files a run wrote."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def corpus_slice(corpus: Path, every: int, out: Path) -> Path:
    """Every `every`-th line of `corpus`, written to `out`."""
    lines = corpus.read_text(encoding="utf-8").splitlines()
    out.write_text("\n".join(lines[::every]) + "\n", encoding="utf-8")
    return out


def train_in_a_child(code: str, *args: str, cwd: Path) -> None:
    """Run `code` (with `args` as sys.argv[1:]) in another process: another hash
    seed (set and dict order of strings), one thread for numpy's libraries."""
    env = {
        **os.environ,
        "PYTHONHASHSEED": "4711",
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "PYTHONPATH": str(REPO_ROOT),
    }
    subprocess.run(
        [sys.executable, "-c", code, *args], check=True, cwd=cwd, env=env, capture_output=True
    )


def file_digests(model: Path, *, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """SHA-256 of every file under `model` (by relative path), but the names in `skip`."""
    return {
        str(p.relative_to(model)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(model.rglob("*"))
        if p.is_file() and p.name not in skip
    }
