#!/usr/bin/env python3
"""Validates clausecheck's SARIF two ways: against the SARIF 2.1.0 JSON schema that the
SARIF Multitool's npm package ships (python3-jsonschema), and with the Multitool's own
`validate` (npm @microsoft/sarif-multitool, which ships its Linux binary), whose SARIF
rules go beyond the schema but which lets some schema errors through. Installs the
tool into CACHE_DIR on first use (the npm registry is the only network it needs).

usage: validate_sarif.py CACHE_DIR SAMPLE_WRITER CLAUSECHECK SOURCE_DIR WORK_DIR

Validates: the sample findings with a baseline (all baselineState values), and
`clausecheck check` of the seed and of examples/drafts in SARIF. Fails on any
error-level result of the validator; prints its warnings."""
import json
import os

import jsonschema
import pathlib
import shutil
import subprocess
import sys

VERSION = "5.7.0"


def schema_errors(schema: dict, sarif: pathlib.Path) -> int:
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = list(validator.iter_errors(json.loads(sarif.read_text(encoding="utf-8"))))
    for e in errors[:20]:
        print(f"  schema: {'/'.join(str(p) for p in e.absolute_path)}: {e.message[:200]}")
    print(f"{'FAIL' if errors else 'ok'} {sarif.name}: {len(errors)} schema errors")
    return 1 if errors else 0


def install(cache: pathlib.Path) -> pathlib.Path:
    tool = cache / "node_modules" / "@microsoft" / "sarif-multitool-linux" / "Sarif.Multitool"
    if not tool.exists():
        npm = shutil.which("npm")
        if not npm:
            sys.exit("npm is not installed (.ci/install-deps installs it)")
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--no-save", "--prefix", str(cache),
                        f"@microsoft/sarif-multitool@{VERSION}"], check=True)
    # npm may skip the package's postinstall (chmod u+x).
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
    cache, writer, clausecheck, source, work = sys.argv[1:6]
    source, work = pathlib.Path(source), pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    tool = install(pathlib.Path(cache))
    failures = 0
    sample = work / "sample.sarif"
    subprocess.run([writer, str(sample)], check=True)
    files = [sample]
    for name, target in (("seed", "examples/zhumadian-gazette-2023-02.txt"), ("drafts", "examples/drafts")):
        out = work / f"{name}.sarif"
        failures += check_sarif(clausecheck, source, target, out)
        if out.exists():
            files.append(out)
    schema = json.loads((tool.parent / "sarif-2.1.0.json").read_text(encoding="utf-8-sig"))
    for sarif in files:
        failures += schema_errors(schema, sarif)
        failures += validate(tool, sarif, work)
    print(f"{2 * len(files) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
