package dev.rehearse.practice;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import dev.rehearse.practice.DiffSegment.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word diff between two drafts (Myers' algorithm from java-diff-utils over word tokens). Deterministic: the same
 * two drafts always give the same segments.
 *
 * <p>Tokens are words (letters, marks, digits, with inner apostrophes), runs of whitespace, and any other single
 * user-perceived character (punctuation, an emoji with its modifiers), so a changed comma is one token and an
 * emoji is never split. Whitespace that merely separates two changed words is folded into the change, so
 * "quick brown" → "slow red" reads as one replacement instead of alternating word by word.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile(
            "(?U)\\s+|[\\p{L}\\p{M}\\p{N}_]+(?:['’][\\p{L}\\p{M}\\p{N}_]+)*|\\X");

    private WordDiff() {
    }

    public static DraftDiff between(String older, String newer) {
        List<String> a = tokens(older == null ? "" : older);
        List<String> b = tokens(newer == null ? "" : newer);
        List<DiffSegment> raw = new ArrayList<>();
        int i = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int at = delta.getSource().getPosition();
            if (at > i) {
                raw.add(new DiffSegment(Kind.EQUAL, String.join("", a.subList(i, at))));
            }
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            if (!removed.isEmpty()) {
                raw.add(new DiffSegment(Kind.DELETED, String.join("", removed)));
            }
            if (!added.isEmpty()) {
                raw.add(new DiffSegment(Kind.INSERTED, String.join("", added)));
            }
            i = at + removed.size();
        }
        if (i < a.size()) {
            raw.add(new DiffSegment(Kind.EQUAL, String.join("", a.subList(i, a.size()))));
        }
        return new DraftDiff(foldSeparators(raw));
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Merges each run of changes, including whitespace-only equal segments lying between two changes, into one
     * deleted segment followed by one inserted segment.
     */
    private static List<DiffSegment> foldSeparators(List<DiffSegment> raw) {
        List<DiffSegment> out = new ArrayList<>();
        int k = 0;
        while (k < raw.size()) {
            if (raw.get(k).kind() == Kind.EQUAL) {
                out.add(raw.get(k));
                k++;
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            while (k < raw.size()) {
                DiffSegment s = raw.get(k);
                if (s.kind() == Kind.DELETED) {
                    deleted.append(s.text());
                } else if (s.kind() == Kind.INSERTED) {
                    inserted.append(s.text());
                } else if (s.text().isBlank() && k + 1 < raw.size() && raw.get(k + 1).kind() != Kind.EQUAL) {
                    deleted.append(s.text());
                    inserted.append(s.text());
                } else {
                    break;
                }
                k++;
            }
            if (!deleted.isEmpty()) {
                out.add(new DiffSegment(Kind.DELETED, deleted.toString()));
            }
            if (!inserted.isEmpty()) {
                out.add(new DiffSegment(Kind.INSERTED, inserted.toString()));
            }
        }
        return out;
    }
}
