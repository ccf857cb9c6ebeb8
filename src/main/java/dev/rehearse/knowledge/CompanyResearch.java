package dev.rehearse.knowledge;

import java.util.List;

/**
 * One company's research: the files of its folder ({@code companies/<slug>/}, or the research of a single-company
 * folder) and how many passages they hold.
 *
 * @param slug     the company's short name in URLs, flags and the history: its folder's name
 * @param name     the company's name as the research's front matter declares it, else the slug
 * @param sources  the research files, in path order
 * @param passages how many passages those files hold
 * @param named    whether the name is the company's own (front matter, or a company folder's name); false for a
 *                 single-company folder whose research names no company, where the coach infers the name instead
 */
public record CompanyResearch(String slug, String name, List<String> sources, int passages, boolean named) {

    public CompanyResearch {
        sources = List.copyOf(sources);
    }
}
