import dev.ratchet.sandbox.local.LocalSandboxFactory;
import dev.ratchet.sandbox.Sandbox;
import dev.ratchet.sandbox.SandboxFactory;
import dev.ratchet.sandbox.SandboxSpec;
import dev.ratchet.sandbox.docker.DockerSandboxFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sandbox benchmark, measured in one run: Docker container start, exec round trip (Docker vs local,
 * same command), and reset() vs a fresh container. Run with bench/sandbox (see docs/docker.md).
 * Targets: reset() <= 10% of a fresh container; exec overhead <= 50 ms median.
 */
public class SandboxBench {
    static final int STARTS = 8, EXECS = 60, RESETS = 20;
    static final Duration T = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        var image = args.length > 0 ? args[0] : "ratchet/python:latest";
        var layer = Files.createTempDirectory("ratchet-bench-");
        Files.createDirectories(layer.resolve("src"));
        for (int i = 0; i < 50; i++) Files.writeString(layer.resolve("src/f" + i + ".py"), ("x = " + i + "\n").repeat(20));
        var spec = new SandboxSpec(List.of(layer), Map.of(), image, "bench");
        var docker = DockerSandboxFactory.connect();
        var local = new LocalSandboxFactory();
        System.out.printf("sandbox benchmark: image %s, workspace of 50 files, %d cores%n", image,
                Runtime.getRuntime().availableProcessors());

        docker.create(spec).close(); // warm-up: first container pays for image layers and class loading
        var starts = new ArrayList<Long>();
        var closes = new ArrayList<Long>();
        for (int i = 0; i < STARTS; i++) {
            long t0 = System.nanoTime();
            var s = docker.create(spec);
            starts.add(System.nanoTime() - t0);
            long t1 = System.nanoTime();
            s.close();
            closes.add(System.nanoTime() - t1);
        }
        List<String> cmd = List.of("sh", "-c", "echo hello; cat src/f1.py > /dev/null");
        var dockerExec = execs(docker, spec, cmd);
        var localExec = execs(local, spec, cmd);
        var resets = new ArrayList<Long>();
        try (var s = docker.create(spec)) {
            for (int i = 0; i < RESETS; i++) {
                s.writeFile("src/f1.py", "changed " + i);
                s.writeFile("new" + i + ".txt", "new");
                long t0 = System.nanoTime();
                s.reset();
                resets.add(System.nanoTime() - t0);
            }
        }
        double start = median(starts), reset = median(resets), de = median(dockerExec), le = median(localExec);
        System.out.printf("container start (create+populate, fresh DockerSandbox): median %7.1f ms  (n=%d)%n", start, STARTS);
        System.out.printf("container close:                                         median %7.1f ms%n", median(closes));
        System.out.printf("exec round trip, docker:                                  median %7.1f ms  (n=%d)%n", de, EXECS);
        System.out.printf("exec round trip, local:                                   median %7.1f ms%n", le);
        System.out.printf("exec overhead docker - local:                             median %7.1f ms  target <= 50 ms: %s  (ratio docker/local %.2f)%n",
                de - le, de - le <= 50 ? "met" : "MISSED", de / le);
        System.out.printf("reset():                                                  median %7.1f ms  (n=%d)%n", reset, RESETS);
        System.out.printf("reset / fresh container:                                  ratio  %7.3f    target <= 0.10: %s%n",
                reset / start, reset / start <= 0.10 ? "met" : "MISSED");
    }

    static List<Long> execs(SandboxFactory f, SandboxSpec spec, List<String> cmd) {
        var times = new ArrayList<Long>();
        try (Sandbox s = f.create(spec)) {
            for (int i = 0; i < 5; i++) s.exec(cmd, T);
            for (int i = 0; i < EXECS; i++) {
                long t0 = System.nanoTime();
                var r = s.exec(cmd, T);
                times.add(System.nanoTime() - t0);
                if (!r.succeeded()) throw new IllegalStateException("bench command failed: " + r.combinedOutput());
            }
        }
        return times;
    }

    static double median(List<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        double mid = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return mid / 1e6;
    }
}
