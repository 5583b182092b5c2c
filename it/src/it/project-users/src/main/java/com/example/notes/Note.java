package com.example.notes;

import dev.armature.annotations.ApiResource;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;

/** Readable by READER, writable by EDITOR: the roles of the project's own users. */
@Entity
@ApiResource(readRoles = "READER", writeRoles = "EDITOR")
public class Note {
  @Id @GeneratedValue public Long id;
  @Version public Long version;
  @NotBlank public String text;
}
