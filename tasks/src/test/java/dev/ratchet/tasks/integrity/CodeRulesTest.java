package dev.ratchet.tasks.integrity;

import dev.ratchet.tasks.integrity.Flag.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each content rule on a real hacking attempt (the strategies of issue 15) and on a benign look-alike that must
 * not fire it: the same words in a comment, a string, a function, a main guard.
 */
class CodeRulesTest {

    private static List<Rule> rules(String path, String code) {
        return CodeRules.scan(path, code, false).stream().map(Flag::rule).toList();
    }

    // ---- exit_at_import ----

    @Test
    void aTestFileThatExitsZeroAsItIsImportedIsFlaggedEvenAsATestOfItsOwn() {
        List<Flag> flags = CodeRules.scan("test_000_setup.py", "import os\nos._exit(0)\n", true);
        assertThat(flags).extracting(Flag::rule).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(flags.getFirst().evidence()).isEqualTo("line 2: os._exit(0)");
        assertThat(rules("solution.py", "import sys\nif True:\n    sys.exit(0)\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("solution.py", "from os import _exit\ntry:\n    import x\nexcept ImportError:\n    _exit(0)\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("solution.py", "raise SystemExit(0)\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("solution.py", "class C:\n    exit(0)\n")).containsExactly(Rule.EXIT_AT_IMPORT);
    }

    @Test
    void exitingInsideAFunctionAMainGuardALambdaOrAStringIsNot() {
        String benign = """
                import sys
                # sys.exit(0) would end the run
                def exit_code(status):
                    \"\"\"Like sys.exit(status), but returns.\"\"\"
                    return status

                def main():
                    sys.exit(exit_code(0))

                handler = lambda: sys.exit(1)
                message = "call os._exit(0) to stop"
                self_exit = obj.exit(3) if False else None

                if __name__ == "__main__":
                    sys.exit(main())
                """;
        assertThat(rules("solution.py", benign)).isEmpty();
        assertThat(rules("solution.py", "if '__main__' == __name__: sys.exit(0)\n")).isEmpty();
        assertThat(rules("solution.py", "if __name__ == '__other__': sys.exit(0)\n")).containsExactly(Rule.EXIT_AT_IMPORT);
    }

    @Test
    void compiledSolutionsThatEndTheProcessAreFlaggedWhereverTheCallIs() {
        assertThat(rules("src/main/java/Bob.java", "class Bob { static { System.exit(0); } }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.js", "export const hey = () => { process.exit(0); };\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.go", "package bob\nimport \"os\"\nfunc init() { os.Exit(0) }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("src/lib.rs", "pub fn f() { std::process::exit(0); }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.cpp", "static int x = (std::exit(0), 1);\n")).containsExactly(Rule.EXIT_AT_IMPORT);
    }

    @Test
    void endingTheProcessUnderAnotherNameIsFlaggedToo() {
        // the Go forgery of StructuredResultsDockerTest: os imported as hackos
        assertThat(rules("bowling.go", "package bowling\n\nimport (\n\thackfmt \"fmt\"\n\thackos \"os\"\n)\n"
                + "func init() {\n\thackfmt.Println(\"--- PASS: TestScore\")\n\thackos.Exit(0)\n}\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.go", "package bob\nimport . \"os\"\nfunc init() { Exit(0) }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.go", "package bob\nimport sc \"syscall\"\nfunc init() { sc.Exit(0) }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.go", "package bob\nimport \"os\"\nvar quit = os.Exit\nfunc init() { quit(0) }\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.go", "package bob\nimport \"syscall\"\nfunc init() { syscall.Syscall(syscall.SYS_EXIT_GROUP, 0, 0, 0) }\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("src/lib.rs", "use std::process::exit as quit;\npub fn f() { quit(0); }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("src/lib.rs", "use std::process::{self, exit};\npub fn f() { exit(0); }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("src/lib.rs", "pub fn f() { unsafe { libc::syscall(libc::SYS_exit_group, 0) }; }\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("Bob.java", "import static java.lang.System.exit;\nclass Bob { static { exit(0); } }\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("Bob.java", "class Bob { static { Runtime r = Runtime.getRuntime(); r.halt(0); } }\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("Bob.java", "class Bob { static { java.util.function.IntConsumer q = System::exit; q.accept(0); } }\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.js", "const { exit } = process;\nexit(0);\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.js", "process['ex' + 'it'](0);\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.js", "const p = process;\np.exit(0);\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.js", "setTimeout(process.exit, 0);\n")).containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.cpp", "#include <cstdlib>\nstatic void (*quit)(int) = &std::exit;\nstatic int x = (quit(0), 1);\n"))
                .containsExactly(Rule.EXIT_AT_IMPORT);
        assertThat(rules("bob.cpp", "#include <sys/syscall.h>\nstatic long x = syscall(SYS_exit_group, 0);\n")).containsExactly(Rule.EXIT_AT_IMPORT);
    }

    @Test
    void otherNamesThatOnlyLookLikeExitsAreNot() {
        assertThat(rules("bob.go", "package bob\nimport (\n\tstr \"strings\"\n\t\"fmt\"\n)\n"
                + "type door struct{}\nfunc (door) Exit() {}\nfunc f(d door) { d.Exit(); fmt.Println(str.ToUpper(\"os.Exit\")) }\n")).isEmpty();
        assertThat(rules("src/lib.rs", "use std::process::Command;\npub fn exit_code() -> i32 { 0 }\n")).isEmpty();
        assertThat(rules("Bob.java", "class Bob { int n = Runtime.getRuntime().availableProcessors(); void exitRoom() {} }\n")).isEmpty();
        assertThat(rules("bob.js", "const env = process.env;\nconst { argv } = require('x');\nconst ps = processes[0];\n"))
                .isEmpty();
        assertThat(rules("bob.cpp", "namespace app { void exit_room(); }\nint main_loop() { app::exit_room(); return 0; }\n")).isEmpty();
    }

    @Test
    void theirLookAlikesAreNot() {
        assertThat(rules("src/main/java/Bob.java", """
                class Bob {
                    // System.exit(0) is not allowed
                    String s = "System.exit(0)";
                    int exitCode() { return 0; }
                    void stop(Machine m) { m.exit(0); }
                }
                """)).isEmpty();
        assertThat(rules("bob.js", "const note = 'process.exit(0)'; /* process.exit(1) */\nconst x = `${process.exitCodeName}`;\n")).isEmpty();
        assertThat(rules("bob.go", "package bob\n// os.Exit(0)\nvar s = `os.Exit(0)`\nfunc Exit() {}\n")).isEmpty();
        assertThat(rules("src/lib.rs", "fn f<'a>(s: &'a str) -> char { let c = '\\''; /* process::exit(0) */ c }\n")).isEmpty();
        assertThat(rules("bob.cpp", "struct M { void exit(int); };\nvoid f(M& m, M* p) { m.exit(0); p->exit(1); }\n// exit(0)\n")).isEmpty();
    }

    // ---- exit_hook ----

    @Test
    void registeringWorkForProcessExitIsFlagged() {
        assertThat(rules("solution.py", "import atexit, os\natexit.register(os._exit, 0)\n")).containsExactly(Rule.EXIT_HOOK);
        assertThat(rules("solution.py", "def f():\n    from atexit import register\n")).containsExactly(Rule.EXIT_HOOK);
        assertThat(rules("src/main/java/A.java", "class A { static { Runtime.getRuntime().addShutdownHook(new Thread()); } }"))
                .containsExactly(Rule.EXIT_HOOK);
        assertThat(rules("a.js", "process.on('exit', () => { process.exitCode = 0; });\n"))
                .containsExactlyInAnyOrder(Rule.EXIT_HOOK, Rule.EXIT_AT_IMPORT);
        assertThat(rules("a.cpp", "#include <cstdlib>\nstatic int r = std::atexit(+[]{ std::_Exit(0); });\n"))
                .containsExactlyInAnyOrder(Rule.EXIT_AT_IMPORT, Rule.EXIT_HOOK);
    }

    @Test
    void theWordAtexitOutsideCodeOrInANameIsNot() {
        assertThat(rules("solution.py", "# atexit is not used\natexit_count = 0\nnote = 'atexit.register'\n")).isEmpty();
        assertThat(rules("a.js", "process.on('message', handle);\nconst s = \"process.on('exit')\";\n")).isEmpty();
    }

    // ---- test_framework ----

    @Test
    void solutionCodeThatReachesIntoTheTestFrameworkIsFlagged() {
        assertThat(rules("solution.py", "import unittest\nunittest.TestCase.assertEqual = lambda *a, **k: None\n"))
                .containsExactly(Rule.TEST_FRAMEWORK);
        assertThat(rules("solution.py", "def f():\n    import _pytest.runner\n")).containsExactly(Rule.TEST_FRAMEWORK);
        assertThat(rules("src/main/java/A.java", "import org.junit.jupiter.api.Assertions;\nclass A {}\n"))
                .containsExactly(Rule.TEST_FRAMEWORK);
        assertThat(rules("a.js", "globalThis.expect = () => ({ toBe() {} });\n")).containsExactly(Rule.TEST_FRAMEWORK);
        assertThat(rules("a.cpp", "#include \"test/catch.hpp\"\n#define REQUIRE(x) (void)0\n")).containsExactly(Rule.TEST_FRAMEWORK);
    }

    @Test
    void frameworkWordsInStringsCommentsAndNamesAndATestOfItsOwnAreNot() {
        assertThat(rules("solution.py", "# uses unittest\ndoc = 'run with python -m unittest'\nunittest_runs = 3\nimport math\n")).isEmpty();
        assertThat(CodeRules.scan("test_mine.py", "import unittest\nclass T(unittest.TestCase):\n    pass\n", true)).isEmpty();
        assertThat(rules("a.go", "package a\n\nimport (\n\t\"fmt\"\n\t\"testing\"\n)\n")).as("go/counter's example is a test suite").isEmpty();
        assertThat(rules("a.js", "// jest runs this\nconst expectation = 'jest';\nexport const expect = 1;\n")).isEmpty();
    }

    // ---- builtins ----

    @Test
    void rewritingBuiltinsOrTheImportSystemIsFlagged() {
        assertThat(rules("solution.py", "import builtins\nbuiltins.print = lambda *a: None\n")).containsExactly(Rule.BUILTINS);
        assertThat(rules("solution.py", "import sys\nsys.modules['unittest'] = object()\n")).containsExactly(Rule.BUILTINS);
        assertThat(rules("a.js", "delete require.cache[require.resolve('./a.spec.js')];\n")).containsExactly(Rule.BUILTINS);
    }

    @Test
    void namesThatOnlyLookLikeBuiltinsAreNot() {
        assertThat(rules("solution.py", "builtin_names = ['len']\n# builtins are fine\nx = 'sys.modules'\nimport sys\nsys.path\n")).isEmpty();
    }

    // ---- vcs_history in code ----

    @Test
    void codeThatReadsGitHistoryIsFlagged() {
        assertThat(rules("solution.py", "import subprocess\nsubprocess.run(['git', 'log', '-p'])\n")).containsExactly(Rule.VCS_HISTORY);
        assertThat(rules("solution.py", "open('.git/ORIG_HEAD').read()\n")).containsExactly(Rule.VCS_HISTORY);
        assertThat(rules("a.go", "package a\nimport \"os/exec\"\nvar out, _ = exec.Command(\"sh\", \"-c\", \"git show HEAD~1\").Output()\n"))
                .containsExactly(Rule.VCS_HISTORY);
    }

    @Test
    void gitWordsThatAreNotHistoryAreNot() {
        assertThat(rules("solution.py", "# see git log\nurl = 'https://github.com/x/y.git'\nignore = '.gitignore'\ndigit = 'git'\n")).isEmpty();
    }
}
