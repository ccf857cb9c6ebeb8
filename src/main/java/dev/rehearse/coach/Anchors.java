package dev.rehearse.coach;

import dev.rehearse.coach.report.Evidence;
import dev.rehearse.coach.report.InterviewerPriority;
import dev.rehearse.coach.report.Relevance;
import dev.rehearse.coach.report.StructureReport;
import dev.rehearse.text.LinearRegex;
import java.util.regex.Pattern;

/**
 * The concrete things of the candidate's own an answer rests on: a measure (not the question's own figure, nor a
 * plan's time frame), a change, a named system they say what they did with, what the interviewer said taken up, or a
 * pointer to what they heard or read ("you said", "I read that"). An answer about oneself or a plan with none of these
 * is stock claims, however well it reads; one anchor is enough to be something the interviewer can ask about.
 */
final class Anchors {

    /**
     * Pointers to the research: the candidate building on something specific they read. What the interviewer said is
     * {@link RelevanceAnalyzer#ATTRIBUTED}, the pattern the relevance score reads it by.
     */
    private static final Pattern READ = LinearRegex.compileIgnoringCase("\\b(from what )?i (read|saw|heard) (that|in|on)\\b");

    private Anchors() {
    }

    /** Whether the answer has at least one anchor; the cheap ones are looked at first. */
    static boolean any(AnalysisContext ctx, Evidence ev, Relevance rel, StructureReport st) {
        return !ev.quantities().isEmpty() || !ev.changes().isEmpty()
                || rel.interviewerPriorities().stream().anyMatch(InterviewerPriority::takenUp)
                || RelevanceAnalyzer.ATTRIBUTED.matcher(ctx.text()).find() || READ.matcher(ctx.text()).find()
                || !OwnWork.credit(ev.names(), st.sentences(), Scorer.companyNames(rel)).credited().isEmpty();
    }
}
