package no.veikart.roadmap.sandbox.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.log.LogChute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes Velocity's own log to SLF4J (instead of a velocity.log file in the working directory). */
public final class Slf4jLogChute implements LogChute {

    private static final Logger LOG = LoggerFactory.getLogger("velocity");

    @Override
    public void init(RuntimeServices rs) {
        // Nothing to configure.
    }

    @Override
    public void log(int level, String message) {
        log(level, message, null);
    }

    @Override
    public void log(int level, String message, Throwable t) {
        if (level >= ERROR_ID) {
            LOG.error(message, t);
        } else if (level >= WARN_ID) {
            LOG.warn(message, t);
        } else {
            LOG.debug(message, t);
        }
    }

    @Override
    public boolean isLevelEnabled(int level) {
        return level >= WARN_ID || LOG.isDebugEnabled();
    }
}
