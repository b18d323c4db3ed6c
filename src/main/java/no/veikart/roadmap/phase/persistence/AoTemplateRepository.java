package no.veikart.roadmap.phase.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;
import no.veikart.roadmap.common.domain.ConfigStore;
import no.veikart.roadmap.common.domain.RoadmapException;
import no.veikart.roadmap.phase.domain.RoadmapTemplate;
import no.veikart.roadmap.phase.domain.TemplateRepository;
import no.veikart.roadmap.platform.persistence.RevisionClaims;

public class AoTemplateRepository implements TemplateRepository {
    private static final String BUILT_IN_MARKER = "template.builtIn.id";

    private final ActiveObjects ao;
    private final ConfigStore config;
    private final RevisionClaims claims;

    public AoTemplateRepository(ActiveObjects ao, ConfigStore config) {
        this.ao = ao;
        this.config = config;
        this.claims = new RevisionClaims(ao);
    }

    @Override
    public List<RoadmapTemplate> findAll() {
        return Arrays.stream(ao.find(TemplateEntity.class, Query.select().order("ID ASC"))).map(AoTemplateRepository::toDomain).toList();
    }

    @Override
    public Optional<RoadmapTemplate> find(long id) {
        TemplateEntity[] rows = ao.find(TemplateEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public RoadmapTemplate ensureBuiltIn(RoadmapTemplate builtIn) {
        Optional<String> id = config.get(BUILT_IN_MARKER);
        if (id.isPresent()) {
            return find(Long.parseLong(id.get())).orElseThrow();
        }
        RoadmapTemplate created = create(builtIn);
        // Two nodes may both get here: the marker decides which row is the built-in one; the loser's row goes.
        String winner = config.putIfAbsent(BUILT_IN_MARKER, String.valueOf(created.id()));
        if (!winner.equals(String.valueOf(created.id()))) {
            ao.deleteWithSQL(TemplateEntity.class, "ID = ?", created.id());
            return find(Long.parseLong(winner)).orElseThrow();
        }
        return created;
    }

    @Override
    public RoadmapTemplate create(RoadmapTemplate template) {
        return ao.executeInTransaction(() -> {
            Map<String, Object> row = new HashMap<>();
            row.put("NAME", template.name());
            row.put("BUILT_IN", template.builtIn());
            row.put("DEFINITION", TemplateJson.write(template.phases()));
            row.put("ROW_VERSION", 0L);
            TemplateEntity entity = ao.create(TemplateEntity.class, row);
            return toDomain(entity);
        });
    }

    @Override
    public RoadmapTemplate update(RoadmapTemplate template, long expectedVersion) {
        return claims.write(() -> {
            TemplateEntity entity = ao.get(TemplateEntity.class, (int) template.id());
            if (entity == null) {
                throw new RoadmapException.NotFound();
            }
            if (entity.getRowVersion() != expectedVersion) {
                throw RoadmapException.Conflict.staleVersion();
            }
            claims.claim("template", template.id(), expectedVersion + 1);
            entity.setName(template.name());
            entity.setDefinition(TemplateJson.write(template.phases()));
            entity.setRowVersion(expectedVersion + 1);
            entity.save();
            return toDomain(entity);
        });
    }

    private static RoadmapTemplate toDomain(TemplateEntity e) {
        return new RoadmapTemplate(e.getID(), e.getName(), e.isBuiltIn(), e.getRowVersion(), TemplateJson.read(e.getDefinition()));
    }
}
