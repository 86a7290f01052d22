package dev.ratchet.harness.model.sim;

/** One small wrong variant of a reference file: {@code content} replaces the file at {@code path}. */
public record Mutant(String path, int line, String operator, String content) {}
