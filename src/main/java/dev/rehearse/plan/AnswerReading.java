package dev.rehearse.plan;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One answer of the notes as the planner reads it: its sentences, their vectors, their STAR parts and the lines
 * each was written on.
 */
record AnswerReading(Passage passage, List<String> sentences, List<float[]> vectors, List<String> parts,
                     List<int[]> lines, boolean namedScene) {

    /** Abbreviations whose full stop ends no sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "etc", "vs", "approx", "incl");

    /** The candidate speaking of themselves: the sentences a story of theirs is made of. */
    private static final Pattern FIRST_PERSON = Pattern.compile("(?i)\\b(I|I['’](m|ve)|me|my|we|we['’](re|ve)|us|our)\\b");
    /** What the candidate would, will or hopes to do is a plan, not something that happened. */
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?i)\\b(I|we)\\s+(would|will|might|could)\\b|\\b(I|we)['’](d|ll)\\b|\\b(hope|aim|plan|expect|want) to\\b");

    static AnswerReading of(Passage answer, KnowledgeBase knowledge, SentenceMeaning meaning, StoryNames names) {
        List<String> sentences = sentences(answer.text());
        String fileText = knowledge.file(answer.source()).map(f -> f.file().text()).orElse("");
        LineLocator locator = new LineLocator(fileText, answer.startLine(), answer.endLine());
        int[] whole = {answer.startLine(), answer.endLine()};
        List<int[]> lines = new ArrayList<>();
        for (String s : sentences) {
            lines.add(locator.locate(s, whole));
        }
        List<List<String>> star = sentences.isEmpty() ? List.of() : meaning.starParts(answer.title(), sentences);
        List<String> parts = parts(sentences, star, names);
        boolean namedScene = false;
        for (int i = 0; i < sentences.size(); i++) {
            namedScene |= parts.get(i).equals("situation") && !names.in(List.of(sentences.get(i))).isEmpty();
        }
        return new AnswerReading(answer, sentences, meaning.vectors(sentences), parts, lines, namedScene);
    }

    /**
     * Each sentence's part of a story. The role classifier's STAR part when it sees one; a sentence placing the
     * candidate in a named place (an employer, a system) sets the scene when the classifier found none; and what the
     * candidate says they did or do there is their action, even when the classifier reads it as a general claim,
     * since a way of working told from one place is a story of its own. Plans and hopes are not.
     */
    private static List<String> parts(List<String> sentences, List<List<String>> star, StoryNames names) {
        boolean roleScene = star.stream().anyMatch(p -> p.contains("situation"));
        boolean namedScene = false;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            boolean ownDoing = FIRST_PERSON.matcher(s).find() && !HYPOTHETICAL.matcher(s).find();
            if (!roleScene && !namedScene && ownDoing && !names.in(List.of(s)).isEmpty()) {
                namedScene = true;
                out.add("situation");
            } else if (!star.get(i).isEmpty()) {
                out.add(star.get(i).get(0));
            } else {
                out.add(ownDoing ? "action" : "");
            }
        }
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (Sentences.Bounds b : Sentences.split(text, ABBREVIATIONS)) {
            String s = text.substring(b.start(), b.end()).strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    long count(String part) {
        return parts.stream().filter(part::equals).count();
    }

    /**
     * Whether the answer tells a story: a scene (a situation), at least two sentences of what the candidate did in it,
     * and either what came of it (a result or the lesson drawn) or a named place that makes it one real situation
     * rather than a summary. Answers that only state views, describe the company or make plans have no such shape.
     */
    boolean tellsStory() {
        return count("situation") > 0 && count("action") + count("result") + count("reflection") >= 2
                && (count("result") + count("reflection") > 0 || namedScene);
    }

    /** The sentences that are a part of a story, as story lines. */
    List<StoryLine> storyLines() {
        List<StoryLine> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!parts.get(i).isEmpty()) {
                out.add(new StoryLine(parts.get(i), sentences.get(i), passage.source(), lines.get(i)[0], lines.get(i)[1], passage.id()));
            }
        }
        return out;
    }

    /** The vectors of the story lines, in the same order. */
    List<float[]> storyVectors() {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (!parts.get(i).isEmpty()) {
                out.add(vectors.get(i));
            }
        }
        return out;
    }

    /** The sentences that set the scene: situation and task. */
    List<String> context() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (parts.get(i).equals("situation") || parts.get(i).equals("task")) {
                out.add(sentences.get(i));
            }
        }
        return out;
    }
}
