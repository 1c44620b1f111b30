"""What the adapters (`statuscodes.asgi`, `statuscodes.wsgi`, `statuscodes.clients`) share: one
call of the engine per response, and what to do with its findings (`on_finding`).

No rule lives here: the adapters translate their protocol into `Exchange`, and the engine judges.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

from . import _check
from ._data import Finding
from ._findings import Exchange, ResponseRuleError, ResponseRuleWarning, describe

# The adapters keep a body whole only up to this size, and only where a rule reads it.
KEPT_CONTENT = 64 * 1024


OnFinding = str | Callable[[list[Finding], Exchange], object]
_MODES = ("warn", "log", "raise")


class Reporter:
    """Checks an exchange with the engine and hands the findings to `on_finding`."""

    __slots__ = ("_check", "_handle", "raises")

    def __init__(self, on_finding: OnFinding) -> None:
        if callable(on_finding):
            self._handle: Callable[[list[Finding], Exchange], object] = on_finding
        elif on_finding == "warn":
            self._handle = _warn
        elif on_finding == "log":
            self._handle = _log
        elif on_finding == "raise":
            self._handle = _raise
        else:
            raise ValueError(
                f"on_finding must be one of {', '.join(map(repr, _MODES))} or a callable "
                f"taking (findings, exchange), not {on_finding!r}"
            )
        #: True when findings must wait until the response is fully sent (they raise).
        self.raises = on_finding == "raise"
        self._check = _engine()

    def check(self, exchange: Exchange) -> list[Finding]:
        return self._check(exchange)

    def report(self, findings: list[Finding], exchange: Exchange) -> None:
        if findings:
            self._handle(findings, exchange)


def _warn(findings: list[Finding], exchange: Exchange) -> None:
    for finding in findings:
        target = f" {exchange.target}" if exchange.target is not None else ""
        message = f"{exchange.method}{target}: {finding.level}: {finding.message}"
        # stacklevel: the adapter's frame is not where the response was made; point past it.
        warnings.warn(message, ResponseRuleWarning, stacklevel=3)


def _log(findings: list[Finding], exchange: Exchange) -> None:
    import logging  # only "log" needs it: `import statuscodes.asgi` stays light

    logging.getLogger("statuscodes").warning("%s", describe(findings, exchange))


def _raise(findings: list[Finding], exchange: Exchange) -> None:
    raise ResponseRuleError(findings, exchange)


def _engine() -> Callable[[Exchange], list[Finding]]:
    """One call of the engine per exchange: the body where it was kept, else its length."""

    def run(exchange: Exchange) -> list[Finding]:
        return _check.check_response(
            exchange.status,
            exchange.headers,
            content=exchange.content,
            content_length=exchange.content_length,
            method=exchange.method,
        )

    return run


def keeps_content(content_type: str | bytes | None) -> bool:
    """Whether a rule reads this body: a JSON problem object (`application/problem+json`, or any
    `+json` type)."""
    if content_type is None:
        return False
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    media_type = content_type.partition(";")[0].strip().lower()
    return media_type.endswith("+json")
