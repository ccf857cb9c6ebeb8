package dev.rehearse.mock;

import dev.rehearse.coach.text.RuleFile;
import dev.rehearse.text.PhraseMatcher;
import java.util.List;

/** The interviewer's own words and the phrases it listens for, from {@code coach/mock-interviewer.txt}. */
final class InterviewerLines {

    private static final InterviewerLines SHARED = new InterviewerLines(RuleFile.load("mock-interviewer.txt"));

    final List<String> openers;
    final List<String> motivation;
    final List<String> closing;
    final PhraseMatcher dontKnow;
    final String tooShort;
    final String offTopic;
    final String end;
    final String endedEarly;

    private InterviewerLines(RuleFile f) {
        openers = f.lines("opener");
        motivation = f.lines("motivation");
        closing = f.lines("closing");
        dontKnow = PhraseMatcher.ignoringCase(f.lines("dont-know").stream().sorted(PhraseMatcher.longestFirst()).toList());
        tooShort = f.lines("too-short").get(0);
        offTopic = f.lines("off-topic").get(0);
        end = f.lines("end").get(0);
        endedEarly = f.lines("ended-early").get(0);
    }

    static InterviewerLines shared() {
        return SHARED;
    }
}
