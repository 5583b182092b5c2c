package dev.armature.examples.library.domain;

/** The shelf a book goes on. Stored and sent by name ({@code "FICTION"}). */
public enum Genre {
  FICTION,
  SCIENCE_FICTION,
  FANTASY,
  NON_FICTION,
  SCIENCE,
  HISTORY,
  CHILDREN,
  POETRY
}
