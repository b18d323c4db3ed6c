package com.atlassian.sal.api.transaction;

/**
 * Stand-in, compile-only. Mirrors SAL {@code TransactionCallback<T>} (sal-api 4.x-7.x: one method
 * {@code T doInTransaction()}), as used by Jira 11 plugins through ActiveObjects#executeInTransaction.
 */
public interface TransactionCallback<T> {
    T doInTransaction();
}
