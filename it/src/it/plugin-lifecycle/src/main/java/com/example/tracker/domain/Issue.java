package com.example.tracker.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Issues: reading needs TRIAGE (so the provisioned admin, who holds every role, is needed to list them). */
@Entity
@ApiResource(readRoles = "TRIAGE", writeRoles = "TRIAGE")
public class Issue {
  public enum Status { OPEN, CLOSED }

  @Id @GeneratedValue public Long id;
  @Version public Long version;
  @Searchable @NotBlank @Size(max = 200) public String title;
  @Searchable @Enumerated(EnumType.STRING) public Status status = Status.OPEN;
  @ManyToOne(optional = false) public Project project;
}
