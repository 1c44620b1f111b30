"""The `statuscodes` command: what a code means, or which code a word names."""

from __future__ import annotations

import argparse
import sys

from ._enum import search_of
from ._http import HTTPCode
from ._ws import WSCloseCode, is_valid_close_code

EXAMPLES = """examples:
  statuscodes 422           what 422 means
  statuscodes 1006          a WebSocket close code
  statuscodes not found     by phrase, name or words of them
  statuscodes teapot
"""


def _describe(member: HTTPCode | WSCloseCode) -> list[str]:
    reference = member.reference
    description = member.description
    prefix = "HTTP" if isinstance(member, HTTPCode) else "WS"
    lines = [
        f"{member.value} {member.phrase}",
        f"  category:     {member.category.phrase} ({member.category.value})",
        f"  registration: {member.registration}",
        f"  reference:    {reference}",
        f"                {reference.url}",
    ]
    if isinstance(member, WSCloseCode):
        lines.append(f"  sendable:     {'yes' if member.is_sendable else 'no'}")
    lines.append(f"  constant:     status.{prefix}_{member.value}_{member.name}")
    import textwrap

    lines += textwrap.wrap(description, 78, initial_indent="  ", subsequent_indent="  ")
    return lines


def _unregistered(code: int) -> str | None:
    if 100 <= code <= 599:
        fallback = HTTPCode.resolve(code)
        return f"{code}: not registered; treated as {fallback.value} {fallback.phrase} (RFC 9110)"
    if 4000 <= code <= 4999:
        return f"{code}: private use WebSocket close code; valid in a Close frame: yes"
    if 1000 <= code <= 4999:
        valid = "yes" if is_valid_close_code(code) else "no"
        return f"{code}: unassigned WebSocket close code; valid in a Close frame: {valid}"
    return None


def lookup(query: str) -> tuple[list[str], list[str]]:
    """(lines for stdout, lines for stderr) answering `query`; no stdout lines means no match."""
    text = query.strip()
    if text.isascii() and text.isdigit() and len(text) <= 6:
        code = int(text)
        member = HTTPCode.get(code) or WSCloseCode.get(code)
        if member is not None:
            return _describe(member), []
        answer = _unregistered(code)
        if answer is not None:
            return [answer], []
        return [], [f"statuscodes: {code} is neither an HTTP status code nor a close code"]
    matches: list[HTTPCode | WSCloseCode] = []
    for registry in (HTTPCode, WSCloseCode):
        try:
            matches.append(registry.parse(text))
        except ValueError:
            pass
    if len(matches) == 1:
        return _describe(matches[0]), []
    if not matches:
        matches = [*search_of(HTTPCode).closest(text), *search_of(WSCloseCode).closest(text)]  # type: ignore[list-item]  # Search is typed by IntEnum
        words = [m for m in matches if _all_words_in(text, m)]
        if len(words) == 1:
            return _describe(words[0]), []
        if words:
            return [f"{m.value} {m.phrase}" for m in words], []
        shown = text if len(text) <= 60 else text[:60] + "..."
        hint = ", ".join(f"{m.value} {m.phrase}" for m in matches[:5]) or "none"
        return [], [f"statuscodes: nothing matches {shown!r}; closest: {hint}"]
    return [f"{m.value} {m.phrase}" for m in matches], []


def _all_words_in(text: str, member: HTTPCode | WSCloseCode) -> bool:
    haystack = f"{member.name} {member.phrase} {member.description}".casefold()
    return all(word in haystack for word in text.casefold().split())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="statuscodes",
        description="Look up HTTP status codes and WebSocket close codes.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="+", help="a code, a name, a phrase, or words of them")
    args = parser.parse_args(argv)
    out, err = lookup(" ".join(args.query))
    for line in out:
        print(line)
    for line in err:
        print(line, file=sys.stderr)
    return 0 if out else 1
