package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.project.Project;

/** Immutable project snapshot. */
public final class SandboxProject implements Project {

    private final long id;
    private final String key;
    private final String name;
    private final String lead;

    SandboxProject(JiraData.ProjectRow row) {
        this.id = row.id();
        this.key = row.key();
        this.name = row.name();
        this.lead = row.lead();
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }

    public String getLeadUserName() {
        return lead;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project && Long.valueOf(id).equals(((Project) o).getId());
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return key;
    }
}
