package dev.ratchet.harness.model.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimSpecTest {
    @Test
    void emptyParamsGiveTheDefaults() {
        assertThat(SimSpec.parse("")).isEqualTo(SimSpec.DEFAULT);
    }

    @Test
    void parsesEverySetting() {
        SimSpec s = SimSpec.parse("p=0.25,spread=0.1,repair=0.9,seed=7,latency_ms=20");
        assertThat(s).isEqualTo(new SimSpec(0.25, 0.1, 0.9, 7, 20));
        assertThat(SimSpec.parse(s.toString().substring(4))).isEqualTo(s);
    }

    @Test
    void verifierSettingsRoundTripAndAccIsTprWithItsComplement() {
        SimSpec s = SimSpec.parse("tests=0.25,tpr=0.7,fpr=0.05");
        assertThat(s.tests()).isEqualTo(0.25);
        assertThat(SimSpec.parse(s.toString().substring(4))).isEqualTo(s);
        assertThat(SimSpec.parse("acc=0.8")).isEqualTo(SimSpec.parse("tpr=0.8,fpr=0.2"));
        assertThat(SimSpec.parse("acc=0.8,fpr=0.4").fpr()).isEqualTo(0.4); // an explicit rate wins
        assertThat(SimSpec.DEFAULT.toString()).doesNotContain("tests", "tpr"); // defaults unwritten, as before
        assertThatThrownBy(() -> SimSpec.parse("tests=-0.1")).hasMessageContaining("must be in [0, 1]");
    }

    @Test
    void rejectsBadSettingsWithTheirName() {
        assertThatThrownBy(() -> SimSpec.parse("p=2")).hasMessageContaining("p must be in [0, 1]");
        assertThatThrownBy(() -> SimSpec.parse("q=1")).hasMessageContaining("unknown setting 'q'");
        assertThatThrownBy(() -> SimSpec.parse("p=abc")).hasMessageContaining("p must be a number");
        assertThatThrownBy(() -> SimSpec.parse("p")).hasMessageContaining("expected key=value");
        assertThatThrownBy(() -> SimSpec.parse("p=0.5,spread=0.6")).hasMessageContaining("too large");
    }

    @Test
    void taskAccuraciesSpreadAroundTheMeanDeterministically() {
        SimSpec spec = SimSpec.parse("p=0.3,spread=0.2,seed=3");
        double sum = 0, sq = 0;
        int n = 4000;
        for (int i = 0; i < n; i++) {
            double p = TaskAccuracy.draw(spec, "task-" + i);
            assertThat(p).isBetween(0.0, 1.0);
            sum += p;
            sq += p * p;
        }
        double mean = sum / n, sd = Math.sqrt(sq / n - mean * mean);
        assertThat(mean).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.02));
        assertThat(sd).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.02));
        assertThat(TaskAccuracy.draw(spec, "task-1")).isEqualTo(TaskAccuracy.draw(spec, "task-1"));
        assertThat(TaskAccuracy.draw(SimSpec.parse("p=0.3"), "x")).isEqualTo(0.3);
    }

    @Test
    void samplesOfOneTaskDrawIndependently() {
        // consecutive samples must not share their first draw (java.util.Random with nearby seeds would)
        int below = 0;
        for (int sample = 0; sample < 400; sample++) {
            if (new java.util.Random(SimulatedModel.mix(1, "py-roman-numerals", sample)).nextDouble() < 0.5) below++;
        }
        assertThat(below).isBetween(160, 240);
    }
}
