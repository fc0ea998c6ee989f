import logging
import os
import re
import stat

import pytest
from cryptography.fernet import InvalidToken
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select
from sqlalchemy.exc import StatementError

from bot.config import Secret, Settings
from bot.crypto import (
    CryptoError,
    DecryptionError,
    EncryptedText,
    Keyring,
    MissingKeyError,
    generate_key,
    get_keyring,
    keyring_from_settings,
    set_keyring,
)

NOTE = "Day 12: called my sponsor instead of drinking"


@pytest.fixture(autouse=True)
def reset_keyring():
    set_keyring(None)
    yield
    set_keyring(None)


def test_round_trip():
    keyring = Keyring([generate_key()])

    token = keyring.encrypt(NOTE)

    assert NOTE not in token
    assert keyring.decrypt(token) == NOTE


def test_same_text_encrypts_differently_each_time():
    keyring = Keyring([generate_key()])

    assert keyring.encrypt(NOTE) != keyring.encrypt(NOTE)


def test_encrypted_column_is_unreadable_in_the_database_file(tmp_path):
    set_keyring(Keyring([generate_key()]))
    path = tmp_path / "haven.db"
    engine = create_engine(f"sqlite:///{path}")
    notes = Table(
        "notes",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("body", EncryptedText),
        Column("extra", EncryptedText, nullable=True),
    )
    notes.metadata.create_all(engine)

    with engine.begin() as connection:
        connection.execute(insert(notes).values(id=1, body=NOTE, extra=None))
    engine.dispose()

    assert NOTE.encode() not in path.read_bytes()
    assert b"sponsor" not in path.read_bytes()
    with engine.connect() as connection:
        row = connection.execute(select(notes.c.body, notes.c.extra)).one()
    engine.dispose()
    assert row == (NOTE, None)


def test_rotation_keeps_old_text_readable_and_moves_it_to_the_new_key():
    old, new = generate_key(), generate_key()
    token = Keyring([old]).encrypt(NOTE)
    rotating = Keyring([new, old])

    assert rotating.decrypt(token) == NOTE
    assert rotating.needs_rotation(token)

    rotated = rotating.rotate(token)

    assert Keyring([new]).decrypt(rotated) == NOTE
    assert not rotating.needs_rotation(rotated)


def test_wrong_key_raises_decryption_error_with_guidance():
    token = Keyring([generate_key()]).encrypt(NOTE)
    other_key = generate_key()

    with pytest.raises(DecryptionError) as caught:
        Keyring([other_key]).decrypt(token)

    message = str(caught.value)
    assert "HAVEN_ENCRYPTION_KEY" in message
    assert "restore the old key" in message
    assert other_key not in message
    assert not isinstance(caught.value, InvalidToken)
    assert caught.value.__cause__ is None


@pytest.mark.parametrize("token", ["not a token", "ünïcode", ""])
def test_garbage_token_raises_decryption_error(token):
    with pytest.raises(DecryptionError):
        Keyring([generate_key()]).decrypt(token)


def test_rotate_with_unknown_key_raises_decryption_error():
    token = Keyring([generate_key()]).encrypt(NOTE)

    with pytest.raises(DecryptionError):
        Keyring([generate_key()]).rotate(token)


def test_keyring_needs_a_valid_key():
    with pytest.raises(MissingKeyError):
        Keyring([])
    with pytest.raises(CryptoError, match="haven keys generate") as caught:
        Keyring([generate_key(), "secret-but-not-a-key"])
    assert "secret-but-not-a-key" not in str(caught.value)
    assert "#2" in str(caught.value)


def test_missing_keyring_raises_missing_key_error():
    with pytest.raises(MissingKeyError, match="set HAVEN_ENCRYPTION_KEY"):
        get_keyring()


def test_encrypted_column_without_keyring_refuses_to_store_plaintext(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'haven.db'}")
    notes = Table("notes", MetaData(), Column("body", EncryptedText))
    notes.metadata.create_all(engine)

    # SQLAlchemy wraps errors raised while binding parameters in a StatementError.
    with pytest.raises(StatementError) as caught, engine.begin() as connection:
        connection.execute(insert(notes).values(body=NOTE))
    engine.dispose()

    assert isinstance(caught.value.orig, MissingKeyError)


def test_reading_a_column_with_the_wrong_key_raises_decryption_error(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'haven.db'}")
    notes = Table("notes", MetaData(), Column("body", EncryptedText))
    notes.metadata.create_all(engine)
    set_keyring(Keyring([generate_key()]))
    with engine.begin() as connection:
        connection.execute(insert(notes).values(body=NOTE))

    set_keyring(Keyring([generate_key()]))
    with pytest.raises(DecryptionError), engine.connect() as connection:
        connection.execute(select(notes.c.body)).all()
    engine.dispose()


def test_keyring_from_settings_uses_configured_keys_newest_first():
    old, new = generate_key(), generate_key()
    old_token = Keyring([old]).encrypt(NOTE)

    keyring = keyring_from_settings(Settings(encryption_keys=(Secret(new), Secret(old))))

    assert keyring.decrypt(old_token) == NOTE
    assert Keyring([new]).decrypt(keyring.encrypt(NOTE)) == NOTE


def test_production_without_key_is_refused(tmp_path):
    key_file = tmp_path / "haven-dev.key"
    settings = Settings(env="production", dev_key_file=str(key_file))

    with pytest.raises(MissingKeyError, match="haven keys generate") as caught:
        keyring_from_settings(settings)

    assert "production" in str(caught.value)
    assert not key_file.exists()


def test_development_creates_key_file_once_and_reuses_it(tmp_path, caplog):
    key_file = tmp_path / "haven-dev.key"
    settings = Settings(dev_key_file=str(key_file))

    with caplog.at_level(logging.WARNING, logger="haven.crypto"):
        first = keyring_from_settings(settings)
    token = first.encrypt(NOTE)
    key = key_file.read_text().strip()

    assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
    assert str(key_file) in caplog.text
    assert "HAVEN_ENCRYPTION_KEY" in caplog.text
    assert key not in caplog.text

    second = keyring_from_settings(settings)

    assert key_file.read_text().strip() == key
    assert second.decrypt(token) == NOTE


def test_corrupt_development_key_file_is_reported_not_replaced(tmp_path):
    key_file = tmp_path / "haven-dev.key"
    key_file.write_text("garbage\n")

    with pytest.raises(CryptoError, match=re.escape(str(key_file))):
        keyring_from_settings(Settings(dev_key_file=str(key_file)))

    assert key_file.read_text() == "garbage\n"
