package dev.rehearse.voice;

import java.util.List;

/**
 * One filler and where it was said.
 *
 * @param word      the filler as counted ("um", "you know", "kind of")
 * @param count     how many times
 * @param positions character offsets in the transcript where each one starts, in order
 */
public record FillerCount(String word, int count, List<Integer> positions) {

    public FillerCount {
        positions = List.copyOf(positions);
    }
}
