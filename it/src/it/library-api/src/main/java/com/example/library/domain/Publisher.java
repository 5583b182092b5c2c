package com.example.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Operation;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * Reference data, loaded at startup ({@code PublisherCatalogue}): read-only over HTTP, and kept in a
 * repository of the project's own ({@code PublisherRepository}), which the generated service uses.
 * No {@code @Version}: no ETag.
 */
@Entity
@ApiResource(operations = {Operation.LIST, Operation.READ}, defaultPageSize = 2, maxPageSize = 3)
public class Publisher {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Searchable
  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Searchable
  @Column(length = 2)
  private String country;

  public Publisher() {}

  public Publisher(String name, String country) {
    this.name = name;
    this.country = country;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
