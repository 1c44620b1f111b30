"""Runs `check_response`, httplint and HTTPolice over tests/data/corpus and prints, for each
exchange where any of them reports something, what each reports (docs/linters.md has the run).

    python tools/lint_corpus.py [--all]

Needs httplint and httpolice, which the project's extras leave out (HTTPolice does not install
on the newer Pythons): run it from a scratch venv, as docs/linters.md shows. Only httplint's
BAD and WARN notes and HTTPolice's errors and comments are shown (`--all`: their INFO and debug
notes too). The exchanges of one server go through one `ResponseChecker`, in capture order.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from corpus import Exchange, read_all  # type: ignore[import-not-found]  # noqa: E402  # tests/

import statuscodes  # noqa: E402  # from src/, put on the path above


def httplint_notes(exchange: Exchange, everything: bool) -> list[str]:
    from httplint import HttpRequestLinter, HttpResponseLinter

    request = HttpRequestLinter()
    request.process_request_topline(exchange.method.encode(), exchange.target.encode(), b"1.1")
    request.process_headers([(n.encode(), v.encode()) for n, v in exchange.request_headers])
    request.finish_content(True)
    response = HttpResponseLinter()
    response.request = request
    response.is_head_response = exchange.method == "HEAD"
    status_line = exchange.raw.split(b"\r\n", 1)[0].split(b" ", 2)
    response.process_response_topline(b"1.1", status_line[1], status_line[2])
    response.process_headers(
        [(n.encode("latin-1"), v.encode("latin-1")) for n, v in exchange.headers]
    )
    response.feed_content(exchange.content)
    response.finish_content(True)
    shown = {"bad", "warning"} if not everything else {"bad", "warning", "info"}
    return [
        f"{note.level.value}: {type(note).__name__}"
        for note in response.notes
        if note.level.value in shown
    ]


def httpolice_notes(exchange: Exchange, everything: bool) -> list[str]:
    import httpolice

    version = exchange.raw.split(b" ", 1)[0].decode("ascii")
    request = httpolice.Request(
        "http", exchange.method, exchange.target, "HTTP/1.1", exchange.request_headers, b""
    )
    status_line = exchange.raw.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
    body = None if exchange.method == "HEAD" else exchange.content
    response = httpolice.Response(version, exchange.status, status_line[2], exchange.headers, body)
    httpolice.check_exchange(httpolice.Exchange(request, [response]))
    shown = {"error", "comment"} if not everything else {"error", "comment", "debug"}
    return [  # the request's own complaints (no User-Agent...) are not the server's
        f"{complaint.severity.name}: {complaint.id} {_httpolice_title(complaint.id)}"
        + (f" ({complaint.context['header']})" if "header" in complaint.context else "")
        for complaint in response.complaints
        if complaint.severity.name in shown
    ]


def _httpolice_title(notice: int) -> str:
    import re

    from httpolice.notice import all_notices

    title = all_notices[notice].find("title")
    text = "".join(title.itertext()) if title is not None else ""
    return re.sub(r"\s+", " ", text).strip()


def our_findings() -> Callable[[Exchange], list[str]]:
    checkers: dict[str, statuscodes.ResponseChecker] = {}

    def check(exchange: Exchange) -> list[str]:
        server = exchange.name.split("-", 1)[0]
        checker = checkers.setdefault(server, statuscodes.ResponseChecker())
        findings = checker.check(
            exchange.status,
            exchange.headers,
            content=exchange.content,
            method=exchange.method,
            target=exchange.target,
            request_headers=exchange.request_headers,
        )
        return [f"{finding.level}: {finding.message}" for finding in findings]

    return check


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="also the informational notes")
    everything = parser.parse_args().all
    ours = our_findings()
    for exchange in read_all():
        reports = {
            "statuscodes": ours(exchange),
            "httplint": httplint_notes(exchange, everything),
            "httpolice": httpolice_notes(exchange, everything),
        }
        if any(reports.values()):
            print(f"{exchange.name} ({exchange.method} -> {exchange.status})")
            for tool, notes in reports.items():
                for note in notes:
                    print(f"    {tool:<11} {note}")


if __name__ == "__main__":
    main()
