#!/usr/bin/env python3
"""Validates clausecheck's SARIF two ways: against the SARIF 2.1.0 JSON schema
(tests/data/sarif/sarif-2.1.0.json, validated with Debian's python3-jsonschema), and, with
--multitool, with the SARIF Multitool's own `validate`, whose SARIF rules go beyond the schema
but which lets some schema errors through. Nothing is downloaded here: .ci/install-deps installs
the Multitool (npm @microsoft/sarif-multitool) outside the source tree, and the Multitool check
exits 77 (skipped) where it is not installed.

usage: validate_sarif.py SCHEMA SAMPLE_WRITER CLAUSECHECK SOURCE_DIR WORK_DIR [--multitool TOOL]

Validates: the sample findings with a baseline (all baselineState values), and
`clausecheck check` of the seed and of examples/drafts in SARIF. Fails on any schema error,
and on any error-level result of the Multitool; prints its warnings."""
import json
import os
import pathlib
import subprocess
import sys

import jsonschema


def schema_errors(schema: dict, sarif: pathlib.Path) -> int:
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = list(validator.iter_errors(json.loads(sarif.read_text(encoding="utf-8"))))
    for e in errors[:20]:
        print(f"  schema: {'/'.join(str(p) for p in e.absolute_path)}: {e.message[:200]}")
    print(f"{'FAIL' if errors else 'ok'} {sarif.name}: {len(errors)} schema errors")
    return 1 if errors else 0


SKIPPED = 77  # ctest's SKIP_RETURN_CODE


def multitool(path: str) -> pathlib.Path | None:
    """The Multitool's binary, or None where it is not installed."""
    tool = pathlib.Path(path)
    if not tool.is_file():
        return None
    # npm may skip the package's postinstall (chmod u+x).
    if not os.access(tool, os.X_OK):
        tool.chmod(tool.stat().st_mode | 0o100)
    return tool


def explain(log: dict, result: dict) -> str:
    """The validator's message for a result, its arguments filled in."""
    message = result.get("message", {})
    args = message.get("arguments", [])
    for run_ in log["runs"]:
        for rule in run_["tool"]["driver"].get("rules", []):
            if rule["id"] == result.get("ruleId"):
                for key, text in rule.get("messageStrings", {}).items():
                    if key.endswith(message.get("id", "")):
                        try:
                            return text["text"].format(*args)
                        except (IndexError, KeyError):
                            pass
    return message.get("text") or str(args)


def validate(tool: pathlib.Path, sarif: pathlib.Path, work: pathlib.Path) -> int:
    out = work / (sarif.stem + ".validation.sarif")
    if out.exists():
        out.unlink()
    env = dict(os.environ, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT="1", DOTNET_CLI_TELEMETRY_OPTOUT="1")
    run = subprocess.run([str(tool), "validate", str(sarif), "-o", str(out)], env=env,
                         capture_output=True, text=True)
    if run.returncode != 0 or not out.exists():
        print(run.stdout, run.stderr)
        print(f"FAIL {sarif}: the validator did not run (exit {run.returncode})")
        return 1
    log = json.loads(out.read_text(encoding="utf-8-sig"))
    results = [r for run_ in log["runs"] for r in run_.get("results", [])]
    errors = 0
    for r in results:
        level = r.get("level", "warning")
        print(f"  {level}: {r.get('ruleId')}: {explain(log, r)}")
        errors += level == "error"
    print(f"{'FAIL' if errors else 'ok'} {sarif.name}: {errors} errors, {len(results) - errors} other results")
    return 1 if errors else 0


def check_sarif(clausecheck: str, source: pathlib.Path, target: str, out: pathlib.Path) -> int:
    if out.exists():
        out.unlink()
    run = subprocess.run([clausecheck, "check", str(source / target), "--format", "sarif", "-o", str(out)],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1) or not out.exists():
        print(run.stdout, run.stderr)
        print(f"FAIL clausecheck check {target}: exit {run.returncode}")
        return 1
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    print(f"clausecheck check {target}: {len(results)} results")
    return 0


def main() -> int:
    schema_path, writer, clausecheck, source, work = sys.argv[1:6]
    tool = None
    if sys.argv[6:7] == ["--multitool"]:
        tool = multitool(sys.argv[7])
        if tool is None:
            print(f"skipped: the SARIF Multitool is not installed at {sys.argv[7]} (.ci/install-deps installs it)")
            return SKIPPED
    source, work = pathlib.Path(source), pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    failures = 0
    sample = work / "sample.sarif"
    subprocess.run([writer, str(sample)], check=True)
    files = [sample]
    for name, target in (("seed", "examples/zhumadian-gazette-2023-02.txt"), ("drafts", "examples/drafts")):
        out = work / f"{name}.sarif"
        failures += check_sarif(clausecheck, source, target, out)
        if out.exists():
            files.append(out)
    schema = json.loads(pathlib.Path(schema_path).read_text(encoding="utf-8-sig"))
    for sarif in files:
        failures += validate(tool, sarif, work) if tool else schema_errors(schema, sarif)
    print(f"{len(files) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
