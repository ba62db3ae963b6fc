#!/usr/bin/env python3
"""docs/man/clausecheck.1 against the program: every command and every option that
`clausecheck COMMAND --help` lists is in the man page, in the command's own section or
among the common options; every option the man page names is one the program takes;
and groff formats the page without a warning (when groff is installed).

usage: man_page_test.py CLAUSECHECK MAN_PAGE"""
import re
import shutil
import subprocess
import sys

failures = 0


def expect(condition: bool, what: str) -> None:
    global failures
    print(f"{'ok' if condition else 'FAIL'} {what}")
    failures += not condition


def help_text(clausecheck: str, *command: str) -> str:
    return subprocess.run([clausecheck, *command, "--help"], capture_output=True, text=True, check=True).stdout


def options(help_output: str) -> set:
    """The option names of a --help: the lines of its Options section that start with a dash."""
    section = help_output.split("Options:", 1)[1].split("\n\n", 1)[0] if "Options:" in help_output else ""
    names = set()
    for line in section.splitlines():
        m = re.match(r"\s+(-[^\s]+)", line)
        if m:
            names.update(n for n in m.group(1).split(",") if n.startswith("-"))
    return names


def subcommands(help_output: str) -> list:
    section = help_output.split("Subcommands:", 1)[1] if "Subcommands:" in help_output else ""
    return re.findall(r"^  (\w+)\s", section, re.M)


def plain(roff: str) -> str:
    """Roff as read: font changes dropped, escaped dashes as dashes."""
    return re.sub(r"\\f.", "", roff).replace("\\-", "-")


def sections(page: str) -> dict:
    """The plain text of each .SH/.SS section, by its heading's first word."""
    out = {}
    for heading, body in re.findall(r"^\.S[HS] (.+)\n((?:(?!\.S[HS] ).*\n)*)", page, re.M):
        out[re.sub(r"\\f.", "", heading).split()[0]] = plain(body)
    return out


def main() -> int:
    clausecheck, man_page = sys.argv[1], sys.argv[2]
    page = open(man_page, encoding="utf-8").read()
    parts = sections(page)
    common = parts.get("GLOBAL", "") + parts.get("COMMON", "")
    taken = set()
    root = help_text(clausecheck)
    for name in options(root):
        taken.add(name)
        expect(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", common) is not None, f"global option {name}")
    for command in subcommands(root):
        expect(command in parts, f"the man page has a section for `{command}`")
        names = options(help_text(clausecheck, command))
        for sub in subcommands(help_text(clausecheck, command)):
            names |= options(help_text(clausecheck, command, sub))
        taken |= names
        for name in sorted(names - {"-h", "--help"}):
            text = parts.get(command, "") + common
            expect(re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None, f"{command} {name}")
    named = set(re.findall(r"(?<![\w-])(--[a-z][\w-]*)", plain(page)))
    for name in sorted(named):
        expect(name in taken, f"the man page's {name} is an option of the program")
    if shutil.which("groff"):
        done = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", man_page], capture_output=True, text=True)
        expect(done.returncode == 0 and not done.stderr, f"groff formats the page without warnings {done.stderr}")
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
