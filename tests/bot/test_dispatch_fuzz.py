"""No text a member types reaches them as a traceback (PRIVACY.md P13).

Every registered command — across all cogs — gets arbitrary argument text
from a consented member and from a moderator. Each answer must be a normal
reply or a usage error, never the "something went wrong" fallback, and an
answer that reports bad input or a refusal leaves every stored row as it was
(the audit log aside: refusals are recorded there on purpose).
"""

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import START
from tests.privacy.privacy_support import snapshot
from tests.support.harness import build_harness

words = st.sampled_from(
    [
        "today",
        "yesterday",
        "2025-01-02",
        "08:30",
        "off",
        "label:x",
        "note:hi",
        "@bob",
        "#general",
        "pod:1",
        "1",
        "-5",
        "999999999",
        "mon,wed",
        "yes",
        "Europe/Helsinki",
        'note:"two words"',
        "“",
        ":",
        "every:2w",
        "link:http://x",
        "confirm",
    ]
)
argument_text = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"),
        max_size=40,
    ),
    st.lists(words, max_size=5).map(" ".join),
)


def test_every_command_survives_arbitrary_arguments(settings_obj, tmp_path):
    loop = asyncio.new_event_loop()
    harness = loop.run_until_complete(build_harness(settings_obj, start=START, files_dir=tmp_path))
    try:
        loop.run_until_complete(harness.agree("bob"))
        loop.run_until_complete(harness.agree("alice"))
        commands = sorted(spec.name for spec in harness.app.registry.commands.values())

        @settings(
            max_examples=400,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(st.sampled_from(commands), argument_text, st.booleans())
        def check(command, text, as_mod):
            who = ":as alice mod" if as_mod else ":as alice"
            before = loop.run_until_complete(snapshot(harness.db))
            produced = loop.run_until_complete(harness.run(f"{who}\n/{command} {text}"))
            for out in produced:
                assert "Something went wrong" not in out.text, (command, text, out.text)
            if produced and produced[-1].error:
                after = loop.run_until_complete(snapshot(harness.db))
                assert after == before, ("partial write", command, text, produced[-1].text)

        check()
    finally:
        loop.run_until_complete(harness.close())
        loop.close()
