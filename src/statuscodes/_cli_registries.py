"""The command's other registries: `statuscodes h3 0x10c`, `statuscodes quic 0x178`,
`statuscodes list --h2`. A bare number still means HTTP, then WebSocket (_cli.py).

A registry plugs in with one `Registry` entry in REGISTRIES: the word that selects it, a title,
the function that imports its enum (only when asked: the command starts without them), whether
its codes are written in hex, and optionally the facts of a member that only it has.
"""

from __future__ import annotations

import json
import sys
import textwrap

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from enum import IntEnum
    from typing import Any

    Answer = tuple[int, list[str], list[dict[str, Any]]]  # exit status, lines, JSON objects

WIDTH = 80


def _load_h2() -> type[IntEnum]:
    from .h2 import H2ErrorCode

    return H2ErrorCode


def _load_h3() -> type[IntEnum]:
    from .h3 import H3ErrorCode

    return H3ErrorCode


def _load_quic() -> type[IntEnum]:
    from .quic import QUICErrorCode

    return QUICErrorCode


def _load_grpc() -> type[IntEnum]:
    from .grpc import GRPCCode

    return GRPCCode


def _grpc_facts(member: Any) -> dict[str, Any]:
    return {
        "http_status": f"{member.http_status} {member.http_status.phrase}",
        "from_http": list(member.from_http_statuses),
        "application_only": member.is_application_only,
    }


def _h2_facts(member: Any) -> dict[str, Any]:
    return {"h3_counterpart": member.h3_counterpart}


def _no_facts(member: Any) -> dict[str, Any]:
    return {}


class Registry:
    """One registry the command can be asked about by name: the word that selects it
    (`statuscodes h3 ...`, `statuscodes list --h3`), what its codes are, the function that
    imports and returns its enum, whether its codes are written in hex (as its RFC writes them),
    and the facts of a member that only this registry has."""

    __slots__ = ("facts", "hex", "load", "title", "word")

    def __init__(
        self,
        word: str,
        title: str,
        load: Callable[[], type[IntEnum]],
        *,
        hex: bool,
        facts: Callable[[Any], dict[str, Any]] = _no_facts,
    ) -> None:
        self.word, self.title, self.load, self.hex, self.facts = word, title, load, hex, facts


REGISTRIES: dict[str, Registry] = {
    registry.word: registry
    for registry in (
        Registry("h2", "HTTP/2 error codes", _load_h2, hex=True, facts=_h2_facts),
        Registry("h3", "HTTP/3 error codes (QPACK's included)", _load_h3, hex=True),
        Registry("quic", "QUIC transport error codes", _load_quic, hex=True),
        Registry("grpc", "gRPC status codes", _load_grpc, hex=False, facts=_grpc_facts),
    )
}


def shown_code(registry: Registry, code: int) -> str:
    return f"{code:#x}" if registry.hex else str(code)


def as_json(registry: Registry, member: Any) -> dict[str, Any]:
    """A member as the Python API describes it, with the registry that holds it."""
    reference = member.reference
    return {
        "registry": registry.word,
        "code": member.value,
        **({"hex": f"{member.value:#x}"} if registry.hex else {}),
        "name": member.name,
        "phrase": member.phrase,
        "description": member.description,
        "reference": {
            "document": reference.document,
            "section": reference.section,
            "url": reference.url,
        },
        "registration": member.registration.value,
        "registered": True,
        **registry.facts(member),
    }


def describe(registry: Registry, member: Any, bold: Callable[[str], str]) -> list[str]:
    enum = type(member)
    lines = [
        bold(f"{shown_code(registry, member.value)} {member.name}"),
        f"  phrase:       {member.phrase}",
        f"  registry:     {registry.title}",
        f"  registration: {member.registration}",
        f"  reference:    {member.reference}",
        f"                {member.reference.url}",
        f"  constant:     {enum.__module__}.{enum.__name__}.{member.name}",
    ]
    for name, value in registry.facts(member).items():
        lines += textwrap.wrap(
            f"{name.replace('_', ' ')}: {value}",
            WIDTH,
            initial_indent="  ",
            subsequent_indent="    ",
        )
    lines += textwrap.wrap(member.description, WIDTH, initial_indent="  ", subsequent_indent="  ")
    return lines


def row(registry: Registry, member: Any) -> str:
    return f"{shown_code(registry, member.value):>6}  {member.phrase:<40.40}  {member.name}"[:WIDTH]


def code_of(text: str) -> int | None:
    """The int a query writes, in hex (0x10c) or decimal; None for words."""
    if text[:2] in ("0x", "0X"):
        digits = text[2:]
        ok = digits and len(digits) <= 40 and all(c in "0123456789abcdefABCDEF" for c in digits)
        return int(digits, 16) if ok else None
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 40 else None


def split(tokens: list[str]) -> list[str]:
    """The queries in the arguments: each code on its own, the words between codes as one."""
    found: list[str] = []
    words: list[str] = []
    for token in tokens:
        if code_of(token) is None:
            words.append(token)
            continue
        found += [" ".join(words)] if words else []
        found.append(token)
        words = []
    return found + ([" ".join(words)] if words else [])


def answer(registry: Registry, query: str, bold: Callable[[str], str]) -> Answer:
    """One query about one registry: a code (hex or decimal), a name, a phrase, or words."""
    enum: Any = registry.load()
    code = code_of(query)
    if code is not None:
        member = enum.get(code)
        if member is not None:
            return 0, describe(registry, member, bold), [as_json(registry, member)]
        return _unregistered(registry, enum, code)
    try:
        member = enum.parse(query)
    except ValueError as error:
        words = query.casefold().split()
        found = [
            m
            for m in enum
            if words and all(w in f"{m.name} {m.phrase} {m.description}".casefold() for w in words)
        ]
        if not found:
            return 1, [], [{"error": str(error)}]
        lines = describe(registry, found[0], bold) if len(found) == 1 else []
        lines = lines or [row(registry, m) for m in found]
        return 0, lines, [as_json(registry, m) for m in found]
    return 0, describe(registry, member, bold), [as_json(registry, member)]


def _unregistered(registry: Registry, enum: Any, code: int) -> Answer:
    """A code that is no member: what the registry's RFC says it is treated as, if anything."""
    message = enum._miss_message(code)
    resolve = getattr(enum, "resolve", None)
    try:
        treated = resolve(code) if resolve is not None else None
    except ValueError:
        treated = None
    if treated is None:
        return 1, [], [{"error": message}]
    facts = {
        "registry": registry.word,
        "code": code,
        **({"hex": f"{code:#x}"} if registry.hex else {}),
        "registered": False,
        "treated_as": treated.name,
        "meaning": message,
    }
    lines = textwrap.wrap(message, WIDTH, subsequent_indent="  ")
    return 4, lines, [facts]


def table(registry: Registry) -> tuple[list[str], list[dict[str, Any]]]:
    """Every member of the registry: its rows, and as JSON."""
    members = list(registry.load())
    return [row(registry, m) for m in members], [as_json(registry, m) for m in members]


def run(word: str, queries: list[str], as_json_output: bool, bold: Callable[[str], str]) -> int:
    """`statuscodes WORD QUERY...`: each query answered; no query lists the registry."""
    registry = REGISTRIES[word]
    if not queries:
        return show_tables([word], as_json_output)
    blocks: list[str] = []
    facts: list[dict[str, Any]] = []
    statuses: list[int] = []
    for query in split(queries):
        status, lines, found = answer(registry, query, bold)
        statuses.append(status)
        if status == 1:
            shown = query if len(query) <= 40 else query[:40] + "..."
            print(f"statuscodes {word}: {shown}: {found[0]['error']}", file=sys.stderr)
            continue
        facts += found
        blocks += ["\n".join(lines)]
    if as_json_output:
        print(json.dumps(facts, indent=2))
    elif blocks:
        print("\n\n".join(blocks))
    return 1 if 1 in statuses else max(statuses)


def show_tables(words: list[str], as_json_output: bool) -> int:
    """`statuscodes list --h2 --quic`: every member of each registry named."""
    lines: list[str] = []
    facts: list[dict[str, Any]] = []
    for word in words:
        rows, found = table(REGISTRIES[word])
        lines += rows
        facts += found
    print(json.dumps(facts, indent=2) if as_json_output else "\n".join(lines))
    return 0
