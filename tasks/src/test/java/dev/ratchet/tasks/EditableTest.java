package dev.ratchet.tasks;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditableTest {

    @Test
    void globsMatchAcrossDirectoriesOnlyWithDoubleStar() {
        Editable e = new Editable(List.of("*.py", "src/**/*.java"), List.of());
        assertThat(e.allows("calc.py", true)).isTrue();
        assertThat(e.allows("pkg/calc.py", true)).isFalse();
        assertThat(e.allows("src/Main.java", true)).isTrue();
        assertThat(e.allows("src/a/b/Main.java", true)).isTrue();
        assertThatThrownBy(() -> new Editable(List.of("../x"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buildFilesTestFilesAndRunnersAreNeverEditable() {
        for (String p : List.of("package.json", "CMakeLists.txt", "Cargo.toml", "build.gradle", "pytest.ini", "conftest.py",
                "setup.cfg", "tox.ini", "sub/conftest.py", "test_000_setup.py", "two_fer_test.py", "src/test/java/FooTest.java",
                "tests/two_fer.rs", "hello_test.go", "hello.spec.js", ".ratchet/run-tests.sh", "x.pth")) {
            assertThat(Editable.ANY.allows(p, false)).as(p).isFalse();
            assertThat(Editable.ANY.allows(p, true)).as(p).isFalse();
        }
    }

    @Test
    void newModulesThatShadowTheStandardLibraryOrFrameworkAreRefused() {
        for (String p : List.of("unittest.py", "unittest/__main__.py", "os.py", "pytest.py", "_pytest/main.py", "json/__init__.py",
                "atexit.py", "testing.py")) {
            assertThat(Editable.ANY.allows(p, false)).as(p).isFalse();
        }
        // a task's own module is its own, whatever its name; look-alikes are fine
        assertThat(Editable.ANY.allows("testing.py", true)).isTrue();
        for (String p : List.of("calc.py", "roman.py", "pkg/os.py", "Contest.java", "src/main/java/Latest.java", "unittests.md")) {
            assertThat(Editable.ANY.allows(p, false)).as(p).isTrue();
        }
    }

    @Test
    void exercismSolutionsAndNewFilesBesideThem() {
        Editable e = Editable.besides(List.of("src/main/java/Bob.java"));
        assertThat(e.allows("src/main/java/Bob.java", true)).isTrue();
        assertThat(e.allows("src/main/java/Helper.java", false)).isTrue();
        assertThat(e.allows("src/main/java/Other.java", true)).as("a pristine file beside it is not the agent's").isFalse();
        assertThat(e.allows("src/main/resources/x.txt", false)).isFalse();
        Editable root = Editable.besides(List.of("two-fer.js"));
        assertThat(root.allows("helper.js", false)).isTrue();
        assertThat(root.allows("package.json", true)).isFalse();
        assertThat(root.allows("babel.config.js", true)).isFalse();
    }

    @Test
    void onlyTheNamedFiles() {
        Editable e = Editable.only(List.of("solution.py"));
        assertThat(e.allows("solution.py", true)).isTrue();
        assertThat(e.allows("helper.py", false)).isFalse();
    }
}
