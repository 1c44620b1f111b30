"""What the adapters (`statuscodes.asgi`, `statuscodes.wsgi`, `statuscodes.clients`) share: one
call of the engine per response, and what to do with its findings (`on_finding`).

No rule lives here: the adapters translate their protocol into `Exchange`, and the engine judges.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence

from . import _check
from ._data import Finding
from ._findings import Exchange, ResponseRuleError, ResponseRuleWarning, describe
from ._memo import Head, ResponseMemo, Start, body_key
from ._request_rules import Seen200

# The adapters keep a body whole only up to this size, and only where a rule reads it.
KEPT_CONTENT = 64 * 1024
OnFinding = str | Callable[[list[Finding], Exchange], object]
_MODES = ("warn", "log", "raise")
# What the memo holds for a response: its findings, and the 200 a later 304 or 206 is judged by.
Answer = tuple[tuple[Finding, ...], Seen200 | None]


class Reporter:
    """Checks an exchange with the engine and hands the findings to `on_finding`.

    The engine is a pure function of the response (and the request's method and header fields),
    and an app sends the same few responses again and again: its findings are remembered, keyed
    on exactly those inputs (`ResponseMemo`), so that a repeated response costs two lookups, not
    a check.
    """

    __slots__ = ("_handle", "_history", "_memo", "head", "raises")

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
        self._memo: ResponseMemo[Answer] = ResponseMemo()
        #: What the memo makes of a response's start (`ResponseMemo.head`), for `check_parts`:
        #: an adapter that has the start before the body asks for it there, and reads
        #: `keeps_body` of it. (Bound once: an adapter asks once per response.)
        self.head = self._memo.head
        self._history = _check.ResponseChecker()

    def check(self, exchange: Exchange) -> list[Finding]:
        """The findings for one exchange: the engine's (from the memo where the same response
        was seen before), and for a 304 or 206 the comparison with the 200 to a GET of the same
        target that this reporter saw last (as `ResponseChecker` does), which no memo can
        answer."""
        start = (
            exchange.method,
            exchange.target,
            exchange.status,
            exchange.headers,
            exchange.request_headers,
        )
        return list(self.check_parts(start, exchange.content, exchange.content_length))

    def check_parts(
        self,
        start: Start,
        content: bytes | None,
        content_length: int | None,
        head: Head[Answer] | None = None,
    ) -> tuple[Finding, ...]:
        """`check` of the exchange that `start` and this body make, which is built only where
        the engine runs (a repeated response costs no `Exchange`). `head` is what `head` made
        of the same start, where the adapter asked already. The findings are the memo's own:
        `report` hands on a copy."""
        method, target, status, headers, request_headers = start
        history = self._history
        if target is not None and status in _COMPARED_WITH_THE_200:
            seen = history._seen_for(target)
            if seen is not None:  # judged against that 200: no memo can answer it
                exchange = Exchange(*start, content, content_length)
                return tuple(run_engine(exchange, seen)[0])
        if head is None:
            head = self._memo.head(start, body_known=True)
        found = head.answers.get(body_key(content, content_length))
        if found is None:
            findings, seen_200 = run_engine(Exchange(*start, content, content_length))
            found = (tuple(findings), seen_200)
            self._memo.put(head, content, content_length, found)
        seen_200 = found[1]  # what a 304 or 206 to its target is judged against
        if seen_200 is not None and target is not None:
            remembered = history._seen
            # The newest again, as ResponseChecker has it (the oldest is forgotten first),
            # without its lock where it is the newest already: an app's one page again.
            if remembered.get(target) is not seen_200 or next(reversed(remembered), None) != target:
                history._remember(target, seen_200)
        return found[0]

    def report(self, findings: Sequence[Finding], exchange: Exchange) -> None:
        if findings:
            self._handle(list(findings), exchange)  # a list of its own: the handler may change it


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
