package dev.rehearse.bench.load;

import dev.rehearse.text.Words;
import java.util.List;

/**
 * What the simulated users send: search queries a candidate types about their notes and the company, and
 * drafts of 150 to 300 words for five kinds of question. Every draft carries numbers that change with the
 * request's sequence number, so no two requests send the same text and no cache (LanguageTool keeps one
 * per sentence) answers a repeat.
 */
public final class LoadInputs {

    public static final List<String> QUERIES = List.of(
            "why TheyDo", "customer journey management", "journey metrics NPS CSAT",
            "PayPal ingestion pipeline", "separating ingestion from aggregation", "data quality checks",
            "remote async work", "first six months success", "questions for the hiring manager",
            "dbt models and testing", "how do journeys tie to business outcomes", "AI features in the product",
            "competitors of TheyDo", "enterprise customers", "stakeholder requirements messy",
            "monitoring and alerting for pipelines", "opportunity and solution prioritisation", "data engineer role scope",
            "what the interviewer said", "Gopuff experience", "reliability and failure isolation",
            "company culture and values", "journey map personas", "event data ingestion at scale",
            "trade-offs I made", "tell me about yourself", "why are you leaving", "metrics that matter to product teams",
            "warehouse modelling star schema", "how would you measure impact");

    /** A question and the sentences of a draft answering it; {@code {n}} is replaced by a number per request. */
    private record Template(String question, String... sentences) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("Tell me about a time a pipeline you owned kept failing.",
                    "At my last company the nightly payments load failed {n} times in one month, and finance noticed before we did.",
                    "I owned that pipeline, so I took the task of making it dependable before the quarter closed.",
                    "I read the logs of every failed run and found that {n} of them came from one vendor API that timed out at night.",
                    "I split the job into an extraction step and a transformation step, so a timeout only retried the small part.",
                    "I added row-count checks after each step and an alert that named the failing step in Slack within {n} minutes.",
                    "The trade-off was one more task to schedule and watch, which I documented in the runbook.",
                    "I also asked the vendor for a bulk export, and they gave us one that cut the calls by {n} percent.",
                    "After the change the load failed twice in {n} weeks, both times with a clear alert and a retry that fixed it.",
                    "Finance got their report on time every morning, and the team stopped losing {n} hours a week to reruns.",
                    "What I learned is to measure where failures come from before redesigning anything.",
                    "Next time I would put the alerting in first, because it would have shown the pattern {n} weeks earlier."),
            new Template("Why do you want to work at TheyDo?",
                    "I want to join TheyDo because it connects customer journeys to business outcomes, which is where data work matters.",
                    "Many tools draw journey maps, but TheyDo helps large companies decide what to fix first and measure it.",
                    "In my current role I build pipelines that feed {n} dashboards, and I see how rarely they change a decision.",
                    "At TheyDo the data layer feeds the product itself, so reliable metrics change what customers prioritise.",
                    "I am also drawn to the remote and async way of working, which I did for {n} years at Gopuff.",
                    "On a personal level I enjoy owning systems end to end and talking with product people about what they need.",
                    "I think my experience with messy source systems and {n} external APIs fits the job of bringing customer data in.",
                    "So the reasons are the product's focus on outcomes, the team's way of working and a role where I can own the data."),
            new Template("What makes a good data model?",
                    "A good data model makes the questions people ask easy to answer and the wrong answers hard to get.",
                    "The first principle is clear grain: every table says what one row means, and nothing mixes {n} grains.",
                    "The second is stable names and types, so a dashboard built today still works in {n} months.",
                    "The third is that business logic lives in one place, tested, rather than copied into every report.",
                    "For example, when I modelled payments I kept one fact table per transaction and a daily summary built from it.",
                    "Before that, {n} reports each computed refunds their own way, and the totals disagreed by a few percent.",
                    "I moved the refund rule into one dbt model with {n} tests, and the reports all read from it.",
                    "The trade-off is that changing the rule now needs a review, which slows small fixes a little.",
                    "I think that cost is worth it, because people trust the numbers and stop asking which report is right.",
                    "So for me a good model is one with a clear grain, stable contracts and one home for each rule."),
            new Template("Describe a disagreement you had with a stakeholder and how you handled it.",
                    "So basically we had a product manager who wanted a new metric on the dashboard within {n} days.",
                    "We kind of felt that the data behind it was not ready, because the events were missing for {n} percent of users.",
                    "We had a few meetings about it and I think we sort of agreed in the end to ship something smaller.",
                    "I pulled the numbers to show where the events were missing and how that would skew the metric.",
                    "I offered two options: ship in {n} days with a clear warning, or wait two weeks for the tracking fix.",
                    "She chose to wait for most of it but asked for a preview for the leadership meeting.",
                    "We built the preview with a note on the gaps, and the full metric went live after {n} days.",
                    "Honestly it went fine in the end and the relationship stayed good.",
                    "I guess what I learned is that showing the data behind a concern works better than just saying no.",
                    "I would probably bring the numbers to the first meeting next time instead of the third one.",
                    "That would have saved us maybe {n} hours of discussion and some frustration on both sides."),
            new Template("How would you bring customers' product metrics into their journeys at TheyDo?",
                    "I would start from what the journey cards need to show, because that decides the shape of the data.",
                    "If a card shows NPS, CSAT or a conversion rate per step, we need those metrics per step and per period.",
                    "Customers keep those numbers in {n} kinds of tools, so I would offer connectors for the common ones and a file upload.",
                    "Each connector would land raw data in a staging area first, untouched, with the time it arrived.",
                    "A separate step would map the raw fields to our metric model, so a change in one tool only breaks one mapping.",
                    "I would validate every load with checks on ranges and row counts, and hold back anything that fails.",
                    "The customer would see when each metric was last refreshed, so a stale number is never shown as fresh.",
                    "For scale I would plan for {n} customers with a few thousand metrics each, refreshed daily rather than live.",
                    "Live updates would cost far more to run, and journey decisions are made over weeks, not seconds.",
                    "I did something similar when I rebuilt a payments ingestion that had to handle a single-day API limit.",
                    "There I separated daily ingestion from weekly aggregation, and failures dropped by {n} percent.",
                    "The same split would let TheyDo retry one customer's connector without touching anyone else's data.",
                    "I would measure success by how many customers keep their metrics fresh after {n} weeks."));

    private LoadInputs() {
    }

    public static String query(int n) {
        return QUERIES.get(Math.floorMod(n, QUERIES.size()));
    }

    public static int templates() {
        return TEMPLATES.size();
    }

    public static String question(int template) {
        return TEMPLATES.get(Math.floorMod(template, TEMPLATES.size())).question();
    }

    /** The draft of {@code template} for request {@code seq}: its numbers depend on both, so drafts differ. */
    public static String draft(int template, int seq) {
        Template t = TEMPLATES.get(Math.floorMod(template, TEMPLATES.size()));
        StringBuilder sb = new StringBuilder();
        int slot = 0;
        for (String sentence : t.sentences()) {
            String s = sentence;
            while (s.contains("{n}")) {
                // distinct per request and per slot, and never a round figure the coach could treat specially
                int number = 3 + Math.floorMod(seq * 31 + slot * 7 + template * 1009, 9973);
                s = s.replaceFirst("\\{n}", Integer.toString(number));
                slot++;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(s);
        }
        return sb.toString();
    }

    /** For a quick look at the inputs: every template's word count. */
    public static void main(String[] args) {
        for (int i = 0; i < TEMPLATES.size(); i++) {
            System.out.println(Words.count(draft(i, 0)) + " words: " + question(i));
        }
    }
}
