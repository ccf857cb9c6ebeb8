package dev.rehearse.plan;

import java.util.List;

/**
 * The likely questions set against the stories.
 *
 * @param rows      each likely question with its stories, best first
 * @param gaps      questions that need a story and have none that answers them well, each with the kind that would
 * @param overuse   stories that are the best answer to more than {@link CoverageBuilder#OVERUSE} questions
 * @param strongest the stories to lead with, strongest first
 */
public record Coverage(List<Row> rows, List<Gap> gaps, List<Overuse> overuse, List<Strongest> strongest) {

    public Coverage {
        rows = List.copyOf(rows);
        gaps = List.copyOf(gaps);
        overuse = List.copyOf(overuse);
        strongest = List.copyOf(strongest);
    }

    /**
     * How well one story answers one question.
     *
     * @param strength 0..1: how close the story comes to what the question asks, by meaning and by theme
     * @param level    "strong", "partial" or "weak"
     */
    public record Match(String storyId, String storyTitle, double strength, String level) {
    }

    public record Row(LikelyQuestion question, List<Match> matches) {

        public Row {
            matches = List.copyOf(matches);
        }

        public double best() {
            return matches.isEmpty() ? 0 : matches.get(0).strength();
        }
    }

    /** A likely question no story answers well, and what kind of story would. */
    public record Gap(LikelyQuestion question, String wanted, double bestStrength) {
    }

    /** A story leaned on too often, the questions it is best for, and another that could take some of them. */
    public record Overuse(String storyId, String storyTitle, List<String> questions, String alternativeId,
                          String alternativeTitle) {

        public Overuse {
            questions = List.copyOf(questions);
        }
    }

    /** A story to lead with: how many likely questions it answers at least partly. */
    public record Strongest(String storyId, String storyTitle, int questionsAnswered, double meanStrength) {
    }
}
