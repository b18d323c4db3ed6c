package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/**
 * Stand-in, compile-only. Mirrors SAL {@code com.atlassian.sal.api.rdbms.ConnectionCallback<A>}: one method
 * {@code A execute(Connection)}, no checked exceptions. Sources: sal-core {@code DefaultTransactionalExecutor}
 * ({@code callback.execute(wrappedConnection)}, decompiled copy in the public code index) and
 * masoudnasiri/corbitchat-jira-data-center-messenger {@code service/JimAoSchemaDiagnostics.java}
 * ({@code ConnectionCallback callback = connection -> ...}, Jira 9.17.5, sal-api 5.0.0).
 */
@FunctionalInterface
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
