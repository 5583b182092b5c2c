package com.example.tracker.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

/** Projects: anyone reads, ADMIN writes (the defaults). */
@Entity
@ApiResource
public class Project {
  @Id @GeneratedValue public Long id;
  @Version public Long version;
  @Searchable @NotBlank @Column(length = 80, unique = true) public String name;
  public boolean archived;
}
