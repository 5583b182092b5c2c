package com.example.clinic.owner;

import com.example.clinic.model.NamedEntity;
import dev.armature.annotations.ApiResource;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Issue 9's case: visits in an EAGER collection that cascades ALL, so a visit deleted on its own is
 * persisted again at flush unless it is taken out of this collection first.
 */
@Entity
@Table(name = "pets")
@ApiResource
public class Pet extends NamedEntity {
  @Column(name = "birth_date")
  private LocalDate birthDate;

  @ManyToOne
  @JoinColumn(name = "type_id")
  private PetType type;

  @OneToMany(mappedBy = "pet", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @OrderBy("date ASC")
  private final Set<Visit> visits = new LinkedHashSet<>();

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public PetType getType() {
    return type;
  }

  public void setType(PetType type) {
    this.type = type;
  }

  public Set<Visit> getVisits() {
    return visits;
  }
}
