package com.atlassian.sal.api.rdbms;

/**
 * Stand-in, compile-only. Mirrors SAL {@code com.atlassian.sal.api.rdbms.TransactionalExecutor} as far as the plugin
 * uses it: {@code <A> A execute(ConnectionCallback<A>)} and the fluent {@code readOnly()/readWrite()/newTransaction()/
 * existingTransaction()}. Source: sal-core {@code DefaultTransactionalExecutor implements TransactionalExecutor}
 * (decompiled copy in the public code index); Confluence's {@code ConfluenceRecoveryManager} calls
 * {@code createReadOnly().newTransaction().execute(...)}. {@code getSchemaName()} is left out: its return type (fugue
 * {@code Option}) is not confirmed for SAL on Jira 11 and the plugin does not call it.
 */
public interface TransactionalExecutor {
    /**
     * Runs {@code callback} with a connection in a transaction the host manages: the callback must not close,
     * commit, roll back or change auto-commit, read-only, isolation, catalog or schema (SAL's WrappedConnection
     * refuses each with UnsupportedOperationException), and must not keep the connection beyond the call.
     */
    <A> A execute(ConnectionCallback<A> callback);

    TransactionalExecutor readOnly();

    TransactionalExecutor readWrite();

    TransactionalExecutor newTransaction();

    TransactionalExecutor existingTransaction();
}
