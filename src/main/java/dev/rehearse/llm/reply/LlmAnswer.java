package dev.rehearse.llm.reply;

/** The model's answer to a free question about the notes or the company, citing passages as [n]. */
public record LlmAnswer(String answer) {
}
