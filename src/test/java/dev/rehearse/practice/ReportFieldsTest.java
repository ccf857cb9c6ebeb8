package dev.rehearse.practice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rehearse.practice.ReportFields.Bridge;
import dev.rehearse.practice.ReportFields.Citation;
import dev.rehearse.practice.ReportFields.DimensionScore;
import dev.rehearse.practice.ReportFields.FollowUp;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFieldsTest {

    private static JsonNode report(String json) {
        return ReportFields.parse(json).orElseThrow();
    }

    @Test
    void should_read_citations_as_objects_strings_or_arrays_of_either() {
        // given
        JsonNode r = report("""
                {"followUps":[{"question":"Q1","prepareFrom":[{"source":"a.md","startLine":2,"endLine":2},"b.txt:5-9","c.md",
                                                              {"source":"d.md","startLine":"x"}, 17]}],
                 "companyTie":{"bridges":[{"sentence":"S1","citation":"company/x.md:4"},{"sentence":"S2"}]}}""");

        // when
        List<FollowUp> followUps = ReportFields.followUps(r);
        List<Bridge> bridges = ReportFields.bridges(r);

        // then
        assertThat(followUps).containsExactly(new FollowUp("Q1", null, List.of(new Citation("a.md", 2, 2),
                new Citation("b.txt", 5, 9), new Citation("c.md", null, null), new Citation("d.md", null, null))));
        assertThat(followUps.get(0).prepareFrom()).extracting(Citation::label)
                .containsExactly("a.md line 2", "b.txt lines 5–9", "c.md", "d.md");
        assertThat(bridges).containsExactly(new Bridge("S1", List.of(new Citation("company/x.md", 4, 4))), new Bridge("S2", List.of()));
    }

    @Test
    void should_read_dimension_scores_as_an_array_or_an_object() {
        assertThat(ReportFields.dimensions(report("{\"dimensions\":[{\"name\":\"Substance\",\"score\":4},{\"name\":\"Delivery\"}]}")))
                .containsExactly(new DimensionScore("Substance", 4));
        assertThat(ReportFields.dimensions(report("{\"dimensions\":{\"substance\":3,\"structure\":{\"score\":4.5,\"reasons\":[]},\"x\":\"y\"}}")))
                .containsExactly(new DimensionScore("substance", 3), new DimensionScore("structure", 4.5));
    }

    @Test
    void should_give_nothing_for_text_that_is_not_json() {
        assertThat(ReportFields.parse("")).isEmpty();
        assertThat(ReportFields.parse("{oops")).isEmpty();
        assertThat(ReportFields.followUps(report("{}"))).isEmpty();
    }

    @Test
    void should_read_the_offline_coachs_dimension_scores_under_scores() {
        // given: the shape of POST /api/critique's report
        JsonNode r = report("""
                {"scores":{"dimensions":[{"dimension":"substance","score":3,"base":1,"reasons":[]},
                                         {"dimension":"delivery","score":4}],"overall":3.4}}""");

        // when
        List<DimensionScore> dims = ReportFields.dimensions(r);

        // then
        assertThat(dims).containsExactly(new DimensionScore("substance", 3), new DimensionScore("delivery", 4));
        assertThat(ReportFields.dimensions(report("{\"scores\":{\"overall\":3}}"))).isEmpty();
    }
}
