package com.example.clinic.owner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The project's own repository, used by its own controller (and reused by Armature). */
public interface OwnerRepository extends JpaRepository<Owner, Integer> {
  List<Owner> findByLastNameStartingWith(String lastName);
}
