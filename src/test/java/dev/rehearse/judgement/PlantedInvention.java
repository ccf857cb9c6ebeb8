package dev.rehearse.judgement;

/**
 * A model output written for the invention guard, with the candidate draft it revised. {@code invented} is the one
 * phrase the draft and the candidate's notes do not support, or null when the output only reuses their facts.
 */
public record PlantedInvention(String id, String draft, String output, String invented, String kind) {

    public boolean isInvention() {
        return invented != null;
    }
}
