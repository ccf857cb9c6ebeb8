package dev.rehearse.plan;

import dev.rehearse.coach.roles.SentenceEmbedder;
import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.knowledge.PassageRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the candidate's stories in their notes. An answer tells a story when the coach's sentence roles find
 * a situation, the candidate's actions in it and what came of it; answers set in the same named place, or whose
 * scene-setting sentences mean the same, are one story told across them. Another answer uses a story when it names
 * its place or repeats one of its sentences in other words.
 */
public final class StoryFinder {

    /** Scene-setting sentences this close describe one situation. */
    static final double SAME_SITUATION = 0.80;
    /** A sentence of another answer this close to a story's sentence retells that part of it. */
    static final double RETOLD = 0.75;

    private final SentenceMeaning meaning;
    private volatile ThemeReader themes;

    /** Embeds nothing yet: the theme descriptions are embedded on first use, once the model has loaded. */
    public StoryFinder(SentenceMeaning meaning) {
        this.meaning = meaning;
    }

    SentenceMeaning meaning() {
        return meaning;
    }

    ThemeReader themes() {
        ThemeReader t = themes;
        if (t == null) {
            synchronized (this) {
                t = themes;
                if (t == null) {
                    t = new ThemeReader(meaning);
                    themes = t;
                }
            }
        }
        return t;
    }

    /** The stories in the notes of {@code knowledge}, in the order they are first told. */
    public List<Story> find(KnowledgeBase knowledge) {
        StoryNames names = new StoryNames(knowledge.company().map(c -> List.of(c.name())).orElse(List.of()));
        List<AnswerReading> answers = new ArrayList<>();
        for (Passage p : knowledge.passages()) {
            if (p.kind() == PassageKind.ANSWER) {
                answers.add(AnswerReading.of(p, knowledge, meaning, names));
            }
        }
        List<AnswerReading> told = answers.stream().filter(AnswerReading::tellsStory).toList();
        List<List<AnswerReading>> groups = group(told, names);
        List<Story> out = new ArrayList<>();
        for (List<AnswerReading> group : groups) {
            out.add(story(group, answers, names));
        }
        return out;
    }

    private List<List<AnswerReading>> group(List<AnswerReading> told, StoryNames names) {
        Map<AnswerReading, Integer> groupOf = new LinkedHashMap<>();
        List<List<AnswerReading>> groups = new ArrayList<>();
        List<float[]> scenes = new ArrayList<>();
        for (AnswerReading a : told) {
            scenes.add(centroid(meaning.vectors(a.context())));
        }
        for (int i = 0; i < told.size(); i++) {
            AnswerReading a = told.get(i);
            Integer joined = null;
            for (int j = 0; j < i && joined == null; j++) {
                AnswerReading b = told.get(j);
                boolean sharedName = !intersection(names.in(a.context()), names.in(b.context())).isEmpty();
                if (sharedName || SentenceEmbedder.cosine(scenes.get(i), scenes.get(j)) >= SAME_SITUATION) {
                    joined = groupOf.get(b);
                }
            }
            if (joined == null) {
                joined = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(joined).add(a);
            groupOf.put(a, joined);
        }
        return groups;
    }

    private Story story(List<AnswerReading> group, List<AnswerReading> all, StoryNames names) {
        List<StoryLine> lines = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Set<String> anchor = new HashSet<>();
        for (AnswerReading a : group) {
            lines.addAll(a.storyLines());
            vectors.addAll(a.storyVectors());
            anchor.addAll(names.in(a.context()));
        }
        List<PassageRef> used = new ArrayList<>();
        for (AnswerReading a : all) {
            if (group.contains(a) || usesStory(a, anchor, vectors, names)) {
                used.add(a.passage().ref());
            }
        }
        String title = title(group.get(0));
        return new Story(StoryIds.of(title), title, "notes", lines, themes().shown(lines.stream().map(StoryLine::text).toList(), vectors),
                StoryNumbers.in(lines.stream().map(StoryLine::text).toList()), used);
    }

    private static boolean usesStory(AnswerReading a, Set<String> anchor, List<float[]> story, StoryNames names) {
        if (!intersection(names.in(a.sentences()), anchor).isEmpty()) {
            return true;
        }
        for (float[] v : a.vectors()) {
            for (float[] s : story) {
                if (SentenceEmbedder.cosine(v, s) >= RETOLD) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first scene-setting sentence, up to its first clause break and at most a few words. */
    static String title(AnswerReading answer) {
        List<String> context = answer.context();
        return StoryTitles.of(context.isEmpty() ? answer.sentences().get(0) : context.get(0));
    }

    static float[] centroid(List<float[]> vectors) {
        if (vectors.isEmpty()) {
            return new float[0];
        }
        float[] sum = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int d = 0; d < sum.length; d++) {
                sum[d] += v[d];
            }
        }
        return sum;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }
}
