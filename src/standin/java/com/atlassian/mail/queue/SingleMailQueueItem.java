package com.atlassian.mail.queue;

import com.atlassian.mail.Email;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-mail {@code SingleMailQueueItem} (public decompiled copy,
 * CFR, index id 42227845600): {@code public SingleMailQueueItem(Email)}, {@code public Email getEmail()}. The real class
 * extends {@code AbstractMailQueueItem} (which implements {@link MailQueueItem}) and sends through Jira's SMTP server;
 * that part is not declared.
 */
public class SingleMailQueueItem implements MailQueueItem {
    private final Email email;

    public SingleMailQueueItem(Email email) {
        this.email = email;
    }

    public Email getEmail() {
        return email;
    }

    @Override
    public String getSubject() {
        return email.getSubject();
    }
}
