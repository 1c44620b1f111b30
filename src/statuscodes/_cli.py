"""The `statuscodes` command: what a code means, which code a word names, and tables of codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap

from . import __version__
from ._cli_queries import closest, find, queries
from ._cli_registries import REGISTRIES
from ._http import PREDICATES, HTTPCategory, HTTPCode
from ._ws import WSCategory, WSCloseCode, is_valid_close_code

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Union

    from ._data import Reference
    from .unofficial import VendorCode

    Member = Union[HTTPCode, WSCloseCode]
    Answer = tuple[int, list[str], list[dict[str, Any]]]  # exit status, lines, JSON objects

EXAMPLES = """examples:
  statuscodes 422                      what 422 means
  statuscodes 1006                     a WebSocket close code
  statuscodes not found                by phrase, name or words of them
  statuscodes teapot
  statuscodes HTTP_404_NOT_FOUND       the constants it prints, read back
  statuscodes 404 500                  several queries: each is answered
  statuscodes 4xx                      every registered 4xx code
  statuscodes list --ws                every WebSocket close code
  statuscodes list --category client-error
  statuscodes h3 0x10c                 in another registry: h2, h3 or quic
  statuscodes quic 0x178               a CRYPTO_ERROR and its TLS alert
  statuscodes list --h3                every HTTP/3 error code
  statuscodes 499 --json               machine-readable

queries:
  the whole text is tried as one code first (413 Payload Too Large); else each
  number and each constant is a query of its own, and the words between them are
  one query (statuscodes 404 too early 1006 asks three things)

numbers:
  leading zeros are ignored (00404 is 404); past 6 other digits, nothing matches

--json:
  always a list, one object per code found ([] when nothing matched)

exit status:
  0 every query found a registered code
  1 a query matched nothing (closest matches on stderr)
  2 usage error
  3 the answer could not be written (a full disk, a closed terminal)
  4 not registered, though it has a meaning: an unassigned code (499, treated
    as 400), a private-use close code (4001), a vendor's code (520)
"""
WIDTH = 80


def as_json(member: Member) -> dict[str, Any]:
    """A member as the Python API describes it."""
    facts: dict[str, Any] = {
        "code": member.value,
        "name": member.name,
        "phrase": member.phrase,
        "description": member.description,
        "category": member.category.name,
        "reference": reference_json(member.reference),
        "registration": member.registration.value,
        "registered": True,
    }
    if isinstance(member, HTTPCode):
        facts["expires"] = member.expires
        for predicate in PREDICATES:
            facts[predicate] = getattr(member, predicate)
        facts["constant"] = constant_name(member)
        facts["allows_content"] = member.allows_content
        facts["is_cacheable_by_default"] = member.is_cacheable_by_default
        facts["header_rules"] = [
            {
                "field": rule.field,
                "level": rule.level,
                "when": rule.when,
                "note": rule.note,
                "reference": reference_json(rule.reference),
            }
            for rule in member.header_rules
        ]
    else:
        facts["is_sendable"] = member.is_sendable
        facts["is_local_only"] = member.is_local_only
        facts["constant"] = constant_name(member)
    return facts


def reference_json(reference: Reference) -> dict[str, str | None]:
    return {"document": reference.document, "section": reference.section, "url": reference.url}


def constant_name(member: Member) -> str:
    """`member` as the flat module names it (tools/generate.py): status.HTTP_404_NOT_FOUND."""
    prefix = "HTTP" if isinstance(member, HTTPCode) else "WS"
    return f"status.{prefix}_{member.value}_{member.name}"


def _bold(text: str, colour: bool) -> str:
    return f"\033[1m{text}\033[0m" if colour else text


def describe(member: Member, colour: bool) -> list[str]:
    expires = member.expires if isinstance(member, HTTPCode) else None
    registration = registration_text(str(member.registration), expires, _today())
    lines = [
        _bold(f"{member.value} {member.phrase}", colour),
        f"  category:     {member.category.phrase} ({member.category.value})",
        f"  registration: {registration}",
        f"  reference:    {member.reference}",
        f"                {member.reference.url}",
    ]
    if isinstance(member, WSCloseCode):
        lines.append(f"  sendable:     {'yes' if member.is_sendable else 'no'}")
        lines.append(f"  local only:   {'yes' if member.is_local_only else 'no'}")
    else:
        lines.append(f"  content:      {'allowed' if member.allows_content else 'never'}")
        cacheable = "by default" if member.is_cacheable_by_default else "not by default"
        lines.append(f"  cacheable:    {cacheable}")
    lines.append(f"  constant:     {constant_name(member)}")
    lines += textwrap.wrap(member.description, WIDTH, initial_indent="  ", subsequent_indent="  ")
    if isinstance(member, HTTPCode) and member.header_rules:
        lines.append("header rules:")
        for rule in member.header_rules:
            when = f" if {rule.when}" if rule.when else ""
            lines += textwrap.wrap(
                f"{rule.level} {rule.field}{when} ({rule.reference})",
                WIDTH,
                initial_indent="  ",
                subsequent_indent="      ",
            )
    return lines


def registration_text(registration: str, expires: str | None, today: str) -> str:
    """The registration, with a temporary one's expiry date and whether `today` is past it."""
    if expires is None:
        return registration
    passed = " (that date has passed)" if today > expires else ""  # ISO dates sort as strings
    return f"{registration}, registered until {expires}{passed}"


def _today() -> str:
    import datetime  # here, not at the top: only the command compares dates

    return datetime.date.today().isoformat()


def row(member: Member) -> str:
    return f"{member.value:>4}  {member.phrase:<32.32}  {member.name}"[:WIDTH]


def unregistered(code: int) -> tuple[str, dict[str, Any]] | None:
    """What an int in range but not registered is, in words and as JSON; None out of range."""
    if 100 <= code <= 599:
        fallback = HTTPCode.resolve(code)
        words = f"{code}: not registered; treated as {fallback.value} {fallback.phrase} (RFC 9110)"
        return words, {"code": code, "registered": False, "treated_as": fallback.value}
    if 1000 <= code <= 4999:
        category = WSCategory.of(code)
        kind = "private use" if category.name == "PRIVATE" else "unassigned"
        valid = is_valid_close_code(code)
        words = f"{code}: {kind} WebSocket close code; valid in a Close frame: "
        words += "yes" if valid else "no"
        facts = {"code": code, "registered": False, "category": category.name, "is_valid": valid}
        return words, facts
    return None


def nothing(text: str) -> int:
    shown = text if len(text) <= 20 else text[:20] + "..."
    print(
        f"statuscodes: {shown} is neither an HTTP status code (100-599) nor a WebSocket "
        "close code (1000-4999)",
        file=sys.stderr,
    )
    return 1


def vendor_meanings(code: int) -> list[VendorCode]:
    """The vendors' meanings of `code` (the unofficial namespace loads only for the command)."""
    from .unofficial import VendorCode, meanings

    return (
        [meaning for meaning in meanings(code) if isinstance(meaning, VendorCode)]
        if code >= 0
        else []
    )


def vendor_json(member: VendorCode) -> dict[str, Any]:
    return {
        "vendor": member.vendor,
        "enum": type(member).__name__,
        "name": member.name,
        "phrase": member.phrase,
        "description": member.description,
        "url": member.reference.url,
    }


def listing(http: bool, ws: bool, category: str | None) -> list[Member]:
    members: list[Member] = [*HTTPCode] if http or not ws else []
    if ws or not http:
        members += [*WSCloseCode]
    if category is not None:
        wanted = category.upper().replace("-", "_")
        members = [m for m in members if m.category.name == wanted or m.category.value == category]
    return members


def main(argv: list[str] | None = None) -> int:
    try:
        status = run(argv)
        sys.stdout.flush()  # here, not at exit, so that a failed write is reported below
    except BrokenPipeError:  # `statuscodes list | head`: the reader left, which is no error
        _discard_stdout()
        return 0
    except OSError as error:  # `statuscodes 404 > /dev/full`
        _discard_stdout()
        print(f"statuscodes: cannot write the answer: {error.strerror or error}", file=sys.stderr)
        return 3
    return status


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's final flush of what is left succeeds."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def run(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(
        prog="statuscodes",
        description="Look up HTTP status codes and WebSocket close codes.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="+", help="codes, names, constants, words, 4xx, or list")
    parser.add_argument("--json", action="store_true", help="print JSON: always a list")
    parser.add_argument("--http", action="store_true", help="list: HTTP status codes only")
    parser.add_argument("--ws", action="store_true", help="list: WebSocket close codes only")
    parser.add_argument("--category", help="list: one category (client-error, 4xx, private, ...)")
    for registry in REGISTRIES.values():
        parser.add_argument(
            f"--{registry.word}", action="store_true", help=f"list: {registry.title} only"
        )
    parser.add_argument("--version", action="version", version=f"statuscodes {__version__}")
    args = parser.parse_args(argv)
    colour = sys.stdout.isatty() and "NO_COLOR" not in os.environ
    others = [word for word in REGISTRIES if getattr(args, word)]
    if args.query[0].lower() in REGISTRIES:  # `statuscodes h3 0x10c`
        return run_registry(args.query[0].lower(), args.query[1:], args.json, colour)
    if others and args.query == ["list"]:
        return show_registries(others, args.json)
    text = " ".join(args.query).strip()
    if text == "list" or (len(text) == 3 and text[0] in "12345" and text[1:].lower() == "xx"):
        category = text.lower() if text != "list" else args.category
        valid = {c.name.lower().replace("_", "-") for c in (*HTTPCategory, *WSCategory)}
        valid |= {c.value for c in (*HTTPCategory, *WSCategory)}
        if category is not None and category.lower() not in valid:
            parser.error(f"--category must be one of: {', '.join(sorted(valid))}")
        return show_table(listing(args.http, args.ws, category), args.json)
    blocks: list[str] = []
    facts: list[dict[str, Any]] = []
    statuses: list[int] = []
    for query in queries(args.query):
        if query.isascii() and query.isdigit():
            status, lines, found = answer_number(query, colour)
        else:
            status, lines, found = answer_words(query, colour)
        statuses.append(status)
        facts += found
        blocks += ["\n".join(lines)] if lines else []
    if args.json:
        print(json.dumps(facts, indent=2))
    elif blocks:
        print("\n\n".join(blocks))
    # 1 if any query missed, else 4 if any code is unregistered, else 0.
    return 1 if 1 in statuses else max(statuses)


def run_registry(word: str, queries: list[str], as_json_output: bool, colour: bool) -> int:
    from . import _cli_registries

    return _cli_registries.run(word, queries, as_json_output, lambda text: _bold(text, colour))


def show_registries(words: list[str], as_json_output: bool) -> int:
    from . import _cli_registries

    return _cli_registries.show_tables(words, as_json_output)


def show_table(members: list[Member], as_json_output: bool) -> int:
    if not members:
        print("statuscodes: no registered code in that category", file=sys.stderr)
        return 1
    if as_json_output:
        print(json.dumps([as_json(m) for m in members], indent=2))
    else:
        for member in members:
            print(row(member))
    return 0


def answer_number(text: str, colour: bool) -> Answer:
    """A number: the registry's facts (or what an unregistered code is), then vendors' meanings."""
    digits = text.lstrip("0") or "0"  # leading zeros are ignored, however many
    code = int(digits) if len(digits) <= 6 else -1
    vendors = vendor_meanings(code)
    member = HTTPCode.get(code) or WSCloseCode.get(code)
    answer = unregistered(code) if member is None else None
    if member is not None:
        facts, lines = as_json(member), describe(member, colour)
    elif answer is not None:
        lines, facts = [answer[0]], answer[1]
    else:  # vendors' codes are HTTP codes (VendorCode takes 100-599 only): none is out here
        return nothing(text), [], []
    if vendors:
        facts["unofficial"] = [vendor_json(vendor) for vendor in vendors]
        lines.append("unofficial meanings:" if member is None else "also used unofficially as:")
        for vendor in vendors:
            lines.append(f"  {vendor.vendor}: {vendor.phrase}"[:WIDTH])
            lines.append(
                f"    statuscodes.unofficial.{type(vendor).__name__}.{vendor.name}"[:WIDTH]
            )
    return (0 if member is not None else 4), lines, [facts]


def answer_words(text: str, colour: bool) -> Answer:
    """Words: the code they name, or one line for each code they match."""
    matches = find(text)
    if not matches:
        shown = text if len(text) <= 60 else text[:60] + "..."
        print(f"statuscodes: nothing matches {shown!r}; {closest(text)}", file=sys.stderr)
        return 1, [], []
    lines = describe(matches[0], colour) if len(matches) == 1 else [row(m) for m in matches]
    return 0, lines, [as_json(m) for m in matches]
