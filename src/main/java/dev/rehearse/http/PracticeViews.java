package dev.rehearse.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.rehearse.practice.Attempt;
import dev.rehearse.practice.AttemptSummary;
import dev.rehearse.practice.DraftDiff;
import dev.rehearse.practice.PracticeMode;
import dev.rehearse.practice.QuestionSummary;
import dev.rehearse.practice.StoreStatus;
import dev.rehearse.text.DiffSegment;
import dev.rehearse.service.Json;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the practice history endpoints. */
public final class PracticeViews {

    private PracticeViews() {
    }

    /** A stored attempt; {@code report} is the JSON the page saved, as JSON again. */
    public record AttemptJson(long id, String questionKey, String questionId, String questionText, String draft,
                              PracticeMode mode, JsonNode report, Double overallScore, int draftWords, String modelNote,
                              Instant createdAt) {
        static AttemptJson of(Attempt a) {
            JsonNode report;
            try {
                report = Json.MAPPER.readTree(a.reportJson());
            } catch (Exception e) {
                // written by something other than this API: hand it back as it is rather than fail
                report = TextNode.valueOf(a.reportJson());
            }
            return new AttemptJson(a.id(), a.questionKey(), a.questionId(), a.questionText(), a.draft(), a.mode(), report,
                    a.overallScore(), a.draftWords(), a.modelNote(), a.createdAt());
        }
    }

    /** One question's attempts, newest first: the chart and the diff pickers. */
    public record HistoryJson(String questionKey, int count, List<AttemptSummary> attempts) {
    }

    public record QuestionsJson(int count, List<QuestionSummary> questions) {
    }

    public record StatusJson(boolean available, String databaseFile, String problem, String message) {
        static StatusJson of(StoreStatus s) {
            return new StatusJson(s.available(), s.databaseFile() == null ? null : s.databaseFile().toString(),
                    s.problem() == null ? null : PracticeController.wireName(s.problem()), s.message());
        }
    }

    public record AttemptRef(long id, Instant createdAt, Double overallScore, int draftWords) {
        static AttemptRef of(Attempt a) {
            return new AttemptRef(a.id(), a.createdAt(), a.overallScore(), a.draftWords());
        }
    }

    /** The word diff from one attempt's draft to another's. */
    public record DiffJson(AttemptRef from, AttemptRef to, List<DiffSegment> segments, int insertedWords, int deletedWords,
                           boolean identical) {
        static DiffJson of(Attempt from, Attempt to, DraftDiff diff) {
            return new DiffJson(AttemptRef.of(from), AttemptRef.of(to), diff.segments(), diff.insertedWords(),
                    diff.deletedWords(), diff.identical());
        }
    }
}
