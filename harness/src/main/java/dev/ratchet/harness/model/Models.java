package dev.ratchet.harness.model;

import dev.ratchet.harness.model.provider.BackendSpec;
import dev.ratchet.harness.model.provider.Backends;
import dev.ratchet.harness.model.provider.LangChainModelFactory;
import dev.ratchet.harness.model.provider.ModelConfig;
import dev.ratchet.harness.model.provider.PriceTable;
import dev.ratchet.harness.model.replay.ReplayModelFactory;
import dev.ratchet.harness.model.sim.GradingMutantOracle;
import dev.ratchet.harness.model.sim.SimSpec;
import dev.ratchet.harness.model.sim.SimulatedModelFactory;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.tasks.Task;
import dev.ratchet.tasks.grading.Grader;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one assembly point of the model stack. {@link #parse} turns a {@code --model} spec into a {@link Choice}
 * ({@code sim:…}, {@code replay:RUN_DIR}, a profile name from ratchet.yaml, or a backend spec such as
 * {@code openai:gpt-4o}), checking everything that can be checked before a sandbox exists — API keys are read
 * here, so a missing one is a single error line before any task runs. Once the sandboxes are chosen the choice
 * is {@linkplain Choice#open opened} (the simulated model grades its mutants in them), and {@link #forSample}
 * hands the loop each sample's model already retried (transient faults, at this boundary), rate-limited (by
 * the provider's shared limiter) and budgeted.
 */
public final class Models {
    public static final String DEFAULT = "sim:p=0.6,spread=0.0,repair=0.5,seed=1";
    private static final String SIM = "sim[:p=…,spread=…,repair=…,seed=…,latency_ms=…,tests=…,tpr=…,fpr=…|acc=…]";

    /** A checked {@code --model}: what it is called, a warning worth printing once, and how to make its factory. */
    public record Choice(String description, Optional<String> warning, Function<SandboxFactory, ModelFactory> opener) {
        public ModelFactory open(SandboxFactory sandboxes) {
            return opener.apply(sandboxes);
        }
    }

    private final ModelFactory factory;
    private final RetryingModel.Backoff backoff;
    private final RetryingModel.Sleeper sleeper;
    private final BudgetedModel.Budget budget;

    public Models(ModelFactory factory, RetryingModel.Backoff backoff, BudgetedModel.Budget budget) {
        this(factory, backoff, RetryingModel.Sleeper.REAL, budget);
    }

    public Models(ModelFactory factory, RetryingModel.Backoff backoff, RetryingModel.Sleeper sleeper,
                  BudgetedModel.Budget budget) {
        this.factory = factory;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.budget = budget;
    }

    /** Default retries, no budget. */
    public static Models of(ModelFactory factory) {
        return new Models(factory, RetryingModel.Backoff.DEFAULT, BudgetedModel.Budget.none());
    }

    /** The model one (task, sample) talks to; each retry of a transient fault is reported to {@code onRetry}. */
    public Model forSample(Task task, int sample, Consumer<String> onRetry) {
        return new BudgetedModel(new RetryingModel(factory.create(task, sample), backoff, sleeper, onRetry), budget);
    }

    public String describe() {
        return factory.describe();
    }

    public BudgetedModel.Budget budget() {
        return budget;
    }

    /**
     * @param mutantCache where the simulated model remembers its mutant checks; null for none
     * @param env         environment lookup, {@code System::getenv} outside tests
     */
    public static Choice parse(String spec, ModelConfig config, Function<String, String> env, Path mutantCache) {
        String s = spec.strip();
        if (s.equals("sim") || s.startsWith("sim:")) {
            SimSpec sim = SimSpec.parse(s.equals("sim") ? "" : s.substring(4));
            return new Choice(sim.toString(), Optional.empty(),
                    sandboxes -> new SimulatedModelFactory(sim, new GradingMutantOracle(new Grader(sandboxes), mutantCache)));
        }
        if (s.startsWith("replay:")) {
            ReplayModelFactory replay = new ReplayModelFactory(Path.of(s.substring(7)));
            return new Choice(replay.describe(), Optional.empty(), sandboxes -> replay);
        }
        Optional<BackendSpec> profile = config.profile(s);
        Optional<BackendSpec> backend = profile.or(() -> Backends.parse(s));
        if (backend.isPresent()) {
            BackendSpec b = backend.get();
            String description = profile.isPresent() ? s + " (" + b.provider() + ":" + b.model() + ")" : s;
            LangChainModelFactory provider = LangChainModelFactory.create(description, b,
                    PriceTable.builtin().with(config.prices()), env);
            return new Choice(description, provider.priceWarning(), sandboxes -> provider);
        }
        throw new IllegalArgumentException("unknown model '" + spec + "' (known: " + SIM + ", replay:RUN_DIR, "
                + Backends.forms() + (config.models().isEmpty() ? "" : ", or a profile: "
                + String.join(", ", config.models().keySet().stream().sorted().toList())) + ")");
    }
}
