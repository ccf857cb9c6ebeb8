package dev.rehearse.coach.roles;

import java.util.List;

/**
 * What the embedding model reads in a draft: each sentence's role and how close it comes to what the question
 * asks.
 *
 * @param roles      the role of each sentence, in draft order
 * @param similarity each sentence's cosine similarity to the question (or to what its type asks for, whichever is
 *                   closer), in draft order
 * @param basis      what the sentences were compared with: "the question" or "the question and what its type asks for"
 * @param said       for each thing the interviewer said in reply to a question like this one, the draft sentence
 *                   closest to it
 */
public record DraftMeaning(List<RolePrediction> roles, List<Double> similarity, String basis, List<SaidMatch> said) {

    public DraftMeaning {
        roles = List.copyOf(roles);
        similarity = List.copyOf(similarity);
        said = List.copyOf(said);
        if (roles.size() != similarity.size()) {
            throw new IllegalArgumentException("one role and one similarity per sentence");
        }
    }
}
