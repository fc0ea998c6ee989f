"""Slack's rules that its 2021 OpenAPI description (``specs/slack/web_openapi_v2.json``)
does not state, and Haven relies on.

Each rule names where it is documented. The spec check
(:mod:`tests.fakes.slack.spec`) applies them on top of the spec; nothing here
turns a check off.

Sources:

* PL — ``shared/PLATFORM_LIMITS.md`` (Slack section).
* BK — Slack's Block Kit reference (docs.slack.dev/reference/block-kit: blocks,
  block elements, composition objects) and views reference
  (docs.slack.dev/reference/views): the limits printed beside each field.
* WA — Slack's Web API method pages (docs.slack.dev/reference/methods/…), and
  "Using JSON in POST bodies" (docs.slack.dev/apis/web-api): JSON bodies carry
  ``blocks``/``view``/``attachments`` as JSON values, form bodies as
  JSON-encoded strings.
"""

from __future__ import annotations

#: Methods newer than the 2021 spec: parameter → (type, required). (WA)
NEWER_METHODS: dict[str, dict[str, tuple[str, bool]]] = {
    # Socket Mode (2021-01); app-level token in the Authorization header only.
    "apps.connections.open": {"token": ("string", True)},
    # The replacement of files.upload (2024), used by slack_sdk's files_upload_v2.
    "files.getUploadURLExternal": {
        "token": ("string", True),
        "filename": ("string", True),
        "length": ("integer", True),
        "alt_txt": ("string", False),
        "alt_text": ("string", False),
        "snippet_type": ("string", False),
    },
    "files.completeUploadExternal": {
        "token": ("string", True),
        "files": ("string", True),
        "channel_id": ("string", False),
        "channels": ("string", False),
        "initial_comment": ("string", False),
        "thread_ts": ("string", False),
        "blocks": ("string", False),
    },
}

#: Parameters Slack accepts today that the 2021 spec lacks, for the methods
#: Haven calls: method → parameter → type. (WA)
NEWER_PARAMS: dict[str, dict[str, str]] = {}

#: Parameters every method takes. ``team_id``: which workspace an org-wide
#: (Enterprise Grid) token acts in — WA documents it on the methods org apps
#: call, PL "Enterprise Grid: org installs have team null" — and bolt sends it
#: with every call its per-request client makes
#: (``AsyncWebClient(team_id=context.team_id)`` in slack_bolt's AsyncApp).
ANY_METHOD_PARAMS: dict[str, str] = {"team_id": "string"}

#: Parameters typed ``string`` in the spec that carry JSON: the JSON type they
#: must decode to. A JSON body may carry them decoded. (WA)
JSON_PARAMS: dict[str, type] = {
    "blocks": list,
    "attachments": list,
    "view": dict,
    "files": list,
    "metadata": dict,
}

#: Boolean parameters in a form body: Slack reads these spellings. (WA)
FORM_BOOLEANS = frozenset({"true", "false", "1", "0"})

# -- Block Kit (BK) -----------------------------------------------------------

#: Blocks per surface: a message 50 (BK "blocks"), a modal or App Home view 100
#: (BK views; PL "App Home: views.publish per user, ≤ 100 blocks").
MAX_BLOCKS = {"message": 50, "modal": 100, "home": 100}
#: A view's JSON, at most (PL "views < 250 kB").
MAX_VIEW_BYTES = 250_000

#: (owner type, field) → most characters of its text object / string. (BK)
TEXT_LIMITS: dict[tuple[str, str], int] = {
    ("section", "text"): 3000,
    ("section", "fields"): 2000,  # each field
    ("header", "text"): 150,
    ("context", "elements"): 3000,  # each text element
    ("button", "text"): 75,
    ("button", "value"): 2000,
    ("button", "url"): 3000,
    ("option", "text"): 75,
    ("option", "value"): 150,
    ("input", "label"): 2000,
    ("input", "hint"): 2000,
    ("placeholder", "text"): 150,
    ("modal", "title"): 24,
    ("modal", "submit"): 24,
    ("modal", "close"): 24,
}
#: Identifiers, anywhere: most characters. (BK)
ID_LIMITS = {"action_id": 255, "block_id": 255, "callback_id": 255, "private_metadata": 3000}
#: (owner type, list field) → most items. (BK)
COUNT_LIMITS: dict[tuple[str, str], int] = {
    ("section", "fields"): 10,
    ("actions", "elements"): 25,
    ("context", "elements"): 10,
    ("static_select", "options"): 100,
    ("multi_static_select", "options"): 100,
}
#: Fields that must be ``plain_text`` objects (no mrkdwn). (BK)
PLAIN_ONLY = frozenset(
    {
        ("header", "text"),
        ("button", "text"),
        ("option", "text"),
        ("input", "label"),
        ("input", "hint"),
        ("modal", "title"),
        ("modal", "submit"),
        ("modal", "close"),
    }
)
#: plain_text_input: max_length and min_length at most 3000. (BK)
INPUT_MAX_LENGTH = 3000
BUTTON_STYLES = frozenset({"primary", "danger"})
BLOCK_TYPES = frozenset(
    {"actions", "context", "divider", "file", "header", "image", "input", "markdown"}
    | {"rich_text", "section", "video"}
)
#: Interactive elements Haven may place in blocks. (BK block elements)
ELEMENT_TYPES = frozenset(
    {"button", "static_select", "plain_text_input", "number_input", "image"}
    | {"checkboxes", "radio_buttons", "datepicker", "timepicker", "overflow"}
    | {"users_select", "conversations_select", "channels_select", "multi_static_select"}
)
#: Top-level fields of a response_url POST (docs.slack.dev/interactivity/handling-user-interaction).
RESPONSE_URL_FIELDS = frozenset(
    {"text", "blocks", "attachments", "response_type", "replace_original", "delete_original"}
    | {"thread_ts", "mrkdwn"}
)
