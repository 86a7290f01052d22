package dev.ratchet.harness.model.replay;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.ratchet.harness.model.Conversation;
import dev.ratchet.harness.model.Model;
import dev.ratchet.harness.model.ModelException;
import dev.ratchet.harness.model.ModelReply;
import dev.ratchet.results.TraceEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One branch sample's model: requests 1..N are answered by the {@link ReplayModel} of the parent's steps (each
 * request, with the re-executed results of the step before, checked against the recorded one); before request
 * N+1 goes to the continuation, the results of step N are checked against the recorded ones too. A difference
 * ends the sample as ERROR, "branch diverged at step k (round r): …" with the first differing line of both.
 */
final class BranchModel implements Model {
    private final BranchPoint point;
    private final ReplayModel prefix;
    private final Model continuation;
    private int answered;
    private AiMessage lastReplayed;

    BranchModel(BranchPoint point, ReplayModel prefix, Model continuation) {
        this.point = point;
        this.prefix = prefix;
        this.continuation = continuation;
    }

    @Override
    public synchronized ModelReply chat(Conversation conversation, List<ToolSpecification> tools) {
        if (answered < point.fromStep()) {
            try {
                ModelReply r = prefix.chat(conversation, tools);
                answered++;
                lastReplayed = r.message();
                return r;
            } catch (ReplayModel.Diverged d) {
                throw ModelException.fatal(describe(d));
            }
        }
        if (answered == point.fromStep()) {
            checkLastStep(conversation).ifPresent(why -> { throw ModelException.fatal(why); });
            answered++; // checked once; a retried continuation call does not check again
        }
        return continuation.chat(conversation, tools);
    }

    /** The results of step N's calls, as the conversation holds them, against the recorded ones. */
    private Optional<String> checkLastStep(Conversation conversation) {
        List<ChatMessage> all = conversation.messages();
        int at = -1;
        for (int i = all.size() - 1; i >= 0 && at < 0; i--) if (all.get(i) == lastReplayed) at = i;
        List<BranchPoint.Result> got = new ArrayList<>();
        for (int i = at + 1; at >= 0 && i < all.size() && all.get(i) instanceof ToolExecutionResultMessage t; i++) {
            got.add(new BranchPoint.Result(t.toolName(), Boolean.TRUE.equals(t.isError()), t.text()));
        }
        if (at < 0) return Optional.empty(); // a fresh conversation (resample): step N's results are not in it; the trace check covers them
        return point.compare(point.fromStep(), got);
    }

    /** Request k's divergence, said as the step it is about: a tool message holds the results of step k−1. */
    private String describe(ReplayModel.Diverged d) {
        int k = d.request;
        TraceEvent.Message m = d.want != null ? d.want : d.got;
        if (m != null && m.role().equals("tool") && k > 1) {
            return BranchPoint.at(k - 1, point.step(k - 1).round()) + "the result of " + point.toolOf(k - 1, m.toolCallId())
                    + " differs: " + Divergence.describe(d.want, d.got);
        }
        if (m != null) {
            return BranchPoint.at(k, d.round) + "the " + m.role() + " message before it differs: " + Divergence.describe(d.want, d.got);
        }
        return BranchPoint.at(k, d.round) + d.detail;
    }
}
