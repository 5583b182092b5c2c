package dev.armature.examples.library.domain;

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
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A title in the catalogue.
 *
 * <ul>
 *   <li>{@code GET /api/books?title=dune&genre=SCIENCE_FICTION&sort=price,desc}: {@code title} and {@code isbn}
 *       filter by substring, {@code genre} by equality.
 *   <li>The ISBN is given once, at creation: the {@code update} surface leaves it out, so a PUT or
 *       PATCH naming {@code isbn} is a 400.
 *   <li>{@code createdAt} is set here, never by a client ({@code @ReadOnly}); {@code internalNote} is for
 *       the staff who write, never shown in a response ({@code @WriteOnly}).
 *   <li>List items are lighter than the single-book response (the {@code list} surface).
 *   <li>{@code @Version}: every response carries an {@code ETag}; {@code If-Match} on PUT/PATCH guards
 *       against lost updates (412).
 * </ul>
 */
@Entity
@ApiResource(path = "books")
@Surface(name = "create",
    fields = {"title", "isbn", "author", "genre", "price", "published", "internalNote"})
@Surface(name = "update",
    fields = {"title", "author", "genre", "price", "published", "internalNote"})
@Surface(name = "list", fields = {"id", "title", "author", "genre", "price"})
public class Book {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  private Long version;

  @Searchable
  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String title;

  /** ISBN-10 or ISBN-13, digits only (with an X check digit for ISBN-10). */
  @Searchable
  @NotBlank
  @Pattern(regexp = "\\d{9}[\\dX]|\\d{13}", message = "must be 10 or 13 digits")
  @Column(nullable = false, unique = true, length = 13)
  private String isbn;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(nullable = false)
  private Author author;

  @Searchable
  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Genre genre;

  @Min(0)
  @Column(precision = 8, scale = 2)
  private BigDecimal price;

  private LocalDate published;

  @ReadOnly
  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @WriteOnly
  @Size(max = 500)
  @Column(length = 500)
  private String internalNote;

  protected Book() {}

  public Book(String title, String isbn, Author author, Genre genre, BigDecimal price, LocalDate published) {
    this.title = title;
    this.isbn = isbn;
    this.author = author;
    this.genre = genre;
    this.price = price;
    this.published = published;
  }

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

  public Author getAuthor() {
    return author;
  }

  public void setAuthor(Author author) {
    this.author = author;
  }

  public Genre getGenre() {
    return genre;
  }

  public void setGenre(Genre genre) {
    this.genre = genre;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
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

  public String getInternalNote() {
    return internalNote;
  }

  public void setInternalNote(String internalNote) {
    this.internalNote = internalNote;
  }
}
