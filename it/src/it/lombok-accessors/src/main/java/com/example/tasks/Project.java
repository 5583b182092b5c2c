package com.example.tasks;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

/** Private fields, accessors from Lombok only. */
@Entity
@ApiResource
@Getter
@Setter
public class Project {

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  private String name;

  private boolean archived;
}
