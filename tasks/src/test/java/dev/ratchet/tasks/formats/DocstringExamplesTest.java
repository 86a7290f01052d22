package dev.ratchet.tasks.formats;

import dev.ratchet.sandbox.local.LocalSandboxFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The example parser on the docstrings of the real HumanEval prompts that broke it (copied verbatim
 * from HumanEval.jsonl.gz, with their canonical solutions); the loaded dataset itself is checked in
 * {@link HumanEvalRealDataTest}.
 */
class DocstringExamplesTest {
    @TempDir Path dir;

    /** HumanEval/46: the recurrence is prose written like an arrow example; the four arrows above it are clean. */
    static final String FIB4 = """


            def fib4(n: int):
                \"\"\"The Fib4 number sequence is a sequence similar to the Fibbonacci sequnece that's defined as follows:
                fib4(0) -> 0
                fib4(1) -> 0
                fib4(2) -> 2
                fib4(3) -> 0
                fib4(n) -> fib4(n-1) + fib4(n-2) + fib4(n-3) + fib4(n-4).
                Please write a function to efficiently compute the n-th element of the fib4 number sequence.  Do not use recursion.
                >>> fib4(5)
                4
                >>> fib4(6)
                8
                >>> fib4(7)
                14
                \"\"\"
            """;
    static final String FIB4_SOLUTION = """
                results = [0, 0, 2, 0]
                if n < 4:
                    return results[n]

                for _ in range(4, n + 1):
                    results.append(results[-1] + results[-2] + results[-3] + results[-4])
                    results.pop(0)

                return results[-1]
            """;

    /** HumanEval/47: the second example is a known error of the dataset (the median is 8.0). */
    static final String MEDIAN = """


            def median(l: list):
                \"\"\"Return median of elements in the list l.
                >>> median([3, 1, 2, 4, 5])
                3
                >>> median([-10, 4, 6, 1000, 10, 20])
                15.0
                \"\"\"
            """;
    static final String MEDIAN_SOLUTION = """
                l = sorted(l)
                if len(l) % 2 == 1:
                    return l[len(l) // 2]
                else:
                    return (l[len(l) // 2 - 1] + l[len(l) // 2]) / 2.0
            """;

    /** HumanEval/77: {@code ==>} was read as {@code ==} with the value {@code > True}. */
    static final String ISCUBE = """

            def iscube(a):
                '''
                Write a function that takes an integer a and returns True\s
                if this ingeger is a cube of some integer number.
                Note: you may assume the input is always valid.
                Examples:
                iscube(1) ==> True
                iscube(2) ==> False
                iscube(-1) ==> True
                iscube(64) ==> True
                iscube(0) ==> True
                iscube(180) ==> False
                '''
            """;
    static final String ISCUBE_SOLUTION = """
                a = abs(a)
                return int(round(a ** (1. / 3))) ** 3 == a
            """;

    /** HumanEval/113: the second expected list spans two lines. */
    static final String ODD_COUNT = """

            def odd_count(lst):
                \"\"\"Given a list of strings, where each string consists of only digits, return a list.
                Each element i of the output should be "the number of odd elements in the
                string i of the input." where all the i's should be replaced by the number
                of odd digits in the i'th string of the input.

                >>> odd_count(['1234567'])
                ["the number of odd elements 4n the str4ng 4 of the 4nput."]
                >>> odd_count(['3',"11111111"])
                ["the number of odd elements 1n the str1ng 1 of the 1nput.",
                 "the number of odd elements 8n the str8ng 8 of the 8nput."]
                \"\"\"
            """;
    static final String ODD_COUNT_SOLUTION = """
                res = []
                for arr in lst:
                    n = sum(int(d)%2==1 for d in arr)
                    res.append("the number of odd elements " + str(n) + "n the str"+ str(n) +"ng "+ str(n) +" of the "+ str(n) +"nput.")
                return res
            """;

    /** HumanEval/151: the working {@code 1 + 9 + 0 + 0 = 10} was taken for the expected value. */
    static final String DOUBLE_THE_DIFFERENCE = """

            def double_the_difference(lst):
                '''
                Given a list of numbers, return the sum of squares of the numbers
                in the list that are odd. Ignore numbers that are negative or not integers.
               \s
                double_the_difference([1, 3, 2, 0]) == 1 + 9 + 0 + 0 = 10
                double_the_difference([-1, -2, 0]) == 0
                double_the_difference([9, -2]) == 81
                double_the_difference([0]) == 0 \s
              \s
                If the input list is empty, return 0.
                '''
            """;
    static final String DOUBLE_THE_DIFFERENCE_SOLUTION = """
                return sum([i**2 for i in lst if i > 0 and i%2!=0 and "." not in str(i)])
            """;

    @Test
    void findsEveryStyleAsWrittenWithoutJudgingIt() {
        assertThat(DocstringExamples.of(ISCUBE, "iscube")).first().satisfies(e -> {
            assertThat(e.call()).isEqualTo("iscube(1)");
            assertThat(e.expected()).isEqualTo("True");
            assertThat(e.line()).isEqualTo(8);
        });
        assertThat(DocstringExamples.of(ODD_COUNT, "odd_count")).last().satisfies(e -> {
            assertThat(e.style()).isEqualTo(DocstringExamples.Style.DOCTEST);
            assertThat(e.call()).isEqualTo("odd_count(['3',\"11111111\"])");
            assertThat(e.expected()).isEqualTo("[\"the number of odd elements 1n the str1ng 1 of the 1nput.\",\n"
                    + "\"the number of odd elements 8n the str8ng 8 of the 8nput.\"]");
        });
        assertThat(DocstringExamples.of(FIB4, "fib4")).extracting(DocstringExamples.Example::call)
                .containsExactly("fib4(0)", "fib4(1)", "fib4(2)", "fib4(3)", "fib4(n)", "fib4(5)", "fib4(6)", "fib4(7)");
        assertThat(DocstringExamples.of("def g(s):\n    \"\"\"\n    >>> g('a',\n    ...   'b')\n    'ab'\n    \"\"\"\n", "g"))
                .extracting(DocstringExamples.Example::call, DocstringExamples.Example::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("g('a',\n  'b')", "'ab'"));
        assertThat(DocstringExamples.of("def h(x):\n    \"\"\"h(2) should return 4.\n    gh(2) == 1\n    \"\"\"\n", "h"))
                .extracting(DocstringExamples.Example::call, DocstringExamples.Example::expected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("h(2)", "4."));
    }

    @Test
    void proseAndWorkingInsteadOfAValueAreDroppedAndCleanArrowsKept() throws Exception {
        ExampleSelection fib4 = select(FIB4, FIB4_SOLUTION, "fib4");
        assertThat(fib4.kept()).extracting(ExampleSelection.Kept::call)
                .containsExactly("fib4(0)", "fib4(1)", "fib4(2)", "fib4(3)", "fib4(5)", "fib4(6)", "fib4(7)");
        assertThat(fib4.kept().get(2)).isEqualTo(new ExampleSelection.Kept(7, "fib4(2)", "2"));
        assertThat(fib4.dropped()).containsExactly(new ExampleSelection.Dropped(9,
                "fib4(n) -> fib4(n-1) + fib4(n-2) + fib4(n-3) + fib4(n-4).", "the call's arguments are not Python literals"));

        ExampleSelection sums = select(DOUBLE_THE_DIFFERENCE, DOUBLE_THE_DIFFERENCE_SOLUTION, "double_the_difference");
        assertThat(sums.dropped()).extracting(ExampleSelection.Dropped::text, ExampleSelection.Dropped::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("double_the_difference([1, 3, 2, 0]) == 1 + 9 + 0 + 0 = 10",
                        "the expected value is not a Python literal"));
        assertThat(sums.kept()).extracting(ExampleSelection.Kept::expected).containsExactly("0", "81", "0");
    }

    @Test
    void anArrowAfterEqualsAndAMultiLineListAreReadWhole() throws Exception {
        ExampleSelection cube = select(ISCUBE, ISCUBE_SOLUTION, "iscube");
        assertThat(cube.dropped()).isEmpty();
        assertThat(cube.kept()).extracting(ExampleSelection.Kept::expected)
                .containsExactly("True", "False", "True", "True", "True", "False");

        ExampleSelection odd = select(ODD_COUNT, ODD_COUNT_SOLUTION, "odd_count");
        assertThat(odd.dropped()).isEmpty();
        assertThat(odd.kept()).hasSize(2);
    }

    @Test
    void anExampleTheReferenceFailsIsDroppedWithWhatItReturns() throws Exception {
        ExampleSelection median = select(MEDIAN, MEDIAN_SOLUTION, "median");
        assertThat(median.kept()).containsExactly(new ExampleSelection.Kept(5, "median([3, 1, 2, 4, 5])", "3"));
        assertThat(median.dropped()).containsExactly(new ExampleSelection.Dropped(7,
                ">>> median([-10, 4, 6, 1000, 10, 20])\n15.0", "the reference returns 8.0"));
    }

    @Test
    void theVisibleTestScriptPassesTheReferenceAndFailsAWrongAnswer() throws Exception {
        ExampleSelection median = select(MEDIAN, MEDIAN_SOLUTION, "median");
        Path work = Files.createDirectories(dir.resolve("visible-run"));
        Files.writeString(work.resolve("test_visible.py"), DocstringExamples.testScript(median.kept()));
        Files.writeString(work.resolve("solution.py"), MEDIAN + MEDIAN_SOLUTION);
        assertThat(python(work)).isZero();
        Files.writeString(work.resolve("solution.py"), MEDIAN + "    return 0\n");
        assertThat(python(work)).isOne();
    }

    private ExampleSelection select(String prompt, String solution, String entry) throws Exception {
        assumeTrue(HostSandboxes.onPath("python3"), "python3 not installed");
        Path ref = Files.createDirectories(dir.resolve(entry + "-reference"));
        Files.writeString(ref.resolve("solution.py"), prompt + solution);
        ExampleSelection s = new ReferenceExampleCheck(new LocalSandboxFactory())
                .select("t/" + entry, entry, ref, DocstringExamples.of(prompt, entry));
        assertThat(s.unchecked()).isNull();
        return s;
    }

    private static int python(Path work) throws Exception {
        Process p = new ProcessBuilder("python3", "test_visible.py").directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }
}
