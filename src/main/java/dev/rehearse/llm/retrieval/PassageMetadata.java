package dev.rehearse.llm.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.rag.content.Content;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.llm.reply.Citation;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a retrieved passage came from, carried in the LangChain4j segment's metadata so the injector
 * can label it and a citation can be resolved from the sources LangChain4j hands back: the fields of a
 * {@link PassageRef}, written in and read back out.
 */
public final class PassageMetadata {

    static final String ID = "passage_id";
    static final String SOURCE = "source";
    static final String START = "start_line";
    static final String END = "end_line";
    static final String KIND = "kind";
    static final String TITLE = "title";

    private PassageMetadata() {
    }

    public static Metadata of(Passage p) {
        return new Metadata()
                .put(ID, p.id())
                .put(SOURCE, p.source())
                .put(START, p.startLine())
                .put(END, p.endLine())
                .put(KIND, p.kind().wireName())
                .put(TITLE, p.title());
    }

    public static PassageRef from(Metadata m) {
        return new PassageRef(text(m, ID), text(m, SOURCE), number(m, START), number(m, END), text(m, KIND), text(m, TITLE));
    }

    /** The passages as sent to the model, numbered from 1 as the prompt numbered them. */
    public static List<Citation> numbered(List<Content> sent) {
        List<Citation> out = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            out.add(new Citation(i + 1, from(sent.get(i).textSegment().metadata())));
        }
        return out;
    }

    private static String text(Metadata m, String key) {
        String v = m.getString(key);
        return v == null ? "" : v;
    }

    private static int number(Metadata m, String key) {
        Integer v = m.getInteger(key);
        return v == null ? 0 : v;
    }
}
