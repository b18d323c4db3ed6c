package no.veikart.roadmap.gain.reminder;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.veikart.roadmap.common.domain.Texts;
import no.veikart.roadmap.gain.domain.ReminderClaim;
import no.veikart.roadmap.gain.domain.ReminderKey;
import no.veikart.roadmap.gain.domain.ReminderLedger;
import no.veikart.roadmap.gain.domain.ReminderRecord;

/** In-memory stand-ins for the reminder job's collaborators. */
final class ReminderFakes {
    private ReminderFakes() {
    }

    /** Texts as "language:key[args]", so tests see which text was used in which language. */
    static final Texts TEXTS = (locale, key, args) -> locale.getLanguage() + ":" + key
            + (args == null || args.length == 0 ? "" : Arrays.toString(args));

    static ApplicationUser user(String key, String displayName, String email, boolean active) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(key);
        when(user.getName()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(displayName);
        when(user.getEmailAddress()).thenReturn(email);
        when(user.isActive()).thenReturn(active);
        return user;
    }

    static final class Users implements UserManager {
        final Map<String, ApplicationUser> byKey = new HashMap<>();

        Users with(ApplicationUser user) {
            byKey.put(user.getKey(), user);
            return this;
        }

        @Override
        public ApplicationUser getUserByKey(String userkey) {
            return byKey.get(userkey);
        }
    }

    static final class Locales implements LocaleResolver {
        final Map<String, Locale> byKey = new HashMap<>();
        RuntimeException failure;

        @Override
        public Locale getLocale(UserKey userKey) {
            if (failure != null) {
                throw failure;
            }
            return byKey.get(userKey.getStringValue());
        }
    }

    /** Keeps queued mails; fails the next {@code failures} additions. */
    static final class Outbox implements MailQueue {
        final List<SingleMailQueueItem> queued = new ArrayList<>();
        int failures;

        @Override
        public void addItem(MailQueueItem item) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("mail queue refused it");
            }
            queued.add((SingleMailQueueItem) item);
        }

        List<String> recipients() {
            return queued.stream().map(i -> i.getEmail().getTo()).toList();
        }
    }

    /** The ledger's claim rules in memory; {@code beforeClaim} lets a test play another run claiming first. */
    static final class Ledger implements ReminderLedger {
        final Map<ReminderKey, Row> rows = new HashMap<>();
        Runnable beforeClaim = () -> { };
        /** Claims that succeed before the database "goes down" (negative: never). */
        int claimsBeforeOutage = -1;
        private long ids;

        static final class Row {
            final long id;
            ReminderRecord.State state;
            int attempts;
            Instant updatedAt;
            long version;
            String error;
            String owner;

            Row(long id) {
                this.id = id;
            }
        }

        @Override
        public Map<ReminderKey, ReminderRecord> find(Collection<ReminderKey> keys) {
            return keys.stream().filter(rows::containsKey)
                    .collect(Collectors.toMap(k -> k, k -> record(k, rows.get(k))));
        }

        @Override
        public Optional<ReminderClaim> claim(ReminderKey key, String ownerKey, Instant now) {
            beforeClaim.run();
            if (claimsBeforeOutage == 0) {
                throw new IllegalStateException("database unavailable");
            }
            claimsBeforeOutage--;
            Row row = rows.get(key);
            if (row == null) {
                row = new Row(++ids);
                rows.put(key, row);
                row.attempts = 1;
            } else if (record(key, row).claimable(now)) {
                row.attempts++;
                row.version++;
            } else {
                return Optional.empty();
            }
            row.state = ReminderRecord.State.SENDING;
            row.updatedAt = now;
            row.owner = ownerKey;
            return Optional.of(new ReminderClaim(key, row.id, row.version, row.attempts));
        }

        @Override
        public boolean sent(ReminderClaim claim, Instant now) {
            return move(claim, now, ReminderRecord.State.SENT, null);
        }

        @Override
        public boolean failed(ReminderClaim claim, String reason, Instant now) {
            return move(claim, now, ReminderRecord.State.FAILED, reason);
        }

        private boolean move(ReminderClaim claim, Instant now, ReminderRecord.State state, String error) {
            Row row = rows.get(claim.key());
            if (row == null || row.version != claim.version()) {
                return false;
            }
            row.state = state;
            row.error = error;
            row.updatedAt = now;
            row.version++;
            return true;
        }

        /** Another run holds the reminder right now. */
        void claimedElsewhere(ReminderKey key, Instant at) {
            Row row = new Row(++ids);
            row.state = ReminderRecord.State.SENDING;
            row.attempts = 1;
            row.updatedAt = at;
            rows.put(key, row);
        }

        ReminderRecord.State state(ReminderKey key) {
            return rows.containsKey(key) ? rows.get(key).state : null;
        }

        private static ReminderRecord record(ReminderKey key, Row row) {
            return new ReminderRecord(key, row.state, row.attempts, row.updatedAt);
        }
    }
}
