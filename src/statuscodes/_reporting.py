"""What the adapters (`statuscodes.asgi`, `statuscodes.wsgi`, `statuscodes.clients`) share: one
call of the engine per response, and what to do with its findings (`on_finding`).

No rule lives here: the adapters translate their protocol into `Exchange`, and the engine judges.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from . import _check, _memo
from ._data import Finding
from ._findings import Exchange, ResponseRuleError, ResponseRuleWarning, describe
from ._memo import NOT_READ, Memo, memo_key
from ._request_rules import Seen200

# The adapters keep a body whole only up to this size, and only where a rule reads it.
KEPT_CONTENT = 64 * 1024
OnFinding = str | Callable[[list[Finding], Exchange], object]
_MODES = ("warn", "log", "raise")


class Reporter:
    """Checks an exchange with the engine and hands the findings to `on_finding`.

    The engine is a pure function of the response (and the request's method and header fields),
    and an app sends the same few responses again and again: its findings are remembered, keyed
    on exactly those inputs, so that a repeated response costs a dict lookup, not a check.
    """

    __slots__ = ("_handle", "_history", "_memo", "raises")

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
        self._memo: Memo[tuple[tuple[Finding, ...], Seen200 | None]] = Memo()
        self._history = _check.ResponseChecker()

    def check(self, exchange: Exchange) -> list[Finding]:
        """The findings for one exchange: the engine's (from the memo where the same response
        was seen before), and for a 304 or 206 the comparison with the 200 to a GET of the same
        target that this reporter saw last (as `ResponseChecker` does), which no memo can
        answer."""
        return self.check_parts(
            exchange.method,
            exchange.target,
            exchange.status,
            exchange.headers,
            exchange.request_headers,
            exchange.content,
            exchange.content_length,
        )

    def check_parts(
        self,
        method: str,
        target: str | None,
        status: int,
        headers: Any,
        request_headers: Any,
        content: bytes | None,
        content_length: int | None,
        fields_key: object = NOT_READ,
    ) -> list[Finding]:
        """`check` of the exchange these parts make, which is built only where the engine runs
        (a repeated response costs no `Exchange`). `fields_key` is what `response_fields` made
        of the headers, where the adapter read them already."""
        history = self._history
        if target is not None and status in _COMPARED_WITH_THE_200:
            seen = history._seen_for(target)
            if seen is not None:  # judged against that 200: no memo can answer it
                exchange = Exchange(
                    method, target, status, headers, request_headers, content, content_length
                )
                return run_engine(exchange, seen)[0]
        memo = self._memo
        if memo.paused > 0 and memo.skips():  # the attribute first: no call while it pays
            key = None
        else:
            key = memo_key(
                method,
                status,
                _memo.fields_key(headers) if fields_key is NOT_READ else fields_key,
                request_headers,
                content,
                content_length,
            )
        found = None if key is None else memo.get(key)
        if found is None:
            exchange = Exchange(
                method, target, status, headers, request_headers, content, content_length
            )
            findings, seen_200 = run_engine(exchange)
            found = (tuple(findings), seen_200)
            if key is not None:
                memo.put(key, found)
        seen_200 = found[1]  # what a 304 or 206 to its target is judged against
        if (
            target is not None
            and seen_200 is not None
            and history._seen.get(target) is not seen_200
        ):
            history._remember(target, seen_200)
        return list(found[0])  # a list of its own: a callable on_finding may change it

    def report(self, findings: list[Finding], exchange: Exchange) -> None:
        if findings:
            self._handle(findings, exchange)


def run_engine(
    exchange: Exchange, seen: Seen200 | None = None
) -> tuple[list[Finding], Seen200 | None]:
    """One call of the engine (the body where it was kept, else its length, and the request's
    fields; the 200 `seen` to compare a 304 or 206 with), and for a 200 to a GET what a later
    304 or 206 to its target is compared with. The headers are read once: they may be an
    iterator."""
    findings, code, fields, method = _check.judge(
        exchange.status,
        exchange.headers,
        exchange.content,
        exchange.content_length,
        exchange.method,
        exchange.request_headers,
        seen,
    )
    return findings, Seen200(fields) if code == 200 and method == "GET" else None


_COMPARED_WITH_THE_200 = (304, 206)


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
