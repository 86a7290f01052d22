package dev.ratchet.harness.model.provider;

import dev.ratchet.harness.model.provider.ToolMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpecParsingTest {
    @TempDir Path tmp;

    @Test
    void prefixesAndBaseUrls() {
        assertThat(Backends.parse("openai:gpt-4o")).contains(BackendSpec.of("openai", "gpt-4o", null));
        assertThat(Backends.parse("anthropic:claude-sonnet-4-20250514").orElseThrow().model()).isEqualTo("claude-sonnet-4-20250514");
        assertThat(Backends.parse("openai-compatible:http://localhost:8000/v1:Qwen/Qwen2.5-Coder-7B-Instruct"))
                .contains(BackendSpec.of("openai-compatible", "Qwen/Qwen2.5-Coder-7B-Instruct", "http://localhost:8000/v1"));
        assertThat(Backends.parse("ollama:http://127.0.0.1:11434:qwen2.5-coder:7b"))
                .contains(BackendSpec.of("ollama", "qwen2.5-coder:7b", "http://127.0.0.1:11434"));
        assertThat(Backends.parse("nope:x")).isEmpty();
        assertThatThrownBy(() -> Backends.parse("openai:")).hasMessageContaining("model name is missing");
    }

    @Test
    void profilesFromTheConfigFile() throws Exception {
        Path f = tmp.resolve("ratchet.yaml");
        Files.writeString(f, """
                models:
                  local:
                    provider: openai-compatible
                    model: qwen
                    base_url: http://localhost:8080/v1
                    api_key_env: LOCAL_KEY
                    temperature: 0.2
                    max_tokens: 2048
                    timeout_seconds: 300
                    tool_mode: text
                    prices: {input: 0.1, output: 0.2}
                    max_concurrent: 4
                    requests_per_minute: 60
                prices:
                  qwen: {input: 9, output: 9}
                sandbox: docker   # other sections are someone else's
                """);
        ModelConfig c = ModelConfig.load(f);
        BackendSpec s = c.profile("local").orElseThrow();
        assertThat(s).isEqualTo(new BackendSpec("openai-compatible", "qwen",
                new BackendSpec.Endpoint("http://localhost:8080/v1", "LOCAL_KEY", Duration.ofSeconds(300)),
                new BackendSpec.Sampling(0.2, 2048, ToolMode.TEXT), new BackendSpec.Limits(4, 60, new Price(0.1, 0.2))));
        assertThat(c.prices()).containsEntry("qwen", new Price(9, 9));
        assertThat(c.profile("other")).isEmpty();
    }

    @Test
    void configProblemsNameTheFileTheProfileAndTheField() throws Exception {
        Path f = tmp.resolve("models.yaml");
        Files.writeString(f, """
                models:
                  fine: {provider: openai, model: gpt-4o}
                  nested: {provider: openai, model: m, prices: {input: 1, ouput: 2}}
                  negative: {provider: openai, model: m, prices: {input: -1, output: 2}}
                  noprovider: {model: m}
                  scalar: gpt-4o
                  farOff: {provider: openai, model: m, colour: blue}
                """);
        ModelConfig c = ModelConfig.load(f);
        assertThat(c.profile("fine")).contains(BackendSpec.of("openai", "gpt-4o", null));
        assertThatThrownBy(() -> c.profile("nested"))
                .hasMessageStartingWith(f + ": profile 'nested': unknown field 'prices.ouput' (did you mean 'output'?)");
        assertThatThrownBy(() -> c.profile("negative"))
                .hasMessage(f + ": profile 'negative': field 'prices': prices must not be negative");
        assertThatThrownBy(() -> c.profile("noprovider")).hasMessage(f + ": profile 'noprovider': field 'provider' is missing");
        assertThatThrownBy(() -> c.profile("scalar"))
                .hasMessageStartingWith(f + ": profile 'scalar': expected a mapping with api_key_env, base_url,")
                .hasMessageEndingWith("got \"gpt-4o\"");
        assertThatThrownBy(() -> c.profile("farOff")).hasMessageStartingWith(f + ": profile 'farOff': unknown field 'colour'; known:");
    }

    @Test
    void aFileThatIsNotYamlIsOneLineWithItsLine() throws Exception {
        Path f = tmp.resolve("ratchet.yaml");
        Files.writeString(f, "models:\n  x: {provider: openai\n  y: 1\n");
        assertThatThrownBy(() -> ModelConfig.load(f)).hasMessageStartingWith(f + ": not valid YAML: ")
                .hasMessageContaining("(line ").hasMessageNotContaining("\n");
        Files.writeString(f, "models: [a, b]\n");
        assertThatThrownBy(() -> ModelConfig.load(f)).hasMessage(f + ": 'models' must be a mapping of names to settings, got array");
    }

    @Test
    void theClosestNameIsOnlyOfferedForATypo() {
        List<String> known = List.of("temperature", "timeout_seconds", "tool_mode", "max_tokens");
        assertThat(ClosestName.to("temprature", known)).contains("temperature");
        assertThat(ClosestName.to("tool_mdoe", known)).contains("tool_mode");
        assertThat(ClosestName.to("max_token", known)).contains("max_tokens");
        assertThat(ClosestName.to("colour", known)).isEmpty();
    }

    @Test
    void configMistakesAreOneLine() throws Exception {
        Path f = tmp.resolve("bad.yaml");
        Files.writeString(f, "models:\n  x:\n    provider: openai\n    model: m\n    tool_mode: smoke-signals\n");
        assertThatThrownBy(() -> ModelConfig.load(f).profile("x"))
                .hasMessage(f + ": profile 'x': tool_mode must be native or text, not 'smoke-signals'");
        assertThatThrownBy(() -> ModelConfig.load(tmp.resolve("missing.yaml"))).hasMessageContaining("config file not found");
    }
}
