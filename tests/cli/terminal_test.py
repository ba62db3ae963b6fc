#!/usr/bin/env python3
"""Colour and the progress meter, on a real terminal (a pty) and through a pipe.

usage: terminal_test.py CLAUSECHECK SEED WORK_DIR"""
import os
import pty
import shutil
import subprocess
import sys

failures = 0


def expect(condition: bool, what: str) -> None:
    global failures
    print(f"{'ok' if condition else 'FAIL'} {what}")
    failures += not condition


def on_pty(args: list, env: dict) -> bytes:
    """Runs with stdin, stdout and stderr on a pty; returns all it wrote."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(args[0], args, env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    return out


def piped(args: list, env: dict) -> bytes:
    return subprocess.run(args, env=env, capture_output=True).stderr


def main() -> int:
    binary, seed, work = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    for i in range(400):  # long enough (well over the meter's first 100 ms) on one thread
        shutil.copy(seed, os.path.join(work, f"{i:03}.txt"))
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "TERM": "xterm"}
    parse = [binary, "parse", "--jobs", "1", work]

    shown = on_pty(parse, env)
    expect(b"/400 files" in shown and b"MB/s" in shown and b"ETA" in shown, "a terminal shows the meter")
    expect(b"\r\x1b[2K" in shown, "the meter's line is cleared")
    expect(b"files" not in piped(parse, env), "a pipe shows no meter")
    expect(b"files  " not in on_pty([binary, "-q"] + parse[1:], env), "-q shows no meter")

    mistake = [binary, "chek"]
    red = b"\x1b[1;31merror"
    expect(red in on_pty(mistake, env), "a terminal: error in colour")
    expect(red not in on_pty(mistake, dict(env, NO_COLOR="1")), "NO_COLOR: no colour")
    expect(red not in on_pty([binary, "--color=never", "chek"], env), "--color=never: no colour")
    expect(red not in piped(mistake, env), "a pipe: no colour")
    expect(red in piped([binary, "--color=always", "chek"], env), "--color=always: colour through a pipe")
    shutil.rmtree(work)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
