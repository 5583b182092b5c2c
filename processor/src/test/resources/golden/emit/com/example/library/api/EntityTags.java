package com.example.library.api;

import javax.annotation.processing.Generated;

/**
 * ETags are the entity's {@code @Version}, as strong tags ({@code "3"}).
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public final class EntityTags {
    private EntityTags() {
    }

    /**
     * The strong ETag of this version, or null without a version.
     */
    public static String etag(Object version) {
        return version == null ? null : '"' + version.toString() + '"';
    }

    /**
     * Throws a 412 unless {@code ifMatch} is absent, {@code *}, or lists the current ETag. The comparison is
     * strong (RFC 9110 section 13.1.1): a weak tag ({@code W/"3"}) never matches.
     */
    public static void checkIfMatch(String ifMatch, Object version, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = etag(version);
        if (current != null) {
            for (String tag : ifMatch.split(",")) {
                if (tag.trim().equals(current)) {
                    return;
                }
            }
        }
        throw ApiProblemException.preconditionFailed("If-Match " + ifMatch.trim() + " does not match the current version of " + what + (current == null ? "" : ", whose ETag is " + current));
    }

    /**
     * Whether {@code ifNoneMatch} is {@code *} or lists {@code etag} (compared weakly), so a read answers 304;
     * never without an ETag.
     */
    public static boolean noneMatchFails(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        if (ifNoneMatch.trim().equals("*")) {
            return true;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String opaque = tag.trim();
            if (opaque.startsWith("W/")) {
                opaque = opaque.substring(2);
            }
            if (opaque.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
