package com.example.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.ReadOnly;
import dev.armature.annotations.Searchable;
import dev.armature.annotations.Surface;
import dev.armature.annotations.WriteOnly;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The resource with everything: explicit surfaces (the ISBN is given once, at creation), a read-only
 * timestamp, a write-only note, a required and an optional relation, filters of every kind.
 */
@Entity
@ApiResource(path = "books", defaultPageSize = 10, maxPageSize = 50)
@Surface(name = "create",
    fields = {"title", "isbn", "price", "genre", "published", "author", "publisher", "secretNote"})
@Surface(name = "update",
    fields = {"title", "price", "genre", "published", "author", "publisher", "secretNote"})
public class Book {

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  @Size(max = 200)
  private String title;

  @Searchable
  @Column(unique = true, length = 17)
  private String isbn;

  @DecimalMin("0.0")
  @Column(precision = 10, scale = 2)
  private BigDecimal price;

  @Searchable
  @Enumerated(EnumType.STRING)
  private Genre genre;

  @Searchable
  private LocalDate published;

  @ReadOnly
  @Column(updatable = false)
  private Instant createdAt;

  @WriteOnly
  @Size(max = 500)
  private String secretNote;

  @Searchable
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private Author author;

  @Searchable
  @ManyToOne(fetch = FetchType.LAZY)
  private Publisher publisher;

  @PrePersist
  void onCreate() {
    createdAt = Instant.now();
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

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getIsbn() {
    return isbn;
  }

  public void setIsbn(String isbn) {
    this.isbn = isbn;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Genre getGenre() {
    return genre;
  }

  public void setGenre(Genre genre) {
    this.genre = genre;
  }

  public LocalDate getPublished() {
    return published;
  }

  public void setPublished(LocalDate published) {
    this.published = published;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public String getSecretNote() {
    return secretNote;
  }

  public void setSecretNote(String secretNote) {
    this.secretNote = secretNote;
  }

  public Author getAuthor() {
    return author;
  }

  public void setAuthor(Author author) {
    this.author = author;
  }

  public Publisher getPublisher() {
    return publisher;
  }

  public void setPublisher(Publisher publisher) {
    this.publisher = publisher;
  }
}
