package dev.rehearse.coach.intent;

import java.util.List;

/**
 * One red flag's example sentences and the closeness that raises it.
 *
 * @param name      the red flag's name in concerns.txt
 * @param threshold the least cosine similarity to a "like" sentence that raises the flag
 * @param margin    how much closer to the nearest "like" sentence than to the nearest "unlike" one a sentence must be
 * @param like      sentences that show the flag
 * @param unlike    near misses that do not: fair answers on the same topic
 * @param requires  words a sentence must hold for its meaning to raise the flag (badmouthing judges someone), or
 *                  null when the meaning alone decides
 */
record FlagPrototypes(String name, double threshold, double margin, List<String> like, List<String> unlike,
                      java.util.regex.Pattern requires) {

    FlagPrototypes {
        like = List.copyOf(like);
        unlike = List.copyOf(unlike);
        if (like.isEmpty()) {
            throw new IllegalArgumentException("red flag " + name + " has no example sentences");
        }
    }
}
