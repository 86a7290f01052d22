package dev.ratchet.harness.model.provider;

import java.util.Locale;

/** How tools reach the model: the provider's native tool calls, or fenced actions in plain text ({@link TextActions}). */
public enum ToolMode {
    NATIVE, TEXT;

    public static ToolMode parse(String s) {
        return switch (s == null ? "native" : s.strip().toLowerCase(Locale.ROOT)) {
            case "native" -> NATIVE;
            case "text" -> TEXT;
            default -> throw new IllegalArgumentException("tool_mode must be native or text, not '" + s + "'");
        };
    }
}
