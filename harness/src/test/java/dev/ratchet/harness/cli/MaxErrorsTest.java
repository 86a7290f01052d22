package dev.ratchet.harness.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaxErrorsTest {
    @Test
    void aCountAllowsExactlyThatMany() {
        MaxErrors five = MaxErrors.parse("5");
        assertThat(five.exceeded(5, 10)).isFalse();
        assertThat(five.exceeded(6, 1000)).isTrue();
        assertThat(MaxErrors.parse("0").exceeded(0, 10)).isFalse();
        assertThat(MaxErrors.parse("0").exceeded(1, 10)).isTrue();
    }

    @Test
    void aPercentageIsOfTheRunsSamples() {
        MaxErrors tenth = MaxErrors.parse("10%");
        assertThat(tenth.exceeded(2, 20)).isFalse();
        assertThat(tenth.exceeded(3, 20)).isTrue();
        assertThat(tenth.exceeded(1, 9)).isTrue(); // 11%
        assertThat(MaxErrors.parse("0%").exceeded(1, 1000)).isTrue();
        assertThat(MaxErrors.parse("100%").exceeded(7, 7)).isFalse();
        assertThat(MaxErrors.parse("2.5%").exceeded(1, 40)).isFalse();
        assertThat(MaxErrors.parse("2.5%").exceeded(2, 40)).isTrue();
    }

    @Test
    void anythingElseIsTheUsersMistake() {
        for (String bad : new String[]{"-1", "x", "10 %", "101%", "%", "1e3"}) {
            assertThatThrownBy(() -> MaxErrors.parse(bad)).as(bad).isInstanceOf(UserError.class)
                    .hasMessageStartingWith("--max-errors");
        }
    }
}
