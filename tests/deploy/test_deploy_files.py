"""The container recipe and systemd units in deploy/ are checked as far as this
machine can (hadolint is not available): parsed, and held to what Haven
needs — the official slim Python image, a non-root user, a health check that
really asks /healthz, a graceful stop long enough for work in progress, and
every environment variable they name documented in .env.example."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.app import Haven
from bot.config import VARIABLES, all_variables, installed_sections, load_settings
from bot.ops.server import OpsServer
from bot.scheduler import STOP_TIMEOUT_SECONDS

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
#: The Python interpreter's and pip's own variables, set while building the
#: image; not Haven settings, so not in .env.example.
INTERPRETER = {
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONUNBUFFERED",
    "PIP_NO_CACHE_DIR",
    "PIP_DISABLE_PIP_VERSION_CHECK",
}


def documented() -> set[str]:
    """Every variable .env.example names (set or left empty)."""
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^([A-Z][A-Z0-9_]*)=", text, re.M))


def dockerfile() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments), continuation lines joined, comments dropped."""
    lines, current = [], ""
    for raw in (DEPLOY / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if not current and (not line or line.startswith("#")):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        current += line
        lines.append(current)
        current = ""
    return [(w.split(None, 1)[0].upper(), w.split(None, 1)[1]) for w in lines]


def env_names(args: str) -> list[str]:
    return re.findall(r"(?:^|\s)([A-Z][A-Z0-9_]*)=", args)


def seconds(value: str) -> float:
    found = re.fullmatch(r"(\d+)(s|m)?", value.strip())
    assert found, value
    return int(found.group(1)) * (60 if found.group(2) == "m" else 1)


def test_dockerfile_uses_the_official_slim_image_and_a_non_root_user():
    steps = dockerfile()
    [base] = [args for op, args in steps if op == "FROM"]
    assert re.fullmatch(r"python:3\.1[1-9]-slim(-[a-z]+)?", base), base  # Docker Hub's own
    users = [args for op, args in steps if op == "USER"]
    assert users and users[-1] not in ("root", "0"), users
    made = " ".join(args for op, args in steps if op == "RUN")
    assert "useradd" in made and users[-1] in made  # the user exists in the image
    ops = [op for op, _ in steps]
    assert ops.index("USER") < ops.index("CMD")  # haven runs as that user
    [cmd] = [json.loads(args) for op, args in steps if op == "CMD"]
    assert cmd == ["haven", "run"]
    assert 'haven = "bot.cli:main"' in (ROOT / "pyproject.toml").read_text()
    for op, args in steps:
        if op == "COPY":
            for source in args.split()[:-1]:
                assert (ROOT / source).exists(), source  # the build context has it


def test_every_variable_the_recipes_name_is_in_env_example():
    known = documented()
    named = set()
    for op, args in dockerfile():
        if op == "ENV":
            named.update(env_names(args))
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    named.update(compose["services"]["haven"]["environment"])
    named.update(re.findall(r"\$\{([A-Z0-9_]+)", (DEPLOY / "compose.yaml").read_text()))
    for unit in ("haven.service", "haven-backup.service"):
        for line in (DEPLOY / unit).read_text().splitlines():
            if line.startswith("Environment="):
                named.update(env_names(line.removeprefix("Environment=")))
    assert named, "the recipes name settings"
    assert named - known - INTERPRETER == set()


def test_every_setting_is_in_env_example():
    """The engine's variables and each installed platform's section's, set or
    left empty."""
    sections = installed_sections()
    assert {kind.name for kind in sections} >= {"discord", "slack"}
    assert set(VARIABLES) <= set(all_variables(sections))
    assert set(all_variables(sections)) - documented() == set()


def test_the_recipes_settings_are_ones_haven_accepts(tmp_path):
    """The compose file's and the Dockerfile's settings, as Haven reads them."""
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    env = {
        k: re.sub(r"\$\{POSTGRES_PASSWORD[^}]*\}", "s3cret", str(v))
        for k, v in compose["services"]["haven"]["environment"].items()
    }
    settings = load_settings(env, env_file=tmp_path / "none.env")
    assert settings.database_url.startswith("postgresql+asyncpg://haven:s3cret@db:5432/")
    assert settings.ops_port == 8080 and settings.log_format == "json"
    docker_env = {}
    for op, args in dockerfile():
        if op == "ENV":
            docker_env.update(dict(re.findall(r"([A-Z][A-Z0-9_]*)=(\S+)", args)))
    settings = load_settings(docker_env, env_file=tmp_path / "none.env")
    assert settings.ops_port == 8080 and settings.production


def test_compose_runs_haven_after_a_healthy_postgresql():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert services["db"]["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    haven = services["haven"]
    assert (DEPLOY / haven["build"]["context"] / haven["build"]["dockerfile"]).is_file()
    assert haven["depends_on"]["db"]["condition"] == "service_healthy"
    assert "/healthz" in " ".join(haven["healthcheck"]["test"])
    assert seconds(haven["stop_grace_period"]) > STOP_TIMEOUT_SECONDS
    assert set(compose["volumes"]) >= {"db-data", "haven-data"}


def healthchecks() -> list[tuple[str, list[str]]]:
    """Each recipe's health check as an exec-form command line."""
    [line] = [args for op, args in dockerfile() if op == "HEALTHCHECK"]
    docker = json.loads(line[line.index("CMD") + 3 :].strip())
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    test = compose["services"]["haven"]["healthcheck"]["test"]
    assert test[0] == "CMD"
    return [("Dockerfile", docker), ("compose.yaml", test[1:])]


@pytest.mark.parametrize(("where", "command"), healthchecks(), ids=lambda x: str(x)[:20])
async def test_the_health_checks_really_ask_healthz(where, command, settings, unused_port):
    """Run as written (``python`` is this interpreter): healthy against a live
    operations server on the port the recipe uses, unhealthy with none."""
    import asyncio

    argv = [sys.executable if command[0] == "python" else command[0], *command[1:]]
    env = {"HAVEN_HTTP_PORT": str(unused_port), "PATH": "/usr/bin:/bin"}
    if where == "compose.yaml":  # its port is fixed, like the container's
        argv = [a.replace("8080", str(unused_port)) for a in argv]

    def check() -> int:
        return subprocess.run(argv, env=env, capture_output=True, timeout=30).returncode

    assert await asyncio.to_thread(check) != 0  # nothing listening: unhealthy
    app = Haven(settings)
    ops = OpsServer(app, platforms=("discord",), host="127.0.0.1", port=unused_port)
    await ops.start()
    try:
        assert await asyncio.to_thread(check) == 0  # alive — even though not ready
    finally:
        await ops.stop()
        await app.database.dispose()


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def unit(name: str) -> dict[str, dict[str, list[str]]]:
    """A systemd unit's sections and keys (keys may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in (DEPLOY / name).read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        assert current is not None and key and value, line
        current.setdefault(key, []).append(value)
    return sections


def test_systemd_units_run_haven_unprivileged_and_stop_it_gracefully():
    service = unit("haven.service")["Service"]
    assert service["User"] != ["root"] and service["User"] == ["haven"]
    assert service["ExecStart"][0].endswith("/haven run")
    assert service["KillSignal"] == ["SIGTERM"]
    assert seconds(service["TimeoutStopSec"][0]) > STOP_TIMEOUT_SECONDS
    assert service["UMask"] == ["0077"]  # databases, keys, backups: owner only
    assert service["NoNewPrivileges"] == ["yes"]
    assert unit("haven.service")["Install"]["WantedBy"] == ["multi-user.target"]

    backup = unit("haven-backup.service")["Service"]
    assert backup["User"] == ["haven"] and "haven backup" in backup["ExecStart"][0]
    timer = unit("haven-backup.timer")
    assert timer["Timer"]["OnCalendar"] and timer["Install"]["WantedBy"] == ["timers.target"]
