package dev.rehearse.llm.prompt;

import dev.rehearse.llm.request.OfflineFacts;

/** The offline findings as the lines that go inside {@code <facts>}. */
public final class FactsBlock {

    private FactsBlock() {
    }

    public static String render(OfflineFacts facts) {
        StringBuilder sb = new StringBuilder();
        sb.append("- Question type: ").append(UntrustedText.neutralise(facts.questionType()));
        for (String fact : facts.facts()) {
            sb.append('\n').append("- ").append(UntrustedText.neutralise(fact.strip().replaceAll("\\s*\\n\\s*", " ")));
        }
        if (facts.facts().isEmpty()) {
            sb.append('\n').append("- (the offline analysis found nothing further)");
        }
        return sb.toString();
    }
}
