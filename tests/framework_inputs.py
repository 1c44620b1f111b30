"""What the framework tests send that is no code. Imported by tests/test_frameworks_*.py."""

from __future__ import annotations

# Decoded values a client may send in a body: text, floats, bools, null, containers, huge numbers
# and ints that are not registered.
BAD_VALUES: list[object] = [
    "abc",
    "",
    "404.5",
    "1e3",
    "x" * 10_000,
    404.5,
    float("nan"),
    True,
    False,
    None,
    [404],
    {"code": 404},
    10**30,
    -(10**30),
    -1,
    0,
    599,
    999,
    1000,  # a WebSocket close code is no HTTP code
]

# What a query string or a path carries: text only.
BAD_TEXT: list[str] = [
    "abc",
    "404.5",
    "1e3",
    "0x194",
    "404abc",
    "x" * 10_000,
    "true",
    "null",
    "[404]",
    "1" + "0" * 30,
    "-1",
    "0",
    "599",
    "999",
    "1000",
    "NOT_FOUND",
    "Not Found",
    "\u0664\u0660\u0664",  # Arabic-Indic digits, which int() reads as 404
    "4.04e2",  # float() reads it as 404.0; pydantic does not read it as an int
    "--404",
    "\x1c404",  # str.strip() drops U+001C; pydantic does not
]
