package dev.rehearse.coach;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coach.followup.Quote;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FollowUp;
import dev.rehearse.coach.report.MissingFact;
import dev.rehearse.coach.report.NameFinding;
import dev.rehearse.judgement.JudgedTriple;
import dev.rehearse.judgement.JudgementSet;
import dev.rehearse.testing.BundledKnowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The follow-up and grounding figures on every draft of the judgement set (weak and strong, 14 question
 * types), printed and held to their targets. "Left out" facts are checked against a hand-made map of
 * which questions of the bundled notes answer each question type, independent of the coach's matching.
 * Writes every draft's follow-ups to target/followup-measurement.txt for reading.
 */
@Tag("integration")
class FollowUpMeasurementTest {

    /** First line of each question block of the bundled notes (answers, question lists, replies to them). */
    private static final int[] NOTES_BLOCKS = {1, 10, 20, 36, 44, 52, 60, 69, 81, 89, 98, 105, 111, 113, 116};
    /** Which notes blocks answer a question of each judgement type. */
    private static final Map<String, Set<Integer>> ANSWERS_TYPE = Map.ofEntries(
            Map.entry("motivation", Set.of(1, 10, 36)),
            Map.entry("system-design", Set.of(20, 69, 81, 89, 111)),
            Map.entry("behavioural", Set.of(20, 69, 105)),
            Map.entry("self-introduction", Set.of(20)),
            Map.entry("closing", Set.of(60, 111, 113, 116)),
            Map.entry("mistake", Set.of(105)),
            Map.entry("weakness", Set.of(98, 105)),
            Map.entry("conflict", Set.of()),
            Map.entry("reason-for-leaving", Set.of(36, 98)),
            Map.entry("strengths", Set.of(20, 113)),
            Map.entry("first-months", Set.of(52, 116)),
            Map.entry("stakeholder", Set.of(20)),
            Map.entry("conceptual", Set.of(20, 81, 89)),
            Map.entry("working-style", Set.of(44)));
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("\\b\\d[\\d.,%]*");
    private static final Pattern GENERIC_APPLY = Pattern.compile("(?i)how would (you|that) apply|apply (this|that|what you learned)");

    private final Coach coach = new Coach(CoachFixtures.analyzer(), BundledKnowledge.index());

    @Test
    void should_meet_the_follow_up_and_grounding_targets_on_the_judgement_set() throws IOException {
        // given
        List<JudgedTriple> triples = JudgementSet.triples();
        int drafts = 0;
        int followUps = 0;
        int specific = 0;
        int genericApplyDrafts = 0;
        List<String> foreign = new ArrayList<>();
        List<String> offQuestion = new ArrayList<>();
        List<String> badCount = new ArrayList<>();
        StringBuilder log = new StringBuilder();

        // when
        for (JudgedTriple t : triples) {
            for (String draft : List.of(t.weak(), t.strong())) {
                Critique c = coach.critique(t.question(), draft);
                drafts++;
                log.append("\n## ").append(t.id()).append(' ').append(t.type()).append(": ").append(t.question()).append('\n')
                        .append(draft).append('\n');
                boolean generic = false;
                if (c.followUps().size() < FollowUpGenerator.MIN || c.followUps().size() > FollowUpGenerator.MAX) {
                    badCount.add(t.id() + ": " + c.followUps().size());
                }
                for (FollowUp f : c.followUps()) {
                    followUps++;
                    boolean names = namesDraft(f, c, draft);
                    specific += names ? 1 : 0;
                    generic |= GENERIC_APPLY.matcher(f.question()).find();
                    if (aboutSomethingNotInDraft(f, draft)) {
                        foreign.add(t.id() + ": " + f.question());
                    }
                    log.append(names ? "  * " : "  - ").append(f.origin()).append(": ").append(f.question())
                            .append(f.prepareFrom() == null ? "" : "  [" + f.prepareFrom().citation() + "]").append('\n');
                }
                genericApplyDrafts += generic ? 1 : 0;
                for (MissingFact m : c.grounding().missingFacts()) {
                    int block = block(m.passage().startLine());
                    log.append("  left out (").append(m.kind()).append(", block ").append(block).append("): ").append(m.text()).append('\n');
                    if (m.passage().source().startsWith("candidate/") && !ANSWERS_TYPE.get(t.type()).contains(block)) {
                        offQuestion.add(t.id() + " " + t.type() + ": " + m.text() + " (" + m.passage().citation() + ")");
                    }
                }
            }
        }
        double share = (double) specific / followUps;
        double genericShare = (double) genericApplyDrafts / drafts;
        System.out.printf(Locale.ROOT, "follow-up measurement on %d drafts: %d follow-ups (%.1f a draft); quote or name the draft %.0f%%;"
                        + " generic apply in %.0f%% of drafts; about a number or name not in the draft: %d; left out from another question: %d%n",
                drafts, followUps, (double) followUps / drafts, 100 * share, 100 * genericShare, foreign.size(), offQuestion.size());
        foreign.forEach(s -> System.out.println("  foreign: " + s));
        offQuestion.forEach(s -> System.out.println("  off-question: " + s));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/followup-measurement.txt"), log);

        // then
        assertThat(drafts).isGreaterThanOrEqualTo(40);
        assertThat(badCount).as("drafts with fewer than three or more than six follow-ups").isEmpty();
        assertThat(share).isGreaterThanOrEqualTo(0.6);
        assertThat(genericShare).isLessThan(0.1);
        assertThat(foreign).isEmpty();
        assertThat(offQuestion).isEmpty();
    }

    /** A follow-up quotes the draft (a quoted piece found in it) or names one of the draft's names. */
    private static boolean namesDraft(FollowUp f, Critique c, String draft) {
        Matcher m = QUOTED.matcher(f.question());
        while (m.find()) {
            if (draft.toLowerCase(Locale.ROOT).contains(Quote.verbatim(m.group(1)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return c.evidence().names().stream().map(NameFinding::name).anyMatch(n -> f.question().contains(n));
    }

    /**
     * A follow-up that presents a number or a quote as the candidate's (any origin but the interviewer's
     * words and the research fact, which say whose they are) while the draft does not hold it.
     */
    private static boolean aboutSomethingNotInDraft(FollowUp f, String draft) {
        if (f.origin().equals("interviewer") || f.origin().equals("company")) {
            return false;
        }
        String lower = draft.toLowerCase(Locale.ROOT);
        Matcher q = QUOTED.matcher(f.question());
        while (q.find()) {
            if (!lower.contains(Quote.verbatim(q.group(1)).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        Matcher n = NUMBER.matcher(f.question());
        while (n.find()) {
            if (!draft.contains(n.group().replaceAll("[.,]+$", ""))) {
                return true;
            }
        }
        return false;
    }

    private static int block(int line) {
        int block = NOTES_BLOCKS[0];
        for (int b : NOTES_BLOCKS) {
            if (b <= line) {
                block = b;
            }
        }
        return block;
    }
}
