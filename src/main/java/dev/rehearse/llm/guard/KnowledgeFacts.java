package dev.rehearse.llm.guard;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.llm.request.CoachRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** The guard's view of the current knowledge, rebuilt only when the knowledge snapshot changes. */
public final class KnowledgeFacts {

    private final Supplier<KnowledgeBase> knowledge;
    private final AtomicReference<Cached> facts = new AtomicReference<>();

    private record Cached(KnowledgeBase knowledge, SourceFacts facts) {
    }

    public KnowledgeFacts(Supplier<KnowledgeBase> knowledge) {
        this.knowledge = knowledge;
    }

    /** The checks for one request, against the knowledge as it is now. */
    public ReplyChecks checks(CoachRequest request) {
        KnowledgeBase kb = knowledge.get();
        Cached cached = facts.get();
        if (cached == null || cached.knowledge() != kb) {
            cached = rebuild(kb);
        }
        return new ReplyChecks(cached.facts(), request, id -> kb.passage(id).map(Passage::text).orElse(""));
    }

    /**
     * One thread builds the facts while the others wait for them: under load (the load benchmark's 100 streamed
     * asks at once) every first answer otherwise built its own copy of the same facts.
     */
    private synchronized Cached rebuild(KnowledgeBase kb) {
        Cached cached = facts.get();
        if (cached != null && cached.knowledge() == kb) {
            return cached;
        }
        List<String> own = new ArrayList<>();
        List<String> research = new ArrayList<>();
        for (Passage p : kb.passages()) {
            List<String> into = p.kind() == PassageKind.RESEARCH ? research : own;
            into.add(p.searchableText());
            into.add(p.section());
        }
        // the research is kept apart: it backs company facts, never the candidate's own results
        cached = new Cached(kb, SourceFacts.of(own).with(SourceFacts.research(research)));
        facts.set(cached);
        return cached;
    }
}
