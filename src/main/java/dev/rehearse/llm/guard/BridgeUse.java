package dev.rehearse.llm.guard;

import dev.rehearse.text.Stems;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a bridge uses the passage it cites. A bridge is made of the candidate's own words and a
 * company fact, so the words it adds beyond the draft must come from what it cites: a bridge whose new
 * words share fewer than {@link #MIN_SHARED} content stems with every cited passage cites a fact it does
 * not use.
 */
final class BridgeUse {

    static final int MIN_SHARED = 2;

    private BridgeUse() {
    }

    /** True when no cited text is known (nothing to compare) or one cited text shares enough of the bridge's own words. */
    static boolean usesCited(String bridge, String draft, Collection<String> citedTexts) {
        if (citedTexts.isEmpty()) {
            return true;
        }
        Set<String> own = new HashSet<>(Stems.terms(bridge));
        own.removeAll(Stems.terms(draft));
        for (String cited : citedTexts) {
            Set<String> shared = new HashSet<>(Stems.terms(cited));
            shared.retainAll(own);
            if (shared.size() >= MIN_SHARED) {
                return true;
            }
        }
        return false;
    }
}
