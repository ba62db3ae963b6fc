#!/usr/bin/env python3
"""The completion scripts `clausecheck completion SHELL` writes, run in the shells themselves.

Each case types a command line and names words the completion must offer (and some it must
not). bash and fish complete for real (bash through its completion function, fish through
`complete -C`); zsh's script is checked for syntax, as zsh completes only in an interactive
line editor. A shell that is not installed is skipped (exit 77 when none is).

usage: completion_test.py CLAUSECHECK WORK_DIR"""
import pathlib
import shutil
import subprocess
import sys

# (words typed, the word being completed, words that must be offered, words that must not)
CASES = [
    ([], "ch", {"check"}, {"parse"}),
    ([], "", {"parse", "check", "rules", "diff", "status", "completion"}, set()),
    (["check"], "--fo", {"--format", "--follow-symlinks"}, {"--fail-on"}),
    (["check"], "--", {"--rules", "--as-of", "--baseline", "--verbose"}, {"--similarity", "--strict"}),
    (["check", "--format"], "", {"text", "json", "sarif", "junit", "github", "markdown"}, {"outline"}),
    (["diff", "--format"], "", {"text", "json", "markdown", "sarif"}, {"junit"}),
    (["parse", "--format"], "j", {"json"}, set()),
    (["status", "--count"], "", {"administrative", "civil_code"}, set()),
    (["check", "--rules"], "ty", {"typos"}, set()),
    (["rules"], "", {"list", "test"}, {"check"}),
    (["-v", "rules"], "l", {"list"}, set()),
    (["completion"], "", {"bash", "zsh", "fish"}, set()),
    (["check", "--as-of"], "", set(), {"text", "check", "drafts.txt"}),
    (["check"], "dr", {"drafts.txt"}, set()),  # files, as arguments of check
    (["check", "--config"], "dr", {"drafts.txt"}, set()),
]

failures = 0


def expect(condition: bool, what: str) -> None:
    global failures
    print(f"{'ok' if condition else 'FAIL'} {what}")
    failures += not condition


def bash_words(script: pathlib.Path, typed: list, current: str, cwd: pathlib.Path) -> set:
    words = ["clausecheck", *typed, current]
    program = (f"source {script}\nCOMP_WORDS=(" + " ".join(f"'{w}'" for w in words) + ")\n"
               f"COMP_CWORD={len(words) - 1}\n_clausecheck\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n")
    done = subprocess.run(["bash", "--norc", "-c", program], cwd=cwd, capture_output=True, text=True)
    expect(done.returncode == 0, f"bash ran the completion ({done.stderr.strip()})")
    return set(done.stdout.split())


def fish_words(script: pathlib.Path, typed: list, current: str, cwd: pathlib.Path) -> set:
    line = " ".join(["clausecheck", *typed, current])
    done = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C '{line}'"], cwd=cwd,
                          capture_output=True, text=True)
    expect(done.returncode == 0, f"fish ran the completion ({done.stderr.strip()})")
    return {entry.split("\t")[0] for entry in done.stdout.splitlines()}


def main() -> int:
    clausecheck, work = sys.argv[1], pathlib.Path(sys.argv[2])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    (work / "drafts.txt").write_text("通知\n", encoding="utf-8")
    scripts = {}
    for shell in ("bash", "zsh", "fish"):
        scripts[shell] = work / f"completion.{shell}"
        done = subprocess.run([clausecheck, "completion", shell, "-o", str(scripts[shell])], capture_output=True)
        expect(done.returncode == 0 and scripts[shell].stat().st_size > 0, f"clausecheck completion {shell}")
    done = subprocess.run([clausecheck, "completion", "tcsh"], capture_output=True, text=True)
    expect(done.returncode == 2, f"an unknown shell is a usage error (exit {done.returncode})")

    ran = 0
    for shell, complete in (("bash", bash_words), ("fish", fish_words)):
        if not shutil.which(shell):
            print(f"skip {shell}: not installed")
            continue
        ran += 1
        for typed, current, offered, not_offered in CASES:
            words = complete(scripts[shell], typed, current, work)
            line = " ".join(["clausecheck", *typed, current])
            expect(offered <= words, f"{shell}: '{line}' offers {sorted(offered)} (got {sorted(words)})")
            expect(not (not_offered & words), f"{shell}: '{line}' does not offer {sorted(not_offered & words)}")
    if shutil.which("zsh"):
        ran += 1
        done = subprocess.run(["zsh", "-n", str(scripts["zsh"])], capture_output=True, text=True)
        expect(done.returncode == 0, f"zsh -n accepts the script ({done.stderr.strip()})")
        text = scripts["zsh"].read_text(encoding="utf-8")
        for function in ("_clausecheck_check", "_clausecheck_rules_list", "_clausecheck_completion"):
            expect(f"\n{function}() {{" in text, f"zsh: {function} is defined")
    if ran == 0:
        print("skip: neither bash, fish nor zsh is installed")
        return 77
    print(f"{failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
