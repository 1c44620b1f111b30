"""Reading header fields for the response check: the fields of any header object as one dict,
and the field grammars of RFC 9110 that the rules read (lists, tokens, challenges, ranges, URI
references). str methods only: the package is imported without `re`.
"""

from __future__ import annotations

# The same classes as collections.abc, which would import collections (~7M instructions on 3.13).
from _collections_abc import Callable, Iterable, Mapping

from ._errors import as_index, shown

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TypeAlias

    #: Each field name, lowercased, with its values in the order they came.
    Fields: TypeAlias = dict[str, list[str]]
    #: A decimal number as `number()` keys it.
    Number: TypeAlias = tuple[int, str]

# RFC 9110, Section 5.6.2: tchar.
_TCHAR = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# Section 11.2: token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=".
_TOKEN68 = frozenset("-._~+/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# RFC 3986, Section 2: unreserved and reserved characters; "%" only before two hex digits.
_URI = frozenset(
    "-._~:/?#[]@!$&'()*+,;=0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
)
_HEX = frozenset("0123456789abcdefABCDEF")


def fields_of(headers: Any, what: str, reads: Callable[[str], bool]) -> Fields:
    """Each field name, lowercased, with its values in order, for the names that `reads`;
    what cannot be a field is skipped. (The rules see no other field: what `reads` says is all
    the adapters' memo of findings keys on.)

    Prefers `multi_items()` (httpx, whose `items()` joins repeated fields) over `items()`
    (Starlette, werkzeug, aiohttp, requests and dicts) over iterating the object as pairs.
    """
    if isinstance(headers, (str, bytes, bytearray)) or not isinstance(headers, (Iterable, Mapping)):
        raise TypeError(
            f"{what} must be a mapping or an iterable of (name, value) pairs, not "
            f"{headers.__class__.__name__}"
        )
    for method in ("multi_items", "items"):
        items = getattr(headers, method, None)
        if callable(items):
            pairs: Iterable[Any] = items()
            break
    else:
        pairs = headers
    fields: Fields = {}
    for pair in pairs:
        if pair.__class__ is not tuple and not isinstance(pair, (tuple, list)) or len(pair) != 2:
            continue
        name, value = pair
        # str and bytes first, inline: this loop is most of a check's time.
        if name.__class__ is bytes:
            name = name.decode("latin-1")  # any octet decodes: fields are octets on the wire
        elif name.__class__ is not str:
            name = _text(name)
        if not name:
            continue
        key = name.strip().lower()
        if not reads(key):
            continue
        if value.__class__ is str or value.__class__ is bytes:
            values: Iterable[Any] = (value,)
        else:
            values = value if isinstance(value, (list, tuple)) else (value,)  # {name: [values]}
        for item in values:
            text: str | None
            if item.__class__ is str:
                text = item
            elif item.__class__ is bytes:
                text = item.decode("latin-1")
            else:
                text = _text(item)
            if text is not None:
                # Whitespace around a value is not part of it (RFC 9110, Section 5.5).
                fields.setdefault(key, []).append(text.strip(" \t"))
    return fields


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("latin-1")  # any octet decodes: fields are octets on the wire
    if isinstance(value, int) and not isinstance(value, bool):
        return str(int(value))
    return None


def size_of(content_length: object) -> int | None:
    """The `content_length` argument as a number of bytes (None: unknown)."""
    if content_length is None:
        return None
    size = as_index(content_length)
    if size is None or size < 0:
        raise TypeError(
            f"content_length must be a number of bytes or None, not {shown(content_length)}"
        )
    return size


def is_token(text: str) -> bool:
    return bool(text) and all(char in _TCHAR for char in text)


def elements(values: Iterable[str]) -> list[str]:
    """The elements of a list-based field (Section 5.6.1) over all its lines, stripped; commas
    inside a quoted string do not split. An empty element stays, as ''."""
    found = []
    for value in values:
        start = 0
        quoted = escaped = False
        for index, char in enumerate(value):
            if escaped:
                escaped = False
            elif quoted and char == "\\":
                escaped = True
            elif char == '"':
                quoted = not quoted
            elif char == "," and not quoted:
                found.append(value[start:index].strip(" \t"))
                start = index + 1
        found.append(value[start:].strip(" \t"))
    return found


def _is_quoted_string(text: str) -> bool:
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return False
    escaped = False
    for char in text[1:-1]:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return False
    return not escaped


class Challenge:
    """One challenge of WWW-Authenticate or Proxy-Authenticate (Section 11.6.1): its scheme,
    its parameters' names (lowercased) and whether a token68 stood in their place."""

    __slots__ = ("params", "scheme", "token68")

    def __init__(self, scheme: str) -> None:
        self.scheme = scheme
        self.params: list[str] = []
        self.token68 = False


def challenges(values: Iterable[str]) -> tuple[list[Challenge], str | None]:
    """The challenges of the field's lines, and the first element that breaks the grammar of
    Section 11.6.1 (None: all is well). An element `name=value` after a challenge is one more
    of its parameters; anything else starts a new challenge."""
    found: list[Challenge] = []
    for element in elements(values):
        if not element:
            continue  # an empty element is tolerated by recipients (Section 5.6.1.2)
        name, equals, rest = element.partition("=")
        if found and equals and " " not in name.strip() and not found[-1].token68:
            if not _is_param(name, rest):
                return found, element
            found[-1].params.append(name.strip().lower())
            continue
        scheme, _, rest = element.partition(" ")
        if not is_token(scheme):
            return found, element
        challenge = Challenge(scheme)
        found.append(challenge)
        rest = rest.lstrip(" ")
        if not rest:
            continue
        name, equals, value = rest.partition("=")
        if equals and is_token(name.strip()) and value.strip(" \t").rstrip("="):
            if not _is_param(name, value):
                return found, element
            challenge.params.append(name.strip().lower())
        elif rest.rstrip("=") and all(char in _TOKEN68 for char in rest.rstrip("=")):
            challenge.token68 = True
        else:
            return found, element
    return found, None


def _is_param(name: str, value: str) -> bool:
    # auth-param = token BWS "=" BWS ( token / quoted-string )
    value = value.strip(" \t")
    return is_token(name.strip(" \t")) and (is_token(value) or _is_quoted_string(value))


class ContentRange:
    """A Content-Range value (Section 14.4): `bytes 0-99/1180` is a range, `bytes */1180` an
    unsatisfied range (first and last None). Positions are kept as `number()` keys, which
    order as the ints do without converting them."""

    __slots__ = ("first", "last", "length", "unit")

    def __init__(
        self, unit: str, first: Number | None, last: Number | None, length: Number | None
    ) -> None:
        self.unit = unit
        self.first = first
        self.last = last
        self.length = length


def content_range(value: str) -> ContentRange | None:
    """The value read, or None where it breaks the grammar or the validity rule of Section 14.4
    (a last-pos before its first-pos, a complete-length not past its last-pos)."""
    unit, space, rest = value.partition(" ")
    if not space or not is_token(unit):
        return None
    span, slash, length_text = rest.partition("/")
    if not slash:
        return None
    if length_text == "*":
        length = None
    elif is_digits(length_text):
        length = number(length_text)
    else:
        return None
    if span == "*":
        return None if length is None else ContentRange(unit, None, None, length)
    first_text, dash, last_text = span.partition("-")
    if not (dash and is_digits(first_text) and is_digits(last_text)):
        return None
    first, last = number(first_text), number(last_text)
    if last < first or (length is not None and length <= last):
        return None
    return ContentRange(unit, first, last, length)


def number(digits: str) -> Number:
    """A key for a decimal number that orders as its int does: a field may hold more digits
    than int() converts (4300), and a header must not make the check raise."""
    stripped = digits.lstrip("0") or "0"
    return (len(stripped), stripped)


def media_type(content_type: str) -> str:
    """The media type of a Content-Type value, lowercased, without its parameters."""
    return content_type.partition(";")[0].strip().lower()


def is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def is_uri_reference(value: str) -> bool:
    """Whether `value` is made of the characters of a URI reference (RFC 3986, Section 2), with
    each "%" starting a percent-encoded octet; the components themselves are not parsed."""
    if value.count("#") > 1:
        return False
    for index, char in enumerate(value):
        if char == "%":
            octet = value[index + 1 : index + 3]
            if len(octet) != 2 or not all(digit in _HEX for digit in octet):
                return False
        elif char not in _URI:
            return False
    return True
