"""The statuscodes command: its answers read in process (`_cli.main`, fast), and what only a real
process shows (the entry point, a terminal, a closed pipe, a full disk) driven as users run it."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from typing import NamedTuple

import pytest

import statuscodes
from statuscodes import HTTPCode, WSCloseCode
from statuscodes._cli import CONSTANT_PREFIXES, main
from statuscodes._parsing import closest, constant, find, queries


class Result(NamedTuple):
    returncode: int
    stdout: str
    stderr: str


def run(*args: str) -> Result:
    """The command's exit status and output for `args`, as `python -m statuscodes` gives them."""
    stdout, stderr = io.StringIO(), io.StringIO()
    columns = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"  # argparse wraps help to the terminal; a pipe has none, so 80
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                status = main(list(args))
            except SystemExit as exit:  # argparse: --help, --version, usage errors
                status = exit_status(exit, stderr)
    finally:
        if columns is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = columns
    return Result(status, stdout.getvalue(), stderr.getvalue())


def exit_status(exit: SystemExit, stderr: io.StringIO) -> int:
    """The status a process ends with on `exit`, and what it prints, as the interpreter does."""
    if exit.code is None or isinstance(exit.code, int):
        return exit.code or 0
    print(exit.code, file=stderr)
    return 1


def run_process(*args: str) -> Result:
    result = subprocess.run(
        [sys.executable, "-m", "statuscodes", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env={**os.environ, "PYTHONIOENCODING": "utf-8:backslashreplace", "COLUMNS": "80"},
        timeout=60,
    )
    return Result(result.returncode, result.stdout, result.stderr)


# "\udcff" reaches a process as the undecodable byte 0xff, which Python hands back as that.
@pytest.mark.parametrize(
    "args", [("422",), ("too", "large", "--json"), ("zzzz",), ("\udcff",), (), ("--help",)]
)
def test_the_process_answers_as_the_function_does(args: tuple[str, ...]) -> None:
    assert run_process(*args) == run(*args)


def test_a_code_prints_its_facts_and_the_constant_to_paste() -> None:
    result = run("422")

    assert result.returncode == 0
    assert result.stdout.startswith("422 Unprocessable Content\n")
    assert "RFC 9110, Section 15.5.21" in result.stdout
    assert "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.21" in result.stdout
    assert "status.HTTP_422_UNPROCESSABLE_CONTENT" in result.stdout
    assert "Client Error" in result.stdout
    assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_a_close_code_says_whether_it_may_be_sent() -> None:
    result = run("1006")

    assert result.returncode == 0
    assert "1006 Abnormal Closure" in result.stdout
    assert "sendable:     no" in result.stdout


@pytest.mark.parametrize(
    ("words", "code"), [(("not", "found"), "404"), (("NOT_FOUND",), "404"), (("teapot",), "418")]
)
def test_names_phrases_and_words_find_the_code(words: tuple[str, ...], code: str) -> None:
    result = run(*words)

    assert result.returncode == 0
    assert result.stdout.startswith(code)


def test_unregistered_codes_say_what_they_are_treated_as() -> None:
    assert "not registered; treated as 400 Bad Request" in run("499").stdout
    assert "private use" in run("4001").stdout


@pytest.mark.parametrize("argument", ["499", "299", "4001", "2999", "520"])
def test_a_code_with_a_meaning_but_no_registration_exits_4(argument: str) -> None:
    result = run(argument)

    assert result.returncode == 4
    assert result.stdout.startswith(argument)


@pytest.mark.parametrize(
    "argument", ["zzzz", "99999999999999999999", "-5", "ünïcödé", "x" * 100_000, "\udcff"]
)
def test_nothing_matched_exits_1_with_a_message(argument: str) -> None:
    result = run(argument)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("statuscodes:")
    assert len(result.stderr) < 1000


def test_empty_input_is_a_usage_error() -> None:
    assert run().returncode == 2
    assert run("").returncode == 1


def test_help_shows_examples() -> None:
    result = run("--help")

    assert result.returncode == 0
    assert "statuscodes 422" in result.stdout


def test_a_class_prints_a_table_that_fits_80_columns() -> None:
    result = run("4xx")

    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["400", "Bad", "Request"]
    assert len(lines) == 29
    assert all(len(line) <= 80 for line in lines)


def test_list_filters_by_registry_and_category() -> None:
    assert len(run("list").stdout.splitlines()) == 64 + 19
    assert len(run("list", "--ws").stdout.splitlines()) == 19
    assert len(run("list", "--http", "--category", "server-error").stdout.splitlines()) == 11
    assert run("list", "--category", "nonsense").returncode == 2
    assert run("list", "--category", "private").returncode == 1


def test_json_has_the_fields_of_the_python_api() -> None:
    [facts] = json.loads(run("404", "--json").stdout)

    assert facts["code"] == 404
    assert facts["phrase"] == "Not Found"
    assert facts["category"] == "CLIENT_ERROR"
    assert facts["reference"] == {
        "document": "RFC 9110",
        "section": "15.5.5",
        "url": "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5",
    }
    assert facts["is_client_error"] is True
    assert facts["constant"] == "status.HTTP_404_NOT_FOUND"
    table = json.loads(run("list", "--ws", "--json").stdout)
    assert [entry["code"] for entry in table][:3] == [1000, 1001, 1002]
    [unregistered] = json.loads(run("299", "--json").stdout)
    assert unregistered == {"code": 299, "registered": False, "treated_as": 200}


def _on_a_terminal(*args: str, **environment: str) -> str:
    """What the command prints when its stdout is a terminal (a pseudo-terminal here)."""
    import pty

    leader, follower = pty.openpty()
    environment = {key: value for key, value in {**os.environ, **environment}.items() if value}
    with subprocess.Popen(
        [sys.executable, "-m", "statuscodes", *args],
        stdout=follower,
        stderr=follower,
        env=environment,
    ) as process:
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: the command has finished
                break
            if not chunk:
                break
            output += chunk
        process.wait(timeout=60)
    os.close(leader)
    return output.decode("utf-8", "replace")


def test_colour_only_on_a_terminal_without_no_color() -> None:
    assert "\033[1m404 Not Found" in _on_a_terminal("404", NO_COLOR="")
    assert "\033[" not in _on_a_terminal("404", NO_COLOR="1")
    assert "\033[" not in run("404").stdout


def test_several_matches_print_one_line_each() -> None:
    result = run("too", "large")

    assert result.returncode == 0
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["413", "431"]


def test_a_closed_pipe_is_not_an_error() -> None:
    command = f"{sys.executable} -m statuscodes list | head -n 1"
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=60)

    assert result.stdout.startswith(" 100")
    assert "Traceback" not in result.stderr


def test_a_number_lists_its_unofficial_meanings_after_the_registry() -> None:
    result = run("499")

    lines = result.stdout.splitlines()
    assert lines[0] == "499: not registered; treated as 400 Bad Request (RFC 9110)"
    assert "  nginx: Client Closed Request" in lines
    assert "  Esri ArcGIS: Token Required" in lines
    assert all(len(line) <= 80 for line in lines)
    registered = run("451").stdout
    assert registered.startswith("451 Unavailable For Legal Reasons")
    assert "statuscodes.unofficial.IIS.REDIRECT" in registered
    [facts] = json.loads(run("520", "--json").stdout)
    assert facts["treated_as"] == 500
    assert [entry["vendor"] for entry in facts["unofficial"]] == ["Cloudflare"]


def test_help_fits_80_columns() -> None:
    assert all(len(line) <= 80 for line in run("--help").stdout.splitlines())


def test_a_code_lists_the_header_fields_its_rfc_requires() -> None:
    result = run("401")

    assert result.returncode == 0
    assert "header rules:\n  MUST WWW-Authenticate (RFC 9110, Section 15.5.2)" in result.stdout
    assert "content:      allowed" in result.stdout


def test_json_carries_the_header_rules_with_their_references() -> None:
    [facts] = json.loads(run("401", "--json").stdout)

    assert facts["allows_content"] is True
    assert facts["is_cacheable_by_default"] is False
    [rule] = facts["header_rules"]
    assert (rule["field"], rule["level"], rule["when"]) == ("WWW-Authenticate", "MUST", None)
    assert rule["reference"]["url"].endswith("rfc9110.html#section-15.5.2")


def test_a_code_without_content_says_so() -> None:
    result = run("204")

    assert "content:      never" in result.stdout
    assert "cacheable:    by default" in result.stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_a_one_line_error_not_a_traceback() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "statuscodes", "404"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )

    assert result.returncode == 3
    assert result.stderr.startswith("statuscodes: cannot write the answer: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("argument", ["404", "0404", "00404", "0000404", "0" * 30 + "404"])
def test_leading_zeros_are_accepted_however_many(argument: str) -> None:
    result = run(argument)

    assert result.returncode == 0
    assert result.stdout.startswith("404 Not Found\n")


def test_help_states_the_rules_for_numbers_and_exit_statuses() -> None:
    help_text = run("--help").stdout

    assert "leading zeros are ignored" in help_text
    assert "3 the answer could not be written" in help_text


@pytest.mark.parametrize(
    ("words", "codes"),
    [(("payload",), {"413"}), (("Entity",), {"413", "422"}), (("request", "entity"), {"413"})],
)
def test_words_of_former_phrases_find_the_code(words: tuple[str, ...], codes: set[str]) -> None:
    result = run(*words)

    assert result.returncode == 0
    assert codes <= {line.split()[0] for line in result.stdout.splitlines()}


@pytest.mark.parametrize(
    ("constant", "first_line"),
    [
        ("HTTP_404_NOT_FOUND", "404 Not Found"),
        ("status.HTTP_404_NOT_FOUND", "404 Not Found"),
        ("statuscodes.status.HTTP_404_NOT_FOUND", "404 Not Found"),
        ("HTTP_413_REQUEST_ENTITY_TOO_LARGE", "413 Content Too Large"),
        ("WS_1006_ABNORMAL_CLOSURE", "1006 Abnormal Closure"),
        ("status.WS_1000_OK", "1000 Normal Closure"),
        ("HTTPCode.NOT_FOUND", "404 Not Found"),
        ("WSCloseCode.ABNORMAL_CLOSURE", "1006 Abnormal Closure"),
    ],
)
def test_the_constants_it_prints_are_accepted_back(constant: str, first_line: str) -> None:
    result = run(constant)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == first_line


def test_every_printed_constant_is_the_flat_module_name_of_its_member() -> None:
    from statuscodes import status

    for facts in json.loads(run("list", "--json").stdout):
        name = facts["constant"].removeprefix("status.")
        assert getattr(status, name) == facts["code"], name
        assert name.startswith("HTTP_" if facts["code"] < 1000 else "WS_"), name


def test_a_printed_constant_is_read_back_as_itself() -> None:
    [facts] = json.loads(run("422", "--json").stdout)

    assert json.loads(run(facts["constant"], "--json").stdout) == [facts]


def test_a_constant_whose_number_and_name_disagree_matches_nothing() -> None:
    result = run("HTTP_404_GONE")

    assert result.returncode == 1
    assert "nothing matches" in result.stderr


def test_several_numbers_are_answered_each() -> None:
    result = run("404", "500")

    assert result.returncode == 0
    blocks = result.stdout.split("\n\n")
    assert [block.splitlines()[0] for block in blocks] == [
        "404 Not Found",
        "500 Internal Server Error",
    ]


def test_words_between_numbers_are_one_query() -> None:
    result = run("404", "too", "early", "1006")

    assert result.returncode == 0
    assert [block.splitlines()[0] for block in result.stdout.split("\n\n")] == [
        "404 Not Found",
        "425 Too Early",
        "1006 Abnormal Closure",
    ]
    assert run("413", "Payload", "Too", "Large").stdout.startswith("413 Content Too Large\n")


def test_several_queries_in_json_are_one_list() -> None:
    facts = json.loads(run("404", "HTTP_500_INTERNAL_SERVER_ERROR", "499", "--json").stdout)

    assert [entry["code"] for entry in facts] == [404, 500, 499]


def test_several_queries_exit_with_the_worst_status() -> None:
    assert run("404", "499").returncode == 4
    missed = run("404", "zzzz", "499")
    assert missed.returncode == 1
    assert missed.stdout.startswith("404 Not Found")
    assert "nothing matches 'zzzz'" in missed.stderr


def test_version() -> None:
    result = run("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"statuscodes {statuscodes.__version__}"


def test_json_is_a_list_whatever_the_number_of_matches() -> None:
    assert len(json.loads(run("404", "--json").stdout)) == 1
    assert len(json.loads(run("too", "large", "--json").stdout)) == 2
    nothing = run("--json", "nonsense")
    assert nothing.returncode == 1
    assert json.loads(nothing.stdout) == []


def test_nothing_close_says_so_instead_of_none() -> None:
    result = run("qqqqqqqq")

    assert result.returncode == 1
    assert "closest: none" not in result.stderr
    assert "no close match" in result.stderr


def test_help_states_the_json_shape_the_queries_and_exit_status_4() -> None:
    help_text = " ".join(run("--help").stdout.split())

    assert "4 not registered" in help_text
    assert "always a list" in help_text
    assert "statuscodes 404 500" in help_text


def test_a_temporary_registration_shows_its_expiry() -> None:
    result = run("104")

    assert result.returncode == 0
    assert "registration: temporary, registered until 2026-11-13" in result.stdout
    [facts] = json.loads(run("104", "--json").stdout)
    assert facts["expires"] == "2026-11-13"
    [permanent] = json.loads(run("404", "--json").stdout)
    assert permanent["expires"] is None


def test_an_expiry_says_whether_it_has_passed() -> None:
    from statuscodes._cli import registration_text

    expires = statuscodes.HTTPCode.UPLOAD_RESUMPTION_SUPPORTED.expires
    assert registration_text("temporary", expires, "2026-12-02") == (
        "temporary, registered until 2026-11-13 (that date has passed)"
    )
    assert registration_text("temporary", expires, "2026-11-13") == (
        "temporary, registered until 2026-11-13"
    )
    assert registration_text("permanent", None, "2026-12-02") == "permanent"


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (["not", "found"], ["not found"]),
        (["413", "Payload", "Too", "Large"], ["413 Payload Too Large"]),
        (["404", "500"], ["404", "500"]),
        (["404", "too", "early", "1006"], ["404", "too early", "1006"]),
        (["HTTP_404_NOT_FOUND", "gone"], ["HTTP_404_NOT_FOUND", "gone"]),
        ([""], [""]),
    ],
)
def test_numbers_and_constants_split_the_queries(arguments: list[str], expected: list[str]) -> None:
    assert queries(arguments, CONSTANT_PREFIXES) == expected


def test_the_queries_read_in_process() -> None:
    registries = CONSTANT_PREFIXES
    assert constant("status.WS_1000_OK", registries) == 1000
    assert constant("WSCloseCode.NORMAL_CLOSURE", registries) == 1000
    assert constant("statuscodes.status.http_404_not_found", registries) == 404
    assert constant("HTTP_404_GONE", registries) is None
    assert constant("HTTP_4x4_NOT_FOUND", registries) is None
    assert constant("HTTPCode.NOT-FOUND", registries) is None
    assert constant("not a constant", registries) is None
    assert find("HTTPCode.NOT_FOUND", registries) == [404]
    assert find("HTTP_404_GONE", registries) == []
    assert find("404", registries) == [404]
    assert find("   ", registries) == []
    assert find("large " * 50, registries) == []
    assert {413, 422} <= set(find("entity", registries))
    assert closest("qqqqqqqq", (HTTPCode, WSCloseCode)) == "no close match"
    assert closest("not fund", (HTTPCode, WSCloseCode)).startswith("closest: 404 Not Found")
