"""Where Discord accepts more than its OpenAPI description (``specs/discord/openapi.json``)
says, and discord.py relies on it. Each allowance names its source; the spec
check (:mod:`tests.fakes.discord.spec`) applies them and nothing else.
"""

from __future__ import annotations

#: Boolean query strings: "we support boolean values true and false, we also
#: support the integer values 1 and 0" (discord-api-docs: reference, "Boolean
#: Query Strings"). discord.py sends ``with_response=1``.
QUERY_TRUE = frozenset({"true", "True", "1"})
QUERY_FALSE = frozenset({"false", "False", "0"})

#: Snowflakes in request bodies as JSON integers as well as strings: the API
#: *returns* them as strings (discord-api-docs: reference, "Snowflakes") and
#: reads either; discord.py sends integers (``recipient_id`` of
#: POST /users/@me/channels). The spec's ``SnowflakeType`` is widened to that.
SNOWFLAKE_SCHEMA = "SnowflakeType"
INTEGER_SNOWFLAKE = {"type": "integer", "minimum": 0, "maximum": 2**64 - 1}

#: Unknown fields: Discord drops a field it does not know without a word, so a
#: misspelt field silently does nothing on the real platform. The fake refuses
#: them instead: every object schema of the spec that lists its properties and
#: says nothing of others gets ``additionalProperties: false``.
CLOSED_OBJECTS = True

#: Fields Discord documents for a request that the spec's schema lacks:
#: schema → field → its schema. (Each one seen sent by discord.py.)
EXTRA_FIELDS: dict[str, dict[str, dict]] = {
    # "nsfw? boolean — Indicates whether the command is age-restricted"
    # (discord-api-docs: interactions/application-commands, application command
    # object and its create/edit/bulk-overwrite params); the spec has it on the
    # response only. discord.py sends it with every command.
    "ApplicationCommandUpdateRequest": {"nsfw": {"type": ["boolean", "null"]}},
    "ApplicationCommandCreateRequest": {"nsfw": {"type": ["boolean", "null"]}},
    # discord.py 2.7 sends ``flags`` (0 unless set: embed flags, discord.py
    # ``Embed.flags``) with every embed, and ``tts: false`` with every message
    # edit (``http.handle_message_parameters``); Discord accepts both.
    "RichEmbed": {"flags": {"type": ["integer", "null"], "minimum": 0}},
    "MessageEditRequestPartial": {"tts": {"type": ["boolean", "null"]}},
    "IncomingWebhookUpdateRequestPartial": {"tts": {"type": ["boolean", "null"]}},
}
