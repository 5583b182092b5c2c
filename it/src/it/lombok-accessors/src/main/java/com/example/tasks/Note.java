package com.example.tasks;

import dev.armature.annotations.ApiResource;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A LAZY relation to an entity whose id is a public field: reads must answer its id, never null. */
@Entity
@ApiResource
public class Note {

  @Id
  @GeneratedValue
  public Long id;

  public String text;

  @ManyToOne(fetch = FetchType.LAZY)
  public Label label;
}
