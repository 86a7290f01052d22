package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices per model: the builtin table ({@code prices.yaml} next to this class) plus rows from
 * ratchet.yaml, which win. A model matches its exact name, else the longest row name it starts with
 * (so {@code gpt-4o-2024-08-06} is priced as {@code gpt-4o}).
 */
public final class PriceTable {
    private final Map<String, Price> rows;

    public PriceTable(Map<String, Price> rows) {
        this.rows = Map.copyOf(rows);
    }

    public static PriceTable builtin() {
        try (InputStream in = PriceTable.class.getResourceAsStream("prices.yaml")) {
            if (in == null) throw new IllegalStateException("prices.yaml missing from the classpath");
            Map<String, Price> rows = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<>() {});
            return new PriceTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the builtin price table", e);
        }
    }

    /** This table with {@code more} added; rows of {@code more} replace rows of the same name. */
    public PriceTable with(Map<String, Price> more) {
        Map<String, Price> all = new LinkedHashMap<>(rows);
        all.putAll(more);
        return new PriceTable(all);
    }

    public Optional<Price> lookup(String model) {
        if (rows.containsKey(model)) return Optional.of(rows.get(model));
        return rows.keySet().stream().filter(model::startsWith).max((a, b) -> Integer.compare(a.length(), b.length()))
                .map(rows::get);
    }
}
