package dev.rehearse.coach.report;

import dev.rehearse.knowledge.PassageRef;
/**
 * A sentence the candidate could add to tie the answer to the company: a short lead-in and a fact
 * quoted from the research, never anything the research does not say.
 *
 * @param id       "bridge-" and a running number
 * @param sentence the suggested sentence
 * @param fact     the research's own words inside it
 * @param theme    the company theme it speaks to, or "" when none
 * @param citation where the fact comes from
 */
public record Bridge(String id, String sentence, String fact, String theme, PassageRef citation) {
}
