package com.example.shop;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.WriteOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

@Entity
@ApiResource(readRoles = {"SALES"}, writeRoles = {"SALES", "ADMIN"})
public class Customer {
  @Id @GeneratedValue public UUID id;
  @Version public Long version;
  @Searchable @NotBlank public String name;
  @Email @Column(unique = true) public String email;
  @WriteOnly public String notes;
}
