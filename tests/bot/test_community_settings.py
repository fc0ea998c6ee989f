"""A community's settings are typed and namespaced per cog (issue #20 item 4):
read with their defaults filled in, written only through a check, bad stored
values read as the default (logged by name, never value), unknown keys kept;
migration 0010 moves an older deployment's flat keys into their namespaces and
back, on SQLite and PostgreSQL; and nothing outside bot/community_settings.py
reads the JSON by key."""

from __future__ import annotations

import ast
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command

from bot.community_settings import (
    NAMESPACES,
    CommunitySettings,
    EngineSettings,
    read,
    setting,
    update,
)
from bot.db import Database
from bot.migrate import alembic_config
from bot.models import Community
from cogs.accountability.schedule import PodSettings
from cogs.checkins.triggers import CheckinSettings
from cogs.crisis.cog import Local
from cogs.meetings.mirror import MeetingSettings
from cogs.sober.cog import SoberSettings
from tests.bot.test_migrations import cog_migration_dirs

ROOT = Path(__file__).resolve().parents[2]
REVISION = "0010_settings_namespaces"


class Sample(CommunitySettings, namespace="sample"):
    label: str | None = None
    size: int = 3
    on: bool = False
    tags: tuple[str, ...] = ()
    names: dict[str, str] = setting({})
    even: int = setting(2, check=lambda n: n % 2 == 0)


def community(settings: dict) -> Community:
    return Community(platform="console", workspace_id="w", settings=settings)


# -- reading -----------------------------------------------------------------------


def test_an_unset_namespace_reads_as_its_defaults():
    assert read(Sample, community({})) == Sample()
    assert read(Sample, None) == Sample()
    assert read(EngineSettings, community({})).channels == {}


def test_stored_values_read_typed():
    stored = {"sample": {"label": "x", "size": 5, "tags": ["a", "b"], "names": {"k": "v"}}}
    got = read(Sample, community(stored))
    assert got == Sample(label="x", size=5, tags=("a", "b"), names={"k": "v"})
    assert isinstance(got.tags, tuple)


@pytest.mark.parametrize(
    ("stored", "field"),
    [
        ({"sample": {"size": "five"}}, "size"),
        ({"sample": {"size": True}}, "size"),  # a bool is not a number here
        ({"sample": {"on": 17}}, "on"),
        ({"sample": {"tags": ["a", 2]}}, "tags"),
        ({"sample": {"names": {"k": 3}}}, "names"),
        ({"sample": {"even": 3}}, "even"),
        ({"engine": {"timezone": "Mars/Olympus_Mons"}}, "timezone"),
        ({"crisis": {"country": "ZZ"}}, "country"),
        ({"accountability": {"pod_matching": {"day": "someday", "at": "18:00"}}}, "pod_matching"),
    ],
)
def test_a_bad_stored_value_reads_as_the_default_and_logs_its_name_only(stored, field, caplog):
    [(namespace, values)] = stored.items()
    cls = NAMESPACES[namespace]
    with caplog.at_level(logging.WARNING, logger="haven.settings"):
        got = cls.from_stored(stored)
    assert getattr(got, field) == getattr(cls(), field)
    [said] = [r.getMessage() for r in caplog.records]
    assert f"{namespace}.{field}" in said
    assert repr(values[field]) not in said and str(values[field]) not in said


def test_a_namespace_that_is_not_an_object_reads_as_the_defaults(caplog):
    with caplog.at_level(logging.WARNING, logger="haven.settings"):
        assert read(Sample, community({"sample": "oops"})) == Sample()
    [said] = [r.getMessage() for r in caplog.records]
    assert "sample" in said and "oops" not in said


# -- writing -----------------------------------------------------------------------


def test_a_write_is_stored_under_the_namespace_and_keeps_every_other_key():
    place = community({"unknown": 1, "sample": {"future": "kept"}, "crisis": {"country": "GB"}})
    got = update(Sample, place, label="x", tags=("a",))
    assert got.label == "x" and got.tags == ("a",)
    assert place.settings == {
        "unknown": 1,
        "sample": {"future": "kept", "label": "x", "tags": ["a"]},
        "crisis": {"country": "GB"},
    }


def test_a_setting_set_back_to_its_default_is_left_out():
    place = community({"sample": {"label": "x"}})
    update(Sample, place, label=None, tags=[])
    assert place.settings == {}


@pytest.mark.parametrize(
    "changes",
    [{"size": "3"}, {"on": None}, {"even": 3}, {"missing": 1}, {"tags": [1]}],
)
def test_a_write_that_does_not_fit_is_refused_and_changes_nothing(changes):
    place = community({"sample": {"label": "x"}})
    with pytest.raises(ValueError):
        update(Sample, place, **changes)
    assert place.settings == {"sample": {"label": "x"}}


def test_a_namespace_belongs_to_one_class():
    with pytest.raises(TypeError, match="already"):

        class Other(CommunitySettings, namespace="crisis"):
            resources: str | None = None

    with pytest.raises(TypeError, match="needs a namespace"):

        class Nameless(CommunitySettings):
            pass

    with pytest.raises(TypeError, match="cannot be of that type"):

        class Listed(CommunitySettings, namespace="listed"):
            names: list[str] = setting([])

    assert NAMESPACES["crisis"] is Local
    assert "listed" not in NAMESPACES


def test_every_cog_namespace_is_declared():
    assert {
        "engine": EngineSettings,
        "crisis": Local,
        "accountability": PodSettings,
        "checkins": CheckinSettings,
        "meetings": MeetingSettings,
        "sober": SoberSettings,
    }.items() <= NAMESPACES.items()


# -- the migration -----------------------------------------------------------------

#: A community of an older Haven, every flat key it knew, and one it did not.
OLD = {
    "timezone": "Europe/Helsinki",
    "discreet": True,
    "moderator_users": ["U1", "U2"],
    "moderator_role": "Stewards",
    "channels": {"announcements": "C1", "moderators": "C2"},
    "disabled_cogs": ["sober"],
    "locale": "fi_FI",
    "resources": "Call Anna",
    "country": "GB",
    "pod_matching": {"day": "mon", "at": "18:00", "size": 3},
    "checkin_triggers": ["stress", "work"],
    "meeting_mirror": True,
    "milestone_roles": {"d30": "One month"},
    "someone_elses": {"kept": True},
}
NEW = {
    "engine": {
        "timezone": "Europe/Helsinki",
        "discreet": True,
        "moderator_users": ["U1", "U2"],
        "moderator_role": "Stewards",
        "channels": {"announcements": "C1", "moderators": "C2"},
        "disabled_cogs": ["sober"],
        "locale": "fi_FI",
    },
    "crisis": {"resources": "Call Anna", "country": "GB"},
    "accountability": {"pod_matching": {"day": "mon", "at": "18:00", "size": 3}},
    "checkins": {"triggers": ["stress", "work"]},
    "meetings": {"mirror": True},
    "sober": {"milestone_roles": {"d30": "One month"}},
    "someone_elses": {"kept": True},
}
TABLE = sa.table("community", sa.column("workspace_id", sa.String), sa.column("settings", sa.JSON))


@pytest.fixture(params=["sqlite", "postgres"])
def migrated_url(request) -> str:
    return request.getfixturevalue("db_url" if request.param == "sqlite" else "pg_migrated_url")


async def migrate(db: Database, to: str) -> None:
    dirs = cog_migration_dirs()

    def run(conn) -> None:
        cfg = alembic_config(dirs)
        cfg.attributes["connection"] = conn
        if to == "heads":
            command.upgrade(cfg, "heads")
        else:
            command.downgrade(cfg, to)

    async with db.engine.begin() as conn:
        await conn.run_sync(run)


async def stored(db: Database) -> dict[str, dict]:
    async with db.engine.connect() as conn:
        rows = await conn.execute(sa.select(TABLE.c.workspace_id, TABLE.c.settings))
        return dict(rows.all())


async def test_the_migration_moves_flat_keys_into_namespaces_and_back(migrated_url):
    db = Database(migrated_url)
    try:
        await migrate(db, f"{REVISION}-1")
        async with db.unscoped_session("test") as session:
            at = datetime(2026, 11, 1, tzinfo=UTC)
            for workspace, settings in [("old", OLD), ("empty", {}), ("unknown", {"x": 1})]:
                session.add(
                    Community(
                        platform="console", workspace_id=workspace, settings=settings, created_at=at
                    )
                )
            await session.commit()

        await migrate(db, "heads")
        assert await stored(db) == {"old": NEW, "empty": {}, "unknown": {"x": 1}}
        async with db.unscoped_session("test") as session:
            old = (
                await session.exec(sa.select(Community).where(Community.workspace_id == "old"))
            ).scalar_one()
        assert read(EngineSettings, old).moderator_users == ("U1", "U2")
        assert read(Local, old) == Local(resources="Call Anna", country="GB")
        assert read(CheckinSettings, old).triggers == ("stress", "work")
        assert read(MeetingSettings, old).mirror is True

        await migrate(db, f"{REVISION}-1")
        assert await stored(db) == {"old": OLD, "empty": {}, "unknown": {"x": 1}}
        await migrate(db, "heads")
        assert (await stored(db))["old"] == NEW
    finally:
        await db.dispose()


# -- nobody else reads the JSON by key -----------------------------------------------

#: Owners whose ``.settings`` is not a community's: the process's settings
#: (``app.settings``, ``self.settings`` of the app and clients), a platform
#: entry's section, a member's own, SQLAlchemy's attribute history.
OTHER_SETTINGS = {"self", "app", "engine", "entry", "cls", "member", "attrs"}


def _owner(node: ast.expr) -> str:
    while isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def string_key_reads(tree: ast.AST) -> list[int]:
    """Lines that read a community's settings JSON other than through a
    settings class: ``x.settings`` used as anything but ``ctx.settings(Cls)``
    or ``Cls.from_stored(x.settings)``, and the old ``setting``/``set_setting``."""
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "settings":
                allowed.add(id(node.func))
            if isinstance(node.func, ast.Attribute) and node.func.attr == "from_stored":
                allowed.update(id(arg) for arg in node.args)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr in ("setting", "set_setting"):
            found.append(node.lineno)
        elif (
            node.attr == "settings"
            and id(node) not in allowed
            and _owner(node.value) not in OTHER_SETTINGS
        ):
            found.append(node.lineno)
    return sorted(found)


def test_only_the_settings_module_reads_community_settings_by_key():
    found = []
    for folder in ("bot", "cogs", "adapters"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if relative == "bot/community_settings.py" or "/migrations/" in relative:
                continue
            for line in string_key_reads(ast.parse(path.read_text("utf-8"))):
                found.append(f"{relative}:{line}")
    assert found == []


def test_cogs_read_the_operators_settings_through_ctx_config():
    found = []
    for path in sorted((ROOT / "cogs").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "settings":
                if _owner(node.value) == "app":
                    found.append(f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    assert found == []


def test_the_check_finds_the_old_ways():
    old = """
community.settings.get("discreet")
x = record.settings or {}
ctx.setting("channels", {})
ctx.set_setting("country", None)
settings = community.settings
"""
    assert string_key_reads(ast.parse(old)) == [2, 3, 4, 5, 6]
    new = """
ctx.settings(Local).country
Local.from_stored(community.settings)
self.app.settings.feed_sync_hours
"""
    assert string_key_reads(ast.parse(new)) == []
