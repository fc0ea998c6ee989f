"""Benchmark: reading and showing member text stays linear in its length.

    .venv/bin/python benchmarks/text_parsing.py [--sizes 10000,20000,40000,80000]

For each adversarial shape (colons after names, quotes, brackets, mentions)
and each size, the CPU time of ``bot.parsing.tokenize`` and of Slack's
``mrkdwn`` rendering. Linear code doubles its time when the size doubles;
the quadratic tokenizer of issue #15 took 9.8 s for 80,000 characters.
The command-text cap (``MAX_COMMAND_TEXT``) keeps real inputs far smaller.
Prints one line per shape and size; exits non-zero when doubling the size
ever more than triples the time (with a floor for timer noise).
"""

from __future__ import annotations

import argparse
import sys
import time

from adapters.slack.render import mrkdwn
from bot.parsing import UsageError, tokenize

SHAPES = {
    "name:colons": (lambda n: "a:" * (n // 2), tokenize),
    "colons": (lambda n: ":" * n, tokenize),
    "quotes": (lambda n: 'a:"b":' * (n // 6), tokenize),
    "[brackets": (lambda n: "[" * n, mrkdwn),
    "<@U12|mentions": (lambda n: "<@U12|" * (n // 6), mrkdwn),
}
FLOOR = 0.005  # seconds: below this, timer noise decides the ratio


def cpu(fn, text: str) -> float:
    started = time.process_time()
    try:
        fn(text)
    except UsageError:
        pass
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000,40000,80000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    worst = 0.0
    for name, (make, fn) in SHAPES.items():
        previous = None
        for size in sizes:
            seconds = cpu(fn, make(size))
            ratio = seconds / max(previous, FLOOR) if previous is not None else 1.0
            worst = max(worst, ratio if seconds > FLOOR else 1.0)
            print(f"{name:18} {size:>7} chars  {seconds * 1000:8.1f} ms  ×{ratio:.1f}")
            previous = seconds
    return 0 if worst <= 3.0 else 1


if __name__ == "__main__":
    sys.exit(main())
