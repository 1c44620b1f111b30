"""What the adapters remember, so that a response seen before costs lookups, not a check: what
the engine reads of a response's start (`Head`), and the answer for a head and a body
(`ResponseMemo`). Bounded, and skipped where it does not pay (`Memo`).
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
# What an adapter knows of a response once it starts: the method, the target, the status, the
# header fields and the request's header fields (the arguments of `Exchange` but the body).
Start = tuple[str, str | None, int, Any, Any]


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


class Head(Generic[_Answer]):
    """What the engine reads of a response's start (its method, status and header fields, and
    its request's fields where the rules of its code read them), as `ResponseMemo.head` made it,
    and the answers for each body seen after it. Equal starts get the same head while the memo
    holds it."""

    __slots__ = ("answers", "keeps_body", "memoized")

    def __init__(self, keeps_body: bool, *, memoized: bool) -> None:
        #: Whether a rule reads the body (`reads_content` of a Content-Type).
        self.keeps_body = keeps_body
        #: Whether the memo holds this head (else its answers stay empty): not where the key
        #: cannot be made, nor while the memo of heads is skipped.
        self.memoized = memoized
        #: The answers for each body seen after this head, by `body_key`.
        self.answers: dict[object, _Answer] = {}


class ResponseMemo(Generic[_Answer]):
    """One reporter's memory of the responses it saw: a list of header fields seen before, as
    it came, gives its `Head` at the cost of one lookup; a head's key gives the head (a request
    id or a cookie does not make a response new); a head and a body give the answer. At most
    MEMO_ENTRIES answers in all: every head's are dropped when there are more.
    """

    __slots__ = ("answered", "exact", "heads")

    def __init__(self) -> None:
        self.exact: Memo[Head[_Answer]] = Memo()
        self.heads: Memo[Head[_Answer]] = Memo()
        self.answered = 0  # answers stored since they were last dropped

    def head(self, start: Start, *, body_known: bool = False) -> Head[_Answer]:
        """The head of a response from its start (method, target, status, header fields,
        request's fields): the one made before for an equal list of pairs of bytes or of str (as
        an ASGI app or a WSGI server gives them) or for an equal key, else a new one. Where the
        body is `body_known` already, the head's `keeps_body` is not asked: while the memo of
        heads is skipped, such a head is not read at all."""
        method, _, status, headers, request_headers = start
        exact = None
        pairs = headers
        if (
            pairs.__class__ is list
            and pairs
            and pairs[0].__class__ is tuple
            and len(pairs[0]) == 2  # its name's class is in the key
            and method.__class__ is str
            and status.__class__ is int
            and status not in FIELDS_READ_FOR  # the request's fields are not in this key
            and (request_headers is None or request_headers.__class__ in _SEQUENCES)
            and not (self.exact.paused > 0 and self.exact.skips())
        ):
            # The first name's class first: a list of str never compares with one of bytes
            # (whose hash is the same). One that mixes them, which ASGI does not allow, may:
            # python -b warns of it, and under -bb it is read as below.
            exact = (method, status, request_headers is None, pairs[0][0].__class__, *pairs)
            try:
                known = self.exact.entries.get(exact)  # Memo.get inline: the hot path
            except (TypeError, ValueError, BytesWarning):
                # unhashable (a list, a bytearray; a writable memoryview: ValueError), or -bb
                exact = known = None
            if known is not None:
                self.exact.hits += 1
                # Equal to pairs of bytes (or of str): pairs of what the engine reads alike.
                return known
        skipped = self.heads.paused > 0 and self.heads.skips()
        if skipped and body_known:
            return _NOT_HELD[False]  # no reading at all: its keeps_body is not asked
        head = self._read(method, status, headers, request_headers, held=not skipped)
        if exact is not None and head.memoized and _all_pairs_of(exact[3], pairs):
            self.exact.put(exact, head)
        return head

    def _read(
        self, method: str, status: int, headers: Any, request_headers: Any, *, held: bool
    ) -> Head[_Answer]:
        """A head read from the fields, and held in the memo of heads (if `held`), or the one
        held already for the same key."""
        watched: list[Any] = []
        fields_key = _RESPONSE_FIELDS.key(headers, watched)
        if fields_key is None and not hasattr(headers, "__next__"):
            # Read as the engine reads them. (An iterator is not: only the engine may, once.)
            watched = fields_of(headers, "headers", "content-type".__eq__).get("content-type", [])
        keeps_body = any(map(reads_content, watched))
        key = (
            None
            if fields_key is None or not held
            else head_key(method, status, fields_key, request_headers)
        )
        if key is None:
            return _NOT_HELD[keeps_body]
        head = self.heads.get(key)
        if head is None:
            head = Head(keeps_body, memoized=True)
            self.heads.put(key, head)
        return head

    def put(
        self, head: Head[_Answer], content: bytes | None, length: int | None, answer: _Answer
    ) -> None:
        answers = head.answers
        key = body_key(content, length)
        if not head.memoized or key is NO_KEY:
            return
        self.answered += 1
        if self.answered > MEMO_ENTRIES:
            self.answered = 1
            # The heads stay, with their own counts; a head dropped from both memos is
            # dropped with its answers. (Copies: another thread may be adding a head.)
            for held in (*self.exact.entries.copy().values(), *self.heads.entries.copy().values()):
                held.answers.clear()
            answers.clear()
        answers[key] = answer


# The heads the memo does not hold, by keeps_body: shared, as their answers stay empty.
_NOT_HELD: dict[bool, Head[Any]] = {keeps: Head(keeps, memoized=False) for keeps in (False, True)}
_SEQUENCES = (list, tuple)
NO_KEY: Any = object()  # found in no dict of answers


def body_key(content: bytes | None, length: int | None) -> object:
    """What a head's answers are keyed on of the body: its length where it was not kept, else
    the body and its length; `NO_KEY` where the memo cannot hold it. Each value must be
    exactly of the class it seems: `True == 1`, yet the engine refuses a bool."""
    if length is not None and length.__class__ is not int:
        return NO_KEY
    if content is None:
        return length
    if content.__class__ is not bytes or len(content) > MEMO_CONTENT:
        return NO_KEY
    return (content, length)


def head_key(
    method: str, status: int, fields_key: tuple[object, ...], request_headers: Any
) -> tuple[object, ...] | None:
    """Everything `run_engine` reads of an exchange but its body, as a key equal to another only
    where the engine reads both alike; None where it cannot be made so (then the engine runs
    each time). `fields_key` is the response's fields as `_FieldsKey` reads them.

    Of the fields, only those the rules read (`reads_response_field`, `reads_request_field`:
    the engine keeps no other; the request's only for the codes whose rules read them), named
    as the engine names them: a request id, a cookie or a server name does not make a response
    new. Each value must be exactly of the class it seems: `True == 1`, yet the engine refuses
    a bool.
    """
    if method.__class__ is not str or not isinstance(status, int):
        return None  # anything else is the engine's TypeError to raise
    if request_headers is not None:
        if status not in FIELDS_READ_FOR and request_headers.__class__ in _SEQUENCES:
            request_headers = ()  # given (the rules on the method run), and no rule reads them
        else:
            request_headers = _REQUEST_FIELDS.key(request_headers, [])
            if request_headers is None:
                return None
    # The status's class too: True == 1, yet the engine refuses a bool.
    return (method, status.__class__, status, fields_key, request_headers)


def _all_pairs_of(kind: type, pairs: list[Any]) -> bool:
    """Whether every pair is a tuple of two objects of class `kind`, bytes or str (as an ASGI
    app or a WSGI server gives them): what a list equal to it is read as."""
    return (kind is bytes or kind is str) and all(
        pair.__class__ is tuple
        and len(pair) == 2
        and pair[0].__class__ is kind
        and pair[1].__class__ is kind
        for pair in pairs
    )


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
