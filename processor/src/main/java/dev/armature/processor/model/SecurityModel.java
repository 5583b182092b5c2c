package dev.armature.processor.model;

import java.util.List;

/**
 * Who may use a resource. Empty read roles mean reads are public; empty write roles mean writes are
 * public (allowed, but reported as a warning at compile time).
 *
 * @param readRoles roles for LIST and READ, sorted
 * @param writeRoles roles for CREATE, UPDATE, PATCH and DELETE, sorted
 */
public record SecurityModel(List<String> readRoles, List<String> writeRoles) {
  public SecurityModel {
    readRoles = readRoles.stream().distinct().sorted().toList();
    writeRoles = writeRoles.stream().distinct().sorted().toList();
  }

  public boolean publicReads() {
    return readRoles.isEmpty();
  }

  public boolean publicWrites() {
    return writeRoles.isEmpty();
  }
}
