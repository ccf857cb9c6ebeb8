package dev.rehearse.practice;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rehearse.coach.report.CompanyTie;
import dev.rehearse.coach.report.Critique;
import dev.rehearse.coach.report.FollowUpsReport;
import dev.rehearse.llm.reply.LlmAnswer;
import dev.rehearse.llm.reply.LlmCompanyTie;
import dev.rehearse.llm.reply.LlmCritique;
import dev.rehearse.llm.reply.LlmFailure;
import dev.rehearse.llm.reply.LlmFollowUps;
import dev.rehearse.practice.SavedReport.AskRun;
import dev.rehearse.practice.SavedReport.CritiqueRun;
import dev.rehearse.practice.SavedReport.FollowUpsRun;
import dev.rehearse.practice.SavedReport.TieRun;
import dev.rehearse.practice.SavedReport.Unreadable;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a stored report with Jackson into the records that wrote it: the offline report of the attempt's mode
 * ({@link Critique}, {@link FollowUpsReport}, {@link CompanyTie}) with the model's reply ({@code llm}) and the
 * note on why there is none ({@code llmNote}) beside its fields, as the coach endpoints answer.
 *
 * <p>Strict about names: a property the record does not have fails the read, so renaming a report field
 * without migrating stored reports shows up as {@link Unreadable} (and in the tests over a history written by an
 * older version) instead of silently reading as "no follow-ups". Lenient about absence: a list missing from an
 * older report reads as empty, so adding a field to a report does not make old attempts unreadable.
 *
 * <p>One older shape is read too: the page once saved a company tie as {@code {"companyTie": {…tie, llm,
 * llmNote}}}, wrapping the endpoint's answer.
 */
public final class SavedReports {

    private static final Logger log = LoggerFactory.getLogger(SavedReports.class);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withConfigOverride(java.util.List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    private SavedReports() {
    }

    /** The report of an attempt of {@code mode}; never throws: what cannot be read comes back as {@link Unreadable}. */
    public static SavedReport read(PracticeMode mode, String reportJson) {
        try {
            JsonNode root = JSON.readTree(reportJson);
            if (!(root instanceof ObjectNode report)) {
                return new Unreadable("the saved report is not a JSON object");
            }
            return switch (mode) {
                case CRITIQUE -> {
                    ModelParts model = ModelParts.take(report);
                    yield new CritiqueRun(JSON.treeToValue(report, Critique.class), model.as(LlmCritique.class), model.note());
                }
                case FOLLOWUPS -> {
                    ModelParts model = ModelParts.take(report);
                    yield new FollowUpsRun(JSON.treeToValue(report, FollowUpsReport.class), model.as(LlmFollowUps.class),
                            model.note());
                }
                case TIE -> {
                    ObjectNode tie = unwrapOlderTie(report);
                    ModelParts model = ModelParts.take(tie);
                    yield new TieRun(JSON.treeToValue(tie, CompanyTie.class), model.as(LlmCompanyTie.class), model.note());
                }
                case ASK -> readAsk(report);
            };
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            // NullPointerException: a record's constructor refusing a required part that is missing
            // the reader's own message names Java types and parser states: the log has it, the candidate gets plain words
            log.warn("A saved {} report could not be read: {}", mode.wireName(), firstLine(e.getMessage()));
            String field = e instanceof UnrecognizedPropertyException unknown ? " (it has a field \"" + unknown.getPropertyName()
                    + "\" this version does not know)" : "";
            return new Unreadable("the saved " + mode.wireName() + " report does not fit this version's report" + field);
        }
    }

    private static ObjectNode unwrapOlderTie(ObjectNode report) {
        JsonNode inner = report.get("companyTie");
        if (report.size() == 1 && inner instanceof ObjectNode wrapped) {
            return wrapped;
        }
        return report;
    }

    private static SavedReport readAsk(ObjectNode report) throws JsonProcessingException {
        for (Iterator<String> names = report.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("answer") && !name.equals("fallback")) {
                throw new IllegalArgumentException("unknown field \"" + name + "\" in an ask report");
            }
        }
        return new AskRun(valueOrNull(report.get("answer"), LlmAnswer.class), valueOrNull(report.get("fallback"), LlmFailure.class));
    }

    private static <T> T valueOrNull(JsonNode node, Class<T> type) throws JsonProcessingException {
        return node == null || node.isNull() ? null : JSON.treeToValue(node, type);
    }

    /** The model's parts of a report, taken out so the rest reads as the offline record. */
    private record ModelParts(JsonNode llm, LlmFailure note) {
        static ModelParts take(ObjectNode report) throws JsonProcessingException {
            JsonNode llm = report.remove("llm");
            LlmFailure note = valueOrNull(report.remove("llmNote"), LlmFailure.class);
            return new ModelParts(llm, note);
        }

        /**
         * The model's result: the server saves the whole checked reply ({@code {result, citations, flags, …}}),
         * the page once saved the result alone; both read as the result.
         */
        <T> T as(Class<T> type) throws JsonProcessingException {
            JsonNode result = llm instanceof ObjectNode reply && reply.has("result") && reply.has("citations") ? reply.get("result") : llm;
            return valueOrNull(result, type);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
