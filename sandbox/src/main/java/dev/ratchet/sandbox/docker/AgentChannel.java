package dev.ratchet.sandbox.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.ratchet.sandbox.ExecResult;
import dev.ratchet.sandbox.SandboxException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Talks to the agent ({@code agent.py}) that runs as the container's main process, over the
 * container's attached stdin/stdout. One request line out, one reply line back:
 * {@code id timeoutMs cap base64(arg)...} and {@code id exit timedOut truncated base64(out) base64(err) started}.
 */
final class AgentChannel implements AutoCloseable {

    /** Slack on top of a command's own timeout before the agent counts as lost (2 shared cores). */
    private static final Duration REPLY_SLACK = Duration.ofSeconds(20);
    private static final String CLOSED = "\0closed";

    private final String label;
    private final OutputStream requests;
    private final LinkedBlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final StringBuilder diagnostics = new StringBuilder();
    private final ResultCallback.Adapter<Frame> attachment;
    private long nextId;
    private volatile boolean broken;

    private AgentChannel(String label, OutputStream requests, ResultCallback.Adapter<Frame> attachment) {
        this.label = label;
        this.requests = requests;
        this.attachment = attachment;
    }

    /** Attaches to a started container's stdin and stdout. */
    static AgentChannel attach(DockerClient client, String containerId, String label) {
        try {
            // An OS pipe, not PipedInput/OutputStream: those fail with "Pipe broken" once the last thread that wrote
            // has ended, and a pooled container outlives the threads (samples, scrubs) that use it.
            var pipe = Pipe.open();
            var requests = Channels.newOutputStream(pipe.sink());
            var stdin = Channels.newInputStream(pipe.source());
            var lines = new LineSplitter();
            var channel = new AgentChannel[1];
            var callback = new ResultCallback.Adapter<Frame>() {
                @Override
                public void onNext(Frame frame) {
                    if (frame.getStreamType() == StreamType.STDOUT || frame.getStreamType() == StreamType.RAW) {
                        lines.feed(frame.getPayload(), channel[0].replies::add);
                    } else {
                        channel[0].diagnose(new String(frame.getPayload(), StandardCharsets.UTF_8));
                    }
                }

                @Override
                public void onError(Throwable e) {
                    channel[0].diagnose(e.getMessage());
                    channel[0].replies.add(CLOSED);
                    super.onError(e);
                }

                @Override
                public void onComplete() {
                    channel[0].replies.add(CLOSED);
                    super.onComplete();
                }
            };
            channel[0] = new AgentChannel(label, requests, callback);
            client.attachContainerCmd(containerId).withStdIn(stdin).withStdOut(true).withStdErr(true)
                    .withFollowStream(true).exec(callback);
            callback.awaitStarted(30, TimeUnit.SECONDS);
            return channel[0];
        } catch (IOException e) {
            throw new SandboxException("cannot attach to sandbox " + label + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while attaching to sandbox " + label, e);
        }
    }

    /** Runs argv in the workspace under {@code timeout -s KILL}; throws {@link SandboxException} if the agent is lost. */
    synchronized ExecResult run(List<String> argv, Duration timeout, int cap) {
        if (broken) throw new SandboxException("sandbox " + label + " lost its container" + diagnosis());
        long id = ++nextId;
        var line = new StringBuilder().append(id).append(' ').append(Math.max(1, timeout.toMillis())).append(' ').append(cap);
        var b64 = Base64.getEncoder();
        for (var arg : argv) line.append(' ').append(b64.encodeToString(arg.getBytes(StandardCharsets.UTF_8)));
        line.append('\n');
        long start = System.nanoTime();
        try {
            requests.write(line.toString().getBytes(StandardCharsets.US_ASCII));
            requests.flush();
            var reply = await(id, timeout.plus(REPLY_SLACK));
            return parse(reply, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            broken = true;
            throw new SandboxException("sandbox " + label + ": cannot reach its container: " + e.getMessage(), e);
        }
    }

    private String await(long id, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            while (true) {
                var reply = replies.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (reply == null || reply.equals(CLOSED)) {
                    broken = true;
                    throw new SandboxException("sandbox " + label + (reply == null ? ": its container stopped answering"
                            : ": its container went away") + diagnosis());
                }
                if (reply.startsWith(id + " ")) return reply;
                // A reply to an earlier request we gave up on: skip it.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for sandbox " + label, e);
        }
    }

    private ExecResult parse(String reply, Duration elapsed) {
        var f = reply.split(" ", -1);
        if (f.length != 7) throw new SandboxException("sandbox " + label + ": garbled agent reply");
        var b64 = Base64.getDecoder();
        return new ExecResult(Integer.parseInt(f[1]), new String(b64.decode(f[4]), StandardCharsets.UTF_8),
                new String(b64.decode(f[5]), StandardCharsets.UTF_8), f[2].equals("1"), f[3].equals("1"), elapsed,
                f[6].equals("1"));
    }

    private synchronized void diagnose(String text) {
        if (text != null && diagnostics.length() < 2000) diagnostics.append(text);
    }

    private synchronized String diagnosis() {
        var text = diagnostics.toString().strip().replace('\n', ' ');
        return text.isEmpty() ? "" : " (" + text + ")";
    }

    @Override
    public void close() {
        try {
            requests.close();
            attachment.close();
        } catch (IOException | RuntimeException e) {
            // Closing a dead attachment: nothing left to release.
        }
    }

    /** Reassembles lines from frames that may split or join them. */
    private static final class LineSplitter {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        synchronized void feed(byte[] bytes, java.util.function.Consumer<String> sink) {
            for (byte b : bytes) {
                if (b == '\n') {
                    sink.accept(pending.toString(StandardCharsets.US_ASCII));
                    pending.reset();
                } else {
                    pending.write(b);
                }
            }
        }
    }
}
