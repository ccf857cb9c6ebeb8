package dev.rehearse.llm.reply;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.output.structured.Description;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The model's critique of a draft, in the shape of the JSON it is asked for (field order matters:
 * {@code summary} comes first so it can be streamed while the rest is still being written).
 */
public record LlmCritique(
        @JsonProperty(required = true) @Description("two to four sentences: the overall verdict, most important point first") String summary,
        @JsonProperty(required = true) RubricScore substance,
        @JsonProperty(required = true) RubricScore structure,
        @JsonProperty(required = true) RubricScore relevance,
        @JsonProperty(required = true) RubricScore credibility,
        @JsonProperty(required = true) RubricScore delivery,
        @JsonProperty(required = true) @Description("what already works, short sentences") List<String> strengths,
        @JsonProperty(required = true) @Description("the most important problems, at most five") List<CritiqueIssue> issues,
        @JsonProperty(required = true) @Description("a stronger answer in the candidate's voice, using only facts from the draft, the facts and the passages") String revisedAnswer,
        @JsonProperty(required = true) @Description("numbers of the passages relied on") List<Integer> citations) {

    public LlmCritique {
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        issues = issues == null ? List.of() : List.copyOf(issues);
        citations = citations == null ? List.of() : List.copyOf(citations);
    }

    /** The same critique with every piece of prose passed through {@code edit}. */
    public LlmCritique mapText(UnaryOperator<String> edit) {
        return new LlmCritique(edit.apply(summary), map(substance, edit), map(structure, edit), map(relevance, edit),
                map(credibility, edit), map(delivery, edit), strengths.stream().map(edit).toList(),
                issues.stream().map(i -> new CritiqueIssue(i.quote(), edit.apply(i.problem()), edit.apply(i.fix()))).toList(),
                edit.apply(revisedAnswer), citations);
    }

    public LlmCritique withCitations(List<Integer> kept) {
        return new LlmCritique(summary, substance, structure, relevance, credibility, delivery, strengths, issues,
                revisedAnswer, kept);
    }

    private static RubricScore map(RubricScore s, UnaryOperator<String> edit) {
        return s == null ? null : new RubricScore(s.score(), edit.apply(s.reason()));
    }
}
