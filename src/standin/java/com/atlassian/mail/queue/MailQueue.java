package com.atlassian.mail.queue;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-mail {@code MailQueue} (public decompiled copy, CFR, index id
 * 42110780832, and older public source: sendBuffer, size, errorSize, {@code addItem(MailQueueItem)}, getQueue, ...),
 * the queue Jira sends its own notifications through; plugins add {@code new SingleMailQueueItem(email)} (public Jira
 * plugin code). Only {@code addItem} is used.
 */
public interface MailQueue {
    void addItem(MailQueueItem item);
}
