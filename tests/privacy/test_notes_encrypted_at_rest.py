"""P3: free text never reaches the database file in plaintext — not in the
main file, not in the write-ahead log — before or after a key rotation."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.fernet import Fernet

from bot.crypto import Keyring
from bot.rotation import rotate_keys
from tests.conftest import TEST_KEY
from tests.privacy.member_data_support import NOTES, raw_bytes, run_scenario

MEETING_TEXT = ("Saturday circle", "tea and talk")


def secrets() -> list[str]:
    return [note for notes in NOTES.values() for note in notes.values()] + list(MEETING_TEXT)


async def test_the_database_file_holds_no_plaintext_note(console):
    await run_scenario(console)
    out = await console.run(":as alice\n/haven export")
    exported = Path(out[-1].files[0]).read_text()
    assert NOTES["alice"]["checkin"] in exported  # the notes were really stored

    data = await raw_bytes(console)
    assert b"alice" in data  # the scan sees what is stored in plaintext (user ids)
    found = [s for s in secrets() if s.encode() in data]
    assert not found, f"plaintext in the database file: {found}"

    await rotate_keys(console.db, Keyring([Fernet.generate_key().decode(), TEST_KEY]))
    data = await raw_bytes(console)
    assert not [s for s in secrets() if s.encode() in data]
    assert json.loads(exported)["member"]["user_id"] == "alice"
