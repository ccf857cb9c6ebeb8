package dev.rehearse.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts of the barrage per endpoint, and every problem found, for the assertion and the report. */
final class BarrageTally {

    private static final class Row {
        final Set<String> slots = new LinkedHashSet<>();
        final Set<String> inputs = new LinkedHashSet<>();
        int requests;
        int ok;
        int redirect;
        int clientError;
        int serverError;
        int noAnswer;
        int streamResult;
        int streamFallback;
        final List<String> problems = new ArrayList<>();
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    synchronized void add(String endpoint, String slot, String input, AnswerCheck.Outcome outcome) {
        Row row = rows.computeIfAbsent(endpoint, e -> new Row());
        row.slots.add(slot);
        row.inputs.add(input);
        row.requests++;
        int s = outcome.status();
        if (s < 0) {
            row.noAnswer++;
        } else if (s >= 500) {
            row.serverError++;
        } else if (s >= 400) {
            row.clientError++;
        } else if (s >= 300) {
            row.redirect++;
        } else {
            row.ok++;
        }
        if (outcome.kind().equals("stream-result")) {
            row.streamResult++;
        } else if (outcome.kind().equals("stream-fallback")) {
            row.streamFallback++;
        }
        for (String p : outcome.problems()) {
            row.problems.add(endpoint + " · " + slot + " · " + input + " → " + s + ": " + p);
        }
    }

    synchronized List<String> problems(String endpoint) {
        Row row = rows.get(endpoint);
        return row == null ? List.of() : List.copyOf(row.problems);
    }

    synchronized int requests(String endpoint) {
        Row row = rows.get(endpoint);
        return row == null ? 0 : row.requests;
    }

    synchronized int totalRequests() {
        return rows.values().stream().mapToInt(r -> r.requests).sum();
    }

    synchronized int totalProblems() {
        return rows.values().stream().mapToInt(r -> r.problems.size()).sum();
    }

    /** The table for docs/reliability.md. */
    synchronized String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Endpoint | Places | Inputs | Requests | 2xx | 3xx | 4xx | 5xx | No answer | Streams: result / fallback | Problems |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int[] total = new int[9];
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            String streams = r.streamResult + r.streamFallback == 0 ? "–" : r.streamResult + " / " + r.streamFallback;
            sb.append("| ").append(e.getKey()).append(" | ").append(r.slots.size()).append(" | ").append(r.inputs.size())
                    .append(" | ").append(r.requests).append(" | ").append(r.ok).append(" | ").append(r.redirect)
                    .append(" | ").append(r.clientError).append(" | ").append(r.serverError).append(" | ").append(r.noAnswer)
                    .append(" | ").append(streams).append(" | ").append(r.problems.size()).append(" |\n");
            total[0] += r.slots.size();
            total[1] += r.requests;
            total[2] += r.ok;
            total[3] += r.redirect;
            total[4] += r.clientError;
            total[5] += r.serverError;
            total[6] += r.noAnswer;
            total[7] += r.streamResult + r.streamFallback;
            total[8] += r.problems.size();
        }
        sb.append("| **All** | ").append(total[0]).append(" | ").append(" | **").append(total[1]).append("** | ")
                .append(total[2]).append(" | ").append(total[3]).append(" | ").append(total[4]).append(" | ")
                .append(total[5]).append(" | ").append(total[6]).append(" | ").append(total[7]).append(" | ")
                .append(total[8]).append(" |\n");
        return sb.toString();
    }
}
