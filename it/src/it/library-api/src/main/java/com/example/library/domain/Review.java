package com.example.library.domain;

import dev.armature.annotations.ApiResource;
import dev.armature.annotations.Searchable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** Members' reviews: reading them needs the role MEMBER, writing them MEMBER or ADMIN. */
@Entity
@ApiResource(readRoles = {"MEMBER"}, writeRoles = {"MEMBER", "ADMIN"})
public class Review {

  @Id
  @GeneratedValue
  private Long id;

  @Version
  private Long version;

  @Min(1)
  @Max(5)
  private int rating;

  @Size(max = 1000)
  private String comment;

  @Searchable
  @ManyToOne(optional = false)
  private Book book;

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

  public int getRating() {
    return rating;
  }

  public void setRating(int rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Book getBook() {
    return book;
  }

  public void setBook(Book book) {
    this.book = book;
  }
}
