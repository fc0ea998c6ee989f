"""What bolt and slack_sdk may log (see bot/payload_logs.py).

bolt logs a whole request body when its signature is wrong or too old, and the
response it sends; slack_sdk logs Web API request and response bodies, Socket
Mode envelopes, and the response_url (with the reply) it posts to. Their
messages are f-strings, so each is cut where its payload begins.
"""

from bot.platform import Rule, add_rules

#: Where a payload begins in a bolt or slack_sdk message, e.g.
#: ``Invalid request signature detected (signature: …, timestamp: …, body: …)``,
#: ``Received the following response - status: 200, headers: …, body: …``.
PAYLOAD = (
    r"[\s(,]*\b(?:signature|body|json_body|body_params|query_params|files|headers|"
    r"message|data|payload|envelope|submission|response_url|code)\s*[:=]|\(\{|\{['\"]"
)
#: Haven's own bolt, OAuth flow and Web API client loggers (adapters/slack/app.py,
#: oauth.py); the OAuth flow logs an install's one-time code.
RULES = (
    Rule("slack_bolt", cut=PAYLOAD),
    Rule("slack_sdk", cut=PAYLOAD),
    # The webhook client posts to response_urls: the URL itself is a credential.
    Rule("slack_sdk.webhook", cut=r"\burl:|https?://"),
    Rule("haven.slack.bolt", cut=PAYLOAD),
    Rule("haven.slack.web", cut=PAYLOAD),
    Rule("haven.slack.oauth", cut=PAYLOAD),
)


def guard_slack_logs() -> None:
    add_rules(RULES)
