package com.atlassian.mail.queue;

/**
 * Stand-in, compile-only, never bundled. Mirrors atlassian-mail {@code MailQueueItem} (public decompiled copy, CFR,
 * index id 41776370212: send() throws MailException, getSubject, getDateQueued, getSendCount, hasError; extends
 * Comparable). Only {@code getSubject()} is declared (the sandbox's queue reads it).
 */
public interface MailQueueItem {
    String getSubject();
}
