"""What the adapters (`statuscodes.asgi`, `statuscodes.wsgi`, `statuscodes.clients`) share: one
call of the engine per response, and what to do with its findings (`on_finding`).

No rule lives here: the adapters translate their protocol into `Exchange`, and the engine judges.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from . import _check
from ._check import reads_response_field
from ._data import Finding
from ._findings import Exchange, ResponseRuleError, ResponseRuleWarning, describe
from ._headers import fields_of, media_type
from ._request_rules import FIELDS_READ_FOR, REQUEST_VALUES_READ, Seen200, reads_request_field

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
_Answer = TypeVar("_Answer")
# Reporter.check's fields_key when the adapter has not read the fields (None is a key: "none").
_NOT_READ: Any = object()
_MODES = ("warn", "log", "raise")


class _Memo(Generic[_Answer]):
    """Answers remembered by key, at most MEMO_ENTRIES, cleared when full (no order to keep);
    one that served fewer than one lookup in MEMO_PAYS while it filled up is skipped for the
    next MEMO_PAUSE: where every input differs, a key costs and never pays.

    Shared by threads without a lock: each dict operation is atomic (locked on free-threaded
    builds), an entry is never changed once stored, and the counts are counts, not state: one
    lost to a race only moves the next pause.
    """

    __slots__ = ("entries", "hits", "paused")

    def __init__(self) -> None:
        self.entries: dict[object, _Answer] = {}
        self.hits = 0  # since the memo was last cleared
        self.paused = 0  # lookups left that skip the memo

    def skips(self) -> bool:
        """Whether to do without the memo this time."""
        if self.paused > 0:  # not `if self.paused`: two threads racing may take it below 0
            self.paused -= 1
            return True
        return False

    def get(self, key: object) -> _Answer | None:
        found = self.entries.get(key)
        if found is not None:
            self.hits += 1
        return found

    def put(self, key: object, answer: _Answer) -> None:
        entries = self.entries
        if len(entries) >= MEMO_ENTRIES:
            if self.hits * MEMO_PAYS < MEMO_ENTRIES:
                self.paused = MEMO_PAUSE
            self.hits = 0
            entries.clear()  # every thread that races here at worst reads or checks again
        entries[key] = answer


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
        self._memo: _Memo[tuple[tuple[Finding, ...], Seen200 | None]] = _Memo()
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
        fields_key: object = _NOT_READ,
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
        if memo.skips():
            key = None
        else:
            if fields_key is _NOT_READ:
                fields_key = _RESPONSE_FIELDS.key(headers, [])
            key = memo_key(method, status, fields_key, request_headers, content, content_length)
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


def memo_key(
    method: str,
    status: int,
    fields_key: object,
    request_headers: Any,
    content: bytes | None,
    length: int | None,
) -> tuple[object, ...] | None:
    """Everything `run_engine` reads of an exchange, as a key equal to another only where the
    engine reads both alike; None where it cannot be made so (then the engine runs each time).
    `fields_key` is the response's fields as `_FieldsKey` reads them.

    Of the fields, only those the rules read (`reads_response_field`, `reads_request_field`:
    the engine keeps no other; the request's only for the codes whose rules read them), named
    as the engine names them: a request id, a cookie or a server name does not make a response
    new. Each value must be exactly of the class it seems: `True == 1`, yet the engine refuses
    a bool.
    """
    if (
        fields_key is None
        or method.__class__ is not str
        or not isinstance(status, int)  # anything else is the engine's TypeError to raise
        or (content is not None and (content.__class__ is not bytes or len(content) > MEMO_CONTENT))
        or (length is not None and length.__class__ is not int)
    ):
        return None
    if request_headers is not None:
        if status not in FIELDS_READ_FOR and (
            request_headers.__class__ is list or request_headers.__class__ is tuple
        ):
            request_headers = ()  # given (the rules on the method run), and no rule reads them
        else:
            request_headers = _REQUEST_FIELDS.key(request_headers, [])
            if request_headers is None:
                return None
    # The status's class too: True == 1, yet the engine refuses a bool.
    return (method, status.__class__, status, fields_key, request_headers, content, length)


def response_fields(headers: object) -> tuple[tuple[object, ...] | None, bool]:
    """What the memo keys on of a response's header fields (None: it cannot), and whether a rule
    reads the body (`keeps_content` of a Content-Type); remembered for a list of pairs of bytes
    seen before, as an ASGI app sends them."""
    exact = None
    pairs: Any = headers
    if (
        pairs.__class__ is list
        and pairs
        and pairs[0].__class__ is tuple
        and not _KNOWN_FIELDS.skips()
    ):
        # The first name's class first: a list of str never compares with one of bytes (whose
        # hash is the same). One that mixes them, which ASGI does not allow, may: python -b
        # warns of it, and under -bb it is read as below.
        exact = (pairs[0][0].__class__, *pairs)
        try:
            known = _KNOWN_FIELDS.get(exact)
        except (TypeError, BytesWarning):  # unhashable (a list, a bytearray); or str, under -bb
            exact = known = None
        if known is not None:
            # Equal to pairs of bytes: pairs of bytes, or of what the engine reads as bytes.
            return known
    known = _read_fields(headers)
    if exact is not None and all(map(_is_bytes_pair, pairs)):
        _KNOWN_FIELDS.put(exact, known)
    return known


def _is_bytes_pair(pair: Any) -> bool:
    return (
        pair.__class__ is tuple
        and len(pair) == 2
        and pair[0].__class__ is bytes
        and pair[1].__class__ is bytes
    )


# Shared by every reporter: the reading of a list of fields is the same for all.
_KNOWN_FIELDS: _Memo[tuple[tuple[object, ...] | None, bool]] = _Memo()


def _read_fields(headers: object) -> tuple[tuple[object, ...] | None, bool]:
    types: list[Any] = []
    key = _RESPONSE_FIELDS.key(headers, types)
    if key is None:  # read as the engine reads them
        types = fields_of(headers, "headers", "content-type".__eq__).get("content-type", [])
    return key, any(map(keeps_content, types))


_UNSEEN: Any = object()
_STR: Any = object()


class _FieldsKey:
    """What the memo keys on of one side's header fields: those that `reads` (the only ones
    the engine keeps), names as the engine names them, values as they came (or not at all: the
    names not in `values_read`, of which the rules read only that they are there)."""

    __slots__ = ("_bytes_names", "_reads", "_str_names", "_values_read")
    _NAMES_KEPT = 1024

    def __init__(self, reads: Callable[[str], bool], values_read: frozenset[str] | None) -> None:
        self._reads = reads
        self._values_read = values_read
        # Each spelling of a name worked out once: a server sends the same few. Apart, so that
        # python -bb never compares bytes with str (their hashes are equal).
        self._bytes_names: dict[bytes, str | None] = {}
        self._str_names: dict[str, str | None] = {}

    def key(self, headers: object, watched: list[Any]) -> tuple[object, ...] | None:
        """A flat tuple of the fields read, from a list of pairs or a mapping's `multi_items()`
        or `items()` (as the engine reads them); the values of Content-Type are added to
        `watched` on the way. None where a pair, or a name or a value the engine keeps, is of a
        kind the key cannot hold."""
        if headers.__class__ is list or headers.__class__ is tuple:
            pairs: Any = headers
        else:
            items = getattr(headers, "multi_items", None) or getattr(headers, "items", None)
            if not callable(items):
                return None
            pairs = items()
        values_read = self._values_read
        key: list[object] = []
        for pair in pairs:
            if pair.__class__ is not tuple and pair.__class__ is not list:
                return None
            try:
                name, value = pair
            except ValueError:
                return None
            if name.__class__ is bytes:
                known: dict[Any, str | None] = self._bytes_names
            elif name.__class__ is str:
                known = self._str_names
            else:
                return None
            read = known.get(name, _UNSEEN)
            if read is _UNSEEN:
                read = self._learn(known, name)
            if read is None:
                continue  # the engine keeps no such field, whatever its value
            if value.__class__ is not bytes and value.__class__ is not str:
                return None  # the engine may skip it (None), or read it as several (a list)
            if values_read is not None and read not in values_read:
                key.append(read)  # there, whatever it says
                continue
            if value.__class__ is str:
                # Values are kept as they came (decoding bytes would cost more than the rest):
                # a mark before each str one keeps it from ever being compared with bytes.
                key.append(_STR)
            if read == "content-type":
                watched.append(value)
            key += read, value
        return tuple(key)

    def _learn(self, known: dict[Any, str | None], name: bytes | str) -> str | None:
        """The field `name` as the engine names it, if a rule reads it; else None."""
        text = name.decode("latin-1") if isinstance(name, bytes) else name
        text = text.strip().lower()
        read = text if self._reads(text) else None
        if len(known) >= self._NAMES_KEPT:
            known.clear()  # names made up per request cannot grow it without bound
        known[name] = read
        return read


_RESPONSE_FIELDS = _FieldsKey(reads_response_field, None)
_REQUEST_FIELDS = _FieldsKey(reads_request_field, REQUEST_VALUES_READ)


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
        if content_type.lower().find(b"json") < 0:  # not `in`, which tries the int path first
            return False
        content_type = content_type.decode("latin-1")
    elif "json" not in content_type.lower():  # what media_type() lowercases has none either
        return False
    return media_type(content_type) == _check.PROBLEM_JSON
