#!/usr/bin/env python3
"""Runs the command lines of examples/ci/clausecheck-drafts.yml and .pre-commit-hooks.yaml
as GitHub Actions and pre-commit would, against examples/drafts, and checks their exit
codes and outputs.

usage: ci_examples_test.py CLAUSECHECK SOURCE_DIR WORK_DIR"""
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys

CLEAN_DRAFT = """驻马店市人民政府办公室
关于做好2024年春节期间安全生产工作的通知

驻政办〔2024〕1号

各县区人民政府，市直有关单位：

为做好春节期间安全生产工作，现将有关事项通知如下。

一、加强隐患排查。各单位要对重点场所开展检查。

二、强化值班值守。各单位要落实领导带班制度。

驻马店市人民政府办公室
2024年1月20日
"""

failures = 0


def expect(condition: bool, what: str) -> None:
    global failures
    print(f"{'ok' if condition else 'FAIL'} {what}")
    failures += not condition


def workflow_commands(workflow: str) -> list:
    return re.findall(r"^\s*run:\s*(clausecheck .+?)\s*$", workflow, re.M)


def hook(hooks: str) -> dict:
    """The few keys of the one hook that say how pre-commit runs it."""
    keys = dict(re.findall(r"^\s*-?\s*(id|entry|files|language):\s*(.+?)\s*$", hooks, re.M))
    args = re.search(r"^\s*args:\s*\[(.*)\]\s*$", hooks, re.M)
    keys["args"] = [a.strip().strip("'\"") for a in args.group(1).split(",")] if args else []
    return keys


def run(command: list, cwd: pathlib.Path, env: dict) -> subprocess.CompletedProcess:
    print("$ " + " ".join(shlex.quote(c) for c in command))
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


def main() -> int:
    clausecheck, source, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    (work / "bin").mkdir(parents=True)
    (work / "bin" / "clausecheck").symlink_to(pathlib.Path(clausecheck).resolve())
    shutil.copytree(source / "examples" / "drafts", work / "drafts")
    drafts = sorted(p.name for p in (work / "drafts").glob("*.txt"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")}
    env["PATH"] = f"{work / 'bin'}:{env.get('PATH', '')}"

    # The workflow, step by step, as the runner's shell runs each `run:`.
    workflow = (source / "examples" / "ci" / "clausecheck-drafts.yml").read_text(encoding="utf-8")
    commands = workflow_commands(workflow)
    expect(len(commands) == 2, f"the workflow runs clausecheck twice: {commands}")
    sarif_step = next(c for c in commands if "--format sarif" in c)
    sarif_file = re.search(r"-o (\S+)", sarif_step).group(1)
    expect(re.search(rf"sarif_file:\s*{re.escape(sarif_file)}\s*$", workflow, re.M) is not None,
           f"upload-sarif uploads {sarif_file}")
    expect("github/codeql-action/upload-sarif@" in workflow, "the workflow uses github/codeql-action/upload-sarif")

    # The trusted config (the workflow checks it out of the target branch), and files a
    # submitter plants beside the drafts to turn the check off: the steps must not read them.
    (work / "trusted").mkdir()
    (work / "trusted" / ".clausecheck.yaml").write_text("fail_on: error\n", encoding="utf-8")
    (work / "drafts" / ".clausecheck.yaml").write_text("fail_on: never\n", encoding="utf-8")
    (work / "drafts" / ".clausecheck-suppressions.yaml").write_text(
        "suppress:\n" + "".join(f"  - {{rule: {p}.*, reason: planted}}\n" for p in ("validity", "format", "consistency", "typos")),
        encoding="utf-8")
    expect("--no-config-discovery --config trusted/.clausecheck.yaml" in sarif_step,
           "the check step reads only the trusted config")
    planted = run(["bash", "-e", "-c", sarif_step.replace("--no-config-discovery ", "")], work, env)
    expect(planted.returncode == 0 and "--no-config-discovery" in planted.stderr,
           f"without --no-config-discovery the planted files turn the check off, with a warning (exit {planted.returncode})")

    step = run(["bash", "-e", "-c", sarif_step], work, env)
    expect(step.returncode == 1, f"the check step fails on the broken drafts (exit {step.returncode}: {step.stderr.strip()})")
    for name in (".clausecheck.yaml", ".clausecheck-suppressions.yaml"):
        (work / "drafts" / name).unlink()  # the pre-commit hook below runs where the drafts' owner commits
    log = json.loads((work / sarif_file).read_text(encoding="utf-8"))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    expect(uris == {f"drafts/{d}" for d in drafts}, f"every draft has a result in the SARIF: {sorted(uris)}")

    summary = work / "step_summary.md"
    annotate = run(["bash", "-e", "-c", next(c for c in commands if "--format github" in c)], work,
                   dict(env, GITHUB_STEP_SUMMARY=str(summary)))
    errors = [line for line in annotate.stdout.splitlines() if line.startswith("::error file=drafts/")]
    expect(annotate.returncode == 0, f"the annotate step passes (exit {annotate.returncode})")
    expect(len(errors) == len([r for r in log["runs"][0]["results"] if r["level"] == "error"]),
           f"one ::error per SARIF error ({len(errors)})")
    expect(summary.exists() and "| severity | rule | location |" in summary.read_text(encoding="utf-8"),
           "the full table is in the step summary")

    # The pre-commit hook: entry + args + the staged files its `files` pattern selects.
    spec = hook((source / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    expect(spec.get("language") == "system" and spec.get("id") == "clausecheck", f"the hook: {spec}")
    pattern = re.compile(spec["files"])
    staged = [f"drafts/{d}" for d in drafts if pattern.search(f"drafts/{d}")]
    expect(len(staged) == len(drafts) and not pattern.search("drafts/notes.pdf"), "the hook selects .txt and .md only")
    command = shlex.split(spec["entry"]) + spec["args"]
    blocked = run(command + staged, work, env)
    expect(blocked.returncode == 1, f"the hook blocks a commit of the broken drafts (exit {blocked.returncode})")
    expect(all(f in blocked.stdout for f in staged), "the hook names every broken draft")
    (work / "clean.txt").write_text(CLEAN_DRAFT, encoding="utf-8")
    passed = run(command + ["clean.txt"], work, env)
    expect(passed.returncode == 0, f"the hook passes a clean draft (exit {passed.returncode}: {passed.stdout.strip()})")

    checks = 14
    print(f"{checks - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
