package no.veikart.roadmap.gain.persistence;

import net.java.ao.test.jdbc.Jdbc;
import no.veikart.roadmap.gain.domain.GainRepository;
import no.veikart.roadmap.gain.domain.InMemoryGains;
import no.veikart.roadmap.testsupport.H2MemoryDb;

/**
 * The in-memory fake the service tests use, held to the Active Objects repository's contract so that the two cannot
 * drift apart. (The contract's runner wants a database; the fake never touches it.)
 */
@Jdbc(H2MemoryDb.class)
public class InMemoryGainsContractTest extends GainRepositoryContract {
    private final GainRepository fake = new InMemoryGains().repository();

    @Override
    protected GainRepository repository() {
        return fake;
    }

    @Override
    protected boolean hasGainTable() {
        return false;
    }
}
