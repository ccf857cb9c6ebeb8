package dev.rehearse.coach.text;

/**
 * A sentence (or bullet) of the draft.
 *
 * @param index      position among the draft's sentences, from 0
 * @param start      offset of its first character
 * @param end        offset after its last character
 * @param text       the sentence as written
 * @param firstToken index of its first word in the draft's token list
 * @param words      how many words it has
 */
public record Sentence(int index, int start, int end, String text, int firstToken, int words) {

    public Span span() {
        return new Span(start, end, text);
    }
}
