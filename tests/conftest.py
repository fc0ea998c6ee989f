"""Shared fixtures: a Haven on the console adapter with a virtual clock.

Tests drive Haven the way a member would — console script lines — and assert
on the outputs (CONSOLE.md's JSON shape). Databases come from a template that
is migrated once per run and copied for each test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlmodel.main import default_registry

from bot import crypto
from bot.config import Settings
from tests.fakes import conformance
from tests.support.harness import Harness, build_harness, migrate_template

START = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
TEST_KEY = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def _keyring():
    crypto.set_keyring(crypto.Keyring([TEST_KEY]))
    yield
    crypto.set_keyring(None)


@pytest.fixture(autouse=True)
def _finished_engines_let_go():
    """Each ORM mapper keeps compiled INSERT/UPDATE statements per dialect in a
    bounded cache, and a cached dialect keeps its whole engine alive: harmless
    in a process with one database, ~1 GB over a suite that makes one per test."""
    yield
    for mapper in default_registry.mappers:
        mapper._compiled_cache.clear()


@pytest.fixture(autouse=True)
def _platform_specs_kept():
    """Fails the test whose requests the fake Slack or Discord refused for
    breaking the platform's published spec (tests.fakes.conformance)."""
    conformance.take()
    yield
    broken = conformance.take()
    if broken:
        pytest.fail(
            "requests the platforms' published specs refuse:\n  " + "\n  ".join(broken),
            pytrace=False,
        )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "haven.db"
    migrate_template(path)
    return path


@pytest.fixture
def db_url(template_db, tmp_path) -> str:
    path = tmp_path / "haven.db"
    shutil.copy(template_db, path)
    return f"sqlite+aiosqlite:///{path}"


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings(database_url=db_url)


@pytest.fixture
def settings_obj(settings) -> Settings:
    """``settings`` under a name that does not clash with hypothesis.settings."""
    return settings


@pytest.fixture
async def make_harness(settings, tmp_path):
    """Build Havens on one database (a restart, a second process); all closed after."""
    built: list[Harness] = []

    async def make(
        start: datetime = START, tz: str | None = None, settings: Settings = settings, **kw
    ) -> Harness:
        harness = await build_harness(settings, start=start, tz=tz, files_dir=tmp_path, **kw)
        built.append(harness)
        return harness

    yield make
    for harness in built:
        await harness.close()


@pytest.fixture
async def console(make_harness) -> Harness:
    """Haven on the console at 2026-11-21 09:00 UTC, members in UTC."""
    return await make_harness()


def _ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def pg_base() -> str | None:
    """HAVEN_TEST_DATABASE_URL, or under pytest-xdist this worker's own database
    beside it (``<name>_gw0`` …, created when missing); None if not set."""
    from tests.support.postgres import worker_database

    url = os.environ.get("HAVEN_TEST_DATABASE_URL")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return url
    try:
        return worker_database(url, worker)
    except Exception:  # pg_url reports the server unreachable, per test
        return url


@pytest.fixture
async def pg_url(pg_base) -> AsyncIterator[str]:
    """A clean PostgreSQL database from HAVEN_TEST_DATABASE_URL.

    Skipped where none is configured — except in CI, where these tests are
    mandatory and a missing or unreachable server fails them.
    """
    from tests.support.postgres import reset_database

    url = pg_base
    if not url:
        if _ci():
            pytest.fail("CI needs HAVEN_TEST_DATABASE_URL for the PostgreSQL tests")
        pytest.skip("set HAVEN_TEST_DATABASE_URL to run the PostgreSQL tests")
    try:
        await reset_database(url)
    except Exception as exc:
        if _ci():
            pytest.fail(f"PostgreSQL at HAVEN_TEST_DATABASE_URL is unreachable: {exc}")
        pytest.skip(f"PostgreSQL unreachable: {exc}")
    yield url


@pytest.fixture(scope="session")
def pg_template(pg_base) -> str | None:
    """A PostgreSQL database migrated with every cog's migrations, once per run
    (``<test database>_template``): :func:`pg_migrated_url` copies it. None
    where no server is configured or reachable (``pg_url`` says why)."""
    from tests.support.postgres import migrate_template

    if not pg_base:
        return None
    try:
        return migrate_template(pg_base)
    except Exception:
        if _ci():  # a migration that fails is a failure, with its traceback
            raise
        return None  # no server here: the PostgreSQL tests skip


@pytest.fixture
async def pg_migrated_url(pg_base, pg_template) -> str:
    """``pg_url`` already migrated: a copy of :func:`pg_template` (about a
    tenth of a second, where migrating takes seconds). For tests of Haven's
    behaviour; tests of the migrations themselves use ``pg_url``."""
    from tests.support.postgres import copy_template

    if not pg_base:
        if _ci():
            pytest.fail("CI needs HAVEN_TEST_DATABASE_URL for the PostgreSQL tests")
        pytest.skip("set HAVEN_TEST_DATABASE_URL to run the PostgreSQL tests")
    if pg_template is None:
        if _ci():
            pytest.fail("PostgreSQL at HAVEN_TEST_DATABASE_URL is unreachable")
        pytest.skip("PostgreSQL unreachable")
    return await copy_template(pg_template)


def pytest_terminal_summary(terminalreporter):
    """Which Slack methods and Discord routes Haven called, each checked against
    the platform's published spec."""
    for platform in ("slack", "discord"):
        calls = sorted(c for p, c in conformance.VALIDATED if p == platform)
        if calls:
            terminalreporter.write_line(
                f"{platform}: {len(calls)} calls conform to the spec: " + ", ".join(calls)
            )
