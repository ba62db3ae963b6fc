#!/usr/bin/env python3
"""Runs the command examples of README.md and docs/*.md and compares them with what the docs show.

- Every command runs with LC_ALL=zh_CN.UTF-8: the transcripts show the Chinese messages
  (docs/cli.md, "Language").
- A transcript (a fenced block whose lines start with `$ `) is run line by line in one bash
  session, in a scratch copy of examples/, stdout and stderr together, and each command's output
  must be the lines the doc shows under it. A line that is only `…` stands for any number of
  lines (output the doc trims); `# exit N` after a command asserts its exit code.
- A `sh` block's `clausecheck …` lines are run the same way and must exit 0 or 1 (never a usage
  or internal error): they are the commands a reader copies.
- The yaml blocks of docs/config.md are configs: each is loaded by `check --config` and must not
  be refused (exit 2).
A few transcripts run on folders their prose describes (`gazettes/`, a copy of the seed with an
edit); SETUP below makes those folders as the prose says.

usage: doc_examples_test.py CLAUSECHECK SOURCE_DIR WORK_DIR"""
import pathlib
import re
import shutil
import subprocess
import sys

SEED = "examples/zhumadian-gazette-2023-02.txt"
failures = 0


def expect(condition: bool, what: str) -> None:
    global failures
    print(f"{'ok' if condition else 'FAIL'} {what}")
    failures += not condition


def blocks(markdown: str):
    """(language, lines, first line number) of each fenced block."""
    for m in re.finditer(r"^```(\w*)\n(.*?)^```", markdown, re.M | re.S):
        yield m.group(1), m.group(2).splitlines(), markdown.count("\n", 0, m.start()) + 2


def matches(shown: list, got: list) -> bool:
    """Whether `got` is `shown` with each `…` line standing for any lines."""
    if not shown:
        return not got
    if shown[0].strip() == "…":
        return any(matches(shown[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and got[0].rstrip() == shown[0].rstrip() and matches(shown[1:], got[1:])


def run_session(commands: list, cwd: pathlib.Path, binary_dir: str) -> list:
    """Runs the commands in one bash; returns (output lines, exit code) of each."""
    script = "set +e\nexec 2>&1\n"
    for i, command in enumerate(commands):
        script += f"{command}\nrc=$?; echo \"@@{i} $rc@@\"; (exit $rc)\n"
    done = subprocess.run(["bash", "--norc", "-c", script], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": f"{binary_dir}:/usr/bin:/bin", "LANG": "C.UTF-8", "LC_ALL": "zh_CN.UTF-8", "TZ": "UTC"},
                          stdin=subprocess.DEVNULL)
    results, lines = [], []
    for line in done.stdout.splitlines():
        m = re.fullmatch(r"@@(\d+) (\d+)@@", line)
        if m:
            results.append((lines, int(m.group(2))))
            lines = []
        else:
            lines.append(line)
    return results


def gazettes_seed(work: pathlib.Path) -> None:
    """`gazettes/`: a copy of the seed (docs/cli.md, "A baseline")."""
    (work / "gazettes").mkdir(exist_ok=True)
    shutil.copy(work / SEED, work / "gazettes")


def gazettes_edited(work: pathlib.Path) -> None:
    """The same copy with two lines inserted at the top and 截止目前 added in a clause."""
    path = work / "gazettes" / pathlib.Path(SEED).name
    text = path.read_text(encoding="utf-8")
    text = "\n\n" + text.replace("任务全面完成", "任务截止目前，全面完成", 1)
    path.write_text(text, encoding="utf-8")


def gazettes_sidecar(work: pathlib.Path) -> None:
    """A sidecar beside the edited copy, accepting what docs/cli.md's prose says it accepts."""
    (work / "gazettes" / ".clausecheck-suppressions.yaml").write_text(
        "suppress:\n"
        "  - rule: typos.repeated-char\n    evidence: 驻驻\n    reason: 原文如此，已与印发稿核对\n"
        "  - rule: format.*\n    anchor: 政府工作报告\n    reason: 工作报告不是公文，不按 GB/T 9704 排版\n"
        "  - rule: typos.common\n    line: 783\n    reason: 原文如此\n", encoding="utf-8")


# Steps the prose around a transcript describes, before its command (matched whole).
SETUP = {
    "clausecheck check gazettes --as-of 2026-11-28 --write-baseline base.json     # exit 1: 19 findings recorded":
        gazettes_seed,
    "clausecheck check gazettes --as-of 2026-11-28 --baseline base.json            # after the edits": gazettes_edited,
    "clausecheck check gazettes --as-of 2026-11-28": gazettes_sidecar,
}


def check_transcript(name: str, lines: list, work: pathlib.Path, binary_dir: str) -> None:
    commands, shown = [], []
    for line in lines:
        if line.startswith("$ "):
            commands.append(line[2:])
            shown.append([])
        elif commands:
            shown[-1].append(line)
    for i, command in enumerate(commands):
        if command in SETUP:
            SETUP[command](work)
        (got, code), = run_session([command], work, binary_dir) if "$?" not in command else [(None, None)]
        if "$?" in command:
            continue  # `echo $?` is checked with the command before it
        exit_note = re.search(r"# exit (\d+)", command)
        if exit_note:
            expect(code == int(exit_note.group(1)), f"{name}: `{command}` exits {exit_note.group(1)} (got {code})")
        if i + 1 < len(commands) and commands[i + 1] == "echo $?":
            expect([str(code)] == shown[i + 1], f"{name}: `{command}` exits {shown[i + 1]} (got {code})")
        expect(code in (0, 1, 2), f"{name}: `{command}` ran (exit {code})")
        if not shown[i]:
            continue  # the doc shows no output (it trims it): only the exit code counts
        if "| head" in command:
            # head may close the pipe before clausecheck is done: that write error (exit 2 and one
            # line, docs/robustness.md) is the shell's doing, not the command's output.
            got = [line for line in got if line != "clausecheck: error: cannot write to stdout: Broken pipe"]
        ok = matches(shown[i], got)
        expect(ok, f"{name}: `{command}` prints what the doc shows")
        if not ok:
            print("  doc shows:\n    " + "\n    ".join(shown[i]) + "\n  got:\n    " + "\n    ".join(got[:40]))


def main() -> int:
    clausecheck, source, work = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    binary_dir = str(work / "bin")
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(source / "examples", work / "examples")
    (work / "bin").mkdir()
    (work / "bin" / "clausecheck").symlink_to(clausecheck)
    docs = [source / "README.md", *sorted((source / "docs").glob("*.md"))]
    for doc in docs:
        text = doc.read_text(encoding="utf-8")
        for language, lines, start in blocks(text):
            name = f"{doc.relative_to(source)}:{start}"
            if any(line.startswith("$ clausecheck") for line in lines):
                check_transcript(name, lines, work, binary_dir)
            elif language == "sh":
                commands = [line for line in lines if line.startswith("clausecheck ")]
                for (got, code), command in zip(run_session(commands, work, binary_dir), commands):
                    expect(code in (0, 1), f"{name}: `{command}` exits 0 or 1 (got {code}: {' '.join(got[-2:])})")
            elif language == "yaml" and doc.name == "config.md":
                # The doc's own pack beside the config (`packs: [..., ./house-rules.yaml]`).
                shutil.copy(source / "tests" / "docs" / "house-rules.yaml", work / "house-rules.yaml")
                config = work / "config.yaml"
                config.write_text("\n".join(lines) + "\n", encoding="utf-8")
                (got, code), = run_session([f"clausecheck check --no-config-discovery --config config.yaml {SEED}"],
                                           work, binary_dir)
                expect(code in (0, 1), f"{name}: the config loads (exit {code}: {' '.join(got[-2:])})")
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
