package dev.rehearse.mock;

import dev.rehearse.knowledge.KnowledgeBase;
import dev.rehearse.knowledge.Passage;
import dev.rehearse.knowledge.PassageKind;
import dev.rehearse.llm.guard.InventionGuard;
import dev.rehearse.llm.guard.SourceFacts;
import dev.rehearse.llm.reply.InventionFlag;
import dev.rehearse.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a model's interviewer turn must pass before the candidate sees it, and the invention guard over the session
 * at its end. Mid-session the candidate hears only questions: a sentence of feedback ("great answer", "you should
 * quantify") is cut from the turn, and a turn left with no question is refused.
 */
final class TurnCheck {

    /** Longer than any question an interviewer asks in one breath: the model is lecturing. */
    private static final int MAX_CHARS = 600;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern SPEAKER = Pattern.compile("^(?i)(interviewer|assistant)\\s*:\\s*");
    private static final PhraseMatcher FEEDBACK = PhraseMatcher.ignoringCase(List.of(
            "great answer", "good answer", "nice answer", "strong answer", "weak answer", "your answer", "well done",
            "you should", "you could improve", "to improve", "feedback", "score", "rubric", "star method", "i'd suggest",
            "i would suggest", "next time"));

    /** The turn with any feedback sentence cut, or empty when no question is left. */
    Optional<String> question(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        String text = SPEAKER.matcher(reply.strip()).replaceFirst("").replaceAll("^\"|\"$", "").strip();
        List<String> kept = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            if (FEEDBACK.find(sentence).isEmpty()) {
                kept.add(sentence.strip());
            }
        }
        String out = String.join(" ", kept).strip();
        if (out.isEmpty() || !out.contains("?") || out.length() > MAX_CHARS) {
            return Optional.empty();
        }
        return Optional.of(out);
    }

    /**
     * The invention guard over what the interviewer said: a name or figure it put in the candidate's mouth must be in
     * the candidate's answers, their notes or the session's company's research ({@code knowledge}).
     */
    List<String> guard(MockSession s, KnowledgeBase knowledge) {
        List<String> own = new ArrayList<>();
        List<String> research = new ArrayList<>();
        for (Passage p : knowledge.passages()) {
            (p.kind() == PassageKind.RESEARCH ? research : own).add(p.searchableText());
        }
        s.transcript().stream().filter(e -> TranscriptEntry.CANDIDATE.equals(e.role())).map(TranscriptEntry::text).forEach(own::add);
        s.plan().questions().forEach(q -> own.add(q.text()));
        InventionGuard guard = new InventionGuard(SourceFacts.of(own).with(SourceFacts.research(research)));
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < s.transcript().size(); i++) {
            TranscriptEntry e = s.transcript().get(i);
            if (TranscriptEntry.INTERVIEWER.equals(e.role())) {
                for (InventionFlag f : guard.checkAboutCompany("transcript[" + i + "]", e.text())) {
                    flags.add(f.field() + ": " + f.message());
                }
            }
        }
        return flags;
    }

    /** A failed call in a few words, never with the key or the request. */
    static String describe(RuntimeException e) {
        if (e instanceof ModelTurnException turn) {
            return turn.reason();
        }
        // the exception's type in plain words ("InternalServerException" → "internal server error"): never a Java name
        String name = e.getClass().getSimpleName().replaceAll("(Exception|Error)$", "");
        String words = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).strip();
        return words.isEmpty() ? "an error" : words + " error";
    }
}
