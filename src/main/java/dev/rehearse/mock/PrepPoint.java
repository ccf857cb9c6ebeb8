package dev.rehearse.mock;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rehearse.knowledge.PassageRef;

/**
 * One thing to prepare before the next session, linked to the passage of the notes or research that helps.
 *
 * @param what    what to prepare
 * @param why     what in the session showed the need (the finding, gap or follow-up it rests on)
 * @param passage where to prepare it from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrepPoint(String what, String why, PassageRef passage) {
}
