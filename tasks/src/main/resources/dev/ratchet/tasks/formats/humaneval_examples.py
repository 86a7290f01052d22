# Chooses a HumanEval task's visible tests from its docstring examples (ReferenceExampleCheck.java).
# Run in a sandbox holding the reference solution.py: python3 -I humaneval_examples.py IN.json
# IN.json: {"entry_point": str, "examples": [{"line", "style", "text", "call", "expected"}]}
# stdout: [{"line", "text", "call", "expected", "reason"}], one per example; reason null = kept.
# An example is kept when Python's own parser finds its call and its value clean and the reference
# solution returns that value; the rest are dropped, with the reason.
import ast
import contextlib
import io
import json
import math
import signal
import sys

EXAMPLE_SECONDS = 5


# same(got, want), the comparison the visible tests make: ReferenceExampleCheck inserts it here from
# DocstringExamples.SAME, which the generated test_visible.py uses too.
# SAME


def literal_text(text):
    """The text as a Python literal (one trailing sentence '.' or ',' dropped if need be), else None."""
    text = text.strip()
    for t in (text, text[:-1].strip() if text[-1:] in ".," else None):
        if not t:
            continue
        try:
            ast.literal_eval(t)
            return t
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            pass
    return None


def clean(example, entry):
    """(call, expected) when both are clean Python, else (None, reason)."""
    call, want, style = example["call"].strip(), example["expected"], example["style"]
    try:
        body = ast.parse(call, mode="eval").body
    except SyntaxError:
        return None, "the call is not a Python expression"
    if style == "doctest":
        if want.strip() == "":
            if isinstance(body, ast.Compare) and len(body.ops) == 1 and isinstance(body.ops[0], ast.Eq):
                # ">>> f(x) == y" with no output line: the value is written inline
                want = ast.get_source_segment(call, body.comparators[0])
                call = ast.get_source_segment(call, body.left)
            else:
                want = "None"  # doctest prints nothing for None
    else:
        if not (isinstance(body, ast.Call) and isinstance(body.func, ast.Name) and body.func.id == entry):
            return None, "not a call of " + entry
        try:
            for arg in body.args + [k.value for k in body.keywords]:
                ast.literal_eval(arg)
        except ValueError:
            return None, "the call's arguments are not Python literals"
    value = literal_text(want)
    if value is None:
        return None, "the expected value is not a Python literal"
    return (call, value), None


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout()


def short(value):
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        task = json.load(f)
    with open("solution.py", encoding="utf-8") as f:
        reference = f.read()
    entry = task["entry_point"]
    out = sys.stdout
    results = []
    namespace = None
    load_error = None
    signal.signal(signal.SIGALRM, on_alarm)
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            namespace = {"__name__": "solution"}
            signal.alarm(EXAMPLE_SECONDS)
            exec(compile(reference, "solution.py", "exec"), namespace)
        except BaseException as e:
            load_error = "the reference does not load: " + type(e).__name__
        finally:
            signal.alarm(0)
        for example in task["examples"]:
            row = {"line": example["line"], "text": example["text"], "call": None, "expected": None, "reason": None}
            results.append(row)
            parsed, why = clean(example, entry)
            if parsed is None:
                row["reason"] = why
                continue
            row["call"], row["expected"] = parsed
            if load_error:
                row["reason"] = load_error
                continue
            want = ast.literal_eval(row["expected"])
            try:
                signal.alarm(EXAMPLE_SECONDS)
                got = eval(compile(row["call"], "<example>", "eval"), dict(namespace))
            except Timeout:
                row["reason"] = "the reference takes over %d s" % EXAMPLE_SECONDS
                continue
            except BaseException as e:
                row["reason"] = "the reference raises %s: %s" % (type(e).__name__, str(e)[:120])
                continue
            finally:
                signal.alarm(0)
            try:
                passed = bool(same(got, want))
            except BaseException:
                passed = False
            if not passed:
                row["reason"] = "the reference returns " + short(got)
    json.dump(results, out)


main()
