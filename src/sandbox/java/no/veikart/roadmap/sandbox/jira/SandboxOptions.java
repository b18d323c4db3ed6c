package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import java.util.ArrayList;
import java.util.Collection;

/** The options of one field config, by sequence (a snapshot). */
public final class SandboxOptions extends ArrayList<Option> implements Options {
    private static final long serialVersionUID = 1L;

    SandboxOptions(Collection<? extends Option> options) {
        super(options);
    }
}
