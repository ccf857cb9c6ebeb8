package dev.rehearse.judgement;

/** A sentence with the role it plays in an answer, and whether it is for training or held out for evaluation. */
public record LabelledSentence(String text, String role, String split) {

    public boolean heldOut() {
        return "heldout".equals(split);
    }
}
