package dev.rehearse.llm.support;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.ParsedFile;
import dev.rehearse.knowledge.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The project's real knowledge folder (the candidate's notes and the TheyDo research), plus extra files. */
public final class TestKnowledge {

    private TestKnowledge() {
    }

    public static KnowledgeBase real() {
        return new KnowledgeLoader().load(Path.of("knowledge"));
    }

    /** The real folder with more files added, e.g. a research file carrying a prompt injection. */
    public static KnowledgeBase realWith(SourceFile... extra) {
        KnowledgeLoader loader = new KnowledgeLoader();
        List<ParsedFile> files = new ArrayList<>(real().files());
        for (SourceFile f : extra) {
            files.add(loader.parse(f));
        }
        return new KnowledgeBase(files);
    }
}
