package com.example.tasks;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.ReadOnly;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.WriteOnly;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.LocalDateTime;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Lombok on the class, a relation, read-only and write-only fields, no hand-written accessor. */
@Entity
@ApiResource(path = "tasks")
@Getter
@Setter
@NoArgsConstructor
public class Task {

  public enum Status { OPEN, DONE }

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private Integer version;

  @Searchable
  @NotBlank
  private String summary;

  @Searchable
  @Enumerated(EnumType.STRING)
  private Status status = Status.OPEN;

  @Min(1)
  @Max(5)
  private Integer priority;

  private LocalDate due;

  @ReadOnly
  private LocalDateTime createdAt;

  @WriteOnly
  private String assigneeEmail;

  @Searchable
  @ManyToOne(optional = false)
  private Project project;

  @PrePersist
  void onCreate() {
    createdAt = LocalDateTime.now();
  }
}
