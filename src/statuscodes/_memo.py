"""What the adapters remember: the findings of the responses seen before, keyed on what the
engine reads of them (`memo_key`), and the reading of a list of header fields seen before
(`response_fields`). Bounded, and skipped where it does not pay (`Memo`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ._check import reads_response_field
from ._headers import fields_of
from ._request_rules import FIELDS_READ_FOR, REQUEST_VALUES_READ, reads_request_field
from ._rules import reads_content

# The memo of findings holds at most this many responses, and a kept body only this large (one
# that varies, such as a JSON API's, would otherwise fill it with bodies of up to KEPT_CONTENT).
MEMO_ENTRIES = 512
MEMO_CONTENT = 4 * 1024
# A memo that served fewer than one response in MEMO_PAYS while it filled up is skipped for the
# next MEMO_PAUSE responses: where every response differs, a key costs and never pays.
MEMO_PAYS = 8
MEMO_PAUSE = 8 * MEMO_ENTRIES


_Answer = TypeVar("_Answer")
# Reporter.check_parts's fields_key where the adapter has not read the fields (None means "cannot").
NOT_READ: Any = object()


class Memo(Generic[_Answer]):
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


def fields_key(headers: object) -> tuple[object, ...] | None:
    """What the memo keys on of a response's header fields (None: it cannot)."""
    return _RESPONSE_FIELDS.key(headers, [])


def response_fields(headers: object) -> tuple[tuple[object, ...] | None, bool]:
    """What the memo keys on of a response's header fields (None: it cannot), and whether a rule
    reads the body (`reads_content` of a Content-Type); remembered for a list of pairs of bytes
    seen before, as an ASGI app sends them."""
    exact = None
    pairs: Any = headers
    if (
        pairs.__class__ is list
        and pairs
        and pairs[0].__class__ is tuple
        and not (_KNOWN_FIELDS.paused > 0 and _KNOWN_FIELDS.skips())
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
_KNOWN_FIELDS: Memo[tuple[tuple[object, ...] | None, bool]] = Memo()


def _read_fields(headers: object) -> tuple[tuple[object, ...] | None, bool]:
    types: list[Any] = []
    key = _RESPONSE_FIELDS.key(headers, types)
    if key is None:  # read as the engine reads them
        types = fields_of(headers, "headers", "content-type".__eq__).get("content-type", [])
    return key, any(map(reads_content, types))


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
