package com.opensymphony.module.propertyset;

/** Stand-in, compile-only, never bundled. OpenSymphony PropertySet; the plugin only passes it through. */
public interface PropertySet {
}
