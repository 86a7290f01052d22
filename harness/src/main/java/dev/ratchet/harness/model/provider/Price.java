package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.annotation.JsonProperty;

/** USD per million input and output tokens. */
public record Price(@JsonProperty("input") double inputPerMillion, @JsonProperty("output") double outputPerMillion) {
    public static final Price FREE = new Price(0, 0);

    public Price {
        if (inputPerMillion < 0 || outputPerMillion < 0) throw new IllegalArgumentException("prices must not be negative");
    }

    public double cost(long tokensIn, long tokensOut) {
        return (tokensIn * inputPerMillion + tokensOut * outputPerMillion) / 1_000_000.0;
    }
}
