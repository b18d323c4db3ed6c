package no.veikart.roadmap.sandbox.jira;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import java.util.Collection;
import java.util.stream.Collectors;

/** Link types; starts with Jira's defaults (Blocks, Cloners, Duplicate, Relates). */
public final class SandboxIssueLinkTypeManager implements IssueLinkTypeManager {

    private final JiraStore store;

    public SandboxIssueLinkTypeManager(JiraStore store) {
        this.store = store;
    }

    @Override
    public void createIssueLinkType(String name, String outward, String inward, String style) {
        if (name == null || name.isBlank() || outward == null || inward == null) {
            throw new IllegalArgumentException("Link type name, outward and inward descriptions are required");
        }
        store.write(d -> d.linkTypes.add(new JiraData.LinkTypeRow(d.nextLinkTypeId++, name, outward, inward,
                style)));
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypes() {
        return store.read(d -> d.linkTypes.stream().map(SandboxIssueLinkType::new).collect(Collectors.toList()));
    }

    @Override
    public Collection<IssueLinkType> getIssueLinkTypesByName(String name) {
        return store.read(d -> d.linkTypes.stream()
                .filter(t -> t.name().equals(name))
                .map(SandboxIssueLinkType::new)
                .collect(Collectors.toList()));
    }

    /** Host pages: a link type by id. */
    public IssueLinkType byId(Long id) {
        return store.read(d -> d.linkTypes.stream()
                .filter(t -> id != null && t.id() == id)
                .findFirst().map(SandboxIssueLinkType::new).orElse(null));
    }
}
