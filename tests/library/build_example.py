#!/usr/bin/env python3
"""Installs clausecheck into a fresh prefix, builds examples/library against it and checks its output.

The install holds only the public headers, the library and its CMake package;
the headers include nothing but the standard library and each other, and the
library exports no symbol of a third-party library (docs/library.md).

The program installed whole (every component) reads a PDF, and a .docx, through their modules
(lib*/clausecheck/), found from where the program is installed, and without a module says so (exit 2,
naming it).

The example must name every document `clausecheck parse` finds in the sample
gazette (title, 文号, type), give each the status `clausecheck status` gives it
on the same date, and count the findings `clausecheck check` makes.
"""
import argparse
import json
import pathlib
import re
import shutil
import subprocess
import sys

GAZETTE = "examples/zhumadian-gazette-2023-02.txt"
# Each reader module, and a file only it reads.
MODULES = {"libclausecheck-pdf.so": "tests/data/inputs/pdf/seed.pdf",
           "libclausecheck-zip.so": "tests/data/inputs/trial-three-years.docx"}
THIRD_PARTY = re.compile(r"YAML|re2::|fmt::|nlohmann|boost|spdlog|CLI::|dtl::")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
AS_OF = "2023-06-01"


def run(*command: str, cwd=None, ok=(0,)) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode not in ok:
        sys.exit(f"{' '.join(command)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def install_problems(prefix: pathlib.Path) -> list[str]:
    """What the install holds that it should not, or includes or exports that it should not."""
    problems = []
    for path in sorted(p for p in prefix.rglob("*") if not p.is_dir()):
        rel = path.relative_to(prefix).as_posix()
        if not re.fullmatch(r"include/clausecheck/.+\.hpp|lib[^/]*/libclausecheck\.so[.0-9]*|"
                            r"lib[^/]*/cmake/clausecheck/[^/]+\.cmake|lib[^/]*/clausecheck/(" +
                            "|".join(map(re.escape, MODULES)) + ")", rel):
            problems.append(f"{rel}: not a file of the library's install")
        if path.suffix != ".hpp":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            m = INCLUDE.match(line)
            if not m:
                continue
            standard = m.group(1) == "<" and re.fullmatch(r"[a-z_]+", m.group(2))
            own = m.group(1) == '"' and ((path.parent / m.group(2)).is_file() or (prefix / "include" / m.group(2)).is_file())
            if not (standard or own):
                problems.append(f"{rel}:{number}: includes {m.group(2)}, neither standard nor clausecheck's")
    for library in prefix.glob("lib*/libclausecheck.so"):
        symbols = run("nm", "-D", "-C", "--defined-only", str(library)).splitlines()
        problems += [f"{library.name} exports {s}" for s in symbols if THIRD_PARTY.search(s)]
    return problems


def module_problems(a: argparse.Namespace, prefix: pathlib.Path) -> list[str]:
    """The installed program on each module's file: read through the module, then refused with a clear message
    without it."""
    run(a.cmake, "--install", a.build, "--prefix", str(prefix))
    program = str(prefix / "bin" / "clausecheck")
    for module, path in MODULES.items():
        want = run(a.clausecheck, "parse", "--format", "outline", path, cwd=a.source)
        if run(program, "parse", "--format", "outline", path, cwd=a.source) != want:
            return [f"the installed program reads {path} otherwise than the build tree's"]
        modules = list(prefix.glob(f"lib*/clausecheck/{module}"))
        if len(modules) != 1:
            return [f"{len(modules)} installed {module}, expected one"]
        modules[0].unlink()
        done = subprocess.run([program, "parse", path], cwd=a.source, capture_output=True, text=True)
        if done.returncode != 2 or module not in done.stderr or f"{path}:" not in done.stderr:
            return [f"without {module} the installed program exited {done.returncode}: {done.stderr}"]
    return []


def expected_lines(clausecheck: str, source: str) -> list[str]:
    """The example's document lines, as the CLI's parse and status make them."""
    model = json.loads(run(clausecheck, "parse", "--format", "json", GAZETTE, cwd=source))
    register = json.loads(run(clausecheck, "status", "--no-config-discovery", "--format", "json",
                              "--as-of", AS_OF, GAZETTE, cwd=source))
    status = {e["document"]["title"]: e["status"] for e in register["entries"] if e["clause"] is None}
    lines = []

    def add(doc: dict, indent: str) -> None:
        number = doc["number"]["raw"] if doc["number"] else ""
        lines.append(f"{indent}{doc['title']} | {number or '-'} | {doc['type'] or '-'} | "
                     f"{status.get(doc['title'], '-')}")
        for attachment in doc["attachments"]:
            add(attachment, indent + "  ")

    for doc in model["files"][0]["documents"]:
        add(doc, "")
    return lines


def main() -> int:
    p = argparse.ArgumentParser()
    for name in ("cmake", "generator", "cxx", "build", "work", "source", "clausecheck"):
        p.add_argument(f"--{name}", required=True)
    # The flags the library was built with: a sanitized library (the asan preset)
    # needs a program built and linked with the same sanitizers.
    p.add_argument("--cxx-flags", default="")
    p.add_argument("--exe-linker-flags", default="")
    a = p.parse_args()
    work = pathlib.Path(a.work)
    shutil.rmtree(work, ignore_errors=True)
    prefix, build = work / "prefix", work / "build"
    run(a.cmake, "--install", a.build, "--prefix", str(prefix), "--component", "library")
    problems = install_problems(prefix)
    if problems:
        print(*problems, sep="\n", file=sys.stderr)
        return 1
    problems = module_problems(a, work / "whole")
    if problems:
        print(*problems, sep="\n", file=sys.stderr)
        return 1
    run(a.cmake, "-S", str(pathlib.Path(a.source) / "examples/library"), "-B", str(build), "-G", a.generator,
        f"-DCMAKE_CXX_COMPILER={a.cxx}", f"-DCMAKE_PREFIX_PATH={prefix}", "-DCMAKE_BUILD_TYPE=Release",
        f"-DCMAKE_CXX_FLAGS={a.cxx_flags}", f"-DCMAKE_EXE_LINKER_FLAGS={a.exe_linker_flags}")
    run(a.cmake, "--build", str(build))
    out = run(str(build / "policy_summary"), GAZETTE, AS_OF, cwd=a.source).splitlines()

    findings = json.loads(run(a.clausecheck, "check", "--no-config-discovery", "--format", "json", "--as-of",
                              AS_OF, GAZETTE, cwd=a.source, ok=(0, 1)))["findings"]
    lines = expected_lines(a.clausecheck, a.source)
    want = [f"{len(lines) - sum(l.startswith(' ') for l in lines)} documents, status as of {AS_OF}",
            *lines, f"{len(findings)} findings"]
    if out != want:
        print("policy_summary printed:", *out, "expected:", *want, sep="\n", file=sys.stderr)
        return 1
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
