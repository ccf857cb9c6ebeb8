package dev.rehearse.coach.report;

import java.util.List;

/**
 * How closely the draft's sentences match what the question asks, read with the sentence embedding: the meaning,
 * not the words, so a mistake story answers "tell me about a mistake" without saying "mistake".
 *
 * @param judged            false when no embedding model was available (then nothing below is meaningful)
 * @param similarity        the mean similarity of the two closest sentences to the question, two decimals
 * @param answers           whether that is close enough to count as answering the question
 * @param sentencesOnIt     how many sentences are about what was asked
 * @param sentenceCount     how many sentences the draft has
 * @param closest           the closest sentences, best first (at most three): what the judgement rests on
 * @param basis             what the sentences were compared with
 */
public record QuestionMatch(boolean judged, double similarity, boolean answers, int sentencesOnIt, int sentenceCount,
                            List<SentenceMatch> closest, String basis) {

    public QuestionMatch {
        closest = List.copyOf(closest);
    }

    /** No embedding model: the match is not judged. */
    public static QuestionMatch notJudged() {
        return new QuestionMatch(false, 0, false, 0, 0, List.of(), "");
    }

    /** Whether at least half the sentences are about what was asked. */
    public boolean staysOnIt() {
        return sentenceCount > 0 && 2 * sentencesOnIt >= sentenceCount;
    }
}
