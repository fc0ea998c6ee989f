import io
import logging
import uuid

import pytest

from bot.redaction import RedactingFilter, install_redaction

TOKEN = "xoxb-1234567890-very-secret"
KEY = "k3y-Material-0123456789abcdef="


@pytest.fixture
def stream():
    return io.StringIO()


@pytest.fixture
def logger(stream):
    """A private logger writing to ``stream`` through a real StreamHandler."""
    log = logging.getLogger(f"test.redaction.{uuid.uuid4().hex}")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    log.addHandler(handler)
    yield log
    log.removeHandler(handler)
    log.filters.clear()


def test_percent_args_are_redacted(logger, stream):
    install_redaction([TOKEN], logger)

    logger.info("connecting with %s to %s", TOKEN, "slack")

    text = stream.getvalue()
    assert TOKEN not in text
    assert "INFO connecting with [redacted] to slack" in text


def test_fstring_message_is_redacted(logger, stream):
    install_redaction([TOKEN, KEY], logger)

    logger.warning(f"token={TOKEN} key={KEY}")

    text = stream.getvalue()
    assert TOKEN not in text
    assert KEY not in text
    assert "token=[redacted] key=[redacted]" in text


def test_exception_traceback_is_redacted(logger, stream):
    install_redaction([TOKEN], logger)

    try:
        raise RuntimeError(f"auth failed for {TOKEN}")
    except RuntimeError:
        logger.exception("login failed")

    text = stream.getvalue()
    assert TOKEN not in text
    assert "RuntimeError: auth failed for [redacted]" in text
    assert "Traceback (most recent call last)" in text


def test_records_from_child_loggers_are_redacted_by_the_handler(logger, stream):
    install_redaction([TOKEN], logger)
    child = logging.getLogger(f"{logger.name}.child")

    child.error("child saw %s", TOKEN)

    text = stream.getvalue()
    assert TOKEN not in text
    assert "child saw [redacted]" in text


def test_root_logger_is_the_default():
    root = logging.getLogger()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root.addHandler(handler)
    redactor = install_redaction([TOKEN])
    try:
        logging.getLogger(f"test.redaction.{uuid.uuid4().hex}").warning("token %s", TOKEN)
    finally:
        root.removeFilter(redactor)
        for each in root.handlers:
            each.removeFilter(redactor)
        root.removeHandler(handler)

    assert stream.getvalue() == "token [redacted]\n"


def test_short_and_empty_secrets_are_ignored(logger, stream):
    install_redaction(["", "abc", TOKEN], logger)

    logger.info("abc and %s", TOKEN)

    assert "abc and [redacted]" in stream.getvalue()


def test_a_secret_containing_another_is_masked_whole(logger, stream):
    inner = TOKEN[:12]
    install_redaction([inner, TOKEN], logger)

    logger.info("token %s", TOKEN)

    assert "token [redacted]\n" in stream.getvalue()


def test_filter_keeps_every_record_and_can_be_removed(logger, stream):
    redactor = install_redaction([TOKEN], logger)
    logger.removeFilter(redactor)
    for handler in logger.handlers:
        handler.removeFilter(redactor)

    logger.info("plain %s", TOKEN)

    assert TOKEN in stream.getvalue()
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s", (TOKEN,), None)
    assert redactor.filter(record) is True
    assert record.getMessage() == "[redacted]"


def test_unformattable_arguments_are_still_redacted():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "%d items", (TOKEN,), None)

    RedactingFilter([TOKEN]).filter(record)

    assert TOKEN not in record.getMessage()
    assert "[redacted]" in record.getMessage()
