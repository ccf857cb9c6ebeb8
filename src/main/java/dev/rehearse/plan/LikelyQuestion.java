package dev.rehearse.plan;

import dev.rehearse.knowledge.PassageRef;

/**
 * A question the candidate is likely to be asked.
 *
 * @param id          stable id: the bank question's passage id, or the origin and a short key
 * @param text        the question (for an interviewer's stated priority, the priority as they said it)
 * @param origin      "bank" (the notes' own questions), "standard" (the usual behavioural set), "interviewer" (what
 *                    the interviewer said they look for) or "research" (a question the research raises)
 * @param theme       the theme a story answering it shows, when known
 * @param lookingFor  what kind of story answers it well
 * @param needsStory  whether it is answered with a story (a conceptual or motivation question is not)
 * @param questionKey the key its attempts are saved under in the history
 * @param ref         where it is written, when it is in the knowledge folder
 */
public record LikelyQuestion(String id, String text, String origin, String theme, String lookingFor,
                             boolean needsStory, String questionKey, PassageRef ref) {
}
