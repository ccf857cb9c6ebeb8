package dev.rehearse.service;

import dev.rehearse.knowledge.PracticeQuestion;
import dev.rehearse.plan.LikelyQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The questions a company's mock interview plans from: the questions its own research says its interviewers may ask,
 * first, so a session sounds like that company's; then the candidate's shared question bank, less the questions that
 * name another company of the folder ("What is your understanding of who TheyDo is?" is no question for Northwind).
 */
final class MockBank {

    /** The part of the notes a research question is listed under in the plan, as the bank lists its parts. */
    static final String RESEARCH = "research";

    private MockBank() {
    }

    /**
     * @param research the questions the company's research raises ({@link ResearchQuestions})
     * @param bank     the candidate's question bank as the company's view reads it
     * @param others   the names of the folder's other companies
     */
    static List<PracticeQuestion> of(List<LikelyQuestion> research, List<PracticeQuestion> bank, List<String> others) {
        List<PracticeQuestion> out = new ArrayList<>();
        for (LikelyQuestion q : research) {
            out.add(q.ref() == null ? new PracticeQuestion(q.id(), q.text(), "", "", 0, 0, RESEARCH)
                    : new PracticeQuestion(q.id(), q.text(), "", q.ref().source(), q.ref().startLine(), q.ref().endLine(), RESEARCH));
        }
        bank.stream().filter(q -> others.stream().noneMatch(name -> names(q.question(), name))).forEach(out::add);
        return out;
    }

    private static boolean names(String question, String company) {
        return !company.isBlank() && question.toLowerCase(Locale.ROOT).contains(company.toLowerCase(Locale.ROOT));
    }
}
