package dev.rehearse.plan;

import dev.rehearse.knowledge.PassageRef;
import java.util.List;

/**
 * A story of the candidate's: one situation with its own actions and result, told in one answer of the notes or
 * across several, or written by the candidate in {@code stories.md}.
 *
 * @param id      stable short id (from the title)
 * @param title   a few words that name it
 * @param origin  "notes" when recognised in the notes, "stories.md" when the candidate wrote or corrected it there
 * @param lines   its sentences with their STAR parts and lines, in order
 * @param themes  the themes it shows, strongest first
 * @param numbers the quantities it states ("two pipelines", "40%"), in order
 * @param answers the answers in the notes that use it
 */
public record Story(String id, String title, String origin, List<StoryLine> lines, List<ThemeScore> themes,
                    List<String> numbers, List<PassageRef> answers) {

    public Story {
        lines = List.copyOf(lines);
        themes = List.copyOf(themes);
        numbers = List.copyOf(numbers);
        answers = List.copyOf(answers);
    }

    /** How strongly it shows {@code theme} (a wire name); 0 when it does not. */
    public double strength(String theme) {
        return themes.stream().filter(t -> t.theme().equals(theme)).mapToDouble(ThemeScore::strength).findFirst().orElse(0);
    }

    /** The STAR parts it has, each once, in story order. */
    public List<String> parts() {
        return lines.stream().map(StoryLine::part).distinct().toList();
    }
}
