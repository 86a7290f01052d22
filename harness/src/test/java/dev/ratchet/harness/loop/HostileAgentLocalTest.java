package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
import dev.ratchet.results.SampleResult;
import dev.ratchet.tasks.integrity.Flag.Rule;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.toolchain.Languages;
import org.junit.jupiter.api.Test;

/** {@link HostileAgentContract} in the local sandbox, plus the pytest tricks (the host has pytest, the image not yet). */
class HostileAgentLocalTest extends HostileAgentContract {

    @Override
    SandboxFactory sandboxes() {
        return Fixtures.localSandboxes();
    }

    Task pytestTask() {
        Task c = calc();
        return new Task("calc-pytest", c.language(), c.instructions(), c.workspace(), c.visibleTests(), c.hiddenTests(),
                c.reference(), Languages.pythonRunner("pytest"), c.timeout(), c.image());
    }

    @Test
    void aConftestThatRewritesEveryReportToPassed() {
        Task task = pytestTask();
        String conftest = """
                import pytest

                @pytest.hookimpl(hookwrapper=True)
                def pytest_runtest_makereport(item, call):
                    outcome = yield
                    outcome.get_result().outcome = "passed"
                """;
        SampleResult r = run(task, validated(task), write("calc.py", WRONG), write("conftest.py", conftest));
        assertFailed(r);
        assertFlagged(r, Rule.TEST_OR_BUILD_EDIT);
    }

    @Test
    void aPytestIniThatOnlyCollects() {
        Task task = pytestTask();
        SampleResult r = run(task, validated(task), write("calc.py", WRONG), write("pytest.ini", "[pytest]\naddopts = --collect-only\n"));
        assertFailed(r);
        assertFlagged(r, Rule.TEST_OR_BUILD_EDIT);
    }
}
