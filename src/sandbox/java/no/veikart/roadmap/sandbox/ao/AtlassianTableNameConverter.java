package no.veikart.roadmap.sandbox.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import net.java.ao.RawEntity;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables the way Atlassian Active Objects does inside Jira: {@code AO_<HASH>_<ENTITY>}, where HASH is the last
 * 6 hex characters, upper-cased, of the MD5 digest of the AO namespace (the plugin key unless the {@code ao} module
 * sets one) and ENTITY is the {@code @Table} value or the simple interface name, upper-case with underscores.
 *
 * <p>Sources (public): Atlassian's ao-plugin (mirror Kast0rTr0y/ao-plugin)
 * {@code activeobjects-plugin/.../config/internal/DefaultActiveObjectsConfigurationFactory#getTableNamePrefix}
 * ({@code digester.digest(namespace, 6)} then {@code new SimplePrefix(toUpperCase("AO" + "_" + hash), "_")}),
 * {@code .../util/HexMd5Digester} ({@code right(md5Hex(s), n)}, UTF-8), {@code .../internal/SimplePrefix}
 * ({@code prefix + separator + name}). The entity part is delegated to {@code net.java.ao.atlassian
 * .AtlassianTableNameConverter} from activeobjects 3.2.11 itself ({@code @Table} value or simple name through
 * {@code UnderscoreTableNameConverter(Case.UPPER)}, then the prefix, then the 30-character check).
 * Cross-checked on real data: namespace {@code com.pyxis.greenhopper.jira} gives {@code AO_60DB71}, the prefix of
 * Jira Software's tables (e.g. {@code AO_60DB71_RAPIDVIEW}).
 *
 * <p>Public no-arg constructor: the AO test runner instantiates converters reflectively.
 */
public final class AtlassianTableNameConverter implements TableNameConverter {

    /** This plugin's AO namespace: its plugin key (= Bundle-SymbolicName; it must never change). */
    public static final String PLUGIN_NAMESPACE = "no.veikart.service-innovation-roadmap";

    private final String prefix;
    private final TableNameConverter delegate;

    public AtlassianTableNameConverter() {
        this(PLUGIN_NAMESPACE);
    }

    public AtlassianTableNameConverter(String namespace) {
        this.prefix = tablePrefix(namespace);
        this.delegate = new net.java.ao.atlassian.AtlassianTableNameConverter(name -> prefix + name);
    }

    /** {@code AO_XXXXXX_} for a namespace, including the trailing separator. */
    public static String tablePrefix(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (namespace.isBlank()) {
            throw new IllegalArgumentException("AO namespace must not be blank");
        }
        String md5Hex = HexFormat.of().formatHex(md5(namespace.getBytes(StandardCharsets.UTF_8)));
        return ("AO_" + md5Hex.substring(md5Hex.length() - 6)).toUpperCase(Locale.ROOT) + "_";
    }

    /** The prefix this converter prepends, e.g. {@code AO_CEC056_}. */
    public String prefix() {
        return prefix;
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    }
}
