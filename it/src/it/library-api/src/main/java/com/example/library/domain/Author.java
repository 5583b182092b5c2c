package com.example.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/** Every default: all operations, public reads, ADMIN writes, every field in every surface. */
@Entity
@ApiResource
public class Author {

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  private String name;

  @Email
  private String email;

  /** The inverse side: never exposed; deleting an author with books is a 409. */
  @OneToMany(mappedBy = "author")
  private List<Book> books = new ArrayList<>();

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public List<Book> getBooks() {
    return books;
  }

  public void setBooks(List<Book> books) {
    this.books = books;
  }
}
