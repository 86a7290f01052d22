package dev.ratchet.tasks.formats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Tiny exercises in the Exercism layout, one per language, written for these tests. In each, the
 * stub passes the first test case and fails the second, which the track marks as skipped (so the
 * untouched workspace only fails when the loader enables every case).
 */
final class ExercismFixtures {
    private ExercismFixtures() {}

    static Path write(Path exercise, Map<String, String> files) throws IOException {
        for (var e : files.entrySet()) {
            Path f = exercise.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue());
        }
        Files.createDirectories(exercise.resolve(".docs"));
        Files.writeString(exercise.resolve(".docs/instructions.md"), "# Doubler\n\nReturn twice the number.\n");
        return exercise;
    }

    static String config(String solution, String test, String example) {
        return """
                {"authors": ["ratchet"], "files": {"solution": [%s], "test": [%s], "example": [%s]},
                 "blurb": "Double a number."}
                """.formatted(solution, test, example);
    }

    static Path python(Path dir) throws IOException {
        return write(dir.resolve("python/exercises/practice/doubler"), Map.of(
                ".meta/config.json", config("\"doubler.py\"", "\"doubler_test.py\"", "\".meta/example.py\""),
                ".docs/instructions.append.md", "# Instructions append\n\nUse integers only.\n",
                "doubler.py", "def double(n):\n    return 0\n",
                ".meta/example.py", "def double(n):\n    return 2 * n\n",
                "doubler_test.py", """
                        import unittest
                        from doubler import double

                        class DoublerTest(unittest.TestCase):
                            def test_zero(self):
                                self.assertEqual(double(0), 0)

                            def test_two(self):
                                self.assertEqual(double(2), 4)
                        """));
    }

    static Path java(Path dir) throws IOException {
        return write(dir.resolve("java/exercises/practice/doubler"), Map.of(
                ".meta/config.json", config("\"src/main/java/Doubler.java\"", "\"src/test/java/DoublerTest.java\"",
                        "\".meta/src/reference/java/Doubler.java\""),
                "build.gradle", """
                        plugins { id "java" }
                        repositories { mavenCentral() }
                        dependencies {
                            implementation "org.json:json:20231013"
                            testImplementation platform("org.junit:junit-bom:5.10.0")
                            testImplementation "org.assertj:assertj-core:3.25.1"
                        }
                        """,
                "src/main/java/Doubler.java", "class Doubler {\n    int twice(int n) {\n        return 0;\n    }\n}\n",
                ".meta/src/reference/java/Doubler.java", "class Doubler {\n    int twice(int n) {\n        return n * 2;\n    }\n}\n",
                "src/test/java/DoublerTest.java", """
                        import org.junit.jupiter.api.Disabled;
                        import org.junit.jupiter.api.Test;

                        import static org.assertj.core.api.Assertions.assertThat;

                        public class DoublerTest {
                            @Test
                            public void zero() {
                                assertThat(new Doubler().twice(0)).isEqualTo(0);
                            }

                            @Disabled("Remove to run test")
                            @Test
                            public void two() {
                                assertThat(new Doubler().twice(2)).isEqualTo(4);
                            }

                            @Disabled
                            @Test
                            public void three() {
                                assertThat(new Doubler().twice(3)).isEqualTo(6);
                            }
                        }
                        """));
    }

    static Path go(Path dir) throws IOException {
        return write(dir.resolve("go/exercises/practice/doubler"), Map.of(
                ".meta/config.json", config("\"doubler.go\"", "\"doubler_test.go\"", "\".meta/example.go\""),
                "go.mod", "module doubler\n\ngo 1.18\n",
                "doubler.go", "package doubler\n\nfunc Double(n int) int {\n\treturn 0\n}\n",
                ".meta/example.go", "package doubler\n\nfunc Double(n int) int {\n\treturn 2 * n\n}\n",
                "doubler_test.go", """
                        package doubler

                        import "testing"

                        func TestDouble(t *testing.T) {
                        	for _, c := range []struct{ in, want int }{{0, 0}, {2, 4}} {
                        		if got := Double(c.in); got != c.want {
                        			t.Errorf("Double(%d) = %d, want %d", c.in, got, c.want)
                        		}
                        	}
                        }
                        """));
    }

    static Path rust(Path dir) throws IOException {
        return write(dir.resolve("rust/exercises/practice/doubler"), Map.of(
                ".meta/config.json", config("\"src/lib.rs\", \"Cargo.toml\"", "\"tests/doubler.rs\"", "\".meta/example.rs\""),
                "Cargo.toml", "[package]\nname = \"doubler\"\nversion = \"0.1.0\"\nedition = \"2021\"\n",
                "src/lib.rs", "pub fn double(_n: i32) -> i32 {\n    0\n}\n",
                ".meta/example.rs", "pub fn double(n: i32) -> i32 {\n    2 * n\n}\n",
                "tests/doubler.rs", """
                        use doubler::double;

                        #[test]
                        fn zero() {
                            assert_eq!(double(0), 0);
                        }

                        #[test]
                        #[ignore]
                        fn two() {
                            assert_eq!(double(2), 4);
                        }
                        """));
    }

    static Path javascript(Path dir) throws IOException {
        return write(dir.resolve("javascript/exercises/practice/doubler"), Map.of(
                ".meta/config.json", config("\"doubler.js\"", "\"doubler.spec.js\"", "\".meta/proof.ci.js\""),
                "package.json", """
                        {"name": "doubler", "private": true,
                         "devDependencies": {"@babel/core": "^7.23.0", "@exercism/babel-preset-javascript": "^0.2.1", "jest": "^29.7.0"},
                         "scripts": {"test": "jest ./*"}}
                        """,
                "babel.config.js", "module.exports = { presets: ['@exercism/babel-preset-javascript'] };\n",
                "doubler.js", "export const double = (n) => 0;\n",
                ".meta/proof.ci.js", "export const double = (n) => 2 * n;\n",
                "doubler.spec.js", """
                        import { double } from './doubler';

                        describe('double', () => {
                          test('zero', () => {
                            expect(double(0)).toEqual(0);
                          });

                          xtest('two', () => {
                            expect(double(2)).toEqual(4);
                          });
                        });
                        """));
    }

    static Path cpp(Path dir) throws IOException {
        return write(dir.resolve("cpp/exercises/practice/doubler"), Map.of(
                ".meta/config.json", config("\"doubler.cpp\", \"doubler.h\"", "\"doubler_test.cpp\"",
                        "\".meta/example.cpp\", \".meta/example.h\""),
                "CMakeLists.txt", """
                        cmake_minimum_required(VERSION 3.5)
                        project(doubler CXX)
                        set(CMAKE_CXX_STANDARD 17)
                        add_executable(doubler doubler.cpp doubler_test.cpp test/tests-main.cpp)
                        if(EXERCISM_RUN_ALL_TESTS)
                          target_compile_definitions(doubler PRIVATE EXERCISM_RUN_ALL_TESTS)
                        endif()
                        add_custom_command(TARGET doubler POST_BUILD COMMAND doubler)
                        """,
                "doubler.h", "#pragma once\nint twice(int n);\n",
                "doubler.cpp", "#include \"doubler.h\"\nint twice(int) { return 0; }\n",
                ".meta/example.h", "#pragma once\nint twice(int n);\n",
                ".meta/example.cpp", "#include \"doubler.h\"\nint twice(int n) { return 2 * n; }\n",
                "test/catch.hpp", """
                        #pragma once
                        // A few lines standing in for Catch2: TEST_CASE registers, REQUIRE counts failures, and
                        // `--reporter junit --out FILE` writes the JUnit XML Ratchet reads (as Catch2's reporter does).
                        #include <cstdio>
                        #include <vector>
                        struct MiniCase { const char* name; void (*fn)(); int failures; };
                        inline std::vector<MiniCase>& mini_cases() { static std::vector<MiniCase> v; return v; }
                        inline MiniCase*& mini_current() { static MiniCase* c = nullptr; return c; }
                        struct MiniReg { MiniReg(const char* n, void (*f)()) { mini_cases().push_back({n, f, 0}); } };
                        #define MINI_CAT2(a, b) a##b
                        #define MINI_CAT(a, b) MINI_CAT2(a, b)
                        #define TEST_CASE(name) static void MINI_CAT(mini_t, __LINE__)(); \\
                            static MiniReg MINI_CAT(mini_r, __LINE__)(name, MINI_CAT(mini_t, __LINE__)); \\
                            static void MINI_CAT(mini_t, __LINE__)()
                        #define REQUIRE(e) do { if (!(e)) { std::printf("FAILED %s\\n", #e); ++mini_current()->failures; } } while (0)
                        """,
                "test/tests-main.cpp", """
                        #include "catch.hpp"
                        #include <cstring>
                        int main(int argc, char** argv) {
                            int failed = 0;
                            for (auto& c : mini_cases()) { mini_current() = &c; c.fn(); failed += c.failures > 0; }
                            for (int i = 1; i + 1 < argc; i++) {
                                if (std::strcmp(argv[i], "--out") != 0) continue;
                                std::FILE* out = std::fopen(argv[i + 1], "w");
                                std::fprintf(out, "<testsuites><testsuite name=\\"doubler\\">\\n");
                                for (auto& c : mini_cases()) {
                                    std::fprintf(out, "<testcase classname=\\"doubler.global\\" name=\\"%s\\">%s</testcase>\\n",
                                            c.name, c.failures ? "<failure message=\\"REQUIRE\\"/>" : "");
                                }
                                std::fprintf(out, "</testsuite></testsuites>\\n");
                                std::fclose(out);
                            }
                            return failed;
                        }
                        """,
                "doubler_test.cpp", """
                        #include "doubler.h"
                        #include "test/catch.hpp"

                        TEST_CASE("zero") { REQUIRE(twice(0) == 0); }

                        #if defined(EXERCISM_RUN_ALL_TESTS)
                        TEST_CASE("two") { REQUIRE(twice(2) == 4); }
                        #endif
                        """));
    }
}
