package com.example.library.domain;

public enum Genre {
  FANTASY,
  SCIENCE_FICTION,
  MYSTERY,
  HISTORY,
  POETRY
}
