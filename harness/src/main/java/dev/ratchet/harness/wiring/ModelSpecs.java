package dev.ratchet.harness.wiring;

import dev.ratchet.harness.backends.BackendSpec;
import dev.ratchet.harness.backends.Backends;
import dev.ratchet.harness.backends.LangChainModelFactory;
import dev.ratchet.harness.backends.ModelConfig;
import dev.ratchet.harness.backends.PriceTable;
import dev.ratchet.harness.loop.Grader;
import dev.ratchet.harness.model.ModelFactory;
import dev.ratchet.harness.model.ReplayModelFactory;
import dev.ratchet.harness.sim.GradingMutantOracle;
import dev.ratchet.harness.sim.SimSpec;
import dev.ratchet.harness.sim.SimulatedModelFactory;
import dev.ratchet.sandbox.SandboxFactory;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a {@code --model} spec into a model factory: {@code sim:…}, {@code replay:RUN_DIR}, a
 * profile name from ratchet.yaml, or a backend spec such as {@code openai:gpt-4o}. API keys are
 * read here, so a missing one is a single error line before any task runs.
 */
public final class ModelSpecs {
    public static final String DEFAULT = "sim:p=0.6,spread=0.0,repair=0.5,seed=1";
    private static final String SIM = "sim[:p=…,spread=…,repair=…,seed=…,latency_ms=…]";

    private final SandboxFactory sandboxes;
    private final Path cacheDir;
    private final ModelConfig config;
    private final Function<String, String> env;

    public ModelSpecs(SandboxFactory sandboxes, Path cacheDir) {
        this(sandboxes, cacheDir, ModelConfig.EMPTY, System::getenv);
    }

    public ModelSpecs(SandboxFactory sandboxes, Path cacheDir, ModelConfig config, Function<String, String> env) {
        this.sandboxes = sandboxes;
        this.cacheDir = cacheDir;
        this.config = config;
        this.env = env;
    }

    public ModelFactory parse(String spec) {
        String s = spec.strip();
        if (s.equals("sim") || s.startsWith("sim:")) {
            SimSpec sim = SimSpec.parse(s.equals("sim") ? "" : s.substring(4));
            return new SimulatedModelFactory(sim, new GradingMutantOracle(new Grader(sandboxes),
                    cacheDir == null ? null : cacheDir.resolve("mutants")));
        }
        if (s.startsWith("replay:")) return new ReplayModelFactory(Path.of(s.substring(7)));
        Optional<BackendSpec> profile = config.profile(s);
        Optional<BackendSpec> backend = profile.or(() -> Backends.parse(s));
        if (backend.isPresent()) {
            BackendSpec b = backend.get();
            String description = profile.isPresent() ? s + " (" + b.provider() + ":" + b.model() + ")" : s;
            return LangChainModelFactory.create(description, b, PriceTable.builtin().with(config.prices()), env);
        }
        throw new IllegalArgumentException("unknown model '" + spec + "' (known: " + SIM + ", replay:RUN_DIR, "
                + Backends.forms() + (config.models().isEmpty() ? "" : ", or a profile: "
                + String.join(", ", config.models().keySet().stream().sorted().toList())) + ")");
    }
}
