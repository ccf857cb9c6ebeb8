package dev.rehearse.plan;

import java.util.List;

/**
 * The candidate's stories: those recognised in the notes, corrected and added to by {@code stories.md}.
 *
 * @param stories  the stories, in the order they are first told
 * @param warnings a line each for what {@code stories.md} holds that could not be read
 */
public record StoryBank(List<Story> stories, List<String> warnings) {

    public StoryBank {
        stories = List.copyOf(stories);
        warnings = List.copyOf(warnings);
    }
}
