package com.example.tasks;

import dev.armature.annotations.ApiResource;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Public fields, no accessors: a lazy proxy of it never fills {@code id}, so the id is read through JPA. */
@Entity
@ApiResource
public class Label {

  @Id
  @GeneratedValue
  public Long id;

  public String name;
}
