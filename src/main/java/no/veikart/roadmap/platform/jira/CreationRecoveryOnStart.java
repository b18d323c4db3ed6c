package no.veikart.roadmap.platform.jira;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import java.time.Clock;
import java.time.Instant;
import no.veikart.roadmap.phase.domain.CreationRecovery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the plugin starts on a node, removes the issues of initiative creations this node was making when it last
 * stopped or died (see {@link CreationRecovery}). "Before this node started" is the moment this bean was made, when
 * the plugin was enabled: any creation of this node that began earlier has no request left to finish it.
 */
public class CreationRecoveryOnStart implements LifecycleAware {
    private static final Logger LOG = LoggerFactory.getLogger(CreationRecoveryOnStart.class);

    private final CreationRecovery recovery;
    private final Instant pluginStarted;

    public CreationRecoveryOnStart(CreationRecovery recovery, Clock clock) {
        this.recovery = recovery;
        this.pluginStarted = clock.instant();
    }

    @Override
    public void onStart() {
        try {
            CreationRecovery.Outcome outcome = recovery.recover(pluginStarted);
            if (outcome.undone() + outcome.kept() + outcome.failed() > 0) {
                LOG.warn("Initiative creations interrupted by a stop or crash: {} undone ({} issues removed), {} already stored, "
                        + "{} left for the next start", outcome.undone(), outcome.issuesRemoved(), outcome.kept(), outcome.failed());
            }
        } catch (RuntimeException e) {
            LOG.error("Recovery of interrupted initiative creations failed; it is tried again at the next start", e);
        }
    }

    @Override
    public void onStop() {
        // Nothing runs in the background.
    }
}
