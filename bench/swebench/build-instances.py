#!/usr/bin/env python3
"""Builds the shipped SWE-bench-style set (docs/suites.md, "The shipped set") from real bug-fix
commits of r1chardj0n3s/parse (MIT), and a git bundle of the history it needs.

Per instance: base_commit = the fix's parent (or a given base); patch = the diff base..fix of the
non-test files; test_patch = the diff of the test files. FAIL_TO_PASS and PASS_TO_PASS are not
written by hand: the whole suite is run at base + test_patch and at base + test_patch + patch (with
the loader's own pytest runner, `--runs` times each, and a test whose outcome changes between runs
is dropped); FAIL_TO_PASS = passed with the fix and not without it, PASS_TO_PASS = passed in both.

    bench/swebench/build-instances.py --repo /path/to/parse.git \\
        --out tasks/src/test/resources/swebench/parse        # host python3 with pytest
    ... --docker ratchet/python:latest                        # or pytest inside an image

The repository is any clone or mirror of https://github.com/r1chardj0n3s/parse holding the commits.
Needs git and, without --docker, a python3 that has pytest.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = "r1chardj0n3s/parse"
# The loader's default runner (SweBenchLoader.DEFAULT_RUNNER): the ids it computes are the ids it runs.
RUNNER = ["python3", "-m", "pytest", "-rA", "-p", "no:cacheprovider"]

# (number, fix commit, base commit or None = the fix's parent, problem statement). The number is the
# pull request the commit names, else the issue it closes. The statements are the bug as a user would
# report it (from the commit message and the linked issue), without the fix.
INSTANCES = [
    (45, "2918b12", None,
     "`parse('{:d}', 'abcdef')` returns a Result instead of None: a bare run of hexadecimal letters is"
     " accepted as an integer for the `d` type, although it holds no decimal digit."),
    (92, "db1acf8", None,
     "Comparing a `parse.FixedTzOffset` with an object of another type fails: `FixedTzOffset(0, 'UTC') != None`"
     " (or `!= 'spam'`) raises AttributeError instead of returning True."),
    (103, "bc417de", None,
     "Several bugs with parsing hex, bin and oct numbers: hexadecimal values that start with `0b`/`0B`"
     " (e.g. `parse('a {:x} b', 'a 0B1 b')`) are read as binary, and signed numbers such as"
     " `parse('a {:d} b', 'a -0o10 b')` or `parse('a {:x} b', 'a -1010 b')` come back wrong or don't match."),
    (111, "5b95087", "f19aab8",
     "A compiled pattern can't be pickled: `pickle.dumps(parse.compile('{a:d}'))` raises AttributeError"
     " (issue #110)."),
    (113, "19689cf", None,
     "`findall` ignores `case_sensitive`: `parse.findall('x({})x', 'X(hi)X', case_sensitive=True)` still"
     " finds `hi`, while `parse`/`search` honour the flag."),
    (119, "3cf6e15", None,
     "A Parser with a `{:d}` field remembers the base of the first number it parsed:"
     " `p = parse.Parser('{:d}'); p.parse('1234'); p.parse('0b1011')` no longer reads the second as"
     " binary 11."),
    (124, "1269006", None,
     "`parse('{}', 'test\\n')` returns None: a trailing newline in the string is not matched by a field."),
    (125, "5bc22a4", None,
     "Numbered fields with a type don't work: `parse('{0:f} {1:f}', '1.0 2.0')` fails, and `{0}`/`{1}`"
     " fields don't compile to the expected pattern."),
    (132, "421c199", None,
     "Alignment in a format that the string doesn't use breaks matching since 1.17: `parse('{:^2S}', 'foo')`"
     " and `parse('Column {:d}:{:^}', 'Column 1: Timestep')` return None (issue #118)."),
]

TEST_FILE = re.compile(r"(^|/)(tests?|testing)/|(^|/)test_[^/]*\.py$|_test\.py$")

# Records each test's outcome (node id -> passed/failed/skipped) in $RATCHET_OUTCOMES.
RECORDER = '''
import json, os
_outcomes = {}
def pytest_runtest_logreport(report):
    if report.failed:
        _outcomes[report.nodeid] = "failed"
    elif report.skipped:
        _outcomes.setdefault(report.nodeid, "skipped")
    elif report.when == "call":
        _outcomes.setdefault(report.nodeid, "passed")
def pytest_collectreport(report):
    if report.failed:
        _outcomes[report.nodeid] = "failed"
def pytest_sessionfinish(session):
    with open(os.environ["RATCHET_OUTCOMES"], "w") as f:
        json.dump(_outcomes, f, indent=0, sort_keys=True)
'''


def git(repo, *args, text=True):
    return subprocess.run(["git", "--git-dir", str(repo), *args], check=True, capture_output=True,
                          text=text).stdout


def diff(repo, base, fix, paths):
    if not paths:
        return ""
    return git(repo, "diff", "--no-color", "--no-ext-diff", "--no-renames", base, fix, "--", *paths)


def checkout(repo, commit, into):
    tar = git(repo, "archive", "--format=tar", commit, text=False)
    subprocess.run(["tar", "-x", "-C", str(into)], input=tar, check=True)


def apply(patch, into):
    if patch:
        subprocess.run(["git", "apply", "--whitespace=nowarn", "-"], input=patch, text=True, cwd=into, check=True)


def run_suite(workdir, plugin_dir, docker):
    """Runs the whole suite; returns {node id: outcome}."""
    out = workdir / ".outcomes.json"
    argv = RUNNER + ["-p", "ratchet_outcomes", "-q"]
    if docker:
        cmd = ["docker", "run", "--rm", "--network", "none", "-u", f"{os.getuid()}:{os.getgid()}",
               "-v", f"{workdir}:/w", "-v", f"{plugin_dir}:/plugin:ro", "-w", "/w",
               "-e", "PYTHONPATH=/plugin", "-e", "RATCHET_OUTCOMES=/w/.outcomes.json",
               "-e", "PYTHONDONTWRITEBYTECODE=1", docker, *argv]
        env = None
    else:
        cmd = argv
        env = dict(os.environ, PYTHONPATH=str(plugin_dir), RATCHET_OUTCOMES=str(out), PYTHONDONTWRITEBYTECODE="1")
    p = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True)
    if not out.exists():
        sys.exit(f"build-instances: pytest did not run in {workdir} (exit {p.returncode}):\n{p.stdout}{p.stderr}")
    outcomes = json.loads(out.read_text())
    out.unlink()
    return outcomes


def stable(runs, where):
    """The outcome of each test that had the same outcome in every run (the others are reported)."""
    first = runs[0]
    kept = {t: o for t, o in first.items() if all(r.get(t) == o for r in runs[1:])}
    for t in sorted(set().union(*runs) - set(kept)):
        print(f"  flaky at {where}, dropped: {t}", file=sys.stderr)
    return kept


def build(repo, number, fix, base, statement, plugin_dir, args):
    fix = git(repo, "rev-parse", fix + "^{commit}").strip()
    base = git(repo, "rev-parse", (base or fix + "^") + "^{commit}").strip()
    changed = git(repo, "diff", "--name-only", "--no-renames", base, fix).split()
    tests = [p for p in changed if TEST_FILE.search(p)]
    source = [p for p in changed if not TEST_FILE.search(p)]
    patch, test_patch = diff(repo, base, fix, source), diff(repo, base, fix, tests)
    if not patch or not test_patch:
        sys.exit(f"build-instances: {fix}: needs both a non-test and a test change (changed: {changed})")
    with tempfile.TemporaryDirectory(prefix="swebench-") as tmp:
        work = Path(tmp)
        checkout(repo, base, work)
        apply(test_patch, work)
        before = stable([run_suite(work, plugin_dir, args.docker) for _ in range(args.runs)], "base")
        apply(patch, work)
        after = stable([run_suite(work, plugin_dir, args.docker) for _ in range(args.runs)], "fix")
    fail_to_pass = sorted(t for t, o in after.items() if o == "passed" and before.get(t, "failed") == "failed")
    pass_to_pass = sorted(t for t, o in after.items() if o == "passed" and before.get(t) == "passed")
    for t in sorted(t for t, o in after.items() if o != "passed"):
        print(f"  {after[t]} even with the fix, left out: {t}", file=sys.stderr)
    if not fail_to_pass:
        sys.exit(f"build-instances: {fix}: no test fails without the fix and passes with it")
    return {
        "instance_id": f"{REPO.replace('/', '__')}-{number}",
        "repo": REPO,
        "base_commit": base,
        "patch": patch,
        "test_patch": test_patch,
        "problem_statement": statement,
        "hints_text": "",
        "created_at": git(repo, "log", "-1", "--format=%cI", fix).strip(),
        "version": "",
        "FAIL_TO_PASS": fail_to_pass,
        "PASS_TO_PASS": pass_to_pass,
        "environment_setup_commit": base,
        "fix_commit": fix,
    }


def bundle(repo, tips, out):
    """A bundle of the history up to the newest commit the set uses, as one branch."""
    newest = max(tips, key=lambda c: int(git(repo, "log", "-1", "--format=%ct", c)))
    for c in tips:  # every base and fix must be in the bundled history
        subprocess.run(["git", "--git-dir", str(repo), "merge-base", "--is-ancestor", c, newest], check=True)
    with tempfile.TemporaryDirectory(prefix="swebench-bundle-") as tmp:
        clone = Path(tmp) / "repo.git"
        subprocess.run(["git", "clone", "-q", "--bare", "--no-local", str(repo), str(clone)], check=True)
        git(clone, "update-ref", "refs/heads/main", newest)
        git(clone, "bundle", "create", "-q", str(out), "refs/heads/main")
    return newest


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", required=True, type=Path, help="a clone or mirror of " + REPO)
    ap.add_argument("--out", required=True, type=Path, help="directory for instances.jsonl and repos/")
    ap.add_argument("--docker", metavar="IMAGE", help="run pytest in this image instead of the host's python3")
    ap.add_argument("--runs", type=int, default=2, help="runs per state; flaky tests are dropped (default 2)")
    args = ap.parse_args()
    found = subprocess.run(["git", "-C", str(args.repo), "rev-parse", "--absolute-git-dir"], capture_output=True, text=True)
    if found.returncode != 0:
        sys.exit(f"build-instances: not a git repository: {args.repo}")
    repo = Path(found.stdout.strip())
    with tempfile.TemporaryDirectory(prefix="swebench-plugin-") as plugin_dir:
        Path(plugin_dir, "ratchet_outcomes.py").write_text(RECORDER)
        os.chmod(plugin_dir, 0o755)
        instances = []
        for number, fix, base, statement in INSTANCES:
            i = build(repo, number, fix, base, statement, Path(plugin_dir), args)
            print(f"{i['instance_id']}: FAIL_TO_PASS {len(i['FAIL_TO_PASS'])}, PASS_TO_PASS {len(i['PASS_TO_PASS'])}",
                  file=sys.stderr)
            instances.append(i)
    (args.out / "repos").mkdir(parents=True, exist_ok=True)
    with open(args.out / "instances.jsonl", "w") as f:
        for i in instances:
            f.write(json.dumps(i, ensure_ascii=False) + "\n")
    tips = [c for i in instances for c in (i["base_commit"], i["fix_commit"])]
    newest = bundle(repo, tips, args.out / "repos" / (REPO.replace("/", "__") + ".bundle"))
    print(f"{len(instances)} instances; bundle: history up to {newest}", file=sys.stderr)


if __name__ == "__main__":
    main()
