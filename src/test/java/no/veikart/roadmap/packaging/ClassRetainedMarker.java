package no.veikart.roadmap.packaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Test fixture for {@link ClassFileInfoTest}: a top-level annotation with {@code CLASS} retention. It has to be
 * top-level: javac records nested types in InnerClasses as class constants, which do count as references.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface ClassRetainedMarker {}
