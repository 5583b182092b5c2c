/**
 * The IR: immutable records that check their own invariants, built once by {@code scan} and read by
 * {@code emit}, {@code json} and {@code openapi}. Elements appear only as diagnostic origins.
 */
package dev.armature.processor.model;
