package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.knowledge.KnowledgeLoader;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the interviewer said back is kept one line at a time, each under its question and citing its own line. */
class KnowledgeVocabularySaidTest {

    @Test
    void should_keep_each_of_the_interviewers_lines_under_the_question_it_answered() {
        // given
        var kb = new KnowledgeLoader().load(Path.of("knowledge"));

        // when
        List<Passage> said = KnowledgeVocabulary.from(kb).interviewerSaid();

        // then
        assertThat(said).extracting(Passage::text).contains("communication", "sense of ownership");
        assertThat(said).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PassageKind.INTERVIEWER_SAID);
            assertThat(p.text()).doesNotContain("\n");
            assertThat(p.title()).endsWith("?");
        });
        Passage ownership = said.stream().filter(p -> p.text().equals("sense of ownership")).findFirst().orElseThrow();
        Passage communication = said.stream().filter(p -> p.text().equals("communication")).findFirst().orElseThrow();
        assertThat(ownership.startLine()).isEqualTo(communication.startLine() + 1).isEqualTo(ownership.endLine());
        assertThat(ownership.id()).isEqualTo(communication.id());
        assertThat(kb.passages()).anyMatch(p -> p.id().equals(ownership.id()));
    }
}
