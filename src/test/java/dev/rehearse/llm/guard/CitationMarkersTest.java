package dev.rehearse.llm.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.PassageRef;
import dev.rehearse.llm.reply.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationMarkersTest {

    @Test
    void should_drop_and_count_citations_to_passages_never_sent() {
        CitationMarkers m = new CitationMarkers(3);
        assertThat(m.clean("As noted [1], and [2, 7]; also [9]. Keep [add a number].")).isEqualTo("As noted [1], and [2]; also. Keep [add a number].");
        assertThat(m.keep(List.of(3, 0, 4, 3))).containsExactly(3);
        assertThat(m.dropped()).isEqualTo(4);
        List<Citation> sent = List.of(
                new Citation(1, new PassageRef("a", "x.md", 1, 2, "research", "A")),
                new Citation(2, new PassageRef("b", "x.md", 3, 4, "research", "B")),
                new Citation(3, new PassageRef("c", "x.md", 5, 6, "research", "C")));
        assertThat(m.resolve(sent)).extracting(c -> c.passage().passageId()).containsExactly("a", "b", "c");
    }
}
