package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.RetriableException;
import dev.ratchet.harness.model.ModelException;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Turns whatever a provider call threw into a one-line {@link ModelException}: rate limits, 5xx,
 * timeouts and dropped connections are transient; bad keys, invalid requests and an overlong
 * context are fatal. The secret is scrubbed from every message, in case a server echoes it.
 */
final class ProviderErrors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTEXT = Pattern.compile(
            "context[_ ]length|context window|maximum context|prompt is too long|too many tokens|input is too long"
                    + "|exceeds the (maximum|context)|token limit", Pattern.CASE_INSENSITIVE);

    private final String provider;
    private final String secret;

    ProviderErrors(String provider, String secret) {
        this.provider = provider;
        this.secret = secret;
    }

    ModelException map(Throwable t) {
        HttpException http = find(t, HttpException.class);
        if (http != null) return fromStatus(http);
        if (find(t, HttpTimeoutException.class) != null || find(t, java.net.SocketTimeoutException.class) != null
                || find(t, dev.langchain4j.exception.TimeoutException.class) != null) {
            return new ModelException(provider + ": request timed out", true, null, null);
        }
        IOException io = find(t, IOException.class);
        if (io != null) return new ModelException(provider + ": connection failed: " + clean(io.toString()), true, null, null);
        if (t instanceof RetriableException) return new ModelException(provider + ": " + clean(t.getMessage()), true, null, null);
        if (t instanceof AuthenticationException) return fatal("authentication failed: " + clean(t.getMessage()));
        if (t instanceof InvalidRequestException) return fatal("invalid request: " + clean(t.getMessage()));
        return fatal("unexpected error: " + clean(String.valueOf(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage())));
    }

    private ModelException fromStatus(HttpException e) {
        int status = e.statusCode();
        Duration retryAfter = e instanceof ProviderHttpException p ? p.retryAfter() : null;
        String detail = detail(e.getMessage());
        String where = provider + " HTTP " + status;
        if (status == 429 || status == 408 || status >= 500) {
            String what = status == 429 ? "rate limited" : status == 408 ? "timed out" : "server error";
            return new ModelException(where + " " + what + (retryAfter != null ? " (retry after " + retryAfter.toSeconds()
                    + " s)" : "") + ": " + detail, true, retryAfter, null);
        }
        if (status == 401 || status == 403) return fatal(where + " authentication failed: " + detail);
        if (CONTEXT.matcher(detail).find()) return fatal(where + " context length exceeded: " + detail);
        if (status == 404) return fatal(where + " model or endpoint not found: " + detail);
        return fatal(where + " invalid request: " + detail);
    }

    private ModelException fatal(String message) {
        return new ModelException(message.startsWith(provider) ? message : provider + ": " + message, false, null, null);
    }

    /** The provider's own error message from a JSON body (error.message, message, error), else the body itself. */
    private String detail(String body) {
        if (body == null || body.isBlank()) return "(empty body)";
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.isArray() && !n.isEmpty()) n = n.get(0); // Gemini sometimes wraps errors in a list
            for (String path : new String[]{"/error/message", "/message", "/error", "/detail"}) {
                JsonNode m = n == null ? null : n.at(path);
                if (m != null && m.isTextual()) return clean(m.asText());
            }
        } catch (IOException | RuntimeException ignored) {
            // not JSON: use the text
        }
        return clean(body);
    }

    private String clean(String s) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ").strip();
        if (secret != null && secret.length() >= 4) one = one.replace(secret, "***");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) return type.cast(c);
        }
        return null;
    }
}
