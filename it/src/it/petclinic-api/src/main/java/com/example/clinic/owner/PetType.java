package com.example.clinic.owner;

import com.example.clinic.model.NamedEntity;
import dev.armature.annotations.ApiResource;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "types")
@ApiResource(path = "pet-types")
public class PetType extends NamedEntity {}
