package dev.ratchet.harness.loop;

import dev.ratchet.harness.Fixtures;
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
        assertFailed(run(task, validated(task), write("calc.py", WRONG), write("conftest.py", conftest)));
    }

    @Test
    void aPytestIniThatOnlyCollects() {
        Task task = pytestTask();
        assertFailed(run(task, validated(task), write("calc.py", WRONG), write("pytest.ini", "[pytest]\naddopts = --collect-only\n")));
    }
}
