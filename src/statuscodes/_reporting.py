"""What the adapters (`statuscodes.asgi`, `statuscodes.wsgi`, `statuscodes.clients`) share: one
call of the engine per response, and what to do with its findings (`on_finding`).

No rule lives here: the adapters translate their protocol into `Exchange`, and the engine judges.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

from . import _check
from ._data import Finding
from ._findings import Exchange, ResponseRuleError, ResponseRuleWarning, describe
from ._headers import media_type
from ._request_rules import Seen200, reads_request_field

# The adapters keep a body whole only up to this size, and only where a rule reads it.
KEPT_CONTENT = 64 * 1024
# The memo of findings holds at most this many responses, and a kept body only this large (one
# that varies, such as a JSON API's, would otherwise fill it with bodies of up to KEPT_CONTENT).
MEMO_ENTRIES = 512
MEMO_CONTENT = 4 * 1024
# A memo that served fewer than one response in MEMO_PAYS while it filled up is skipped for the
# next MEMO_PAUSE responses: where every response differs, a key costs and never pays.
MEMO_PAYS = 8
MEMO_PAUSE = 8 * MEMO_ENTRIES


OnFinding = str | Callable[[list[Finding], Exchange], object]
_MODES = ("warn", "log", "raise")


class Reporter:
    """Checks an exchange with the engine and hands the findings to `on_finding`.

    The engine is a pure function of the response (and the request's method and header fields),
    and an app sends the same few responses again and again: its findings are remembered, keyed
    on exactly those inputs, so that a repeated response costs a dict lookup, not a check.
    """

    __slots__ = ("_handle", "_history", "_hits", "_memo", "_paused", "raises")

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
        # Shared by the threads of a WSGI server without a lock: each dict operation is atomic
        # (locked on free-threaded builds), and an entry is never changed once stored.
        self._memo: dict[tuple[object, ...], tuple[tuple[Finding, ...], Seen200 | None]] = {}
        # Counts, not state: a count lost to a race only moves the next pause.
        self._hits = 0  # since the memo was last cleared
        self._paused = 0  # responses left that skip the memo
        self._history = _check.ResponseChecker()

    def check(self, exchange: Exchange) -> list[Finding]:
        """The findings for one exchange: the engine's (from the memo where the same response
        was seen before), and for a 304 or 206 the comparison with the 200 to a GET of the same
        target that this reporter saw last (as `ResponseChecker` does), which no memo can
        answer."""
        target = exchange.target
        if target is not None and exchange.status in _COMPARED_WITH_THE_200:
            seen = self._history._seen_for(target)
            if seen is not None:  # judged against that 200: no memo can answer it
                return run_engine(exchange, seen)[0]
        findings, seen_200 = self._findings(exchange)
        if target is not None and seen_200 is not None:
            if self._history._seen_for(target) is not seen_200:  # the memo's own: no change
                self._history._remember(target, seen_200)
        return findings

    def _findings(self, exchange: Exchange) -> tuple[list[Finding], Seen200 | None]:
        """What the engine finds in this exchange, from the memo where it was seen before, and
        what to remember of it where it is a 200 to a GET."""
        if self._paused > 0:  # not `if self._paused`: two threads racing may take it below 0
            self._paused -= 1
            return run_engine(exchange)
        key = memo_key(exchange)
        if key is None:
            return run_engine(exchange)
        memo = self._memo
        found = memo.get(key)
        if found is None:
            findings, seen_200 = run_engine(exchange)
            found = (tuple(findings), seen_200)
            if len(memo) >= MEMO_ENTRIES:
                if self._hits * MEMO_PAYS < MEMO_ENTRIES:
                    self._paused = MEMO_PAUSE
                self._hits = 0
                # Cleared, not evicted one by one: no order to keep, and every thread that races
                # here at worst checks a response again.
                memo.clear()
            memo[key] = found
        else:
            self._hits += 1
        return list(found[0]), found[1]  # a list of its own: a callable on_finding may change it

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


def memo_key(exchange: Exchange) -> tuple[object, ...] | None:
    """Everything `run_engine` reads of the exchange, as a key equal to another only where the
    engine reads both alike; None where it cannot be made so (then the engine runs each time).

    Of the request, only what its rules read (`_request_key`). Values must be exactly str,
    bytes, int or None: `True == 1` and `memoryview(b"x") == b"x"`, yet the engine reads neither
    as the other. The response's fields are kept whole: one that changes on every response (a
    request id, a fresh cookie) makes every response new.
    """
    method = exchange.method
    status = exchange.status
    content = exchange.content
    length = exchange.content_length
    if (
        method.__class__ is not str
        or not isinstance(status, int)  # anything else is the engine's TypeError to raise
        or (content is not None and (content.__class__ is not bytes or len(content) > MEMO_CONTENT))
        or (length is not None and length.__class__ is not int)
    ):
        return None
    headers = _fields_key(exchange.headers)
    if headers is None:
        return None
    request_headers = exchange.request_headers
    if request_headers is not None:
        request_headers = _request_key(request_headers)
        if request_headers is None:
            return None
    # The status's class too: True == 1, yet the engine refuses a bool.
    return (method, status.__class__, status, headers, request_headers, content, length)


def _fields_key(headers: object) -> tuple[object, ...] | None:
    """Header fields as a tuple of (name, value) pairs of exact str or bytes, read as the
    engine reads them (a list of pairs, or a mapping's `multi_items()` or `items()`)."""
    if headers.__class__ is list or headers.__class__ is tuple:
        pairs: Any = headers
    else:
        items = getattr(headers, "multi_items", None) or getattr(headers, "items", None)
        if not callable(items):
            return None
        pairs = tuple(items())
    for pair in pairs:
        if pair.__class__ is not tuple or len(pair) != 2:
            return None
        name, value = pair
        if (name.__class__ is not bytes and name.__class__ is not str) or (
            value.__class__ is not bytes and value.__class__ is not str
        ):
            return None
    return tuple(pairs)


def _request_key(headers: object) -> tuple[object, ...] | None:
    """Of the request's fields, only what the rules read (`reads_request_field`: which fields
    are there, and Upgrade's value), named as the engine names them: a request's cookies,
    agent or trace ids do not make its response new, and are not kept."""
    pairs: Any = _fields_key(headers)
    if pairs is None:
        return None
    key = []
    for name, value in pairs:
        # A server sends the same few names: each is read once (bytes and str apart, so that
        # python -bb never compares the two).
        names = _BYTES_NAMES if name.__class__ is bytes else _STR_NAMES
        read = names.get(name, _UNSEEN)
        if read is _UNSEEN:
            read = _read_name(names, name)
        if read is not None:
            key.append((read, value if read == "upgrade" else None))
    return tuple(key)


_UNSEEN = object()
_BYTES_NAMES: dict[object, object] = {}
_STR_NAMES: dict[object, object] = {}
_NAMES_KEPT = 1024


def _read_name(names: dict[object, object], name: Any) -> str | None:
    """The request field `name` as the engine names it, if a rule reads it; else None."""
    text = (name.decode("latin-1") if name.__class__ is bytes else name).strip().lower()
    read = text if reads_request_field(text) else None
    if len(names) >= _NAMES_KEPT:
        names.clear()  # names made up per request cannot grow it without bound
    names[name] = read
    return read


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


def keeps_content(content_type: str | bytes | None) -> bool:
    """Whether a rule reads this body: a JSON problem object (`PROBLEM_JSON`), the only body the
    rules read."""
    if content_type is None:
        return False
    if isinstance(content_type, bytes):
        # Most bodies are not JSON: no Latin-1 octet but J, S, O, N lowercases to j, s, o, n.
        if b"json" not in content_type.lower():
            return False
        content_type = content_type.decode("latin-1")
    return media_type(content_type) == _check.PROBLEM_JSON
