package dev.ratchet.harness.model.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tool calling for models without native tools. The model writes at most one fenced block per reply:
 * <pre>
 * ```action
 * {"tool": "edit_file", "args": {"command": "create", "path": "calc.py", "file_text": "..."}}
 * ```
 * </pre>
 * It is parsed strictly. A malformed block still becomes a tool call, one the {@code Toolbox} rejects
 * with a tool error the model can read (bad JSON, unknown tool), so mistakes are traced and fixable.
 */
public final class TextActions {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BLOCK = Pattern.compile("```action[ \\t]*\\r?\\n(.*?)\\r?\\n?```", Pattern.DOTALL);
    private static final Pattern TOOL_NAME = Pattern.compile("\"tool\"\\s*:\\s*\"([A-Za-z0-9_\\-]+)\"");

    private TextActions() {}

    /** The system text that teaches the format and lists the tools. */
    public static String instructions(List<ToolSpecification> tools) {
        StringBuilder b = new StringBuilder("""
                You act by writing exactly one action per reply, as a fenced block tagged `action` holding one JSON \
                object with "tool" (a tool name) and "args" (an object with the tool's arguments):
                ```action
                {"tool": "TOOL_NAME", "args": {"ARG": "VALUE"}}
                ```
                The result comes back in the next message. A reply without an action block ends your turn.
                Tools:
                """);
        for (ToolSpecification t : tools) {
            b.append("- ").append(t.name()).append(": ").append(t.description() == null ? "" : t.description());
            if (t.parameters() != null) b.append(" Arguments (JSON schema): ").append(schema(t));
            b.append('\n');
        }
        return b.toString();
    }

    /** Parses a reply: text with an action block becomes an AiMessage with one tool call. */
    public static AiMessage parse(String text, String callId) {
        if (text == null) return AiMessage.from("");
        Matcher m = BLOCK.matcher(text);
        List<String> blocks = new ArrayList<>();
        while (m.find()) blocks.add(m.group(1));
        if (blocks.isEmpty()) return AiMessage.from(text);
        ToolExecutionRequest call = blocks.size() > 1
                ? request(callId, "(malformed action: " + blocks.size() + " action blocks; write exactly one)", "{}")
                : toCall(blocks.getFirst(), callId);
        return AiMessage.from(text, List.of(call));
    }

    private static ToolExecutionRequest toCall(String block, String callId) {
        JsonNode n;
        try {
            n = JSON.readTree(block);
        } catch (Exception e) {
            Matcher name = TOOL_NAME.matcher(block);
            // The tool name is readable but the JSON isn't: hand the raw text on so the Toolbox reports the JSON error.
            return request(callId, name.find() ? name.group(1) : "(malformed action: not a JSON object)", block);
        }
        if (n == null || !n.isObject() || !n.path("tool").isTextual()) {
            return request(callId, "(malformed action: needs {\"tool\": NAME, \"args\": {...}})", "{}");
        }
        JsonNode args = n.get("args");
        String raw = args == null || args.isNull() ? "{}" : args.isObject() ? args.toString() : args.asText();
        return request(callId, n.get("tool").asText(), raw);
    }

    private static ToolExecutionRequest request(String id, String name, String args) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(args).build();
    }

    /**
     * The conversation as a text-only model sees it: tool calls written back as action blocks, tool
     * results as user messages, and the tool instructions added to the system message.
     */
    public static List<ChatMessage> render(List<ChatMessage> messages, List<ToolSpecification> tools) {
        List<ChatMessage> out = new ArrayList<>();
        String extra = tools.isEmpty() ? null : instructions(tools);
        boolean placed = false;
        for (ChatMessage msg : messages) {
            if (msg instanceof SystemMessage s && extra != null && !placed) {
                out.add(SystemMessage.from(s.text() + "\n\n" + extra));
                placed = true;
            } else if (msg instanceof AiMessage a && a.hasToolExecutionRequests()) {
                out.add(AiMessage.from(withBlocks(a)));
            } else if (msg instanceof ToolExecutionResultMessage t) {
                out.add(UserMessage.from("Result of " + t.toolName() + (Boolean.TRUE.equals(t.isError()) ? " (error)" : "")
                        + ":\n" + t.text()));
            } else {
                out.add(msg);
            }
        }
        if (extra != null && !placed) out.addFirst(SystemMessage.from(extra));
        return out;
    }

    private static String withBlocks(AiMessage a) {
        StringBuilder b = new StringBuilder(a.text() == null ? "" : a.text());
        if (BLOCK.matcher(b).find()) return b.toString(); // the model's own text already holds its block
        for (ToolExecutionRequest r : a.toolExecutionRequests()) {
            if (!b.isEmpty()) b.append("\n");
            b.append("```action\n{\"tool\": ").append(JSON.getNodeFactory().textNode(r.name()))
                    .append(", \"args\": ").append(r.arguments() == null ? "{}" : r.arguments()).append("}\n```");
        }
        return b.toString();
    }

    private static String schema(ToolSpecification t) {
        StringBuilder b = new StringBuilder("{");
        t.parameters().properties().forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k)
                .append(t.parameters().required() != null && t.parameters().required().contains(k) ? "" : "?")
                .append(": ").append(v.getClass().getSimpleName().replace("Json", "").replace("Schema", "").toLowerCase()));
        return b.append("}").toString();
    }
}
