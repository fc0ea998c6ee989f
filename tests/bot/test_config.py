import os

import pytest
from cryptography.fernet import Fernet

from adapters.discord.settings import DiscordSection
from adapters.slack.settings import SlackSection
from bot.config import ConfigError, Secret, Settings, load_settings

SLACK_OK = {"SLACK_BOT_TOKEN": "xoxb-111-222-bot", "SLACK_APP_TOKEN": "xapp-1-A1-app"}


def load(**env: str) -> Settings:
    return load_settings(environ=env, env_file=None)


def test_defaults_when_nothing_is_set():
    settings = load()

    assert settings.env == "development"
    assert not settings.production
    assert settings.database_url == "sqlite+aiosqlite:///haven.db"
    assert settings.encryption_keys == ()
    assert settings.log_level == "INFO"
    assert settings.default_timezone == "UTC"
    assert settings.disabled_cogs == frozenset()
    assert settings.claim_lease_seconds == 300
    assert settings.brief_read_ms == 500  # /crisis answers within a second
    assert settings.http_port == 3000
    assert settings.section(SlackSection).mode == "socket"
    assert not settings.section(DiscordSection).enabled
    assert not settings.section(SlackSection).enabled
    assert settings.secrets() == []


def test_values_are_parsed():
    settings = load(
        HAVEN_ENV="Production",
        HAVEN_LOG_LEVEL="debug",
        HAVEN_DEFAULT_TIMEZONE="Europe/Helsinki",
        HAVEN_DISABLED_COGS=" checkins , , streaks",
        HAVEN_HTTP_PORT="8080",
        HAVEN_BRIEF_READ_MS="800",
        DISCORD_TOKEN="discord-token-value",
        DISCORD_SHARD_COUNT="4",
        DISCORD_SHARD_IDS="0, 3",
    )

    assert settings.production
    assert settings.log_level == "DEBUG"
    assert settings.default_timezone == "Europe/Helsinki"
    assert settings.disabled_cogs == {"checkins", "streaks"}
    assert settings.http_port == 8080
    assert settings.brief_read_ms == 800
    assert settings.section(DiscordSection).enabled
    assert settings.section(DiscordSection).shard_ids == (0, 3)


def test_env_file_is_read_and_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("HAVEN_LOG_LEVEL=warning\nHAVEN_HTTP_PORT=8080\n")

    settings = load_settings(environ={"HAVEN_HTTP_PORT": "9000"}, env_file=env_file)

    assert settings.log_level == "WARNING"
    assert settings.http_port == 9000


def test_default_env_file_is_dot_env_in_working_directory(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("HAVEN_PURGE_GRACE_DAYS=7\n")
    monkeypatch.chdir(tmp_path)

    assert load_settings(environ={}).purge_grace_days == 7


def test_missing_env_file_is_fine(tmp_path):
    assert load_settings(environ={}, env_file=tmp_path / "nope.env").http_port == 3000


def test_empty_strings_count_as_unset(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("HAVEN_HTTP_PORT=8080\n")

    settings = load_settings(
        environ={"HAVEN_HTTP_PORT": "", "DISCORD_TOKEN": "", "HAVEN_CLAIM_LEASE_SECONDS": " "},
        env_file=env_file,
    )

    assert settings.http_port == 8080  # the empty variable falls through to .env
    assert settings.section(DiscordSection).token is None
    assert settings.claim_lease_seconds == 300


def test_bad_int_names_variable_and_example_not_value():
    with pytest.raises(ConfigError) as caught:
        load(HAVEN_CLAIM_LEASE_SECONDS="abc")

    assert str(caught.value) == (
        "HAVEN_CLAIM_LEASE_SECONDS: the value given (3 characters) is not a whole number of "
        "seconds (example: HAVEN_CLAIM_LEASE_SECONDS=300)"
    )


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HAVEN_CLAIM_LEASE_SECONDS", "0"),
        ("HAVEN_MISFIRE_GRACE_MINUTES", "-1"),
        ("HAVEN_HTTP_PORT", "70000"),
        ("HAVEN_BRIEF_READ_MS", "3000"),  # past Discord's 3 s deadline
        ("DISCORD_SHARD_COUNT", "0"),
    ],
)
def test_out_of_range_int_is_rejected(name, value):
    with pytest.raises(
        ConfigError, match=rf"^{name}: the value .*\(example: {name}=\d+\)$"
    ) as caught:
        load(**{name: value})
    assert value not in str(caught.value).split("(example")[0]


@pytest.mark.parametrize("url", ["mysql://root:hunter22@db/haven", "haven.db"])
def test_unsupported_database_url_is_rejected_without_echoing_password(url):
    with pytest.raises(ConfigError) as caught:
        load(DATABASE_URL=url)

    message = str(caught.value)
    assert message.startswith("DATABASE_URL: ")
    assert "example: DATABASE_URL=postgresql+asyncpg://" in message
    assert "hunter22" not in message


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgres://u:p@db/haven", "postgresql+asyncpg://u:p@db/haven"),
        ("postgresql://u:p@db/haven", "postgresql+asyncpg://u:p@db/haven"),
        ("postgresql+asyncpg://u:p@db/haven", "postgresql+asyncpg://u:p@db/haven"),
        ("sqlite:///data/haven.db", "sqlite+aiosqlite:///data/haven.db"),
    ],
)
def test_database_url_is_rewritten_to_async_driver(url, expected):
    assert load(DATABASE_URL=url).database_url == expected


def test_database_password_is_not_in_settings_repr():
    assert "hunter22" not in repr(load(DATABASE_URL="postgres://u:hunter22@db/haven"))


@pytest.mark.parametrize("zone", ["Mars/Olympus", "+02:00", "UTC+2"])
def test_bad_time_zone_is_rejected_with_example(zone):
    with pytest.raises(ConfigError) as caught:
        load(HAVEN_DEFAULT_TIMEZONE=zone)

    message = str(caught.value)
    assert message.startswith("HAVEN_DEFAULT_TIMEZONE: the value")
    assert zone not in message
    assert message.endswith("(example: HAVEN_DEFAULT_TIMEZONE=Europe/Helsinki)")


def test_fixed_offset_zone_explains_why():
    with pytest.raises(ConfigError, match="fixed UTC offset"):
        load(HAVEN_DEFAULT_TIMEZONE="+02:00")


def test_encryption_keys_newest_first():
    new, old = Fernet.generate_key().decode(), Fernet.generate_key().decode()

    settings = load(HAVEN_ENCRYPTION_KEY=f" {new} , {old} ")

    assert [key.get() for key in settings.encryption_keys] == [new, old]


def test_bad_encryption_key_message_names_position_not_value():
    good = Fernet.generate_key().decode()
    bad = "not-a-real-key-but-secret-anyway"

    with pytest.raises(ConfigError) as caught:
        load(HAVEN_ENCRYPTION_KEY=f"{good},{bad}")

    message = str(caught.value)
    assert message.startswith("HAVEN_ENCRYPTION_KEY: key #2")
    assert "haven keys generate" in message
    assert bad not in message
    assert good not in message


def test_wrong_slack_token_kind_is_rejected_without_echoing_it():
    with pytest.raises(ConfigError) as caught:
        load(SLACK_BOT_TOKEN="xapp-1-secret-value", SLACK_APP_TOKEN="xapp-1-A1-app")

    message = str(caught.value)
    assert message.startswith("SLACK_BOT_TOKEN:")
    assert "xoxb-" in message
    assert "secret-value" not in message


def test_slack_socket_mode_without_app_token_names_slack_app_token():
    with pytest.raises(ConfigError) as caught:
        load(SLACK_BOT_TOKEN="xoxb-111-222-bot")

    message = str(caught.value)
    assert message.startswith("SLACK_APP_TOKEN:")
    assert "connections:write" in message
    assert "xapp-" in message


def test_slack_enabled_in_socket_mode_with_both_tokens():
    settings = load(**SLACK_OK)

    assert settings.section(SlackSection).enabled
    assert settings.section(SlackSection).mode == "socket"


def test_slack_http_mode_requires_signing_secret():
    with pytest.raises(ConfigError, match=r"^SLACK_SIGNING_SECRET:.*SLACK_MODE=http"):
        load(SLACK_MODE="http", SLACK_BOT_TOKEN="xoxb-111-222-bot")


def test_slack_http_mode_with_signing_secret_needs_no_app_token():
    settings = load(
        SLACK_MODE="HTTP", SLACK_BOT_TOKEN="xoxb-111-222-bot", SLACK_SIGNING_SECRET="s1gn1ng"
    )

    assert settings.section(SlackSection).mode == "http"
    assert settings.section(SlackSection).enabled


def test_shard_ids_without_count_are_rejected():
    with pytest.raises(ConfigError, match=r"^DISCORD_SHARD_IDS:.*DISCORD_SHARD_COUNT"):
        load(DISCORD_SHARD_IDS="0,1")


def test_shard_id_beyond_count_is_rejected():
    with pytest.raises(ConfigError, match=r"^DISCORD_SHARD_IDS: names a shard that does not exist"):
        load(DISCORD_SHARD_COUNT="2", DISCORD_SHARD_IDS="0,2")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DISCORD_DEV_GUILD", "my-server"),
        ("DISCORD_API_BASE", "discord.com/api"),
        ("DISCORD_GATEWAY_URL", "https://gateway.discord.gg"),
        ("SLACK_API_URL", "ftp://slack.com/api/"),
        ("HAVEN_LOG_LEVEL", "verbose"),
        ("HAVEN_ENV", "prod"),
        ("SLACK_MODE", "rtm"),
    ],
)
def test_other_bad_values_name_variable_and_example(name, value):
    with pytest.raises(
        ConfigError, match=rf"^{name}: the value given .*\(example: {name}=.+\)$"
    ) as caught:
        load(**{name: value})
    assert value not in str(caught.value).split(" is not ")[0]  # all: tests/security


def test_secret_hides_its_value():
    secret = Secret("super-secret-token")

    assert repr(secret) == "Secret('********')"
    assert str(secret) == "Secret('********')"
    assert f"{secret}" == "Secret('********')"
    assert secret.get() == "super-secret-token"
    assert secret == Secret("super-secret-token")
    assert secret != Secret("other")
    assert secret and not Secret("")


def test_settings_repr_hides_tokens():
    settings = load(DISCORD_TOKEN="discord-token-value", **SLACK_OK)

    assert "discord-token-value" not in repr(settings)
    assert "xoxb-111-222-bot" not in repr(settings)


def test_secrets_lists_every_secret_that_is_set():
    key = Fernet.generate_key().decode()
    settings = load(
        DISCORD_TOKEN="discord-token-value",
        SLACK_SIGNING_SECRET="signing-secret",
        SLACK_CLIENT_SECRET="client-secret",
        SLACK_CLIENT_ID="1234567890.1234567890",
        HAVEN_ENCRYPTION_KEY=key,
        **SLACK_OK,
    )

    assert sorted(settings.secrets()) == sorted(
        [
            "discord-token-value",
            "xoxb-111-222-bot",
            "xapp-1-A1-app",
            "signing-secret",
            "client-secret",
            key,
        ]
    )


def test_load_settings_reads_process_environment_by_default(monkeypatch):
    monkeypatch.setattr(os, "environ", {"HAVEN_MISFIRE_GRACE_MINUTES": "5"})

    assert load_settings(env_file=None).misfire_grace_minutes == 5


def test_database_password_is_treated_as_a_secret():
    settings = load_settings(
        {"DATABASE_URL": "postgresql+asyncpg://haven:s3cretpass@db:5432/haven"}, env_file=None
    )
    assert "s3cretpass" in settings.secrets()


def test_each_platform_brings_its_own_section():
    settings = load(DISCORD_TOKEN="discord-token-value", DISCORD_APPLICATION_ID="42")
    discord = settings.section(DiscordSection)
    assert discord.enabled and discord.application_id == "42"
    assert settings.section(SlackSection) == SlackSection()  # nothing set: its defaults
    assert {type(s) for s in settings.sections} >= {DiscordSection, SlackSection}

    only_core = load_settings({"DISCORD_TOKEN": "x"}, env_file=None, sections=())
    assert only_core.sections == () and not only_core.section(DiscordSection).enabled

    later = settings.with_section(SlackSection(bot_token=Secret("xoxb-9"), app_token=Secret("x")))
    assert later.section(SlackSection).enabled and later.section(DiscordSection) == discord
    with pytest.raises(ConfigError, match=r"^DISCORD_SHARD_IDS:"):  # its checks, built directly
        DiscordSection(shard_ids=(0,))


def test_a_platform_token_in_another_variable_is_named_by_its_kind():
    with pytest.raises(ConfigError) as caught:
        load(HAVEN_LOG_LEVEL="xoxb-111-222-bot")
    assert "it looks like a Slack token" in str(caught.value)
