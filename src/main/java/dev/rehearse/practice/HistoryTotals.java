package dev.rehearse.practice;

/** How much practice a history holds: questions practised and attempts at them. */
public record HistoryTotals(int questions, long attempts) {
}
