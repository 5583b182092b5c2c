package dev.armature.examples.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer. Every operation and surface is Armature's default: anyone reads, {@code ADMIN} writes, and
 * requests carry every field but the id and the version. {@code books} is the inverse side of
 * {@link Book#getAuthor()}: it is never accepted from a request, and deleting an author who still has books
 * is a 409.
 */
@Entity
@ApiResource(path = "authors")
public class Author {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  @Size(max = 120)
  @Column(nullable = false, length = 120)
  private String name;

  @Min(1000)
  @Max(2100)
  private Integer birthYear;

  @Size(max = 2000)
  @Column(length = 2000)
  private String biography;

  @OneToMany(mappedBy = "author")
  private List<Book> books = new ArrayList<>();

  protected Author() {}

  public Author(String name, Integer birthYear) {
    this.name = name;
    this.birthYear = birthYear;
  }

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

  public Integer getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(Integer birthYear) {
    this.birthYear = birthYear;
  }

  public String getBiography() {
    return biography;
  }

  public void setBiography(String biography) {
    this.biography = biography;
  }

  public List<Book> getBooks() {
    return books;
  }

  public void setBooks(List<Book> books) {
    this.books = books;
  }
}
