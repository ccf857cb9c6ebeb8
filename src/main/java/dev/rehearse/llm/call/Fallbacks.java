package dev.rehearse.llm.call;

/** What the notes on failures say the user gets instead of the model's answer. */
public final class Fallbacks {

    /** For a critique, follow-ups or a company tie: the offline report stands alone. */
    public static final String OFFLINE = "Showing the offline analysis only.";
    /** For a free question: the passages that matched are its offline answer. */
    public static final String PASSAGES = "Showing the matching passages instead.";

    private Fallbacks() {
    }
}
