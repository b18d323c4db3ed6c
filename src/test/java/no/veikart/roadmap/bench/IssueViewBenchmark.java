package no.veikart.roadmap.bench;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * Only the issue view's line ({@code mvn -Pbench -Dtest=IssueViewBenchmark}): for comparing two builds run side by
 * side on a busy machine, where the portfolio benchmark's other lines would take too long.
 */
public class IssueViewBenchmark {
    @Test
    public void issueView() throws Exception {
        IssueViewTiming.Result result = IssueViewTiming.measure();
        System.out.println("issue-view-benchmark: " + result);
        assertTrue("the page was read: " + result, result.bytes() > 0 && result.p50Ms() > 0);
    }
}
