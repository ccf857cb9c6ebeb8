package dev.rehearse.coach.roles;

import dev.rehearse.coach.report.QuestionType;
import dev.rehearse.coach.text.RuleFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What each type of question asks for in plain words, from {@code coach/question-intents.txt}. */
final class QuestionIntents {

    private final Map<String, String> byType = new LinkedHashMap<>();

    private QuestionIntents(RuleFile file) {
        for (String type : file.sections()) {
            // a section named for no type would never be asked for, and its questions would quietly lose their intent
            if (QuestionType.fromWireName(type).isEmpty()) {
                throw new IllegalStateException("question-intents.txt: [" + type + "] is not a question type");
            }
            byType.put(type, String.join(" ", file.lines(type)));
        }
    }

    static QuestionIntents bundled() {
        return new QuestionIntents(RuleFile.load("question-intents.txt"));
    }

    /** The description for a question type's wire name, if the file has one. */
    Optional<String> of(String type) {
        return Optional.ofNullable(byType.get(type));
    }
}
