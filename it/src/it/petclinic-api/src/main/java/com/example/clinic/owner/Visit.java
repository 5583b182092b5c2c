package com.example.clinic.owner;

import com.example.clinic.model.BaseEntity;
import dev.armature.annotations.ApiResource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/** The mapping leaves the date optional; schema.sql holds visit_date NOT NULL. */
@Entity
@Table(name = "visits")
@ApiResource
public class Visit extends BaseEntity {
  @Column(name = "visit_date")
  private LocalDate date;

  @NotBlank
  private String description;

  @ManyToOne
  @JoinColumn(name = "pet_id")
  private Pet pet;

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Pet getPet() {
    return pet;
  }

  public void setPet(Pet pet) {
    this.pet = pet;
  }
}
