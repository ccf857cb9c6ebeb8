package dev.rehearse.plan;

/**
 * How strongly a story shows a theme.
 *
 * @param theme    the theme's wire name ("ownership", "technical-depth" …)
 * @param strength from 0 (not at all) to 1
 */
public record ThemeScore(String theme, double strength) {
}
