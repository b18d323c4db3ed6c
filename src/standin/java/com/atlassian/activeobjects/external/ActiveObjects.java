package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stand-in, compile-only. Mirrors {@code com.atlassian.activeobjects.external.ActiveObjects} as published in
 * activeobjects-plugin 2.0.1 javadoc (docs.atlassian.com activeobjects-plugin-parent-pom) and the newer public
 * decompiled copy that adds bulk {@code create(Class, List)}; still used by Jira 11 plugins
 * (alanmosely/basic-jira-development-panels 2.1.0). Only members this plugin calls are declared.
 */
public interface ActiveObjects {
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    /** Bulk insert: one JDBC batch (design/atlassian-reference.md §6, marked †). */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);

}
