package dev.rehearse.coach;

import dev.rehearse.coach.report.Concern;
import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.coach.text.Sentence;
import dev.rehearse.coach.text.Span;
import dev.rehearse.text.LinearRegex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Well-known technical misconceptions stated as fact ("a left join keeps the left table's row count", "the weekly
 * figure is the sum of the daily distinct counts"), from misconceptions.txt. A demanding interviewer stops at a
 * confident wrong claim however fluent the rest, so each one found is a red flag that caps the overall score, shown
 * on its sentence with what is true instead. An answer that explains the misconception ("the trap is thinking a left
 * join keeps the row count", "if you sum the daily counts you double count") is not taken for one that makes it: the
 * clause around a match must not negate, doubt or suppose it. Thread-safe.
 */
final class Misconceptions {

    /** The concern's rule name, as the report and the model see it. */
    static final String RULE = "misconception";
    /** The overall score's cap for a draft that states one: below "solid", whatever else it does well. */
    static final double CAP = 2.5;
    /** Up to 60 characters of the same sentence with no negation ("not", "never", "n't", "no", "only") in them. */
    private static final String GAP = "(?:(?!\\b(?:not|never|no|nor|only)\\b|n['’]t\\b)[^.;:!?]){0,60}?";
    /** Before the claim, a clause that says it is a trap, a myth or a supposition, or denies it, retells it rather than makes it. */
    static final Pattern RETOLD = LinearRegex.compileIgnoringCase(
            "\\b(not|never|no|nor|neither|myth|mistake|misconception|trap|wrong|pitfall|assum\\w*|think|thinks|thought|believe[sd]?"
                    + "|tempting|would|if|unless|rather|instead|unlike|worse|avoid|people|naive\\w*|careful|beware|only)\\b|n['’]t\\b");
    /** After the claim, only a denial retells it: a condition that follows ("… if the primary fails") leaves it a claim. */
    static final Pattern DENIED = LinearRegex.compileIgnoringCase(
            "\\b(not|never|no|nor|neither|myth|mistake|misconception|trap|wrong|pitfall|would|worse)\\b|n['’]t\\b");
    /** Where a clause ends: a comma, a semicolon or colon, a dash, or a joining word. */
    private static final Pattern CLAUSE_END = LinearRegex.compileIgnoringCase(
            "[,;:—–]|\\b(but|and|because|so|which|while|whereas)\\b");
    private static final String SUGGESTION = "Check the claim before you say it: an interviewer will probe it, and a confident "
            + "wrong answer costs more than saying where your knowledge stops.";

    /**
     * One misconception: its name in the file, the words a sentence must hold for it to be tried, the cues that find it
     * stated, and what is true instead.
     */
    record Entry(String name, List<String> needs, List<Pattern> cues, String message) {
    }

    private static final Misconceptions SHARED = new Misconceptions(RuleFile.load("misconceptions.txt"));

    private final List<Entry> entries = new ArrayList<>();

    Misconceptions(RuleFile file) {
        for (String section : file.sections()) {
            var values = file.values(section);
            List<Pattern> cues = values.getOrDefault("cue", List.of()).stream()
                    .map(c -> LinearRegex.compileIgnoringCase(c.replace("{gap}", GAP))).toList();
            List<String> message = values.getOrDefault("message", List.of());
            List<String> needs = values.getOrDefault("needs", List.of()).stream()
                    .flatMap(n -> java.util.Arrays.stream(n.split(","))).map(String::strip).filter(n -> !n.isEmpty()).toList();
            if (cues.isEmpty() || message.isEmpty() || needs.isEmpty()) {
                throw new IllegalStateException(file.name() + ": [" + section + "] needs its words, at least one cue and a message");
            }
            entries.add(new Entry(section, needs, cues, message.get(0)));
        }
    }

    static Misconceptions shared() {
        return SHARED;
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /**
     * The misconceptions the draft states, one concern each, numbered after the {@code numbered} concerns already
     * found, so ids stay unique in the report.
     */
    List<Concern> find(AnalysisContext ctx, int numbered) {
        List<Concern> out = new ArrayList<>();
        List<Sentence> sentences = ctx.draft.sentences();
        List<String> lower = sentences.stream().map(s -> s.text().toLowerCase(java.util.Locale.ROOT)).toList();
        for (Entry e : entries) {
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                if (stated(e, s.text(), lower.get(i))) {
                    spans.add(ctx.span(s.start(), s.end()));
                }
            }
            if (!spans.isEmpty()) {
                out.add(new Concern("concern-" + (numbered + out.size() + 1), RULE, true, CAP,
                        "A technical claim that is not so: " + e.message(), SUGGESTION, spans));
            }
        }
        return out;
    }

    /** Whether a cue of the entry matches in the sentence in a clause that states the claim rather than retells it. */
    static boolean stated(Entry e, String sentence) {
        return stated(e, sentence, sentence.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean stated(Entry e, String sentence, String lower) {
        if (e.needs().stream().noneMatch(lower::contains)) {
            return false;
        }
        for (Pattern cue : e.cues()) {
            Matcher m = cue.matcher(sentence);
            while (m.find()) {
                if (m.end() > m.start() && !retold(sentence, m.start(), m.end())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the clause around [start, end), outside the match itself, negates, doubts or supposes it. */
    private static boolean retold(String sentence, int start, int end) {
        int from = 0;
        Matcher before = CLAUSE_END.matcher(sentence).region(0, start);
        while (before.find()) {
            from = before.end();
        }
        Matcher after = CLAUSE_END.matcher(sentence).region(end, sentence.length());
        int to = after.find() ? after.start() : sentence.length();
        return RETOLD.matcher(sentence.substring(from, start)).find() || DENIED.matcher(sentence.substring(end, to)).find();
    }
}
