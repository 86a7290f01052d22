package dev.ratchet.harness.run;

import dev.ratchet.results.Outcome;
import dev.ratchet.results.SampleResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyStopTest {
    private static final String REFUSED = "model: openai: connection failed: java.net.ConnectException";

    private static SampleResult error(int sample, String reason) {
        return new SampleResult("t", sample, Outcome.ERROR, List.of(), 0, reason, SampleResult.Usage.NONE);
    }

    private static SampleResult passed(int sample) {
        return new SampleResult("t", sample, Outcome.PASSED, List.of(), 1, null, SampleResult.Usage.NONE);
    }

    private static EarlyStop after(SampleResult... finished) {
        EarlyStop stop = new EarlyStop();
        for (SampleResult r : finished) stop.observe(r);
        return stop;
    }

    @Test
    void theSameModelFaultInTheFirstThreeStopsTheRun() {
        assertThat(after(error(0, REFUSED), error(1, REFUSED)).triggered()).isFalse();
        EarlyStop stop = after(error(0, REFUSED), error(1, REFUSED), error(2, REFUSED));
        assertThat(stop.triggered()).isTrue();
        assertThat(stop.reason()).contains(REFUSED);
    }

    @Test
    void aWorkingEndpointInTheFirstThreeNeverStopsIt() {
        // one success, a different fault, or a fault that is not the model's: the endpoint answers
        assertThat(after(passed(0), error(1, REFUSED), error(2, REFUSED), error(3, REFUSED), error(4, REFUSED)).triggered()).isFalse();
        assertThat(after(error(0, REFUSED), error(1, "model: openai HTTP 400 invalid request: bad tool"), error(2, REFUSED),
                error(3, REFUSED)).triggered()).isFalse();
        assertThat(after(error(0, "sandbox: docker went away"), error(1, "sandbox: docker went away"),
                error(2, "sandbox: docker went away")).triggered()).isFalse();
        // deliberate stops are not faults (the runner has already dropped their "model: " prefix)
        assertThat(after(error(0, "budget: run spent"), error(1, "budget: run spent"), error(2, "budget: run spent"))
                .triggered()).isFalse();
        assertThat(after(error(0, "no reference to simulate"), error(1, "no reference to simulate"),
                error(2, "no reference to simulate")).triggered()).isFalse();
    }
}
