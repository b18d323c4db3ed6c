package com.atlassian.activeobjects.external;

/**
 * Stand-in, compile-only. Mirrors {@code com.atlassian.activeobjects.external.ModelVersion}
 * (activeobjects-plugin 2.0.1 javadoc and the public AO source copy): a final, comparable schema version number;
 * {@code valueOf(null)} is version 0 (a plugin with no stored version), {@code toString()} the number.
 */
public final class ModelVersion implements Comparable<ModelVersion> {
    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    public static ModelVersion valueOf(String version) {
        return new ModelVersion(version == null ? 0 : Integer.parseInt(version.trim()));
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelVersion && ((ModelVersion) o).version == version;
    }

    @Override
    public int hashCode() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(version);
    }
}
