package dev.rehearse.knowledge;

import dev.rehearse.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a candidate's free-form prep notes: questions followed by their answers (quoted, bulleted or
 * plain), {@code pause} markers, {@code >} lines for what the interviewer said back, "Questions for …"
 * blocks of questions to ask, and part headings such as {@code > PART 2 -}.
 *
 * <p>The notes are hand-written and messy, so the rules are deliberately forgiving: a question is a
 * line after a blank line that ends with a question mark, or a short title line standing alone
 * ("growth outside day-to-day"); everything up to the next question is its answer.
 */
public final class NotesParser {

    private static final Pattern PART = Pattern.compile("^>\\s*part\\s+([0-9]+|[ivx]+)\\b.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAUSE = Pattern.compile("^[\\[(]?pause[\\])]?[.…]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_HEADER = Pattern.compile("^questions(\\s+(for|to)\\b[^?]*)?\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BULLET = Pattern.compile("^[-*•]\\s*");
    private static final Pattern TERMINAL_PUNCTUATION = Pattern.compile("[.!?:;,\"”)]$");
    private static final int MAX_QUESTION_WORDS = 70;
    private static final int MAX_TOPIC_WORDS = 8;

    private enum LineType { BLANK, PAUSE, PART, REPLY, BLOCK_HEADER, BULLET, TEXT }

    private record Line(int number, String raw, String trimmed, LineType type) {
    }

    public ParsedFile parse(SourceFile file) {
        return new Run(file).parse();
    }

    /** One pass over one file; holds the parser's state. */
    private static final class Run {
        private final SourceFile file;
        private final List<Line> lines = new ArrayList<>();
        private final List<Passage> passages = new ArrayList<>();
        private final List<PracticeQuestion> questions = new ArrayList<>();

        private String section;
        // the question being answered, and its answer lines
        private Line question;
        private final List<Line> answer = new ArrayList<>();
        // interviewer replies gathered under the current question or question to ask
        private final List<Line> replies = new ArrayList<>();
        // "Questions for …" block state
        private boolean inBlock;
        private String blockTitle = "";
        private final List<Line> ask = new ArrayList<>();

        Run(SourceFile file) {
            this.file = file;
            String[] raw = file.text().split("\\R", -1);
            for (int i = 0; i < raw.length; i++) {
                String trimmed = raw[i].strip();
                lines.add(new Line(i + 1, raw[i], trimmed, classify(trimmed)));
            }
            boolean hasParts = lines.stream().anyMatch(l -> l.type == LineType.PART);
            section = hasParts ? "Part 1" : "";
        }

        ParsedFile parse() {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                switch (line.type) {
                    case PART -> {
                        flushAll();
                        Matcher m = PART.matcher(line.trimmed);
                        section = m.matches() ? "Part " + m.group(1).toUpperCase(Locale.ROOT) : line.trimmed;
                    }
                    case BLOCK_HEADER -> {
                        flushAll();
                        inBlock = true;
                        blockTitle = line.trimmed.replaceAll("\\s*:\\s*$", "");
                    }
                    default -> {
                        if (inBlock) {
                            if (!handleInBlock(i)) {
                                flushAll();
                                handleNormal(i);
                            }
                        } else {
                            handleNormal(i);
                        }
                    }
                }
            }
            flushAll();
            return new ParsedFile(file, passages, questions);
        }

        /** Returns false when the line ends the block. */
        private boolean handleInBlock(int i) {
            Line line = lines.get(i);
            switch (line.type) {
                case BLANK, PAUSE -> {
                    return true;
                }
                case REPLY -> {
                    replies.add(line);
                    return true;
                }
                case BULLET -> {
                    flushAsk();
                    ask.add(line);
                    return true;
                }
                default -> {
                    if (line.trimmed.endsWith("?") || line.trimmed.matches(".*\\?\\s*$")) {
                        flushAsk();
                        ask.add(line);
                        return true;
                    }
                    // a wrapped question continues on the next line
                    if (!ask.isEmpty() && replies.isEmpty() && previous(i).type != LineType.BLANK) {
                        ask.add(line);
                        return true;
                    }
                    inBlock = false;
                    return false;
                }
            }
        }

        private void handleNormal(int i) {
            Line line = lines.get(i);
            if (line.type == LineType.TEXT && startsUnit(i)) {
                flushUnit();
                question = line;
                return;
            }
            if (line.type == LineType.REPLY) {
                replies.add(line);
                return;
            }
            if (!replies.isEmpty() && line.type != LineType.BLANK) {
                // text after a reply starts a new stretch of answer under the same question
                flushReplies(question == null ? "" : question.trimmed);
            }
            if (question == null && answer.isEmpty() && line.type == LineType.BLANK) {
                return;
            }
            answer.add(line);
        }

        private boolean startsUnit(int i) {
            Line line = lines.get(i);
            if (previous(i).type != LineType.BLANK && previous(i).type != LineType.PART && i > 0) {
                return false;
            }
            String t = line.trimmed;
            if (t.startsWith("\"") || t.startsWith("“")) {
                return false;
            }
            int words = Words.count(t);
            if (t.endsWith("?") && words <= MAX_QUESTION_WORDS) {
                return true;
            }
            // a short stand-alone title line, followed by a blank line and then its text
            return words <= MAX_TOPIC_WORDS
                    && !TERMINAL_PUNCTUATION.matcher(t).find()
                    && next(i).type == LineType.BLANK
                    && nextNonBlank(i) != null
                    && (nextNonBlank(i).type == LineType.TEXT || nextNonBlank(i).type == LineType.BULLET);
        }

        private Line previous(int i) {
            return i == 0 ? new Line(0, "", "", LineType.BLANK) : lines.get(i - 1);
        }

        private Line next(int i) {
            return i + 1 < lines.size() ? lines.get(i + 1) : new Line(0, "", "", LineType.BLANK);
        }

        private Line nextNonBlank(int i) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (lines.get(j).type != LineType.BLANK) {
                    return lines.get(j);
                }
            }
            return null;
        }

        private void flushAll() {
            if (inBlock) {
                flushAsk();
            }
            flushUnit();
            inBlock = false;
        }

        private void flushUnit() {
            String title = question == null ? "" : question.trimmed;
            List<Line> body = trimBlankEnds(answer);
            String text = cleanAnswer(body);
            if (!text.isEmpty()) {
                int start = question != null ? question.number : body.get(0).number;
                int end = body.get(body.size() - 1).number;
                Passage p = Passage.of(file.source(), start, end, PassageKind.ANSWER, section, title, text);
                passages.add(p);
                if (question != null) {
                    questions.add(new PracticeQuestion(p.id(), title, text, file.source(), start, end, section));
                }
            }
            flushReplies(title);
            question = null;
            answer.clear();
        }

        private void flushReplies(String title) {
            if (replies.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            for (Line r : replies) {
                String said = r.trimmed.replaceFirst("^>\\s*", "").strip();
                if (!said.isEmpty()) {
                    text.append(text.length() == 0 ? "" : "\n").append(said);
                }
            }
            if (text.length() > 0) {
                passages.add(Passage.of(file.source(), replies.get(0).number, replies.get(replies.size() - 1).number,
                        PassageKind.INTERVIEWER_SAID, section, title, text.toString()));
            }
            replies.clear();
        }

        private void flushAsk() {
            if (!ask.isEmpty()) {
                String text = joinParagraph(ask.stream().map(l -> BULLET.matcher(l.trimmed).replaceFirst("")).toList());
                passages.add(Passage.of(file.source(), ask.get(0).number, ask.get(ask.size() - 1).number,
                        PassageKind.QUESTION_TO_ASK, section, blockTitle, text));
                String asked = text;
                ask.clear();
                flushReplies(asked);
            } else {
                flushReplies(blockTitle);
            }
        }

        private static List<Line> trimBlankEnds(List<Line> body) {
            int from = 0;
            int to = body.size();
            while (from < to && isEmptyish(body.get(from))) {
                from++;
            }
            while (to > from && isEmptyish(body.get(to - 1))) {
                to--;
            }
            return body.subList(from, to);
        }

        private static boolean isEmptyish(Line l) {
            return l.type == LineType.BLANK || l.type == LineType.PAUSE;
        }

        /** Paragraphs joined by blank lines; wrapped lines joined; quotes, bullets and pauses removed. */
        private static String cleanAnswer(List<Line> body) {
            List<String> paragraphs = new ArrayList<>();
            List<String> current = new ArrayList<>();
            for (Line l : body) {
                switch (l.type) {
                    case BLANK, PAUSE -> {
                        addParagraph(paragraphs, current);
                    }
                    case BULLET -> {
                        addParagraph(paragraphs, current);
                        current.add(BULLET.matcher(l.trimmed).replaceFirst(""));
                    }
                    default -> current.add(l.trimmed);
                }
            }
            addParagraph(paragraphs, current);
            return String.join("\n\n", paragraphs);
        }

        private static void addParagraph(List<String> paragraphs, List<String> current) {
            if (current.isEmpty()) {
                return;
            }
            String p = unquote(joinParagraph(current));
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
            current.clear();
        }

        private static String joinParagraph(List<String> parts) {
            return String.join(" ", parts).replaceAll("\\s+", " ").strip();
        }

        private static String unquote(String p) {
            if (p.length() >= 2 && (p.startsWith("\"") || p.startsWith("“")) && (p.endsWith("\"") || p.endsWith("”"))) {
                return p.substring(1, p.length() - 1).strip();
            }
            return p;
        }
    }

    private static LineType classify(String t) {
        if (t.isEmpty()) {
            return LineType.BLANK;
        }
        if (PAUSE.matcher(t).matches()) {
            return LineType.PAUSE;
        }
        if (PART.matcher(t).matches()) {
            return LineType.PART;
        }
        if (t.startsWith(">")) {
            return LineType.REPLY;
        }
        if (BLOCK_HEADER.matcher(t).matches()) {
            return LineType.BLOCK_HEADER;
        }
        if (BULLET.matcher(t).lookingAt() && !t.startsWith("--")) {
            return LineType.BULLET;
        }
        return LineType.TEXT;
    }
}
