package dev.rehearse.knowledge;

import java.util.List;

/** A knowledge file with the passages and practice questions found in it. */
public record ParsedFile(SourceFile file, List<Passage> passages, List<PracticeQuestion> questions) {

    public ParsedFile {
        passages = List.copyOf(passages);
        questions = List.copyOf(questions);
    }

    public String source() {
        return file.source();
    }
}
