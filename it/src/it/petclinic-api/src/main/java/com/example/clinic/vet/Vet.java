package com.example.clinic.vet;

import com.example.clinic.model.Person;
import dev.armature.annotations.ApiResource;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "vets")
@ApiResource(operations = {dev.armature.annotations.Operation.LIST, dev.armature.annotations.Operation.READ})
public class Vet extends Person {
  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
      inverseJoinColumns = @JoinColumn(name = "specialty_id"))
  private final Set<Specialty> specialties = new HashSet<>();

  public Set<Specialty> getSpecialties() {
    return specialties;
  }
}
