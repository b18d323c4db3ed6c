package com.atlassian.sal.api.rdbms;

/**
 * Stand-in, compile-only. Mirrors SAL {@code com.atlassian.sal.api.rdbms.TransactionalExecutorFactory}: abstract
 * {@code createExecutor(boolean readOnly, boolean requiresNew)}, defaults {@code create()} and {@code createReadOnly()}.
 * Sources: docs.atlassian.com/atlassian-bamboo/10.2.0 {@code BambooTransactionalExecutorFactory} ("Methods inherited
 * from interface TransactionalExecutorFactory: create, createReadOnly"; implements createExecutor(boolean, boolean));
 * sal-core {@code DefaultTransactionalExecutorFactory}; on Jira, masoudnasiri/corbitchat-jira-data-center-messenger
 * imports it ({@code <component-import interface="com.atlassian.sal.api.rdbms.TransactionalExecutorFactory"/>}, Jira
 * 9.17.5) and calls {@code createReadOnly().execute(callback)}; pocketknife-querydsl's {@code DatabaseAccessorImpl}
 * calls {@code createExecutor(readOnly, requiresNew)}.
 */
public interface TransactionalExecutorFactory {
    /** Read-write, joining the current transaction if there is one. */
    default TransactionalExecutor create() {
        return createExecutor(false, false);
    }

    /** Read-only, joining the current transaction if there is one. */
    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew);
}
