package dev.ratchet.harness.model.sim;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MutatorTest {
    static List<String> mutatedLines(String path, String reference, String pristine) {
        return Mutator.ofFile(path, reference, pristine).stream()
                .map(m -> m.operator().equals("drop line") ? "DROP " + m.line() : m.content().split("\n")[m.line() - 1].strip())
                .toList();
    }

    @Test
    void appliesTheFourOperatorsToSolutionLines() {
        String ref = "def f(a, b):\n    if a < b:\n        return b - a\n    return 2\n";
        List<String> lines = mutatedLines("f.py", ref, "def f(a, b):\n    raise NotImplementedError\n");
        assertThat(lines).contains("if a <= b:", "return a - b", "return 3", "return 1", "DROP 3", "DROP 4");
        assertThat(lines).noneMatch(l -> l.startsWith("def"));
    }

    @Test
    void leavesScaffoldCommentsStringsAndDocstringsAlone() {
        String ref = "def f(x):\n    \"\"\"Return x < 3.\n    1 - 2\n    \"\"\"\n    # x < 3\n    s = \"a < b\"\n    return x\n";
        List<Mutant> mutants = Mutator.ofFile("f.py", ref, "def f(x):\n    return x\n");
        assertThat(mutants).extracting(Mutant::line).containsOnly(6); // only the string assignment, dropped
        assertThat(mutants).extracting(Mutant::operator).containsExactly("drop line");
    }

    @Test
    void pythonFloorDivisionIsNotAComment() {
        assertThat(mutatedLines("f.py", "    return a // b\n", "")).contains("return b // a");
    }

    @Test
    void javaGenericsAndLambdasAreNotComparisons() {
        String ref = "        List<String> xs = items.stream().map(i -> i.name()).toList(); // count > 0\n";
        List<String> lines = mutatedLines("A.java", ref, "");
        assertThat(lines).containsExactly("DROP 1");
    }

    @Test
    void everyMutantDiffersFromTheReference() {
        String ref = "int f(int n) {\n    int total = 0;\n    for (int i = 1; i <= n; i++) total += i % 7;\n    return total;\n}\n";
        List<Mutant> all = Mutator.ofFile("F.java", ref, "");
        assertThat(all).hasSizeGreaterThan(6).allMatch(m -> !m.content().equals(ref));
    }
}
