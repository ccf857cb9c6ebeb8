package dev.rehearse.llm.reply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rehearse.knowledge.PassageRef;
import org.junit.jupiter.api.Test;

class CitationJsonTest {

    @Test
    void should_write_the_passage_pointer_beside_n_in_the_shape_the_page_reads() throws Exception {
        // given
        Citation citation = new Citation(2, new PassageRef("notes-12", "candidate/notes.txt", 12, 18, "answer", "Why TheyDo?"));

        // when
        JsonNode json = new ObjectMapper().valueToTree(citation);

        // then: one flat object, as web/js/sources.js and report.js read it
        assertThat(json.path("n").asInt()).isEqualTo(2);
        assertThat(json.path("passageId").asText()).isEqualTo("notes-12");
        assertThat(json.path("source").asText()).isEqualTo("candidate/notes.txt");
        assertThat(json.path("startLine").asInt()).isEqualTo(12);
        assertThat(json.path("endLine").asInt()).isEqualTo(18);
        assertThat(json.path("kind").asText()).isEqualTo("answer");
        assertThat(json.path("title").asText()).isEqualTo("Why TheyDo?");
        assertThat(json.has("passage")).isFalse();
        assertThat(citation.location()).isEqualTo("candidate/notes.txt:12-18");
    }
}
